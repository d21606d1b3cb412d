// Issue 17: every error page and guide has a Markdown twin built from the same source, with the same
// sections and anchors in the same order, the snippets verbatim, absolute links; llms.txt lists every
// twin; opensearch.xml and feed.xml are well formed and linked from every page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { base, htmlFiles, markdownFiles, read, repoRoot, urlPathOf } from './built-site.ts';
import { twinAnchors } from '../../src/lib/markdown-twin.ts';
import { publishedEntries } from '../../src/lib/registry.ts';

const pages = htmlFiles()
  .map((f) => ({ file: f, path: urlPathOf(f) }))
  // The codes index (errors/codes/) is a list page, not an entry: it has no twin.
  .filter((p) => /^(en|ko)\/(errors\/[^/]+|guides\/[^/]+)\/$/.test(p.path) && !p.path.endsWith('/errors/codes/'));
const twinOf = (path: string) => `${path.replace(/\/$/, '')}.md`;
const runbookOf = (path: string) => `${path.replace(/\/$/, '')}.runbook.md`;
/** The ids of the h2 headings of an HTML page, in order. */
const h2Ids = (html: string) => [...html.matchAll(/<h2[^>]*\sid="([^"]+)"/g)].map((m) => m[1] ?? '');

test('every error page and guide in both languages has its twin, and no twin is orphaned', () => {
  assert.ok(pages.length >= publishedEntries.length * 2 + 8, `found only ${pages.length} pages`);
  const twins = new Set(markdownFiles().filter((f) => !f.endsWith('.runbook.md')));
  const missing = pages.filter((p) => !twins.has(twinOf(p.path))).map((p) => p.path);
  assert.deepEqual(missing, []);
  const orphans = [...twins].filter((t) => !pages.some((p) => twinOf(p.path) === t));
  assert.deepEqual(orphans, []);
});

test("a twin's sections and anchors are the HTML page's h2 ids, in order", () => {
  const problems: string[] = [];
  for (const p of pages) {
    const html = h2Ids(read(p.file));
    const md = twinAnchors(read(twinOf(p.path)));
    // Guides' twins also carry h3 anchors; compare the h2 ids in order.
    const mdH2 = md.filter((id) => html.includes(id));
    if (mdH2.join() !== html.join()) problems.push(`${p.path}: page ${html.join(',')} / twin ${md.join(',')}`);
  }
  assert.deepEqual(problems, []);
});

test('the snippets in an error twin are the files the tests ran, byte for byte', () => {
  for (const e of publishedEntries) {
    for (const lang of ['en', 'ko']) {
      const md = read(`${lang}/errors/${e.slug}.md`);
      for (const file of ['snippet.py', 'snippet.ts']) {
        const code = readFileSync(join(repoRoot, 'content', 'errors', e.slug, file), 'utf8').replace(/\n+$/, '');
        assert.ok(md.includes(`title="content/errors/${e.slug}/${file}"\n${code}\n\``), `${lang}/errors/${e.slug}.md lacks ${file} verbatim`);
      }
    }
  }
});

test('twins carry front matter and only absolute links', () => {
  for (const p of pages) {
    const md = read(twinOf(p.path));
    assert.match(md, /^---\ntitle: ".+"\ndescription: ".+"\nlanguage: "(en|ko)"\ncanonical: "https?:\/\/[^"]+"/, p.path);
    const relative = [...md.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '').filter((href) => !/^[a-z]+:/i.test(href));
    assert.deepEqual(relative, [], `${p.path} twin has relative links`);
  }
});

test('each HTML page links its twin, the OpenSearch description and the feed from its head', () => {
  for (const p of pages) {
    const html = read(p.file);
    assert.ok(html.includes(`<link rel="alternate" type="text/markdown" href="${base}${twinOf(p.path)}">`), `${p.path} does not link its twin`);
    assert.match(html, /<link rel="search" type="application\/opensearchdescription\+xml" href="[^"]+opensearch\.xml"/);
    assert.match(html, /<link rel="alternate" type="application\/atom\+xml" href="[^"]+feed\.xml"/);
  }
});

test('llms.txt lists every twin once, and llms-full.txt holds every English twin', () => {
  const llms = read('llms.txt');
  assert.match(llms, /^# .+\n\n> .+/);
  for (const t of markdownFiles().filter((f) => !f.endsWith('.runbook.md'))) assert.equal(llms.split(`${base}${t})`).length - 1, 1, `llms.txt should list ${t} once`);
  const full = read('llms-full.txt');
  for (const t of markdownFiles().filter((f) => f.startsWith('en/') && !f.endsWith('.runbook.md'))) {
    const title = /^title: "(.+)"$/m.exec(read(t))?.[1] ?? '';
    assert.ok(full.includes(`\n# ${JSON.parse(`"${title}"`)}\n`), `llms-full.txt lacks ${t}`);
  }
});

test('every error page has a runbook step in its language: verdict, two actions, the short link, the SDK versions', () => {
  for (const p of pages.filter((x) => x.path.includes('/errors/'))) {
    const step = read(runbookOf(p.path));
    const html = read(p.file);
    assert.ok(html.includes(`data-src="${base}${runbookOf(p.path)}"`), `${p.path} has no runbook button`);
    const lines = step.trim().split('\n');
    assert.match(lines[0] ?? '', /^#### .+: .+$/, p.path);
    assert.equal(lines.filter((l) => /^- .+ [12]: .+/.test(l)).length, 2, `${p.path}: two actions`);
    assert.match(step, /https?:\/\/\S+\/\n/, `${p.path}: a link`);
    assert.match(step, /anthropic \d+\.\d+\.\d+.*@anthropic-ai\/sdk \d+\.\d+\.\d+/, `${p.path}: SDK versions`);
  }
});

test('opensearch.xml points at the search with ?q= and feed.xml is Atom with one entry per change', () => {
  for (const [file, lang] of [['opensearch.xml', 'en'], ['ko/opensearch.xml', 'ko']] as const) {
    const xml = read(file);
    assert.match(xml, new RegExp(`<Url type="text/html" method="get" template="https?://[^"]+${base}${lang}/\\?q=\\{searchTerms\\}"/>`));
    assert.match(xml, new RegExp(`<Language>${lang}</Language>`));
  }
  const feed = read('feed.xml');
  assert.match(feed, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  assert.ok([...feed.matchAll(/<entry>/g)].length >= 3);
});
