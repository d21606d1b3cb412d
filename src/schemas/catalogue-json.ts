import { z } from 'astro/zod';
import { evidenceSchema, localizedTextSchema, verdictSchema } from './error-entry.ts';
import { behaviourSchema, messageFormatSchema } from './sdk-behaviour.ts';

/** One exception class in /errors.json: the registry's class with its range, as published. */
export const catalogueJsonClassSchema = z.object({
  /** Class name as the SDK exports it. */
  name: z.string(),
  /** Direct parent class in that range. */
  parent: z.string(),
  /** SDK versions, in npm range syntax: `*`, `1.13.0`, `>=2.5.0`, `<1.5.0` or `>=0.47.0 <2.5.0`. */
  range: z.string(),
  /** The same range in words (English). */
  versions: z.string(),
  /** Only these clients raise it; absent: the first-party clients. */
  clients: z.array(z.string()).optional(),
  /** How it is known: tested here, SDK source, release notes, or likely but unconfirmed. */
  evidence: evidenceSchema,
  /** A qualification in both languages. */
  note: localizedTextSchema.optional(),
  /** Set when the SDK picks the class by `error.details.error_code`. */
  errorCode: z.string().optional(),
  /** True when the newest release of the SDK raises it. */
  current: z.boolean(),
});

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
  /** What to do, and who acts when retrying cannot help: one of the ids in content/errors/verdicts.ts. */
  verdict: verdictSchema,
  /** Whether the official SDKs retry this error before raising it. */
  sdkRetries: z.boolean(),
  /** Exception classes per SDK and SDK version. */
  classes: z.object({ python: z.array(catalogueJsonClassSchema), typescript: z.array(catalogueJsonClassSchema) }),
  /** Absolute page URLs per language; null while the entry has no page. */
  urls: z.object({ en: z.url().nullable(), ko: z.url().nullable() }),
  /** True when the API no longer returns the error. */
  retired: z.boolean(),
  /** ISO date the entry's facts were last checked. */
  lastChecked: z.iso.date(),
});

/** One SDK package: its newest release when the facts were checked, and the versions the tests run. */
const sdkPackageSchema = z.object({
  /** Package name. */
  package: z.string(),
  /** Newest release when last checked. */
  newest: z.string(),
  /** Its release date. */
  released: z.iso.date(),
  /** Versions this site's snippet tests execute (empty for packages without snippets). */
  tested: z.array(z.string()),
  /** ISO date of the check. */
  checked: z.iso.date(),
});

/** The whole of /errors.json. */
export const catalogueJsonSchema = z.object({
  /** URL of this document's JSON schema. */
  $schema: z.url(),
  /** Newest check date of any entry. */
  lastChecked: z.iso.date().nullable(),
  /** The SDKs the facts were checked against, and what changed between their versions. */
  sdks: z.object({
    /** The packages, keyed `python`, `typescript`, `bedrock`, `vertex`. */
    packages: z.record(z.string(), sdkPackageSchema),
    /** How each SDK version range prints an HTTP error (`api-message`, `json-body`, `python-dict`, `unknown`). */
    messageFormats: z.array(messageFormatSchema),
    /** Facts that differ between versions: what is printed, retried, sent, raised, exposed. */
    behaviours: z.array(behaviourSchema),
  }),
  /** Every catalogue entry, in catalogue order. */
  entries: z.array(catalogueJsonEntrySchema),
});
