// Text scanning for the paste decoder: finds statuses, headers, request IDs, messages and error codes
// in whatever was pasted (JSON, Python reprs, Node's util.inspect output, raw HTTP, SSE), without
// parsing it as any one format, so truncated and malformed pastes still yield what they contain.
//
// Every pattern here runs in linear time: no nested unbounded quantifiers, and every repeated run is
// bounded, so a 1 MB paste is scanned in milliseconds and never hangs the tab.

/** One thing found in the text, with where it was found. */
export interface Hit<T> {
  value: T;
  /** Offset of the matched text in the input. */
  index: number;
  /** The matched text, verbatim. */
  text: string;
}

/** Where a status code was found; the context is what makes a three-digit number a status. */
export type StatusContext = 'status-line' | 'sdk-message' | 'field' | 'bare';

/**
 * Hits kept per pattern at each end of the paste. A 1 MB log can hold a hundred thousand matches; the
 * decoder only needs the first ones (to quote) and the last ones (the final error), and keeping all of
 * them would spend the time budget on allocation and garbage collection.
 */
export const HITS_KEPT_AT_EACH_END = 32;

/** Maps the matches of a global pattern, keeping the first and last HITS_KEPT_AT_EACH_END results. */
export function keptMatches<T>(pattern: RegExp, text: string, toHit: (m: RegExpExecArray) => T | undefined): T[] {
  const head: T[] = [];
  const tail: T[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    // An empty match would not advance the search.
    if (m[0] === '') pattern.lastIndex++;
    const hit = toHit(m);
    if (hit === undefined) continue;
    if (head.length < HITS_KEPT_AT_EACH_END) head.push(hit);
    else {
      tail.push(hit);
      if (tail.length > HITS_KEPT_AT_EACH_END) tail.shift();
    }
  }
  return [...head, ...tail];
}

/** The first and last matches of a global pattern; `group` picks the captured value (0: the whole match). */
export function hits(pattern: RegExp, text: string, group = 1): Hit<string>[] {
  return keptMatches(pattern, text, (m) => {
    const value = m[group];
    if (value === undefined) return undefined;
    // Report the offset of the captured value, not of the context around it.
    const offset = group === 0 ? 0 : m[0].indexOf(value);
    return { value, index: m.index + Math.max(offset, 0), text: value };
  });
}

