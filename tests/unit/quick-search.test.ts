import { test } from 'node:test';
import assert from 'node:assert/strict';
import { componentHeadings, keyTerms, proseWordIndex, proseWords, queryUnits, quickSearch, stem, words, type QuickIndex, type QuickPage } from '../../src/lib/quick-search.ts';
import { normalizeQuery } from '../../src/lib/search-query.ts';

const page = (url: string, p: Partial<QuickPage>): QuickPage => ({ url, title: '', summary: '', description: '', terms: [], headings: [], sections: [], ...p });
const sections: [string, string][] = [['fix', 'How to fix it'], ['retry', 'Retry policy']];

const pages: QuickPage[] = [
  page('/en/errors/429/', {
    title: '429 rate_limit_error: rate limit reached',
    summary: 'Your organization hit a rate limit or its spend cap.',
    terms: ['retry-after', 'anthropic-ratelimit-requests-remaining', 'RateLimitError'],
    headings: [['why-429', 'Why a 429 when I am under my limits?']],
    sections,
  }),
  page('/en/errors/529/', {
    title: '529 overloaded_error: the API is overloaded',
    summary: 'The API is overloaded by traffic from all users.',
    description: 'Retry with backoff; the SDK already retried twice.',
    terms: ['OverloadedError', 'InternalServerError'],
    headings: [['how-many', 'How many requests did my one call send?'], ['stream', 'Does the SDK retry a 529 in a stream?']],
    sections,
  }),
  page('/en/errors/stream-error/', { title: 'stream-error: an error event after HTTP 200', sections }),
  page('/en/guides/retries/', {
    title: 'Retrying Claude API errors',
    summary: 'Backoff, jitter and how many layers retry.',
    headings: [['jitter', 'Full jitter and the thundering herd']],
  }),
];
const bodies = ['Send fewer messages per minute.', 'Prefill is not the cause. Traffic is.', 'A stream sends an error after the 200.', 'Keys and caches.'];
const index: QuickIndex = { pages, words: proseWordIndex(bodies) };
const urls = (q: string, i: QuickIndex = index) => quickSearch(i, normalizeQuery(q)).map((h) => h.url);

test('a title match outranks the same word in a summary, a term or the prose', () => {
  assert.equal(urls('overloaded')[0], '/en/errors/529/');
  assert.equal(urls('rate limit')[0], '/en/errors/429/');
});

test('stems join singular and plural, and verb forms', () => {
  for (const [a, b] of [['messages', 'message'], ['caches', 'cache'], ['sizes', 'size'], ['cases', 'case'], ['keys', 'key'], ['retries', 'retry'], ['retried', 'retry'], ['overloaded', 'overload'], ['limits', 'limit'], ['boxes', 'box']]) {
    assert.equal(stem(a ?? ''), stem(b ?? ''), `${a} ~ ${b}`);
  }
  assert.equal(stem('access'), 'access');
  assert.equal(stem('429s'), '429s', 'numbers are not stemmed');
  assert.deepEqual(urls('message'), ['/en/errors/429/']);
  assert.deepEqual(urls('key'), ['/en/guides/retries/']);
});

test('an identifier matches whole before its parts: retry-after is the header, not "retry" and "after"', () => {
  assert.equal(urls('retry-after')[0], '/en/errors/429/');
  assert.deepEqual(queryUnits('retry-after e.status_code 과부하가 the'), ['retry-after', 'e.status_code', '과부하']);
});

test('a page that matches every unit beats one that names only one of them, and under half is left out', () => {
  const i: QuickIndex = {
    pages: [
      page('/one-word/', { title: 'Thundering' }),
      page('/both/', { headings: [['herd', 'thundering herd']] }),
      page('/third/', { title: 'alpha' }),
    ],
    words: {},
  };
  // Without the square of the share matched, the title's 10 would tie the headings' 5 + 5.
  assert.deepEqual(urls('thundering herd', i), ['/both/', '/one-word/']);
  assert.deepEqual(urls('alpha beta gamma', i), [], 'one word of three is under half');
  assert.equal(urls('retry-after rate')[0], '/en/errors/429/');
});

test('scores: a further field adds half a point (two at most), an identifier found only in parts earns half, an owner counts double a title', () => {
  const i: QuickIndex = {
    pages: [
      page('/twice/', { title: 'jitter', headings: [['j', 'jitter']] }),
      page('/everywhere/', { title: 'herd', summary: 'herd', description: 'herd', headings: [['h', 'herd']] }),
      page('/parts/', { title: 'Retry after a pause' }),
      page('/owner/', { summary: 'nothing to match' }),
    ],
    words: {},
    owners: { ratelimiterror: ['/owner/'] },
  };
  assert.equal(quickSearch(i, 'jitter')[0]?.score, 10.5);
  assert.equal(quickSearch(i, 'herd')[0]?.score, 11);
  assert.equal(quickSearch(i, 'retry-after')[0]?.score, 5);
  assert.deepEqual(quickSearch(i, 'RateLimitError typescript').map((h) => [h.url, h.score]), [['/owner/', 5]]);
});

