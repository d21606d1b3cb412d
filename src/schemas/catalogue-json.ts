import { z } from 'astro/zod';
import { localizedTextSchema, sdkClassSchema, verdictSchema } from './error-entry.ts';

/** One entry of /errors.json. */
export const catalogueJsonEntrySchema = z.object({
  /** URL segment of the entry: the HTTP status, or a kebab-case name. */
  slug: z.string(),
  /** HTTP status, or null for errors without one. */
  status: z.number().int().nullable(),
  /** The body's `error.type`, or null. */
  type: z.string().nullable(),
  /** One-line meaning in both languages. */
  summary: localizedTextSchema,
  /** What to do: `retry-backoff`, `retry-after`, `do-not-retry` or `depends`. */
  verdict: verdictSchema,
  /** Whether the official SDKs retry this error before raising it. */
  sdkRetries: z.boolean(),
  /** Exception classes per SDK and SDK version. */
  classes: z.object({ python: z.array(sdkClassSchema), typescript: z.array(sdkClassSchema) }),
  /** Absolute page URLs per language; null while the entry has no page. */
  urls: z.object({ en: z.url().nullable(), ko: z.url().nullable() }),
  /** True when the API no longer returns the error. */
  retired: z.boolean(),
  /** ISO date the entry's facts were last checked. */
  lastChecked: z.iso.date(),
});

/** The whole of /errors.json. */
export const catalogueJsonSchema = z.object({
  /** URL of this document's JSON schema. */
  $schema: z.url(),
  /** Newest check date of any entry. */
  lastChecked: z.iso.date().nullable(),
  /** Every catalogue entry, in catalogue order. */
  entries: z.array(catalogueJsonEntrySchema),
});
