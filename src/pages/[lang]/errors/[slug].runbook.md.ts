// The runbook step of an error page (/en/errors/529.runbook.md), fetched by its "Copy as runbook step"
// button so the page itself carries only the URL (issue 17: a few hundred bytes at most per page).
import type { APIRoute, GetStaticPaths } from 'astro';
import { entryBySlug } from '../../../lib/registry.ts';
import { isLocale } from '../../../i18n/index.ts';
import { runbookFor } from '../../../data/runbook.ts';
import { publishedErrorPagePaths } from '../../../data/twins.ts';

export const getStaticPaths = (() => publishedErrorPagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, params, site }) => {
  const lang = isLocale(params.lang) ? params.lang : 'en';
  const { page, entry } = props as { page: { body?: string }; entry: ReturnType<typeof entryBySlug> };
  return new Response(runbookFor(entry, page.body ?? '', lang, site), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
