// Error-code cards and known-message subsections are deep-link targets: one code and one message per
// status page load at their anchor, are scrolled into view, and keep the anchor across a language switch.
import { axeViolations, expect, siteReady, test } from './fixtures.ts';
import { dictionaries } from './site-pages.ts';
import { errorCodes } from '../../src/lib/error-codes.ts';
import { messageRows } from '../../src/lib/error-messages.ts';

const pages = [...new Set([...errorCodes.map((r) => r.page), ...messageRows.map((m) => m.page)])].filter((p): p is string => p !== null);

for (const slug of pages) {
  const code = errorCodes.find((r) => r.page === slug);
  const message = messageRows.find((m) => m.page === slug);
  for (const id of [code?.code, message?.id].filter((x): x is string => !!x)) {
    test(`en/errors/${slug}/#${id} scrolls to its card and keeps the anchor in Korean and back`, async ({ page }) => {
      // Load the deep link: the target heading is in the viewport.
      await page.goto(`en/errors/${slug}/#${id}`);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
      // Switch to Korean: same page, same anchor, heading in view.
      await page.getByRole('link', { name: dictionaries.en['lang.switchLabel'] }).click();
      await expect(page).toHaveURL(new RegExp(`/ko/errors/${slug}/#${id}$`));
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
      await siteReady(page);
      // And back to English.
      await page.getByRole('link', { name: dictionaries.ko['lang.switchLabel'] }).click();
      await expect(page).toHaveURL(new RegExp(`/en/errors/${slug}/#${id}$`));
    });
  }
}

test('a code short link lands on the card in its language', async ({ page }) => {
  // The English short link of a code carded on its status page.
  await page.goto('enforced_spend_limit_reached/');
  await expect(page).toHaveURL(/\/en\/errors\/429\/#enforced_spend_limit_reached$/);
  await expect(page.locator('#enforced_spend_limit_reached')).toBeInViewport();
  // The Korean short link of a code carded on the index page.
  await page.goto('ko/storage_not_ready/');
  await expect(page).toHaveURL(/\/ko\/errors\/codes\/#storage_not_ready$/);
  await expect(page.locator('#storage_not_ready')).toBeInViewport();
});

test('code cards fit a 360 px screen without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['en/errors/400/', 'ko/errors/400/', 'ko/errors/codes/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

for (const lang of ['en', 'ko'] as const) {
  test(`${lang}/errors/codes/ renders with no errors and no axe violations in either theme`, async ({ page, problems }) => {
    // The index page is not in the registry's page list, so it is checked here; axe takes long on 139 cards.
    test.setTimeout(400_000);
    const response = await page.goto(`${lang}/errors/codes/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, 'colours')).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  });
}
