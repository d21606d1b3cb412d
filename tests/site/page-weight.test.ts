// The byte budgets of issue 7, computed from the build the way a browser would fetch it: the HTML,
// its stylesheets, icon and scripts with their static imports (gzip, as the server sends them),
// plus inline scripts. The visualiser island (dynamically imported, with the labels it fetches) is
// counted on its own. `npm run bench` measures the same in Chromium; this test needs no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { base, distDir, htmlFiles, read, urlPathOf } from './built-site.ts';
import { budget, CATALOGUE_SECTIONS, CODES_INDEX, EAGER_TOOL_PAGE, ERROR_PAGE, ISLAND } from '../../scripts/budgets.ts';

const KiB = 1024;
const gz = (bytes: Buffer | string) => gzipSync(bytes).length;

/** The file behind a same-origin URL path of the build. */
function fileOf(url: string, from = '/'): string {
  const path = new URL(url, `http://site${from}`).pathname;
  assert.ok(path.startsWith(base), `${url} is outside the base ${base}`);
  const file = join(distDir, decodeURIComponent(path.slice(base.length)));
  assert.ok(existsSync(file), `${url} (from ${from}) is not in the build`);
  return file;
}

/** A module and the modules it imports statically, each once: what loading it costs. */
function moduleGraph(url: string, seen = new Set<string>()): { urls: Set<string>; dynamic: Set<string> } {
  const dynamic = new Set<string>();
  const visit = (u: string) => {
    if (seen.has(u)) return;
    seen.add(u);
    const code = readFileSync(fileOf(u), 'utf8');
    const dir = u.slice(0, u.lastIndexOf('/') + 1);
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) visit(new URL(m[1] ?? '', `http://site${dir}`).pathname);
    for (const m of code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) dynamic.add(new URL(m[1] ?? '', `http://site${dir}`).pathname);
  };
  visit(url);
  return { urls: seen, dynamic };
}

interface Weight {
  page: string;
  requests: number;
  /** The HTML without the error-code and known-message sections. */
  html: number;
  /** The whole HTML document. */
  htmlAll: number;
  /** The error-code and known-message sections alone. */
  catalogue: number;
  /** Inline and linked stylesheets. */
  css: number;
  /** Linked stylesheets only (separate requests). */
  cssFiles: number;
  js: number;
  other: number;
  island: number;
  /** What opening search fetches before its first answer: the search code and the key map. */
  quickSearch: number;
  /** The key map alone. */
  searchKeys: number;
}

function weigh(file: string): Weight {
  const page = `${base}${urlPathOf(file)}`;
  const html = read(file);
  const catalogue = [...html.matchAll(CATALOGUE_SECTIONS)].map((m) => m[0]).join('');
  const w: Weight = { page, requests: 1, html: gz(html.replace(CATALOGUE_SECTIONS, '')), htmlAll: gz(html), catalogue: catalogue ? gz(catalogue) : 0, css: 0, cssFiles: 0, js: 0, other: 0, island: 0, quickSearch: 0, searchKeys: 0 };
  // Inline <style> is counted as CSS too (it also travels inside the HTML's own bytes).
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) w.css += gz(m[1] ?? '');
  for (const m of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
    w.requests++;
    const bytes = gz(readFileSync(fileOf(m[1] ?? '', page)));
    w.css += bytes;
    w.cssFiles += bytes;
  }
  for (const m of html.matchAll(/<link rel="icon" href="([^"]+)"/g)) {
    w.requests++;
    w.other += gz(readFileSync(fileOf(m[1] ?? '', page)));
  }
  const loaded = new Set<string>();
  const dynamic = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) {
    const graph = moduleGraph(new URL(m[1] ?? '', `http://site${page}`).pathname, loaded);
    for (const d of graph.dynamic) dynamic.add(d);
  }
  for (const u of loaded) {
    w.requests++;
    w.js += gz(readFileSync(fileOf(u)));
  }
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) w.js += gz(m[1] ?? '');
  const keys = /<search-box[^>]*\sdata-keys="([^"]+)"/.exec(html)?.[1];
  if (keys) {
    const code = new Set<string>();
    for (const d of [...dynamic].filter((d) => /search-engine/.test(d))) moduleGraph(d, code);
    assert.ok(code.size > 0, `${page}: has a search box but no search code is imported`);
    for (const u of code) if (!loaded.has(u)) w.quickSearch += gz(readFileSync(fileOf(u)));
    w.searchKeys = gz(readFileSync(fileOf(keys, page)));
    w.quickSearch += w.searchKeys;
  }
  if (html.includes('<backoff-visualiser')) {
    const island = new Set<string>();
    for (const d of [...dynamic].filter((d) => ISLAND.test(d))) moduleGraph(d, island);
    for (const u of island) if (!loaded.has(u)) w.island += gz(readFileSync(fileOf(u)));
    for (const m of new Set([...html.matchAll(/<backoff-visualiser[^>]*\sdata-labels="([^"]+)"/g)].map((x) => x[1] ?? ''))) {
      w.island += gz(readFileSync(fileOf(m, page)));
    }
  }
  return w;
}

const weights = htmlFiles()
  .filter((f) => !f.startsWith('404'))
  .map(weigh);
