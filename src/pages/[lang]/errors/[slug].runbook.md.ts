// The runbook step of an error page (/en/errors/529.runbook.md), fetched by its "Copy as runbook step"
// button so the page itself carries only the URL (issue 17: a few hundred bytes at most per page).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { entryBySlug } from '../../../lib/registry.ts';
import { isLocale } from '../../../i18n/index.ts';
import { runbookFor } from '../../../data/runbook.ts';

export const getStaticPaths = (async () => {
  const pages = await getCollection('errorPages');
  return pages.flatMap((page) => {
    const [slug, lang] = page.id.split('/');
    if (!slug || !isLocale(lang)) return [];
    const entry = entryBySlug(slug);
    return entry.published ? [{ params: { lang, slug }, props: { body: page.body ?? '', entry } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, params, site }) => {
  const lang = isLocale(params.lang) ? params.lang : 'en';
  const { body, entry } = props as { body: string; entry: ReturnType<typeof entryBySlug> };
  return new Response(runbookFor(entry, body, lang, site), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
