import { z } from 'astro/zod';

/**
 * Scenarios for the executed snippets (`content/errors/<slug>/scenarios.ts`).
 *
 * A scenario is a script of responses that the local fault server
 * (`tests/snippets/fault-server.ts`) plays back, one step per HTTP attempt, plus what the
 * snippet must do with it: how many attempts the server sees, what the call returns or
 * raises, and which waits were requested (by the SDK's own retry loop or by the snippet).
 * The same scenario runs against the Python and the TypeScript snippet of the page.
 */

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
  /** Exact class name (not a subclass): looked up in the snippet module, then the SDK, then the language's built-ins. */
  class: z.string(),
  /** Classes the exception must also be an instance of. */
  instanceOf: z.array(z.string()).optional(),
  /** Classes the exception must not be an instance of (e.g. Python `OverloadedError` is not an `InternalServerError`). */
  notInstanceOf: z.array(z.string()).optional(),
  /** Attributes to compare with `===` / `==`, e.g. `{ status_code: 200, type: 'overloaded_error' }`. */
  attrs: z.record(z.string(), attrValueSchema).optional(),
  /** A substring the exception's message must contain. */
  messageIncludes: z.string().optional(),
});

/** The exception one language must raise, and optionally the one it wraps. */
const raisedSchema = raisedBaseSchema.extend({
  /** The wrapped exception (Python `__cause__`, TypeScript `cause`), e.g. the SDK error behind a snippet's own error. */
  cause: raisedBaseSchema.optional(),
});

/** What the call ends with. */
const outcomeSchema = z.discriminatedUnion('kind', [
  z.object({
    /** The call returns the server's message (its text is checked). */
    kind: z.literal('message'),
  }),
  z.object({
    /** The call raises. */
    kind: z.literal('error'),
    /** The exception the Python snippet raises. */
    python: raisedSchema,
    /** The error the TypeScript snippet throws. */
    typescript: raisedSchema,
  }),
]);

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
  }),
});

/** A step of the fault server's script. */
export type FaultStep = z.infer<typeof faultStepSchema>;
/** A wait the code requested between two attempts. */
export type ExpectedWait = z.infer<typeof waitSchema>;
/** An exception a snippet must raise. */
export type ExpectedError = z.infer<typeof raisedSchema>;
/** A scenario for a page's snippets, as declared in `content/errors/<slug>/scenarios.ts`. */
export type SnippetScenario = z.infer<typeof snippetScenarioSchema>;
