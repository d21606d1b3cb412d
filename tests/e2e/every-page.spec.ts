import { axeViolations, expect, test } from './fixtures.ts';
import { dictionaries, sitePages } from './site-pages.ts';

for (const p of sitePages) {
  test(`${p.path} renders in ${p.lang}, with no errors, no foreign requests and no axe violations in either theme`, async ({ page, problems }) => {
    // Load the page and check what the server and the document say.
    const response = await page.goto(p.path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
    await expect(page.locator('h1')).toHaveText(p.h1);
    await expect(page).toHaveTitle(`${p.h1} · ${dictionaries[p.lang]['site.name']}`);
    // Accessibility in the light theme, then the colour rules in the dark theme the system asks for.
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, 'colours')).toEqual([]);
    // Nothing went wrong while loading or checking.
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  });
}

test.describe('with a Korean browser', () => {
  test.use({ locale: 'ko-KR' });
  test('the root page sends a Korean browser to /ko/', async ({ page }) => {
    await page.goto('./');
    await expect(page).toHaveURL(/\/ko\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  });
});

test.describe('with a German browser', () => {
  test.use({ locale: 'de-DE' });
  test('the root page sends other browsers to /en/', async ({ page }) => {
    await page.goto('./');
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });
  test('the root page offers both languages as plain links', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', /en\/$/);
    await expect(page.getByRole('link', { name: '한국어' })).toHaveAttribute('href', /ko\/$/);
  });
});

test('an unknown address gets the bilingual 404 page', async ({ page }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText(dictionaries.en['notFound.title']);
  await expect(page.locator('h1 [lang="ko"]')).toHaveText(dictionaries.ko['notFound.title']);
  await expect(page.getByRole('link', { name: dictionaries.ko['nav.home'] })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: dictionaries.en['search.label'] })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
