// Search quality over the built index (SPEC section 7): a status, an error type or a current SDK
// class name finds its page first; natural queries find it in the top three. Prints the hit rates.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { entries } from '../../src/lib/registry.ts';
import { base } from './built-site.ts';
import { naturalQueries } from './search-queries.ts';
import { quickSearchSite, searchSite } from './pagefind-in-node.ts';

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
 * 100 KiB). Pagefind replaces it, so a miss here is a worse first second, not a wrong final answer;
 * measured at 127 of 130 when it was introduced, so 90 % leaves room for new pages, not for a regression.
 */
for (const lang of ['en', 'ko'] as const) {
  test(`${lang}: the quick answer before Pagefind has the page in the top three for 90 % of natural queries`, async () => {
    const misses: string[] = [];
    let all = 0;
    for (const entry of published) {
      const page = `${base}${lang}/errors/${entry.slug}/`;
      for (const q of naturalQueries[entry.slug]?.[lang] ?? []) {
        all++;
        const quick = await quickSearchSite(lang, q, 3);
        const final = await searchSite(lang, q, 1);
        tally.quick.all++;
        tally.agree.all++;
        if (quick[0]?.url === final[0]?.url) tally.agree.hit++;
        if (quick.some((h) => h.url === page)) tally.quick.hit++;
        else misses.push(`"${q}" → ${quick.map((h) => h.url).join(', ') || 'nothing'}`);
      }
    }
    assert.ok(all - misses.length >= 0.9 * all, `${misses.length} of ${all} missed:\n${misses.join('\n')}`);
  });

  test(`${lang}: the benchmark's phrase gets its page first before Pagefind loads`, async () => {
    const phrase = lang === 'en' ? 'overloaded' : '과부하';
    assert.equal((await quickSearchSite(lang, phrase))[0]?.url, `${base}${lang}/errors/529/`);
    // A section heading that matches becomes a deep link, as Pagefind's sub-results are.
    const deep = await quickSearchSite(lang, lang === 'en' ? 'rate limit headers' : '속도 제한 응답 헤더');
    assert.ok(deep.some((h) => h.subUrls.some((u) => u === `${base}${lang}/guides/rate-limits/#headers`)), JSON.stringify(deep));
  });
}

after(() => {
  const pct = (t: { hit: number; all: number }) => (t.all ? ((100 * t.hit) / t.all).toFixed(1) : '0');
  console.log(
    `search quality under ${base}: statuses/types/classes ${tally.exact.hit}/${tally.exact.all} first (${pct(tally.exact)}%), ` +
      `natural queries ${tally.natural.hit}/${tally.natural.all} in the top three (${pct(tally.natural)}%); ` +
      `before Pagefind loads, ${tally.quick.hit}/${tally.quick.all} in the top three (${pct(tally.quick)}%), ` +
      `${tally.agree.hit}/${tally.agree.all} with Pagefind's first result first (${pct(tally.agree)}%)`,
  );
});
