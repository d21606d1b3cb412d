import { expect, siteReady, test } from './fixtures.ts';
import { dictionaries, errorPages, publishedEntries, snippetFile } from './site-pages.ts';
import { errorSectionIds, pageSectionIds } from '../../src/lib/sections.ts';
import { optionalSectionsOf } from '../../src/lib/optional-sections.ts';
import { currentClasses } from '../../src/lib/registry.ts';
import { verdictLabel } from '../../src/lib/verdicts.ts';

for (const p of errorPages) {
  const entry = p.entry;
  if (!entry) continue;
  const t = dictionaries[p.lang];

  test(`${p.path} has every section of the anatomy, in order, with the same ids in both languages`, async ({ page }) => {
    await page.goto(p.path);
    const ids = await page.locator('main h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids).toEqual(pageSectionIds(optionalSectionsOf(entry)));
    for (const id of errorSectionIds) {
      await expect(page.locator(`h2#${id}`)).toContainText(t[`section.${id}`]);
    }
  });

  test(`${p.path} states the registry's facts: status, type, verdict, SDK retries and classes`, async ({ page }) => {
    await page.goto(p.path);
    await expect(page.locator('[data-fact="status"]')).toHaveText(entry.status === null ? t['entry.noStatus'] : String(entry.status));
    await expect(page.locator('[data-fact="type"]')).toHaveText(entry.type ?? t['entry.noType']);
    const badge = page.locator('[data-fact="verdict"] [data-verdict]');
    await expect(badge).toHaveAttribute('data-verdict', entry.verdict);
    await expect(badge).toHaveText(verdictLabel(entry.verdict, p.lang));
    await expect(page.locator('[data-fact="sdk-retries"]')).toHaveAttribute('data-value', String(entry.sdkRetries));
    const classes = currentClasses(entry);
    for (const name of classes.python) await expect(page.locator('[data-fact="python-classes"]')).toContainText(name);
    for (const name of classes.typescript) await expect(page.locator('[data-fact="typescript-classes"]')).toContainText(name);
    // The home table says the same.
    await page.goto(`${p.lang}/`);
    const row = page.locator(`tr[data-entry="${entry.slug}"]`);
    await expect(row.locator('[data-verdict]')).toHaveAttribute('data-verdict', entry.verdict);
    await expect(row.getByRole('link')).toHaveAttribute('href', new RegExp(`${p.path}$`));
  });

  test(`${p.path} shows each snippet byte for byte and its copy button copies exactly the file`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(p.path);
    for (const [lang, file] of [['python', 'snippet.py'], ['typescript', 'snippet.ts']] as const) {
      const expected = snippetFile(entry.slug, file);
      // Select the tab, then compare the highlighted text and the clipboard with the file.
      await page.getByRole('tab', { name: lang === 'python' ? 'Python' : 'TypeScript' }).click();
      const panel = page.locator(`#panel-${lang}`);
      await expect(panel).toBeVisible();
      const shown = await panel.locator('pre').innerText();
      expect(shown.replace(/\n$/, '')).toBe(expected.replace(/\n$/, ''));
      await panel.getByRole('button', { name: t['code.copy'] }).click();
      await expect(panel.getByRole('status')).toHaveText(t['code.copied']);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    }
  });
}

test('the snippet tab chosen on one page is selected on the next page, and survives a reload', async ({ page }) => {
  const [first, second] = publishedEntries;
  if (!first || !second) throw new Error('needs two published entries');
  await page.goto(`en/errors/${first.slug}/`);
  await expect(page.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'TypeScript' }).click();
  await page.goto(`ko/errors/${second.slug}/`);
  await expect(page.getByRole('tab', { name: 'TypeScript' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#panel-typescript')).toBeVisible();
  await expect(page.locator('#panel-python')).toBeHidden();
  await page.reload();
  await expect(page.locator('#panel-typescript')).toBeVisible();
});

test('the snippet tabs work from the keyboard', async ({ page }) => {
  await page.goto(`en/errors/${publishedEntries[0]?.slug}/`);
  await page.getByRole('tab', { name: 'Python' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'TypeScript' })).toBeFocused();
  await expect(page.locator('#panel-typescript')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(page.locator('#panel-python')).toBeVisible();
});

test('the language switch lands on the twin page at the same anchor', async ({ page }) => {
  const slug = publishedEntries[0]?.slug;
  await page.goto(`en/errors/${slug}/#retry`);
  await page.getByRole('link', { name: dictionaries.en['lang.switchLabel'] }).click();
  await expect(page).toHaveURL(new RegExp(`/ko/errors/${slug}/#retry$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await siteReady(page);
  await page.getByRole('link', { name: dictionaries.ko['lang.switchLabel'] }).click();
  await expect(page).toHaveURL(new RegExp(`/en/errors/${slug}/#retry$`));
});

test('the theme switch applies at once and is kept, without a flash, on the next page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('en/');
  await page.getByLabel(dictionaries.en['theme.label']).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBg).toBe('rgb(13, 17, 23)');
  // The inline head script sets the theme before the body is parsed, so the first paint is already dark.
  await page.goto(`ko/errors/${publishedEntries[0]?.slug}/`, { waitUntil: 'commit' });
  await page.waitForSelector('body');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.getByLabel(dictionaries.ko['theme.label']).selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });
  test('an error page still shows both snippets, the example and the retry table', async ({ page }) => {
  await page.goto(`en/errors/${publishedEntries[0]?.slug}/`);
  await expect(page.locator('#panel-python pre')).toBeVisible();
  await expect(page.locator('#panel-typescript pre')).toBeVisible();
  await expect(page.getByRole('tablist')).toBeHidden();
  await expect(page.locator('section[aria-labelledby="example"] pre').first()).toBeVisible();
  await expect(page.locator('section[aria-labelledby="retry"] table, section[aria-labelledby="retry"] [data-retry-schedule]').first()).toBeVisible();
  });
});

test('the link on a section heading copies the absolute URL of that section', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const slug = publishedEntries[0]?.slug;
  await page.goto(`ko/errors/${slug}/`);
  await page.getByRole('link', { name: dictionaries.ko['section.copyLink'] }).nth(5).click();
  await expect(page).toHaveURL(new RegExp(`/ko/errors/${slug}/#retry$`));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

for (const lang of ['en', 'ko'] as const) {
  test(`${lang}: "Copy as runbook step" and "Copy page as Markdown" copy the files they name`, async ({ page, context, request }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const t = dictionaries[lang];
    const slug = publishedEntries.find((e) => e.slug === '529')?.slug ?? publishedEntries[0]!.slug;
    await page.goto(`${lang}/errors/${slug}/`);
    const actions = page.getByRole('group', { name: t['page.actions'] });
    // Runbook step: the verdict line, then the same text as the published runbook file.
    await actions.getByRole('button', { name: t['page.copyRunbook'] }).click();
    await expect(actions.getByRole('status').first()).toHaveText(t['code.copied']);
    const runbook = await (await request.get(`${lang}/errors/${slug}.runbook.md`)).text();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(runbook);
    expect(runbook).toMatch(/^#### /);
    // The whole page as Markdown: the twin, byte for byte.
    await actions.getByRole('button', { name: t['page.copyMarkdown'] }).click();
    await expect(actions.getByRole('status').nth(1)).toHaveText(t['code.copied']);
    const twin = await (await request.get(`${lang}/errors/${slug}.md`)).text();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(twin);
    await expect(actions.getByRole('link', { name: t['page.markdown'] })).toHaveAttribute('href', new RegExp(`${lang}/errors/${slug}\\.md$`));
  });
}
