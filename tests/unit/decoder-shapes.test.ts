// The decoder on the paste shapes the first version got wrong, one rule each, so each rule can fail on
// its own: status lines written by wrappers and gateways, connection failures without a class, errors
// inside streams in other shapes, platform markers, other providers, the details (a Ruby retry-after,
// a wrapper's own class, a terminal-wrapped message), and the SDK range of a message form.
// Verdicts are read from the registry entry, never written here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entries, entryBySlug } from '../../src/lib/registry.ts';
import { buildDecoderIndex } from '../../src/lib/decoder/catalogue-index.ts';
import { decode, type RecogniserId } from '../../src/lib/decoder/decode.ts';
import { readFileSync } from 'node:fs';

const index = buildDecoderIndex(entries);
const REQ = 'req_011CSHoEeqs5C35K2UUqR7Fy';
const at = (input: string) => decode(input, index, { now: Date.parse('2026-12-06T00:00:00Z') });

const statusLines: Array<[string, string]> = [
  ['API Error: 529 Overloaded. This is a server-side issue', '529'],
  ['  ⎿  API Error (529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}) · Retrying in 1 seconds…', '529'],
  ['✻ 529 Overloaded · Retrying in 24s · attempt 10/10', '529'],
  ['Model: Claude Sonnet 4.5\nProvider: anthropic\nStatus Code: 403', '403'],
  ['[Issue] Anthropic - Forbidden (403)', '403'],
  ["httpx.HTTPStatusError: Server error '529 ' for url 'https://api.anthropic.com/v1/messages'", '529'],
  ["httpx.HTTPStatusError: Client error '400 Bad Request' for url 'https://api.anthropic.com/v1/messages'", '400'],
  ['API Error (api.anthropic.com | 504: Gateway time-out) · Retrying in 5 seconds…', '504'],
  ['<html><head><title>504 Gateway Time-out</title></head></html>', '504'],
  ['<title>api.anthropic.com | 520: Web server is returning an unknown error</title>', '500'],
  ['API Error (503 upstream connect error or disconnect/reset before headers. reset reason: remote connection failure)', '500'],
];
for (const [input, slug] of statusLines) {
  test(`a status written as «${input.slice(0, 50)}» decodes to ${slug}`, () => {
    assert.equal(at(input).match?.slug, slug);
  });
}

const connections = [
  'API Error (Connection error.) · Retrying in 1 seconds… (attempt 1/10)',
  'API Error (Request timed out.) · Retrying in 2 seconds… (attempt 3/10)',
  'TypeError: fetch failed',
  'API Error: Unable to connect to API (ECONNRESET)',
  'Error: getaddrinfo ENOTFOUND api.anthropic.com',
  "TypeError: terminated\n  [cause]: SocketError: other side closed\n    code: 'UND_ERR_SOCKET'",
  'Error: socket hang up',
];
for (const input of connections) {
  test(`a connection failure without an SDK class («${input.slice(0, 40)}») is the connection-error entry`, () => {
    const r = at(input);
    assert.equal(r.match?.slug, 'connection-error');
    assert.equal(r.verdict, entryBySlug('connection-error').verdict);
  });
}

test('Claude Code’s API Error with "details":null and no status is an error inside a stream', () => {
  const r = at('API Error: {"type":"error","error":{"details":null,"type":"overloaded_error","message":"Overloaded"}}');
  assert.equal(r.match?.slug, 'stream-error');
  assert.equal(r.inner?.slug, '529');
});

test('SSE Error:, a recorded {"event": "error"} frame and a Python dict without a class are errors inside a stream', () => {
  for (const input of [
    'Error: SSE Error: {"type":"error","error":{"details":null,"type":"overloaded_error","message":"Overloaded"} }',
    '{"event": "error", "data": {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}}',
    "{'type': 'error', 'error': {'details': None, 'type': 'overloaded_error', 'message': 'Overloaded'}}",
  ]) {
    const r = at(input);
    assert.equal(r.match?.slug, 'stream-error', input);
    assert.equal(r.inner?.slug, '529', input);
  }
});

