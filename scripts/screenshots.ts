// Full-page screenshots for design review: the home page, an error page (429), a guide
// (sdk-exceptions) and the decoder, at a phone's and a desktop's width, in both languages and both
// themes, plus the error page's first screen on the phone, written to screenshots/ (ignored by git).
// Look at every one after a layout change.
//
// It builds nothing: run `npm run build` first. It serves dist/ with `astro preview` itself (on
// PREVIEW_PORT, default 4399) and stops it at the end; with SCREENSHOT_URL=http://host/base/ it
// photographs a site that is already served instead.
// Usage: npm run build && npm run screenshots
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from './browser.mjs';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'screenshots');
const pages = [
  { name: 'home', path: '' },
  { name: 'error-429', path: 'errors/429/' },
  { name: 'guide-sdk-exceptions', path: 'guides/sdk-exceptions/' },
  { name: 'decoder', path: 'decode/' },
] as const;
const widths = [390, 1280] as const;
const langs = ['en', 'ko'] as const;
const themes = ['light', 'dark'] as const;

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error(`astro preview exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within 30 s`);
}

async function main(): Promise<void> {
  let server: ChildProcess | undefined;
  let baseUrl = process.env.SCREENSHOT_URL;
  if (!baseUrl) {
    if (!existsSync(join(root, 'dist', 'index.html'))) {
      console.error('screenshots: dist/ is missing; run `npm run build` first.');
      process.exit(1);
    }
    const port = Number(process.env.PREVIEW_PORT ?? 4399);
    const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
    baseUrl = `http://127.0.0.1:${port}${base}`;
    server = spawn(join(root, 'node_modules', '.bin', 'astro'), ['preview', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: root,
      stdio: 'ignore',
    });
    await waitForServer(`${baseUrl}en/`, server);
  }
  const found = findBrowser();
  if (!found) throw new Error('no Chromium found; run `node scripts/ensure-browser.mjs`');
  const browser = await chromium.launch(found.path ? { executablePath: found.path } : {});
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  try {
    for (const theme of themes) {
      for (const width of widths) {
        const context = await browser.newContext({
          viewport: { width, height: width < 600 ? 844 : 900 },
          colorScheme: theme,
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        for (const lang of langs) {
          for (const p of pages) {
            await page.goto(new URL(`${lang}/${p.path}`, baseUrl).href);
            await page.locator('html[data-ready]').waitFor({ state: 'attached' });
            // Islands load as they near the viewport: bring each there so the picture shows them drawn.
            for (const island of await page.locator('backoff-visualiser').all()) {
              await island.scrollIntoViewIfNeeded();
              await island.locator('[data-out="timeline"] svg').waitFor();
            }
            await page.evaluate(async () => {
              window.scrollTo(0, 0);
              await document.fonts.ready;
            });
            const file = `${p.name}-${lang}-${width}-${theme}.png`;
            await page.screenshot({ path: join(outDir, file), fullPage: true, animations: 'disabled', timeout: 120_000 });
            written.push(file);
            if (width < 600 && p.name.startsWith('error-')) {
              // What a phone shows before any scrolling: status, type, verdict, SDK retries, jump links.
              const first = `${p.name}-${lang}-${width}-${theme}-first-screen.png`;
              await page.screenshot({ path: join(outDir, first), animations: 'disabled' });
              written.push(first);
            }
          }
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server?.kill();
  }
  console.log(`screenshots: ${written.length} files in screenshots/\n${written.map((f) => `  ${f}`).join('\n')}`);
}

await main();
