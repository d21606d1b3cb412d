import { chromium } from '@playwright/test';
const [,, url, out, w = '1280', h='900'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.goto(url); await p.screenshot({ path: out });
await b.close();
