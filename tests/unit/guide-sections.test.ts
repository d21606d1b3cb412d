import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wrapGuideSections } from '../../src/lib/guide-sections.ts';

test('wraps each h2 and what follows it, up to the next h2, and leaves the intro alone', () => {
  const html = '<p>intro</p>\n<h2 id="a">A</h2><p>one</p><ul><li>x</li></ul><h2 id="b">B</h2><p>two<br>three</p>';
  assert.equal(
    wrapGuideSections(html),
    '<p>intro</p>\n<section aria-labelledby="a"><h2 id="a">A</h2><p>one</p><ul><li>x</li></ul></section><section aria-labelledby="b"><h2 id="b">B</h2><p>two<br>three</p></section>',
  );
});

test('keeps every byte of the body, in order', () => {
  const html = '<p>i</p><h2 id="x">X<a class="anchor" href="#x">#</a></h2><pre><code>&lt;h2&gt;</code></pre><img src="a.svg" alt=""><h2 id="y">Y</h2>';
  assert.equal(wrapGuideSections(html).replace(/<\/?section[^>]*>/g, ''), html);
});

test('refuses an h2 that is not at the top level', () => {
  assert.throws(() => wrapGuideSections('<div><h2 id="a">A</h2></div>'), /nested/);
});

test('refuses a body without h2', () => {
  assert.throws(() => wrapGuideSections('<p>only</p>'), /no <h2/);
});
