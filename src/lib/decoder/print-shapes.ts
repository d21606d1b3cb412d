// How the SDKs, the tools that wrap them, HTTP clients and gateways print a Claude API error: the
// patterns the recognisers look for. Entries are named by slug; whether a slug exists is checked when
// the decoder compiles its index, so a renamed entry fails the tests, not the reader.
//
// Every pattern is linear: no nested unbounded quantifiers, every repeated run bounded.
import type { Platform } from '../../../content/errors/platform-errors.ts';

/** Which SDK range printed a message in this form (sdk-versions-2026-12.md §1 T1, T2, T4, T5; §2 P8, P10). */
export type SdkRangeId =
  | 'ts-1.17-or-later'
  | 'ts-1.16-or-earlier'
  | 'ts-connection-error'
  | 'py-1x-or-earlier'
  | 'py-connection-before-2.17';

/**
 * What each printed form says about the SDK, and `version`: one release inside that range, used to
 * pick the registry's class record (and so the parent) that applies to the paste.
 */
export const sdkRangeFacts: Record<SdkRangeId, { sdk: 'python' | 'typescript'; text: string; version: string }> = {
  'ts-1.17-or-later': { sdk: 'typescript', text: 'TypeScript SDK 1.17.0 or later', version: '1.17.0' },
  'ts-1.16-or-earlier': { sdk: 'typescript', text: 'TypeScript SDK 1.16.0 or earlier', version: '1.16.0' },
  'ts-connection-error': {
    sdk: 'typescript',
    text: 'TypeScript SDK 1.16.0 or earlier (1.17.0 prints it only for a connection cut while the body is read)',
    version: '1.16.0',
  },
  'py-1x-or-earlier': { sdk: 'python', text: 'Python SDK 1.x or earlier (how 2.x prints it is not confirmed)', version: '1.13.0' },
  'py-connection-before-2.17': {
    sdk: 'python',
    text: 'Python SDK before 2.17.0 (2.17.0 changed this message; its new wording is not confirmed)',
    version: '1.13.0',
  },
};

