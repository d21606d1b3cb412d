// `npm run decode` (scripts/decode.ts) as a user runs it: a paste on standard input, the answer on
// standard output, as text, one JSON object, or one JSON line per input line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { entryBySlug } from '../../src/lib/registry.ts';

const script = fileURLToPath(new URL('../../scripts/decode.ts', import.meta.url));

function run(input: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [script, ...args], { input, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const TS_117_SPEND_CAP =
  'RateLimitError: 429 You have reached your API usage limits. (error_code: enforced_spend_limit_reached, request_id: req_011CVgenerated0000000001, path: /v1/messages, type: rate_limit_error)';

test('--json prints one object with the fields scripts rely on', () => {
  const { code, out } = run(`HTTP/1.1 429 Too Many Requests\nretry-after: 17\nrequest-id: req_011CSHoEeqs5C35K2UUqR7Fy\n\n{"type":"error","error":{"type":"rate_limit_error","message":"Rate limited"}}`, '--json');
  assert.equal(code, 0);
  const j = JSON.parse(out) as Record<string, unknown>;
  for (const key of ['entry', 'errorCode', 'knownMessage', 'verdict', 'waitSeconds', 'requestId', 'platform', 'sdk', 'notes']) assert.ok(key in j, key);
  assert.equal(j.entry, '429');
  assert.equal(j.verdict, 'retry-after');
  assert.equal(j.waitSeconds, 17);
  assert.equal(j.requestId, 'req_011CSHoEeqs5C35K2UUqR7Fy');
});

test('--json reads the TypeScript 1.17.0 message form: error code, known case, and the SDK range', () => {
  const j = JSON.parse(run(TS_117_SPEND_CAP, '--json').out) as Record<string, unknown>;
  assert.equal(j.entry, '429');
  assert.equal(j.errorCode, 'enforced_spend_limit_reached');
  assert.equal(j.knownMessage, 'spend-cap');
  assert.equal(j.sdk, 'typescript');
  assert.equal(j.sdkRange, 'TypeScript SDK 1.17.0 or later');
  const spendCap = entryBySlug('429');
  assert.notEqual(j.verdict, spendCap.verdict, 'the spend cap has its own verdict, not the entry’s');
});

test('another provider’s error is named, with no entry', () => {
  const j = JSON.parse(run("openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota', 'type': 'insufficient_quota', 'code': 'insufficient_quota'}}", '--json').out) as Record<string, unknown>;
  assert.equal(j.entry, null);
  assert.equal(j.outcome, 'not-claude');
  assert.deepEqual((j.notClaude as { provider: string }).provider, 'openai');
});

test('text output names the entry, what to do, how sure, and why', () => {
  const { code, out } = run('API Error: 529 Overloaded. This is a server-side issue, usually temporary — try again in a moment.');
  assert.equal(code, 0);
  assert.match(out, /^529 overloaded_error: /);
  assert.match(out, /What to do: /);
  assert.match(out, /How sure: /);
  assert.match(out, /Why:\n {2}- /);
});

test('text output says when there is not enough to tell', () => {
  assert.match(run('Error: Forbidden').out, /^Not enough to tell/);
  assert.match(run('   ').out, /^Nothing to decode/);
});

test('--jsonl decodes one JSON string per line and reports lines that are not', () => {
  const input = [JSON.stringify('API Error (Connection error.) · Retrying in 1 seconds… (attempt 1/10)'), '', 'not json', JSON.stringify({ paste: 'x' }), JSON.stringify(TS_117_SPEND_CAP)].join('\n');
  const { code, out } = run(input, '--jsonl');
  assert.equal(code, 0);
  const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines.length, 4);
  assert.deepEqual(
    lines.map((l) => [l.line, l.entry ?? l.error]),
    [
      [1, 'connection-error'],
      [3, 'not a JSON string'],
      [4, 'not a JSON string'],
      [5, '429'],
    ],
  );
});

test('an unknown option is refused with exit code 2', () => {
  const { code, err } = run('529', '--yaml');
  assert.equal(code, 2);
  assert.match(err, /unknown option/);
});
