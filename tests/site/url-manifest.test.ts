// Published URLs are a promise to runbooks: once listed in published-urls.txt a URL must keep resolving.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { base, fileFor, idsIn, read } from './built-site.ts';
import { manifestPath, parseManifest, publishedUrls } from './published-urls.ts';

const manifest = parseManifest(readFileSync(manifestPath, 'utf8'));

test(`every URL in the committed manifest still resolves under base ${base}`, () => {
  const broken = manifest.filter((url) => {
    const [path = '', anchor] = url.split('#');
    const file = fileFor(path);
    return !file || (anchor !== undefined && !idsIn(read(file)).has(anchor));
  });
  assert.deepEqual(broken, [], 'A published URL stopped resolving. Never remove a URL: keep a page, or add a short link.');
});

test('every URL the site now publishes is recorded in the manifest', () => {
  const missing = publishedUrls().filter((url) => !manifest.includes(url));
  assert.deepEqual(missing, [], 'New URLs: run `npm run urls:update` and commit tests/site/published-urls.txt.');
});
