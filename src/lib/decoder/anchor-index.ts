// Builds the anchor index of src/lib/decoder/anchors.ts from the code catalogue and the known
// messages, for one language and base path. Build time and CLI only: it reads the installed SDK.
import type { Locale } from '../../schemas/error-entry.ts';
import { codePagePath, errorCodes } from '../error-codes.ts';
import { messageRows } from '../error-messages.ts';
import { errorPagePath, localePath } from '../urls.ts';
import { fragmentsOf, type AnchorIndex } from './anchors.ts';

export function buildAnchorIndex(lang: Locale, base: string, origin = ''): AnchorIndex {
  const url = (path: string) => `${origin}${localePath(base, lang, path)}`;
  return {
    codes: Object.fromEntries(errorCodes.map((r) => [r.code, `${url(codePagePath(r))}#${r.code}`])),
    messages: messageRows.map((m) => ({ id: m.id, url: `${url(errorPagePath(m.page))}#${m.id}`, fragments: m.messages.flatMap(fragmentsOf) })),
  };
}
