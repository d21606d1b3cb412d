// `npm test` needs a browser, which npm cannot install. Use Playwright's own or a system Chromium;
// as root on Debian/Ubuntu install the distribution's chromium (like `playwright install-deps`);
// anywhere else stop with one line that says how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser.mjs';

const found = findBrowser();
if (found) {
  console.log(`browser: ${found.kind === 'playwright' ? "Playwright's own Chromium" : found.path}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(`browser: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  // fonts-noto-cjk: Hangul for the Korean pages (screenshots, layout test); without it Korean renders as boxes.
  console.log('browser: none found; installing the distribution packages "chromium" and "fonts-noto-cjk" with apt-get (needs a minute)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  const after = findBrowser();
  if (after) {
    console.log(`browser: installed ${after.path}`);
    process.exit(0);
  }
}
console.error(
  'browser: no Chromium found. Run `npx playwright install chromium`, or install Chromium and set CHROMIUM_PATH=/path/to/chromium.',
);
process.exit(1);
