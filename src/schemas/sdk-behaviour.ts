import { z } from 'astro/zod';
import { evidenceSchema, localizedTextSchema, versionRangeSchema } from './error-entry.ts';

/** How an SDK turns an HTTP error into the text a reader sees (content/errors/sdk-behaviours.ts). */
export const messageFormatSchema = z.object({
  /** The SDK. */
  sdk: z.enum(['python', 'typescript']),
  /** Versions that print this way. */
  range: versionRangeSchema,
  /**
   * - `api-message`: `429 <error.message> (error_code: …, request_id: …, path: …, type: …)` (TypeScript 1.17.0+).
   * - `json-body`: `429 {"type":"error",…}`, the whole body as JSON.
   * - `python-dict`: `Error code: 429 - {'type': 'error', …}`, the body as a Python dict.
   * - `unknown`: not published for this range.
   */
  format: z.enum(['api-message', 'json-body', 'python-dict', 'unknown']),
  /** How it is known. */
  evidence: evidenceSchema,
  /** The version whose class names the example lines use (inside `range`). */
  shownWith: z.string(),
});
export type MessageFormat = z.infer<typeof messageFormatSchema>;
export type MessageFormatInput = z.input<typeof messageFormatSchema>;

/** One fact about an SDK that holds for a range of versions. */
export const behaviourSchema = z.object({
  /** What the fact is about; the same id across the ranges of one fact. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The SDK. */
  sdk: z.enum(['python', 'typescript']),
  /** `message` (what it prints), `retry` (what it resends), `request` (what it sends), `class`, `attribute`. */
  topic: z.enum(['message', 'retry', 'request', 'class', 'attribute']),
  /** Versions the fact holds for. */
  range: versionRangeSchema,
  /** How it is known. */
  evidence: evidenceSchema,
  /** Slugs of the entries whose pages show the fact. */
  entries: z.array(z.string()).min(1),
  /** The fact in a few verbatim words (a header, a class, a message shape). */
  value: z.string(),
  /** The fact in a sentence, per language. */
  text: localizedTextSchema,
});
export type Behaviour = z.infer<typeof behaviourSchema>;
export type BehaviourInput = z.input<typeof behaviourSchema>;
