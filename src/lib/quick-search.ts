// The first answer to a phrase. Pagefind needs its script, its WebAssembly and an index chunk
// (100–115 KiB) before it can rank anything; this ranks the pages' titles, summaries, headings and
// key terms (a few KiB, in the key map the search box loads when it opens) so that results show
// at once, and Pagefind's full-text ranking replaces them when it arrives.

/** What the quick tier knows about one page. Arrays keep the key map small. */
export interface QuickPage {
  url: string;
  title: string;
  /** Shown under the title until Pagefind's excerpt replaces it. */
  summary: string;
  /** Searched, not shown: the meta description. */
  description: string;
  /** Inline code and bold phrases of the prose: the names and facts a reader types. */
  terms: string[];
  /** [anchor id, heading text] of the page's own headings, for deep links. */
  headings: [string, string][];
}

export interface QuickHit {
  url: string;
  title: string;
  summary: string;
  /** The heading that matched the query best, if one did. */
  section?: { url: string; title: string };
  score: number;
}

/** English words too common to tell pages apart; a query made only of them finds nothing here. */
const STOP = new Set(
  'a an and are as at be by can do does for from has have how i if in inside is it its my no not of on or our the then this to was what when where which while why with you your'.split(' '),
);

/** Field weights: a title names what the page is about, a heading what a section is about. */
const WEIGHT = { title: 10, terms: 6, heading: 5, summary: 4, description: 3 } as const;

const HANGUL = /[\uac00-\ud7a3]/;

/** Lower-cased words; `retry-after` and `e.status_code` split at the punctuation, `_` stays. */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
}

/** The words of a field, and the parts of its snake_case words: `request too large` finds request_too_large. */
function fieldTokens(text: string): string[] {
  return words(text).flatMap((w) => (w.includes('_') ? [w, ...w.split('_').filter(Boolean)] : [w]));
}

/** A light English stem, enough for overloaded/overload, limits/limit, retries/retried/retry. */
function stem(word: string): string {
  if (word.length <= 4 || HANGUL.test(word)) return word;
  if (word.endsWith('ies') || word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Korean words carry particles inside the text (과부하가), so Hangul matches as a substring. */
function matches(queryWord: string, text: string, tokens: readonly string[]): boolean {
  if (HANGUL.test(queryWord)) return text.includes(queryWord);
  if (queryWord.length <= 2) return tokens.includes(queryWord);
  const q = stem(queryWord);
  return tokens.some((t) => t === queryWord || stem(t).startsWith(q));
}

interface Field {
  weight: number;
  text: string;
  tokens: string[];
}
const field = (weight: number, raw: string): Field => ({ weight, text: raw.toLowerCase(), tokens: fieldTokens(raw) });

/**
 * Ranks pages for a query that `normalizeQuery` has rewritten. Each query word scores the best
 * field it matches; the sum is scaled by the square of the share of words matched, so a page that
 * matches every word beats one that matches the rarest word often. Pages matching fewer than half
 * the words are left out: a weak quick answer would only be replaced by Pagefind's.
 */
export function quickSearch(pages: readonly QuickPage[], normalized: string, limit = 6): QuickHit[] {
  const query = [...new Set(words(normalized).filter((w) => !STOP.has(w)))];
  if (query.length === 0) return [];
  const hits: QuickHit[] = [];
  for (const page of pages) {
    const fields = [
      field(WEIGHT.title, page.title),
      field(WEIGHT.terms, page.terms.join(' \n ')),
      field(WEIGHT.summary, page.summary),
      field(WEIGHT.description, page.description),
    ];
    const headings = page.headings.map(([id, text]) => ({ id, text, f: field(WEIGHT.heading, text) }));
    let sum = 0;
    let matched = 0;
    for (const w of query) {
      const best = Math.max(0, ...[...fields, ...headings.map((h) => h.f)].filter((f) => matches(w, f.text, f.tokens)).map((f) => f.weight));
      if (best > 0) matched++;
      sum += best;
    }
    if (matched === 0 || matched * 2 < query.length) continue;
    const share = matched / query.length;
    const heading = headings
      .map((h) => ({ h, n: query.filter((w) => matches(w, h.f.text, h.f.tokens)).length }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n)[0]?.h;
    hits.push({
      url: page.url,
      title: page.title,
      summary: page.summary,
      ...(heading ? { section: { url: `${page.url}#${heading.id}`, title: heading.text } } : {}),
      score: sum * share * share,
    });
  }
  // A stable sort keeps the key map's order (error pages by status, then guides) among equals.
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** Inline code and bold phrases of an MDX body, once each, in order. */
export function keyTerms(body: string): string[] {
  const found = [...body.matchAll(/`([^`\n]+)`|\*\*([^*\n]+)\*\*/g)].map((m) => (m[1] ?? m[2] ?? '').trim());
  return [...new Set(found.filter(Boolean))];
}

/** The ids and texts of `<H2 id="…">…</H2>` headings written as components in MDX (the guides do). */
export function componentHeadings(body: string): [string, string][] {
  return [...body.matchAll(/<H2\s+id="([^"]+)"\s*>([\s\S]*?)<\/H2>/g)].map((m) => [m[1] ?? '', (m[2] ?? '').replace(/`/g, '').trim()]);
}
