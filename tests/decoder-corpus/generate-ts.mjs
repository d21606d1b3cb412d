// Generates the corpus lines marked `generated`: what @anthropic-ai/sdk 1.17.0 and 1.12.0 print for each error,
// run against a local server. Run: node_modules/.bin/node tests/decoder-corpus/generate-ts.mjs > /tmp/generated.jsonl
import { createServer } from 'node:http';
import Anthropic117 from '@anthropic-ai/sdk';
import Anthropic112 from '@anthropic-ai/sdk-1-12';

const REQ = 'req_011CVgenerated0000000001';
const body = (type, message, details) => JSON.stringify({ type: 'error', error: { ...(details !== undefined ? { details } : {}), type, message }, request_id: REQ });
const cases = {
  '/400': [400, body('invalid_request_error', 'max_tokens: Field required'), {}],
  '/401': [401, body('authentication_error', 'invalid x-api-key'), {}],
  '/402': [402, body('billing_error', 'Your organization has an outstanding balance.'), {}],
  '/403': [403, body('permission_error', 'Your API key does not have permission to use the specified resource.'), {}],
  '/404': [404, body('not_found_error', 'model: claude-nonexistent'), {}],
  '/409': [409, body('conflict_error', 'A request with this idempotency key is already in progress.'), {}],
  '/413': [413, body('request_too_large', 'Request exceeds the maximum size'), {}],
  '/429': [429, body('rate_limit_error', 'This request would exceed the rate limit for your organization of 50 requests per minute.'), { 'retry-after': '17' }],
  '/429cap': [429, body('rate_limit_error', 'You have reached your API usage limits.', { error_code: 'enforced_spend_limit_reached' }), {}],
  '/429ramp': [429, body('rate_limit_error', 'This request would exceed a ramp limit.', { error_code: 'ramp_limit_exceeded' }), { 'retry-after': '30' }],
  '/500': [500, body('api_error', 'Internal server error'), {}],
  '/504': [504, body('timeout_error', 'Request timed out'), {}],
  '/529': [529, body('overloaded_error', 'Overloaded'), {}],
};
const server = createServer((req, res) => {
  const key = req.headers['x-case'];
  if (key === 'drop') return req.socket.destroy();
  if (key === 'slow') return; // never answers
  if (key === 'stream') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'request-id': 'req_011CVgeneratedstream00001' });
    res.write('event: message_start\ndata: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude-x","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":1,"output_tokens":1}}}\n\n');
    res.end('event: error\ndata: {"type":"error","error":{"details":null,"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CVgeneratedstream00001"}\n\n');
    return;
  }
  const [status, text, headers] = cases['/' + key];
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': REQ, ...headers });
  res.end(text);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const out = [];
for (const [version, Client] of [['1.17.0', Anthropic117], ['1.12.0', Anthropic112]]) {
  for (const key of [...Object.keys(cases).map((k) => k.slice(1)), 'drop', 'slow', 'stream']) {
    const client = new Client({ apiKey: 'sk-test', baseURL: base, maxRetries: 0, timeout: key === 'slow' ? 300 : 5000, defaultHeaders: { 'x-case': key } });
    try {
      if (key === 'stream') {
        const s = await client.messages.create({ model: 'claude-x', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }], stream: true });
        for await (const _ of s) { /* read */ }
      } else {
        await client.messages.create({ model: 'claude-x', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] });
      }
    } catch (e) {
      const frames = (e.stack ?? '').split('\n').filter((l) => l.trim().startsWith('at ')).slice(0, 2).map((l) => l.replace(/\(\/work\/[^)]*node_modules\//, '(file:///srv/app/node_modules/'));
      out.push({ version, key, paste: [`${e.constructor.name}: ${e.message}`, ...frames].join('\n') });
    }
  }
}
server.close();
for (const o of out) console.log(JSON.stringify(o));
process.exit(0);
