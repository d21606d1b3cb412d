// Markdown twins of the pages, for agents and tools (issue 17): built from the same MDX bodies and
// registry facts as the HTML, never from a second copy of the prose. Pure: the routes pass in what
// they read from the content collection and the registry.

/** A page section as the twin writes it: the anchor id the HTML page uses, its heading, its Markdown. */
export interface TwinSection {
  id: string;
  heading: string;
  markdown: string;
}

/** Front matter values; strings are quoted as YAML scalars. */
export type FrontMatter = Record<string, string | number | boolean | null>;

/** A YAML front matter block; every string is double-quoted with JSON escapes, which YAML accepts. */
export function frontMatter(fields: FrontMatter): string {
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** Turns every relative link of Markdown text into an absolute URL, resolved against the page's URL. */
export function absoluteLinks(markdown: string, pageUrl: string): string {
  return markdown.replace(/\]\(([^)\s]+)\)/g, (whole, href: string) => {
    if (/^[a-z]+:/i.test(href)) return whole;
    return `](${new URL(href, pageUrl).href})`;
  });
}

/**
 * Splits an error page's MDX body into its `<Section id="…">` blocks (src/components/Section.astro).
 * Anything outside a section is an authoring error the completeness test already reports, so it is dropped.
 */
export function mdxSections(body: string): Array<{ id: string; markdown: string }> {
  return [...body.matchAll(/<Section\s+id="([a-z-]+)"\s*>([\s\S]*?)<\/Section>/g)].map((m) => ({
    id: m[1] ?? '',
    markdown: dedent(m[2] ?? '').trim(),
  }));
}

/**
 * A guide's MDX body as Markdown: `<H2 id="x">Title</H2>` becomes an anchor and a `##` heading,
 * `<Visualiser />` a sentence that points at the HTML page, MDX comments disappear.
 */
export function guideMarkdown(body: string, visualiserNote: string): { markdown: string; ids: string[] } {
  const ids: string[] = [];
  const markdown = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<H([23])\s+id="([a-z0-9-]+)"\s*>([\s\S]*?)<\/H\1>/g, (_, level: string, id: string, title: string) => {
      ids.push(id);
      return `${anchor(id)}\n${'#'.repeat(Number(level))} ${title.trim()}`;
    })
    .replace(/<Visualiser\b[^>]*\/>/g, visualiserNote)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { markdown, ids };
}

/** The anchor a twin puts before a heading, so `#id` links work as on the HTML page. */
export function anchor(id: string): string {
  return `<a id="${id}"></a>`;
}

/** One section: anchor, heading, body. */
export function sectionMarkdown(s: TwinSection): string {
  return `${anchor(s.id)}\n## ${s.heading}\n\n${s.markdown.trim()}\n`;
}

/** A fenced code block whose fence is longer than any backtick run inside, so any file fits verbatim. */
export function fenced(code: string, lang: string, title?: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const info = title ? `${lang} title="${title}"` : lang;
  return `${fence}${info}\n${code.replace(/\n+$/, '')}\n${fence}`;
}

/** The whole twin: front matter, title, lead, then the sections in page order. */
export function twinDocument(fields: FrontMatter, title: string, lead: string, sections: readonly TwinSection[]): string {
  return `${frontMatter(fields)}\n# ${title}\n\n${lead.trim()}\n\n${sections.map(sectionMarkdown).join('\n')}`;
}

/** Anchor ids a twin declares, in order (what the built-site test compares with the HTML page). */
export function twinAnchors(markdown: string): string[] {
  return [...markdown.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1] ?? '');
}

/** Removes the common leading indentation of an MDX block's lines. */
function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}