// Matched below the base: under /docs/errors/ the short links (/docs/errors/529/) would look like error pages.
const belowBase = (w: Weight) => `/${w.page.slice(base.length)}`;
const errorPages = weights.filter((w) => ERROR_PAGE.test(belowBase(w)));
const kib = (n: number) => `${(n / KiB).toFixed(2)} KiB`;

test('the build has error pages to weigh, and every page with a visualiser has its island', () => {
  assert.ok(errorPages.length >= 20, `${errorPages.length} error pages`);
  const withIsland = weights.filter((w) => read(`${w.page.slice(base.length)}index.html`).includes('<backoff-visualiser'));
  assert.ok(withIsland.length > 0);
  for (const w of withIsland) assert.ok(w.island > 4 * KiB, `${w.page}: island of ${kib(w.island)} found; is it still dynamically imported?`);
});

test(`every error page: HTML ≤ ${kib(budget.errorPageHtmlGzip)}, CSS ≤ ${kib(budget.errorPageCssGzip)}, all ≤ ${kib(budget.errorPageTotalGzip)} without the island, ≤ ${budget.errorPageRequests} requests`, () => {
  const over = errorPages.flatMap((w) => {
    // Inline CSS is inside the HTML's bytes already: the total counts it once.
    const total = w.html + w.cssFiles + w.js + w.other;
    return [
      w.html > budget.errorPageHtmlGzip ? `${w.page}: HTML ${kib(w.html)} (without codes and messages)` : [],
      w.catalogue > budget.errorPageCatalogueGzip ? `${w.page}: codes and messages ${kib(w.catalogue)}` : [],
      w.css > budget.errorPageCssGzip ? `${w.page}: CSS ${kib(w.css)}` : [],
      total > budget.errorPageTotalGzip ? `${w.page}: total ${kib(total)}` : [],
      w.requests > budget.errorPageRequests ? `${w.page}: ${w.requests} requests` : [],
    ].flat();
  });
  assert.deepEqual(over, []);
});

test('no page links a stylesheet: its CSS is inline, not a render-blocking request (astro.config inlineStylesheets)', () => {
  const linked = weights.filter((w) => w.cssFiles > 0).map((w) => w.page);
  assert.deepEqual(linked, []);
  assert.ok(errorPages.every((w) => w.css > 0), 'an error page with no CSS at all: is the <style> still emitted?');
});

test(`the index of codes and messages: HTML ≤ ${kib(budget.codesIndexHtmlGzip)}, JavaScript within its budget`, () => {
  const index = weights.filter((w) => CODES_INDEX.test(belowBase(w)));
  assert.equal(index.length, 2, 'one index per language');
  const over = index.flatMap((w) => (w.htmlAll > budget.codesIndexHtmlGzip ? [`${w.page}: HTML ${kib(w.htmlAll)}`] : []));
  assert.deepEqual(over, []);
});

test(`every page but the decoder: JavaScript before interaction ≤ ${kib(budget.jsBeforeInteractionGzip)}; the island ≤ ${kib(budget.islandGzip)}`, () => {
  const over = weights.flatMap((w) => [
    w.js > budget.jsBeforeInteractionGzip && !EAGER_TOOL_PAGE.test(belowBase(w)) ? `${w.page}: JS ${kib(w.js)}` : [],
    w.island > budget.islandGzip ? `${w.page}: island ${kib(w.island)}` : [],
  ].flat());
  assert.deepEqual(over, []);
});

test(`every page with search: the quick answer (search code and key map) ≤ ${kib(budget.firstSearchWire)}, the key map ≤ ${kib(budget.searchKeysGzip)}`, () => {
  // Pagefind is measured in the browser by `npm run bench`; what comes before it is exact here.
  const searchable = weights.filter((w) => w.quickSearch > 0);
  assert.ok(searchable.length >= errorPages.length, `${searchable.length} pages with search`);
  const over = searchable.flatMap((w) => [
    w.quickSearch > budget.firstSearchWire ? `${w.page}: quick answer ${kib(w.quickSearch)}` : [],
    w.searchKeys > budget.searchKeysGzip ? `${w.page}: key map ${kib(w.searchKeys)}` : [],
  ].flat());
  assert.deepEqual(over, []);
  console.log(`quick search answer: ${kib(Math.min(...searchable.map((w) => w.quickSearch)))}–${kib(Math.max(...searchable.map((w) => w.quickSearch)))}`);
});

test('the heaviest error page, for the record', () => {
  const heaviest = [...errorPages].sort((a, b) => b.html - a.html)[0];
  assert.ok(heaviest);
  const catalogue = [...errorPages].sort((a, b) => b.catalogue - a.catalogue)[0];
  console.log(`largest codes and messages: ${catalogue?.page}: ${kib(catalogue?.catalogue ?? 0)}`);
  console.log(`heaviest error page ${heaviest.page}: HTML ${kib(heaviest.html)} (${kib(heaviest.htmlAll)} with codes and messages), CSS ${kib(heaviest.css)}, JS ${kib(heaviest.js)}, ${heaviest.requests} requests, island ${kib(heaviest.island)}`);
});
