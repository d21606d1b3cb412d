// The markup helpers the server and the island share (src/components/visualiser/render.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import { coreLabelKeys, esc, herdFinding, herdRows, makeFormat, niceTicks, panelLabelKeys, scheduleRows, timelineSvg, type ClientLabels, type StrategyNames } from '../../src/components/visualiser/render.ts';
import { retrySchedule } from '../../src/lib/backoff.ts';
import { simulateHerd } from '../../src/lib/herd.ts';
import { seededRandom } from '../../src/lib/random.ts';
import { baseDefaults, policyFromState } from '../../src/lib/visualiser-state.ts';

const labels = (dict: typeof en | typeof ko) => Object.fromEntries([...coreLabelKeys, ...panelLabelKeys].map((k) => [k, dict[k]])) as ClientLabels;
const names = Object.fromEntries((['sdk-default', 'none', 'full', 'equal', 'decorrelated', 'fixed'] as const).map((s) => [s, en[`vis.strategy.${s}`]])) as StrategyNames;

test('times read naturally in each language: 0.375 s / 0.375초, and minutes from 120 s', () => {
  const f = makeFormat('en', labels(en));
  const k = makeFormat('ko', labels(ko));
  assert.equal(f.seconds(0.375), '0.375 s');
  assert.equal(k.seconds(0.375), '0.375초');
  assert.equal(f.range(0.375, 0.5), '0.375–0.5 s');
  assert.equal(f.seconds(1801.5), '30 min');
  assert.equal(k.seconds(1801.5), '30분');
  assert.equal(f.usd(0.04), '$0.04');
});

test('one table row per request, with the SDK and wrapper waits named', () => {
  const policy = policyFromState({ ...baseDefaults, strategy: 'full', base: 1, cap: 30, wrap: true });
  const html = scheduleRows(retrySchedule(policy, seededRandom(1)), makeFormat('en', labels(en)), labels(en));
  assert.equal(html.match(/<tr /g)?.length, 9);
  assert.equal(html.match(/data-by="sdk"/g)?.length, 6);
  assert.equal(html.match(/data-by="wrapper"/g)?.length, 2);
});

test('the timeline is an image with a text alternative, one lane per call', () => {
  const policy = policyFromState({ ...baseDefaults, strategy: 'full', base: 1, cap: 30, wrap: true });
  const svg = timelineSvg(retrySchedule(policy, seededRandom(1)), 3, makeFormat('en', labels(en)), labels(en), 'One run');
  assert.match(svg, /^<svg [^>]*role="img" aria-label="One run\. 9 requests over [^"]+"/);
  assert.equal(svg.match(/class="lane"/g)?.length, 3);
  assert.equal(svg.match(/class="req"/g)?.length, 9);
});

test('the herd table and sentence give the chart’s numbers in words', () => {
  const herd = simulateHerd(policyFromState({ ...baseDefaults, strategy: 'full', base: 1, retries: 5 }), { clients: 1000, outageSeconds: 10, seed: 1 });
  const f = makeFormat('en', labels(en));
  assert.equal(herdRows(herd, f, labels(en), names).match(/<tr /g)?.length, 5);
  assert.match(herdFinding(herd, f, labels(en)), /^Without jitter, 25% of all retries arrive in the same 100 ms; with full jitter, \d(\.\d)?%\.$/);
});

test('text is escaped and axis steps are round numbers', () => {
  assert.equal(esc('<a href="x">&</a>'), '&#60;a href=&#34;x&#34;&#62;&#38;&#60;/a&#62;');
  assert.deepEqual(niceTicks(7.5), [0, 2, 4, 6]);
  assert.deepEqual(niceTicks(1801.5, 4), [0, 500, 1000, 1500]);
});
