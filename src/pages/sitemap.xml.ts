import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { localePath } from '../lib/urls.ts';
import { locales } from '../schemas/error-entry.ts';

/** Every page once per language, each listing its twin as an hreflang alternate. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Set `site` (SITE_URL): the sitemap needs absolute URLs.');
  const base = import.meta.env.BASE_URL;
  const errorPaths = (await getCollection('errorPages', (p) => p.id.endsWith('/en'))).map((p) => `errors/${p.id.split('/')[0]}/`);
  const guidePaths = (await getCollection('guidePages', (p) => p.id.endsWith('/en'))).map((p) => `guides/${p.id.split('/')[0]}/`);
  // The decoder and the index of error codes are pages readers land on too.
  const paths = ['', ...errorPaths, 'errors/codes/', ...guidePaths, 'decode/'];
  const abs = (lang: (typeof locales)[number], path: string) => new URL(localePath(base, lang, path), site).href;
  const urls = paths.flatMap((path) =>
    locales.map(
      (lang) =>
        `  <url>\n    <loc>${abs(lang, path)}</loc>\n${locales
          .map((alt) => `    <xhtml:link rel="alternate" hreflang="${alt}" href="${abs(alt, path)}"/>`)
          .join('\n')}\n  </url>`,
    ),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml' } });
};
