import { z } from 'astro/zod';
import { backoffStrategies } from '../lib/backoff.ts';

/** The two languages every page ships in. Adding one means adding a dictionary and prose for every page. */
export const locales = ['en', 'ko'] as const;
export type Locale = (typeof locales)[number];

/** Text that exists once per language. Both languages are required: a missing one is a bug, not a fallback. */
export const localizedTextSchema = z.object({
  /** English text. */
  en: z.string().min(1, 'English text is empty: write it, do not leave a blank.'),
  /** Korean text, written for Korean engineers rather than translated word by word. */
  ko: z.string().min(1, 'Korean text is empty: write it, do not leave a blank.'),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export { verdictSchema, type Verdict } from './verdict.ts';
import { verdictSchema } from './verdict.ts';
import { sdkReleases } from '../../content/errors/sdk-releases.ts';
import { describeRange, inRange, parseRange, rangeOrder } from '../lib/version-range.ts';

/**
 * How a fact about an SDK version is known, shown next to it on the page.
 * - `tested`: our tests run that SDK version against the fault server.
 * - `source`: read in the published package's source.
 * - `release-notes`: stated in the SDK's release notes or the official migration guide; not run here.
 * - `unconfirmed`: likely from the release notes, but the exact detail (a mapping, a parent) is not published.
 */
export const evidenceSchema = z.enum(['tested', 'source', 'release-notes', 'unconfirmed']);
export type Evidence = z.infer<typeof evidenceSchema>;

/** A version range in the syntax of src/lib/version-range.ts; a malformed one fails the build. */
export const versionRangeSchema = z.string().superRefine((text, ctx) => {
  try {
    parseRange(text);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
  }
});

/** One exception class an official SDK raises for the entry, in a range of SDK versions. */
export const sdkClassSchema = z
  .object({
    /** Class name exactly as the SDK exports it, e.g. `OverloadedError`. */
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'Use the bare class name, without the module prefix.'),
    /** Direct parent class: parentage is where hand-written `except`/`instanceof` checks go wrong. */
    parent: z.string(),
    /** SDK versions in which this class is what the caller sees, e.g. `>=2.5.0` or `>=0.47.0 <2.5.0` (src/lib/version-range.ts). */
    range: versionRangeSchema,
    /** Only these clients raise it (e.g. `AnthropicVertex`); omitted: the first-party clients. */
    clients: z.array(z.string()).optional(),
    /** How the fact is known; shown next to it. */
    evidence: evidenceSchema,
    /** A qualification in each language, e.g. when `AsyncAnthropic` got the mapping later. */
    note: localizedTextSchema.optional(),
    /** Set when the SDK picks this subclass by `error.details.error_code` rather than by the status alone. */
    errorCode: z.string().regex(/^[a-z0-9_]+$/).optional(),
  })
  .transform((c) => ({
    ...c,
    /** The range as English readers read it (kept for the decoder and errors.json). */
    versions: describeRange(c.range, 'en'),
    /** True when the newest release of the SDK raises this class (the first-party clients), so the header shows it first. */
    current: false,
  }));
export type SdkClass = z.infer<typeof sdkClassSchema>;

/** Marks the classes that the newest release of each SDK raises from its first-party clients. */
function markCurrent(sdk: 'python' | 'typescript', classes: SdkClass[]): SdkClass[] {
  const newest = sdkReleases[sdk].newest;
  return classes
    .map((c) => ({ ...c, current: c.clients === undefined && inRange(newest, c.range) }))
    .sort(
      (a, b) =>
        Number(b.current) - Number(a.current) ||
        // The status class before the subclasses the SDK picks by error code.
        Number(a.errorCode !== undefined) - Number(b.errorCode !== undefined) ||
        // First-party clients before platform-only classes, then newest range first.
        Number(a.clients !== undefined) - Number(b.clients !== undefined) ||
        rangeOrder(a.range, b.range),
    );
}

const headerSchema = z.tuple([z.string().regex(/^[a-z0-9-]+$/, 'Header names are lower-case, as the API sends them.'), z.string()]);

/** A verbatim example of what the caller receives. Never translated. */
export const errorExampleSchema = z.discriminatedUnion('kind', [
  z.object({
    /** A plain HTTP error response. */
    kind: z.literal('http'),
    /** Which case of the entry this example shows, when an entry has several (e.g. rate limit vs spend cap). */
    caption: localizedTextSchema.optional(),
    /** HTTP status of the response. */
    status: z.number().int().min(400).max(599),
    /** Response headers that matter to the reader, in the order shown. */
    headers: z.array(headerSchema),
    /** The JSON body, exactly as the API sends it. */
    body: z.record(z.string(), z.unknown()),
  }),
  z.object({
    /** A server-sent event stream that starts with HTTP 200 and then reports an error. */
    kind: z.literal('sse'),
    /** Which case of the entry this example shows. */
    caption: localizedTextSchema.optional(),
    /** The raw event-stream text. */
    text: z.string(),
  }),
  z.object({
    /** No HTTP response at all: what each SDK prints. */
    kind: z.literal('exception'),
    /** Which case of the entry this example shows. */
    caption: localizedTextSchema.optional(),
    /** The exception line as the newest Python SDK we can show prints it. */
    python: z.string(),
    /** The exception line as the newest TypeScript SDK prints it. */
    typescript: z.string(),
    /** How older SDK versions print the same failure, newest range first. */
    older: z
      .array(z.object({ sdk: z.enum(['python', 'typescript']), range: versionRangeSchema, text: z.string() }))
      .default([]),
  }),
]);
export type ErrorExample = z.infer<typeof errorExampleSchema>;

/** The strategies the backoff model knows (`src/lib/backoff.ts`): the SDK default, AWS's capped exponential with no, full, equal or decorrelated jitter, or a fixed list. */
export const backoffStrategySchema = z.enum(backoffStrategies);

/** The backoff policy the page's `#retry` section starts from. */
export const retryPresetSchema = z.object({
  /** Strategy name; `sdk-default` is the official SDKs' built-in policy. */
  strategy: backoffStrategySchema,
  /** First wait in seconds before jitter. `sdk-default` always uses the SDK's 0.5 s. */
  baseSeconds: z.number().positive().default(0.5),
  /** Longest single wait in seconds. `sdk-default` always uses the SDK's 8 s. */
  capSeconds: z.number().positive().default(8),
  /** Retries after the first attempt (the SDK default is 2). */
  maxRetries: z.number().int().min(0).max(20).default(2),
  /** A `retry-after` value the server sends, in seconds, when the entry usually carries one. */
  retryAfterSeconds: z.number().positive().optional(),
  /** Growth of the exponential delay per retry (default 2, as in the SDKs and the AWS formulas). Ignored by `sdk-default`. */
  factor: z.number().min(1).max(10).optional(),
  /** Per-request timeout in seconds, for the worst case (default 600, the SDK default). */
  timeoutSeconds: z.number().positive().optional(),
  /** Waits of the `fixed` strategy, in seconds; the last one repeats (default 2, 5, 10, 30, 60). */
  fixedWaitsSeconds: z.array(z.number().min(0)).min(1, 'Give at least one wait for the fixed strategy.').optional(),
  /** True when the policy is a wrapper around an SDK client that keeps its own 2 retries (3 × 3 = 9 requests). */
  wrapSdk: z.boolean().optional(),
  /** True when the wrapper itself waits for `retry-after` (the SDK always does). */
  wrapperHonoursRetryAfter: z.boolean().optional(),
});
export type RetryPreset = z.infer<typeof retryPresetSchema>;

/** An official page or source file a fact on the page comes from. */
export const sourceSchema = z.object({
  /** Link text. */
  title: z.string(),
  /** Absolute https URL. */
  url: z.url({ protocol: /^https$/ }),
  /** ISO date the fact was last checked against this source. */
  checked: z.iso.date(),
});
export type Source = z.infer<typeof sourceSchema>;

/** One catalogue entry: every language-neutral fact about one error. */
export const errorEntrySchema = z
  .object({
    /** URL segment: the HTTP status for HTTP errors, a kebab-case name otherwise. */
    slug: z.string().regex(/^[a-z0-9-]+$/, 'A slug is the HTTP status or a kebab-case name.'),
    /** HTTP status of the response, or null when there is none (connection failures, mid-stream errors). */
    status: z.number().int().min(400).max(599).nullable(),
    /** The `error.type` string in the body, or null when there is no body. */
    type: z.string().regex(/^[a-z_]+$/).nullable(),
    /** One-line meaning per language, shown in the home table, the page header and errors.json. */
    summary: localizedTextSchema,
    /** What to do: the verdict badge. */
    verdict: verdictSchema,
    /** Whether the official SDKs retry this error by themselves before raising it. */
    sdkRetries: z.boolean(),
    /** Exception classes per SDK, across the SDK versions the reference covers. */
    classes: z
      .object({
        /** Python `anthropic` package. */
        python: z.array(sdkClassSchema).min(1),
        /** TypeScript `@anthropic-ai/sdk` package. */
        typescript: z.array(sdkClassSchema).min(1),
      })
      .transform((c) => ({ python: markCurrent('python', c.python), typescript: markCurrent('typescript', c.typescript) })),
    /** Verbatim examples of what the caller receives; required once the entry is published. */
    examples: z.array(errorExampleSchema).default([]),
    /** Slugs of related entries, shown in `#related`. */
    related: z.array(z.string()).default([]),
    /** Slugs of guides related to this entry. */
    guides: z.array(z.enum(['retries', 'rate-limits', 'sdk-exceptions', 'platforms'])).default([]),
    /** The retry policy the page's visualiser starts from. */
    preset: retryPresetSchema,
    /** Official pages and source files the page's facts come from. */
    sources: z.array(sourceSchema).min(1),
    /** ISO date all facts of this entry were last checked. */
    lastChecked: z.iso.date(),
    /** True when the entry's pages exist in both languages and are linked from the home table. */
    published: z.boolean(),
    /** True when the API no longer returns this error; the page stays, marked retired. */
    retired: z.boolean().default(false),
  })
  .refine((e) => e.status === null || e.slug === String(e.status), {
    message: 'An entry with an HTTP status must use that status as its slug.',
  })
  .refine((e) => e.classes.python.some((c) => c.current), {
    message: 'No Python class covers the newest release (content/errors/sdk-releases.ts): add one whose range includes it.',
  })
  .refine((e) => e.classes.typescript.some((c) => c.current), {
    message: 'No TypeScript class covers the newest release (content/errors/sdk-releases.ts): add one whose range includes it.',
  })
  .refine((e) => !e.published || e.examples.length > 0, {
    message: 'A published entry needs at least one verbatim example in `examples`.',
  });
export type ErrorEntry = z.infer<typeof errorEntrySchema>;
export type ErrorEntryInput = z.input<typeof errorEntrySchema>;

/** The whole catalogue; cross-entry rules live here. */
export const registrySchema = z
  .array(errorEntrySchema)
  .refine((entries) => new Set(entries.map((e) => e.slug)).size === entries.length, {
    message: 'Two entries share a slug.',
  })
  .superRefine((entries, ctx) => {
    const slugs = new Set(entries.map((e) => e.slug));
    for (const e of entries) {
      for (const r of e.related) {
        if (!slugs.has(r)) ctx.addIssue({ code: 'custom', message: `Entry ${e.slug} relates to unknown entry "${r}".` });
        if (r === e.slug) ctx.addIssue({ code: 'custom', message: `Entry ${e.slug} lists itself as related.` });
      }
    }
  });
