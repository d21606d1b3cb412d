// /llms-full.txt: every English page's Markdown twin in one file, in llms.txt order.
import type { APIRoute } from 'astro';
import { allTwins } from '../data/twins.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Set `site` (SITE_URL): llms-full.txt carries absolute links.');
  const twins = (await allTwins(site, import.meta.env.BASE_URL)).filter((t) => t.lang === 'en');
  return new Response(twins.map((t) => t.markdown.trim()).join('\n\n') + '\n', {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
