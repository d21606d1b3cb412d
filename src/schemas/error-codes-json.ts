import { z } from 'astro/zod';
import { codeActorSchema } from './error-code.ts';

/** One code of /error-codes.json. */
export const errorCodeJsonSchema = z.object({
  /** HTTP status the code comes with. */
  status: z.number().int().min(400).max(599),
  /** The value of `error.details.error_code`. */
  code: z.string().regex(/^[a-z0-9_]+$/),
  /** Who acts: caller, admin, billing, anthropic, or wait (nobody: the condition is transient). */
  actor: codeActorSchema,
  /** Whether the official SDKs retry it before raising (they retry by status: 408, 409, 429, 5xx). */
  sdkRetries: z.boolean(),
  /** True for codes a Messages, Files or Message Batches caller meets (they have a longer explanation). */
  full: z.boolean(),
  /** The API the SDK files the code under (from the module that declares its class). */
  api: z.enum(['messages', 'files', 'shared', 'admin', 'beta', 'skills']),
  typescript: z.object({
    /** Class `@anthropic-ai/sdk` throws for `${status} ${code}`. */
    class: z.string(),
    /** Its direct parent, the status class. */
    parent: z.string(),
    /** Installed SDK versions that know the code, newest first, e.g. ["1.17.0", "1.12.0"]. */
    knownIn: z.array(z.string()).min(1),
    /** The SDK's JSDoc description of the class, verbatim. */
    description: z.string(),
  }),
  python: z.object({
    /** Class Python `anthropic` 1.13.0 raises for the status (no per-code classes before 2.5.0). */
    statusClassIn1_13: z.string(),
    /** Per-code class name from 2.5.0, where an official page names it; null when not confirmed. */
    classFrom2_5: z.string().nullable(),
  }),
  /** Our one-line meaning, what to do and (full codes) the longer explanation, per language. */
  text: z.object({
    en: z.object({ meaning: z.string(), action: z.string(), detail: z.string().optional() }),
    ko: z.object({ meaning: z.string(), action: z.string(), detail: z.string().optional() }),
  }),
  /** Absolute URLs of the code's card (status page or index page, with the code as fragment). */
  urls: z.object({ en: z.url(), ko: z.url() }),
});

/** The whole of /error-codes.json. */
export const errorCodesJsonSchema = z.object({
  /** URL of this document's JSON schema. */
  $schema: z.url(),
  /** Versions of `@anthropic-ai/sdk` the codes were read from. */
  sdk: z.object({ newest: z.string(), oldest: z.string() }),
  /** Every code of the newest SDK, sorted by status then code. */
  codes: z.array(errorCodeJsonSchema),
});
export type ErrorCodesJson = z.infer<typeof errorCodesJsonSchema>;
