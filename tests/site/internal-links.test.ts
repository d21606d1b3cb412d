// Crawls the built site as a static host serves it under SITE_BASE: every internal link, asset and
// anchor must resolve. Run at `/` and under a sub-path by `npm test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base, fileFor, htmlFiles, idsIn, linksIn, read, urlPathOf } from './built-site.ts';

const files = htmlFiles();

test(`the build under base ${base} has pages to crawl`, () => {
  assert.ok(files.length >= 10, `only ${files.length} HTML files`);
});

test(`every internal link, asset and anchor resolves under base ${base}`, () => {
  const broken: string[] = [];
  const origin = 'http://site.test';
  for (const file of files) {
    const html = read(file);
    const pageUrl = new URL(`${base}${urlPathOf(file)}`, origin);
    for (const raw of linksIn(html)) {
      if (raw === '' || /^(mailto:|data:|javascript:)/.test(raw)) continue;
      const url = new URL(raw, pageUrl);
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${file}: ${raw} leaves the base path ${base}`);
        continue;
      }
      const target = fileFor(url.pathname.slice(base.length));
      if (!target) {
        broken.push(`${file}: ${raw} → 404`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !idsIn(read(target)).has(anchor)) broken.push(`${file}: ${raw} → no #${anchor}`);
    }
  }
  assert.deepEqual(broken, []);
});

test(`every page declares its language and links its canonical URL under base ${base}`, () => {
  for (const file of files.filter((f) => f !== '404.html')) {
    const html = read(file);
    assert.match(html, /<html lang="(en|ko)"/, `${file} has no lang`);
    if (file !== 'index.html') assert.match(html, /<link rel="canonical" href="[^"]+"/, `${file} has no canonical link`);
  }
});
