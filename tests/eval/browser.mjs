// Chromium (Debian's /usr/bin/chromium) via playwright-core, offline: every request not to 127.0.0.1 is aborted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.SIFT_CHROMIUM || '/usr/bin/chromium';
export const VIEWPORT = { width: 1280, height: 900 };
export const PAGE_TIMEOUT_MS = 20_000;
export const SETTLE_MS = 1_500;
export const READY_MS = 5_000;

const BASE_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps',
  '--disable-features=Translate,MediaRouter,OptimizationHints', '--hide-scrollbars', '--mute-audio'];

function isLocal(url) {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'ws:' && u.protocol !== 'wss:') return true;
    // https://127.0.0.1 goes through the route below (served from the http server)
    return u.hostname === '127.0.0.1' && (u.protocol === 'http:' || u.protocol === 'ws:');
  } catch { return false; }
}

/**
 * A persistent context (its own temp profile). `extDir` loads an unpacked extension.
 * Returns { context, extensionId, close() }.
 */
export async function launch({ extDir = null, bypassCSP = false } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-eval-'));
  const args = [...BASE_ARGS];
  if (extDir) args.push(`--load-extension=${extDir}`, `--disable-extensions-except=${extDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM, headless: false, args, viewport: VIEWPORT, bypassCSP,
    serviceWorkers: extDir ? 'allow' : 'block', acceptDownloads: false,
    // playwright adds --disable-extensions by default; it must not when an extension is loaded
    ignoreDefaultArgs: extDir ? ['--disable-extensions', '--disable-component-extensions-with-background-pages'] : [],
  });
  let blocked = 0;
  await context.route((url) => !isLocal(url.href), async (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'https:' && u.hostname === '127.0.0.1') {
      // pages that upgrade themselves to https (`if (location.protocol != "https:") location = …`) get the same
      // file, answered by the local http server
      u.protocol = 'http:';
      try { return await route.fulfill({ response: await route.fetch({ url: u.href }) }); } catch { return route.abort().catch(() => {}); }
    }
    blocked++;
    // a navigation away (script redirect, meta refresh) answered with 204 leaves the saved page in place, where
    // an abort would replace it with Chromium's error page
    if (route.request().isNavigationRequest()) return route.fulfill({ status: 204, body: '' });
    return route.abort('blockedbyclient');
  });
  context.on('page', (p) => p.on('dialog', (d) => d.dismiss().catch(() => {})));
  let extensionId = null;
  if (extDir) {
    let [sw] = context.serviceWorkers();
    if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 3000 }).catch(() => null);
    if (sw) extensionId = new URL(sw.url()).host;
  }
  return {
    context, extensionId, blockedCount: () => blocked,
    close: async () => { await context.close().catch(() => {}); fs.rmSync(userDataDir, { recursive: true, force: true }); },
  };
}

export function sleep(ms) { return new Promise((ok) => setTimeout(ok, ms)); }

/**
 * Open `url` in a fresh tab, wait for load, then settle: at least SETTLE_MS after load and, if `waitReady`, until
 * <html data-sift-ready> (up to READY_MS). Returns { page, loadMs, ready, readyMs }.
 */
export async function openSettled(context, url, { waitReady = false } = {}) {
  const page = await context.newPage();
  page.on('popup', (p) => p.close().catch(() => {}));
  const t0 = performance.now();
  try {
    // 'commit' then readyState: a page that tries to navigate away during load (the 204 above) never gives
    // Playwright its 'load' for the navigation it tracks, but its document does complete
    await page.goto(url, { waitUntil: 'commit', timeout: PAGE_TIMEOUT_MS });
    await page.waitForFunction(() => document.readyState === 'complete', null, { timeout: PAGE_TIMEOUT_MS, polling: 20 });
  } catch (e) {
    await page.close().catch(() => {});
    throw e;
  }
  const loadMs = performance.now() - t0;
  let ready = null; let readyMs = null;
  if (waitReady) {
    ready = await page.waitForFunction(() => document.documentElement.hasAttribute('data-sift-ready'), null,
      { timeout: READY_MS, polling: 25 }).then(() => true, () => false);
    if (ready) readyMs = performance.now() - t0;
  }
  const since = performance.now() - t0 - loadMs;
  if (since < SETTLE_MS) await sleep(SETTLE_MS - since);
  // a page that navigated itself during the settle time (e.g. an http→https upgrade) must be complete again
  await page.waitForFunction(() => document.readyState === 'complete', null, { timeout: PAGE_TIMEOUT_MS, polling: 20 });
  return { page, loadMs, ready, readyMs };
}

/**
 * Answers the page at its original address `origUrl` with the corpus file from the local server (`localUrl`),
 * until the returned function is called. Matched without the scheme: Chromium upgrades an http navigation to
 * https first.
 */
export async function servedAs(context, origUrl, localUrl) {
  const key = (u) => `${u.host}${u.pathname}${u.search}`;
  const target = key(new URL(origUrl));
  const match = (u) => (u.protocol === 'http:' || u.protocol === 'https:') && key(u) === target;
  const handler = async (route) => {
    try { await route.fulfill({ response: await route.fetch({ url: localUrl }) }); } catch { await route.abort().catch(() => {}); }
  };
  await context.route(match, handler);
  return () => context.unroute(match, handler).catch(() => {});
}

/** Run `fn` with a hard deadline; rejects with a timeout error. */
export function withDeadline(ms, label, fn) {
  let timer;
  return Promise.race([
    fn(),
    new Promise((_, ko) => { timer = setTimeout(() => ko(new Error(`timeout after ${ms / 1000} s (${label})`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}
