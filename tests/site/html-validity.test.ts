// Every built page is valid HTML (html-validate, recommended rules; the few relaxed rules are
// listed with their reasons in .htmlvalidate.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { distDir, htmlFiles } from './built-site.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

test('every built page is valid HTML', async () => {
  const problems: string[] = [];
  for (const file of htmlFiles()) {
    const report = await validator.validateFile(join(distDir, file));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  assert.deepEqual(problems, []);
});
