// The Markdown twin of an error page: /en/errors/529.md next to /en/errors/529/ (issue 17).
import type { APIRoute, GetStaticPaths } from 'astro';
import { isLocale } from '../../../i18n/index.ts';
import { errorTwin, publishedErrorPagePaths } from '../../../data/twins.ts';

export const getStaticPaths = (() => publishedErrorPagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, params, site }) => {
  if (!site) throw new Error('Set `site` (SITE_URL): twins carry absolute links.');
  const lang = isLocale(params.lang) ? params.lang : 'en';
  const { page, entry } = props as { page: Parameters<typeof errorTwin>[0]; entry: Parameters<typeof errorTwin>[1] };
  return new Response(errorTwin(page, entry, lang, site, import.meta.env.BASE_URL).markdown, {
    headers: { 'content-type': 'text/markdown; charset=utf-8' },
  });
};
