import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { localePath, twinPath, withBase } from '../../src/lib/urls.ts';
import { npmPin, pythonPin } from '../../src/lib/sdk-versions.ts';

test('paths respect a base path with or without slashes', () => {
  assert.equal(localePath('/', 'ko', 'errors/529/'), '/ko/errors/529/');
  assert.equal(localePath('/docs/errors/', 'en', 'errors/529/'), '/docs/errors/en/errors/529/');
  assert.equal(localePath('/docs', 'en'), '/docs/en/');
  assert.equal(withBase('/docs/', '/favicon.svg'), '/docs/favicon.svg');
});

test('the twin of a page swaps only the locale segment after the base', () => {
  assert.equal(twinPath('/en/errors/529/', '/', 'ko'), '/ko/errors/529/');
  assert.equal(twinPath('/docs/en/errors/en/', '/docs/', 'ko'), '/docs/ko/errors/en/');
  assert.equal(twinPath('/ko/', '/', 'en'), '/en/');
});

test('SDK pins are read from the files the installers use', () => {
  const requirements = readFileSync(new URL('../snippets/requirements.txt', import.meta.url), 'utf8');
  assert.match(pythonPin(requirements, 'anthropic'), /^\d+\.\d+\.\d+$/);
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.match(npmPin(pkg, '@anthropic-ai/sdk'), /^1\.\d+\.\d+$/);
  assert.throws(() => npmPin({ devDependencies: { x: '^1.0.0' } }, 'x'), /exact version/);
  assert.throws(() => pythonPin('anthropic>=1', 'anthropic'), /No exact pin/);
});
