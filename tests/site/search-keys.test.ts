// The key map behind the quick answer, as built: it must describe every searchable page, point at
// anchors that exist, and send each exact key to a page it describes (which page owns which key is
// tested in tests/unit/search-rank.test.ts and by the search-quality test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, fileFor, htmlFiles, idsIn, read } from './built-site.ts';
import type { SearchKeys } from '../../src/lib/search-rank.ts';

for (const lang of ['en', 'ko'] as const) {
  const keys = JSON.parse(read(`${lang}/search-keys.json`)) as SearchKeys;

  test(`${lang}: the key map has every page Pagefind indexes, once`, () => {
    const indexed = htmlFiles()
      .filter((f) => f.startsWith(`${lang}/`) && read(f).includes('data-pagefind-body'))
      .map((f) => `${base}${f.replace(/index\.html$/, '')}`)
      .sort();
    assert.deepEqual(keys.pages.map((p) => p.url).sort(), indexed);
    for (const p of keys.pages) assert.ok(p.title && p.summary, `${p.url} has a title and a summary`);
  });

  test(`${lang}: every heading and section of the key map is an anchor on its page`, () => {
    const missing = keys.pages.flatMap((p) => {
      const file = fileFor(p.url.slice(base.length));
      if (!file) return [`${p.url}: no page`];
      const ids = idsIn(read(file));
      return [...p.headings, ...p.sections].filter(([id]) => !ids.has(id)).map(([id]) => `${p.url}#${id}`);
    });
    assert.deepEqual(missing, []);
    assert.ok(keys.pages.reduce((n, p) => n + p.headings.length, 0) > 50, 'headings are collected');
  });

  test(`${lang}: owners and direct keys point at pages of the map; the prose words name only its pages`, () => {
    const urls = new Set(keys.pages.map((p) => p.url));
    for (const [key, owners] of Object.entries(keys.owners)) for (const url of owners) assert.ok(urls.has(url), `${key} → ${url}`);
    for (const [key, url] of Object.entries(keys.direct)) assert.ok(urls.has(url), `${key} → ${url}`);
    for (const group of Object.keys(keys.words)) {
      for (const i of group.split('.').map(Number)) assert.ok(i >= 0 && i < keys.pages.length, `page ${i} of ${group}`);
    }
    assert.ok(Object.values(keys.words).join(' ').split(' ').length > 1000, 'the prose words are there');
  });
}
