// Finds a Chromium for Playwright: its own download first, then a system Chromium.
// Shared by playwright.config.ts and scripts/ensure-browser.mjs so both pick the same binary.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];

/**
 * @returns {{ kind: 'env' | 'playwright' | 'system', path: string | undefined } | null}
 *   `path` undefined means "let Playwright use its own browser".
 */
export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { kind: 'env', path: fromEnv } : null;
  try {
    if (existsSync(chromium.executablePath())) return { kind: 'playwright', path: undefined };
  } catch {
    // No browser registry entry for this platform: fall through to a system browser.
  }
  const system = SYSTEM_CHROMIUMS.find((p) => existsSync(p));
  return system ? { kind: 'system', path: system } : null;
}
