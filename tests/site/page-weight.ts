// What a cold load of a built page costs, read off the files: the HTML, the stylesheets and the
// scripts it loads before any interaction (module scripts and their static imports), the favicon.
// Exact and repeatable, so `npm test` can hold the byte budgets; `npm run bench` adds the browser view.
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { base, distDir } from './built-site.ts';

/** Budgets of issue 7 for every error page, in bytes (gzip) and requests. */
export const budgets = {
  htmlGzip: 14 * 1024,
  cssGzip: 6 * 1024,
  totalGzipWithoutIsland: 20 * 1024,
  requestsWithoutIsland: 4,
  jsBeforeInteractionGzip: 4 * 1024,
  islandGzip: 12 * 1024,
} as const;

/** Files of the visualiser island, which has its own budget and loads only where it is shown. */
const ISLAND = /visuali[sz]er/i;

export interface PageWeight {
  page: string;
  htmlRaw: number;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  islandGzip: number;
  requests: number;
  islandRequests: number;
  totalGzipWithoutIsland: number;
}

const gz = (b: Buffer | string) => gzipSync(b).length;

function assetPath(url: string): string | undefined {
  const path = url.startsWith(base) ? url.slice(base.length) : undefined;
  return path !== undefined && existsSync(join(distDir, path)) ? join(distDir, path) : undefined;
}

/** A module script and every chunk it imports statically, each once. */
function moduleGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    const spec = m[1] ?? '';
    if (spec.startsWith('.')) moduleGraph(join(file, '..', spec), seen);
  }
  return seen;
}

export function pageWeight(htmlFile: string): PageWeight {
  const html = readFileSync(join(distDir, htmlFile), 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => assetPath(m[1] ?? '')).filter((p): p is string => !!p);
  const entryScripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => assetPath(m[1] ?? '')).filter((p): p is string => !!p);
  const scripts = new Set<string>();
  for (const s of entryScripts) for (const f of moduleGraph(s)) scripts.add(f);
  const island = [...scripts].filter((f) => ISLAND.test(f));
  const eager = [...scripts].filter((f) => !ISLAND.test(f));
  const inlineJs = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('\n');
  const htmlGzip = gz(html);
  const cssGzip = css.reduce((n, f) => n + gz(readFileSync(f)), 0);
  const jsGzip = eager.reduce((n, f) => n + gz(readFileSync(f)), 0) + (inlineJs.trim() ? gz(inlineJs) : 0);
  const islandGzip = island.reduce((n, f) => n + gz(readFileSync(f)), 0);
  const favicon = /<link[^>]+rel="icon"/.test(html) ? 1 : 0;
  return {
    page: htmlFile,
    htmlRaw: Buffer.byteLength(html),
    htmlGzip,
    cssGzip,
    jsGzip,
    islandGzip,
    requests: 1 + css.length + eager.length + favicon,
    islandRequests: island.length,
    // Inline scripts are inside the HTML already; only external files add bytes.
    totalGzipWithoutIsland: htmlGzip + cssGzip + eager.reduce((n, f) => n + gz(readFileSync(f)), 0),
  };
}
