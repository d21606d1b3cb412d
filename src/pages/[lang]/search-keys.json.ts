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
import { codesIndexPath, codesOfStatus, errorCodes } from '../../lib/error-codes.ts';
import { codeStrings } from '../../i18n/codes.ts';
import { messagesOfPage } from '../../lib/error-messages.ts';

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
  const deep: Record<string, string> = {};
  const bodies: string[] = [];
  for (const e of entries.filter((x) => x.published)) {
    const page = errorPages.get(e.slug);
    if (!page) throw new Error(`No ${lang} page for ${e.slug}`);
    const pageUrl = localePath(base, lang, errorPagePath(e.slug));
    // Code cards and known messages are subsections too: a code, its class or the words of a
    // message lead to their anchor (issue 15).
    const codeCards = e.status === null ? [] : codesOfStatus(e.status).filter((r) => r.page === e.slug);
    for (const r of codeCards) {
      deep[r.code.toLowerCase()] = `${pageUrl}#${r.code}`;
      deep[r.tsClass.toLowerCase()] = `${pageUrl}#${r.code}`;
    }
    const messageHeadings = messagesOfPage(e.slug).map((m): [string, string] => [m.id, `${m.prose[lang].title}: ${m.messages.join(' ')}`]);
    pages.push({
      url: pageUrl,
      title: page.data.title,
      summary: e.summary[lang],
      description: page.data.description,
      terms: keyTerms(page.body ?? ''),
      headings: [...(await markdownHeadings(page)), ...codeCards.map((r): [string, string] => [r.code, `${r.code} ${r.tsClass}`]), ...messageHeadings],
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
  // Codes with no card on a status page (Admin API, 412, 503) are answered by the index page's anchor.
  const indexUrl = localePath(base, lang, codesIndexPath);
  const indexTitle = codeStrings(lang)('codes.index.title');
  for (const r of errorCodes.filter((x) => x.page === null)) {
    deep[r.code.toLowerCase()] ??= `${indexUrl}#${r.code}`;
    deep[r.tsClass.toLowerCase()] ??= `${indexUrl}#${r.code}`;
  }
  const messages = { none: t('search.none'), count: t('search.count') };
  return new Response(JSON.stringify(searchKeys(entries, base, lang, { pages, words: proseWordIndex(bodies) }, messages, deep, { [indexUrl]: indexTitle })), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
