import { z } from 'astro/zod';

/**
 * Who has to act before the request can succeed.
 * - `caller`: whoever builds the request changes it.
 * - `admin`: an organization or workspace admin changes a setting, a key or a member.
 * - `billing`: whoever handles the organization's billing, tier or contract.
 * - `anthropic`: only Anthropic can change it (approval, support, appeal).
 * - `wait`: nobody: the condition is transient; send the request again later.
 */
export const codeActorSchema = z.enum(['caller', 'admin', 'billing', 'anthropic', 'wait']);
export type CodeActor = z.infer<typeof codeActorSchema>;

/** Language-neutral facts about one `error.details.error_code` that the SDK does not carry. */
export const codeFactsSchema = z.object({
  /** Who acts; see `codeActorSchema`. */
  actor: codeActorSchema,
  /**
   * True for codes a caller of the Messages, Files or Message Batches API meets: they get a longer
   * explanation (`detail` in both prose files) and a card on their status page.
   */
  full: z.boolean().default(false),
  /**
   * Python class name where an official page names it (the Python SDK has per-code classes from 2.5.0
   * per its release notes, but their names are otherwise not confirmed).
   */
  pythonClass: z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'Use the bare class name.').optional(),
});
export type CodeFacts = z.infer<typeof codeFactsSchema>;

/** Prose about one code in one language. Written by us; the SDK's JSDoc is the source of `meaning`. */
export const codeProseSchema = z.object({
  /** One line: what the code means. Our words, not a copy of the SDK description. */
  meaning: z.string().min(1, 'Write the one-line meaning.').refine((s) => !s.includes('\n'), 'Keep `meaning` on one line.'),
  /** What to do. When omitted, the language file's default action for the code's actor is shown. */
  action: z.string().min(1).optional(),
  /** Longer explanation; required exactly for codes whose facts say `full: true`. */
  detail: z.string().min(1).optional(),
});
export type CodeProse = z.infer<typeof codeProseSchema>;

/** One language's prose file: every code's prose, plus the default action per actor. */
export const codeProseFileSchema = z.object({
  /** Action shown for a code whose prose has no `action`, by actor. */
  defaultActions: z.record(codeActorSchema, z.string().min(1)),
  /** Prose keyed by the bare `error_code` (codes are unique across statuses; a test checks it). */
  codes: z.record(z.string().regex(/^[a-z0-9_]+$/, 'Key prose by the bare error_code.'), codeProseSchema),
});
export type CodeProseFile = z.infer<typeof codeProseFileSchema>;
