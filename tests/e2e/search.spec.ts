import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { dictionaries, publishedEntries } from './site-pages.ts';

/** Holds every Pagefind request until the returned function is called. */
async function holdPagefind(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/**', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const entry = publishedEntries.find((e) => e.slug === '529') ?? publishedEntries[0];
if (!entry) throw new Error('no published entry');

test('typing a status and pressing Enter opens its page', async ({ page }) => {
  await page.goto('en/');
  // Search loads nothing until the reader starts to search.
  const pagefindRequests: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url()); });
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests).toEqual([]);
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: dictionaries.en['search.label'] });
  await expect(box).toBeFocused();
  await box.fill(String(entry.status));
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en/errors/${entry.slug}/$`));
});

test('typing an error type in Korean pages opens the Korean page', async ({ page }) => {
  await page.goto('ko/');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('searchbox', { name: dictionaries.ko['search.label'] });
  await expect(box).toBeFocused();
  await box.fill(entry.type ?? entry.slug);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/ko/errors/${entry.slug}/$`));
});

test('?q= on any page opens the results, in the page language, with deep links to sections', async ({ page }) => {
  await page.goto('en/errors/500/?q=RateLimitError');
  const results = page.locator('#search-results');
  await expect(results).toBeVisible();
  const first = results.locator('li > a').first();
  await expect(first).toHaveAttribute('href', /\/en\/errors\/429\/$/);
  await expect(results.locator('a.sub').first()).toHaveAttribute('href', /\/en\/errors\/\d+\/#[a-z-]+$/);
});

test('a Korean term with a particle finds the page that uses the bare term', async ({ page }) => {
  await page.goto('ko/?q=과부하가');
  const first = page.locator('#search-results li > a').first();
  await expect(first).toHaveAttribute('href', /\/ko\/errors\/529\/$/);
});

test('Escape closes the results and keeps focus in the box', async ({ page }) => {
  await page.goto('en/');
  const box = page.getByRole('searchbox', { name: dictionaries.en['search.label'] });
  await box.fill('retry-after');
  await expect(page.locator('#search-results')).toBeVisible();
  await box.press('Escape');
  await expect(page.locator('#search-results')).toBeHidden();
  await expect(box).toBeFocused();
});

test('an exact key is answered from the key map before Pagefind has loaded', async ({ page }) => {
  // The answer for a status must not wait for the full-text index.
  const release = await holdPagefind(page);
  await page.goto('en/');
  await page.keyboard.press('/');
  await page.keyboard.type(String(entry.status));
  const first = page.locator('#search-results li > a').first();
  await expect(first).toHaveAttribute('href', new RegExp(`/en/errors/${entry.slug}/$`));
  await expect(page.locator('#search-results li p').first()).toHaveText(entry.summary.en);
  await expect(page.locator('#search-results ol')).toHaveAttribute('data-answer', 'quick');
  await expect(page.locator('#search-results .status')).toContainText(dictionaries.en['search.loading']);
  release();
  await expect(page.locator('#search-results ol')).toHaveAttribute('data-answer', 'full');
  await expect(page.locator('#search-results .status')).not.toContainText(dictionaries.en['search.loading']);
  await expect(first).toHaveAttribute('href', new RegExp(`/en/errors/${entry.slug}/$`));
});

test('a search whose Pagefind load failed works on the next query, and a key answer survives the failure', async ({ page }) => {
  let block = true;
  await page.route('**/pagefind/**', (route) => (block ? route.abort() : route.continue()));
  await page.goto('en/');
  const box = page.getByRole('searchbox', { name: dictionaries.en['search.label'] });
  await box.fill(String(entry.status));
  const status = page.locator('#search-results .status');
  await expect(status).toContainText(dictionaries.en['search.failed']);
  await expect(page.locator('#search-results li > a').first()).toHaveAttribute('href', new RegExp(`/en/errors/${entry.slug}/$`));
  block = false;
  await box.fill('overloaded');
  await expect(page.locator('#search-results ol[data-answer="full"] li').first()).toBeVisible();
  await expect(status).not.toContainText(dictionaries.en['search.failed']);
  await expect(page.locator('#search-results a.sub').first()).not.toHaveText(/#$/);
});

test("a phrase is answered before Pagefind has loaded; Pagefind's answer waits while the reader is in the list", async ({ page }) => {
  const release = await holdPagefind(page);
  await page.goto('ko/');
  const box = page.getByRole('searchbox', { name: dictionaries.ko['search.label'] });
  const list = page.locator('#search-results ol');
  await box.fill('속도 제한 응답 헤더');
  await expect(list).toHaveAttribute('data-answer', 'quick');
  await expect(list).not.toHaveAttribute('aria-busy', 'true');
  await expect(list.locator('a.sub[href$="/ko/guides/rate-limits/#headers"]')).toBeVisible();
  await box.fill('과부하');
  const first = list.locator('li > a').first();
  await expect(first).toHaveAttribute('href', /\/ko\/errors\/529\/$/);
  await expect(list.locator('li p').first()).toHaveText(entry.summary.ko);
  // A reader who has tabbed into the quick answer keeps it until they leave the list.
  await box.press('Tab');
  await expect(first).toBeFocused();
  release();
  await expect(page.locator('#search-results .status')).not.toContainText(dictionaries.ko['search.loading']);
  await expect(list).toHaveAttribute('data-answer', 'quick');
  await expect(first).toBeFocused();
  await expect(list.locator('mark')).toHaveCount(0);
  await first.press('Shift+Tab');
  await expect(box).toBeFocused();
  await expect(list).toHaveAttribute('data-answer', 'full');
  await expect(list.locator('mark').first()).toBeVisible();
  await expect(list.locator('li > a').first()).toHaveAttribute('href', /\/ko\/errors\/529\/$/);
  await expect(page.locator('#search-results .status')).toHaveText(/^결과 \d+개$/);
});

test('a word only the prose has is answered before Pagefind has loaded', async ({ page }) => {
  const release = await holdPagefind(page);
  await page.goto('en/');
  const box = page.getByRole('searchbox', { name: dictionaries.en['search.label'] });
  await box.fill('prefill');
  const list = page.locator('#search-results ol');
  await expect(list).toHaveAttribute('data-answer', 'quick');
  await expect(list.locator('li > a').first()).toHaveAttribute('href', /\/en\/errors\/400\/$/);
  release();
  await expect(list).toHaveAttribute('data-answer', 'full');
  await expect(list.locator('li > a').first()).toHaveAttribute('href', /\/en\/errors\/400\/$/);
});

/** English search for "overloaded", answered by the key map while Pagefind is held; where its first result is. */
async function quickAnswerWithPagefindHeld(page: Page) {
  const release = await holdPagefind(page);
  await page.goto('en/');
  const box = page.getByRole('searchbox', { name: dictionaries.en['search.label'] });
  const list = page.locator('#search-results ol');
  await box.fill('overloaded');
  await expect(list).toHaveAttribute('data-answer', 'quick');
  const first = await list.locator('li').first().boundingBox();
  if (!first) throw new Error('no first result');
  return { release, box, list, first };
}

test("Pagefind's answer waits while the mouse moves over the quick one, and comes when it leaves", async ({ page }) => {
  const { release, list, first } = await quickAnswerWithPagefindHeld(page);
  await page.mouse.move(first.x + 10, first.y + 5);
  await page.mouse.move(first.x + 30, first.y + 8, { steps: 3 });
  release();
  await expect(page.locator('#search-results .status')).not.toContainText(dictionaries.en['search.loading']);
  await expect(list).toHaveAttribute('data-answer', 'quick');
  await page.mouse.move(0, 0, { steps: 3 });
  await expect(list).toHaveAttribute('data-answer', 'full');
});

test('a cursor resting where the next list opens does not hold Pagefind back', async ({ page }) => {
  const { release, box, list, first } = await quickAnswerWithPagefindHeld(page);
  await page.mouse.move(first.x + 30, first.y + 8, { steps: 3 });
  // The next query's list opens under the resting cursor: :hover, but no movement.
  await box.fill('rate limit');
  await expect(list.locator('li > a').first()).not.toHaveAttribute('href', /\/529\/$/);
  await expect(list).toHaveAttribute('data-answer', 'quick');
  release();
  await expect(list).toHaveAttribute('data-answer', 'full');
});

test('Enter inside the typing pause focuses the results of what was typed', async ({ page }) => {
  await page.goto('en/');
  const box = page.getByRole('searchbox', { name: dictionaries.en['search.label'] });
  await box.fill('rate limit');
  await expect(page.locator('#search-results ol')).toHaveAttribute('data-answer', /quick|full/);
  await box.pressSequentially(' headers', { delay: 20 });
  await box.press('Enter');
  const focused = page.locator('#search-results a:focus');
  await expect(focused).toHaveCount(1);
  await expect(page.locator('#search-results li > a').first()).toBeFocused();
  await page.waitForTimeout(400);
  await expect(page.locator('#search-results a:focus')).toHaveCount(1);
});
