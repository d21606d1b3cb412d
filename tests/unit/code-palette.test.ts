// Shiki's token styles become classes (src/lib/code-palette.ts); global.css must colour each class
// with the same pair Shiki would have used, or code would silently change colour.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeBlockColours, tokenClass, tokenClasses, tokenColours } from '../../src/lib/code-palette.ts';

const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'global.css'), 'utf8');

test('a known colour pair becomes its class, in any letter case and with a trailing semicolon', () => {
  assert.equal(tokenClass('color:#CF222E;--shiki-dark:#FF7B72'), 't1');
  assert.equal(tokenClass('color:#cf222e;--shiki-dark:#ff7b72;'), 't1');
});

test('the block default needs no class, and an unknown pair or extra property keeps its style', () => {
  assert.equal(tokenClass(`color:${codeBlockColours.foreground[0]};--shiki-dark:${codeBlockColours.foreground[1]}`), '');
  assert.equal(tokenClass('color:#123456;--shiki-dark:#654321'), undefined);
  assert.equal(tokenClass('color:#CF222E;--shiki-dark:#FF7B72;font-style:italic'), undefined);
});

test('global.css gives every class the light and dark colour of its pair, and the block its own', () => {
  for (const [cls, [light, dark]] of Object.entries(tokenColours)) {
    assert.match(css, new RegExp(`\\.${cls} \\{ color: light-dark\\(${light}, ${dark}\\); \\}`, 'i'), cls);
  }
  const [bg, bgDark] = codeBlockColours.background;
  const [fg, fgDark] = codeBlockColours.foreground;
  assert.match(css, new RegExp(`\\.astro-code \\{ background-color: light-dark\\(${bg}, ${bgDark}\\); color: light-dark\\(${fg}, ${fgDark}\\); \\}`, 'i'));
});

test('the transformer swaps styles for classes and unwraps lines and default-coloured tokens', () => {
  const code = {
    type: 'element',
    tagName: 'code',
    properties: {},
    children: [
      { type: 'element', tagName: 'span', properties: { class: 'line' }, children: [
        { type: 'element', tagName: 'span', properties: { class: 't1' }, children: [{ type: 'text', value: 'import' }] },
        { type: 'element', tagName: 'span', properties: {}, children: [{ type: 'text', value: ' x' }] },
      ] },
      { type: 'text', value: '\n' },
    ],
  };
  tokenClasses.code(code);
  assert.deepEqual(code.children, [
    { type: 'element', tagName: 'span', properties: { class: 't1' }, children: [{ type: 'text', value: 'import' }] },
    { type: 'text', value: ' x' },
    { type: 'text', value: '\n' },
  ]);
  const span = { type: 'element', properties: { style: 'color:#0550AE;--shiki-dark:#79C0FF' } as Record<string, unknown> };
  tokenClasses.span(span);
  assert.deepEqual(span.properties, { class: 't2' });
  const pre = { type: 'element', properties: { class: 'astro-code github-light-default', style: 'background-color:#fff' } as Record<string, unknown> };
  tokenClasses.pre(pre);
  assert.deepEqual(pre.properties, { class: 'astro-code' });
});
