// Lighthouse's model of a slow phone puts every script that has run before the first paint on the
// first paint's path: the site module (3.7 KiB gzip) cost error pages and guides about 200 ms of
// LCP. Nothing it does is needed to read the page (the theme and the snippet language are set by
// the inline head script), so it loads after the first paint: the build wraps its tag in an inert
// <template>, and the head script (src/components/HeadScript.astro) inserts it once a frame is out.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's tag for the module built from src/components/SiteScripts.astro. */
const SITE_SCRIPT = /<script type="module" src="([^"]*\/SiteScripts\.astro_astro_type_script_index_0_lang\.[\w-]+\.js)"><\/script>/;

export function deferSiteScript(html: string): string {
  return html.replace(SITE_SCRIPT, '<template data-late-script><script type="module" src="$1"></script></template>');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return d.name === '_astro' || d.name === 'pagefind' ? [] : htmlFiles(full);
    return d.name.endsWith('.html') ? [full] : [];
  });
}

export function lateSiteScripts(): AstroIntegration {
  return {
    name: 'late-site-scripts',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let deferred = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const late = deferSiteScript(html);
          if (late !== html) {
            writeFileSync(file, late);
            deferred++;
          }
        }
        // Astro's tag format is what the pattern relies on; if it changes, fail loudly rather than ship eager scripts.
        if (deferred === 0) throw new Error('late-site-scripts: no page had the SiteScripts module tag; has Astro changed its script tags?');
        logger.info(`site script deferred past the first paint on ${deferred} pages`);
      },
    },
  };
}
