// Adds the URLs of the current build to tests/site/published-urls.txt. It never removes one:
// a published URL stays published (SPEC section 2).
import { readFileSync, writeFileSync } from 'node:fs';
import { manifestPath, parseManifest, publishedUrls } from '../tests/site/published-urls.ts';

const header = '# Every URL this site has published, below the base path. Only ever add lines (npm run urls:update).\n';
const current = parseManifest(readFileSync(manifestPath, { encoding: 'utf8', flag: 'a+' }));
const added = publishedUrls().filter((u) => !current.includes(u));
writeFileSync(manifestPath, header + [...current, ...added].sort().join('\n') + '\n');
console.log(`urls:update: ${added.length} added, ${current.length + added.length} in the manifest`);
