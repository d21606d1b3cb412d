#!/usr/bin/env node
// Budgets of the backoff visualiser (issue 5), measured rather than asserted in timed tests:
//   1. recomputing the schedule and a 10,000-client herd for one parameter change fits in one
//      animation frame (16 ms): median over repeated runs, per change, after warm-up;
//   2. the island's JavaScript is at most 12 KiB gzip and is loaded only by pages that show it
//      (read off dist/, so run `npm run build` first).
// Usage: node scripts/bench-visualiser.ts [--dist <dir>]. Exits 1 when a budget is exceeded.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { retrySchedule } from '../src/lib/backoff.ts';
import { simulateHerd } from '../src/lib/herd.ts';
import { seededRandom } from '../src/lib/random.ts';
import { baseDefaults, limits, policyFromState, type VisualiserState } from '../src/lib/visualiser-state.ts';

const FRAME_MS = 16;
const ISLAND_GZIP = 12 * 1024;
const RUNS = 30;
const distArg = process.argv.indexOf('--dist');
const dist = distArg > 0 ? (process.argv[distArg + 1] ?? 'dist') : 'dist';

/** What the island does on a parameter change: the schedule, then the herd of every strategy. */
function recompute(s: VisualiserState): void {
  const policy = policyFromState(s);
  retrySchedule(policy, seededRandom(s.seed));
  simulateHerd(policy, { clients: s.clients, outageSeconds: s.outage, seed: s.seed });
}

function time(s: VisualiserState): { median: number; p95: number; max: number } {
  for (let i = 0; i < 5; i++) recompute({ ...s, seed: s.seed + 1000 + i });
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    recompute({ ...s, seed: s.seed + i });
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  return { median: runs[Math.floor(RUNS / 2)] ?? 0, p95: runs[Math.floor(RUNS * 0.95)] ?? 0, max: runs.at(-1) ?? 0 };
}

// The guide's starting point (the 500 snippet's policy), then one change at a time from it.
const start: VisualiserState = { ...baseDefaults, strategy: 'full', base: 1, cap: 30, retries: 2, wrap: true };
const changes: [string, VisualiserState][] = [
  ['guide preset: full jitter around the SDK, 3 × 3', start],
  ['error-page preset: SDK default', { ...baseDefaults }],
  ['base 1 → 2 s', { ...start, base: 2 }],
  ['cap 30 → 10 s', { ...start, cap: 10 }],
  ['retries 2 → 5', { ...start, retries: 5 }],
  ['strategy → decorrelated', { ...start, strategy: 'decorrelated' }],
  ['wrap off', { ...start, wrap: false }],
  ['retry-after 2 s', { ...start, retryAfter: 2 }],
  ['outage 5 → 60 s', { ...start, outage: 60 }],
  ['heaviest the limits allow: 10 retries × 3, base 0.01 s, 600 s outage', {
    ...start, retries: limits.retries.max, base: limits.base.min, outage: limits.outage.max, clients: limits.clients.max,
  }],
];

let failed = false;
console.log(`Recompute of schedule + ${baseDefaults.clients.toLocaleString('en')}-client herd (5 strategies), ${RUNS} runs each, ms:`);
for (const [name, s] of changes) {
  const t = time(s);
  const over = t.median > FRAME_MS;
  failed ||= over;
  console.log(`  ${over ? '✗' : '✓'} median ${t.median.toFixed(2).padStart(6)}  p95 ${t.p95.toFixed(2).padStart(6)}  max ${t.max.toFixed(2).padStart(6)}  ${name}`);
}

const astro = join(dist, '_astro');
if (!existsSync(astro)) {
  console.log(`\n${dist}/_astro not found: run \`npm run build\` to measure the island.`);
} else {
  const files = readdirSync(astro).filter((f) => /visuali[sz]er/i.test(f) && f.endsWith('.js'));
  let gzip = 0;
  let raw = 0;
  for (const f of files) {
    const bytes = readFileSync(join(astro, f));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  const over = files.length === 0 || gzip > ISLAND_GZIP;
  failed ||= over;
  console.log(`\n${over ? '✗' : '✓'} island JavaScript: ${files.join(', ') || 'not found'}: ${raw} B raw, ${gzip} B gzip (budget ${ISLAND_GZIP} B)`);
  const loads = (page: string) => existsSync(join(dist, page)) && files.some((f) => readFileSync(join(dist, page), 'utf8').includes(f));
  const withIsland = 'en/errors/500/index.html';
  const without = ['en/index.html', 'ko/index.html', 'en/errors/401/index.html'].filter((p) => existsSync(join(dist, p)));
  const wrong = [...(loads(withIsland) ? [] : [`${withIsland} does not load it`]), ...without.filter(loads).map((p) => `${p} loads it`)];
  failed ||= wrong.length > 0;
  console.log(`${wrong.length ? '✗' : '✓'} loaded only where shown: ${wrong.length ? wrong.join('; ') : `${withIsland} yes; ${without.join(', ')} no`}`);
}
process.exit(failed ? 1 : 0);
