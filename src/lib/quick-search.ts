// The first answer to a query. Pagefind needs its script, its WebAssembly and an index chunk
// (100–115 KiB) before it can rank anything; this ranks what the key map carries (each page's title,
// summary, headings and key terms, and which pages use each word of the prose) so that results show
// at once, and Pagefind's full-text ranking, excerpts and section links replace them when they arrive.
import { HANGUL, stripParticle } from './search-query.ts';

/** What the quick tier knows about one page. Arrays keep the key map small. */
export interface QuickPage {
  url: string;
  title: string;
  /** Shown under the title until Pagefind's excerpt replaces it. */
  summary: string;
  /** Searched, not shown: the meta description. */
  description: string;
  /** Inline code and short bold phrases of the prose: the names and facts a reader types. */
  terms: string[];
  /** [anchor id, heading text] of the page's own headings: searched, and deep links. */
  headings: [string, string][];
  /** [anchor id, heading text] of the sections every error page has: deep links, and matched only as prose is. */
  sections: [string, string][];
}

/** The prose's words: page indices joined by "." → the words (space-separated) used on exactly those pages. */
export type ProseWords = Record<string, string>;

export interface QuickIndex {
  pages: QuickPage[];
  words: ProseWords;
  /** Lower-cased status, type or class → the pages that own it; a unit that is one ranks them above any title. */
  owners?: Record<string, string[]>;
}

export interface QuickHit {
  url: string;
  title: string;
  summary: string;
  /** The section the query points at, if a heading says so better than the title. */
  section?: { url: string; title: string };
  score: number;
}

/** English words too common to tell pages apart; a query made only of them finds nothing here. */
const STOP = new Set(
  'a an and are as at be by can do does for from has have how i if in inside is it its my no not of on or our the then this to was what when where which while why with you your'.split(' '),
);

/** Field weights: a title names what the page is about; a word of the prose only says it is mentioned. */
const WEIGHT = { owner: 20, title: 10, terms: 6, heading: 5, summary: 4, description: 3, sentence: 2, prose: 1 } as const;

/** An identifier keeps its inner dots and hyphens: retry-after, e.status_code, anthropic-ratelimit-requests-remaining. */
const IDENTIFIER = /[\p{L}\p{N}_]+(?:[-.][\p{L}\p{N}_]+)*/gu;

/** Lower-cased words; `retry-after` and `e.status_code` split at the punctuation, `_` stays. */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
}

/** The units a query is matched by: whole identifiers, Korean words without their particle, no stop words. */
export function queryUnits(normalized: string): string[] {
  const units = (normalized.toLowerCase().match(IDENTIFIER) ?? []).map(stripParticle);
  return [...new Set(units.filter((u) => !STOP.has(u)))];
}

