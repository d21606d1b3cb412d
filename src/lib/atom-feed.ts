// An Atom feed (RFC 4287) of content changes, newest first. Pure: the route passes the changes and URLs.
import type { Change } from '../schemas/changelog.ts';
import type { Locale } from '../schemas/error-entry.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The feed document; `pageUrl` turns a site path below the locale into an absolute URL. */
export function atomFeed(opts: {
  title: string;
  feedUrl: string;
  homeUrl: string;
  lang: Locale;
  changes: readonly Change[];
  pageUrl: (path: string) => string;
}): string {
  const changes = [...opts.changes].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const updated = changes[0]?.date ?? '1970-01-01';
  const host = new URL(opts.homeUrl).host;
  const entries = changes.map(
    (c) => `  <entry>
    <id>tag:${host},${c.date}:${c.id}</id>
    <title>${escape(c.title[opts.lang])}</title>
    <updated>${c.date}T00:00:00Z</updated>
    <link rel="alternate" href="${escape(opts.pageUrl(c.paths[0] ?? ''))}"/>
    <category term="${c.kind}"/>
    <summary>${escape(c.summary[opts.lang])}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${opts.lang}">
  <id>${escape(opts.feedUrl)}</id>
  <title>${escape(opts.title)}</title>
  <updated>${updated}T00:00:00Z</updated>
  <link rel="self" href="${escape(opts.feedUrl)}"/>
  <link rel="alternate" href="${escape(opts.homeUrl)}"/>
  <author><name>${escape(opts.title)}</name></author>
${entries.join('\n')}
</feed>
`;
}