test('LiteLLM’s stream parser raising "AnthropicException - Overloaded" is an overload inside a stream', () => {
  const r = at(
    'litellm.InternalServerError: AnthropicException - Overloaded. Handle with `litellm.InternalServerError`.\n  File "/venv/lib/python3.10/site-packages/litellm/llms/anthropic.py", line 1060, in chunk_parser\n    raise AnthropicError(',
  );
  assert.equal(r.match?.slug, 'stream-error');
  assert.equal(r.inner?.slug, '529');
});

test('a wrapper’s own InternalServerError is not taken for the SDK’s, so there is no "the SDK already retried"', () => {
  const r = at('litellm.exceptions.InternalServerError: litellm.InternalServerError: AnthropicError -\n{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}');
  assert.equal(r.match?.slug, '529');
  assert.ok(!r.notes.includes('sdk-retried'), r.notes.join(', '));
  assert.ok(r.notes.includes('wrapper-class'));
});

test('a retry-after printed as "retry-after" => ["4"] keeps its value', () => {
  const r = at('status 429\nheaders: {"retry-after" => ["4"]}\n{"type":"error","error":{"type":"rate_limit_error","message":"Rate limited"}}');
  assert.equal(r.retryAfter?.seconds, 4);
  assert.equal(r.verdict, 'retry-after');
});

test('a known message wrapped by the terminal keeps its known case', () => {
  const r = at('{"type":"error","error":{"type":"authentication_error","message":"CORS requests\n     are not allowed for this Organization because of its settings."}}');
  assert.equal(r.knownCase, 'cors-origin');
  const k = index.knownCases.find((c) => c.id === 'cors-origin');
  assert.equal(r.verdict, k?.verdict);
});

test('a type and a request ID broken by the terminal are joined again', () => {
  const r = at('API error: 529 {"type":"error","error":{"type":"overload     ed_error","message":"Overloaded"},"request_id":"req_011C     cLPrMiu53v6Rp1jfe1Cd"}');
  assert.equal(r.match?.slug, '529');
  assert.equal(r.requestId, 'req_011CcLPrMiu53v6Rp1jfe1Cd');
});

test('Bedrock’s 503 by URL is ServiceUnavailableException, explained with 529', () => {
  const r = at("httpx.HTTPStatusError: Server error '503 Service Unavailable' for url 'https://bedrock-runtime.us-west-2.amazonaws.com/model/anthropic.claude-3-5-sonnet-20241022-v2:0/converse'");
  assert.equal(r.match?.slug, '529');
  assert.equal(r.platform?.name, 'ServiceUnavailableException');
  const platform = index.platformErrors.find((p) => p.name === 'ServiceUnavailableException');
  assert.equal(r.verdict, platform?.verdict);
});

test('platform markers set the platform: aiplatform and streamRawPredict for Vertex, $metadata.httpStatusCode for Bedrock', () => {
  const vertex = at('post https://europe-west1-aiplatform.googleapis.com/v1/projects/p/locations/europe-west1/publishers/anthropic/models/claude-3-5-haiku@20241022:streamRawPredict failed with status 429');
  assert.equal(vertex.match?.slug, '429');
  assert.equal(vertex.platform?.platform, 'vertex');
  const bedrock = at('{"name": "ThrottlingException", "$fault": "client", "$metadata": {"httpStatusCode": 429, "attempts": 3}}');
  assert.equal(bedrock.match?.slug, '429');
  assert.equal(bedrock.platform?.name, 'ThrottlingException');
});

const foreign: Array<[string, string]> = [
  ["openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}", 'openai'],
  ['[API Error: got status: UNAVAILABLE. {"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"}}]', 'google'],
  ['{"error":{"code":403,"message":"Permission denied on resource project x.","status":"PERMISSION_DENIED"}}', 'google'],
  ["openai.BadRequestError: Error code: 400 - {'object': 'error', 'message': 'max_tokens must be at least 1', 'type': 'BadRequestError', 'param': None, 'code': 400}", 'openai-compatible'],
  ["Error code: 429 - {'error': {'message': 'Provider returned error', 'code': 429}}", 'openrouter'],
  ['Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-05-01-preview have exceeded token rate limit', 'azure-openai'],
];
for (const [input, provider] of foreign) {
  test(`another provider’s error is named (${provider}), with no entry and no verdict`, () => {
    const r = at(input);
    assert.equal(r.match, null);
    assert.equal(r.verdict, null);
    assert.equal(r.outcome, 'not-claude');
    assert.equal(r.notClaude?.provider, provider);
  });
}

