// Which optional sections (src/lib/sections.ts) an error page has: the error codes of its status and
// the exact messages documented for it. One answer for the page, its table of contents, its twin and the tests.
import type { ErrorEntry } from '../schemas/error-entry.ts';
import type { OptionalSectionId } from './sections.ts';
import { codesOfStatus } from './error-codes.ts';
import { messagesOfPage } from './error-messages.ts';

export function optionalSectionsOf(entry: Pick<ErrorEntry, 'slug' | 'status'>): Set<OptionalSectionId> {
  const present = new Set<OptionalSectionId>();
  if (entry.status !== null && codesOfStatus(entry.status).length > 0) present.add('error-codes');
  if (messagesOfPage(entry.slug).length > 0) present.add('messages');
  return present;
}
