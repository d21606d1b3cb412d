import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import { errorSectionIds } from '../../src/lib/sections.ts';

test('the Korean and English dictionaries have exactly the same keys', () => {
  assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort());
});

test('no UI string is empty in either language', () => {
  for (const [lang, dict] of Object.entries({ en, ko })) {
    for (const [key, value] of Object.entries(dict)) assert.ok(value.trim().length > 0, `${lang}.${key} is empty`);
  }
});

test('every error page section has a heading in both languages', () => {
  for (const id of errorSectionIds) {
    assert.ok(`section.${id}` in en, `en section.${id}`);
    assert.ok(`section.${id}` in ko, `ko section.${id}`);
  }
});

test('no Korean string is an untranslated copy of the English one', () => {
  const untranslated = Object.entries(ko).filter(
    ([key, value]) => value === en[key as keyof typeof en] && !/^(error\.type|English)$/.test(value),
  );
  assert.deepEqual(untranslated.map(([k]) => k), []);
});
