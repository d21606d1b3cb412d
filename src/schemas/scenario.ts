import { z } from 'astro/zod';

/**
 * Scenarios for the executed snippets (`content/errors/<slug>/scenarios.ts`).
 *
 * A scenario is a script of responses that the local fault server
 * (`tests/snippets/fault-server.ts`) plays back, one step per HTTP attempt, plus what the
 * snippet must do with it: how many attempts the server sees, what the call returns or
 * raises, and which waits were requested (by the SDK's own retry loop or by the snippet).
 * The same scenario runs against the Python and the TypeScript snippet of the page, on every
 * SDK version the tests run (tests/snippets/sdk-versions.ts). Where versions behave differently,
 * the scenario says so, never skips: the raised exception per version range (`python` /
 * `typescript` as a list of `{ versions, … }`), and attempts, waits or logged request IDs per
 * language and range (`expect.byVersion`). `expectationFor()` resolves them for one version.
 */

/** A release version `MAJOR.MINOR.PATCH` as three numbers, or null if it is not one. */
export function parseVersion(version: string): [number, number, number] | null {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function compareVersions(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

const COMPARATOR = /^(>=|<=|>|<|=)?(\d+\.\d+\.\d+)$/;

/** The comparator sets of a range (`||` between sets, spaces between the comparators of a set), or null if invalid. */
function parseRange(range: string): Array<Array<{ op: string; version: [number, number, number] }>> | null {
  const sets = range.split('||').map((set) => set.trim().split(/\s+/).filter(Boolean));
  if (sets.some((set) => set.length === 0)) return null;
  const parsed = sets.map((set) =>
    set.map((c) => {
      const m = COMPARATOR.exec(c);
      return m ? { op: m[1] ?? '=', version: parseVersion(m[2]!)! } : null;
    }),
  );
  return parsed.some((set) => set.includes(null))
    ? null
    : (parsed as Array<Array<{ op: string; version: [number, number, number] }>>);
}

/** True if `range` is a version range this module understands, e.g. `>=1.17.0`, `>=1.12.0 <1.17.0`, `<2.0.0 || >=2.5.0`. */
export function isVersionRange(range: string): boolean {
  return parseRange(range) !== null;
}

/**
 * Whether `version` (`MAJOR.MINOR.PATCH`) is in `range`: comparators `>=`, `>`, `<=`, `<`, `=` (or none, meaning
 * `=`) on full versions; all comparators of a space-separated set must hold; `||` joins sets. Throws on bad input.
 */
export function versionInRange(version: string, range: string): boolean {
  const v = parseVersion(version);
  if (!v) throw new Error(`not a MAJOR.MINOR.PATCH version: "${version}"`);
  const sets = parseRange(range);
  if (!sets) throw new Error(`not a version range: "${range}"`);
  return sets.some((set) =>
    set.every(({ op, version: w }) => {
      const c = compareVersions(v, w);
      return op === '>=' ? c >= 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : op === '<' ? c < 0 : c === 0;
    }),
  );
}

/** An SDK version range, e.g. `>=1.17.0` or `>=1.12.0 <1.17.0` (see `versionInRange`). */
const versionRangeSchema = z.string().refine(isVersionRange, {
  message: 'expected a version range such as ">=1.17.0", ">=1.12.0 <1.17.0" or "<2.0.0 || >=2.5.0"',
});

/** Extra response headers, sent verbatim (names in lower case, e.g. `retry-after`, `x-should-retry`). */
const headersSchema = z.record(z.string(), z.string());

/** The error object inside an API error body (`{"type":"error","error":{…},"request_id":…}`). */
const apiErrorSchema = z.object({
  /** `error.type`, e.g. `rate_limit_error`, `api_error`, `overloaded_error`. */
  type: z.string(),
  /** `error.message`, e.g. `Overloaded`. */
  message: z.string(),
  /** `error.details`, present on some errors, e.g. `{ error_code: 'enforced_spend_limit_reached' }`. */
  details: z.record(z.string(), z.unknown()).optional(),
});

/** A successful response: a Messages API message, or a complete SSE stream when the request had `stream: true`. */
const messageStepSchema = z.object({
  /** Discriminator. */
  kind: z.literal('message'),
  /** How many consecutive attempts get this response (default 1). */
  times: z.number().int().positive().optional(),
});

/** An HTTP error response with the API's error body and headers (`request-id` is always sent). */
const errorStepSchema = z.object({
  /** Discriminator. */
  kind: z.literal('error'),
  /** HTTP status, e.g. 429, 500, 529. */
  status: z.number().int().min(400).max(599),
  /** The `error` object of the body. */
  error: apiErrorSchema,
  /** Extra headers such as `retry-after` (seconds), `retry-after-ms`, `x-should-retry`. */
  headers: headersSchema.optional(),
  /** Send `retry-after` as an HTTP date this many seconds after the response is sent. */
  retryAfterDateIn: z.number().positive().optional(),
  /** How many consecutive attempts get this response (default 1). */
  times: z.number().int().positive().optional(),
});

/** HTTP 200 with an SSE stream that sends a few events, then `event: error` and ends. */
const streamErrorStepSchema = z.object({
  /** Discriminator. */
  kind: z.literal('stream-error'),
  /** The `error` object of the `event: error` data. */
  error: apiErrorSchema,
  /** How many consecutive attempts get this response (default 1). */
  times: z.number().int().positive().optional(),
});

/** The server reads the request, then destroys the socket without answering. */
const dropStepSchema = z.object({
  /** Discriminator. */
  kind: z.literal('drop'),
  /** How many consecutive attempts get this response (default 1). */
  times: z.number().int().positive().optional(),
});

/**
 * The server sends the status line and headers of a complete JSON message (with its
 * `content-length`), then part of the body, then destroys the socket: the connection drops
 * while the client reads a non-streamed body.
 */
const cutBodyStepSchema = z.object({
  /** Discriminator. */
  kind: z.literal('cut-body'),
  /** Extra headers, e.g. `x-should-retry`. */
  headers: headersSchema.optional(),
  /** How many consecutive attempts get this response (default 1). */
  times: z.number().int().positive().optional(),
});

/** The server answers with a normal message only after `delayMs`, i.e. after the client's timeout. */
const slowStepSchema = z.object({
  /** Discriminator. */
  kind: z.literal('slow'),
  /** Delay before the response starts, in milliseconds; must exceed the scenario's `clientTimeoutMs`. */
  delayMs: z.number().int().positive(),
  /** How many consecutive attempts get this response (default 1). */
  times: z.number().int().positive().optional(),
});

/**
 * An HTTP error response whose body is sent verbatim instead of the API's JSON error body:
 * for a response that does not come from the API servers (e.g. a 413 from the edge, whose
 * body the reference does not give). `request-id` is sent as with every step.
 */
const rawStepSchema = z.object({
  /** Discriminator. */
  kind: z.literal('raw'),
  /** HTTP status, e.g. 413. */
  status: z.number().int().min(400).max(599),
  /** The body, sent as is (`content-type: text/plain` unless `headers` sets one); may be empty. */
  body: z.string(),
  /** Extra headers. */
  headers: headersSchema.optional(),
  /** How many consecutive attempts get this response (default 1). */
  times: z.number().int().positive().optional(),
});

/** One step of the server's script: the response to one HTTP attempt. */
export const faultStepSchema = z.discriminatedUnion('kind', [
  messageStepSchema,
  errorStepSchema,
  streamErrorStepSchema,
  dropStepSchema,
  cutBodyStepSchema,
  slowStepSchema,
  rawStepSchema,
]);

/** A requested wait, in seconds: an exact value, or an inclusive `[min, max]` range for jittered waits. */
const waitSchema = z.object({
  /** Who asked for the wait: the SDK's internal retry loop, or the snippet's own code (its `sleep` parameter). */
  by: z.enum(['sdk', 'snippet']),
  /** Seconds requested: exact, or `[min, max]`. */
  seconds: z.union([z.number().nonnegative(), z.tuple([z.number().nonnegative(), z.number().nonnegative()])]),
});

/** An attribute value to compare; `null` stands for Python `None` / TypeScript `null` or `undefined`. */
const attrValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** The exception one language must raise. */
const raisedBaseSchema = z.object({
  /**
   * Exact class name (not a subclass): looked up in the snippet module, then the SDK, then the language's
   * built-ins. Omit it only where the class is not known for a version (then give `instanceOf`).
   */
  class: z.string().optional(),
  /** Classes the exception must also be an instance of. */
  instanceOf: z.array(z.string()).optional(),
  /** Classes the exception must not be an instance of (e.g. Python `OverloadedError` before 2.5.0 is not an `InternalServerError`). */
  notInstanceOf: z.array(z.string()).optional(),
  /** Attributes to compare with `===` / `==`, e.g. `{ status_code: 200, type: 'overloaded_error' }`. */
  attrs: z.record(z.string(), attrValueSchema).optional(),
  /** A substring the exception's message must contain. */
  messageIncludes: z.string().optional(),
  /**
   * A regular expression the whole message must match (JavaScript `RegExp` / Python `re.fullmatch`;
   * keep to syntax both share), for messages with variable parts such as a port or a request ID.
   */
  messageMatches: z
    .string()
    .refine((source) => {
      try {
        new RegExp(source);
        return true;
      } catch {
        return false;
      }
    }, 'not a valid regular expression')
    .optional(),
});

const classOrInstanceOf = (r: { class?: string | undefined; instanceOf?: string[] | undefined }) =>
  r.class !== undefined || (r.instanceOf?.length ?? 0) > 0;
const classOrInstanceOfMessage = { message: 'give `class`, or `instanceOf` when the exact class is not known' };

/** The exception one language must raise, and optionally the one it wraps. */
const raisedShape = raisedBaseSchema.extend({
  /** The wrapped exception (Python `__cause__`, TypeScript `cause`), e.g. the SDK error behind a snippet's own error. */
  cause: raisedBaseSchema.refine(classOrInstanceOf, classOrInstanceOfMessage).optional(),
});
const raisedSchema = raisedShape.refine(classOrInstanceOf, classOrInstanceOfMessage);

/** The exception for the SDK versions in `versions`. */
const rangedRaisedSchema = raisedShape
  .extend({
    /** SDK versions this expectation is for. */
    versions: versionRangeSchema,
  })
  .refine(classOrInstanceOf, classOrInstanceOfMessage);

/**
 * The exception one language must raise: the same for every SDK version, or one per version range
 * (newest first; exactly one range must contain the version under test, else the scenario fails).
 */
const languageRaisedSchema = z.union([raisedSchema, z.array(rangedRaisedSchema).min(1)]);

/** What the call ends with. */
const outcomeSchema = z.discriminatedUnion('kind', [
  z.object({
    /** The call returns the server's message (its text is checked). */
    kind: z.literal('message'),
  }),
  z.object({
    /** The call raises. */
    kind: z.literal('error'),
    /** The exception the Python snippet raises (`anthropic`), for all versions or per version range. */
    python: languageRaisedSchema,
    /** The error the TypeScript snippet throws (`@anthropic-ai/sdk`), for all versions or per version range. */
    typescript: languageRaisedSchema,
  }),
]);

/** The SDK languages the snippets are written in. */
const languageSchema = z.enum(['python', 'typescript']);

/** Attempts, waits or logged request IDs for one language's SDK versions in a range. */
const versionOverrideSchema = z.object({
  /** The SDK's language. */
  language: languageSchema,
  /** SDK versions this applies to. */
  versions: versionRangeSchema,
  /** HTTP attempts the server must see. */
  attempts: z.number().int().positive().optional(),
  /** Every wait requested between attempts, in order. */
  waits: z.array(waitSchema).optional(),
  /** 1-based attempt numbers whose `request-id` the snippet must log. */
  loggedRequestIds: z.array(z.number().int().positive()).optional(),
});

export const snippetScenarioSchema = z.object({
  /** Stable kebab-case id, unique within the page. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** One short line per language, shown under the snippet on the site. */
  title: z.object({
    /** English title. */
    en: z.string().min(1),
    /** Korean title (code, class and header names stay in English). */
    ko: z.string().min(1),
  }),
  /** The server's script, one step per HTTP attempt in order; the last step repeats for any further attempts. */
  responses: z.array(faultStepSchema).min(1),
  /** Client timeout the test constructs the SDK client with, in milliseconds (default: the SDK's 10 minutes). */
  clientTimeoutMs: z.number().int().positive().optional(),
  /**
   * Run with real waits. By default the runners record every requested wait and sleep only a
   * fraction of it so the suite stays fast; real-time scenarios prove the gaps at the server.
   */
  realTime: z.boolean().optional(),
  /** What must happen. */
  expect: z.object({
    /** HTTP attempts the server must see (SDK retries × snippet calls). */
    attempts: z.number().int().positive(),
    /** Result or exception. */
    outcome: outcomeSchema,
    /** Every wait requested between attempts, in order (one per gap between attempts). */
    waits: z.array(waitSchema),
    /**
     * 1-based attempt numbers whose `request-id` the snippet must log, and no others
     * (for snippets that log failures). Omit when the snippet does not log.
     */
    loggedRequestIds: z.array(z.number().int().positive()).optional(),
    /**
     * Where one language's SDK versions differ in attempts, waits or logged request IDs: the values
     * for that language and version range replace the ones above (the first matching entry wins).
     */
    byVersion: z.array(versionOverrideSchema).optional(),
  }),
});

/** A step of the fault server's script. */
export type FaultStep = z.infer<typeof faultStepSchema>;
/** A wait the code requested between two attempts. */
export type ExpectedWait = z.infer<typeof waitSchema>;
/** An exception a snippet must raise. */
export type ExpectedError = z.infer<typeof raisedSchema>;
/** A snippet language. */
export type Language = z.infer<typeof languageSchema>;
/** A scenario for a page's snippets, as declared in `content/errors/<slug>/scenarios.ts`. */
export type SnippetScenario = z.infer<typeof snippetScenarioSchema>;

/** A scenario's expectations for one language and SDK version, with every version range resolved. */
export interface ResolvedExpectation {
  attempts: number;
  outcome: { kind: 'message' } | { kind: 'error'; raised: ExpectedError };
  waits: ExpectedWait[];
  loggedRequestIds?: number[] | undefined;
}

/**
 * What `scenario` expects of the `language` snippet running on SDK `version`. Throws if a per-version
 * list has no entry, or more than one, for the version: a version no expectation covers is a failure.
 */
export function expectationFor(scenario: SnippetScenario, language: Language, version: string): ResolvedExpectation {
  const { expect } = scenario;
  const override = expect.byVersion?.find((o) => o.language === language && versionInRange(version, o.versions));
  let outcome: ResolvedExpectation['outcome'] = { kind: 'message' };
  if (expect.outcome.kind === 'error') {
    const spec = expect.outcome[language];
    if (Array.isArray(spec)) {
      const matches = spec.filter((r) => versionInRange(version, r.versions));
      if (matches.length !== 1) {
        throw new Error(
          `scenario ${scenario.id}: ${matches.length} ${language} expectations for version ${version} ` +
            `(ranges: ${spec.map((r) => r.versions).join('; ')}); exactly one must match`,
        );
      }
      const { versions: _versions, ...raised } = matches[0]!;
      outcome = { kind: 'error', raised };
    } else {
      outcome = { kind: 'error', raised: spec };
    }
  }
  return {
    attempts: override?.attempts ?? expect.attempts,
    outcome,
    waits: override?.waits ?? expect.waits,
    loggedRequestIds: override?.loggedRequestIds ?? expect.loggedRequestIds,
  };
}
