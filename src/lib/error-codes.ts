// The error-code catalogue the site renders: the codes of the newest installed TypeScript SDK, joined
// with our language-neutral facts (content/error-codes/facts.ts) and prose per language
// (content/error-codes/{en,ko}.ts). One list feeds the status pages, the index page, the short links
// and error-codes.json, so none of them repeats a code by hand.
import { z } from 'astro/zod';
import { codeFacts } from '../../content/error-codes/facts.ts';
import { codeProseEn } from '../../content/error-codes/en.ts';
import { codeProseKo } from '../../content/error-codes/ko.ts';
import { codeFactsSchema, codeProseFileSchema, type CodeActor, type CodeFacts, type CodeProse } from '../schemas/error-code.ts';
import type { Locale } from '../schemas/error-entry.ts';
import { readSdkErrorCodeMap, type SdkErrorCode } from './sdk-error-code-map.ts';

/** The newest TypeScript SDK the site documents, and the oldest 1.x it documents (npm alias). */
export const newestSdkPackage = '@anthropic-ai/sdk';
export const oldestSdkPackage = '@anthropic-ai/sdk-1-12';

/** Statuses whose error page exists (a code of another status, such as 412 or 503, is on the index page only). */
export const statusesWithPage = [400, 401, 402, 403, 404, 409, 413, 429, 500, 504, 529] as const;

/**
 * Statuses both SDKs retry on their own (TS 1.12.0–1.17.0 `shouldRetry`, Python 1.13.0 `_should_retry`):
 * 408, 409, 429 and any status of 500 or above, twice by default. Retrying is by status, never by code.
 */
export function retriedBySdk(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * What Python `anthropic` 1.13.0 (run by our tests) raises for a status: its status class, or
 * `APIStatusError` when it has none (402, 412). 503 is `InternalServerError` there.
 */
export function pythonStatusClass(status: number): string {
  const classes: Record<number, string> = {
    400: 'BadRequestError',
    401: 'AuthenticationError',
    403: 'PermissionDeniedError',
    404: 'NotFoundError',
    409: 'ConflictError',
    413: 'RequestTooLargeError',
    422: 'UnprocessableEntityError',
    429: 'RateLimitError',
    529: 'OverloadedError',
  };
  return classes[status] ?? (status >= 500 ? 'InternalServerError' : 'APIStatusError');
}

/** Which installed TypeScript versions know the code: `le-1.12.0` (1.12.0 already has it) or `1.13.0-1.17.0`. */
export type TsSince = 'le-oldest' | 'after-oldest';

/** Which API a code belongs to, from the SDK module that declares its class. */
export type CodeApi = 'messages' | 'files' | 'shared' | 'admin' | 'beta' | 'skills';

/** One code as the site shows it. */
export interface ErrorCodeRow extends SdkErrorCode {
  facts: CodeFacts;
  /** `le-oldest`: present in the oldest documented TS version; `after-oldest`: added after it. */
  tsSince: TsSince;
  api: CodeApi;
  retried: boolean;
  /** Python 1.13.0 class for the status. */
  pythonStatusClass: string;
  /** Slug of the status page that shows the code's card, or null when only the index page has it. */
  page: string | null;
  /** Our text per language; `action` falls back to the language's default for the actor. */
  prose: Record<Locale, { meaning: string; action: string; detail?: string }>;
}

/** The API a class belongs to, from the module path in the SDK (`resources/messages/messages` → messages). */
export function apiOfModule(module: string): CodeApi {
  const top = module.split('/')[1] ?? '';
  if (top === 'messages' || top === 'files' || top === 'shared' || top === 'beta' || top === 'skills') return top;
  return 'admin';
}

const proseFiles = {
  en: codeProseFileSchema.parse(codeProseEn),
  ko: codeProseFileSchema.parse(codeProseKo),
} as const;
const facts = z.record(z.string(), codeFactsSchema).parse(codeFacts);

/** Problems joining the SDK's codes with facts and prose; empty when every code is documented both ways. */
export function catalogueProblems(sdkCodes: readonly SdkErrorCode[]): string[] {
  const known = new Set(sdkCodes.map((c) => c.code));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of sdkCodes) {
    if (seen.has(c.code)) problems.push(`${c.code}: the SDK maps it under two statuses; key prose by "status code" instead.`);
    seen.add(c.code);
    if (!facts[c.code]) problems.push(`${c.status} ${c.code}: the SDK knows it, but content/error-codes/facts.ts has no entry.`);
    for (const lang of ['en', 'ko'] as const) {
      if (!proseFiles[lang].codes[c.code]) problems.push(`${c.status} ${c.code}: the SDK knows it, but content/error-codes/${lang}.ts has no prose.`);
    }
    const f = facts[c.code];
    for (const lang of ['en', 'ko'] as const) {
      const p = proseFiles[lang].codes[c.code];
      if (f && p && f.full && !p.detail) problems.push(`${c.code}: full treatment, but content/error-codes/${lang}.ts has no \`detail\`.`);
      if (f && p && !f.full && p.detail) problems.push(`${c.code}: has \`detail\` in ${lang}.ts but is not \`full\` in facts.ts.`);
    }
  }
  for (const code of Object.keys(facts)) if (!known.has(code)) problems.push(`${code}: in content/error-codes/facts.ts, but no installed SDK knows it.`);
  for (const lang of ['en', 'ko'] as const) {
    for (const code of Object.keys(proseFiles[lang].codes)) {
      if (!known.has(code)) problems.push(`${code}: prose in content/error-codes/${lang}.ts, but no installed SDK knows it.`);
    }
  }
  return problems;
}

