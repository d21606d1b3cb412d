// npm run sdk:check — asks the package registries for SDK releases newer than the ones this site
// was checked against (content/errors/sdk-releases.ts) and the ones the tests run (package.json,
// tests/snippets/requirements.txt), and prints what to re-verify. It changes nothing.
// Exit code 0 when nothing is newer; 1 when something is (so a scheduled job can notice);
// 2 when a registry could not be asked at all.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { sdkReleases } from '../content/errors/sdk-releases.ts';
import { npmTestedVersions, pythonPin } from '../src/lib/sdk-versions.ts';
import { compareVersions, parseVersion } from '../src/lib/version-range.ts';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const requirements = readFileSync(new URL('tests/snippets/requirements.txt', root), 'utf8');

const stable = (v: string) => /^\d+\.\d+\.\d+$/.test(v);
const newestOf = (versions: string[]) => versions.filter(stable).sort((a, b) => compareVersions(parseVersion(a), parseVersion(b))).at(-1);
const newer = (a: string, b: string) => compareVersions(parseVersion(a), parseVersion(b)) > 0;

/** Released versions from npm, or null when npm cannot be reached. */
function npmVersions(name: string): string[] | null {
  try {
    return JSON.parse(execFileSync('npm', ['view', name, 'versions', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch {
    return null;
  }
}

/** Released versions from pip's configured index, or null when it cannot answer. */
function pipVersions(name: string): string[] | null {
  for (const python of ['.venv/bin/python', 'python3']) {
    try {
      const out = execFileSync(python, ['-m', 'pip', 'index', 'versions', name], {
        encoding: 'utf8',
        env: { ...process.env, PIP_RETRIES: '0', PIP_DISABLE_PIP_VERSION_CHECK: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const line = /Available versions: (.+)/.exec(out)?.[1];
      if (line) return line.split(',').map((v) => v.trim());
    } catch {
      /* try the next interpreter */
    }
  }
  return null;
}

const rows: Array<{ sdk: string; checked: string; tested: string; newest: string; action: string }> = [];
let newerFound = false;
let unreachable = false;

function check(sdk: string, name: string, checked: string, tested: string[], versions: string[] | null, where: string) {
  if (versions === null) {
    unreachable = true;
    rows.push({ sdk, checked, tested: tested.join(', ') || '–', newest: `? (${where} did not answer)`, action: 'check by hand' });
    return;
  }
  const newest = newestOf(versions) ?? '?';
  const actions: string[] = [];
  if (newest !== '?' && newer(newest, checked)) {
    newerFound = true;
    actions.push(`read the ${newest} release notes; update content/errors/sdk-releases.ts and any class, message or retry fact that changed`);
  }
  const newestTested = tested[0];
  if (newestTested && newest !== '?' && newer(newest, newestTested)) {
    actions.push(`test ${newest}: ${name === 'anthropic' ? `add it to ANTHROPIC_PY_VERSIONS / the requirements` : `pin it in package.json (npm install --save-exact ${name}@${newest})`}, then npm test`);
  }
  if (newestTested && newer(checked, newestTested) && !versions.includes(checked)) {
    actions.push(`${checked} is documented from its release notes but cannot be installed here; run the snippet tests with it where ${where} has it`);
  } else if (newest !== '?' && !versions.includes(checked)) actions.push(`${checked} is not on ${where}: the versions seen here are partial`);
  rows.push({ sdk, checked, tested: tested.join(', ') || '–', newest, action: actions.join('; ') || 'up to date' });
}

check('TypeScript', '@anthropic-ai/sdk', sdkReleases.typescript.newest, npmTestedVersions(pkg, '@anthropic-ai/sdk'), npmVersions('@anthropic-ai/sdk'), 'npm');
check('Bedrock (TS)', '@anthropic-ai/bedrock-sdk', sdkReleases.bedrock.newest, [pkg.devDependencies['@anthropic-ai/bedrock-sdk']].filter(Boolean), npmVersions('@anthropic-ai/bedrock-sdk'), 'npm');
check('Vertex (TS)', '@anthropic-ai/vertex-sdk', sdkReleases.vertex.newest, [pkg.devDependencies['@anthropic-ai/vertex-sdk']].filter(Boolean), npmVersions('@anthropic-ai/vertex-sdk'), 'npm');
check('Python', 'anthropic', sdkReleases.python.newest, [pythonPin(requirements, 'anthropic')], pipVersions('anthropic'), "pip's index");

const widths = ['sdk', 'checked', 'tested', 'newest'].map((k) => Math.max(k.length, ...rows.map((r) => String(r[k as keyof (typeof rows)[number]]).length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(line(['sdk', 'checked', 'tested', 'newest']) + '  action');
for (const r of rows) console.log(line([r.sdk, r.checked, r.tested, r.newest]) + '  ' + r.action);
console.log(
  newerFound
    ? 'sdk:check: newer releases exist; re-verify as listed above.'
    : unreachable
      ? 'sdk:check: a registry did not answer; nothing newer found in the others.'
      : 'sdk:check: nothing newer than what the site was checked against.',
);
process.exit(newerFound ? 1 : unreachable ? 2 : 0);
