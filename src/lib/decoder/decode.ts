// The paste decoder: turns an error body, an HTTP response, an SDK traceback, a stream's `event: error`
// or a Bedrock / Vertex AI message into the catalogue entry it is, the reason, and what to do.
// Pure: no DOM, no Astro; everything it knows comes from the DecoderIndex (the registry and the fact
// modules), so a new entry or class is decoded without touching this file.
import type { Verdict } from '../../schemas/error-entry.ts';
import type { ErrorSectionId } from '../sections.ts';
import type { DecoderIndex, IndexClass, IndexEntry, KnownCase, Platform, PlatformError, Sdk } from './catalogue-index.ts';
import {
  awsRequestIdHits,
  errorCodeHits,
  excerptAt,
  hits,
  lineOf,
  messageHits,
  requestIdHits,
  retryAfterHits,
  retryAfterSeconds,
  runtimeSigns,
  shouldRetryHits,
  sseErrorHits,
  statusHits,
  wordsPattern,
  type Hit,
} from './scan.ts';

/** Pastes longer than this are read as their first and last halves of it (logs put the final error last). */
export const MAX_DECODED_CHARS = 2 * 1024 * 1024;

/** What a piece of evidence is. */
export type EvidenceKind = 'status' | 'type' | 'class' | 'platform' | 'stream' | 'case' | 'example' | 'short';

/** One part of the paste that the match rests on. */
export interface Evidence {
  kind: EvidenceKind;
  /** The normalised value: a status, an `error.type`, a class or platform name, a case id. */
  value: string;
  /** 1-based line in the (possibly shortened) paste. */
  line: number;
  /** The matched text and a little of its line around it. */
  excerpt: { before: string; match: string; after: string };
}

/** Remarks that change how to read the result; the page explains each under `decode.note.<id>`. */
export type NoteId =
  | 'mid-stream'
  | 'sdk-retried'
  | 'no-retry-after'
  | 'retry-after-past'
  | 'x-should-retry-false'
  | 'type-status-mismatch'
  | 'unknown-type'
  | 'unknown-status'
  | 'other-5xx'
  | 'ambiguous-class'
  | 'foreign-sdk'
  | 'bedrock-value-error'
  | 'truncated';

/** The catalogue entry a paste matched and where its page answers the question. */
export interface Match {
  slug: string;
  published: boolean;
  /** The page section that answers it: `platforms` for platform errors, else by verdict. */
  section: ErrorSectionId;
}

/** The decoder's answer. */
export interface DecodeResult {
  /** True when the paste had nothing but whitespace. */
  empty: boolean;
  match: Match | null;
  /** For an error inside a stream: the entry its `error.type` has outside a stream (e.g. 529 for `overloaded_error`). */
  inner: Match | null;
  /** What to do, after the paste's details (retry-after, spend cap, platform) are taken into account. */
  verdict: Verdict | null;
  /** Whether the official SDKs retry the matched error themselves; null for no match or a mid-stream error. */
  sdkRetries: boolean | null;
  evidence: Evidence[];
  status: number | null;
  errorType: string | null;
  message: string | null;
  /** `error.details.error_code`. */
  errorCode: string | null;
  /** The Anthropic request ID to quote to support. */
  requestId: string | null;
  /** The AWS request ID (Bedrock), when present. */
  awsRequestId: string | null;
  /** The exception class, with its parent in the SDK that printed it. */
  exception: { name: string; sdk: Sdk | null; parent: string | null; versions: string | null } | null;
  /** Which SDK printed the paste, when the paste says. */
  sdk: Sdk | null;
  platform: { platform: Platform; name: string; status: number } | null;
  /** The wait the server asked for. `seconds` is negative for an HTTP-date in the past. */
  retryAfter: { header: 'retry-after' | 'retry-after-ms'; raw: string; seconds: number } | null;
  /** The `x-should-retry` header, when present. */
  shouldRetry: boolean | null;
  /** A case inside the entry that changes what to do (the spend cap inside 429). */
  knownCase: KnownCase['id'] | null;
  notes: NoteId[];
  /** A term to search the site for, taken from the paste (useful when nothing matched). */
  searchTerm: string;
  /** True when the paste was longer than MAX_DECODED_CHARS and only its head and tail were read. */
  truncated: boolean;
}

