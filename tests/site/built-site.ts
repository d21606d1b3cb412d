// Reads the built site in DIST_DIR (default dist/) as a static host would serve it under SITE_BASE.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const distDir = join(repoRoot, process.env.DIST_DIR ?? 'dist');
/** The base path the site in distDir was built with; always with slashes on both ends. */
export const base = `/${(process.env.SITE_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

if (!existsSync(join(distDir, 'index.html'))) {
  throw new Error(`${distDir} has no build. Run \`npm run build\` (with the same SITE_BASE) first.`);
}

/** Every HTML file of the build, as a path relative to distDir. */
export function htmlFiles(dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : htmlFiles(full);
    return d.name.endsWith('.html') ? [relative(distDir, full)] : [];
  });
}

/** Every Markdown twin of the build (`en/errors/529.md`), as a path relative to distDir. */
export function markdownFiles(dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : markdownFiles(full);
    return d.name.endsWith('.md') ? [relative(distDir, full)] : [];
  });
}

/** The URL path (below the base) at which a static host serves an HTML file. */
export function urlPathOf(file: string): string {
  return file === 'index.html' ? '' : file.replace(/index\.html$/, '');
}

/** The file a URL path below the base resolves to, or undefined when the host would answer 404. */
export function fileFor(pathBelowBase: string): string | undefined {
  const clean = decodeURIComponent(pathBelowBase.split(/[?#]/)[0] ?? '');
  const candidates = clean === '' || clean.endsWith('/') ? [join(clean, 'index.html')] : [clean, join(clean, 'index.html')];
  return candidates.find((c) => existsSync(join(distDir, c)) && statSync(join(distDir, c)).isFile());
}

export function read(file: string): string {
  return readFileSync(join(distDir, file), 'utf8');
}

/** Ids of all elements in an HTML document. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

/** All href and src values in an HTML document, with entities in them decoded. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
}
