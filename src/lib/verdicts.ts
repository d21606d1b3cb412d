// The verdicts of content/errors/verdicts.ts, validated once, with the questions the UI asks of them.
import { verdicts as verdictInput } from '../../content/errors/verdicts.ts';
import { verdictDefinitionSchema, verdictIds, type Verdict, type VerdictDefinition } from '../schemas/verdict.ts';
import type { Locale } from '../schemas/error-entry.ts';

/** Every verdict, validated; the build fails when one is missing or defined twice. */
export const verdictDefinitions: readonly VerdictDefinition[] = (() => {
  const parsed = verdictInput.map((v) => verdictDefinitionSchema.parse(v));
  const ids = parsed.map((v) => v.id);
  const missing = verdictIds.filter((id) => !ids.includes(id));
  if (missing.length || new Set(ids).size !== ids.length) {
    throw new Error(`content/errors/verdicts.ts must define each verdict once; missing: ${missing.join(', ') || 'none'}`);
  }
  return parsed;
})();

/** The definition of one verdict. */
export function verdictDefinition(id: Verdict): VerdictDefinition {
  return verdictDefinitions.find((v) => v.id === id)!;
}

/** The badge text of a verdict in one language. */
export function verdictLabel(id: Verdict, lang: Locale): string {
  return verdictDefinition(id).label[lang];
}

/** True when retrying cannot help until someone acts (any "Don't retry" verdict). */
export function isStopVerdict(id: Verdict): boolean {
  return verdictDefinition(id).retry === false;
}
