// The list of pages to test, generated from the registry and content/, so a new entry is tested
// without new test code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entries } from '../../src/lib/registry.ts';
import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import type { ErrorEntry, Locale } from '../../src/schemas/error-entry.ts';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const dictionaries = { en, ko } as const;

export interface SitePage {
  /** Path relative to the base URL, with a trailing slash. */
  path: string;
  lang: Locale;
  /** Expected h1 text. */
  h1: string;
  entry?: ErrorEntry;
}

function frontMatterTitle(slug: string, lang: Locale, collection: 'errors' | 'guides' = 'errors'): string {
  const source = readFileSync(join(repoRoot, 'content', collection, slug, `${lang}.mdx`), 'utf8');
  const raw = /^title:\s*(.*)$/m.exec(source)?.[1]?.trim() ?? '';
  return raw.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
}

export const publishedEntries = entries.filter((e) => e.published);

export const errorPages: SitePage[] = publishedEntries.flatMap((entry) =>
  (['en', 'ko'] as const).map((lang) => ({
    path: `${lang}/errors/${entry.slug}/`,
    lang,
    h1: frontMatterTitle(entry.slug, lang),
    entry,
  })),
);

const guidesDir = join(repoRoot, 'content', 'guides');
export const guidePages: SitePage[] = (existsSync(guidesDir) ? readdirSync(guidesDir, { withFileTypes: true }) : [])
  // A guide missing a language fails the unit completeness test; here it is simply not visited.
  .filter((d) => d.isDirectory() && existsSync(join(guidesDir, d.name, 'en.mdx')) && existsSync(join(guidesDir, d.name, 'ko.mdx')))
  .flatMap((d) =>
    (['en', 'ko'] as const).map((lang) => ({ path: `${lang}/guides/${d.name}/`, lang, h1: frontMatterTitle(d.name, lang, 'guides') })),
  );

/** Tool pages, one per language, titled by the dictionary: the paste decoder. */
export const toolPages: SitePage[] = (['en', 'ko'] as const).flatMap((lang) => [
  { path: `${lang}/decode/`, lang, h1: dictionaries[lang]['decode.title'] },
]);

export const sitePages: SitePage[] = [
  { path: 'en/', lang: 'en', h1: en['home.title'] },
  { path: 'ko/', lang: 'ko', h1: ko['home.title'] },
  ...errorPages,
  ...guidePages,
  ...toolPages,
];

/** The snippet file of an entry, byte for byte. */
export function snippetFile(slug: string, file: 'snippet.py' | 'snippet.ts'): string {
  const path = join(repoRoot, 'content', 'errors', slug, file);
  if (!existsSync(path)) throw new Error(`${path} is missing`);
  return readFileSync(path, 'utf8');
}
