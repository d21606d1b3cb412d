import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registrySchema, errorEntrySchema } from '../../src/schemas/error-entry.ts';
import { registry } from '../../content/errors/registry.ts';
import { entries } from '../../src/lib/registry.ts';
import { isStopVerdict } from '../../src/lib/verdicts.ts';

const valid = registry.find((e) => e.slug === '529');
if (!valid) throw new Error('fixture: entry 529 missing from the registry');

test('the committed registry validates and holds the 13 catalogue entries of the spec', () => {
  const parsed = registrySchema.parse(registry);
  assert.deepEqual(
    parsed.map((e) => e.slug),
    ['400', '401', '402', '403', '404', '409', '413', '429', '500', '504', '529', 'connection-error', 'stream-error'],
  );
});

test('statuses and error types match the spec catalogue', () => {
  const pairs = Object.fromEntries(entries.map((e) => [e.slug, [e.status, e.type]]));
  assert.deepEqual(pairs['429'], [429, 'rate_limit_error']);
  assert.deepEqual(pairs['500'], [500, 'api_error']);
  assert.deepEqual(pairs['529'], [529, 'overloaded_error']);
  assert.deepEqual(pairs['413'], [413, 'request_too_large']);
  assert.deepEqual(pairs['connection-error'], [null, null]);
});

test('an entry with an HTTP status must use it as slug', () => {
  const result = errorEntrySchema.safeParse({ ...valid, slug: 'overloaded' });
  assert.equal(result.success, false);
  assert.match(JSON.stringify(result.error?.issues), /must use that status as its slug/);
});

test('a published entry without an example is rejected with a message that says how to fix it', () => {
  const result = errorEntrySchema.safeParse({ ...valid, examples: [] });
  assert.equal(result.success, false);
  assert.match(JSON.stringify(result.error?.issues), /needs at least one verbatim example/);
});

test('an entry must name the class the newest release raises in each language', () => {
  const result = errorEntrySchema.safeParse({
    ...valid,
    // Only ranges that end before the newest Python release: nothing covers it.
    classes: { ...valid.classes, python: valid.classes.python.filter((c) => c.range !== '>=2.5.0') },
  });
  assert.equal(result.success, false);
  assert.match(JSON.stringify(result.error?.issues), /No Python class covers the newest release/);
});

test('a summary missing its Korean text is rejected', () => {
  const result = errorEntrySchema.safeParse({ ...valid, summary: { en: 'x', ko: '' } });
  assert.equal(result.success, false);
  assert.match(JSON.stringify(result.error?.issues), /Korean text is empty/);
});

test('related entries must exist and must not point at themselves', () => {
  const broken = registry.map((e) => (e.slug === '529' ? { ...e, related: ['999', '529'] } : e));
  const result = registrySchema.safeParse(broken);
  assert.equal(result.success, false);
  const text = JSON.stringify(result.error?.issues);
  assert.match(text, /unknown entry \\"999\\"/);
  assert.match(text, /lists itself as related/);
});

test('duplicate slugs are rejected', () => {
  const result = registrySchema.safeParse([...registry, valid]);
  assert.equal(result.success, false);
});

test('sources must be https links with a checked date', () => {
  const result = errorEntrySchema.safeParse({
    ...valid,
    sources: [{ title: 'x', url: 'http://example.com', checked: 'yesterday' }],
  });
  assert.equal(result.success, false);
});

test('verdicts follow the reference: 4xx request errors are not retried, 5xx and 529 are', () => {
  for (const e of entries) {
    if (e.status !== null && [400, 401, 402, 403, 404, 413].includes(e.status)) {
      assert.ok(isStopVerdict(e.verdict), `${e.slug} verdict ${e.verdict} should be a "don't retry" verdict`);
      assert.equal(e.sdkRetries, false, `${e.slug} sdkRetries`);
    }
    if (e.status !== null && e.status >= 500) assert.equal(e.sdkRetries, true, `${e.slug} sdkRetries`);
  }
});

test('Python OverloadedError is an InternalServerError from 2.5.0 and an APIStatusError from 0.47.0 to 2.4.x', () => {
  const overloaded = entries.find((e) => e.slug === '529')?.classes.python.filter((c) => c.name === 'OverloadedError') ?? [];
  assert.deepEqual(
    overloaded.map((c) => [c.range, c.parent, c.evidence, c.current]),
    [
      ['>=2.5.0', 'InternalServerError', 'release-notes', true],
      ['>=0.47.0 <2.5.0', 'APIStatusError', 'tested', false],
    ],
  );
});

test('classes are listed newest range first, and the newest release of each SDK is covered', () => {
  for (const e of entries) {
    for (const sdk of ['python', 'typescript'] as const) {
      const first = e.classes[sdk][0];
      assert.ok(first?.current, `${e.slug} ${sdk}: the first class should be the one the newest release raises`);
    }
  }
});

test('a malformed version range fails validation with the offending text', () => {
  const bad = { ...valid, classes: { ...valid.classes, python: [{ name: 'X', parent: 'Y', range: '2.x', evidence: 'tested' as const }] } };
  const result = errorEntrySchema.safeParse(bad);
  assert.equal(result.success, false);
  assert.match(JSON.stringify(result.error?.issues), /2\.x/);
});
