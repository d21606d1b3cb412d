// /errors.json is the catalogue for machines: it must validate against its published schema,
// agree with the registry, and link pages that exist under the base path it was built for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueJsonSchema } from '../../src/schemas/catalogue-json.ts';
import { entries } from '../../src/lib/registry.ts';
import { base, fileFor, read } from './built-site.ts';

const doc = catalogueJsonSchema.parse(JSON.parse(read('errors.json')));

test('errors.json validates against the catalogue schema and lists every registry entry in order', () => {
  assert.deepEqual(doc.entries.map((e) => e.slug), entries.map((e) => e.slug));
});

test('errors.json states the registry facts: status, type, verdict, SDK retries, classes', () => {
  for (const e of entries) {
    const j = doc.entries.find((x) => x.slug === e.slug);
    assert.ok(j, e.slug);
    assert.deepEqual([j.status, j.type, j.verdict, j.sdkRetries, j.lastChecked], [e.status, e.type, e.verdict, e.sdkRetries, e.lastChecked]);
    assert.deepEqual(j.classes, e.classes);
  }
});

test('errors.json lists each class with its parent and version range, and the SDK facts by version', () => {
  const overloaded = doc.entries.find((e) => e.slug === '529')?.classes.python.filter((c) => c.name === 'OverloadedError');
  assert.deepEqual(overloaded?.map((c) => [c.parent, c.range]), [['InternalServerError', '>=2.5.0'], ['APIStatusError', '>=0.47.0 <2.5.0']]);
  assert.equal(doc.sdks.packages.typescript?.newest, '1.17.0');
  assert.ok(doc.sdks.packages.typescript?.tested.includes('1.12.0'), 'the older tested TypeScript version is listed');
  assert.ok(doc.sdks.messageFormats.some((f) => f.sdk === 'typescript' && f.range === '>=1.17.0' && f.format === 'api-message'));
  assert.ok(doc.sdks.behaviours.some((b) => b.id === 'ts-body-cut'));
});

test(`every page URL in errors.json resolves under base ${base}`, () => {
  for (const e of doc.entries) {
    for (const url of [e.urls.en, e.urls.ko]) {
      if (url === null) continue;
      const path = new URL(url).pathname;
      assert.ok(path.startsWith(base), `${url} is outside ${base}`);
      assert.ok(fileFor(path.slice(base.length)), `${url} does not exist in the build`);
    }
  }
  assert.ok(doc.entries.filter((e) => e.urls.en && e.urls.ko).length >= 13, 'every published entry has both URLs');
});

test('the published JSON schema describes the same document', () => {
  const schema = JSON.parse(read('errors.schema.json')) as { type: string; required: string[]; properties: Record<string, unknown> };
  assert.equal(schema.type, 'object');
  assert.deepEqual([...schema.required].sort(), ['$schema', 'entries', 'lastChecked', 'sdks']);
  assert.ok(doc.$schema.endsWith(`${base}errors.schema.json`));
});
