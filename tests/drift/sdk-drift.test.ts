// The drift alarm: the installed SDKs against the registry. For every TypeScript SDK version the
// snippets run on (package.json's pin and its npm aliases) and every installed Python SDK, it reads
// what the SDK itself knows (the class each HTTP status raises, every exception class and its
// parent, the error-code subclasses) and fails, naming the difference, when the registry
// (content/errors/registry.ts, content/errors/sdk-error-facts.ts) says something else or does not
// know it. A new SDK release that moves a class or adds a status fails here before a page lies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { entries } from '../../src/lib/registry.ts';
import { otherSdkClasses } from '../../content/errors/sdk-error-facts.ts';
import { typescriptSdks } from '../snippets/sdk-versions.ts';
import { inRange } from '../../src/lib/version-range.ts';
import { pythonEnvironments } from './python-environments.ts';
import { messageFormats, printedLines } from '../../src/lib/sdk-behaviours.ts';

/** Every HTTP example of the registry, with its entry: the inputs whose printed lines the pages show. */
const httpExamples = entries.flatMap((entry) =>
  entry.examples.flatMap((ex) => (ex.kind === 'http' ? [{ entry, example: { status: ex.status, headers: ex.headers, body: ex.body } }] : [])),
);

type Sdk = 'python' | 'typescript';
interface Known { name: string; parent: string }


/** The class the registry says a first-party client raises for a status in one SDK version. */
function expectedStatusClass(sdk: Sdk, version: string, status: number): Known {
  const firstParty = (c: { clients?: readonly string[] | undefined; range: string }) => c.clients === undefined && inRange(version, c.range);
  const entry = entries.find((e) => e.status === status);
  if (entry) {
    const hits = entry.classes[sdk].filter((c) => firstParty(c) && c.errorCode === undefined);
    assert.equal(hits.length, 1, `${sdk} ${version}: the registry entry ${status} should name exactly one status class for this version, names ${hits.map((c) => c.name).join(', ') || 'none'}`);
    return hits[0]!;
  }
  const other = otherSdkClasses.filter((c) => c.sdk === sdk && c.status === status && firstParty(c));
  if (other.length === 1) return other[0]!;
  // An unlisted status gets the SDK's fallback (§5.5, §6.2): ≥500 InternalServerError, other 4xx the base class.
  if (status >= 500) return { name: 'InternalServerError', parent: sdk === 'python' ? 'APIStatusError' : 'APIError' };
  return sdk === 'python' ? { name: 'APIStatusError', parent: 'APIError' } : { name: 'APIError', parent: 'AnthropicError' };
}

/** Every name→parent pair the registry and the facts file know for an SDK, in any range. */
function knownClasses(sdk: Sdk): Map<string, Set<string>> {
  const known = new Map<string, Set<string>>();
  const add = (name: string, parent: string) => known.set(name, (known.get(name) ?? new Set()).add(parent));
  for (const e of entries) for (const c of e.classes[sdk]) add(c.name, c.parent);
  for (const c of otherSdkClasses) if (c.sdk === sdk) add(c.name, c.parent);
  // The roots of each tree (§5.5, §6.2).
  add('AnthropicError', sdk === 'python' ? 'Exception' : 'Error');
  add('APIError', 'AnthropicError');
  if (sdk === 'python') add('APIStatusError', 'APIError');
  return known;
}

function checkStatuses(sdk: Sdk, version: string, actual: Map<number, Known>): string[] {
  const problems: string[] = [];
  for (const [status, got] of actual) {
    const want = expectedStatusClass(sdk, version, status);
    if (want.name !== got.name || want.parent !== got.parent) {
      problems.push(`${status}: the SDK raises ${got.name} (subclass of ${got.parent}); the registry says ${want.name} (subclass of ${want.parent})`);
    }
  }
  return problems;
}

function checkTree(sdk: Sdk, classes: Map<string, string>): string[] {
  const known = knownClasses(sdk);
  const problems: string[] = [];
  for (const [name, parent] of classes) {
    const parents = known.get(name);
    if (!parents) problems.push(`${name} (subclass of ${parent}) is exported by the SDK but documented nowhere`);
    else if (!parents.has(parent)) problems.push(`${name}: the SDK's parent is ${parent}; the registry knows only ${[...parents].join(', ')}`);
  }
  return problems;
}

