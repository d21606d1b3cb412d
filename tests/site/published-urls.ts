// The URLs the site publishes, read off the build: pages, short links, machine-readable files and
// the section anchors of error pages (what runbooks link to).
import { errorSectionIds } from '../../src/lib/sections.ts';
import { htmlFiles, markdownFiles, read, urlPathOf } from './built-site.ts';

export const manifestPath = new URL('./published-urls.txt', import.meta.url);

export function publishedUrls(): string[] {
  const urls = new Set<string>([
    'errors.json',
    'errors.schema.json',
    'sitemap.xml',
    // Issue 15: the code catalogue for machines.
    'error-codes.json',
    'error-codes.schema.json',
    // Issue 17: files for tools and agents.
    'llms.txt',
    'llms-full.txt',
    'feed.xml',
    'opensearch.xml',
    'en/opensearch.xml',
    'ko/opensearch.xml',
    ...markdownFiles(),
  ]);
  for (const file of htmlFiles()) {
    if (file === '404.html') continue;
    // The root is written `./` so that the manifest has no empty line.
    const path = urlPathOf(file) || './';
    urls.add(path);
    if (/^(en|ko)\/errors\/[^/]+\/$/.test(path) && read(file).includes('data-entry=')) {
      for (const id of errorSectionIds) urls.add(`${path}#${id}`);
    }
  }
  return [...urls].sort();
}

/** Parses the committed manifest: one URL path below the base per line, `#` comments allowed. */
export function parseManifest(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('# '));
}
