import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeRange, inRange, parseRange, rangeOrder, rangesOverlap } from '../../src/lib/version-range.ts';

test('a lower bound is inclusive and an upper bound exclusive', () => {
  assert.equal(inRange('2.5.0', '>=2.5.0'), true);
  assert.equal(inRange('2.4.9', '>=2.5.0'), false);
  assert.equal(inRange('2.4.9', '>=0.47.0 <2.5.0'), true);
  assert.equal(inRange('2.5.0', '>=0.47.0 <2.5.0'), false);
  assert.equal(inRange('0.46.0', '>=0.47.0 <2.5.0'), false);
  assert.equal(inRange('1.13.0', '*'), true);
  assert.equal(inRange('1.13.0', '1.13.0'), true);
  assert.equal(inRange('1.13.1', '1.13.0'), false);
});

test('versions compare numerically, not as text', () => {
  assert.equal(inRange('1.17.0', '>=1.5.0'), true);
  assert.equal(inRange('1.10.0', '<1.9.0'), false);
});

test('malformed and empty ranges are rejected with the offending text', () => {
  assert.throws(() => parseRange('>= 2.5'), /not a version/);
  assert.throws(() => parseRange('~2.5.0'), /not a version range/);
  assert.throws(() => parseRange('>=2.5.0 <2.5.0'), /empty/);
  assert.throws(() => parseRange('0.x'), /not a version/);
});

test('overlap is detected across open and closed ranges', () => {
  assert.equal(rangesOverlap('>=2.5.0', '>=0.47.0 <2.5.0'), false);
  assert.equal(rangesOverlap('>=2.4.0', '>=0.47.0 <2.5.0'), true);
  assert.equal(rangesOverlap('<0.47.0', '>=0.47.0 <2.5.0'), false);
  assert.equal(rangesOverlap('*', '1.13.0'), true);
  assert.equal(rangesOverlap('1.13.0', '>=1.14.0'), false);
});

test('ranges read naturally in both languages', () => {
  assert.equal(describeRange('>=2.5.0', 'en'), '2.5.0 and later');
  assert.equal(describeRange('>=2.5.0', 'ko'), '2.5.0 이상');
  assert.equal(describeRange('>=0.47.0 <2.5.0', 'en'), '0.47.0 to 2.4.x');
  assert.equal(describeRange('>=1.5.0 <1.17.0', 'en'), '1.5.0 to 1.16.x');
  assert.equal(describeRange('<1.5.0', 'ko'), '1.5.0 미만');
  assert.equal(describeRange('<1.0.0', 'en'), 'before 1.0.0');
  assert.equal(describeRange('*', 'en'), 'all versions');
  assert.equal(describeRange('>=1.0.0 <2.0.0', 'en'), '1.0.0 to 1.x');
});

test('the newest range sorts first', () => {
  assert.deepEqual(['<1.5.0', '>=2.5.0', '>=0.47.0 <2.5.0'].sort(rangeOrder), ['>=2.5.0', '>=0.47.0 <2.5.0', '<1.5.0']);
});
