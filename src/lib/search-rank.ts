import type { ErrorEntry, Locale } from '../schemas/error-entry.ts';
import { errorPagePath, localePath } from './urls.ts';
import { directKey, normalizeQuery } from './search-query.ts';
import { quickSearch, type QuickIndex } from './quick-search.ts';

/**
 * Which pages own an exact lookup key: a status, an `error.type`, a slug, or an exception class
 * the pinned SDKs raise for the entry. Guides and neighbouring pages mention these names more
 * often than the entry itself (the 529 page explains InternalServerError at length), so word
 * statistics alone would rank them first; the owner is what a reader typing the name wants.
 */
export function lookupOwners(entries: readonly ErrorEntry[], base: string, lang: Locale): Record<string, string[]> {
  const owners: Record<string, string[]> = {};
  for (const e of entries.filter((x) => x.published)) {
    const url = localePath(base, lang, errorPagePath(e.slug));
    const classes = [...e.classes.python, ...e.classes.typescript].filter((c) => c.current).map((c) => c.name);
    const keys = [e.slug, e.status === null ? null : String(e.status), e.type, ...classes];
    for (const key of keys) {
      if (key === null) continue;
      const k = key.toLowerCase();
      owners[k] = [...new Set([...(owners[k] ?? []), url])];
    }
  }
  return owners;
}

/**
 * Puts the owners of an exact lookup key first, keeping Pagefind's order otherwise. An owner
 * that is not among the loaded hits is added through `missing`, so the search box never has to
 * load dozens of result fragments to find it (a base class such as APIStatusError is on most pages).
 */
export function rankOwnersFirst<T extends { url: string }>(
  hits: readonly T[],
  query: string,
  owners: Record<string, string[]>,
  missing?: (url: string) => T,
): T[] {
  const own = owners[directKey(query)] ?? [];
  if (own.length === 0) return [...hits];
  const found = new Map(hits.map((h) => [h.url, h]));
  const first = own.flatMap((url) => {
    const hit = found.get(url) ?? missing?.(url);
    return hit ? [hit] : [];
  });
  return [...first, ...hits.filter((h) => !own.includes(h.url))];
}

/** What the search box needs before Pagefind: exact keys, their owners, and what quickSearch ranks. */
export interface SearchKeys extends QuickIndex {
  /** status, type or slug → the page Enter opens without a search. */
  direct: Record<string, string>;
  /** lower-cased lookup key → the pages that own it (see lookupOwners). */
  owners: Record<string, string[]>;
  /**
   * lower-cased error code or code class → the anchored card that answers it (issue 15):
   * `enforced_spend_limit_reached` → `/en/errors/429/#enforced_spend_limit_reached`. Enter opens it;
   * results show it as the first link under its page. The anchor is the code.
   */
  deep?: Record<string, string>;
  /** Titles of pages that own a code but are not in `pages` (the codes index). */
  deepTitles?: Record<string, string>;
  /** Messages needed only once a search has run. */
  messages: { none: string; count: string };
}

/**
 * The search box fetches this (18–25 KiB gzip) when the reader opens search, instead of every page
 * carrying it: an exact key such as `529` or `RateLimitError` is answered from it at once, and any
 * other query gets quickSearch's answer while Pagefind loads.
 */
export function searchKeys(
  entries: readonly ErrorEntry[],
  base: string,
  lang: Locale,
  index: QuickIndex,
  messages: SearchKeys['messages'],
  deep: NonNullable<SearchKeys['deep']> = {},
  deepTitles: NonNullable<SearchKeys['deepTitles']> = {},
): SearchKeys {
  const published = entries.filter((e) => e.published);
  const url = (e: ErrorEntry) => localePath(base, lang, errorPagePath(e.slug));
  return {
    direct: Object.fromEntries(
      published.flatMap((e) => [e.slug, e.status === null ? null : String(e.status), e.type].filter((k) => k !== null).map((k) => [k, url(e)])),
    ),
    owners: lookupOwners(entries, base, lang),
    deep,
    deepTitles,
    pages: index.pages,
    words: index.words,
    messages,
  };
}

/** One result of the quick answer, before Pagefind's excerpt and sub-results. */
export interface QuickResult {
  url: string;
  title: string;
  section?: { url: string; title: string };
}

/**
 * What the search box shows before Pagefind has loaded: quickSearch's ranking with the owners of an
 * exact key in front (added from the key map if quickSearch did not find them), at most `shown`.
 */
export function quickAnswer(keys: SearchKeys, raw: string, shown: number): QuickResult[] {
  const hits = quickSearch(keys, normalizeQuery(raw), shown).map((h): QuickResult => ({ url: h.url, title: h.title, ...(h.section ? { section: h.section } : {}) }));
  const titles = new Map([...keys.pages.map((p): [string, string] => [p.url, p.title]), ...Object.entries(keys.deepTitles ?? {})]);
  const card = deepLink(keys, raw);
  const owners = card ? { ...keys.owners, [directKey(raw)]: [card.page] } : keys.owners;
  const ranked = rankOwnersFirst(hits, raw, owners, (url) => ({ url, title: titles.get(url) ?? url }));
  return (card ? ranked.map((r) => (r.url === card.page ? { ...r, section: card.section } : r)) : ranked).slice(0, shown);
}

/**
 * Pagefind's answer as the search box shows it: owners of an exact key first (added by `missing` when
 * Pagefind did not return them), and for a code, its card as the first link under its page.
 */
export function fullAnswer<T extends { url: string; sub_results: { url: string; title: string }[] }>(
  keys: Pick<SearchKeys, 'owners' | 'deep'>,
  raw: string,
  hits: readonly T[],
  missing: (url: string) => T,
): T[] {
  const card = deepLink(keys, raw);
  const owners = card ? { ...keys.owners, [directKey(raw)]: [card.page] } : keys.owners;
  const ranked = rankOwnersFirst(hits, raw, owners, missing);
  return card ? ranked.map((d) => (d.url === card.page ? { ...d, sub_results: [card.section, ...d.sub_results.filter((s) => s.url !== card.section.url)] } : d)) : ranked;
}

/** The card an exact code or code class leads to: its page and the anchored section link. */
export function deepLink(keys: Pick<SearchKeys, 'deep'>, raw: string): { page: string; section: { url: string; title: string } } | undefined {
  const url = keys.deep?.[directKey(raw)];
  if (!url) return undefined;
  const [page = url, anchor = ''] = url.split('#');
  return { page, section: { url, title: anchor } };
}
