import type { Locale } from '../schemas/error-entry.ts';

/** Joins the configured base path and a site path; both sides may or may not carry slashes. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

/** URL of a page in one language, e.g. `localePath('/docs/', 'ko', 'errors/529/')` → `/docs/ko/errors/529/`. */
export function localePath(base: string, lang: Locale, path = ''): string {
  const rest = path.replace(/^\/+/, '');
  return withBase(base, `${lang}/${rest}`);
}

/** The same page in the other language: swaps the locale segment that follows the base path. */
export function twinPath(pathname: string, base: string, to: Locale): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  const withoutLocale = rest.replace(/^(en|ko)(\/|$)/, '');
  return localePath(base, to, withoutLocale);
}

/** Path of an error page below the locale. */
export function errorPagePath(slug: string): string {
  return `errors/${slug}/`;
}
