// Where a long code identifier may break across lines: after `_`, `.`, `/` or `,` (JSON), and at a change from
// lower to upper case (`LinkedOrganization|SpendLimit…`). Never inside a word, so
// `overflow-wrap: anywhere` is not used for code. Only tokens longer than a phone's narrowest line
// box can hold get break points; shorter ones stay whole and move to the next line instead.
// Used by the components (via <Code>) and by the rehype step for MDX (src/layouts/rehype-layout.ts).

/** Tokens (runs without spaces) shorter than this never break. 24 monospace characters fit every line box at 320 px. */
export const MIN_BREAKABLE = 24;

/** Splits text into pieces; a <wbr> goes between consecutive pieces. */
export function identifierPieces(text: string): string[] {
  return text
    .split(/(\s+)/)
    .flatMap((token) => (token.length < MIN_BREAKABLE ? [token] : token.split(/(?<=[_./,])(?=.)|(?<=[a-z0-9])(?=[A-Z])/)))
    .reduce<string[]>((out, piece) => {
    // Whitespace and the pieces around it stay one string: only the splits above become <wbr>.
    if (out.length > 0 && (/^\s/.test(piece) || /\s$/.test(out[out.length - 1] ?? ''))) out[out.length - 1] += piece;
    else out.push(piece);
    return out;
  }, []);
}
