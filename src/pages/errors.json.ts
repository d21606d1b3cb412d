import type { APIRoute } from 'astro';
import { entries } from '../lib/registry.ts';
import { catalogueJson } from '../lib/catalogue-json.ts';
import { sdkVersions } from '../data/versions.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('Set `site` in astro.config.mjs (SITE_URL): errors.json carries absolute URLs.');
  return new Response(JSON.stringify(catalogueJson(entries, site, import.meta.env.BASE_URL, { python: sdkVersions.python.tested, typescript: sdkVersions.typescript.tested }), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
