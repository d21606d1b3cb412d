import { createHash } from 'node:crypto';

/** The hash a CSP `script-src` needs for an inline script with exactly this text. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * The policy every page carries in a <meta>: scripts from this origin or by hash (never
 * 'unsafe-inline'), WebAssembly for Pagefind, nothing from other hosts (images included: the
 * site has none but its icon). Styles keep 'unsafe-inline' because Astro inlines each page's CSS
 * into a <style> element, and a few rarely shown boxes and the charts' reserved sizes are style
 * attributes.
 * Astro 7's own CSP support lists the hashes of its hydration scripts on every page too,
 * about 400 bytes of HTML for scripts this site never uses; we state only what runs.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  return [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inlineScripts.map(scriptHash)].join(' '),
    "style-src 'self' 'unsafe-inline'",
  ].join('; ');
}
