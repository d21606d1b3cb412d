// Known messages are data: every one has prose in both languages, a unique id and a page that exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messageProblems, messageRows, messagesOfPage } from '../../src/lib/error-messages.ts';
import { knownMessageSchema } from '../../src/schemas/error-message.ts';
import { entries } from '../../src/lib/registry.ts';
import { errorCodes } from '../../src/lib/error-codes.ts';
import { knownMessages } from '../../content/error-messages/messages.ts';

test('every known message has prose in English and Korean, and no prose is orphaned', () => {
  assert.deepEqual(messageProblems(knownMessages), []);
});

test('a message without prose, or two messages with one id, fail naming the id', () => {
  const extra = { ...knownMessages[0]!, id: 'made-up-message' };
  assert.ok(messageProblems([...knownMessages, extra]).some((p) => p.startsWith('made-up-message:') && p.includes('en.ts')));
  assert.ok(messageProblems([...knownMessages, knownMessages[0]!]).some((p) => p.includes('two messages')));
});

test('each message goes on a published error page, and a named code is one the SDK knows', () => {
  const published = new Set(entries.filter((e) => e.published).map((e) => e.slug));
  for (const m of messageRows) {
    assert.ok(published.has(m.page), `${m.id}: page ${m.page}`);
    if (m.code) assert.ok(errorCodes.some((c) => c.code === m.code), `${m.id}: unknown code ${m.code}`);
  }
});

test('the documented validation messages of the errors page and the reported ones are all present', () => {
  assert.equal(messageRows.filter((m) => m.origin === 'official').length, 10);
  assert.ok(messageRows.filter((m) => m.origin === 'reported').length >= 11);
  assert.ok(messagesOfPage('400').some((m) => m.id === 'credit-balance-too-low'));
  assert.ok(messageRows.every((m) => m.messages.every((t) => !/[가-힣]/.test(t))), 'messages stay verbatim, in English');
});

test('ids cannot collide with error codes, which use underscores', () => {
  assert.ok(knownMessageSchema.safeParse({ ...knownMessages[0]!, id: 'image_dimensions_too_large' }).success === false);
});

test('an official message must name its official source', () => {
  assert.equal(knownMessageSchema.safeParse({ ...knownMessages[0]!, sources: [] }).success, false);
});
