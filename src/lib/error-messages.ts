// Known exact error messages, joined with their prose in both languages. Validated once; a message
// without prose in a language, prose without a message, or a duplicate id fails the build by name.
import { z } from 'astro/zod';
import { knownMessages } from '../../content/error-messages/messages.ts';
import { messageProseEn } from '../../content/error-messages/en.ts';
import { messageProseKo } from '../../content/error-messages/ko.ts';
import { knownMessageSchema, messageProseSchema, type KnownMessage, type MessageProse } from '../schemas/error-message.ts';
import type { Locale } from '../schemas/error-entry.ts';

/** A known message with its prose per language. */
export interface KnownMessageRow extends KnownMessage {
  prose: Record<Locale, MessageProse>;
}

const proseFiles = {
  en: z.record(z.string(), messageProseSchema).parse(messageProseEn),
  ko: z.record(z.string(), messageProseSchema).parse(messageProseKo),
};

/** Problems joining messages and prose; empty when every message has prose in both languages. */
export function messageProblems(messages: readonly KnownMessage[], prose = proseFiles): string[] {
  const ids = messages.map((m) => m.id);
  const problems = ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${id}: two messages use this id.`);
  for (const lang of ['en', 'ko'] as const) {
    for (const id of ids) if (!prose[lang][id]) problems.push(`${id}: no prose in content/error-messages/${lang}.ts.`);
    for (const id of Object.keys(prose[lang])) if (!ids.includes(id)) problems.push(`${id}: prose in content/error-messages/${lang}.ts, but no such message in messages.ts.`);
  }
  return problems;
}

const parsed = z.array(knownMessageSchema).parse(knownMessages);
const problems = messageProblems(parsed);
if (problems.length) throw new Error(`Known messages:\n- ${problems.join('\n- ')}`);

/** Every known message, in the order of messages.ts (official first, then reported). */
export const messageRows: readonly KnownMessageRow[] = parsed.map((m) => ({
  ...m,
  prose: { en: proseFiles.en[m.id] as MessageProse, ko: proseFiles.ko[m.id] as MessageProse },
}));

/** Messages documented on one status page. */
export function messagesOfPage(slug: string): KnownMessageRow[] {
  return messageRows.filter((m) => m.page === slug);
}
