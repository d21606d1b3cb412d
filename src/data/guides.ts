// Which guides exist, read from the content collection, so links appear only once a guide is written.
import { getCollection } from 'astro:content';
import type { Locale } from '../schemas/error-entry.ts';

/** Slugs of the guides published in a language, plus their titles. */
export async function publishedGuides(lang: Locale): Promise<Map<string, string>> {
  const pages = await getCollection('guidePages', (p) => p.id.endsWith(`/${lang}`));
  return new Map(pages.map((p) => [p.id.split('/')[0] ?? '', p.data.title]));
}
