// The Markdown twin of a guide: /en/guides/retries.md next to /en/guides/retries/ (issue 17).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { isLocale } from '../../../i18n/index.ts';
import { guideTwin } from '../../../data/twins.ts';

export const getStaticPaths = (async () => {
  const pages = await getCollection('guidePages');
  return pages.flatMap((page) => {
    const [slug, lang] = page.id.split('/');
    return slug && isLocale(lang) ? [{ params: { lang, slug }, props: { page } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, params, site }) => {
  if (!site) throw new Error('Set `site` (SITE_URL): twins carry absolute links.');
  const lang = isLocale(params.lang) ? params.lang : 'en';
  const { page } = props as { page: Parameters<typeof guideTwin>[0] };
  return new Response(guideTwin(page, params.slug ?? '', lang, site, import.meta.env.BASE_URL).markdown, {
    headers: { 'content-type': 'text/markdown; charset=utf-8' },
  });
};
