// The hardening the browser cannot show: every page carries a CSP whose hashes cover exactly its
// inline scripts (a missing hash would block the theme script), and no code token kept Shiki's
// inline style (a colour pair missing from src/lib/code-palette.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlFiles, read } from './built-site.ts';
import { scriptHash } from '../../src/lib/csp.ts';

test('every page has one CSP <meta> before its first script, listing the hash of each inline script', () => {
  const problems: string[] = [];
  for (const file of htmlFiles()) {
    const html = read(file);
    const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)];
    if (metas.length !== 1) {
      problems.push(`${file}: ${metas.length} CSP metas`);
      continue;
    }
    const policy = metas[0]?.[1]?.replaceAll('&#39;', "'") ?? '';
    const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
    if (scriptSrc.includes('unsafe-inline')) problems.push(`${file}: script-src allows unsafe-inline`);
    const firstScript = html.indexOf('<script');
    if (firstScript !== -1 && firstScript < (metas[0]?.index ?? 0)) problems.push(`${file}: a script comes before the CSP`);
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    for (const source of inline) {
      if (!scriptSrc.includes(scriptHash(source))) problems.push(`${file}: inline script without its hash: ${source.slice(0, 60)}`);
    }
    const hashes = scriptSrc.match(/'sha256-[^']+'/g) ?? [];
    if (hashes.length !== inline.length) problems.push(`${file}: ${hashes.length} hashes for ${inline.length} inline scripts`);
  }
  assert.deepEqual(problems, []);
});

test('code is coloured by classes: no token keeps a style attribute', () => {
  const leftovers = htmlFiles().flatMap((file) => [...read(file).matchAll(/<pre[^>]*>[\s\S]*?<\/pre>/g)].flatMap((m) => (m[0].match(/ style="[^"]*"/g) ?? []).map((s) => `${file}: ${s}`)));
  assert.deepEqual(leftovers, []);
});

test('the site module waits for the first paint: its tag is inside the inert template on every page', () => {
  const problems = htmlFiles().flatMap((file) => {
    const html = read(file);
    const tags = [...html.matchAll(/<script type="module" src="[^"]*SiteScripts[^"]*"><\/script>/g)];
    const late = [...html.matchAll(/<template data-late-script><script type="module" src="[^"]*SiteScripts[^"]*"><\/script><\/template>/g)];
    const headScript = html.includes("[data-late-script]");
    if (tags.length !== late.length) return [`${file}: ${tags.length - late.length} site module tag(s) outside the template`];
    if (headScript && late.length !== 1) return [`${file}: the head script would start ${late.length} deferred site modules`];
    return [];
  });
  assert.deepEqual(problems, []);
  assert.ok(htmlFiles().some((f) => read(f).includes('<template data-late-script>')), 'no page defers the site module');
});
