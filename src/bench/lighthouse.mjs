// Lighthouse on every page at mobile and desktop settings in one browser (lighthouse.sh runs it):
// one Chromium for all runs instead of one per run halves the time a sitting takes.
//
//   node lighthouse.mjs NODE_MODULES BASE REPORTS [COOKIE] -- PATH NAME [PATH NAME...]
//
// Prints a Markdown table of the four scores; exits 1 when one is under its bound. A page named
// "editor" is opened with COOKIE (a Cookie header's value: the signed-in administrator's session).
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const separator = process.argv.indexOf('--');
const [modules, base, reports, cookie] = process.argv.slice(2, separator);
const pages = process.argv.slice(separator + 1);
const load = async (file) => (await import(pathToFileURL(`${modules}/${file}`))).default;
const lighthouse = await load('lighthouse/core/index.js');
const desktop = await load('lighthouse/core/config/desktop-config.js');
const { launch } = await import(pathToFileURL(`${modules}/chrome-launcher/dist/index.js`));

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const BOUNDS = [0.95, 1.0, 0.95, 0.95];
const SETTINGS = { mobile: undefined, desktop };

const chrome = await launch({
  chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
let low = false;
console.log('| page | setting | performance | accessibility | best practices | SEO |');
console.log('|---|---|---|---|---|---|');
try {
  for (let i = 0; i < pages.length; i += 2) {
    const [path, name] = [pages[i], pages[i + 1]];
    for (const [setting, config] of Object.entries(SETTINGS)) {
      const flags = {
        port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES,
        // the picture of the whole page is for people reading a report; the scores do not use it
        disableFullPageScreenshot: true,
        extraHeaders: name === 'editor' && cookie ? { Cookie: cookie } : undefined,
      };
      const result = await lighthouse(base + path, flags, config);
      writeFileSync(`${reports}/${name}-${setting}.json`, result.report);
      const scores = CATEGORIES.map((c) => result.lhr.categories[c].score);
      const under = scores.some((s, k) => s === null || s < BOUNDS[k]);
      low ||= under;
      const shown = scores.map((s) => (s === null ? '-' : Math.round(s * 100))).join(' | ');
      console.log(`| ${path} | ${setting} | ${shown}${under ? ' (under a bound)' : ''} |`);
    }
  }
} finally {
  chrome.kill();
}
process.exit(low ? 1 : 0);
