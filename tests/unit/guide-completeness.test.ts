import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guidePageSchema, guideSlugs } from '../../src/schemas/page.ts';

const root = join(import.meta.dirname, '..', '..', 'content', 'guides');
const folders = existsSync(root) ? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
const h2Ids = (source: string) => [...source.matchAll(/<H2\s+id="([a-z0-9-]+)"/g)].map((m) => m[1]);

test('every guide folder is one of the four guides of the spec', () => {
  assert.deepEqual(folders.filter((f) => !(guideSlugs as readonly string[]).includes(f)), []);
});

for (const slug of folders) {
  test(`guide ${slug} exists in both languages with valid front matter`, () => {
    for (const lang of ['en', 'ko']) {
      const path = join(root, slug, `${lang}.mdx`);
      assert.ok(existsSync(path), `${slug}/${lang}.mdx is missing`);
      const block = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
      const data = Object.fromEntries(
        block.split('\n').map((l) => [l.split(':')[0]?.trim(), l.split(':').slice(1).join(':').trim().replace(/^'(.*)'$/, '$1').replace(/''/g, "'")]),
      );
      guidePageSchema.parse(data);
    }
  });

  test(`guide ${slug} has the same section anchors, in the same order, in both languages`, () => {
    const en = h2Ids(readFileSync(join(root, slug, 'en.mdx'), 'utf8'));
    const ko = h2Ids(readFileSync(join(root, slug, 'ko.mdx'), 'utf8'));
    assert.ok(en.length >= 3, `${slug} should have at least three <H2 id> sections`);
    assert.deepEqual(ko, en);
  });
}
