// The decoder against real pastes: tests/decoder-corpus/pastes.jsonl holds error outputs copied verbatim
// from public issue threads (each with its link), plus a few marked `generated` that the installed SDKs
// printed against a local server. Every paste counts; accuracy is reported per shape and must stay at
// 95 % overall and 90 % for every shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { entries, entryBySlug } from '../../src/lib/registry.ts';
import { buildDecoderIndex } from '../../src/lib/decoder/catalogue-index.ts';
import { decode, type DecodeResult } from '../../src/lib/decoder/decode.ts';

interface CorpusPaste {
  paste: string;
  source: string;
  shape: string;
  expect: {
    entry: string | null;
    inner?: string;
    errorCode?: string;
    knownCase?: string;
    requestId?: string;
    platform?: 'bedrock' | 'vertex';
    notClaude?: string;
    sdk?: 'python' | 'typescript';
    sdkRange?: '>=1.17.0' | '<=1.16.0';
  };
}

const corpus: CorpusPaste[] = readFileSync(new URL('../decoder-corpus/pastes.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as CorpusPaste);
const index = buildDecoderIndex(entries);
const NOW = Date.parse('2026-12-06T00:00:00Z');

/** Why a paste's answer is wrong, or null when it is right. */
function wrong(p: CorpusPaste, r: DecodeResult): string | null {
  const e = p.expect;
  const got = r.match?.slug ?? null;
  if (got !== e.entry) return `entry ${got ?? 'none'} (${r.outcome}), expected ${e.entry ?? 'none'}`;
  if (e.inner !== undefined && r.inner?.slug !== e.inner) return `inner ${r.inner?.slug ?? 'none'}, expected ${e.inner}`;
  if (e.notClaude !== undefined && r.notClaude?.provider !== e.notClaude) return `provider ${r.notClaude?.provider ?? 'none'}, expected ${e.notClaude}`;
  if (e.entry === null && e.notClaude === undefined && r.outcome !== 'not-enough') return `outcome ${r.outcome}, expected not-enough`;
  if (e.errorCode !== undefined && r.errorCode !== e.errorCode) return `error code ${r.errorCode ?? 'none'}, expected ${e.errorCode}`;
  if (e.knownCase !== undefined && r.knownCase !== e.knownCase) return `known case ${r.knownCase ?? 'none'}, expected ${e.knownCase}`;
  if (e.requestId !== undefined && r.requestId !== e.requestId) return `request id ${r.requestId ?? 'none'}, expected ${e.requestId}`;
  if (e.platform !== undefined && (r.platform?.platform ?? r.onPlatform) !== e.platform) return `platform ${r.platform?.platform ?? r.onPlatform ?? 'none'}, expected ${e.platform}`;
  if (e.sdk !== undefined && r.sdk !== e.sdk) return `sdk ${r.sdk ?? 'none'}, expected ${e.sdk}`;
  if (e.sdkRange === '>=1.17.0' && r.sdkRange?.id !== 'ts-1.17-or-later') return `sdk range ${r.sdkRange?.id ?? 'none'}, expected 1.17.0 or later`;
  if (e.sdkRange === '<=1.16.0' && !['ts-1.16-or-earlier', 'ts-connection-error'].includes(r.sdkRange?.id ?? '')) return `sdk range ${r.sdkRange?.id ?? 'none'}, expected 1.16.0 or earlier`;
  // A match always says how sure it is, and the verdict is the registry's for the entry or one of its cases.
  if (r.match && r.confidence === null) return 'no confidence given';
  if (r.match && r.verdict === null) return 'no verdict';
  return null;
}

const results = corpus.map((p) => ({ p, r: decode(p.paste, index, { now: NOW }) })).map(({ p, r }) => ({ p, r, why: wrong(p, r) }));

test(`the corpus holds at least 150 pastes, at most 15 % generated (${corpus.length})`, () => {
  assert.ok(corpus.length >= 150);
  const generated = corpus.filter((p) => p.source.startsWith('generated')).length;
  assert.ok(generated / corpus.length <= 0.15, `${generated} generated`);
  for (const p of corpus) assert.ok(p.source.startsWith('https://') || p.source.startsWith('generated: '), `source of ${p.paste.slice(0, 60)}`);
});

test('the corpus covers every catalogue entry and at least 20 other providers’ errors', () => {
  const covered = new Set(corpus.flatMap((p) => [p.expect.entry, p.expect.inner]));
  assert.deepEqual(entries.map((e) => e.slug).filter((s) => !covered.has(s)), []);
  assert.ok(corpus.filter((p) => p.expect.notClaude !== undefined).length >= 20);
});

test('accuracy: at least 95 % overall and 90 % for every shape', (t) => {
  const shapes = [...new Set(corpus.map((p) => p.shape))].sort();
  const lines: string[] = [];
  const low: string[] = [];
  for (const shape of shapes) {
    const of = results.filter((x) => x.p.shape === shape);
    const right = of.filter((x) => x.why === null).length;
    const rate = right / of.length;
    lines.push(`${shape.padEnd(15)} ${String(right).padStart(3)}/${String(of.length).padEnd(3)} ${(rate * 100).toFixed(1)} %`);
    if (rate < 0.9) low.push(shape);
  }
  const right = results.filter((x) => x.why === null).length;
  const overall = right / results.length;
  lines.push(`${'overall'.padEnd(15)} ${String(right).padStart(3)}/${String(results.length).padEnd(3)} ${(overall * 100).toFixed(1)} %`);
  const foreign = results.filter((x) => x.p.expect.notClaude !== undefined);
  const falsePositives = foreign.filter((x) => x.r.match !== null).length;
  lines.push(`non-Claude pastes given a Claude entry: ${falsePositives}/${foreign.length}`);
  for (const line of lines) t.diagnostic(line);
  for (const x of results.filter((y) => y.why !== null)) t.diagnostic(`miss [${x.p.shape}] ${x.why} — ${x.p.source}\n  ${x.p.paste.slice(0, 140).replace(/\n/g, '⏎')}`);
  assert.ok(overall >= 0.95, `overall ${(overall * 100).toFixed(1)} %`);
  assert.deepEqual(low, [], 'shapes below 90 %');
});

test('no non-Claude paste gets a Claude entry', () => {
  const wrongly = results.filter((x) => x.p.expect.notClaude !== undefined && x.r.match !== null);
  assert.deepEqual(wrongly.map((x) => x.p.source), []);
});

test('the verdict of a match is the registry’s for its entry, its known case, or its platform error', () => {
  for (const { p, r } of results) {
    if (!r.match || r.verdict === null) continue;
    const entry = entryBySlug(r.match.slug);
    const allowed = new Set([entry.verdict, 'retry-after']);
    if (r.knownCase) for (const k of index.knownCases.filter((c) => c.id === r.knownCase)) allowed.add(k.verdict);
    if (r.platform) for (const e of index.platformErrors.filter((x) => x.name === r.platform?.name)) allowed.add(e.verdict);
    if (r.inner) allowed.add(entryBySlug(r.inner.slug).verdict);
    assert.ok(allowed.has(r.verdict), `${p.source}: verdict ${r.verdict} for ${r.match.slug}`);
  }
});
