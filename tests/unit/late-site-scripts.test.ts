import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deferSiteScript } from '../../src/integrations/late-site-scripts.ts';

const tag = '<script type="module" src="/docs/_astro/SiteScripts.astro_astro_type_script_index_0_lang.06gHXb4V.js"></script>';

test('the site module tag is wrapped in the template the head script activates', () => {
  assert.equal(deferSiteScript(`<p>x</p>${tag}</body>`), `<p>x</p><template data-late-script>${tag}</template></body>`);
});

test('other scripts (the decoder, an island) are left as they are', () => {
  const decoder = '<script type="module" src="/_astro/ErrorDecoder.astro_astro_type_script_index_0_lang.CmGcbHfp.js"></script>';
  assert.equal(deferSiteScript(decoder), decoder);
});
