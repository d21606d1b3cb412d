// Runs the built Pagefind index in Node, with no server and no browser (STACK-NOTES section 4):
// Pagefind picks the index from <html lang>, so `document` is stubbed and `fetch` reads from disk.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { base, distDir } from './built-site.ts';
import { normalizeQuery } from '../../src/lib/search-query.ts';
import { fullAnswer, quickAnswer, type SearchKeys } from '../../src/lib/search-rank.ts';

export interface Hit {
  url: string;
  title: string;
  subUrls: string[];
}

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<{ url: string; meta: { title?: string }; sub_results: { url: string; title: string }[] }> }[] } | null>;
}

const bundle = pathToFileURL(join(distDir, 'pagefind') + '/').href;
const instances = new Map<string, Promise<PagefindModule>>();

const g = globalThis as unknown as { document?: unknown; fetch: typeof fetch };
g.fetch = (async (input: string | URL | Request) => {
  const url = String(input instanceof Request ? input.url : input);
  return new Response(await readFile(new URL(url)), {
    headers: { 'content-type': url.endsWith('.json') ? 'application/json' : 'application/octet-stream' },
  });
}) as typeof fetch;

function pagefindFor(lang: 'en' | 'ko'): Promise<PagefindModule> {
  let instance = instances.get(lang);
  if (!instance) {
    g.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
    // A query string gives each language its own module instance, hence its own index.
    instance = import(`${bundle}pagefind.js?lang=${lang}`).then(async (pf: PagefindModule) => {
      await pf.options({ basePath: bundle, baseUrl: base });
      await pf.search('warm-up');
      return pf;
    });
    instances.set(lang, instance);
  }
  return instance;
}

/** The top results for what a reader typed, ranked exactly as the search box ranks them. */
export async function searchSite(lang: 'en' | 'ko', typed: string, limit = 5): Promise<Hit[]> {
  const pf = await pagefindFor(lang);
  const found = await pf.search(normalizeQuery(typed));
  const keys = JSON.parse(await readFile(join(distDir, lang, 'search-keys.json'), 'utf8')) as SearchKeys;
  // The search box loads six results and adds a missing owner of an exact key by its URL.
  const data = await Promise.all((found?.results ?? []).slice(0, 6).map((r) => r.data()));
  const hits = data.map((d) => ({ url: d.url, title: d.meta.title ?? '', sub_results: d.sub_results.map((s) => ({ url: s.url, title: s.title })) }));
  return fullAnswer(keys, typed, hits, (url) => ({ url, title: '', sub_results: [] }))
    .slice(0, limit)
    .map((h) => ({ url: h.url, title: h.title, subUrls: h.sub_results.map((s) => s.url) }));
}

/**
 * What the search box shows before Pagefind has loaded: the exact key's owners, or quickSearch over
 * the built key map, ranked as the search box ranks them. Empty when the reader waits for Pagefind.
 */
export async function quickSearchSite(lang: 'en' | 'ko', typed: string, limit = 5): Promise<Hit[]> {
  const keys = JSON.parse(await readFile(join(distDir, lang, 'search-keys.json'), 'utf8')) as SearchKeys;
  // The search box asks for six.
  return quickAnswer(keys, typed, 6)
    .slice(0, limit)
    .map((h) => ({ url: h.url, title: h.title, subUrls: h.section ? [h.section.url] : [] }));
}
