// `make demo`: serve www/ on 127.0.0.1, open the demo article in headless Chromium without and with the
// built extension, print what Sift hid and highlighted (with the reasons) and save before/after screenshots.
//
//   node tests/demo/run.mjs [--page demo/article.html] [--out out/demo]

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '../support/server.mjs';
import { distDir, launchChromium } from '../support/browsers.mjs';
import { checkExpected } from '../e2e/page-checks.mjs';

const { values: opts } = parseArgs({
  options: { page: { type: 'string', default: 'demo/article.html' }, out: { type: 'string', default: 'out/demo' } },
});
const outDir = resolve(opts.out);
mkdirSync(outDir, { recursive: true });
const step = (msg) => process.stderr.write(`demo: ${msg}\n`);

const server = await serve(resolve('www'));
const url = `${server.url}/${opts.page}`;
let code = 0;
try {
  step(`serving www/ at ${server.url}`);
  step('opening the page without Sift');
  const bare = await launchChromium(null);
  const before = await bare.context.newPage();
  await before.goto(url, { waitUntil: 'load' });
  await before.waitForTimeout(500);
  await before.screenshot({ path: `${outDir}/before.png`, fullPage: true });
  await bare.close();

  step(`opening the page with Sift (${distDir('chrome')})`);
  const withSift = await launchChromium(distDir('chrome'));
  const page = await withSift.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-sift-ready]', { timeout: 10000 });
  await page.waitForTimeout(300);
  const result = await page.evaluate(checkExpected, {});
  await page.screenshot({ path: `${outDir}/after.png`, fullPage: true });
  await withSift.close();

  console.log(`\nSift on ${opts.page} (engine in the extension's background worker)\n`);
  console.log(`Hidden: ${result.hidden.length}`);
  for (const h of result.hidden) {
    console.log(`  [${h.category}] "${h.text.slice(0, 70)}${h.text.length > 70 ? '…' : ''}"`);
    console.log(`      because: ${h.reason.replace(/^\w+: /, '')}`);
  }
  console.log(`\nHighlighted: ${result.marks.length}`);
  for (const m of result.marks) {
    console.log(`  [${m.kind}] "${m.text.slice(0, 100)}${m.text.length > 100 ? '…' : ''}"`);
  }
  console.log(`\nScreenshots:\n  before: ${outDir}/before.png\n  after:  ${outDir}/after.png`);
  if (!result.hidden.length && !result.marks.length) {
    console.error('demo: Sift changed nothing on the demo page: something is wrong');
    code = 1;
  }
} catch (err) {
  console.error(`demo: failed: ${err.message}`);
  code = 1;
} finally {
  await server.close();
}
process.exit(code);
