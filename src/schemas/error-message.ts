import { z } from 'astro/zod';

/** A public source of a message: the official page that lists it, or the issue thread that reports it. */
export const messageSourceSchema = z.object({
  /** What readers see, e.g. `anthropics/claude-code#91322`. */
  label: z.string().min(1),
  url: z.url(),
});

/** Language-neutral facts about one exact error message. */
export const knownMessageSchema = z
  .object({
    /** Anchor id on the status page, the same in both languages (kebab-case, like the official headings). */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use a kebab-case id: it is the anchor in both languages.'),
    /** HTTP status of the response that carries the message, or null when the report does not give it. */
    status: z.number().int().min(400).max(599).nullable(),
    /** Slug of the status page that documents it (a 520 goes on the 500 page: both SDKs raise `InternalServerError`). */
    page: z.string().regex(/^[a-z0-9-]+$/),
    /** The message verbatim, one string per wording; `…` marks the part that varies. Never translated. */
    messages: z.array(z.string().min(1)).min(1),
    /** `official`: listed on an official docs page; `reported`: seen by users in public issue threads only. */
    origin: z.enum(['official', 'reported']),
    /** The `error.details.error_code` that comes with it, when known. */
    code: z.string().regex(/^[a-z0-9_]+$/).optional(),
    /** Public sources; may be empty only for a reported message whose thread was not recorded. */
    sources: z.array(messageSourceSchema),
  })
  .refine((m) => m.origin === 'reported' || m.sources.length > 0, { message: 'An official message needs the official page as its source.' });
export type KnownMessage = z.infer<typeof knownMessageSchema>;

/** Prose about one message in one language. */
export const messageProseSchema = z.object({
  /** Short heading, e.g. "Prefill not supported". */
  title: z.string().min(1),
  /** What causes it. */
  cause: z.string().min(1),
  /** What to do. */
  fix: z.string().min(1),
  /** Which models or platforms it applies to. */
  scope: z.string().min(1),
});
export type MessageProse = z.infer<typeof messageProseSchema>;
