// The error-code catalogue is read from the installed SDKs; these tests are its drift alarm: a code the
// SDK knows without prose in both languages, or prose for a code no SDK knows, fails with the code's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSdkErrorCodeMap, jsDocOf, keyModules } from '../../src/lib/sdk-error-code-map.ts';
import {
  apiOfModule,
  buildCatalogue,
  catalogueProblems,
  codePagePath,
  errorCodes,
  newestSdkPackage,
  oldestSdkPackage,
  pythonStatusClass,
  retriedBySdk,
  sdkVersions,
  statusesWithPage,
} from '../../src/lib/error-codes.ts';
import { codeFacts } from '../../content/error-codes/facts.ts';
import { codeProseEn } from '../../content/error-codes/en.ts';
import { codeProseKo } from '../../content/error-codes/ko.ts';
import { codesEn } from '../../src/i18n/codes-en.ts';
import { codesKo } from '../../src/i18n/codes-ko.ts';

const newest = readSdkErrorCodeMap(newestSdkPackage);
const oldest = readSdkErrorCodeMap(oldestSdkPackage);

test('the code list is read from the installed SDKs: 1.17.0 knows 139 codes, 1.12.0 knows 100, all kept', () => {
  assert.equal(newest.version, '1.17.0');
  assert.equal(oldest.version, '1.12.0');
  assert.equal(newest.codes.length, 139);
  assert.equal(oldest.codes.length, 100);
  const keys = new Set(newest.codes.map((c) => `${c.status} ${c.code}`));
  assert.deepEqual(oldest.codes.filter((c) => !keys.has(`${c.status} ${c.code}`)), [], 'a code of 1.12.0 is gone from 1.17.0');
  assert.deepEqual(sdkVersions, { newest: '1.17.0', oldest: '1.12.0' });
});

test('every code the SDK knows has facts and prose in both languages, and no prose names an unknown code', () => {
  assert.deepEqual(catalogueProblems(newest.codes), []);
  assert.equal(errorCodes.length, newest.codes.length);
});

test('a code the SDK adds without prose fails, naming the code and the file', () => {
  const added = { status: 429, code: 'made_up_limit', tsClass: 'MadeUpLimitError', tsParent: 'RateLimitError', sdkDescription: '', module: 'resources/shared' };
  const problems = catalogueProblems([...newest.codes, added]);
  assert.ok(problems.some((p) => p.includes('429 made_up_limit') && p.includes('en.ts')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('429 made_up_limit') && p.includes('ko.ts')));
  assert.throws(() => buildCatalogue([...newest.codes, added], oldest.codes), /made_up_limit/);
});

test('prose for a code that no installed SDK knows fails, naming the code', () => {
  const problems = catalogueProblems(newest.codes.filter((c) => c.code !== 'ramp_limit_exceeded'));
  assert.ok(problems.some((p) => p.startsWith('ramp_limit_exceeded:') && p.includes('en.ts')), problems.join('\n'));
  assert.ok(problems.some((p) => p.startsWith('ramp_limit_exceeded:') && p.includes('ko.ts')));
  assert.ok(problems.some((p) => p.startsWith('ramp_limit_exceeded:') && p.includes('facts.ts')));
});

test('English and Korean prose cover the same codes, and full-treatment codes have a detail in both', () => {
  assert.deepEqual(Object.keys(codeProseKo.codes).sort(), Object.keys(codeProseEn.codes).sort());
  const full = Object.entries(codeFacts).filter(([, f]) => f.full).map(([code]) => code);
  assert.ok(full.length >= 30, `${full.length} full-treatment codes`);
  for (const code of full) {
    assert.ok((codeProseEn.codes as Record<string, { detail?: string }>)[code]?.detail, `${code}: no English detail`);
    assert.ok((codeProseKo.codes as Record<string, { detail?: string }>)[code]?.detail, `${code}: no Korean detail`);
  }
});

test('the codes a Messages, Files or Batches caller meets get full treatment', () => {
  const mustBeFull = /^(ramp_limit_exceeded|contract_spend_limit_reached|enforced_spend_limit_reached|linked_organization_.*|image_dimensions_too_large|organization_on_hold|organization_url_fetch_disabled|compaction_.*|thread_.*|cmek_(key|context)_.*|storage_not_ready|request_body_.*)$/;
  const missing = errorCodes.filter((r) => mustBeFull.test(r.code) && !r.facts.full).map((r) => r.code);
  assert.deepEqual(missing, []);
});

