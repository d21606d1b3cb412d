// The backoff visualiser in the built site: it starts from each entry's registry preset, follows
// the keyboard, keeps its state in the URL across a reload and a language switch, clamps bad
// values with a message, works without scripts as a table, and passes axe in both themes.
// Expected numbers come from the same model the island runs (src/lib), not from copies.
import type { Page } from '@playwright/test';
import { axeViolations, expect, loadIsland, scrollUntil, test } from './fixtures.ts';
import { dictionaries, publishedEntries } from './site-pages.ts';
import { retrySchedule } from '../../src/lib/backoff.ts';
import { seededRandom } from '../../src/lib/random.ts';
import { baseDefaults, defaultState, parseState, policyFromState, serialiseState, type VisualiserState } from '../../src/lib/visualiser-state.ts';
import { makeFormat } from '../../src/components/visualiser/render.ts';
import { isStopVerdict } from '../../src/lib/verdicts.ts';
import type { Locale } from '../../src/schemas/error-entry.ts';

const modelEntries = publishedEntries.filter((e) => !isStopVerdict(e.verdict));
const stopEntries = publishedEntries.filter((e) => isStopVerdict(e.verdict));
const entry = modelEntries.find((e) => e.slug === '500') ?? modelEntries[0];
if (!entry) throw new Error('needs a published entry that may be retried');
const page500 = (lang: Locale, query = '') => `${lang}/errors/${entry.slug}/${query ? `?${query}` : ''}`;

/** The sampled waits the model predicts for a state, formatted as the page shows them. */
function sampledCells(state: VisualiserState, lang: Locale): string[] {
  const t = dictionaries[lang];
  const f = makeFormat(lang, { 'retry.seconds': t['retry.seconds'], 'vis.minutes': t['vis.minutes'] });
  return retrySchedule(policyFromState(state), seededRandom(state.seed)).requests.map((r) => (r.wait ? f.seconds(r.wait.sampled) : '–'));
}

const retrySection = (page: Page) => page.locator('section[aria-labelledby="retry"]');
const vis = (page: Page) => retrySection(page).locator('backoff-visualiser');
const rows = (page: Page) => vis(page).locator('table.schedule tbody tr');
const sampledColumn = (page: Page) => rows(page).locator('td:nth-child(5)').allInnerTexts();

/** The island loads when the visualiser nears the viewport: bring it there and wait for its chart. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await loadIsland(page);
}

for (const e of modelEntries) {
  for (const lang of ['en', 'ko'] as const) {
    test(`${lang}/errors/${e.slug}/ #retry shows the visualiser set to the registry preset`, async ({ page, problems }) => {
      const state = defaultState(e.preset);
      await open(page, `${lang}/errors/${e.slug}/`);
      // The island has taken over the server-rendered table and drawn the timeline.
      await expect(vis(page).locator('[data-out="timeline"] svg')).toBeVisible();
      await expect(vis(page).getByLabel(dictionaries[lang]['vis.strategy'])).toHaveValue(state.strategy);
      await expect(vis(page).locator('table.schedule')).toHaveAttribute('data-retry-schedule', state.strategy);
      expect(await sampledColumn(page)).toEqual(sampledCells(state, lang));
      expect(problems.consoleErrors).toEqual([]);
    });
  }
}

for (const e of stopEntries) {
  test(`en/errors/${e.slug}/ #retry says retries only burn budget, and loads no visualiser script`, async ({ page }) => {
    await page.goto(`en/errors/${e.slug}/`);
    await expect(retrySection(page).locator('[data-visualiser="stop"]')).toContainText(dictionaries.en['vis.stop']);
    expect(await page.evaluate(() => customElements.get('backoff-visualiser') === undefined)).toBe(true);
  });
}

test('the visualiser script loads only on pages that show it, once the reader nears it', async ({ page }) => {
  await page.goto('en/');
  expect(await page.evaluate(() => customElements.get('backoff-visualiser') === undefined)).toBe(true);
  const island: string[] = [];
  page.on('request', (r) => { if (/backoff-visualiser/.test(r.url())) island.push(r.url()); });
  await page.goto(page500('en'));
  await page.waitForLoadState('networkidle');
  expect(island).toEqual([]);
  expect(await page.evaluate(() => customElements.get('backoff-visualiser') === undefined)).toBe(true);
  await loadIsland(page);
  expect(island).toHaveLength(1);
  expect(await page.evaluate(() => customElements.get('backoff-visualiser') !== undefined)).toBe(true);
});

test('a runbook link to #retry does not move the page when the island starts', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${page500('en')}#retry`);
  await expect(vis(page).locator('[data-out="timeline"] svg')).toBeVisible();
  await expect(vis(page)).toHaveAttribute('data-ready', '');
  // Sizes are in the page's CSS and the chart's box is reserved, so the island only fills it in.
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.001);
});

test('when the island cannot load its labels, its dead controls are withdrawn and the table stays', async ({ page }) => {
  await page.route('**/visualiser-labels.json', (route) => route.abort());
  await page.goto(page500('en'));
  await scrollUntil(vis(page), () => expect(vis(page).locator('fieldset')).toBeHidden({ timeout: 2_000 }));
  await expect(vis(page).locator('table.schedule')).toBeVisible();
  expect(await sampledColumn(page)).toEqual(sampledCells(defaultState(entry.preset), 'en'));
});

