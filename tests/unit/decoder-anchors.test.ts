// A decoded code or known message links to where the site explains it (issue 15).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAnchors, fragmentsOf } from '../../src/lib/decoder/anchors.ts';
import { buildAnchorIndex } from '../../src/lib/decoder/anchor-index.ts';
import { errorCodes } from '../../src/lib/error-codes.ts';
import { messageRows } from '../../src/lib/error-messages.ts';

const index = buildAnchorIndex('en', '/');

test('every code the SDK knows links to its card, on its status page or the index', () => {
  assert.equal(Object.keys(index.codes).length, errorCodes.length);
  assert.equal(index.codes['enforced_spend_limit_reached'], '/en/errors/429/#enforced_spend_limit_reached');
  assert.equal(index.codes['storage_not_ready'], '/en/errors/codes/#storage_not_ready');
});

test('a message is identified by its verbatim parts, not by the parts that vary', () => {
  assert.deepEqual(fragmentsOf('prompt is too long: 208310 tokens > 200000 maximum'), ['prompt is too long:']);
  assert.ok(fragmentsOf('File `file_011CNha8iCJcU1wXNR6q4V8w` not found.').every((f) => !f.includes('file_011')));
  // "File `file_…` not found." has no verbatim part long enough to be told from other text: the
  // decoder finds it by its 404 and type instead. Every other message can be recognised.
  const unrecognisable = messageRows.filter((m) => m.messages.flatMap(fragmentsOf).length === 0).map((m) => m.id);
  assert.deepEqual(unrecognisable, ['file-not-found']);
});

test('a paste that quotes a known message links to its subsection, even wrapped by a terminal', () => {
  const paste = 'Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 215000\n tokens > 200000 maximum"}}';
  assert.equal(findAnchors(null, paste, index).message?.url, '/en/errors/400/#prompt-is-too-long');
  const credit = 'Your credit balance is too low to access the Anthropic API. Please go to Plans &\nBilling to upgrade or purchase credits.';
  assert.equal(findAnchors(null, credit, index).message?.url, '/en/errors/400/#credit-balance-too-low');
});

test('a code links to its card; an unknown code or a paste without one links nowhere', () => {
  assert.deepEqual(findAnchors('ramp_limit_exceeded', '', index).code, { code: 'ramp_limit_exceeded', url: '/en/errors/429/#ramp_limit_exceeded' });
  assert.equal(findAnchors('no_such_code', '', index).code, null);
  assert.deepEqual(findAnchors(null, 'Overloaded', index), { code: null, message: null });
});
