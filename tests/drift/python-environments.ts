// The Python interpreters whose `anthropic` the drift test probes: the tooling venv `.venv`, plus one
// venv per extra SDK version if the snippet harness created them under `.venv-anthropic/`.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (venv: string) => join(venv, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');

/** Paths of the Python interpreters that have the SDK installed. */
export function pythonEnvironments(): string[] {
  const venvs = [join(root, '.venv')];
  const extra = join(root, '.venv-anthropic');
  if (existsSync(extra)) for (const d of readdirSync(extra)) venvs.push(join(extra, d));
  return venvs.map(bin).filter((p) => existsSync(p));
}