test('every control is labelled and works from the keyboard, with a visible focus ring; the URL follows', async ({ page }) => {
  const t = dictionaries.en;
  await open(page, page500('en'));
  const retries = vis(page).getByLabel(t['vis.retries']);
  // Max retries: focus, then the arrow key adds one; the table gains a row at once.
  await retries.focus();
  const ring = await retries.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(ring).not.toBe('none');
  const before = await rows(page).count();
  await page.keyboard.press('ArrowUp');
  await expect(rows(page)).toHaveCount(before + 1);
  await expect(page).toHaveURL(/[?&]retries=3(&|$)/);
  // Strategy: the arrow key on the menu picks the next strategy (SDK default → no jitter).
  const strategy = vis(page).getByLabel(t['vis.strategy']);
  await strategy.focus();
  await page.keyboard.press('ArrowDown');
  await expect(strategy).toHaveValue('none');
  await expect(page).toHaveURL(/[?&]strategy=none(&|$)/);
  // Base: the SDK fixed it before; now it can be typed, and Tab commits it.
  const base = vis(page).getByLabel(t['vis.base']);
  await expect(base).toBeEnabled();
  await base.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await expect(page).toHaveURL(/[?&]base=2(&|$)/);
  // Wrapping around the SDK: space toggles the checkbox; 4 calls × 3 SDK attempts.
  const wrap = vis(page).getByLabel(t['vis.wrap']);
  await wrap.focus();
  await page.keyboard.press('Space');
  await expect(rows(page)).toHaveCount(12);
  // The table shows what the model says for the state in the URL.
  const { state } = parseState(new URL(page.url()).search, baseDefaults);
  expect(await sampledColumn(page)).toEqual(sampledCells(state, 'en'));
});

test('a shared link reproduces the same picture, also after a reload', async ({ page }) => {
  const state: VisualiserState = { ...baseDefaults, strategy: 'decorrelated', base: 0.5, cap: 20, retries: 3, wrap: true, seed: 424242, timeout: 30 };
  await open(page, page500('en', serialiseState(state)));
  await expect(rows(page)).toHaveCount(12);
  const expected = sampledCells(state, 'en');
  expect(await sampledColumn(page)).toEqual(expected);
  const totals = await vis(page).locator('.totals').innerText();
  await page.reload();
  await loadIsland(page);
  expect(await sampledColumn(page)).toEqual(expected);
  expect(await vis(page).locator('.totals').innerText()).toBe(totals);
  await expect(vis(page).getByLabel(dictionaries.en['vis.seed'])).toHaveValue('424242');
});

test('the language switch keeps the settings: the Korean page shows the same run', async ({ page }) => {
  await open(page, page500('en'));
  const seed = vis(page).getByLabel(dictionaries.en['vis.seed']);
  await seed.fill('77');
  await seed.press('Enter');
  await vis(page).getByLabel(dictionaries.en['vis.retries']).fill('4');
  await vis(page).getByLabel(dictionaries.en['vis.retries']).press('Tab');
  await expect(page).toHaveURL(/[?&]seed=77&/);
  const query = new URL(page.url()).search;
  await page.getByRole('link', { name: dictionaries.en['lang.switchLabel'] }).click();
  await page.waitForURL(new RegExp(`/ko/errors/${entry.slug}/`));
  await loadIsland(page);
  expect(new URL(page.url()).search).toBe(query);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(vis(page).getByLabel(dictionaries.ko['vis.seed'])).toHaveValue('77');
  const { state } = parseState(query, baseDefaults);
  expect(await sampledColumn(page)).toEqual(sampledCells(state, 'ko'));
});