test('class names, parents and descriptions come from the SDK, and each code is unique across statuses', () => {
  const spend = errorCodes.find((r) => r.code === 'enforced_spend_limit_reached');
  assert.equal(spend?.status, 429);
  assert.equal(spend?.tsClass, 'EnforcedSpendLimitReachedError');
  assert.equal(spend?.tsParent, 'RateLimitError');
  assert.match(spend?.sdkDescription ?? '', /monthly API usage threshold/);
  assert.equal(errorCodes.find((r) => r.code === 'compaction_unavailable')?.tsParent, 'OverloadedError');
  assert.equal(errorCodes.find((r) => r.code === 'storage_not_ready')?.tsParent, 'ServiceUnavailableError');
  assert.equal(new Set(errorCodes.map((r) => r.code)).size, errorCodes.length);
  const withoutDoc = errorCodes.filter((r) => !r.sdkDescription).map((r) => r.code);
  assert.deepEqual(withoutDoc, [], 'the SDK JSDoc of these classes was not found');
});

test('version ranges are what the two installed SDKs show: 100 codes in 1.12.0, 39 added by 1.17.0', () => {
  assert.equal(errorCodes.filter((r) => r.tsSince === 'le-oldest').length, 100);
  assert.equal(errorCodes.filter((r) => r.tsSince === 'after-oldest').length, 39);
  assert.equal(errorCodes.find((r) => r.code === 'organization_url_fetch_disabled')?.tsSince, 'after-oldest');
  assert.equal(errorCodes.find((r) => r.code === 'image_dimensions_too_large')?.tsSince, 'le-oldest');
});

test('retries go by status: 409, 429, 503 and 529 codes are retried, 400 to 413 are not', () => {
  assert.deepEqual([400, 402, 403, 404, 412, 413].map(retriedBySdk), [false, false, false, false, false, false]);
  assert.deepEqual([408, 409, 429, 503, 529].map(retriedBySdk), [true, true, true, true, true]);
  assert.equal(pythonStatusClass(402), 'APIStatusError');
  assert.equal(pythonStatusClass(412), 'APIStatusError');
  assert.equal(pythonStatusClass(503), 'InternalServerError');
  assert.equal(pythonStatusClass(529), 'OverloadedError');
});

test('a code has a card on its status page only when the status has a page and the code is full-treatment', () => {
  for (const r of errorCodes) {
    if (r.page) assert.ok(r.facts.full && (statusesWithPage as readonly number[]).includes(r.status), r.code);
    assert.equal(codePagePath(r), r.page ? `errors/${r.page}/` : 'errors/codes/');
  }
  assert.equal(errorCodes.find((r) => r.code === 'storage_not_ready')?.page, null, '503 has no page');
  assert.equal(errorCodes.find((r) => r.code === 'enforced_spend_limit_reached')?.page, '429');
});

test('the API of a code comes from the SDK module that declares its class', () => {
  assert.equal(apiOfModule('resources/messages/messages'), 'messages');
  assert.equal(apiOfModule('resources/organization/invites'), 'admin');
  assert.equal(apiOfModule('resources/user-profiles/user-profiles'), 'admin');
  assert.equal(apiOfModule('resources/beta/environments/work'), 'beta');
});

test('the SDK source readers take the JSDoc and module of a class', () => {
  assert.equal(jsDocOf('/**\n * One line\n * two.\n */\nexport declare class FooError extends X {}', 'FooError'), 'One line two.');
  assert.equal(jsDocOf('export declare class FooError extends X {}', 'FooError'), '');
  const compiled = `const shared_1 = require("../resources/shared.js");\nexports.M = new Map([\n    ['429 x_y', shared_1.XYError],\n]);`;
  assert.deepEqual([...keyModules(compiled)], [['429 x_y', 'resources/shared']]);
});

test('the catalogue UI strings exist in both languages with the same placeholders', () => {
  assert.deepEqual(Object.keys(codesKo).sort(), Object.keys(codesEn).sort());
  const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
  for (const key of Object.keys(codesEn) as (keyof typeof codesEn)[]) assert.equal(holes(codesKo[key]), holes(codesEn[key]), key);
});