/** A client of the SDK at `specifier`: its makeStatusError is the path every HTTP error takes (status class, then error-code subclass). */
async function sdkClient(specifier: string): Promise<{ makeStatusError: (...args: unknown[]) => unknown }> {
  const { default: Anthropic } = (await import(specifier)) as { default: new (opts: object) => { makeStatusError: (...args: unknown[]) => unknown } };
  return new Anthropic({ apiKey: 'drift-probe', baseURL: 'http://127.0.0.1:9' });
}

const report = (label: string, problems: string[]) =>
  assert.deepEqual(problems, [], `${label} disagrees with the registry:\n  ${problems.join('\n  ')}\nUpdate content/errors/registry.ts or content/errors/sdk-error-facts.ts (with a source), then the pages.`);

// The same TypeScript SDKs the snippet scenarios run on, found in one place.
for (const { specifier, version } of typescriptSdks()) {

  test(`TypeScript @anthropic-ai/sdk ${version}: each HTTP status raises the class the registry names`, async () => {
    const client = await sdkClient(specifier);
    const actual = new Map<number, Known>();
    for (let status = 400; status < 600; status++) {
      const err = client.makeStatusError(status, { type: 'error', error: { type: 'probe', message: 'probe' } }, 'probe', new Headers()) as object;
      const cls = err.constructor as Function;
      actual.set(status, { name: cls.name, parent: (Object.getPrototypeOf(cls) as Function).name });
    }
    report(`@anthropic-ai/sdk ${version}`, checkStatuses('typescript', version, actual));
  });

  test(`TypeScript @anthropic-ai/sdk ${version}: every exception class and parent is documented`, async () => {
    const mod = (await import(`${specifier}/core/error`)) as Record<string, unknown>;
    const classes = new Map<string, string>();
    for (const value of Object.values(mod)) {
      if (typeof value === 'function' && /Error$/.test(value.name)) classes.set(value.name, (Object.getPrototypeOf(value) as Function).name);
    }
    assert.ok(classes.size > 10, `found only ${classes.size} classes in ${specifier}/core/error`);
    report(`@anthropic-ai/sdk ${version}`, checkTree('typescript', classes));
  });

  test(`TypeScript @anthropic-ai/sdk ${version}: prints each example exactly as the page says`, async () => {
    const format = messageFormats.find((f) => f.sdk === 'typescript' && inRange(version, f.range));
    assert.ok(format && format.format !== 'unknown', `no known message format covers @anthropic-ai/sdk ${version} in content/errors/sdk-behaviours.ts`);
    const client = await sdkClient(specifier);
    const problems: string[] = [];
    for (const { entry, example } of httpExamples) {
      const request = { method: 'POST', url: 'https://api.anthropic.com/v1/messages' };
      const err = client.makeStatusError(example.status, example.body, undefined, new Headers(example.headers.map(([k, v]): [string, string] => [k, v])), { request });
      const want = printedLines(entry, example).find((l) => l.sdk === 'typescript' && l.range === format.range)?.text;
      // The page names the class of the version it shows; the SDK's own name must match.
      if (want !== String(err)) problems.push(`${entry.slug} ${example.status}:\n    SDK:  ${String(err)}\n    page: ${want}`);
    }
    report(`@anthropic-ai/sdk ${version} messages`, problems);
  });

  test(`TypeScript @anthropic-ai/sdk ${version}: error-code classes documented here have the SDK's code, status and parent`, async () => {
    const { ERROR_CODE_CLASSES } = (await import(`${specifier}/core/error-classes`)) as { ERROR_CODE_CLASSES: Map<string, Function> };
    const byName = new Map([...ERROR_CODE_CLASSES].map(([key, cls]) => [cls.name, { key, parent: (Object.getPrototypeOf(cls) as Function).name }]));
    const problems: string[] = [];
    const documented = [
      ...entries.flatMap((e) => e.classes.typescript.filter((c) => c.errorCode && inRange(version, c.range)).map((c) => ({ ...c, status: e.status }))),
    ];
    for (const c of documented) {
      const sdk = byName.get(c.name);
      if (!sdk) problems.push(`${c.name} is not an error-code class in this version`);
      else if (sdk.key !== `${c.status} ${c.errorCode}` || sdk.parent !== c.parent) {
        problems.push(`${c.name}: the SDK maps "${sdk.key}" under ${sdk.parent}; the registry says "${c.status} ${c.errorCode}" under ${c.parent}`);
      }
    }
    for (const c of otherSdkClasses.filter((o) => o.sdk === 'typescript' && inRange(version, o.range) && byName.has(o.name))) {
      if (byName.get(c.name)!.parent !== c.parent) problems.push(`${c.name}: the SDK's parent is ${byName.get(c.name)!.parent}; sdk-error-facts says ${c.parent}`);
    }
    // Every code class hangs under a status class the registry knows for that status.
    for (const [key, cls] of ERROR_CODE_CLASSES) {
      const status = Number(key.split(' ')[0]);
      const parent = (Object.getPrototypeOf(cls) as Function).name;
      const statusClass = expectedStatusClass('typescript', version, status).name;
      if (parent !== statusClass) problems.push(`${key} → ${cls.name} extends ${parent}, not the ${status} class ${statusClass}`);
    }
    assert.ok(ERROR_CODE_CLASSES.size > 50, `only ${ERROR_CODE_CLASSES.size} error codes read from ${specifier}`);
    report(`@anthropic-ai/sdk ${version} error codes`, problems);
  });
}

