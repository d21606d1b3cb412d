// Issue 15: a code, a code's class or a distinctive part of a message puts its card or subsection
// first, as a deep link, in the quick answer and in the full (Pagefind) answer, in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base } from './built-site.ts';
import { quickSearchSite, searchSite } from './pagefind-in-node.ts';

/** Query → the anchored URL below the language that must lead. Codes and classes from the SDK; messages verbatim parts. */
const cases: Array<[string, string]> = [
  ['enforced_spend_limit_reached', 'errors/429/#enforced_spend_limit_reached'],
  ['ramp_limit_exceeded', 'errors/429/#ramp_limit_exceeded'],
  ['RampLimitExceededError', 'errors/429/#ramp_limit_exceeded'],
  ['image_dimensions_too_large', 'errors/400/#image_dimensions_too_large'],
  ['organization_url_fetch_disabled', 'errors/400/#organization_url_fetch_disabled'],
  ['storage_not_ready', 'errors/codes/#storage_not_ready'],
  ['credit balance is too low', 'errors/400/#credit-balance-too-low'],
  ['prompt is too long', 'errors/400/#prompt-is-too-long'],
  ['tool_result', 'errors/400/#tool-use-without-tool-result'],
  ['does not support assistant message prefill', 'errors/400/#prefill-not-supported'],
  ['Request exceeds the maximum size', 'errors/413/#request-exceeds-maximum-size'],
];

for (const lang of ['en', 'ko'] as const) {
  const want = (path: string) => `${base}${lang}/${path}`;
  test(`${lang}: before Pagefind, each code and message leads with its card or subsection`, async () => {
    const misses: string[] = [];
    for (const [q, path] of cases) {
      const first = (await quickSearchSite(lang, q, 3))[0];
      const links = first ? [first.url, ...first.subUrls] : [];
      if (!links.includes(want(path))) misses.push(`"${q}" → ${links.join(', ') || 'nothing'}`);
    }
    assert.deepEqual(misses, []);
  });

  test(`${lang}: with Pagefind, each code leads with its card and each message's page is in the top three`, async () => {
    const misses: string[] = [];
    for (const [q, path] of cases) {
      const hits = await searchSite(lang, q, 3);
      const page = want(path).split('#')[0];
      const isCode = /^[a-z_]+$|Error$/.test(q);
      const ok = isCode ? hits[0]?.url === page && hits[0]?.subUrls[0] === want(path) : hits.some((h) => h.url === page);
      if (!ok) misses.push(`"${q}" → ${hits.map((h) => `${h.url} [${h.subUrls.slice(0, 2).join(' ')}]`).join(', ') || 'nothing'}`);
    }
    assert.deepEqual(misses, []);
  });
}
