// The two browsers of a benchmark run: the same Chromium, same flags and same offline routing, one with the
// BUILT extension loaded and one without, so that a with/without difference is the extension's alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browsers.mjs';

export const VIEWPORT = { width: 1280, height: 900 };

function isLocal(href) {
  try {
    const u = new URL(href);
    if (!/^(https?|wss?):$/.test(u.protocol)) return true; // data:, blob:, chrome-extension:, about:
    return u.hostname === '127.0.0.1' && (u.protocol === 'http:' || u.protocol === 'ws:');
  } catch { return false; }
}

/** Chromium with `extDir` loaded (or none). Returns { context, extensionId, close() }. */
export async function launch(extDir = null) {
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-bench-'));
  const args = [...CHROMIUM_ARGS, '--hide-scrollbars', '--mute-audio',
    '--disable-features=Translate,MediaRouter,OptimizationHints'];
  if (extDir) args.push(`--load-extension=${extDir}`, `--disable-extensions-except=${extDir}`);
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM, headless: false, args, viewport: VIEWPORT,
    // identical defaults in both browsers: only --load-extension differs
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
  });
  await context.route((url) => !isLocal(url.href), async (route) => {
    const req = route.request();
    const u = new URL(req.url());
    if (u.protocol === 'https:' && u.hostname === '127.0.0.1') {
      u.protocol = 'http:'; // saved pages that upgrade themselves get the same file over http
      try { return await route.fulfill({ response: await route.fetch({ url: u.href }) }); } catch { return route.abort().catch(() => {}); }
    }
    // a navigation away answered with 204 leaves the saved page in place
    if (req.isNavigationRequest()) return route.fulfill({ status: 204, body: '' }).catch(() => {});
    return route.abort('blockedbyclient').catch(() => {});
  });
  context.on('page', (p) => p.on('dialog', (d) => d.dismiss().catch(() => {})));
  let extensionId = null;
  if (extDir) {
    let [sw] = context.serviceWorkers();
    if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15000 });
    extensionId = new URL(sw.url()).host;
  }
  return {
    context, extensionId,
    close: async () => { await context.close().catch(() => {}); fs.rmSync(userDir, { recursive: true, force: true }); },
  };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Resolve with fn() or reject after ms. */
export function withDeadline(ms, label, fn) {
  let timer;
  return Promise.race([fn(), new Promise((_, ko) => { timer = setTimeout(() => ko(new Error(`timeout after ${ms} ms (${label})`)), ms); })])
    .finally(() => clearTimeout(timer));
}

/** Performance.getMetrics as a plain object. */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}
