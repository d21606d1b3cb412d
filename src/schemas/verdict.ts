import { z } from 'astro/zod';

/**
 * The verdict ids. Each says whether to retry and, when not, who must act.
 * - `retry-backoff`: retry with exponential backoff and jitter.
 * - `retry-after`: retry only after the wait the server gives (`retry-after`).
 * - `fix-request`: the request itself is wrong; fix it first.
 * - `fix-credentials`: the key or credentials are wrong; the request is fine.
 * - `billing`: billing or payment information must be fixed by whoever holds it.
 * - `grant-access`: an organization admin must grant a permission or change a setting.
 * - `raise-limit`: a spend limit or cap is reached; raise it or wait until it resets.
 * - `depends`: the right action depends on a detail explained on the page.
 */
export const verdictIds = [
  'retry-backoff',
  'retry-after',
  'fix-request',
  'fix-credentials',
  'billing',
  'grant-access',
  'raise-limit',
  'depends',
] as const;

export const verdictSchema = z.enum(verdictIds);
export type Verdict = z.infer<typeof verdictSchema>;

/** Who has to act for the error to go away. */
export const actorSchema = z.enum(['caller', 'admin', 'billing']);
export type Actor = z.infer<typeof actorSchema>;

/** One verdict as defined in content/errors/verdicts.ts. */
export const verdictDefinitionSchema = z.object({
  /** The id used by entries, known cases and platform errors. */
  id: verdictSchema,
  /** True: retrying helps; false: it cannot help until someone acts; null: it depends. */
  retry: z.boolean().nullable(),
  /** Who acts when retrying does not help. */
  actor: actorSchema,
  /** The badge text per language. */
  label: z.object({ en: z.string().min(1), ko: z.string().min(1) }),
});
export type VerdictDefinition = z.infer<typeof verdictDefinitionSchema>;
export type VerdictInput = z.input<typeof verdictDefinitionSchema>;