/** Builds the rows from a newest and an oldest SDK map. Throws with every problem when a code lacks prose. */
export function buildCatalogue(newest: readonly SdkErrorCode[], oldest: readonly SdkErrorCode[]): ErrorCodeRow[] {
  const problems = catalogueProblems(newest);
  if (problems.length) throw new Error(`Error-code catalogue:\n- ${problems.join('\n- ')}`);
  const inOldest = new Set(oldest.map((c) => `${c.status} ${c.code}`));
  return [...newest]
    .sort((a, b) => a.status - b.status || a.code.localeCompare(b.code))
    .map((c) => {
      const f = facts[c.code] as CodeFacts;
      const prose = (lang: Locale) => {
        const p = proseFiles[lang].codes[c.code] as CodeProse;
        return { meaning: p.meaning, action: p.action ?? proseFiles[lang].defaultActions[f.actor], ...(p.detail ? { detail: p.detail } : {}) };
      };
      const hasPage = (statusesWithPage as readonly number[]).includes(c.status);
      return {
        ...c,
        facts: f,
        tsSince: inOldest.has(`${c.status} ${c.code}`) ? 'le-oldest' : 'after-oldest',
        api: apiOfModule(c.module),
        retried: retriedBySdk(c.status),
        pythonStatusClass: pythonStatusClass(c.status),
        // Budget: each status page shows its full-treatment codes; the others are on the index page.
        page: hasPage && f.full ? String(c.status) : null,
        prose: { en: prose('en'), ko: prose('ko') },
      };
    });
}

const newestMap = readSdkErrorCodeMap(newestSdkPackage);
const oldestMap = readSdkErrorCodeMap(oldestSdkPackage);

/** Versions of the two installed TypeScript SDKs the rows were read from. */
export const sdkVersions = { newest: newestMap.version, oldest: oldestMap.version } as const;

/** Every code of the newest installed SDK, sorted by status then code. */
export const errorCodes: readonly ErrorCodeRow[] = buildCatalogue(newestMap.codes, oldestMap.codes);

/** The codes of one status. */
export function codesOfStatus(status: number): ErrorCodeRow[] {
  return errorCodes.filter((c) => c.status === status);
}

/** Looks a code up by its bare name. */
export function errorCodeByName(code: string): ErrorCodeRow | undefined {
  return errorCodes.find((c) => c.code === code);
}

/** Path below the locale where a code's card is: its status page, or the index page. */
export function codePagePath(row: Pick<ErrorCodeRow, 'page'>): string {
  return row.page ? `errors/${row.page}/` : 'errors/codes/';
}

/** Path below the locale of the index page of all codes and messages. */
export const codesIndexPath = 'errors/codes/';

/** The count of codes per actor, for the report and tests. */
export function countBy<T extends string>(rows: readonly ErrorCodeRow[], key: (r: ErrorCodeRow) => T): Record<T, number> {
  const out = {} as Record<T, number>;
  for (const r of rows) out[key(r)] = (out[key(r)] ?? 0) + 1;
  return out;
}

export type { CodeActor };

/** Builds /error-codes.json for a site origin and base path, from the same rows as the pages. */
export function errorCodesJson(rows: readonly ErrorCodeRow[], site: URL, base: string) {
  const b = base.replace(/\/?$/, '/');
  const url = (r: ErrorCodeRow, lang: Locale) => new URL(`${b}${lang}/${codePagePath(r)}#${r.code}`, site).href;
  return {
    $schema: new URL(`${b}error-codes.schema.json`, site).href,
    sdk: sdkVersions,
    codes: rows.map((r) => ({
      status: r.status,
      code: r.code,
      actor: r.facts.actor,
      sdkRetries: r.retried,
      full: r.facts.full,
      api: r.api,
      typescript: {
        class: r.tsClass,
        parent: r.tsParent,
        knownIn: r.tsSince === 'le-oldest' ? [sdkVersions.newest, sdkVersions.oldest] : [sdkVersions.newest],
        description: r.sdkDescription,
      },
      python: { statusClassIn1_13: r.pythonStatusClass, classFrom2_5: r.facts.pythonClass ?? null },
      text: r.prose,
      urls: { en: url(r, 'en'), ko: url(r, 'ko') },
    })),
  };
}
