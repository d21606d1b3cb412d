// /opensearch.xml: the English search, at the address browsers and the issue expect.
import type { APIRoute } from 'astro';
import { opensearchXml } from '../lib/opensearch.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('Set `site` (SITE_URL): OpenSearch needs absolute URLs.');
  return new Response(opensearchXml('en', site, import.meta.env.BASE_URL), {
    headers: { 'content-type': 'application/opensearchdescription+xml; charset=utf-8' },
  });
};
