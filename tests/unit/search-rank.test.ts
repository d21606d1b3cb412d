import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entries } from '../../src/lib/registry.ts';
import { lookupOwners, rankOwnersFirst, searchKeys } from '../../src/lib/search-rank.ts';

const owners = lookupOwners(entries, '/docs/', 'ko');

test('statuses, types and current class names are owned by their published pages', () => {
  assert.deepEqual(owners['529'], ['/docs/ko/errors/529/']);
  assert.deepEqual(owners['overloaded_error'], ['/docs/ko/errors/529/']);
  assert.ok(owners['overloadederror']?.includes('/docs/ko/errors/529/'));
  assert.ok(owners['ratelimiterror']?.includes('/docs/ko/errors/429/'));
});

test('a class raised for an older SDK version only does not own the lookup', () => {
  // 529 lists InternalServerError for Python < 0.47 and TypeScript 0.x; it is not current there.
  assert.ok(!owners['internalservererror']?.includes('/docs/ko/errors/529/'));
});

test('the owners of an exact key move to the front, the rest keep their order', () => {
  const hits = [{ url: '/a/' }, { url: '/docs/ko/errors/429/' }, { url: '/b/' }];
  assert.deepEqual(rankOwnersFirst(hits, ' RateLimitError ', owners).map((h) => h.url), ['/docs/ko/errors/429/', '/a/', '/b/']);
  assert.deepEqual(rankOwnersFirst(hits, 'rate limit', owners), hits);
});

test('an owner missing from the loaded hits is added in front when the caller can describe it', () => {
  const hits = [{ url: '/a/' }, { url: '/b/' }];
  const ranked = rankOwnersFirst(hits, 'RateLimitError', owners, (url) => ({ url }));
  assert.deepEqual(ranked.map((h) => h.url), ['/docs/ko/errors/429/', '/a/', '/b/']);
  assert.deepEqual(rankOwnersFirst(hits, 'RateLimitError', owners).map((h) => h.url), ['/a/', '/b/']);
});

test('the key map sends statuses, types and slugs to their page and keeps the quick index it is given', () => {
  const index = { pages: [{ url: '/docs/ko/errors/529/', title: 't', summary: 's', description: 'd', terms: [], headings: [], sections: [] }], words: { '0': 'overloaded' } };
  const keys = searchKeys(entries, '/docs/', 'ko', index, { none: 'none', count: 'count' });
  assert.equal(keys.direct['529'], '/docs/ko/errors/529/');
  assert.equal(keys.direct['overloaded_error'], '/docs/ko/errors/529/');
  assert.equal(keys.direct['connection-error'], '/docs/ko/errors/connection-error/');
  assert.deepEqual(keys.owners, owners);
  assert.equal(keys.pages, index.pages);
  assert.equal(keys.words, index.words);
});
