import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from '/work/main/scripts/serve-dist.ts';
const server = await serveDist('dist', 4342);
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const N = Number(process.env.N ?? 3);
for (const path of process.argv[2]!.split(',')) {
  const lcps: number[] = [];
  for (let i = 0; i < N; i++) {
    const run = await lighthouse(`http://127.0.0.1:4342${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    lcps.push(Math.round(run!.lhr.audits['largest-contentful-paint']!.numericValue!));
  }
  console.log(path, lcps.sort((a, b) => a - b).join(' '));
}
await chrome.kill(); server.close();
