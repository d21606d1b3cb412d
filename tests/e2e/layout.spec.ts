// Layout at phone, tablet and desktop widths, on every page of the page list (site-pages.ts, made
// from the registry and content/), in both languages. Axe, Lighthouse and the HTML validator do not
// look at layout; this does. One load per page per width, every check in one evaluate:
// - nothing makes the document scroll sideways (a table may scroll inside its own box);
// - no table cell is narrower than a word of its content (no word broken across lines in a cell);
// - inline `code` is broken only at a space, after `_ . - / ,` or at a case change, and over at most
//   two lines unless it is longer than two lines (a printed message) or a token is wider than its box.
// A failure names the page, the width and the element.
import type { Page } from '@playwright/test';
import { expect, loadIsland, test } from './fixtures.ts';
import { errorPages, guidePages, sitePages } from './site-pages.ts';

const widths = [360, 768, 1280] as const;

/** Runs in the page. Returns one line per problem. */
async function layoutProblems(): Promise<string[]> {
  await document.fonts.ready;
  // Off-screen sections skip layout and clip what sticks out of them (content-visibility, issue 18):
  // an overflow there would not widen the document. Lay every section out, unclipped, and look.
  if (!document.getElementById('layout-test-all-visible')) {
    const all = document.createElement('style');
    all.id = 'layout-test-all-visible';
    all.textContent = '* { content-visibility: visible !important; }';
    document.head.append(all);
  }
  const problems: string[] = [];
  const root = document.documentElement;
  const viewport = root.clientWidth;
  const LINE = 8; // px: a line box moves by a line height (> 20 px); text in one line by a few px at most

  const describe = (el: Element): string => {
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const section = el.closest('section[aria-labelledby], section[id], [id]:is(h2, h3)');
    const where = section && section !== el ? ` in ${section.tagName.toLowerCase()}#${section.id || section.getAttribute('aria-labelledby')}` : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return `<${el.tagName.toLowerCase()}${id}${cls}>${where} "${text}"`;
  };
  const clipsX = (el: Element | null): boolean => {
    for (let a = el; a && a !== document.body; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX;
      if (o !== 'visible') return true;
    }
    return false;
  };
  const visible = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  };

  // 1. The document does not scroll sideways; name the innermost elements that stick out.
  if (root.scrollWidth > viewport + 1) {
    const out = [...document.body.querySelectorAll('*')].filter(
      (el) => visible(el) && el.getBoundingClientRect().right > viewport + 1 && !clipsX(el.parentElement),
    );
    const innermost = out.filter((el) => !out.some((o) => o !== el && el.contains(o)));
    problems.push(
      `document is ${root.scrollWidth}px wide (viewport ${viewport}px): ${innermost.slice(0, 4).map(describe).join('; ') || 'no element found'}`,
    );
  }

  // Characters of an element's text, each with its text node and offset (text split by <wbr> or
  // inline elements joins up; a <br> or a block counts as a space).
  const chars = (el: Element) => {
    const list: { node: Text; offset: number; ch: string; code?: boolean }[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n instanceof Text) {
        const code = !!n.parentElement?.closest('code');
        for (let i = 0; i < n.data.length; i++) list.push({ node: n, offset: i, ch: n.data[i] ?? '', code });
      } else if (n instanceof Element && (n.tagName === 'BR' || !getComputedStyle(n).display.startsWith('inline'))) {
        const last = list[list.length - 1];
        if (last) list.push({ node: last.node, offset: last.offset, ch: ' ' });
      }
    }
    return list;
  };
  const range = document.createRange();
  const charRect = (c: { node: Text; offset: number }) => {
    range.setStart(c.node, c.offset);
    range.setEnd(c.node, c.offset + 1);
    return range.getBoundingClientRect();
  };
  /** Tops of the line fragments a run of characters occupies. */
  const lineTops = (run: { node: Text; offset: number }[]): number[] => {
    const tops: number[] = [];
    let i = 0;
    while (i < run.length) {
      const first = run[i]!;
      let j = i;
      while (j + 1 < run.length && run[j + 1]!.node === first.node) j++;
      range.setStart(first.node, first.offset);
      range.setEnd(first.node, run[j]!.offset + 1);
      for (const r of range.getClientRects()) if (r.width > 0 && !tops.some((t) => Math.abs(t - r.top) < LINE)) tops.push(r.top);
      i = j + 1;
    }
    return tops;
  };

  // 2. Table cells hold their longest word: no word breaks across lines. In prose a word ends at a
  //    space, after a dash, hyphen or closing parenthesis, or before an opening one (where text
  //    breaks by the rules of the language; Korean breaks there too); in code
  //    only at a space: an identifier in a cell stays whole.
  for (const cell of document.querySelectorAll('table td, table th')) {
    // A table shown as cards (the catalogue on a phone) has no cells to squeeze; its code is checked below.
    if (!visible(cell) || getComputedStyle(cell).display !== 'table-cell') continue;
    const text = chars(cell);
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = text[i];
      const afterDash = c && !c.code && /[-‐–—/)]/.test(c.ch);
      // A word also ends between code and the text around it (a Korean particle after code may break).
      const before = c && i > start && ((!c.code && c.ch === '(') || c.code !== text[i - 1]?.code);
      if (c && !/\s/.test(c.ch) && !afterDash && !before) continue;
      const end = afterDash ? i + 1 : i;
      if (end - start > 1) {
        const word = text.slice(start, end);
        if (lineTops(word).length > 1) {
          problems.push(`table cell narrower than the word "${word.map((c) => c.ch).join('')}": ${describe(cell)} (${Math.round(cell.getBoundingClientRect().width)}px)`);
          break;
        }
      }
      start = before && !afterDash && c && !/\s/.test(c.ch) ? i : i + 1;
    }
  }

  // 3. Inline code breaks only where an identifier may break, over two lines at most.
  for (const code of document.querySelectorAll('code')) {
    if (code.closest('pre') || !visible(code)) continue;
    const text = chars(code);
    const lines = lineTops(text).length;
    if (lines < 2) continue;
    const bad: string[] = [];
    let prevTop: number | null = null;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (/\s/.test(c.ch)) continue;
      const top = charRect(c).top;
      if (prevTop !== null && top - prevTop > LINE) {
        const before = text[i - 1]?.ch ?? '';
        // After `…` too: Unicode line breaking allows it, and it marks where a quoted message elides text.
        const allowed = /\s/.test(before) || /[_.\-/,…]/.test(before) || /[{([]/.test(c.ch) || (/[a-z0-9]/.test(before) && /[A-Z]/.test(c.ch));
        if (!allowed) bad.push(`${text.slice(Math.max(0, i - 8), i).map((x) => x.ch).join('')}|${text.slice(i, i + 8).map((x) => x.ch).join('')}`);
      }
      prevTop = top;
    }
    if (bad.length) problems.push(`inline code broken inside a word at ${bad.join(', ')}: ${describe(code)}`);
    if (lines > 2) {
      // Over two lines is right only for code longer than two lines' worth (a printed message), or
      // with a token wider than its line box; then it may take one line more than its length needs
      // (it starts mid-line), never more.
      const box = code.parentElement?.closest('p, li, td, th, dd, dt, div, figcaption, summary, blockquote, caption, h1, h2, h3, h4, label') ?? code.parentElement;
      const available = box ? box.getBoundingClientRect().width : viewport;
      let widest = 0;
      let tokenWidth = 0;
      let total = 0;
      for (const c of text) {
        const w = charRect(c).width;
        total += w;
        if (/\s/.test(c.ch)) tokenWidth = 0;
        else widest = Math.max(widest, (tokenWidth += w));
      }
      // Each line holds at least what is left beside the widest token.
      const needed = Math.ceil(total / Math.max(available - widest, available / 2)) + 1;
      if (widest <= available && lines > Math.max(2, needed)) {
        problems.push(`inline code over ${lines} lines though it needs ${Math.max(2, needed)} at most (${Math.round(total)}px of text, ${Math.round(available)}px box): ${describe(code)}`);
      }
    }
  }
  return problems;
}

/** Islands that load near the viewport (the backoff visualiser) are brought there and awaited. */
async function loadIslands(page: Page): Promise<void> {
  if ((await page.locator('backoff-visualiser').count()) === 0) return;
  await loadIsland(page);
  await page.evaluate(() => window.scrollTo(0, 0));
}

// One load per page, narrowest width first, then the window is widened: media queries and the
// layout apply afresh on a resize, and nothing on the site measures the window when it loads.
for (const p of sitePages) {
  test(`layout of ${p.path} at ${widths.join(', ')} px`, async ({ page }) => {
    const problems: string[] = [];
    for (const [i, width] of widths.entries()) {
      await page.setViewportSize({ width, height: 800 });
      if (i === 0) {
        await page.goto(p.path);
        await loadIslands(page);
      }
      for (const problem of await page.evaluate(layoutProblems)) problems.push(`${p.path} at ${width}px: ${problem}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

test('/404/ tells the reader where the HTTP 404 entry is, in both languages; other unknown addresses do not', async ({ page }) => {
  // `astro preview` answers 200 here, a static host 404: the page is the same.
  await page.goto('404/');
  const links = page.getByRole('link', { name: 'errors/404/' });
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toHaveAttribute('href', /\/en\/errors\/404\/$/);
  await expect(links.nth(1)).toHaveAttribute('href', /\/ko\/errors\/404\/$/);
  for (const problem of await page.evaluate(layoutProblems)) expect.soft(problem).toBe('');
  await page.goto('no/such/page/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'errors/404/' })).toHaveCount(0);
});

// Issue 18: error pages and guides lay out only the sections near the viewport. Every section after
// the first defers; a link to one lands on its heading, laid out, with the page settled around it.
for (const p of [...errorPages, ...guidePages]) {
  test(`${p.path}: off-screen sections are deferred, and a link to one in the middle lands on it`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(p.path);
    const deferred = await page.evaluate(() =>
      [...document.querySelectorAll('article section[aria-labelledby]')]
        .filter((s) => getComputedStyle(s).contentVisibility === 'auto')
        .map((s) => s.getAttribute('aria-labelledby') ?? ''),
    );
    expect(deferred.length, 'sections with content-visibility: auto').toBeGreaterThan(3);
    // The visualiser's section defers like the rest, and a link to it still brings its island in.
    const [visualiserSection] = await page.locator('section[aria-labelledby]:has(backoff-visualiser)').evaluateAll((all) => all.map((s) => s.getAttribute('aria-labelledby') ?? ''));
    if (visualiserSection) {
      expect(deferred).toContain(visualiserSection);
      await page.goto(`${p.path}?from=elsewhere#${visualiserSection}`);
      await expect(page.locator('backoff-visualiser').first().locator('[data-out="timeline"] svg')).toBeVisible();
    }
    // A middle one: the last could be in view merely because the page ends there.
    const target = deferred[Math.floor(deferred.length / 2)];
    // A query makes it a new load (not a jump within the page), as when the link comes from elsewhere.
    await page.goto(`${p.path}?from=elsewhere#${target}`);
    const heading = page.locator(`[id="${target}"]`);
    await expect(heading).toBeInViewport();
    // Within the first screen's top, not merely somewhere on it: the sections above kept their size.
    await expect.poll(async () => (await heading.boundingBox())?.y ?? -1).toBeLessThan(200);
  });
}
