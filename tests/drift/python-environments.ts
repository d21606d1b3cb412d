// The Python SDKs the drift test probes: the tooling venv's `anthropic` (tests/snippets/requirements.txt)
// and every version scripts/setup-python.mjs installed under .venv/anthropic-sdk/<version>
// (tests/snippets/anthropic-versions.txt or ANTHROPIC_PY_VERSIONS), each run with the venv's interpreter.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** An interpreter and the environment that selects one installed SDK version. */
export interface PythonSdk {
  python: string;
  env: NodeJS.ProcessEnv;
  /** Where the SDK comes from, for messages. */
  label: string;
}

/** Every installed Python SDK, the venv's own first. */
export function pythonEnvironments(): PythonSdk[] {
  const python = join(root, '.venv', process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
  if (!existsSync(python)) return [];
  const found: PythonSdk[] = [{ python, env: { ...process.env }, label: '.venv' }];
  const targets = join(root, '.venv', 'anthropic-sdk');
  if (existsSync(targets)) {
    for (const version of readdirSync(targets).filter((d) => /^\d+\.\d+\.\d+$/.test(d))) {
      found.push({ python, env: { ...process.env, PYTHONPATH: join(targets, version) }, label: `.venv/anthropic-sdk/${version}` });
    }
  }
  return found;
}
