import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from '/work/main/scripts/serve-dist.ts';
const server = await serveDist('dist', 4343);
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
for (const path of process.argv[2]!.split(',')) {
  const run = await lighthouse(`http://127.0.0.1:4343${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const lhr = run!.lhr as any;
  const m = lhr.audits.metrics.details.items[0];
  console.log(path, 'LCP', Math.round(m.largestContentfulPaint), 'FCP', m.firstContentfulPaint, 'obsFCP', m.observedFirstContentfulPaint, 'obsLCP', m.observedLargestContentfulPaint, 'obsDCL', m.observedDomContentLoaded, 'TTFB', m.timeToFirstByte);
  console.log('  ', JSON.stringify(lhr.audits['mainthread-work-breakdown'].details.items.map((i: any) => [i.group, Math.round(i.duration)])));
  console.log('  ', JSON.stringify(lhr.audits['network-requests'].details.items.map((i: any) => [i.url.slice(-30), i.transferSize, Math.round(i.networkRequestTime), Math.round(i.networkEndTime)])));
}
await chrome.kill(); server.close();
