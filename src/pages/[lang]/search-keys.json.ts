import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { entries } from '../../lib/registry.ts';
import { useStrings } from '../../i18n/index.ts';
import { searchKeys } from '../../lib/search-rank.ts';
import { componentHeadings, keyTerms, proseWordIndex, type QuickPage } from '../../lib/quick-search.ts';
import { errorSectionIds } from '../../lib/sections.ts';
import { errorPagePath, localePath } from '../../lib/urls.ts';
import { locales, type Locale } from '../../schemas/error-entry.ts';
import { guideSlugs } from '../../schemas/page.ts';

export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/** Markdown headings (an error page's FAQ questions, a guide's subsections) with the ids they render with. */
async function markdownHeadings(page: CollectionEntry<'errorPages' | 'guidePages'>): Promise<[string, string][]> {
  const { headings } = await render(page);
  return headings.filter((h) => h.depth <= 3).map((h) => [h.slug, h.text]);
}

/** A sources list names documents, not what the page answers. */
function answering(headings: [string, string][]): [string, string][] {
  return headings.filter(([id]) => id !== 'sources');
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Locale;
  const base = import.meta.env.BASE_URL;
  const inLang = (p: { id: string }) => p.id.endsWith(`/${lang}`);
  const errorPages = new Map((await getCollection('errorPages', inLang)).map((p) => [p.id.split('/')[0] ?? '', p]));
  const slugOf = (p: { id: string }) => p.id.split('/')[0] ?? '';
  const guideOrder = (p: { id: string }) => (guideSlugs as readonly string[]).indexOf(slugOf(p));
  const guides = (await getCollection('guidePages', inLang)).sort((a, b) => guideOrder(a) - guideOrder(b));
  const t = useStrings(lang);
  // Every error page has these; they point a query such as `fix 529` at its section, never match it.
  const sections = errorSectionIds.filter((id) => id !== 'related' && id !== 'sources').map((id): [string, string] => [id, t(`section.${id}`)]);
  const pages: QuickPage[] = [];
  const bodies: string[] = [];
  for (const e of entries.filter((x) => x.published)) {
    const page = errorPages.get(e.slug);
    if (!page) throw new Error(`No ${lang} page for ${e.slug}`);
    pages.push({
      url: localePath(base, lang, errorPagePath(e.slug)),
      title: page.data.title,
      summary: e.summary[lang],
      description: page.data.description,
      terms: keyTerms(page.body ?? ''),
      headings: await markdownHeadings(page),
      sections,
    });
    bodies.push(page.body ?? '');
  }
  for (const guide of guides) {
    pages.push({
      url: localePath(base, lang, `guides/${slugOf(guide)}/`),
      title: guide.data.title,
      summary: guide.data.description,
      description: '',
      terms: keyTerms(guide.body ?? ''),
      headings: answering([...componentHeadings(guide.body ?? ''), ...(await markdownHeadings(guide))]),
      sections: [],
    });
    bodies.push(guide.body ?? '');
  }
  const messages = { none: t('search.none'), count: t('search.count') };
  return new Response(JSON.stringify(searchKeys(entries, base, lang, { pages, words: proseWordIndex(bodies) }, messages)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
