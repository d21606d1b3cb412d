/**
 * Shiki colours every token with a style attribute holding both themes' colours
 * (`color:#CF222E;--shiki-dark:#FF7B72`), about 40 bytes per token and a fifth of an error
 * page's gzip weight. Our code uses eight colour pairs of github-light-default and
 * github-dark-default; each becomes a two-letter class whose colours live once in
 * src/styles/global.css. The default colour needs no class at all: it is inherited from <pre>.
 */
export const codeBlockColours = { background: ['#ffffff', '#0d1117'], foreground: ['#1f2328', '#e6edf3'] } as const;

/** Class → [light, dark]. global.css must define each (tests/unit/code-palette.test.ts checks). */
export const tokenColours = {
  t1: ['#CF222E', '#FF7B72'],
  t2: ['#0550AE', '#79C0FF'],
  t3: ['#0A3069', '#A5D6FF'],
  t4: ['#953800', '#FFA657'],
  t5: ['#6E7781', '#8B949E'],
  t6: ['#8250DF', '#D2A8FF'],
  t7: ['#116329', '#7EE787'],
  // Template-literal punctuation (`${`, `}`): the default colour in light, a keyword's in dark.
  t8: ['#1F2328', '#FF7B72'],
  // Pairs where the two themes tokenise differently (TOML/shell/diff fences in the December prose).
  t9: ['#1F2328', '#79C0FF'],
  t10: ['#8250DF', '#FF7B72'],
  t11: ['#953800', '#E6EDF3'],
  t12: ['#CF222E', '#A5D6FF'],
  t13: ['#CF222E', '#E6EDF3'],
  t14: ['#CF222E', '#FFA657'],
} as const satisfies Record<string, readonly [string, string]>;

const byPair = new Map(Object.entries(tokenColours).map(([cls, [light, dark]]) => [`${light}/${dark}`.toLowerCase(), cls]));

/**
 * The class for a token's Shiki style: `''` for the block's default colour, `undefined` for a
 * style we have no class for. Such a style is left in place: its light colour shows, but in the
 * dark theme it stays light, and tests/site/csp-and-code.test.ts fails until the pair is added.
 */
export function tokenClass(style: string): string | undefined {
  const match = /^color:(#[0-9a-f]{6});--shiki-dark:(#[0-9a-f]{6})$/i.exec(style.trim().replace(/;$/, ''));
  if (!match) return undefined;
  const pair = `${match[1]}/${match[2]}`.toLowerCase();
  if (pair === codeBlockColours.foreground.join('/')) return '';
  return byPair.get(pair);
}

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}
interface HastElement extends HastNode {
  properties: Record<string, unknown>;
}

/**
 * A line's wrapper and a default-coloured token's span carry no information once the colours are
 * classes: the text alone renders the same and copies the same.
 */
function unwrap(nodes: readonly HastNode[]): HastNode[] {
  return nodes.flatMap((node) => {
    const props = node.properties ?? {};
    const bare = node.type === 'element' && node.tagName === 'span' && (Object.keys(props).length === 0 || (Object.keys(props).length === 1 && String(props['class']) === 'line'));
    return bare ? unwrap(node.children ?? []) : [node.children ? { ...node, children: unwrap(node.children) } : node];
  });
}

/** A Shiki transformer: block colours come from CSS, token colours from the classes above. */
export const tokenClasses = {
  name: 'token-classes',
  pre(node: HastElement): void {
    delete node.properties['style'];
    node.properties['class'] = 'astro-code';
  },
  root(node: HastNode): void {
    // Astro marks the language after our pre hook has run; nothing reads it.
    for (const child of node.children ?? []) if (child.tagName === 'pre') delete child.properties?.['dataLanguage'];
  },
  code(node: HastElement): void {
    node.children = unwrap(node.children ?? []);
  },
  span(node: HastElement): void {
    const style = node.properties['style'];
    if (typeof style !== 'string') return;
    const cls = tokenClass(style);
    if (cls === undefined) return;
    delete node.properties['style'];
    if (cls) node.properties['class'] = cls;
  },
};