test('Vertex’s RESOURCE_EXHAUSTED next to a Claude model is Claude’s 429, not Google’s own error', () => {
  const r = at('429 [{"error":{"code":429,"message":"Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: anthropic-claude-3-5-sonnet-v2.","status":"RESOURCE_EXHAUSTED"}}]');
  assert.equal(r.match?.slug, '429');
  assert.equal(r.outcome, 'match');
});

test('a thin paste gets "not enough to tell" and a search term, not a guess', () => {
  const r = at('Error: Forbidden');
  assert.equal(r.outcome, 'not-enough');
  assert.equal(r.match, null);
  assert.equal(r.confidence, null);
  assert.ok(r.searchTerm.length > 0);
});

test('each answer says how sure it is: agreeing evidence is sure, a bare code is not', () => {
  assert.deepEqual(at(`anthropic.OverloadedError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}, 'request_id': '${REQ}'}`).confidence, { level: 'high', basis: 'agreeing' });
  assert.equal(at('529').confidence?.level, 'low');
  assert.equal(at('{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}').confidence?.level, 'medium');
});

const forms: Array<[string, string, string]> = [
  ['RateLimitError: 429 You have reached your API usage limits. (error_code: enforced_spend_limit_reached, request_id: req_011CVgenerated0000000001, path: /v1/messages, type: rate_limit_error)', 'ts-1.17-or-later', 'typescript'],
  ['APIError: Overloaded (request_id: req_011CVgenerated0000000001, path: /v1/messages, type: overloaded_error)', 'ts-1.17-or-later', 'typescript'],
  ['APIConnectionError: Connection to 127.0.0.1:39893 failed: UND_ERR_SOCKET', 'ts-1.17-or-later', 'typescript'],
  ['APIConnectionTimeoutError: Request to api.anthropic.com:443 timed out after 600s', 'ts-1.17-or-later', 'typescript'],
  ['RateLimitError: 429 {"type":"error","error":{"type":"rate_limit_error","message":"Rate limited"}}', 'ts-1.16-or-earlier', 'typescript'],
  ['APIConnectionError: Connection error.\n    at Anthropic.makeRequest (file:///srv/app/node_modules/@anthropic-ai/sdk/client.mjs:700:23)', 'ts-connection-error', 'typescript'],
  ["anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Rate limited'}}", 'py-1x-or-earlier', 'python'],
  ['anthropic.APIConnectionError: Connection error.', 'py-connection-before-2.17', 'python'],
];
for (const [input, range, sdk] of forms) {
  test(`the message form says which SDK range printed it: ${range} («${input.slice(0, 40)}»)`, () => {
    const r = at(input);
    assert.equal(r.sdkRange?.id, range);
    assert.equal(r.sdk, sdk);
    assert.ok(r.match !== null);
  });
}

test('the TypeScript 1.17.0 error_code is read from the message', () => {
  assert.equal(at('RampLimitExceededError: 429 This request would exceed a ramp limit. (error_code: ramp_limit_exceeded, request_id: req_011CVgenerated0000000001, path: /v1/messages, type: rate_limit_error)').errorCode, 'ramp_limit_exceeded');
});

test('every recogniser contributes evidence to some corpus answer (none is dead code)', () => {
  const pastes = readFileSync(new URL('../decoder-corpus/pastes.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { paste: string }).paste);
  const seen = new Set<RecogniserId>(pastes.flatMap((p) => at(p).evidence.map((e) => e.shape)));
  const all: RecogniserId[] = ['api-body', 'status-line', 'python', 'node', 'sse', 'wrapper', 'http-gateway', 'platform', 'other-provider'];
  assert.deepEqual(all.filter((s) => !seen.has(s)), []);
});