test('bad values in the URL are clamped with a visible message, never an error', async ({ page, problems }) => {
  await open(page, page500('en', 'retries=999&base=-5&clients=lots&strategy=full&seed=1e999'));
  const issues = vis(page).locator('[data-out="issues"] li');
  await expect(issues).toHaveCount(4);
  await expect(issues.first()).toBeVisible();
  await expect(issues.filter({ hasText: dictionaries.en['vis.retries'] })).toContainText('999');
  await expect(vis(page).getByLabel(dictionaries.en['vis.retries'])).toHaveValue('10');
  await expect(rows(page)).toHaveCount(11);
  // Typing a bad value shows the message too, and the field shows the value used once committed.
  const cap = vis(page).getByLabel(dictionaries.en['vis.cap']);
  await cap.fill('-3');
  await cap.press('Tab');
  await expect(issues.filter({ hasText: dictionaries.en['vis.cap'] })).toBeVisible();
  await expect(cap).toHaveValue('0.01');
  expect(problems.consoleErrors).toEqual([]);
});

test('the charts have text equivalents and the totals are announced', async ({ page }) => {
  await open(page, page500('en', 'strategy=full&wrap=1&base=1&cap=30'));
  const svg = vis(page).locator('[data-out="timeline"] svg');
  await expect(svg).toHaveAttribute('role', 'img');
  await expect(svg).toHaveAttribute('aria-label', /9 requests over/);
  await expect(vis(page).getByRole('status')).toHaveText(/^9 requests over/);
});

test('motion respects prefers-reduced-motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, page500('en'));
  const svg = vis(page).locator('[data-out="timeline"] svg');
  expect(await svg.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.reload();
  await loadIsland(page);
  expect(await svg.evaluate((el) => getComputedStyle(el).animationName)).not.toBe('none');
});

test('the visualiser with messages and a wrapped policy has no axe violations in either theme', async ({ page }) => {
  await open(page, page500('ko', 'strategy=equal&wrap=1&retryAfter=2&wrapperRetryAfter=1&retries=-1'));
  await expect(vis(page).locator('[data-out="issues"] li')).toHaveCount(1);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page, 'colours')).toEqual([]);
});

test('the compact version links to the full one with the same settings', async ({ page }) => {
  await open(page, page500('en', 'strategy=full&seed=5'));
  const link = vis(page).getByRole('link', { name: dictionaries.en['vis.fullLink'] });
  await expect(link).toHaveAttribute('href', /\/en\/guides\/retries\/\?strategy=full&.*seed=5.*#visualiser$/);
});

test('the full version in the retries guide compares the herd and prices the retries', async ({ page }) => {
  await open(page, 'en/guides/retries/?strategy=full&base=1&cap=30&retries=5&wrap=0&outage=10&clients=1000');
  const full = page.locator('backoff-visualiser[data-visualiser="full"]');
  await expect(full).toHaveCount(1);
  // Five strategies side by side; the sentence states the AWS finding with this run's numbers.
  // The herd is simulated once its panel comes near the screen.
  await full.locator('[data-out="herd-rows"]').scrollIntoViewIfNeeded();
  await expect(full.locator('[data-out="herd-rows"] tr')).toHaveCount(5);
  await expect(full.locator('[data-out="finding"]')).toHaveText(/^Without jitter, 25% of all retries/);
  await expect(full.locator('[data-out="cost-2"]')).toHaveText(/^\$/);
  await expect(full).toContainText('2026-10-08');
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });
  test('an error page shows the preset schedule as a table, and no controls', async ({ page }) => {
    await page.goto(page500('en'));
    const state = defaultState(entry.preset);
    // Read where the reader reads it: a section far below is laid out (and has innerText) once near.
    await scrollUntil(vis(page).locator('table.schedule'), () => expect(vis(page).locator('table.schedule')).toBeInViewport({ timeout: 2_000 }));
    expect(await sampledColumn(page)).toEqual(sampledCells(state, 'en'));
    await expect(vis(page).locator('fieldset')).toBeHidden();
    await expect(vis(page).locator('.totals')).toBeVisible();
  });
});
