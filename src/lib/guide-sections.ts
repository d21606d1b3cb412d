// A guide's rendered body, cut into one <section> per h2 (the h2 and everything up to the next one).
// Why: off-screen sections can then skip layout until the reader scrolls near them
// (content-visibility in src/styles/global.css, issue 18); error pages have their sections from
// <Section>, guides are plain MDX. The h2s are the page's own (components/H2.astro), always at the
// top level of the MDX body, so the cut works on the HTML string: a guide with an h2 nested deeper,
// or none at all, is refused at build time rather than wrapped wrongly.

const H2 = /<h2\b[^>]*\bid="([^"]+)"/g;

/** Wraps each top-level h2 run of `html` in `<section aria-labelledby="{h2 id}">`; the text before the first h2 stays as it is. */
export function wrapGuideSections(html: string): string {
  const starts = [...html.matchAll(H2)];
  if (starts.length === 0) throw new Error('guide body has no <h2 id="…">: nothing to cut into sections');
  for (const m of starts) {
    if (depthAt(html, m.index) !== 0) throw new Error(`<h2 id="${m[1]}"> is nested inside another element: guide sections need top-level h2s`);
  }
  const parts = [html.slice(0, starts[0]?.index)];
  starts.forEach((m, i) => {
    const end = starts[i + 1]?.index ?? html.length;
    parts.push(`<section aria-labelledby="${m[1]}">${html.slice(m.index, end)}</section>`);
  });
  return parts.join('');
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** How many elements are open at `at` (tags counted from the start; comments, void and self-closing tags ignored). */
function depthAt(html: string, at: number): number {
  let depth = 0;
  for (const m of html.slice(0, at).matchAll(/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = m;
    if (!name || VOID.has(name.toLowerCase()) || selfClosing) continue;
    depth += closing ? -1 : 1;
  }
  return depth;
}
