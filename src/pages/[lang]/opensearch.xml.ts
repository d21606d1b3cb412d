// OpenSearch description per language (/en/opensearch.xml, /ko/opensearch.xml): a browser can add the
// site as a search engine; `?q=` opens the search box with the query (issue 17).
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../schemas/error-entry.ts';
import { opensearchXml } from '../../lib/opensearch.ts';

export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  if (!site) throw new Error('Set `site` (SITE_URL): OpenSearch needs absolute URLs.');
  return new Response(opensearchXml(params.lang as Locale, site, import.meta.env.BASE_URL), {
    headers: { 'content-type': 'application/opensearchdescription+xml; charset=utf-8' },
  });
};
