// Search quality over the built index (SPEC section 7): a status, an error type or a current SDK
// class name finds its page first; natural queries find it in the top three. Prints the hit rates.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { entries } from '../../src/lib/registry.ts';
import { base, distDir } from './built-site.ts';
import { naturalQueries } from './search-queries.ts';
import { quickSearchSite, searchSite } from './pagefind-in-node.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { directKey } from '../../src/lib/search-query.ts';
import type { SearchKeys } from '../../src/lib/search-rank.ts';

const published = entries.filter((e) => e.published);
const tally = { exact: { hit: 0, all: 0 }, natural: { hit: 0, all: 0 }, quick: { hit: 0, all: 0 }, agree: { hit: 0, all: 0 } };

/** Which entries raise a class in the pinned SDKs: a class shared by several entries can only be top three. */
const owners = new Map<string, string[]>();
for (const e of published) {
  for (const c of [...e.classes.python, ...e.classes.typescript].filter((x) => x.current)) {
    owners.set(c.name, [...new Set([...(owners.get(c.name) ?? []), e.slug])]);
  }
}

for (const entry of published) {
  for (const lang of ['en', 'ko'] as const) {
    const page = `${base}${lang}/errors/${entry.slug}/`;

    test(`${lang}: the status, the type and the class names of ${entry.slug} find its page first`, async () => {
      const classes = [...new Set([...entry.classes.python, ...entry.classes.typescript].filter((c) => c.current).map((c) => c.name))];
      const exactFirst = [entry.status === null ? null : String(entry.status), entry.type, ...classes.filter((c) => owners.get(c)?.length === 1)];
      const misses: string[] = [];
      for (const q of exactFirst.filter((x): x is string => x !== null)) {
        const hits = await searchSite(lang, q);
        tally.exact.all++;
        if (hits[0]?.url === page) tally.exact.hit++;
        else misses.push(`"${q}" → ${hits[0]?.url ?? 'nothing'}`);
      }
      for (const c of classes.filter((x) => (owners.get(x)?.length ?? 0) > 1)) {
        const hits = await searchSite(lang, c, 3);
        tally.exact.all++;
        if (hits.some((h) => h.url === page)) tally.exact.hit++;
        else misses.push(`"${c}" (shared class) not in top 3`);
      }
      assert.deepEqual(misses, []);
    });

    test(`${lang}: at least five natural queries find ${entry.slug} in the top three`, async () => {
      const queries = naturalQueries[entry.slug]?.[lang] ?? [];
      assert.ok(queries.length >= 5, `add five ${lang} queries for ${entry.slug} to tests/site/search-queries.ts`);
      const misses: string[] = [];
      for (const q of queries) {
        const hits = await searchSite(lang, q, 3);
        tally.natural.all++;
        if (hits.some((h) => h.url === page)) tally.natural.hit++;
        else misses.push(`"${q}" → ${hits.map((h) => h.url).join(', ') || 'nothing'}`);
      }
      assert.deepEqual(misses, []);
    });
  }
}

/**
 * The quick answer is what a reader sees while Pagefind's 100+ KiB load (issue 7: first results within
 * 100 KiB). Exact keys are answered by their owners; the phrases are quickSearch's own work, so they are
 * counted apart. Pagefind replaces the answer, so a miss here is a worse first second, not a wrong final
 * answer. When this was written: 101 of 103 phrases, and the same first result as Pagefind for 116 of
 * 130 queries. The floors leave room for new pages, not for a regression.
 */
for (const lang of ['en', 'ko'] as const) {
  test(`${lang}: before Pagefind, 90 % of natural phrases have their page in the top three, and 75 % of queries start as Pagefind's do`, async () => {
    const keys = JSON.parse(readFileSync(join(distDir, lang, 'search-keys.json'), 'utf8')) as SearchKeys;
    const misses: string[] = [];
    let phrases = 0;
    let agree = 0;
    let all = 0;
    for (const entry of published) {
      const page = `${base}${lang}/errors/${entry.slug}/`;
      for (const q of naturalQueries[entry.slug]?.[lang] ?? []) {
        all++;
        const quick = await quickSearchSite(lang, q, 3);
        const final = await searchSite(lang, q, 1);
        if (quick[0]?.url === final[0]?.url) agree++;
        if (keys.owners[directKey(q)]) continue;
        phrases++;
        tally.quick.all++;
        if (quick.some((h) => h.url === page)) tally.quick.hit++;
        else misses.push(`"${q}" → ${quick.map((h) => h.url).join(', ') || 'nothing'}`);
      }
    }
    tally.agree.all += all;
    tally.agree.hit += agree;
    assert.ok(phrases - misses.length >= 0.9 * phrases, `${misses.length} of ${phrases} phrases missed:\n${misses.join('\n')}`);
    assert.ok(agree >= 0.75 * all, `only ${agree} of ${all} quick answers start with Pagefind's first result`);
  });

  test(`${lang}: the benchmark's phrases get their page first before Pagefind loads, with deep links where a heading says more`, async () => {
    const phrase = lang === 'en' ? 'overloaded' : '과부하';
    assert.equal((await quickSearchSite(lang, phrase))[0]?.url, `${base}${lang}/errors/529/`);
    assert.equal((await quickSearchSite(lang, 'prefill'))[0]?.url, `${base}${lang}/errors/400/`, 'a word only the prose has');
    const deep = await quickSearchSite(lang, lang === 'en' ? 'rate limit headers' : '속도 제한 응답 헤더');
    assert.ok(deep.some((h) => h.subUrls.includes(`${base}${lang}/guides/rate-limits/#headers`)), JSON.stringify(deep));
    const fix = await quickSearchSite(lang, lang === 'en' ? 'how to fix 529' : '529 해결');
    assert.deepEqual(fix[0]?.subUrls, [`${base}${lang}/errors/529/#fix`], JSON.stringify(fix));
  });
}

after(() => {
  const pct = (t: { hit: number; all: number }) => (t.all ? ((100 * t.hit) / t.all).toFixed(1) : '0');
  console.log(
    `search quality under ${base}: statuses/types/classes ${tally.exact.hit}/${tally.exact.all} first (${pct(tally.exact)}%), ` +
      `natural queries ${tally.natural.hit}/${tally.natural.all} in the top three (${pct(tally.natural)}%); ` +
      `before Pagefind loads, ${tally.quick.hit}/${tally.quick.all} phrases in the top three (${pct(tally.quick)}%), ` +
      `${tally.agree.hit}/${tally.agree.all} with Pagefind's first result first (${pct(tally.agree)}%)`,
  );
});
