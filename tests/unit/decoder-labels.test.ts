// Every answer the decoder can give has its words on the page, in both languages: notes, kinds of
// evidence, SDK ranges, how sure, known messages. Checked against what the corpus actually produces
// and against the declared lists, so a new note without a label fails here, not in a reader's browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dictionaries } from '../../src/i18n/index.ts';
import { decoderLabels } from '../../src/components/decoder/labels.ts';
import { entries } from '../../src/lib/registry.ts';
import { buildDecoderIndex } from '../../src/lib/decoder/catalogue-index.ts';
import { decode } from '../../src/lib/decoder/decode.ts';
import { PHRASES, sdkRangeFacts } from '../../src/lib/decoder/print-shapes.ts';

const index = buildDecoderIndex(entries);
const labels = (lang: 'en' | 'ko'): Record<string, string> => ({ ...(dictionaries[lang] as Record<string, string>), ...decoderLabels[lang] });

const pastes = readFileSync(new URL('../decoder-corpus/pastes.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { paste: string }).paste);
const results = pastes.map((p) => decode(p, index));

const needed = new Set<string>([
  ...Object.keys(sdkRangeFacts).map((id) => `decode.sdkRange.${id}`),
  ...PHRASES.flatMap((p) => (p.knownMessage ? [`decode.message.${p.knownMessage}`] : [])),
  ...['high', 'medium', 'low'].map((l) => `decode.confidence.${l}`),
  ...['agreeing', 'single', 'weak', 'conflicting'].map((b) => `decode.confidence.basis.${b}`),
  ...['bedrock', 'vertex'].map((p) => `decode.onPlatform.${p}`),
  ...['status', 'type', 'class', 'platform', 'stream', 'case', 'example', 'short', 'phrase', 'connection', 'foreign', 'format'].map((k) => `decode.evidence.${k}`),
  ...['wrapper-class', 'gateway-page', 'foreign-sdk', 'mid-stream', 'other-5xx', 'unknown-status', 'type-status-mismatch'].map((n) => `decode.note.${n}`),
  'decode.notClaude',
  'decode.notClaude.body',
  'decode.notEnough.body',
  'decode.confidence',
  'decode.sdkRange',
  'decode.knownMessage',
]);
for (const r of results) {
  for (const n of r.notes) needed.add(`decode.note.${n}`);
  for (const e of r.evidence) needed.add(`decode.evidence.${e.kind}`);
  if (r.sdkRange) needed.add(`decode.sdkRange.${r.sdkRange.id}`);
  if (r.knownMessage && !r.knownCase) needed.add(`decode.message.${r.knownMessage}`);
}

for (const lang of ['en', 'ko'] as const) {
  test(`${lang}: every decoder answer has its label`, () => {
    const have = labels(lang);
    assert.deepEqual([...needed].filter((k) => !(k in have) || have[k]?.trim() === ''), []);
  });
}

test('the two languages label the same keys, and the new labels do not shadow the shared dictionary', () => {
  assert.deepEqual(Object.keys(decoderLabels.en).sort(), Object.keys(decoderLabels.ko).sort());
  for (const key of Object.keys(decoderLabels.en)) assert.ok(!(key in dictionaries.en), `${key} is already in the shared dictionary`);
});

test('Korean labels are written in Korean, with no internal file named', () => {
  for (const [key, text] of Object.entries(decoderLabels.ko)) assert.match(text, /[가-힣]/, key);
  for (const lang of ['en', 'ko'] as const) {
    for (const [key, text] of Object.entries(decoderLabels[lang])) assert.doesNotMatch(text, /fact sheet|팩트 시트|the reference/i, key);
  }
});
