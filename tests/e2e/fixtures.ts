import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Problems a page must not have: console errors, uncaught exceptions, requests to other hosts. */
export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
}

export const test = base.extend<{ problems: PageProblems }>({
  // The site module starts after the first paint. Until then the controls are visible but inert
  // (the theme choice and a typed query are picked up when it starts); tests act at machine speed,
  // so every navigation waits for the module to mark the page ready (when scripts run).
  page: async ({ page, javaScriptEnabled }, use) => {
    const ready = async () => {
      if (javaScriptEnabled !== false) await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    };
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await ready();
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await ready();
      return response;
    };
    await use(page);
  },
  problems: async ({ page, baseURL }, use) => {
    const problems: PageProblems = { consoleErrors: [], foreignRequests: [] };
    const ownHost = new URL(baseURL ?? 'http://127.0.0.1').host;
    page.on('console', (m) => {
      if (m.type() === 'error') problems.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => problems.consoleErrors.push(e.message));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol.startsWith('http') && url.host !== ownHost) problems.foreignRequests.push(r.url());
    });
    await use(problems);
  },
});

/** After a navigation the test did not start with goto (a click), wait as goto does. */
export async function siteReady(page: Page): Promise<void> {
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

/** Runs axe with the WCAG 2.x A and AA rule sets (2.0, 2.1 and 2.2) and returns a readable list of violations. */
export async function axeViolations(page: Page, scope: 'all' | 'colours' = 'all'): Promise<string[]> {
  // Sections off-screen skip layout (content-visibility, issue 18): axe would measure boxes that
  // are not laid out (target sizes of 0, backgrounds not found). Check every section as laid out.
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  const builder = new AxeBuilder({ page });
  // A theme switch changes colours only, so the second theme needs only the rules that read colours
  // (half the time of a full pass on the longest pages).
  const results = await (scope === 'colours'
    ? builder.withRules(['color-contrast', 'link-in-text-block'])
    : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
  ).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`,
  );
}

/**
 * Scrolls to `target` until `arrived` passes, as a reader keeps scrolling. One scroll can land short or
 * past it: the sections between are laid out only as they near the viewport (content-visibility: auto,
 * issue 18) and take their real height then, which moves the target after the scroll has been computed.
 */
export async function scrollUntil(target: Locator, arrived: () => Promise<void>): Promise<void> {
  await expect(async () => {
    // The page's own scrollIntoView, not Playwright's (DevTools protocol) one: that computes the
    // target's place from a layout forced for the occasion and lands beside a section that stays
    // skipped; the page's lays the section out first, as following a link does.
    await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await arrived();
  }).toPass({ timeout: 15_000, intervals: [100, 250, 500, 1000] });
}

/** Brings the first backoff visualiser near the viewport and waits until its island has drawn its chart. */
export async function loadIsland(page: Page): Promise<void> {
  const island = page.locator('backoff-visualiser').first();
  await scrollUntil(island, () => expect(island.locator('[data-out="timeline"] svg')).toBeVisible({ timeout: 2_000 }));
}

export { expect };
