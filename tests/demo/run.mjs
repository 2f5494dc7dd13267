// `make demo`: serve www/ on 127.0.0.1, open the demo article in headless Chromium without and with the
// built extension, print what Sift hid and highlighted (with the reasons) and save before/after screenshots,
// and screenshots of the popup on that article at popup size (light and dark). The end-to-end suite saves
// the same popup pictures from Firefox beside them; their paths are printed too.
//
//   node tests/demo/run.mjs [--page demo/article.html] [--out out/demo]

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { parseCliArgs } from '../support/cli-args.mjs';
import { serve } from '../support/server.mjs';
import { CHROMIUM, CHROMIUM_ARGS, distDir, launchChromium } from '../support/browsers.mjs';
import { checkExpected } from '../e2e/page-checks.mjs';
import { chromiumHarness } from '../e2e/harness.mjs';

const { values: opts } = parseCliArgs(import.meta.url, {
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

  step('opening the popup on that page');
  const shots = await popupShots(`${server.url}/${opts.page}`);
  step('and in German (a browser whose language is German: the popup follows it through _locales)');
  shots.push(['popup chromium German', await germanPopupShot(`${server.url}/${opts.page}`)]);

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
  for (const [what, path] of shots) console.log(`  ${what}: ${path}`);
  for (const f of ['popup-firefox.png', 'popup-firefox-dark.png']) {
    const path = `${outDir}/${f}`;
    console.log(`  ${f.replace('.png', '').replace(/-/g, ' ')}: ${existsSync(path) ? path : `${path} (saved by the Firefox end-to-end tests: make test-e2e)`}`);
  }
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

/** The popup for the page in a tab, at the popup's size (360 × 600), in light and dark: [label, path] pairs. */
async function popupShots(pageUrl) {
  const h = await chromiumHarness(pageUrl.slice(0, pageUrl.indexOf('/', 8)));
  try {
    const tab = await h.open(pageUrl);
    await tab.page.waitForSelector('html[data-sift-ready]', { timeout: 10000 });
    const popup = await h.popupFor(tab);
    await popup.page.waitForFunction(() => /\d+ hidden/.test(document.getElementById('summary').textContent), null, { timeout: 8000 });
    await popup.setViewport(360, 600);
    const out = [];
    for (const scheme of ['light', 'dark']) {
      await popup.colorScheme(scheme);
      const path = `${outDir}/popup-chromium${scheme === 'dark' ? '-dark' : ''}.png`;
      await popup.screenshot(path);
      out.push([`popup chromium${scheme === 'dark' ? ' dark' : ''}`, path]);
    }
    return out;
  } finally {
    await h.close();
  }
}

/** The popup in a Chromium whose interface language is German, at popup size. */
async function germanPopupShot(pageUrl) {
  const ext = distDir('chrome');
  const userDir = mkdtempSync(join(tmpdir(), 'sift-demo-de-'));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM, headless: false, locale: 'de-DE', viewport: { width: 360, height: 600 },
    args: [...CHROMIUM_ARGS, '--lang=de', `--load-extension=${ext}`, `--disable-extensions-except=${ext}`],
    env: { ...process.env, LANGUAGE: 'de', LANG: 'de_DE.UTF-8' },
  });
  try {
    await context.route((url) => !/^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:)/.test(url.href), (r) => r.abort());
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.waitForSelector('html[data-sift-ready]', { timeout: 10000 });
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup/popup.html`);
    const tabId = await popup.evaluate(async (url) => {
      const api = globalThis.chrome;
      for (const t of await api.tabs.query({})) {
        const r = await api.tabs.sendMessage(t.id, { type: 'sift:report' }).catch(() => null);
        if (r && r.url === url) return t.id;
      }
      return null;
    }, page.url());
    await popup.goto(`chrome-extension://${id}/popup/popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => /\d+ ausgeblendet/.test(document.getElementById('summary').textContent), null, { timeout: 8000 });
    const path = `${outDir}/popup-chromium-de.png`;
    await popup.screenshot({ path });
    return path;
  } finally {
    await context.close().catch(() => {});
    rmSync(userDir, { recursive: true, force: true });
  }
}
