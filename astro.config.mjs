// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { tokenClasses } from './src/lib/code-palette.ts';
import { lateSiteScripts } from './src/integrations/late-site-scripts.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { layoutHastPlugin } from './src/layouts/rehype-layout.ts';

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
  // Every page's CSS in a <style>, whatever its size: a stylesheet is a render-blocking request (one
  // more round trip on a phone) and Astro's default ('auto') inlines only files under 4 KiB, which
  // global.css outgrew silently by 60 bytes once (issue 18).
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), lateSiteScripts()],
  // The Content-Security-Policy <meta> is written by src/components/HeadScript.astro (src/lib/csp.ts).
  markdown: {
    // Both themes pass WCAG AA contrast; github-light / github-dark do not (STACK-NOTES P5).
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' }, transformers: [tokenClasses] },
    // Tables scroll in their own box; long inline code breaks only between an identifier's words.
    processor: satteri({ hastPlugins: [layoutHastPlugin] }),
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
