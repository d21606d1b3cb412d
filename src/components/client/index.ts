// Every page's behaviour in one module: one request instead of a script per component, and no
// inline scripts besides the theme one in <head>, so the CSP lists a single hash.
import './copy-code.ts';
import './language-switch.ts';
import './search-box.ts';
import './section-links.ts';
import './snippet-tabs.ts';
import './theme-switch.ts';
import '../visualiser/load-when-near.ts';

// Every behaviour is defined: tests (and anything else) may now interact with the page.
document.documentElement.dataset.ready = '';
