// Like the Rust compiler's `tidy`: every published entry has both languages, both snippets and their
// scenarios; every MDX file belongs to a published entry; prose sections come in the spec's order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entries } from '../../src/lib/registry.ts';
import { proseSectionProblems, sectionIdsInMdx } from '../../src/lib/sections.ts';
import { errorPageSchema } from '../../src/schemas/page.ts';

const root = join(import.meta.dirname, '..', '..', 'content', 'errors');
const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

function frontMatter(source: string): Record<string, string> {
  const block = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  return Object.fromEntries(
    block.split('\n').map((line) => {
      const [key, ...rest] = line.split(':');
      return [key?.trim() ?? '', rest.join(':').trim().replace(/^'(.*)'$/, '$1').replace(/''/g, "'")];
    }),
  );
}

test('every published entry has both languages, both snippets and their scenarios', () => {
  const problems: string[] = [];
  for (const e of entries.filter((x) => x.published)) {
    for (const file of ['en.mdx', 'ko.mdx', 'snippet.py', 'snippet.ts', 'scenarios.ts']) {
      if (!existsSync(join(root, e.slug, file))) problems.push(`${e.slug}/${file} is missing`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every entry folder belongs to a published registry entry (no orphan pages)', () => {
  const published = new Set(entries.filter((e) => e.published).map((e) => e.slug));
  const orphans = folders.filter((f) => !published.has(f));
  assert.deepEqual(orphans, [], 'Mark the entry published in content/errors/registry.ts, or remove the folder.');
});

test('the three foundation pages are published', () => {
  const published = entries.filter((e) => e.published).map((e) => e.slug);
  for (const slug of ['429', '500', '529']) assert.ok(published.includes(slug), `${slug} is published`);
});

for (const slug of folders) {
  for (const lang of ['en', 'ko'] as const) {
    const path = join(root, slug, `${lang}.mdx`);
    if (!existsSync(path)) continue;
    const source = readFileSync(path, 'utf8');

    test(`${slug}/${lang}.mdx has every prose section in the spec's order`, () => {
      assert.deepEqual(proseSectionProblems(sectionIdsInMdx(source)), []);
    });

    test(`${slug}/${lang}.mdx front matter is valid and its title starts with the code`, () => {
      const data = errorPageSchema.parse(frontMatter(source));
      const entry = entries.find((e) => e.slug === slug);
      const code = [entry?.status ?? slug, entry?.type].filter(Boolean).join(' ');
      assert.ok(data.title.startsWith(code), `title "${data.title}" should start with "${code}"`);
    });
  }
}

test('the Korean and English pages of an entry have the same number of FAQ questions and list items per section', () => {
  for (const slug of folders) {
    const count = (lang: string, re: RegExp) => (readFileSync(join(root, slug, `${lang}.mdx`), 'utf8').match(re) ?? []).length;
    assert.equal(count('en', /^### /gm), count('ko', /^### /gm), `${slug}: FAQ questions differ`);
    assert.equal(count('en', /^(- |\d+\. )/gm), count('ko', /^(- |\d+\. )/gm), `${slug}: list items differ`);
  }
});
