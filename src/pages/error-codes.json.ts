import type { APIRoute } from 'astro';
import { errorCodes, errorCodesJson } from '../lib/error-codes.ts';

// Every error_code of the newest SDK for machines, from the same rows as the pages; a sibling of errors.json.
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('Set `site` in astro.config.mjs (SITE_URL): error-codes.json carries absolute URLs.');
  return new Response(JSON.stringify(errorCodesJson(errorCodes, site, import.meta.env.BASE_URL), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