const environments = pythonEnvironments();
test('at least one Python SDK is installed for the drift check', () => {
  assert.ok(environments.length > 0, 'no Python environment with anthropic: run `node scripts/setup-python.mjs` (npm test does this first)');
});

// The same version can sit in .venv and in .venv/anthropic-sdk/<version>: probe each version once.
const probed = new Set<string>();
for (const sdk of environments) {
  const input = JSON.stringify(httpExamples.map((x) => x.example));
  const probe = JSON.parse(execFileSync(sdk.python, [new URL('probe_python.py', import.meta.url).pathname, '--printed'], { encoding: 'utf8', input, env: sdk.env })) as {
    version: string;
    statuses: Record<string, [string, string]>;
    classes: Record<string, string>;
    printed: string[];
  };
  if (probed.has(probe.version)) continue;
  probed.add(probe.version);
  test(`Python anthropic ${probe.version}: prints each example exactly as the page says`, () => {
    const format = messageFormats.find((f) => f.sdk === 'python' && inRange(probe.version, f.range));
    assert.ok(format && format.format !== 'unknown', `no known message format covers anthropic ${probe.version} in content/errors/sdk-behaviours.ts`);
    const problems = httpExamples.flatMap(({ entry, example }, i) => {
      const want = printedLines(entry, example).find((l) => l.sdk === 'python' && l.range === format.range)?.text;
      return want === probe.printed[i] ? [] : [`${entry.slug} ${example.status}:\n    SDK:  ${probe.printed[i]}\n    page: ${want}`];
    });
    report(`anthropic ${probe.version} messages`, problems);
  });
  test(`Python anthropic ${probe.version}: each HTTP status raises the class the registry names`, () => {
    const actual = new Map(Object.entries(probe.statuses).map(([s, [name, parent]]) => [Number(s), { name, parent }]));
    report(`anthropic ${probe.version}`, checkStatuses('python', probe.version, actual));
  });
  test(`Python anthropic ${probe.version}: every exception class and parent is documented`, () => {
    report(`anthropic ${probe.version}`, checkTree('python', new Map(Object.entries(probe.classes))));
  });
}

test('the drift alarm catches a class the registry does not know', () => {
  const problems = checkTree('typescript', new Map([['TeapotError', 'APIError']]));
  assert.match(problems.join('\n'), /TeapotError .* documented nowhere/);
  const moved = checkStatuses('python', '1.13.0', new Map([[529, { name: 'OverloadedError', parent: 'InternalServerError' }]]));
  assert.match(moved.join('\n'), /529: the SDK raises OverloadedError \(subclass of InternalServerError\); the registry says OverloadedError \(subclass of APIStatusError\)/);
  assert.ok(existsSync(new URL('probe_python.py', import.meta.url)));
});
