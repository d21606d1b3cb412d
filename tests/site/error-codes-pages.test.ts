// Every error code has one card, on its status page or on the index page, with the code as its id in
// both languages; a short link per code leads there; error-codes.json agrees with the pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorCodes, codePagePath } from '../../src/lib/error-codes.ts';
import { errorCodesJsonSchema } from '../../src/schemas/error-codes-json.ts';
import { messageRows } from '../../src/lib/error-messages.ts';
import { base, fileFor, idsIn, read } from './built-site.ts';

const doc = errorCodesJsonSchema.parse(JSON.parse(read('error-codes.json')));
/** Decodes the entities Astro writes in text. */
const unescapeHtml = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16))).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const page = (path: string) => {
  const file = fileFor(path);
  assert.ok(file, `${path} is not in the build`);
  return read(file);
};

test('every code has its card, with the code as id, at the same path in English and Korean', () => {
  for (const lang of ['en', 'ko'] as const) {
    const missing = errorCodes.filter((r) => !idsIn(page(`${lang}/${codePagePath(r)}`)).has(r.code)).map((r) => `${lang} ${r.code}`);
    assert.deepEqual(missing, []);
  }
});

test('a code is carded once per language: on its status page or on the index page, not both', () => {
  for (const lang of ['en', 'ko'] as const) {
    const index = idsIn(page(`${lang}/errors/codes/`));
    for (const r of errorCodes) assert.equal(index.has(r.code), r.page === null, `${lang} ${r.code}`);
  }
});

test('the index page lists every code in a table sorted by status, linking each to its card', () => {
  for (const lang of ['en', 'ko'] as const) {
    // The codes table comes first; the messages table after it has rows of the same shape.
    const html = page(`${lang}/errors/codes/`).split('id="messages"')[0] ?? '';
    const rows = [...html.matchAll(/<tr><td>(\d{3})<\/td><td><a href="([^"]+)"><code>([a-z0-9_]+)<\/code>/g)];
    assert.deepEqual(rows.map((m) => m[3]), errorCodes.map((r) => r.code));
    const statuses = rows.map((m) => Number(m[1]));
    assert.deepEqual(statuses, [...statuses].sort((a, b) => a - b));
    for (const m of rows) assert.ok((m[2] ?? '').endsWith(`#${m[3]}`), `${lang} ${m[3]} links ${m[2]}`);
  }
});

test('each code has a short link per language that leads to its card', () => {
  for (const r of errorCodes) {
    for (const [short, lang] of [[`${r.code}/`, 'en'], [`ko/${r.code}/`, 'ko']] as const) {
      const html = page(short);
      const target = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
      assert.equal(target, `${base}${lang}/${codePagePath(r)}#${r.code}`, short);
    }
  }
});

test('error-codes.json validates, lists every code in page order, and its URLs resolve to the cards', () => {
  assert.deepEqual(doc.codes.map((c) => c.code), errorCodes.map((r) => r.code));
  for (const c of doc.codes) {
    for (const url of [c.urls.en, c.urls.ko]) {
      const u = new URL(url);
      assert.ok(u.pathname.startsWith(base), url);
      assert.ok(idsIn(page(u.pathname.slice(base.length))).has(u.hash.slice(1)), url);
    }
  }
  assert.ok(fileFor('error-codes.schema.json'));
});

test('status pages show their status facts once and a link to the index for the codes carded there', () => {
  const html = page('en/errors/400/');
  assert.equal((html.match(/class="code-facts"/g) ?? []).length, 1);
  assert.match(html, /href="[^"]*\/en\/errors\/codes\/#status-400"/);
  assert.ok(!page('en/errors/401/').includes('id="error-codes"'), '401 has no codes, so no section');
});

test('every known message is an anchored subsection of its page, with the same id in both languages', () => {
  for (const lang of ['en', 'ko'] as const) {
    for (const m of messageRows) {
      const html = page(`${lang}/errors/${m.page}/`);
      assert.ok(idsIn(html).has(m.id), `${lang} ${m.page} #${m.id}`);
      // <wbr> marks where a long token may break (src/components/Code.astro); it is not text.
      const shown = [...html.matchAll(/<p class="msg-text" lang="en"><code>([\s\S]*?)<\/code><\/p>/g)].map((x) => unescapeHtml((x[1] ?? '').replace(/<wbr\s*\/?>/g, '')));
      for (const text of m.messages) assert.ok(shown.includes(text), `${lang} ${m.id}: message not shown verbatim`);
    }
  }
});

test('the index page lists every known message, and the Message Batches and Files API sections', () => {
  for (const lang of ['en', 'ko'] as const) {
    const html = page(`${lang}/errors/codes/`);
    for (const m of messageRows) assert.ok(html.includes(`/${lang}/errors/${m.page}/#${m.id}"`), `${lang} ${m.id}`);
    for (const id of ['messages', 'batch-results', 'batch-errored', 'files-api']) assert.ok(idsIn(html).has(id), `${lang} #${id}`);
    assert.match(html, /invalid_request_error/);
  }
});
