import type { ErrorEntry, Locale } from '../schemas/error-entry.ts';

/** One runbook short link: `/529/` or `/ko/overloaded_error/`, pointing at an error page. */
export interface ShortLink {
  /** Path below the base, with a trailing slash. */
  path: string;
  lang: Locale;
  slug: string;
}

/**
 * Short links of the published entries (SPEC section 2): `/{status}/` and `/{error.type}/` lead to the
 * English page, `/ko/{status}/` and `/ko/{error.type}/` to the Korean one. Entries without a status
 * or type get `/{slug}/`. Published links are never removed, so the list only grows.
 */
export function shortLinks(entries: readonly ErrorEntry[]): ShortLink[] {
  return entries
    .filter((e) => e.published)
    .flatMap((e) => {
      const keys = e.status === null && e.type === null ? [e.slug] : [e.status, e.type].filter((k) => k !== null).map(String);
      return keys.flatMap((key) => [
        // Astro reserves /404 for the not-found page, so /404/ cannot be built; /not_found_error/
        // and /ko/404/ still lead to the 404 entry, and a host answers /404/ with the bilingual 404 page.
        ...(key === '404' ? [] : [{ path: `${key}/`, lang: 'en' as const, slug: e.slug }]),
        { path: `ko/${key}/`, lang: 'ko' as const, slug: e.slug },
      ]);
    });
}
