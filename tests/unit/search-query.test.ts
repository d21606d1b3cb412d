import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { directKey, normalizeQuery, stripParticle } from '../../src/lib/search-query.ts';
import { spacedCompounds } from '../../src/lib/korean-terms.ts';

test('a Korean term followed by a particle is searched without it', () => {
  assert.equal(normalizeQuery('재시도를'), '재시도');
  assert.equal(normalizeQuery('과부하가'), '과부하');
  assert.equal(normalizeQuery('인증에서'), '인증');
  assert.equal(normalizeQuery('스트리밍으로 재시도는'), '스트리밍 재시도');
});

test('a compound typed without its space is searched as the indexed words', () => {
  assert.equal(normalizeQuery('속도제한'), '속도 제한');
  assert.equal(normalizeQuery('속도제한에'), '속도 제한');
  assert.equal(normalizeQuery('요청ID'), '요청 ID');
});

test('short words keep their last syllable: a particle is only stripped when two syllables remain', () => {
  assert.equal(stripParticle('이'), '이');
  assert.equal(stripParticle('키가'), '키가');
  assert.equal(stripParticle('한도'), '한도');
});

test('terms that end in a particle-like syllable are kept whole', () => {
  assert.equal(stripParticle('재시도'), '재시도');
  assert.equal(stripParticle('재시도도'), '재시도');
  assert.equal(stripParticle('속도'), '속도');
  assert.equal(stripParticle('한도를'), '한도');
});

test('codes, types, class names and headers pass through unchanged', () => {
  for (const q of ['529', 'overloaded_error', 'RateLimitError', 'retry-after', 'x-should-retry', 'APIConnectionError']) {
    assert.equal(normalizeQuery(`  ${q} `), q);
  }
});

test('direct keys ignore case and surrounding quotes', () => {
  assert.equal(directKey(' "Overloaded_Error" '), 'overloaded_error');
  assert.equal(directKey('529'), '529');
});

test('every spaced compound is a term of the Korean glossary', () => {
  const glossary = readFileSync(new URL('../../content/glossary.md', import.meta.url), 'utf8');
  for (const compound of spacedCompounds) assert.ok(glossary.includes(compound), `${compound} is missing from content/glossary.md`);
});
