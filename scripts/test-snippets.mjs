#!/usr/bin/env node
// npm run test:snippets — checks and executes every snippet shown on the site.
//   1. scripts/setup-python.mjs (.venv with tests/snippets/requirements.txt, and each Python SDK
//      version into .venv/anthropic-sdk/<version> when pip can install it)
//   2. ruff check, mypy --strict on content/errors/*/snippet.py
//   3. tsc --strict --noEmit on content/errors/*/snippet.ts, scenarios and the scenario schema
//   4. the harness's own unit tests (node --test tests/snippets/harness.test.ts)
//   5. the TypeScript scenario runner, once per TypeScript SDK version (ANTHROPIC_TS_SDK=<package>)
//   6. the Python scenario runner, once per Python SDK version pip could install
//      (PYTHONPATH=.venv/anthropic-sdk/<version>; plus mypy --strict against that version when it
//      is not the one in requirements.txt); one "not run" line for each other version
// The versions come from tests/snippets/sdk-versions.ts: the TypeScript ones from package.json
// (@anthropic-ai/sdk and its aliases), the Python ones from ANTHROPIC_PY_VERSIONS or
// tests/snippets/anthropic-versions.txt.
// Every step runs even if an earlier check fails; exits non-zero if any step failed. A Python
// version pip cannot install is not a failure; a failing scenario on an installed one is.
// The last lines give the totals of every run (`ℹ pass N`, `N passed`) for scripts/test.mjs.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { typescriptSdks, pythonVersions } = await import('../tests/snippets/sdk-versions.ts');
const node = process.execPath; // Node 22 when run through npm (node_modules/.bin first on PATH)
const venvBin = join(root, '.venv', process.platform === 'win32' ? 'Scripts' : 'bin');
const python = join(venvBin, process.platform === 'win32' ? 'python.exe' : 'python');
const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };

const pages = readdirSync(join(root, 'content', 'errors'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join('content', 'errors', d.name));
const pySnippets = pages.map((p) => join(p, 'snippet.py'));

const started = Date.now();
const results = [];
/** Test counts per runner and SDK version. */
const counts = [];

/** Runs a command, streaming its output, and resolves with its exit status and output. */
function exec(cmd, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { output += d; process.stderr.write(d); });
    child.on('close', (code, signal) => resolve({ status: code, signal, output }));
    child.on('error', (e) => resolve({ status: null, signal: String(e), output: '' }));
  });
}

function last(text, pattern) {
  const all = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))];
  return all.length ? Number(all.at(-1)[1]) : 0;
}

/** Runs the commands of one step in order; `count` reads the test counts of its output. */
async function step(name, commands, { count, extraEnv } = {}) {
  const t = Date.now();
  console.log(`\n▶ ${name}`);
  let ok = true;
  let output = '';
  for (const [cmd, args] of commands) {
    const r = await exec(cmd, args, extraEnv);
    output += r.output;
    if (r.status !== 0) {
      ok = false;
      console.log(`✗ ${relative(root, cmd) || cmd} ${args.join(' ')} (exit ${r.status ?? r.signal})`);
    }
  }
  if (count === 'node') {
    counts.push({ name, runner: 'node', passed: last(output, /^ℹ pass (\d+)$/m), failed: last(output, /^ℹ fail (\d+)$/m) });
  } else if (count === 'pytest') {
    const failed = last(output, /(\d+) failed/) + last(output, /(\d+) errors?\b/);
    counts.push({ name, runner: 'pytest', passed: last(output, /(\d+) passed/), failed });
  }
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  results.push({ name, ok, secs });
  return ok;
}

