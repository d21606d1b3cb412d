import type { ErrorEntry } from '../schemas/error-entry.ts';
import { sdkReleases } from '../../content/errors/sdk-releases.ts';
import { behaviours, messageFormats } from './sdk-behaviours.ts';
import { errorPagePath, localePath } from './urls.ts';

/** One entry of /errors.json: the machine-readable catalogue, built from the registry like the pages. */
export interface CatalogueJsonEntry {
  slug: string;
  status: number | null;
  type: string | null;
  summary: { en: string; ko: string };
  verdict: ErrorEntry['verdict'];
  sdkRetries: boolean;
  classes: ErrorEntry['classes'];
  /** Absolute page URLs, or null while the entry has no page yet. */
  urls: { en: string | null; ko: string | null };
  retired: boolean;
  lastChecked: string;
}

/** Builds the catalogue document for the given site origin and base path; `tested` lists the SDK versions the tests run. */
export function catalogueJson(entries: readonly ErrorEntry[], site: URL, base: string, tested: { python: readonly string[]; typescript: readonly string[] }) {
  const url = (e: ErrorEntry, lang: 'en' | 'ko') =>
    e.published ? new URL(localePath(base, lang, errorPagePath(e.slug)), site).href : null;
  return {
    $schema: new URL(`${base.replace(/\/?$/, '/')}errors.schema.json`, site).href,
    lastChecked: entries.map((e) => e.lastChecked).sort().at(-1) ?? null,
    sdks: {
      packages: Object.fromEntries(
        Object.entries(sdkReleases).map(([key, r]) => [
          key,
          { package: r.package, newest: r.newest, released: r.released, checked: r.checked, tested: [...(key === 'python' || key === 'typescript' ? tested[key] : [])] },
        ]),
      ),
      messageFormats: [...messageFormats],
      behaviours: [...behaviours],
    },
    entries: entries.map(
      (e): CatalogueJsonEntry => ({
        slug: e.slug,
        status: e.status,
        type: e.type,
        summary: e.summary,
        verdict: e.verdict,
        sdkRetries: e.sdkRetries,
        classes: e.classes,
        urls: { en: url(e, 'en'), ko: url(e, 'ko') },
        retired: e.retired,
        lastChecked: e.lastChecked,
      }),
    ),
  };
}
