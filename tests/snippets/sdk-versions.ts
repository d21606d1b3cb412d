// The SDK versions the snippet tests run against, from one place each:
// - TypeScript: `@anthropic-ai/sdk` in package.json plus every alias there that points at it
//   (e.g. `"@anthropic-ai/sdk-1-12": "npm:@anthropic-ai/sdk@1.12.0"`), each at the version
//   installed in node_modules. snippets.test.ts runs once per entry (ANTHROPIC_TS_SDK=<name>).
// - Python: ANTHROPIC_PY_VERSIONS (comma-separated), else tests/snippets/anthropic-versions.txt.
//   scripts/setup-python.mjs installs each into .venv/anthropic-sdk/<version> if pip can.
// Run as a program, it prints both lists as JSON.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The package the TypeScript snippets import. */
export const TS_SDK = '@anthropic-ai/sdk';

export interface TypeScriptSdk {
  /** The name to import: `@anthropic-ai/sdk` or an alias of it. */
  specifier: string;
  /** The version installed under that name. */
  version: string;
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** `@anthropic-ai/sdk` first, then its aliases from newest to oldest installed version. */
export function typescriptSdks(root = ROOT): TypeScriptSdk[] {
  const pkg = readJson(join(root, 'package.json'));
  const deps = { ...(pkg.dependencies as object), ...(pkg.devDependencies as object) } as Record<string, string>;
  const names = Object.entries(deps)
    .filter(([name, range]) => name === TS_SDK || range.startsWith(`npm:${TS_SDK}@`))
    .map(([name]) => name);
  const sdks = names.map((specifier) => ({
    specifier,
    version: String(readJson(join(root, 'node_modules', specifier, 'package.json')).version),
  }));
  const key = (v: string) => v.split('.').map(Number);
  return sdks.sort((a, b) => {
    if (a.specifier === TS_SDK || b.specifier === TS_SDK) return a.specifier === TS_SDK ? -1 : 1;
    const [x, y] = [key(a.version), key(b.version)];
    return y[0]! - x[0]! || y[1]! - x[1]! || y[2]! - x[2]!;
  });
}

/** The Python `anthropic` versions to run: ANTHROPIC_PY_VERSIONS, else anthropic-versions.txt. */
export function pythonVersions(root = ROOT, env: NodeJS.ProcessEnv = process.env): string[] {
  const fromEnv = env.ANTHROPIC_PY_VERSIONS?.trim();
  const text = fromEnv ? fromEnv.replace(/,/g, '\n') : readFileSync(join(root, 'tests', 'snippets', 'anthropic-versions.txt'), 'utf8');
  const versions = text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
  for (const v of versions) {
    if (!/^\d+\.\d+\.\d+$/.test(v)) throw new Error(`anthropic version "${v}": expected MAJOR.MINOR.PATCH`);
  }
  return [...new Set(versions)];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify({ typescript: typescriptSdks(), python: pythonVersions() }) + '\n');
}
