// Renders extension/icons/sift.svg to the PNG sizes the stores and toolbars ask for, with headless Chromium
// (Debian's, through playwright-core), and writes them beside it. Run after changing the SVG; the PNGs are
// committed, so a build never needs a browser.
//
//   node scripts/icons.mjs
//
// Sizes: 16 and 32 (toolbar button, 1x and 2x), 48 (Chrome's extensions page, Firefox's add-ons manager),
// 64 and 96 (Firefox's add-ons manager at 2x, addons.mozilla.org), 128 (Chrome Web Store and install dialog).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/browsers.mjs';

export const ICON_SIZES = [16, 32, 48, 64, 96, 128];

const dir = new URL('../extension/icons/', import.meta.url).pathname;
const svg = readFileSync(join(dir, 'sift.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const body = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${body}`);
    await page.screenshot({ path: join(dir, `sift-${size}.png`), omitBackground: true });
    await page.close();
    console.log(`extension/icons/sift-${size}.png`);
  }
} finally {
  await browser.close();
}
