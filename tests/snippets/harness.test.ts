// Unit tests of the harness itself (run once, not per SDK version): the version-range matcher
// and expectationFor() in src/schemas/scenario.ts, and the version lists in sdk-versions.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectationFor,
  isVersionRange,
  parseVersion,
  snippetScenarioSchema,
  versionInRange,
  type SnippetScenario,
} from '../../src/schemas/scenario.ts';
import { pythonVersions, typescriptSdks, TS_SDK } from './sdk-versions.ts';

describe('versionInRange', () => {
  const cases: Array<[string, string, boolean]> = [
    ['1.17.0', '>=1.17.0', true],
    ['1.16.9', '>=1.17.0', false],
    ['1.12.0', '<1.17.0', true],
    ['1.17.0', '<1.17.0', false],
    ['1.17.0', '>1.16.0', true],
    ['1.16.0', '>1.16.0', false],
    ['1.16.0', '<=1.16.0', true],
    ['1.16.1', '<=1.16.0', false],
    ['1.13.0', '1.13.0', true],
    ['1.13.0', '=1.13.1', false],
    ['1.12.0', '>=1.12.0 <1.17.0', true],
    ['1.17.0', '>=1.12.0 <1.17.0', false],
    ['1.11.9', '>=1.12.0 <1.17.0', false],
    ['2.4.0', '<2.0.0 || >=2.5.0', false],
    ['2.5.0', '<2.0.0 || >=2.5.0', true],
    ['1.13.0', '<2.0.0 || >=2.5.0', true],
    ['10.0.0', '>=9.0.0', true], // numeric, not string, comparison
    ['1.10.0', '>=1.9.0', true],
    ['0.47.0', '  >=0.47.0   <1.0.0 ', true],
  ];
  for (const [version, range, want] of cases) {
    it(`${version} in "${range}" is ${want}`, () => assert.equal(versionInRange(version, range), want));
  }

  it('rejects ranges it does not understand', () => {
    for (const bad of ['', '^1.2.0', '~1.2.0', '>=1.2', '1.x', '>= 1.2.0', '>=1.2.0 ||', '|| <1.0.0', '>=1.2.0-beta.1']) {
      assert.equal(isVersionRange(bad), false, bad);
      assert.throws(() => versionInRange('1.2.0', bad), /not a version range/, bad);
    }
  });

  it('rejects versions that are not MAJOR.MINOR.PATCH', () => {
    assert.equal(parseVersion('1.2'), null);
    assert.equal(parseVersion('1.2.3-rc.1'), null);
    assert.deepEqual(parseVersion('1.12.0'), [1, 12, 0]);
    assert.throws(() => versionInRange('1.2', '>=1.0.0'), /MAJOR.MINOR.PATCH/);
  });
});

describe('expectationFor', () => {
  const scenario: SnippetScenario = snippetScenarioSchema.parse({
    id: 'example',
    title: { en: 'Example', ko: '예' },
    responses: [{ kind: 'drop' }],
    expect: {
      attempts: 3,
      outcome: {
        kind: 'error',
        python: { class: 'APIConnectionError' },
        typescript: [
          { versions: '>=1.17.0', class: 'APIConnectionError', messageIncludes: 'failed' },
          { versions: '<1.17.0', class: 'TypeError' },
        ],
      },
      waits: [],
      byVersion: [{ language: 'typescript', versions: '<1.17.0', attempts: 1 }],
    },
  });

  it('picks the entry whose range holds the version, and applies overrides for that language only', () => {
    assert.deepEqual(expectationFor(scenario, 'typescript', '1.17.0').outcome, {
      kind: 'error',
      raised: { class: 'APIConnectionError', messageIncludes: 'failed' },
    });
    assert.equal(expectationFor(scenario, 'typescript', '1.17.0').attempts, 3);
    const old = expectationFor(scenario, 'typescript', '1.12.0');
    assert.deepEqual(old.outcome, { kind: 'error', raised: { class: 'TypeError' } });
    assert.equal(old.attempts, 1);
    assert.equal(expectationFor(scenario, 'python', '1.13.0').attempts, 3);
  });

  it('fails a version that no range covers, and one that two ranges cover', () => {
    const gap = structuredClone(scenario);
    if (gap.expect.outcome.kind === 'error') gap.expect.outcome.typescript = [{ versions: '>=1.17.0', class: 'X' }];
    assert.throws(() => expectationFor(gap, 'typescript', '1.12.0'), /0 typescript expectations for version 1.12.0/);
    const overlap = structuredClone(scenario);
    if (overlap.expect.outcome.kind === 'error') {
      overlap.expect.outcome.typescript = [
        { versions: '>=1.0.0', class: 'X' },
        { versions: '<1.17.0', class: 'Y' },
      ];
    }
    assert.throws(() => expectationFor(overlap, 'typescript', '1.12.0'), /2 typescript expectations/);
  });

  it('the schema rejects a bad range and an expectation with neither class nor instanceOf', () => {
    const bad = (python: unknown) =>
      snippetScenarioSchema.safeParse({
        ...scenario,
        expect: { ...scenario.expect, outcome: { kind: 'error', python, typescript: { class: 'X' } } },
      }).success;
    assert.equal(bad([{ versions: '^1.0.0', class: 'X' }]), false);
    assert.equal(bad({ attrs: { status_code: 402 } }), false);
    assert.equal(bad({ instanceOf: ['APIStatusError'], attrs: { status_code: 402 } }), true);
  });
});

describe('sdk-versions', () => {
  it('lists @anthropic-ai/sdk first, then its aliases in package.json, at their installed versions', () => {
    const sdks = typescriptSdks();
    assert.equal(sdks[0]?.specifier, TS_SDK);
    assert.ok(sdks.length >= 2, JSON.stringify(sdks));
    for (const s of sdks) assert.match(s.version, /^\d+\.\d+\.\d+$/);
  });

  it('takes the Python versions from ANTHROPIC_PY_VERSIONS, else from anthropic-versions.txt', () => {
    assert.deepEqual(pythonVersions(undefined, { ANTHROPIC_PY_VERSIONS: ' 2.17.0, 1.13.0 ,2.17.0' }), ['2.17.0', '1.13.0']);
    assert.ok(pythonVersions(undefined, {}).includes('1.13.0'));
    assert.throws(() => pythonVersions(undefined, { ANTHROPIC_PY_VERSIONS: 'latest' }), /MAJOR.MINOR.PATCH/);
  });
});
