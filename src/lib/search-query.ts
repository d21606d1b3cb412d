import { knownTerms, particles, spacedCompounds } from './korean-terms.ts';

/** A Hangul syllable. */
export const HANGUL = /[\uac00-\ud7a3]/;

const termsLongestFirst = [...knownTerms].sort((a, b) => b.length - a.length);
const isParticle = (rest: string) => (particles as readonly string[]).includes(rest);

/**
 * Removes one trailing particle from a Hangul word. A known term is kept whole (재시도 stays
 * 재시도) and a known term plus a particle becomes the term; otherwise at least two syllables remain.
 */
export function stripParticle(word: string): string {
  if (!HANGUL.test(word)) return word;
  for (const term of termsLongestFirst) {
    if (word === term) return word;
    if (word.startsWith(term) && isParticle(word.slice(term.length))) return term;
  }
  for (const p of particles) {
    if (word.endsWith(p) && [...word].length - [...p].length >= 2) return word.slice(0, -p.length);
  }
  return word;
}

/** Splits a compound typed without its space (속도제한, 속도제한에) into the indexed spelling. */
function respace(word: string): string {
  for (const compound of spacedCompounds) {
    const compact = compound.replace(/\s+/g, '');
    if (word === compact || (word.startsWith(compact) && stripParticle(word) === compact)) return compound;
  }
  return word;
}

/**
 * Rewrites a reader's query into what Pagefind can match: trims, splits compounds written
 * without a space, and drops Korean particles, so 재시도를 finds 재시도 and 속도제한 finds 속도 제한.
 * English words, codes and identifiers pass through unchanged.
 */
export function normalizeQuery(raw: string): string {
  return raw
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => respace(word))
    .flatMap((word) => word.split(' '))
    .map((word) => stripParticle(word))
    .join(' ');
}

/** Keys that jump straight to a page on Enter: statuses, error types and slugs, lower-cased. */
export function directKey(raw: string): string {
  return raw.trim().toLowerCase().replace(/^["'`]|["'`]$/g, '');
}
