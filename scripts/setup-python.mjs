#!/usr/bin/env node
// Creates .venv in the repo root and installs tests/snippets/requirements.txt into it (the
// tooling: pytest, ruff, mypy, and the `anthropic` that mypy checks the snippets against).
// Then installs each Python SDK version the snippets are tested with (ANTHROPIC_PY_VERSIONS,
// else tests/snippets/anthropic-versions.txt; see tests/snippets/sdk-versions.ts) into
// .venv/anthropic-sdk/<version> with `pip install --target`, and records in
// .venv/anthropic-sdk/status.json which ones pip could install and why the others failed.
// A version pip cannot install is reported, not an error: this script still exits 0.
// Idempotent: pins and SDK versions already installed are left alone.
// PIP_RETRIES=0 keeps pip from retrying an unreachable index for every package
// (on machines with a local mirror that turns minutes into seconds; on a normal
// machine pip installs from PyPI as usual).
// Prints one line saying what it did. Exits non-zero on failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const venv = join(root, '.venv');
const python = join(venv, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
const requirements = join(root, 'tests', 'snippets', 'requirements.txt');
const sdkDir = join(venv, 'anthropic-sdk');
const { pythonVersions } = await import('../tests/snippets/sdk-versions.ts');

/** `name==version` pins from the requirements file. */
const pins = readFileSync(requirements, 'utf8')
  .split('\n')
  .map((line) => line.replace(/#.*/, '').trim())
  .filter(Boolean)
  .map((line) => {
    const m = /^([A-Za-z0-9_.-]+)==([^\s;]+)$/.exec(line);
    if (!m) throw new Error(`setup-python: only exact pins are supported, got "${line}"`);
    return { name: m[1], version: m[2] };
  });

function run(cmd, args, extraEnv = {}) {
  const r = spawnSync(cmd, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PIP_RETRIES: '0', PIP_DISABLE_PIP_VERSION_CHECK: '1', ...extraEnv },
  });
  return r;
}

/** Names of pins whose installed version differs (or is missing). */
function mismatches() {
  if (!existsSync(python)) return pins.map((p) => p.name);
  const code = [
    'import json, sys, importlib.metadata as md',
    'out = {}',
    'for n in json.loads(sys.argv[1]):',
    '    try: out[n] = md.version(n)',
    '    except md.PackageNotFoundError: out[n] = None',
    'print(json.dumps(out))',
  ].join('\n');
  const r = run(python, ['-c', code, JSON.stringify(pins.map((p) => p.name))]);
  if (r.status !== 0) return pins.map((p) => p.name);
  const installed = JSON.parse(r.stdout);
  return pins.filter((p) => installed[p.name] !== p.version).map((p) => p.name);
}

function fail(what, r) {
  process.stderr.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  console.error(`setup-python: ${what} failed (exit ${r.status ?? r.error})`);
  process.exit(1);
}

/** Installs `anthropic==<version>` into .venv/anthropic-sdk/<version> unless it is there; `{ ok: false, reason }` if pip fails. */
function installSdk(version) {
  const target = join(sdkDir, version);
  if (existsSync(join(target, `anthropic-${version}.dist-info`))) return { ok: true, fresh: false };
  rmSync(target, { recursive: true, force: true });
  const r = run(python, ['-m', 'pip', 'install', '--quiet', '--target', target, `anthropic==${version}`]);
  if (r.status === 0 && existsSync(join(target, `anthropic-${version}.dist-info`))) return { ok: true, fresh: true };
  rmSync(target, { recursive: true, force: true });
  const errors = `${r.stderr ?? ''}\n${r.stdout ?? ''}`
    .split('\n')
    .filter((l) => l.startsWith('ERROR:'))
    .map((l) => l.replace(/^ERROR:\s*/, '').trim());
  return { ok: false, reason: errors[0] ?? `pip exited with ${r.status ?? r.error}` };
}

function installSdks() {
  mkdirSync(sdkDir, { recursive: true });
  const status = {};
  for (const version of pythonVersions()) {
    const t = Date.now();
    const result = installSdk(version);
    status[version] = result.ok ? { installed: true } : { installed: false, reason: result.reason };
    const secs = ((Date.now() - t) / 1000).toFixed(1);
    if (!result.ok) console.log(`setup-python: anthropic ${version}: pip could not install it here (${result.reason})`);
    else if (result.fresh) console.log(`setup-python: installed anthropic ${version} into .venv/anthropic-sdk/${version} in ${secs} s`);
    else console.log(`setup-python: .venv/anthropic-sdk/${version} already has anthropic ${version}`);
  }
  writeFileSync(join(sdkDir, 'status.json'), JSON.stringify(status, null, 2) + '\n');
}

const started = Date.now();
const before = mismatches();
if (before.length === 0) {
  console.log(`setup-python: .venv already has ${pins.map((p) => `${p.name}==${p.version}`).join(', ')}; nothing to do`);
  installSdks();
  process.exit(0);
}

let created = false;
if (!existsSync(python)) {
  const r = run('python3', ['-m', 'venv', venv]);
  if (r.status !== 0) fail('python3 -m venv .venv', r);
  created = true;
}
const r = run(python, ['-m', 'pip', 'install', '--quiet', '-r', requirements]);
if (r.status !== 0) fail('pip install -r tests/snippets/requirements.txt', r);

const after = mismatches();
if (after.length > 0) {
  console.error(`setup-python: after install these pins still differ: ${after.join(', ')}`);
  process.exit(1);
}
const secs = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `setup-python: ${created ? 'created .venv and ' : ''}installed ${before.join(', ')} from tests/snippets/requirements.txt in ${secs} s`,
);
installSdks();
