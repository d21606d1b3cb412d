// An OpenSearch 1.1 description document: the search URL is the language's home page with `?q=`,
// which opens the search box with the query (src/components/client/search-box.ts).
import type { Locale } from '../schemas/error-entry.ts';
import { localePath, withBase } from './urls.ts';
import { dictionaries } from '../i18n/index.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where a page links its language's description from. */
export function opensearchPath(base: string, lang: Locale): string {
  return lang === 'en' ? withBase(base, 'opensearch.xml') : localePath(base, lang, 'opensearch.xml');
}

export function opensearchXml(lang: Locale, site: URL, base: string): string {
  const t = dictionaries[lang];
  const home = new URL(localePath(base, lang), site).href;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escape(t['twin.searchShortName'])}</ShortName>
  <Description>${escape(t['twin.searchDescription'])}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${lang}</Language>
  <Image width="16" height="16" type="image/svg+xml">${escape(new URL(withBase(base, 'favicon.svg'), site).href)}</Image>
  <Url type="text/html" method="get" template="${escape(home)}?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escape(new URL(opensearchPath(base, lang), site).href)}"/>
</OpenSearchDescription>
`;
}