const pythonReady = await step('setup-python', [[node, ['scripts/setup-python.mjs']]]);
if (pythonReady) {
  await step('ruff check (Python snippets and runner)', [
    [
      python,
      [
        '-m', 'ruff', 'check', '--config', 'tests/snippets/ruff.toml', ...pySnippets,
        'tests/snippets/conftest.py', 'tests/snippets/test_snippets.py', 'tests/snippets/test_visualiser_cross_check.py',
      ],
    ],
  ]);
  // One run per file: every snippet is a module named "snippet", which mypy refuses to check together.
  await step(
    'mypy --strict (Python snippets)',
    pySnippets.map((f) => [python, ['-m', 'mypy', '--config-file', 'tests/snippets/mypy.ini', f]]),
  );
}
await step('tsc --strict --noEmit (TypeScript snippets, scenarios, schema)', [
  [node, [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tests/snippets/tsconfig.json']],
]);
await step('harness unit tests (version ranges, version lists)', [[node, ['--test', '--test-reporter=spec', 'tests/snippets/harness.test.ts']]], {
  count: 'node',
});

const perVersionTests = ['tests/snippets/snippets.test.ts', 'tests/snippets/visualiser-cross-check.test.ts'];
for (const sdk of typescriptSdks()) {
  await step(
    `TypeScript scenarios, @anthropic-ai/sdk ${sdk.version}${sdk.specifier === '@anthropic-ai/sdk' ? '' : ` (as ${sdk.specifier})`}`,
    [[node, ['--test', '--test-reporter=spec', ...perVersionTests]]],
    { count: 'node', extraEnv: { ANTHROPIC_TS_SDK: sdk.specifier } },
  );
}

/** The `anthropic` pinned in requirements.txt: the one .venv has, which the mypy step checks against. */
const toolingAnthropic = /^anthropic==(\S+)/m.exec(readFileSync(join(root, 'tests', 'snippets', 'requirements.txt'), 'utf8'))?.[1];
const notRun = [];
if (pythonReady) {
  const statusFile = join(root, '.venv', 'anthropic-sdk', 'status.json');
  const status = existsSync(statusFile) ? JSON.parse(readFileSync(statusFile, 'utf8')) : {};
  for (const version of pythonVersions()) {
    const s = status[version];
    if (!s?.installed) {
      notRun.push(`Python anthropic ${version}: not run (pip could not install it here: ${s?.reason ?? 'not attempted'})`);
      console.log(`\n${notRun.at(-1)}`);
      continue;
    }
    const target = join(root, '.venv', 'anthropic-sdk', version);
    const pythonPath = [target, process.env.PYTHONPATH].filter(Boolean).join(delimiter);
    // mypy above checked the snippets against the `anthropic` of .venv; check them against this one too.
    const mypy = version === toolingAnthropic
      ? []
      : pySnippets.map((f) => [
          python,
          ['-m', 'mypy', '--config-file', 'tests/snippets/mypy.ini', '--cache-dir', `.venv/.mypy_cache-${version}`, f],
        ]);
    await step(
      `Python scenarios, anthropic ${version}${mypy.length ? ' (and mypy --strict)' : ''}`,
      [
        // The runner must import exactly this version.
        [python, ['-c', `import anthropic, sys; v = anthropic.__version__; print("anthropic", v, "from", anthropic.__file__); sys.exit(v != ${JSON.stringify(version)})`]],
        ...mypy,
        [python, ['-m', 'pytest', 'tests/snippets', '-q', '-p', 'no:cacheprovider']],
      ],
      { count: 'pytest', extraEnv: { PYTHONPATH: pythonPath } },
    );
  }
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name} (${r.secs} s)`);
for (const line of notRun) console.log(`  - ${line}`);
console.log('\nTests per run');
for (const c of counts) console.log(`  ${c.name}: ${c.passed} passed, ${c.failed} failed`);
const failed = results.filter((r) => !r.ok).length + (pythonReady ? 0 : 1);
const sum = (runner, key) => counts.filter((c) => c.runner === runner).reduce((n, c) => n + c[key], 0);
// Totals over every run, in the formats scripts/test.mjs reads (it takes the last such line).
console.log(`\nℹ pass ${sum('node', 'passed')}`);
console.log(`ℹ fail ${sum('node', 'failed')}`);
console.log(`pytest, all versions: ${sum('pytest', 'passed')} passed, ${sum('pytest', 'failed')} failed, 0 errors`);
console.log(`test:snippets ${failed ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
