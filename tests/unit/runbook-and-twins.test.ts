import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstActions, lead, runbookStep } from '../../src/lib/runbook-step.ts';
import { absoluteLinks, fenced, guideMarkdown, mdxSections, twinAnchors, twinDocument } from '../../src/lib/markdown-twin.ts';
import { atomFeed } from '../../src/lib/atom-feed.ts';

test('the first two actions of a fix section are the leads of its first list', () => {
  const fix = '1. **Let the SDK retry, then add one layer.** Keep the two retries.\n2. **Catch the right thing.** In Python…\n3. **Spread out.** Jitter.';
  assert.deepEqual(firstActions(fix), ['Let the SDK retry, then add one layer.', 'Catch the right thing.']);
  assert.equal(lead('Replace the key. Then retry once.'), 'Replace the key.');
  assert.equal(lead('키를 교체하세요. 그다음 한 번 재시도합니다.'), '키를 교체하세요.');
});

test('a runbook step carries the verdict, the actions, the link and the versions', () => {
  const text = runbookStep({
    code: '529 overloaded_error',
    title: 't',
    verdict: 'Retry with backoff',
    sdkRetries: true,
    actions: ['A.', 'B.'],
    url: 'https://x.test/529/',
    checkedWith: 'anthropic 1.13.0',
    lastChecked: '2026-12-05',
    labels: { verdict: 'Verdict', sdkRetried: 'the SDK already retried twice', actions: 'Step', reference: 'Reference', checked: 'Checked against' },
  });
  assert.match(text, /^#### 529 overloaded_error: Retry with backoff$/m);
  assert.match(text, /- Step 1: A\.\n- Step 2: B\./);
  assert.match(text, /https:\/\/x\.test\/529\//);
  assert.match(text, /anthropic 1\.13\.0; 2026-12-05/);
});

test('twins resolve relative links against the page and keep absolute ones', () => {
  const md = absoluteLinks('See [429](../429/) and [docs](https://platform.claude.com/x) and [here](#retry).', 'https://x.test/en/errors/529/');
  assert.equal(md, 'See [429](https://x.test/en/errors/429/) and [docs](https://platform.claude.com/x) and [here](https://x.test/en/errors/529/#retry).');
});

test('error-page sections and guide headings become anchored Markdown sections', () => {
  assert.deepEqual(mdxSections('<Section id="meaning">\nA\n</Section>\n\n<Section id="causes">\n- b\n</Section>'), [
    { id: 'meaning', markdown: 'A' },
    { id: 'causes', markdown: '- b' },
  ]);
  const guide = guideMarkdown('<H2 id="traps">Traps</H2>\n\ntext\n\n<Visualiser />', 'VIS');
  assert.deepEqual(guide.ids, ['traps']);
  assert.equal(guide.markdown, '<a id="traps"></a>\n## Traps\n\ntext\n\nVIS');
  const doc = twinDocument({ title: 'T', status: 529 }, 'T', 'lead', [{ id: 'meaning', heading: 'What it means', markdown: 'x' }]);
  assert.match(doc, /^---\ntitle: "T"\nstatus: 529\n---\n/);
  assert.deepEqual(twinAnchors(doc), ['meaning']);
});

test('a fence is longer than any backtick run in the code', () => {
  assert.equal(fenced('a ``` b', 'text'), '````text\na ``` b\n````');
  assert.equal(fenced('x\n\n', 'python', 'f.py'), '```python title="f.py"\nx\n```');
});

test('the feed is Atom with one entry per change, newest first, escaped', () => {
  const xml = atomFeed({
    title: 'R & D',
    feedUrl: 'https://x.test/feed.xml',
    homeUrl: 'https://x.test/en/',
    lang: 'en',
    pageUrl: (p) => `https://x.test/en/${p}`,
    changes: [
      { id: 'a', date: '2026-11-24', kind: 'content', title: { en: 'Old', ko: '옛' }, summary: { en: 's', ko: 's' }, paths: [''] },
      { id: 'b', date: '2026-12-05', kind: 'sdk', title: { en: 'New <b>', ko: '새' }, summary: { en: 's', ko: 's' }, paths: ['errors/529/'] },
    ],
  });
  assert.match(xml, /<title>R &amp; D<\/title>/);
  assert.equal([...xml.matchAll(/<entry>/g)].length, 2);
  assert.ok(xml.indexOf('New &lt;b&gt;') < xml.indexOf('Old'));
  assert.match(xml, /<updated>2026-12-05T00:00:00Z<\/updated>/);
});
