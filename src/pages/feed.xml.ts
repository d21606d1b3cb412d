// /feed.xml: an Atom feed of content changes, written from content/changelog.ts (issue 17).
import type { APIRoute } from 'astro';
import { changelog } from '../../content/changelog.ts';
import { changeSchema } from '../schemas/changelog.ts';
import { atomFeed } from '../lib/atom-feed.ts';
import { localePath } from '../lib/urls.ts';
import { useStrings } from '../i18n/index.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('Set `site` (SITE_URL): the feed carries absolute links.');
  const base = import.meta.env.BASE_URL;
  const abs = (path: string) => new URL(path, site).href;
  const xml = atomFeed({
    title: useStrings('en')('site.name'),
    feedUrl: abs(`${base.replace(/\/?$/, '/')}feed.xml`),
    homeUrl: abs(localePath(base, 'en')),
    lang: 'en',
    changes: changelog.map((c) => changeSchema.parse(c)),
    pageUrl: (path) => abs(localePath(base, 'en', path)),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
