// `npm test`: every check, in the order that fails fastest. Each step streams its own output;
// the last line sums the tests of every runner so CI can read one closing line.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
/** A sub-path like the internal docs hosts this site is often deployed under. */
const SUB_PATH = '/docs/errors/';

/** Counts the passed and failed tests in a runner's output. */
const counters = {
  node: (out) => ({ passed: last(out, /^ℹ pass (\d+)$/m, /^# pass (\d+)$/m), failed: last(out, /^ℹ fail (\d+)$/m, /^# fail (\d+)$/m) }),
  pytest: (out) => ({ passed: last(out, /(\d+) passed/), failed: last(out, /(\d+) failed/) + last(out, /(\d+) errors?\b/) }),
  playwright: (out) => ({ passed: last(out, /^\s*(\d+) passed/m), failed: last(out, /^\s*(\d+) failed/m) }),
};

function last(text, ...patterns) {
  for (const p of patterns) {
    const all = [...text.matchAll(new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`))];
    if (all.length) return Number(all.at(-1)[1]);
  }
  return 0;
}

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => { output += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { output += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
    child.on('error', (e) => resolve({ code: 1, output: String(e) }));
  });
}

const steps = [
  { label: 'browser', command: process.execPath, args: ['scripts/ensure-browser.mjs'] },
  { label: 'unit tests', command: process.execPath, args: ['--test', '--test-reporter=spec', 'tests/unit/*.test.ts'], count: 'node' },
  // The drift alarm probes the installed Python SDK too, so its environment comes first.
  { label: 'python environment', command: process.execPath, args: ['scripts/setup-python.mjs'] },
  { label: 'SDK drift', command: process.execPath, args: ['--test', '--test-reporter=spec', 'tests/drift/*.test.ts'], count: 'node' },
  { label: 'type check', command: 'astro', args: ['check', '--minimumSeverity', 'warning'] },
  { label: 'build', command: 'npm', args: ['run', 'build'], gate: true },
  { label: 'built site at /', command: process.execPath, args: ['--test', '--test-reporter=spec', 'tests/site/*.test.ts'], count: 'node', needsBuild: true },
  {
    label: `build under ${SUB_PATH}`,
    command: 'sh',
    args: ['-c', 'astro build --outDir dist-base && pagefind --site dist-base'],
    env: { SITE_BASE: SUB_PATH },
    needsBuild: true,
    gate: true,
  },
  {
    label: `built site under ${SUB_PATH}`,
    command: process.execPath,
    args: ['--test', '--test-reporter=spec', 'tests/site/*.test.ts'],
    env: { SITE_BASE: SUB_PATH, DIST_DIR: 'dist-base' },
    count: 'node',
    needsBuild: true,
  },
  ...(existsSync('scripts/test-snippets.mjs')
    ? [{ label: 'snippets', command: process.execPath, args: ['scripts/test-snippets.mjs'], count: 'snippets' }]
    : []),
  { label: 'pages', command: 'playwright', args: ['test'], count: 'playwright', needsBuild: true },
];

const started = Date.now();
let passed = 0;
let failed = 0;
const failedSteps = [];
let buildOk = true;
for (const step of steps) {
  if (step.needsBuild && !buildOk) {
    failedSteps.push(`${step.label} (not run: the build failed)`);
    continue;
  }
  const { code, output } = await run(step.label, step.command, step.args, step.env);
  if (step.count === 'snippets') {
    for (const c of [counters.node(output), counters.pytest(output)]) { passed += c.passed; failed += c.failed; }
  } else if (step.count) {
    const c = counters[step.count](output);
    passed += c.passed;
    failed += c.failed;
  }
  if (code !== 0) {
    failedSteps.push(step.label);
    if (step.gate) buildOk = false;
    if (step.label === 'browser') break;
  }
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\nnpm test finished in ${seconds} s${failedSteps.length ? `; failed steps: ${failedSteps.join(', ')}` : ''}`);
if (failedSteps.length && failed === 0) failed = failedSteps.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
