// The bench's yardstick: a built page with none of our scripts and styles, the same content and the
// same Shiki output. Timings on a shared 2-core machine swing by a factor of three from run to run;
// a page measured next to its reference in the same minute is read as a ratio, which holds still.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The page as plain HTML: no <script> (the inline head script and the late site module's template
 * included), no <style>, no <link> (stylesheets, preloads, the icon: one document, one request), no
 * visualiser island. The code blocks keep Shiki's markup (its spans and classes), unstyled.
 */
export function referenceHtml(html: string): string {
  return html
    .replace(/<template data-late-script>[\s\S]*?<\/template>/g, '')
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[\s\S]*?<\/style>/g, '')
    .replace(/<link\b[^>]*>/g, '')
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '')
    .replace(/<backoff-visualiser\b[\s\S]*?<\/backoff-visualiser>/g, '');
}

/** Writes the reference of each page (paths as served, e.g. /en/errors/529/) under `out`. */
export function writeReferencePages(dist: string, paths: string[], out: string): void {
  for (const path of paths) {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const reference = referenceHtml(html);
    if (/<script|<style|<link|<backoff-visualiser/.test(reference)) throw new Error(`reference of ${path} still has scripts, styles or the island`);
    const file = join(out, path, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, reference);
  }
  // Lighthouse asks for /robots.txt; the server answers a miss with the site's 404 page.
  writeFileSync(join(out, '404.html'), '<!doctype html><title>Not found</title><p>Not found</p>');
}
