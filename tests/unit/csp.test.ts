import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSecurityPolicy, scriptHash } from '../../src/lib/csp.ts';

test('scriptHash is the base64 SHA-256 a browser computes for the inline script text', () => {
  // Reference value: printf '%s' "alert(1);" | openssl dgst -sha256 -binary | base64
  assert.equal(scriptHash('alert(1);'), "'sha256-5jFwrAK0UV47oFbVg/iCCBbxD8X1w+QvoOUepu4C2YA='");
});

test('the policy allows each inline script by hash and never allows inline scripts wholesale', () => {
  const policy = contentSecurityPolicy(['alert(1);']);
  const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src ')) ?? '';
  assert.equal(scriptSrc, "script-src 'self' 'wasm-unsafe-eval' 'sha256-5jFwrAK0UV47oFbVg/iCCBbxD8X1w+QvoOUepu4C2YA='");
  assert.ok(!scriptSrc.includes('unsafe-inline'));
  assert.match(policy, /^default-src 'self'; /);
  assert.match(policy, /object-src 'none'/);
});
