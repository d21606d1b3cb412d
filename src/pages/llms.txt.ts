// /llms.txt, following the llms.txt proposal (llmstxt.org): what the site is, then one line per
// page with its Markdown twin, English first, then Korean.
import type { APIRoute } from 'astro';
import { allTwins } from '../data/twins.ts';
import { useStrings } from '../i18n/index.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Set `site` (SITE_URL): llms.txt carries absolute links.');
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const url = (path: string) => new URL(`${base}${path}`, site).href;
  const twins = await allTwins(site, import.meta.env.BASE_URL);
  const en = useStrings('en');
  const list = (lang: 'en' | 'ko', kind: 'error' | 'guide') =>
    twins
      .filter((t) => t.lang === lang && t.kind === kind)
      .map((t) => `- [${t.title}](${url(t.mdPath)}): ${t.description}`)
      .join('\n');
  const text = `# ${en('site.name')}

> ${en('twin.llmsSummary')}

${en('twin.llmsDetails').replace('{json}', url('errors.json')).replace('{full}', url('llms-full.txt'))}

## Errors

${list('en', 'error')}

## Guides

${list('en', 'guide')}

## Korean (한국어)

${list('ko', 'error')}
${list('ko', 'guide')}

## Optional

- [errors.json](${url('errors.json')}): ${en('twin.llmsJson')}
- [Atom feed of content changes](${url('feed.xml')})
`;
  return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
