import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { entries } from '../../lib/registry.ts';
import { useStrings } from '../../i18n/index.ts';
import { searchKeys } from '../../lib/search-rank.ts';
import { locales, type Locale } from '../../schemas/error-entry.ts';

export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Locale;
  const pages = await getCollection('errorPages', (p) => p.id.endsWith(`/${lang}`));
  const titles = Object.fromEntries(pages.map((p) => [p.id.split('/')[0] ?? '', p.data.title]));
  const t = useStrings(lang);
  const messages = { none: t('search.none'), count: t('search.count') };
  return new Response(JSON.stringify(searchKeys(entries, import.meta.env.BASE_URL, lang, titles, messages)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