const STATUS_PATTERNS: ReadonlyArray<[StatusContext, RegExp]> = [
  // `HTTP/1.1 429 Too Many Requests`, `HTTP/2 529`, httpx's log line `"HTTP/1.1 529 Overloaded"`.
  ['status-line', /\bHTTP\/\d(?:\.\d)?[ \t]+(\d{3})\b/g],
  // Python SDK: `Error code: 429 - {...}`.
  ['sdk-message', /\bError code:[ \t]*(\d{3})\b/g],
  // TypeScript SDK and AWS/Google style: `RateLimitError: 429 {...}`, `ResourceExhausted: 429 Resource exhausted`.
  ['sdk-message', /(?:Error|Exception|Exhausted|Unavailable|Exceeded|Denied|Found|Argument|Precondition):[ \t]+(\d{3})(?=[ \t{[(]|$)/gm],
  // Fields: `status: 429`, `status_code=429`, `"status": 429`, `httpStatusCode: 429`, Google's `"code": 429`.
  ['field', /\b(?:status|status_code|statusCode|httpStatusCode|http_status|code)['"]?[ \t]*(?:==|=|:)[ \t]*(\d{3})\b/g],
];

/** Three-digit numbers that the text presents as an HTTP status, in text order, with the context that says so. */
export function statusHits(text: string): Array<Hit<number> & { context: StatusContext }> {
  return STATUS_PATTERNS.flatMap(([context, pattern]) => hits(pattern, text).map((h) => ({ ...h, value: Number(h.value), context })))
    .sort((a, b) => a.index - b.index);
}

/** A `key: value` pair in JSON, a Python dict repr, Node's inspect output or a header line. */
function keyValue(keys: string, value: string, flags = 'g'): RegExp {
  return new RegExp(`(?:^|[^\\w-])['"]?(?:${keys})['"]?[ \\t]*[:=][ \\t]*['"]?(${value})`, flags);
}

const REQUEST_ID = 'req_[A-Za-z0-9]{8,64}';
const LABELLED_REQUEST_ID = keyValue('request_id|request-id|requestID|requestId|x-request-id', REQUEST_ID, 'gi');
const ANY_REQUEST_ID = new RegExp(`\\b${REQUEST_ID}\\b`, 'g');
/** AWS request IDs (UUIDs), as headers, botocore's `RequestId` or the JS SDK's `$metadata.requestId`. */
const AWS_REQUEST_ID = keyValue('x-amzn-requestid|x-amzn-request-id|RequestId|requestId', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'gi');

/** The Anthropic request IDs in the text: labelled ones (body, header, SDK attribute) first. */
export function requestIdHits(text: string): Hit<string>[] {
  const labelled = hits(LABELLED_REQUEST_ID, text);
  return labelled.length > 0 ? labelled : hits(ANY_REQUEST_ID, text, 0);
}

export function awsRequestIdHits(text: string): Hit<string>[] {
  return hits(AWS_REQUEST_ID, text);
}

const ERROR_CODE = keyValue('error_code|errorCode', '[a-z][a-z0-9_]{1,80}');
/** `error.details.error_code` values (JSON, Python repr, TypeScript's `errorCode`). */
export function errorCodeHits(text: string): Hit<string>[] {
  // `errorCode: null` (TypeScript) and `'details': None` (Python) say there is none.
  return hits(ERROR_CODE, text).filter((h) => h.value !== 'null' && h.value !== 'undefined');
}

// Also Ruby's and PHP's header dumps: `"retry-after" => ["4"]`.
const RETRY_AFTER = /(?:^|[^\w-])['"]?(retry-after(?:-ms)?)['"]?[ \t]*(?:=>|[:=])[ \t]*\[?[ \t]*['"]?([^\s'",}\]]{1,64}(?:,[ \t]*\d{1,2}[ \t][A-Za-z]{3}[ \t]\d{4}[ \t][\d:]{8}[ \t]GMT)?)/gi;

/** `retry-after` and `retry-after-ms` headers, in any of the forms they are printed. */
export function retryAfterHits(text: string): Array<Hit<string> & { header: 'retry-after' | 'retry-after-ms' }> {
  return keptMatches(RETRY_AFTER, text, (m) => {
    const value = m[2];
    if (value === undefined) return undefined;
    const header = (m[1] ?? '').toLowerCase() === 'retry-after-ms' ? ('retry-after-ms' as const) : ('retry-after' as const);
    return { header, value, index: m.index, text: m[0].trim() };
  });
}

/**
 * Seconds to wait from a header value, the way the SDKs read it: `retry-after-ms` as float
 * milliseconds; `retry-after` as float seconds, else as an HTTP-date relative to `now` (ms).
 * Returns null for a value that is neither.
 */
export function retryAfterSeconds(header: 'retry-after' | 'retry-after-ms', raw: string, now: number): number | null {
  const value = raw.trim();
  if (/^\d+(?:\.\d+)?$/.test(value)) return header === 'retry-after-ms' ? Number(value) / 1000 : Number(value);
  if (header === 'retry-after-ms') return null;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : (date - now) / 1000;
}

const SHOULD_RETRY = /(?:^|[^\w-])['"]?x-should-retry['"]?[ \t]*[:=][ \t]*['"]?(true|false)\b/gi;
/** The `x-should-retry` header the SDKs obey before anything else. */
export function shouldRetryHits(text: string): Hit<boolean>[] {
  return hits(SHOULD_RETRY, text).map((h) => ({ ...h, value: h.value.toLowerCase() === 'true' }));
}

const MESSAGE = /(?:^|[^\w-])['"]?(?:message|apiMessage)['"]?[ \t]*[:=][ \t]*(?:"((?:[^"\\\n]|\\.){0,4000})"|'((?:[^'\\\n]|\\.){0,4000})')/g;

/** `message` values, unescaped; from JSON, Python reprs and Node's inspect output. */
export function messageHits(text: string): Hit<string>[] {
  return keptMatches(MESSAGE, text, (m) => {
    const double = m[1];
    const raw = double ?? m[2];
    if (raw === undefined) return undefined;
    return { value: unescape(raw, double !== undefined), index: m.index + m[0].indexOf(raw), text: raw };
  });
}

function unescape(raw: string, doubleQuoted: boolean): string {
  if (doubleQuoted) {
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      // A Python repr in double quotes uses Python escapes; fall through to the simple rules.
    }
  }
  return raw.replace(/\\(['"\\])/g, '$1').replace(/\\n/g, '\n');
}

const SSE_ERROR = /(?:^|\n)[ \t]*event:[ \t]*error[ \t]*\r?\n[ \t]*data:[ \t]*([^\n]{0,20000})/g;
/** `event: error` lines of a server-sent event stream, with their `data:` payload. */
export function sseErrorHits(text: string): Hit<string>[] {
  return keptMatches(SSE_ERROR, text, (m) => ({
    value: m[1] ?? '',
    index: m.index + (m[0].startsWith('\n') ? 1 : 0),
    text: m[0].replace(/^\n/, ''),
  }));
}

/** Signs that a paste was printed by Python or by Node, counted to tell the SDKs apart. */
const PYTHON_SIGNS = [/(?<![\w@/.-])anthropic\.(?:_exceptions\.)?[A-Z]\w{0,60}Error\b/, /Traceback \(most recent call last\)/, /^\s*File "[^"\n]{1,500}", line \d+/m, /\bError code: \d{3} - /, /\bstatus_code\b/, /'type': 'error'/];
const NODE_SIGNS = [/^\s+at [^\n]{1,500}[(:]\d*/m, /node_modules\/@anthropic-ai\//, /\brequestID:/, /file:\/\/\//, /^[A-Z]\w*Error: \d{3} [{(]/m];

/** Counts the Python and Node signs in the text (each pattern counts once). */
export function runtimeSigns(text: string): { python: number; node: number } {
  const count = (patterns: readonly RegExp[]) => patterns.filter((p) => p.test(text)).length;
  return { python: count(PYTHON_SIGNS), node: count(NODE_SIGNS) };
}

/** 1-based line number of an offset. */
export function lineOf(text: string, index: number): number {
  let line = 1;
  let at = text.indexOf('\n');
  while (at !== -1 && at < index) {
    line++;
    at = text.indexOf('\n', at + 1);
  }
  return line;
}

/** The matched text with up to `room` characters of its line on each side, for showing why it matched. */
export function excerptAt(text: string, index: number, length: number, room = 40): { before: string; match: string; after: string } {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const lineEndAt = text.indexOf('\n', index + length);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  const from = Math.max(lineStart, index - room);
  const to = Math.min(lineEnd, index + length + room);
  return {
    before: (from > lineStart ? '…' : '') + text.slice(from, index).trimStart(),
    match: text.slice(index, index + length),
    after: text.slice(index + length, to).trimEnd() + (to < lineEnd ? '…' : ''),
  };
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern that matches any of the words, whole, longest first (so `InvokeModelWithResponseStream` beats `InvokeModel`). */
export function wordsPattern(words: readonly string[], flags = 'g'): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // An impossible pattern for an empty list, so callers need no special case.
  if (sorted.length === 0) return /(?!)/g;
  // Letters, digits and `_` on either side make it part of a longer name; `.`, `-` and `/` do not
  // (`anthropic.RateLimitError`, `client-bedrock-runtime`).
  return new RegExp(`(?<![A-Za-z0-9_])(${sorted.join('|')})(?![A-Za-z0-9_])`, flags);
}
