// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/**
 * SITE_URL and SITE_BASE let the same source deploy at a domain root or under a
 * sub-path of an internal docs host (see README, "Deploy under a base path").
 */
const site = process.env.SITE_URL ?? 'https://claude-errors.example.com';
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  security: {
    // Every page gets a CSP <meta>: scripts only from this origin or by hash (no 'unsafe-inline'),
    // WebAssembly for Pagefind's search, nothing from other hosts. Styles keep 'unsafe-inline'
    // because Shiki colours tokens with style attributes, which hashes cannot cover.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  markdown: {
    // Both themes pass WCAG AA contrast; github-light / github-dark do not (STACK-NOTES P5).
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' } },
  },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Harmless directive warning emitted once per MDX file: withastro/astro#18087.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) return;
          warn(warning);
        },
      },
    },
  },
});
