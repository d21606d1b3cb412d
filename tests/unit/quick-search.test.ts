import { test } from 'node:test';
import assert from 'node:assert/strict';
import { componentHeadings, keyTerms, quickSearch, words, type QuickPage } from '../../src/lib/quick-search.ts';
import { normalizeQuery } from '../../src/lib/search-query.ts';

const page = (url: string, p: Partial<QuickPage>): QuickPage => ({ url, title: '', summary: '', description: '', terms: [], headings: [], ...p });

const pages: QuickPage[] = [
  page('/en/errors/429/', {
    title: '429 rate_limit_error: rate limit reached',
    summary: 'Your organization hit a rate limit or its spend cap.',
    terms: ['retry-after', 'anthropic-ratelimit-requests-remaining', 'RateLimitError'],
    headings: [['why-429', 'Why a 429 when I am under my limits?']],
  }),
  page('/en/errors/529/', {
    title: '529 overloaded_error: the API is overloaded',
    summary: 'The API is overloaded by traffic from all users.',
    description: 'Retry with backoff; the SDK already retried twice.',
    terms: ['OverloadedError', 'InternalServerError', 'retry-after'],
    headings: [['how-many', 'How many requests did my one call send?']],
  }),
  page('/en/guides/retries/', {
    title: 'Retrying Claude API errors',
    summary: 'Backoff, jitter and how many layers retry.',
    headings: [['jitter', 'Full jitter and the thundering herd']],
  }),
  page('/ko/errors/529/', { title: '529 overloaded_error: API 과부하', summary: '모든 사용자의 트래픽으로 API가 과부하 상태입니다.' }),
];

test('a title match outranks the same word in a summary or a term', () => {
  assert.deepEqual(quickSearch(pages.slice(0, 3), 'overloaded').map((h) => h.url), ['/en/errors/529/']);
  assert.equal(quickSearch(pages, 'rate limit')[0]?.url, '/en/errors/429/');
});

test('words match through light English stemming and as prefixes', () => {
  assert.equal(quickSearch(pages, 'overload')[0]?.url, '/en/errors/529/');
  assert.equal(quickSearch(pages, 'limits')[0]?.url, '/en/errors/429/');
  assert.equal(quickSearch(pages, 'retries')[0]?.url, '/en/guides/retries/', 'Retrying in a title');
  assert.equal(quickSearch(pages, 'retried')[0]?.url, '/en/guides/retries/');
  assert.equal(quickSearch(pages, 'users traffic')[0]?.url, '/en/errors/529/', 'words of a summary');
});

test('a page that matches every word beats one that matches some of them', () => {
  const hits = quickSearch(pages, 'retry-after header rate');
  assert.equal(hits[0]?.url, '/en/errors/429/');
  assert.ok(hits.every((h) => h.url !== '/en/guides/retries/'), 'a page matching under half the words is left out');
});

test('Hangul matches inside words that carry particles', () => {
  assert.equal(quickSearch(pages, normalizeQuery('과부하가'))[0]?.url, '/ko/errors/529/');
  assert.deepEqual(quickSearch(pages, '트래픽').map((h) => h.url), ['/ko/errors/529/']);
});

test('a matching heading becomes a deep link to its section', () => {
  const [hit] = quickSearch(pages, 'thundering herd');
  assert.deepEqual(hit?.section, { url: '/en/guides/retries/#jitter', title: 'Full jitter and the thundering herd' });
  assert.equal(quickSearch(pages, 'overloaded')[0]?.section, undefined);
});

test('stop words and unknown words find nothing, short words match whole', () => {
  assert.deepEqual(quickSearch(pages, 'the of to'), []);
  assert.deepEqual(quickSearch(pages, 'zebra'), []);
  assert.deepEqual(quickSearch(pages, 'ap'), []);
  assert.equal(quickSearch(pages, 'api overloaded')[0]?.url, '/en/errors/529/');
});

test('the limit caps the hits and equal scores keep the pages in order', () => {
  const same = [page('/a/', { title: 'retry' }), page('/b/', { title: 'retry' }), page('/c/', { title: 'retry' })];
  assert.deepEqual(quickSearch(same, 'retry', 2).map((h) => h.url), ['/a/', '/b/']);
});

test('words split identifiers at punctuation and keep underscores', () => {
  assert.deepEqual(words('e.status_code == 529, retry-after'), ['e', 'status_code', '529', 'retry', 'after']);
});

test('key terms are the inline code and bold phrases of a body, once each, fenced code left out', () => {
  const body = 'Use `retry-after` and **do not retry** a `retry-after`.\n```py\nimport anthropic\n```\n';
  assert.deepEqual(keyTerms(body), ['retry-after', 'do not retry']);
});

test('component headings give their id and text', () => {
  assert.deepEqual(componentHeadings('<H2 id="headers">Rate-limit `headers`</H2>\ntext\n<H2 id="tiers">Tiers</H2>'), [
    ['headers', 'Rate-limit headers'],
    ['tiers', 'Tiers'],
  ]);
});
