// Where a decoded paste's error code or exact message is explained (issue 15): the card of the code
// (`/en/errors/429/#enforced_spend_limit_reached`) and the subsection of the known message
// (`/en/errors/400/#credit-balance-too-low`). Pure; the index is built at build time
// (anchor-index.ts) and shipped with the decode page, the CLI builds its own.

/** Code → URL of its card; known messages with the verbatim fragments that identify them. */
export interface AnchorIndex {
  codes: Record<string, string>;
  messages: Array<{ id: string; url: string; fragments: string[] }>;
}

/** What the paste's code and message link to, when the site explains them. */
export interface Anchors {
  code: { code: string; url: string } | null;
  message: { id: string; url: string } | null;
}

/**
 * The card of `errorCode`, and the first known message one of whose fragments occurs in the text
 * (case and white space folded, so a message a terminal wrapped over lines still matches).
 */
export function findAnchors(errorCode: string | null, text: string, index: AnchorIndex): Anchors {
  const codeUrl = errorCode ? index.codes[errorCode] : undefined;
  const folded = fold(text.length > 200_000 ? text.slice(-200_000) : text);
  const message = index.messages.find((m) => m.fragments.some((f) => folded.includes(f)));
  return {
    code: errorCode && codeUrl ? { code: errorCode, url: codeUrl } : null,
    message: message ? { id: message.id, url: message.url } : null,
  };
}

/** Lower case, every run of white space as one space: how fragments and pastes are compared. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The parts of a verbatim message that identify it: the message split where it varies (`…`, numbers,
 * ids), keeping parts of at least 16 characters, folded.
 */
export function fragmentsOf(message: string): string[] {
  return message
    .split(/…|\b\d[\d,.]*\b|\b(?:toolu|file|req)_\w+/)
    .map((p) => fold(p).trim())
    .filter((p) => p.length >= 16);
}
