/**
 * The anatomy of an error page (SPEC section 3): these ids, in this order, in both languages,
 * so that a runbook anchor survives a language switch.
 */
export const errorSectionIds = [
  'example',
  'meaning',
  'causes',
  'fix',
  'code',
  'retry',
  'cost',
  'platforms',
  'faq',
  'related',
  'sources',
] as const;
export type ErrorSectionId = (typeof errorSectionIds)[number];

/**
 * Sections only some error pages have, rendered from data between #faq and #related: the error codes
 * of the status (issue 15) and the exact messages documented for it.
 */
export const optionalSectionIds = ['error-codes', 'messages'] as const;
export type OptionalSectionId = (typeof optionalSectionIds)[number];

/** The section ids of a page in order, with the optional ones it has. */
export function pageSectionIds(present: ReadonlySet<OptionalSectionId>): string[] {
  const ids: string[] = [];
  for (const id of errorSectionIds) {
    if (id === 'related') ids.push(...optionalSectionIds.filter((o) => present.has(o)));
    ids.push(id);
  }
  return ids;
}

/** Sections whose text is prose written per language in the entry's MDX files, in page order. */
export const proseSectionIds = ['meaning', 'causes', 'fix', 'retry', 'cost', 'platforms', 'faq'] as const;
export type ProseSectionId = (typeof proseSectionIds)[number];

/** Returns the problems with the order of `<Section id>` ids found in an MDX file; empty when it is right. */
export function proseSectionProblems(foundIds: readonly string[]): string[] {
  const expected: readonly string[] = proseSectionIds;
  if (foundIds.join() === expected.join()) return [];
  const missing = expected.filter((id) => !foundIds.includes(id));
  const unknown = foundIds.filter((id) => !expected.includes(id));
  const problems: string[] = [];
  if (missing.length) problems.push(`missing sections: ${missing.join(', ')}`);
  if (unknown.length) problems.push(`unknown sections: ${unknown.join(', ')}`);
  if (!problems.length) problems.push(`sections out of order: found ${foundIds.join(', ')}, expected ${expected.join(', ')}`);
  return problems;
}

/** Extracts the ids of `<Section id="…">` elements from MDX source, in order. */
export function sectionIdsInMdx(source: string): string[] {
  return [...source.matchAll(/<Section\s+id="([a-z-]+)"/g)].map((m) => m[1] ?? '');
}