/** Message forms that tell the SDK range, with the SDK they belong to. */
export const SDK_FORMATS: ReadonlyArray<{ range: SdkRangeId; pattern: RegExp }> = [
  // TS 1.17.0: `RateLimitError: 429 You have reached… (error_code: …, request_id: …, path: …, type: …)`.
  { range: 'ts-1.17-or-later', pattern: /\b[A-Z]\w{0,60}Error: \d{3} [^\n]{0,2000}\((?:error_code: [\w.-]{1,80}, )?request_id: [^,)\n]{0,80}, path: [^,)\n]{0,200}, type: \w{1,60}\)/ },
  // TS 1.17.0 mid-stream: `APIError: Overloaded (request_id: …, path: …, type: overloaded_error)`.
  { range: 'ts-1.17-or-later', pattern: /\bAPIError: (?!\d{3} )[^\n{]{0,2000}\(request_id: [^,)\n]{0,80}, path: [^,)\n]{0,200}, type: \w{1,60}\)/ },
  // TS 1.17.0 connection errors: `Connection to host:port failed: UND_ERR_SOCKET`, `Request to host timed out after 600s`.
  { range: 'ts-1.17-or-later', pattern: /\bConnection to [\w.[\]:-]{1,200} failed: \w{1,60}|\bRequest to [\w.[\]:-]{1,200} timed out\b/ },
  // TS before 1.17.0: the whole body as the message.
  { range: 'ts-1.16-or-earlier', pattern: /\b[A-Z]\w{0,60}Error: (?:\d{3} )?\{"type":"error"/ },
  { range: 'ts-1.16-or-earlier', pattern: /(?<![\w.])APIConnectionTimeoutError: Request timed out\./ },
  { range: 'ts-connection-error', pattern: /(?<![\w.])APIConnectionError: Connection error\./ },
  // Python 0.x–1.x: `Error code: 429 - {…}`.
  { range: 'py-1x-or-earlier', pattern: /\bError code: ?\d{3} ?- ?\{/ },
];

/** Python connection messages, told apart from TypeScript's by the Python signs around them. */
export const PY_CONNECTION_FORMAT = /\b(?:anthropic\.)?(?:APIConnectionError: Connection error\.|APITimeoutError: Request timed out\.)/;

/**
 * What tools that wrap the SDKs print instead of the SDK's message: Claude Code's own lines, LiteLLM's
 * exception text, and the messages users see in place of the body. `knownMessage` names a message
 * variant the entry's page explains.
 */
export const PHRASES: ReadonlyArray<{ slug: string; pattern: RegExp; knownMessage?: string; inStream?: boolean }> = [
  { slug: '429', pattern: /\bRate limit reached\b/ },
  { slug: '429', pattern: /\bServer is temporarily limiting requests\b/ },
  { slug: '429', pattern: /\bToo many (?:tokens|requests), please wait before trying again\b/ },
  { slug: '400', pattern: /\bcredit balance is too low\b/i, knownMessage: 'credit-balance-too-low' },
  { slug: '400', pattern: /\bprompt is too long\b/i, knownMessage: 'prompt-too-long' },
  { slug: '400', pattern: /\bStreaming is required for operations that may take longer than 10 minutes\b/, knownMessage: 'streaming-required' },
  { slug: '400', pattern: /\bwith on-demand throughput isn.t supported\b/ },
  { slug: '403', pattern: /\bYou don't have access to the model with the specified model ID\b/ },
  { slug: '413', pattern: /\bRequest exceeds the maximum size\b/ },
  { slug: '500', pattern: /\bInternal server error\. This is a server-side issue\b/ },
  { slug: '529', pattern: /\bOverloaded\. This is a server-side issue\b/ },
  // LiteLLM: `litellm.InternalServerError: AnthropicException - Overloaded`, `AnthropicError: Overloaded`.
  { slug: '529', pattern: /\bAnthropic(?:Exception|Error)\b[ \t:-]{1,6}Overloaded\b/ },
];

/** A wrapper that read the error out of a stream: LiteLLM's stream parser, the Vercel AI SDK's chunk schema, Go's stream reader. */
export const STREAM_WRAPPERS: readonly RegExp[] = [
  /\bchunk_parser\b|\bcompletion_stream\b|\bCustomStreamWrapper\b|\bhandle_anthropic_chunk\b/,
  /Type validation failed: Value: \{"type":"error"/,
  /\breceived error while streaming\b/,
  /\bSSE Error:/,
  // A recorded SSE frame: `{"event": "error", "data": …}`.
  /['"]event['"][ \t]*:[ \t]*['"]error['"][ \t]*,[ \t]*['"]data['"]/,
  // An SSE data line whose payload is an error object.
  /^[ \t]*data:[ \t]*\{[ \t]*"(?:type"[ \t]*:[ \t]*"error|error"[ \t]*:[ \t]*\{)/m,
];

/** `"details": null` / `'details': None` inside an error: the envelope of an error event in a stream. */
export const NULL_DETAILS = /\\?['"]details\\?['"][ \t]*:[ \t]*(?:null|None)\b/;

/** Network failures below HTTP: no response, so the connection-error entry. */
export const CONNECTION_SIGNS: ReadonlyArray<{ value: string; pattern: RegExp }> = [
  { value: 'Connection error.', pattern: /\bConnection error\b/ },
  { value: 'Request timed out.', pattern: /\bRequest timed out\.(?!\w)|\bRequest timed out\)/ },
  { value: 'Connection to … failed', pattern: /\bConnection to [\w.[\]:-]{1,200} failed: \w{1,60}/ },
  { value: 'Request to … timed out', pattern: /\bRequest to [\w.[\]:-]{1,200} timed out\b/ },
  { value: 'Unable to connect to API', pattern: /\bUnable to connect to API\b/ },
  { value: 'socket closed', pattern: /\bThe socket connection was closed unexpectedly\b|\bsocket hang up\b|\bother side closed\b/ },
  { value: 'fetch failed', pattern: /\bTypeError:? \(?fetch failed\b|\bTypeError: terminated\b/ },
  { value: 'network error code', pattern: /\b(?:ECONNRESET|ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|EPIPE|EHOSTUNREACH|UND_ERR_SOCKET|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT)\b/ },
  { value: 'httpx transport error', pattern: /\bhttpx\.(?:ConnectError|ConnectTimeout|ReadTimeout|ReadError|RemoteProtocolError|PoolTimeout)\b|\bServer disconnected without sending a response\b|\bpeer closed connection\b/ },
];

/** How wrappers, HTTP clients and gateways write the status, each with the context it counts as. */
export const EXTRA_STATUS_PATTERNS: ReadonlyArray<['wrapper' | 'http-client' | 'gateway' | 'status-line', RegExp]> = [
  // Claude Code and others: `API Error: 529 …`, `API Error (529 {…})`, `api error 500 …`.
  ['wrapper', /\bAPI Error[ \t]*[:(]?[ \t]*(\d{3})(?![\d.])/gi],
  // Continue and others: `Status Code: 403`; Swift: `HTTP status code: 429`.
  ['wrapper', /\bstatus code[ \t]*:?[ \t]*(\d{3})\b/gi],
  // `failed with status 429`, `status 400 Bad Request`, `HTTP 401 authentication_error`.
  ['status-line', /\b(?:status|HTTP)[ \t]+(\d{3})\b/gi],
  // `Forbidden (403)`, `Overloaded (529)`.
  ['status-line', /\b[A-Z][a-z]{2,20}(?: [A-Z][a-z]{1,20}){0,3} \(([45]\d\d)\)/g],
  // A status with its reason phrase: `404 Not Found`, `429 Too Many Requests`, `529 Overloaded`.
  [
    'status-line',
    /\b([45]\d\d) (?:Bad Request|Unauthorized|Payment Required|Forbidden|Not Found|Conflict|Request Entity Too Large|Content Too Large|Payload Too Large|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|Overload(?:ed)?)\b/gi,
  ],
  // A status in front of a body: `401 {"type":"error",…}`, `✖ 403 {…}`, `429 [{"error":…}]`.
  ['status-line', /(?:^|[ \t✖✗×>·•:])([45]\d\d)[ \t]*\r?\n?[ \t]*[{[]/gm],
  // httpx: `Server error '529 ' for url …`, `Client error '400 Bad Request' for url …`.
  ['http-client', /\b(?:Server|Client) error '(\d{3})[^'\n]{0,60}' for url\b/g],
  // HTML error pages: `<title>504 Gateway Time-out</title>`, `<title>api.anthropic.com | 504: Gateway time-out</title>`.
  ['gateway', /<title>(?:[^<|\n]{1,120}\| )?(\d{3})[: ][^<\n]{0,120}<\/title>/g],
  // Claude Code's summary of a Cloudflare page: `(api.anthropic.com | 504: Gateway time-out)`.
  ['gateway', /\| ([45]\d\d): [A-Z][\w -]{2,60}/g],
  // Envoy: `503 upstream connect error or disconnect/reset before headers`.
  ['gateway', /\b(5\d\d) upstream connect error\b/g],
];

/** Extra words that place a paste on a platform, beside the registry's markers. */
export const EXTRA_PLATFORM_MARKS: Record<Platform, readonly RegExp[]> = {
  bedrock: [
    /\$metadata\b[^\n]{0,40}\n?[^\n]{0,40}httpStatusCode/,
    /\$fault\b/,
    /\bamazonaws\.com\/model\/|\bbedrock-runtime\b/,
    /(?<![\w.-])(?:[a-z]{2}\.)?anthropic\.claude-[\w.-]{1,80}-v\d+(?::\d+)?\b/,
    /\bAWSBedrockRuntime\b|\bcom\.amazon\.bedrock\b/,
    /\bBedrock is unable to process your request\b/,
  ],
  vertex: [/\breq_vrtx_/, /\bpublishers\/anthropic\b/, /\baiplatform\.googleapis\.com\b/, /\banthropic-claude-[\w.-]{1,80}/, /\bVertexAIException\b/, /\bvertex_ai\//],
};

/** Platform messages the registry does not list by text, with the platform error they are. */
export const EXTRA_PLATFORM_MESSAGES: ReadonlyArray<{ platform: Platform; name: string; pattern: RegExp }> = [
  { platform: 'bedrock', name: 'ServiceUnavailableException', pattern: /\bBedrock is unable to process your request\b/ },
];