/** Options for `decode`. */
export interface DecodeOptions {
  /** The current time in ms, to turn a `retry-after` HTTP-date into a wait. Defaults to `Date.now()`. */
  now?: number;
}

interface Compiled {
  entryBySlug: Map<string, IndexEntry>;
  entryByStatus: Map<number, IndexEntry>;
  entryByType: Map<string, IndexEntry>;
  classesByName: Map<string, IndexClass[]>;
  /** Classes the SDKs define; the language's own (`ValueError`) are matched but name no entry by themselves. */
  sdkClassNames: Set<string>;
  classPattern: RegExp;
  typePattern: RegExp;
  platformPattern: RegExp;
  platformByName: Map<string, { error: PlatformError; inStream: boolean }>;
  markerPatterns: Record<Platform, RegExp>;
  platformMessages: Array<{ message: string; error: PlatformError }>;
  midStreamClasses: Set<string>;
}

const compiledIndexes = new WeakMap<DecoderIndex, Compiled>();

/** Lower-cases the first letter: how Bedrock names an exception inside an event stream. */
const streamName = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

function compile(index: DecoderIndex): Compiled {
  const cached = compiledIndexes.get(index);
  if (cached) return cached;
  const classesByName = new Map<string, IndexClass[]>();
  for (const c of index.classes) classesByName.set(c.name, [...(classesByName.get(c.name) ?? []), c]);
  const platformByName = new Map<string, { error: PlatformError; inStream: boolean }>();
  for (const p of index.platformErrors) {
    platformByName.set(p.name, { error: p, inStream: false });
    if (p.inStream) platformByName.set(streamName(p.name), { error: p, inStream: true });
  }
  const types = index.entries.flatMap((e) => (e.type === null ? [] : [e.type]));
  const compiled: Compiled = {
    entryBySlug: new Map(index.entries.map((e) => [e.slug, e])),
    entryByStatus: new Map(index.entries.flatMap((e) => (e.status === null ? [] : [[e.status, e] as const]))),
    entryByType: new Map(index.entries.flatMap((e) => (e.type === null ? [] : [[e.type, e] as const]))),
    classesByName,
    sdkClassNames: new Set(index.classes.filter((k) => k.sdkDefined).map((k) => k.name)),
    classPattern: wordsPattern([...classesByName.keys()]),
    typePattern: wordsPattern(types),
    platformPattern: wordsPattern([...platformByName.keys()]),
    platformByName,
    markerPatterns: {
      bedrock: wordsPattern(index.platformMarkers.bedrock, 'i'),
      vertex: wordsPattern(index.platformMarkers.vertex, 'i'),
    },
    platformMessages: index.platformErrors.flatMap((error) => (error.messages ?? []).map((message) => ({ message, error }))),
    midStreamClasses: new Set(index.classes.filter((k) => k.slug === index.midStreamEntry && k.sdkDefined).map((k) => k.name)),
  };
  compiledIndexes.set(index, compiled);
  return compiled;
}