/** A light English stem: overloaded/overload, limits/limit, retries/retried/retry, messages/message, caches/cache, sizes/size, keys/key. */
export function stem(word: string): string {
  if (word.length < 4 || HANGUL.test(word) || /\d/.test(word)) return word;
  let s = word;
  if (s.length > 4 && /ie[sd]$/.test(s)) s = `${s.slice(0, -3)}y`;
  else if (/(?:s|x|z|ch|sh)es$/.test(s)) s = s.slice(0, -2);
  else if (/[^su]s$/.test(s)) s = s.slice(0, -1);
  else if (s.length >= 7 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length >= 6 && s.endsWith('ed')) s = s.slice(0, -2);
  if (s.length >= 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

interface Field {
  weight: number;
  /** Lower-cased text, for Hangul substrings. */
  text: string;
  /** Words and their parts: request_too_large also gives request, too and large. */
  tokens: string[];
  /** Whole identifiers: retry-after stays one. */
  identifiers: string[];
}

function field(weight: number, raw: string): Field {
  const identifiers = (raw.toLowerCase().match(IDENTIFIER) ?? []).filter((t) => /[-.]/.test(t));
  const tokens = words(raw).flatMap((w) => (w.includes('_') ? [w, ...w.split('_').filter(Boolean)] : [w]));
  return { weight, text: raw.toLowerCase(), tokens, identifiers };
}

const wordMatches = (unit: string, tokens: readonly string[]) => {
  if (unit.length <= 2) return tokens.includes(unit);
  const q = stem(unit);
  return tokens.some((t) => t === unit || stem(t).startsWith(q));
};

/**
 * How much of a field's weight a query unit earns: all of it for a match, half for an identifier
 * whose parts are all there but not joined (retry and after, not retry-after), none otherwise.
 * One Hangul syllable matches only at the start of a word (과 is in 초과 and 과금, not only 과부하).
 */
function unitScore(unit: string, f: Field): number {
  if (HANGUL.test(unit)) {
    if ([...unit].length >= 2) return f.text.includes(unit) ? f.weight : 0;
    return f.tokens.some((t) => t.startsWith(unit)) ? f.weight : 0;
  }
  if (/[-.]/.test(unit)) {
    if (f.identifiers.some((t) => t.startsWith(unit))) return f.weight;
    return words(unit).every((part) => wordMatches(part, f.tokens)) ? f.weight / 2 : 0;
  }
  return wordMatches(unit, f.tokens) ? f.weight : 0;
}

/** The words of an MDX body that Pagefind would index: no fenced code, tags, link targets or front matter. */
export function proseWords(body: string): string[] {
  const text = body
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ');
  const found = words(text).map(stripParticle);
  return [...new Set(found.filter((w) => w.length >= 2))];
}

/** Groups the pages' prose words by the set of pages that use them: gzip does the rest (8–15 KiB here). */
export function proseWordIndex(bodies: readonly string[]): ProseWords {
  const pagesOf = new Map<string, number[]>();
  bodies.forEach((body, i) => {
    for (const w of proseWords(body)) pagesOf.set(w, [...(pagesOf.get(w) ?? []), i]);
  });
  const groups: ProseWords = {};
  for (const w of [...pagesOf.keys()].sort()) {
    const key = (pagesOf.get(w) ?? []).join('.');
    groups[key] = groups[key] ? `${groups[key]} ${w}` : w;
  }
  return groups;
}

interface PageFields {
  title: Field;
  /** Everything a unit can match, the title included. */
  all: Field[];
  /** Headings and sections, for the deep link. */
  anchors: { id: string; text: string; f: Field }[];
}

const fieldCache = new WeakMap<QuickIndex, PageFields[]>();
/** Each page's fields, tokenised once per key map rather than on every keystroke. */
function pageFields(index: QuickIndex): PageFields[] {
  const cached = fieldCache.get(index);
  if (cached) return cached;
  const prose: string[][] = index.pages.map(() => []);
  for (const [key, list] of Object.entries(index.words)) {
    for (const i of key.split('.').map(Number)) prose[i]?.push(list);
  }
  // A term of a few words names something (retry-after, do not retry); a longer one is a quoted
  // message (Too many requests. Exceeded…) and says no more than a sentence of the description.
  const long = (t: string) => t.split(/\s+/).length > 3;
  const built = index.pages.map((page, i): PageFields => {
    const title = field(WEIGHT.title, page.title);
    const headings = page.headings.map(([id, text]) => ({ id, text, f: field(WEIGHT.heading, text) }));
    // Every error page has "How to fix it": it tells `fix 529` where to go, not which page.
    const sections = page.sections.map(([id, text]) => ({ id, text, f: field(WEIGHT.prose, text) }));
    const proseText = (prose[i] ?? []).join(' ');
    const all = [
      title,
      field(WEIGHT.terms, page.terms.filter((t) => !long(t)).join(' \n ')),
      field(WEIGHT.sentence, page.terms.filter(long).join(' \n ')),
      field(WEIGHT.summary, page.summary),
      field(WEIGHT.description, page.description),
      ...headings.map((h) => h.f),
      ...sections.map((h) => h.f),
      { weight: WEIGHT.prose, text: proseText, tokens: proseText.split(' ').filter(Boolean), identifiers: [] },
    ];
    return { title, all, anchors: [...headings, ...sections] };
  });
  fieldCache.set(index, built);
  return built;
}

/**
 * Ranks pages for a query that `normalizeQuery` has rewritten. Each unit scores the best field it
 * matches (an owned status, type or class counts double a title), plus half a point for each of up
 * to two other fields that have it; the sum is scaled by the square of the share of units matched,
 * so a page that matches every unit beats one that matches the rarest unit often. Pages matching fewer than half the units
 * are left out. A heading becomes the hit's deep link when it matches two units, or one that the
 * title does not: `thundering herd` points into a guide, `429` does not point into a FAQ.
 */
export function quickSearch(index: QuickIndex, normalized: string, limit = 6): QuickHit[] {
  const units = queryUnits(normalized);
  if (units.length === 0) return [];
  const fieldsOf = pageFields(index);
  const hits: QuickHit[] = [];
  index.pages.forEach((page, i) => {
    const fields = fieldsOf[i];
    if (!fields) return;
    const { title, all, anchors } = fields;
    let sum = 0;
    let matched = 0;
    for (const u of units) {
      // The page that owns a status, type or class is what a reader naming it wants, over any guide that lists it.
      const owner = index.owners?.[u]?.includes(page.url) ? [WEIGHT.owner] : [];
      const scores = [...owner, ...all.map((f) => unitScore(u, f)).filter((x) => x > 0)];
      if (scores.length === 0) continue;
      matched++;
      // The best field counts; up to two further fields that have the unit add a little (a page that
      // names retry-after in a heading and its terms is more about it than one that lists it once; a
      // guide that mentions everything everywhere must not win on that alone).
      sum += Math.max(...scores) + Math.min(scores.length - 1, 2) / 2;
    }
    if (matched === 0 || matched * 2 < units.length) return;
    const share = matched / units.length;
    const inTitle = new Set(units.filter((u) => unitScore(u, title) > 0));
    const section = anchors
      .map((h) => ({ h, hits: units.filter((u) => unitScore(u, h.f) > 0) }))
      .filter((x) => x.hits.length >= 2 || x.hits.some((u) => !inTitle.has(u)))
      .sort((a, b) => b.hits.length - a.hits.length)[0]?.h;
    hits.push({
      url: page.url,
      title: page.title,
      summary: page.summary,
      ...(section ? { section: { url: `${page.url}#${section.id}`, title: section.text } } : {}),
      score: sum * share * share,
    });
  });
  // A stable sort keeps the key map's order (error pages by status, then guides) among equals.
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** Inline code (error messages included) and bold phrases of up to five words, of an MDX body, once each. */
export function keyTerms(body: string): string[] {
  const found = [...body.replace(/```[\s\S]*?```/g, ' ').matchAll(/`([^`\n]+)`|\*\*([^*\n]+)\*\*/g)].flatMap((m) => {
    if (m[1] !== undefined) return [m[1].trim()];
    const phrase = (m[2] ?? '').trim();
    // A whole bold sentence is prose, which the prose words already cover.
    return phrase.split(/\s+/).length <= 5 ? [phrase] : [];
  });
  return [...new Set(found.filter(Boolean))];
}

/** The ids and texts of `<H2 id="…">…</H2>` headings written as components in MDX (the guides do). */
export function componentHeadings(body: string): [string, string][] {
  return [...body.matchAll(/<H2\s+id="([^"]+)"\s*>([\s\S]*?)<\/H2>/g)].map((m) => [m[1] ?? '', (m[2] ?? '').replace(/`/g, '').trim()]);
}
