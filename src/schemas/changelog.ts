import { z } from 'astro/zod';
import { localizedTextSchema } from './error-entry.ts';

/** One change of content/changelog.ts, published as an entry of /feed.xml. */
export const changeSchema = z.object({
  /** Stable id; the feed entry's id is built from it, so never reuse or rename one. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** ISO date of the change. */
  date: z.iso.date(),
  /** `code` (a new error code or message), `verdict` (a changed verdict), `sdk` (a new SDK version checked), `content`. */
  kind: z.enum(['code', 'verdict', 'sdk', 'content']),
  /** Entry title per language. */
  title: localizedTextSchema,
  /** One or two sentences per language. */
  summary: localizedTextSchema,
  /** Site paths below the locale the change concerns; the first is the entry's link (`''` is the home page). */
  paths: z.array(z.string()).min(1),
});
export type Change = z.infer<typeof changeSchema>;
export type ChangeInput = z.input<typeof changeSchema>;
