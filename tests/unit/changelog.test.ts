// The change feed is written from content/changelog.ts; this keeps it in step with the registry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changelog } from '../../content/changelog.ts';
import { sdkReleases } from '../../content/errors/sdk-releases.ts';
import { changeSchema } from '../../src/schemas/changelog.ts';
import { entries } from '../../src/lib/registry.ts';

const changes = changelog.map((c) => changeSchema.parse(c));

test('every change validates and has a unique id', () => {
  assert.equal(new Set(changes.map((c) => c.id)).size, changes.length);
});

test('every date the registry says facts were checked has a change entry', () => {
  const dates = new Set(changes.map((c) => c.date));
  const checked = new Set([...entries.map((e) => e.lastChecked), ...Object.values(sdkReleases).map((r) => r.checked)]);
  const missing = [...checked].filter((d) => !dates.has(d));
  assert.deepEqual(missing, [], `add an entry to content/changelog.ts for ${missing.join(', ')}: readers of /feed.xml learn of changes from it`);
});

test('every newest SDK release the facts were checked against is announced', () => {
  const text = changes.filter((c) => c.kind === 'sdk').map((c) => c.title.en).join('\n');
  for (const sdk of ['python', 'typescript'] as const) {
    assert.ok(text.includes(sdkReleases[sdk].newest), `no sdk change entry names ${sdkReleases[sdk].package} ${sdkReleases[sdk].newest}`);
  }
});