test('a quoted message among the key terms weighs as a sentence, not as a name', () => {
  const i: QuickIndex = {
    pages: [page('/quotes/', { terms: ['Too many requests. Exceeded the rate'] }), page('/names/', { terms: ['too_many_requests'] })],
    words: {},
  };
  assert.deepEqual(quickSearch(i, 'requests').map((h) => [h.url, h.score]), [['/names/', 6], ['/quotes/', 2]]);
});

test('the prose words answer a word no title or heading has, after the fields', () => {
  assert.deepEqual(urls('prefill'), ['/en/errors/529/']);
  assert.deepEqual(urls('traffic'), ['/en/errors/529/'], 'summary and prose agree');
  assert.equal(urls('stream')[0], '/en/errors/stream-error/');
});

test('Hangul matches inside words that carry particles; one syllable only at a word start', () => {
  const ko: QuickIndex = {
    pages: [
      page('/ko/errors/413/', { title: '413 request_too_large: 크기 한도 초과' }),
      page('/ko/errors/529/', { title: '529 overloaded_error: API 과부하', summary: '모든 사용자의 트래픽으로 API가 과부하 상태입니다.' }),
    ],
    words: proseWordIndex(['요청이 너무 큽니다.', '과부하가 생기면 재시도를 지터와 함께 하세요.']),
  };
  assert.deepEqual(urls('과부하가', ko), ['/ko/errors/529/']);
  assert.deepEqual(urls('트래픽', ko), ['/ko/errors/529/']);
  assert.deepEqual(urls('과', ko), ['/ko/errors/529/'], '과 starts 과부하, and is only inside 초과');
  assert.deepEqual(urls('재시도를 지터', ko), ['/ko/errors/529/'], 'prose words lose their particles');
});

test('a heading becomes the deep link when it matches two units or one the title does not', () => {
  assert.deepEqual(quickSearch(index, 'thundering herd')[0]?.section, { url: '/en/guides/retries/#jitter', title: 'Full jitter and the thundering herd' });
  assert.equal(quickSearch(index, '529')[0]?.section, undefined, 'the title already says 529');
  assert.equal(quickSearch(index, 'overloaded')[0]?.section, undefined);
  assert.deepEqual(quickSearch(index, 'fix 529')[0]?.section, { url: '/en/errors/529/#fix', title: 'How to fix it' });
  assert.deepEqual(urls('fix'), ['/en/errors/429/', '/en/errors/529/', '/en/errors/stream-error/'], 'a section every error page has weighs as prose');
  assert.equal(quickSearch(index, 'fix')[0]?.score, 1);
  const both: QuickIndex = { pages: [page('/herd/', { title: 'Thundering herd', headings: [['problem', 'The thundering herd problem']] })], words: {} };
  assert.equal(quickSearch(both, 'thundering herd')[0]?.section?.url, '/herd/#problem', 'two units in a heading link even when the title has them');
});

test('stop words, unknown words and short fragments find nothing', () => {
  assert.deepEqual(urls('the of to'), []);
  assert.deepEqual(urls('zebra'), []);
  assert.deepEqual(urls('ap'), []);
  assert.deepEqual(urls('...'), []);
  assert.equal(urls('api overloaded')[0], '/en/errors/529/');
});

test('the limit caps the hits and equal scores keep the pages in order', () => {
  const same: QuickIndex = { pages: [page('/a/', { title: 'retry' }), page('/b/', { title: 'retry' }), page('/c/', { title: 'retry' })], words: {} };
  assert.deepEqual(quickSearch(same, 'retry', 2).map((h) => h.url), ['/a/', '/b/']);
});

test('words split identifiers at punctuation and keep underscores', () => {
  assert.deepEqual(words('e.status_code == 529, retry-after'), ['e', 'status_code', '529', 'retry', 'after']);
});

test('prose words leave out fenced code, tags, link targets and front matter; the index groups them by pages', () => {
  const body = '---\ntitle: x\n---\n<Section id="fix">\nSee [the docs](https://example.com/zzz) for **backoff**.\n```py\nimport anthropic\n```\n</Section>';
  assert.deepEqual(proseWords(body).sort(), ['backoff', 'docs', 'for', 'see', 'the']);
  assert.deepEqual(proseWordIndex(['alpha beta', 'beta gamma']), { '0': 'alpha', '0.1': 'beta', '1': 'gamma' });
});

test('key terms are inline code and short bold phrases, once each, fenced code left out', () => {
  const body = 'Use `retry-after` and **do not retry** a `retry-after`. **This whole bold sentence is far too long.**\n```py\nimport anthropic\n```\n';
  assert.deepEqual(keyTerms(body), ['retry-after', 'do not retry']);
});

test('component headings give their id and text', () => {
  assert.deepEqual(componentHeadings('<H2 id="headers">Rate-limit `headers`</H2>\ntext\n<H2 id="tiers">Tiers</H2>'), [
    ['headers', 'Rate-limit headers'],
    ['tiers', 'Tiers'],
  ]);
});