/** An `error.type`-like value we do not know: `something_error` in a `type` field. */
const UNKNOWN_TYPE = /(?:^|[^\w-])['"]?type['"]?[ \t]*[:=][ \t]*['"]([a-z]+(?:_[a-z]+){0,6}_error)['"]/g;
/** The top-level `"type": "error"` of an API error body, in JSON, a Python repr or Node's inspect output. */
const ERROR_BODY = /(?:^|[^\w-])['"]?type['"]?[ \t]*:[ \t]*['"]error['"]/;
/** Another provider's SDK: a module-qualified exception of another package, or its files in a Node stack. */
const FOREIGN_SDK = /(?<![\w.])(openai|groq|mistralai|cohere|together|google\.generativeai)\.(?:_exceptions\.)?[A-Z]\w*(?:Error|Exception)\b|node_modules\/(openai|groq-sdk|@mistralai)\//;
/** A short paste that is only codes: `529`, `HTTP 529`, `429 rate_limit_error`. */
const SHORT_PASTE = /^[\s"'`]*(?:HTTP[ /]?(?:\d(?:\.\d)?)?[ \t]*)?(\d{3})(?![\d.])/;

const last = <T>(list: readonly T[]): T | undefined => list[list.length - 1];
/** The first hit with the same value as `hit`: the value is chosen by the last hit, shown where it first appears. */
const firstOf = <T, H extends Hit<T>>(list: readonly H[], hit: H): H => list.find((h) => h.value === hit.value) ?? hit;

/**
 * Decodes a paste. Never throws; a paste that matches nothing gives `match: null` and a search term.
 * Runs in linear time in the length of the paste; pastes over MAX_DECODED_CHARS are read as head and tail.
 */
export function decode(input: string, index: DecoderIndex, options: DecodeOptions = {}): DecodeResult {
  const now = options.now ?? Date.now();
  const truncated = input.length > MAX_DECODED_CHARS;
  const half = MAX_DECODED_CHARS / 2;
  const text = truncated ? `${input.slice(0, half)}\n…\n${input.slice(-half)}` : input;
  const c = compile(index);
  const notes = new Set<NoteId>(truncated ? ['truncated'] : []);
  const evidence: Evidence[] = [];
  const cite = (kind: EvidenceKind, value: string, hit: { index: number; text: string }) => {
    if (evidence.some((e) => e.kind === kind && e.value === value)) return;
    evidence.push({ kind, value, line: lineOf(text, hit.index), excerpt: excerptAt(text, hit.index, hit.text.length) });
  };

  const result: DecodeResult = {
    empty: text.trim() === '',
    match: null,
    inner: null,
    verdict: null,
    sdkRetries: null,
    evidence,
    status: null,
    errorType: null,
    message: null,
    errorCode: null,
    requestId: null,
    awsRequestId: null,
    exception: null,
    sdk: null,
    platform: null,
    retryAfter: null,
    shouldRetry: null,
    knownCase: null,
    notes: [],
    searchTerm: '',
    truncated,
  };
  if (result.empty) return result;

  // 1. Gather everything the paste says, wherever it says it.
  const statuses = statusHits(text);
  const typeHits = hits(c.typePattern, text);
  const unknownTypes = hits(UNKNOWN_TYPE, text).filter((h) => !c.entryByType.has(h.value));
  const classHits = exceptionClassHits(text, c);
  const sse = sseErrorHits(text);
  const markers = { bedrock: c.markerPatterns.bedrock.test(text), vertex: c.markerPatterns.vertex.test(text) };
  const platformHits = platformErrorHits(text, c, markers);
  const messages = messageHits(text);
  const errorCodes = errorCodeHits(text);
  const signs = runtimeSigns(text);

  result.requestId = last(requestIdHits(text))?.value ?? null;
  result.awsRequestId = last(awsRequestIdHits(text))?.value ?? null;
  result.errorCode = last(errorCodes)?.value ?? null;
  result.shouldRetry = last(shouldRetryHits(text))?.value ?? null;
  const retryAfter = last(retryAfterHits(text).filter((h) => retryAfterSeconds(h.header, h.value, now) !== null));
  if (retryAfter) {
    const seconds = retryAfterSeconds(retryAfter.header, retryAfter.value, now) ?? 0;
    result.retryAfter = { header: retryAfter.header, raw: retryAfter.value, seconds };
    if (seconds <= 0) notes.add('retry-after-past');
  }

  const errorStatus = last(statuses.filter((s) => s.value >= 400 && s.value <= 599));
  const knownType = last(typeHits);
  const unknownType = last(unknownTypes);
  const anyClassHit = last(classHits.accepted);
  const classHit = last(classHits.accepted.filter((h) => c.sdkClassNames.has(h.value)));
  const exampleHit = findExampleLine(text, index);
  const platformHit = last(platformHits);
  result.status = errorStatus?.value ?? null;
  result.errorType = knownType?.value ?? unknownType?.value ?? (platformHit?.inStream ? platformHit.value : null);
  result.message = messageNear(messages, knownType?.index ?? unknownType?.index ?? anyClassHit?.index ?? 0);
  if (unknownType && !knownType) notes.add('unknown-type');

  // 2. Another provider's error that happens to share class names (`openai.RateLimitError`) is not ours.
  const claudeSigns = /anthropic|claude/i.test(text) || result.requestId !== null || ERROR_BODY.test(text) || platformHits.length > 0;
  if ((classHits.foreign.length > 0 || FOREIGN_SDK.test(text)) && !claudeSigns) {
    notes.add('foreign-sdk');
    return finish(result, notes, text, classHits.foreign[0]?.value);
  }

  // 3. Which SDK printed it: a class only one SDK has says so; otherwise Python and Node leave different marks.
  const sdksOfClass = new Set((classHit ? c.classesByName.get(classHit.value) ?? [] : []).map((k) => k.sdk));
  result.sdk = sdksOfClass.size === 1 ? ([...sdksOfClass][0] ?? null) : signs.python > signs.node ? 'python' : signs.node > signs.python ? 'typescript' : null;

  // 4. A known case (spend cap, your own spend limit, CORS) decides the entry and the verdict.
  const knownCase = findCase(index.knownCases, last(errorCodes), classHit, text);
  if (knownCase) {
    result.knownCase = knownCase.known.id;
    cite('case', knownCase.known.id, knownCase.hit);
  }

  // 5. Was it inside a stream that had already answered 200?
  const stream = streamEvidence(text, { sse, classHit, statuses, c, typeKnown: knownType !== undefined || unknownType !== undefined, platformHit, index });
  let entry: IndexEntry | undefined;
  let verdict: Verdict | undefined;
  let section: ErrorSectionId | undefined;

  if (stream) {
    cite('stream', stream.value, stream.hit);
    if (stream.value === index.bedrockStreamValueError) notes.add('bedrock-value-error');
    notes.add('mid-stream');
    entry = c.entryBySlug.get(index.midStreamEntry);
    // What the error inside the stream would have been outside it.
    // A Bedrock exception inside the stream says more than the `api_error` some clients wrap it in.
    const byPlatform = platformHit !== undefined && (platformHit.inStream || !knownType);
    const inner = byPlatform ? c.entryBySlug.get(platformHit.error.entry) : knownType ? c.entryByType.get(knownType.value) : undefined;
    if (knownType && !byPlatform) cite('type', knownType.value, firstOf(typeHits, knownType));
    if (platformHit) {
      cite('platform', platformHit.value, platformHit);
      result.platform = { platform: platformHit.error.platform, name: platformHit.error.name, status: platformHit.error.status };
    }
    if (inner && inner.slug !== entry?.slug) {
      result.inner = { slug: inner.slug, published: inner.published, section: platformHit ? 'platforms' : sectionFor(inner.verdict) };
      verdict = platformHit ? platformHit.error.verdict : inner.verdict;
    }
    if (anyClassHit && belongsTo(anyClassHit, index.midStreamEntry, c)) cite('class', anyClassHit.value, firstOf(classHits.accepted, anyClassHit));
  } else {
    // 6. Otherwise the strongest evidence decides: a known case, a registry example's exception line,
    // a platform error, the body's error.type (the reference: classify by body type as well as
    // status), a class of one entry, the status, and last a class several entries share.
    const classEntries = classHit ? uniqueSlugs(c.classesByName.get(classHit.value) ?? [], result.sdk) : [];
    const statusEntry = errorStatus ? c.entryByStatus.get(errorStatus.value) : undefined;
    if (knownCase) {
      entry = c.entryBySlug.get(knownCase.known.entry);
      verdict = knownCase.known.verdict;
    } else if (exampleHit) {
      entry = c.entryBySlug.get(exampleHit.slug);
      cite('example', exampleHit.slug, exampleHit);
    } else if (platformHit) {
      entry = c.entryBySlug.get(platformHit.error.entry);
      verdict = platformHit.error.verdict;
      section = 'platforms';
    } else if (knownType) {
      entry = c.entryByType.get(knownType.value);
    } else if (classEntries.length === 1) {
      entry = c.entryBySlug.get(classEntries[0] ?? '');
    } else if (statusEntry) {
      entry = statusEntry;
    } else if (errorStatus && errorStatus.value >= 500) {
      entry = c.entryBySlug.get(index.otherServerErrorEntry);
      notes.add('other-5xx');
    } else if (classEntries.length > 1) {
      entry = c.entryBySlug.get(classEntries[0] ?? '');
      notes.add('ambiguous-class');
    } else {
      entry = shortPasteEntry(text, c);
      if (entry) cite('short', String(entry.status), { index: text.indexOf(String(entry.status)), text: String(entry.status) });
    }
    if (errorStatus && !c.entryByStatus.has(errorStatus.value)) notes.add('unknown-status');

    if (entry) {
      if (platformHit) {
        cite('platform', platformHit.value, platformHit);
        result.platform = { platform: platformHit.error.platform, name: platformHit.error.name, status: platformHit.error.status };
      }
      if (knownType && c.entryByType.get(knownType.value)?.slug === entry.slug) cite('type', knownType.value, firstOf(typeHits, knownType));
      const entrySlug = entry.slug;
      const citedClass = [classHit, anyClassHit].find((h) => h !== undefined && belongsTo(h, entrySlug, c));
      if (citedClass) cite('class', citedClass.value, firstOf(classHits.accepted, citedClass));
      if (errorStatus) {
        if (errorStatus.value === entry.status || notes.has('other-5xx')) cite('status', String(errorStatus.value), firstOf(statuses, errorStatus));
        else if (knownType && c.entryByStatus.has(errorStatus.value)) notes.add('type-status-mismatch');
      }
    }
  }

  if (!entry) return finish(result, notes, text, (classHit ?? anyClassHit)?.value);

  // 7. The exception class as the SDK that printed it defines it (parentage is where handlers go wrong).
  // The language's own classes (`ValueError`) are described only where the entry lists them.
  const shown = [anyClassHit, classHit].find((h) => h !== undefined && (belongsTo(h, entry.slug, c) || c.sdkClassNames.has(h.value)));
  if (shown) {
    const candidates = c.classesByName.get(shown.value) ?? [];
    const pick =
      candidates.find((k) => k.slug === entry.slug && k.sdk === result.sdk) ??
      candidates.find((k) => k.slug === entry.slug) ??
      candidates.find((k) => k.sdk === result.sdk) ??
      candidates[0];
    result.exception = { name: shown.value, sdk: pick?.sdk ?? null, parent: pick?.parent ?? null, versions: pick?.versions ?? null };
  } else if (anyClassHit) {
    result.exception = { name: anyClassHit.value, sdk: null, parent: null, versions: null };
  }

  // 8. The verdict, adjusted by what the paste says.
  let finalVerdict: Verdict = verdict ?? entry.verdict;
  if (!knownCase && result.retryAfter && result.retryAfter.seconds > 0 && (finalVerdict === 'retry-backoff' || finalVerdict === 'retry-after')) {
    finalVerdict = 'retry-after';
  }
  if (finalVerdict === 'retry-after' && !result.retryAfter) notes.add('no-retry-after');
  if (result.shouldRetry === false) notes.add('x-should-retry-false');
  if (!stream && entry.sdkRetries && result.sdk !== null && classHit) notes.add('sdk-retried');

  result.match = { slug: entry.slug, published: entry.published, section: section ?? sectionFor(finalVerdict) };
  result.verdict = finalVerdict;
  result.sdkRetries = stream ? false : entry.sdkRetries;
  return finish(result, notes, text, classHit?.value);
}

/** Whether the registry lists the class for the entry. */
function belongsTo(hit: Hit<string>, slug: string, c: Compiled): boolean {
  return (c.classesByName.get(hit.value) ?? []).some((k) => k.slug === slug);
}

/** The last exception line of a registry example that the paste contains. */
function findExampleLine(text: string, index: DecoderIndex): { slug: string; index: number; text: string } | undefined {
  let found: { slug: string; index: number; text: string } | undefined;
  for (const line of index.exampleLines) {
    const at = text.lastIndexOf(line.text);
    if (at !== -1 && (!found || at > found.index)) found = { slug: line.slug, index: at, text: line.text };
  }
  return found;
}

/** The page section that answers "what now" for a verdict. */
function sectionFor(verdict: Verdict): ErrorSectionId {
  if (verdict === 'depends') return 'meaning';
  if (verdict === 'retry-backoff' || verdict === 'retry-after') return 'retry';
  // Every other verdict says who must act; the fix section says how.
  return 'fix';
}

function finish(result: DecodeResult, notes: Set<NoteId>, text: string, classHint: string | undefined): DecodeResult {
  result.notes = [...notes];
  result.searchTerm = searchTermFor(result, text, classHint);
  return result;
}

/** Exception classes of the SDKs, where the text names one as an exception (not `APIError.generate` in a stack frame). */
function exceptionClassHits(text: string, c: Compiled): { accepted: Hit<string>[]; foreign: Hit<string>[] } {
  const accepted: Hit<string>[] = [];
  const foreign: Hit<string>[] = [];
  for (const hit of hits(c.classPattern, text)) {
    const end = hit.index + hit.value.length;
    // `APIError.generate (…)` in a stack frame names a method, not the exception.
    if (/^\.\w/.test(text.slice(end, end + 2))) continue;
    // `anthropic.RateLimitError`, `Anthropic.RateLimitError` (TypeScript's static export) are ours;
    // `openai.RateLimitError` or `google.api_core.exceptions.InternalServerError` are not.
    const root = moduleRoot(text, hit.index);
    if (root === undefined || root.toLowerCase().startsWith('anthropic')) accepted.push(hit);
    else foreign.push(hit);
  }
  return { accepted, foreign };
}

/** The first segment of a dotted module path right before `at` (`anthropic` in `anthropic._exceptions.X`), if any. */
function moduleRoot(text: string, at: number): string | undefined {
  if (text.charCodeAt(at - 1) !== 46 /* . */) return undefined;
  let start = at - 1;
  // Walk back over identifier characters and dots, at most 80 characters.
  while (start > 0 && at - start < 80 && /[\w.]/.test(text.charAt(start - 1))) start--;
  const root = text.slice(start, at - 1).split('.')[0] ?? '';
  return /^[A-Za-z_]\w*$/.test(root) ? root : undefined;
}

type PlatformHit = Hit<string> & { error: PlatformError; inStream: boolean };

/** Platform errors by name or message; a name other services share only counts next to a platform marker. */
function platformErrorHits(text: string, c: Compiled, markers: Record<Platform, boolean>): PlatformHit[] {
  const found: PlatformHit[] = [];
  for (const hit of hits(c.platformPattern, text)) {
    const known = c.platformByName.get(hit.value);
    if (!known) continue;
    if (!known.inStream && known.error.shared && !markers[known.error.platform]) continue;
    found.push({ ...hit, ...known });
  }
  for (const { message, error } of c.platformMessages) {
    const at = text.lastIndexOf(message);
    if (at !== -1) found.push({ value: error.name, index: at, text: message, error, inStream: false });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The message closest after the given offset (the message of the error whose type was found), else the last. */
function messageNear(messages: readonly Hit<string>[], at: number): string | null {
  const after = messages.find((m) => m.index >= at);
  const before = last(messages.filter((m) => m.index < at));
  const pick = after && (!before || after.index - at <= at - before.index) ? after : (before ?? after);
  return pick ? pick.value : null;
}

/**
 * A known case: by its error code, else by the TypeScript class picked for it, else by how its message
 * begins (searched anywhere: logs often print the message bare).
 */
function findCase(
  cases: readonly KnownCase[],
  errorCode: Hit<string> | undefined,
  classHit: Hit<string> | undefined,
  text: string,
): { known: KnownCase; hit: { index: number; text: string } } | undefined {
  const byCode = errorCode ? cases.find((k) => k.errorCode === errorCode.value) : undefined;
  if (byCode && errorCode) return { known: byCode, hit: errorCode };
  const byClass = classHit ? cases.find((k) => k.typescriptClass === classHit.value) : undefined;
  if (byClass && classHit) return { known: byClass, hit: classHit };
  for (const known of cases) {
    for (const start of known.messageStarts ?? []) {
      const at = text.indexOf(start);
      if (at !== -1) return { known, hit: { index: at, text: start } };
    }
  }
  return undefined;
}

function streamEvidence(
  text: string,
  ctx: {
    sse: readonly Hit<string>[];
    classHit: Hit<string> | undefined;
    statuses: ReadonlyArray<Hit<number>>;
    c: Compiled;
    typeKnown: boolean;
    platformHit: PlatformHit | undefined;
    index: DecoderIndex;
  },
): { value: string; hit: { index: number; text: string } } | undefined {
  const sse = last(ctx.sse);
  if (sse) return { value: 'event: error', hit: { index: sse.index, text: sse.text.split('\n')[0] ?? '' } };
  const valueError = text.lastIndexOf(ctx.index.bedrockStreamValueError);
  if (valueError !== -1) return { value: ctx.index.bedrockStreamValueError, hit: { index: valueError, text: ctx.index.bedrockStreamValueError } };
  if (ctx.platformHit?.inStream) return { value: ctx.platformHit.value, hit: ctx.platformHit };
  const cls = ctx.classHit;
  if (cls && ctx.c.midStreamClasses.has(cls.value)) {
    // The stream's class with the body as its whole message: `anthropic.APIStatusError: {'type': 'error', …}`
    // (Python) or `APIError: {"type":"error",…}` (TypeScript). A status error would say `Error code: 402 - {…}`.
    const after = text.slice(cls.index + cls.value.length, cls.index + cls.value.length + 4);
    if (/^:[ \t]*[{[]/.test(after)) return { value: cls.value, hit: { index: cls.index, text: `${cls.value}${after.trimEnd()}` } };
  }
  // Node's inspect output of the TypeScript error: `status: undefined` next to an error type.
  const undefinedStatus = /\bstatus:[ \t]*undefined\b/.exec(text);
  if (undefinedStatus && ctx.typeKnown) return { value: 'status: undefined', hit: { index: undefinedStatus.index, text: undefinedStatus[0] } };
  // Python's `status_code == 200` or `HTTP/1.1 200` next to an error body.
  const ok = ctx.statuses.find((s) => s.value === 200);
  if (ok && ctx.typeKnown && !ctx.statuses.some((s) => s.value >= 400)) return { value: '200', hit: ok };
  return undefined;
}

/** Entries that a class belongs to, preferring the SDK that printed the paste and the pinned version's classes. */
function uniqueSlugs(classes: readonly IndexClass[], sdk: Sdk | null): string[] {
  const ofSdk = sdk === null ? classes : classes.filter((k) => k.sdk === sdk);
  const pool = ofSdk.length > 0 ? ofSdk : classes;
  const current = pool.filter((k) => k.current);
  return [...new Set((current.length > 0 ? current : pool).map((k) => k.slug))];
}

/** A paste that is only a code (`529`, `HTTP 529`, `429 Too Many Requests`) names the entry with that status. */
function shortPasteEntry(text: string, c: Compiled): IndexEntry | undefined {
  const trimmed = text.trim();
  if (trimmed.length > 64) return undefined;
  const m = SHORT_PASTE.exec(trimmed);
  const entry = m?.[1] ? c.entryByStatus.get(Number(m[1])) : undefined;
  if (!m || !entry) return undefined;
  // What follows the code must be its type or an HTTP reason phrase, so "429 shipped today" is no match.
  const rest = trimmed.slice(m[0].length).trim();
  return rest === '' || rest === entry.type || /^[A-Z][a-z]*(?: [A-Z][a-z]*){0,3}$/.test(rest) ? entry : undefined;
}

/** A term for the site search: the most specific name in the paste, else its first line. */
function searchTermFor(result: DecodeResult, text: string, classHint: string | undefined): string {
  if (result.match) return result.errorType ?? result.exception?.name ?? String(result.status ?? result.match.slug);
  const named = result.errorType ?? classHint ?? /\b[A-Z][A-Za-z]{2,60}(?:Error|Exception)\b/.exec(text)?.[0];
  if (named) return named;
  if (result.status !== null) return String(result.status);
  const firstLine = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  return firstLine.slice(0, 60);
}
