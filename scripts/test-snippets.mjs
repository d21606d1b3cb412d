#!/usr/bin/env node
// npm run test:snippets — checks and executes every snippet shown on the site.
//   1. scripts/setup-python.mjs (.venv with tests/snippets/requirements.txt)
//   2. ruff check, mypy --strict on content/errors/*/snippet.py
//   3. tsc --strict --noEmit on content/errors/*/snippet.ts, scenarios and the scenario schema
//   4. the TypeScript scenario runner (node --test tests/snippets/*.test.ts)
//   5. the Python scenario runner (pytest tests/snippets)
// Every step runs even if an earlier check fails; exits non-zero if any step failed.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
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

function step(name, commands) {
  const t = Date.now();
  console.log(`\n▶ ${name}`);
  let ok = true;
  for (const [cmd, args] of commands) {
    const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
    if (r.status !== 0) {
      ok = false;
      console.log(`✗ ${relative(root, cmd) || cmd} ${args.join(' ')} (exit ${r.status ?? r.signal ?? r.error})`);
    }
  }
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  results.push({ name, ok, secs });
  return ok;
}

const pythonReady = step('setup-python', [[node, ['scripts/setup-python.mjs']]]);
if (pythonReady) {
  step('ruff check (Python snippets and runner)', [
    [
      python,
      ['-m', 'ruff', 'check', '--config', 'tests/snippets/ruff.toml', ...pySnippets, 'tests/snippets/conftest.py', 'tests/snippets/test_snippets.py'],
    ],
  ]);
  // One run per file: every snippet is a module named "snippet", which mypy refuses to check together.
  step(
    'mypy --strict (Python snippets)',
    pySnippets.map((f) => [python, ['-m', 'mypy', '--config-file', 'tests/snippets/mypy.ini', f]]),
  );
}
step('tsc --strict --noEmit (TypeScript snippets, scenarios, schema)', [
  [node, [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tests/snippets/tsconfig.json']],
]);
step('TypeScript scenarios (node --test)', [
  [node, ['--test', '--test-reporter=spec', ...readdirSync(join(root, 'tests', 'snippets')).filter((f) => f.endsWith('.test.ts')).map((f) => join('tests', 'snippets', f))]],
]);
if (pythonReady) {
  step('Python scenarios (pytest)', [[python, ['-m', 'pytest', 'tests/snippets', '-q', '-p', 'no:cacheprovider']]]);
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name} (${r.secs} s)`);
const failed = results.filter((r) => !r.ok).length + (pythonReady ? 0 : 1);
console.log(`test:snippets ${failed ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
