// The Markdown twin of an error page: /en/errors/529.md next to /en/errors/529/ (issue 17).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { entryBySlug } from '../../../lib/registry.ts';
import { isLocale } from '../../../i18n/index.ts';
import { errorTwin } from '../../../data/twins.ts';

export const getStaticPaths = (async () => {
  const pages = await getCollection('errorPages');
  return pages.flatMap((page) => {
    const [slug, lang] = page.id.split('/');
    if (!slug || !isLocale(lang)) return [];
    const entry = entryBySlug(slug);
    return entry.published ? [{ params: { lang, slug }, props: { page, entry } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, params, site }) => {
  if (!site) throw new Error('Set `site` (SITE_URL): twins carry absolute links.');
  const lang = isLocale(params.lang) ? params.lang : 'en';
  const { page, entry } = props as { page: Parameters<typeof errorTwin>[0]; entry: Parameters<typeof errorTwin>[1] };
  return new Response(errorTwin(page, entry, lang, site, import.meta.env.BASE_URL).markdown, {
    headers: { 'content-type': 'text/markdown; charset=utf-8' },
  });
};
