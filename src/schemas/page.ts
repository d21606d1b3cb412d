import { z } from 'astro/zod';

/** Front matter of an error page. Only translatable text lives here; facts live in the registry. */
export const errorPageSchema = z.object({
  /** The h1 and the document title. Starts with the status and `error.type` (or the slug) so search and tabs show them. */
  title: z.string().min(5),
  /** Meta description and search excerpt: one or two sentences, at most 160 characters. */
  description: z.string().min(20).max(160, 'Keep the description within 160 characters; search engines cut it there.'),
});
export type ErrorPageData = z.infer<typeof errorPageSchema>;

/** The four guides of the spec; their slugs are also their URL segments. */
export const guideSlugs = ['retries', 'rate-limits', 'sdk-exceptions', 'platforms'] as const;
export type GuideSlug = (typeof guideSlugs)[number];

/** Front matter of a guide. */
export const guidePageSchema = z.object({
  /** The h1 and the document title. */
  title: z.string().min(5),
  /** Meta description and search excerpt, at most 160 characters. */
  description: z.string().min(20).max(160, 'Keep the description within 160 characters; search engines cut it there.'),
});
export type GuidePageData = z.infer<typeof guidePageSchema>;
