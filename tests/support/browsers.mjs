// Launching the real browsers with the BUILT extension installed: Chromium through playwright-core (the
// extension loaded unpacked), Firefox through geckodriver (installed as a temporary add-on). Both run
// headless and offline: the flags below stop Chromium's own background traffic.

import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.SIFT_CHROMIUM || '/usr/bin/chromium';
export const FIREFOX = process.env.SIFT_FIREFOX || '/usr/bin/firefox-esr';
export const GECKO_ID = 'sift@sift-reader.org';
// A fixed internal UUID so tests can open moz-extension://<uuid>/popup/popup.html.
export const FIREFOX_UUID = '5f1c2b7e-3d4a-4c6b-9e8f-0a1b2c3d4e5f';

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps',
];

/** The built extension for `browser` in `root` (`dist`, or a test build such as out/dist-lists-test). */
export function distDir(browser, root = 'dist') {
  const dir = resolve(root, browser);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run \`make build\` first`);
  return dir;
}

/** Chromium with the extension (or without, when `ext` is null). Returns {context, extensionId, close}. */
export async function launchChromium(ext, { viewport = { width: 1280, height: 900 } } = {}) {
  const userDir = mkdtempSync(join(tmpdir(), 'sift-chromium-'));
  const args = [...CHROMIUM_ARGS];
  if (ext) args.push(`--load-extension=${ext}`, `--disable-extensions-except=${ext}`);
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM, headless: false, args, viewport,
  });
  await context.route((url) => !/^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:)/.test(url.href), (r) => r.abort());
  let extensionId = null;
  if (ext) {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(userDir, { recursive: true, force: true });
    },
  };
}

/** Firefox (geckodriver) with the extension installed as a temporary add-on. Returns {driver, close}.
 * With `proxyPort`, every request (127.0.0.1 included) goes through that proxy, for counting them. */
export async function launchFirefox(extZip, { width = 1280, height = 900, proxyPort = null } = {}) {
  const { Builder } = await import('selenium-webdriver');
  const firefox = await import('selenium-webdriver/firefox.js');
  const gecko = process.env.SIFT_GECKODRIVER || join(process.env.HOME || '/root', '.cargo/bin/geckodriver');
  if (!existsSync(gecko)) throw new Error(`geckodriver not found at ${gecko}: run \`make setup\``);
  const options = new firefox.Options()
    .setBinary(FIREFOX)
    .addArguments('-headless', `--width=${width}`, `--height=${height}`)
    .setPreference('extensions.webextensions.uuids', JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }))
    // Offline: everything but 127.0.0.1 goes to a closed local port, and Firefox's own services stay quiet.
    .setPreference('network.proxy.type', 1)
    .setPreference('network.proxy.http', '127.0.0.1')
    .setPreference('network.proxy.http_port', proxyPort || 9)
    .setPreference('network.proxy.ssl', '127.0.0.1')
    .setPreference('network.proxy.ssl_port', proxyPort || 9)
    .setPreference('network.proxy.no_proxies_on', proxyPort ? '' : '127.0.0.1,localhost')
    .setPreference('network.proxy.allow_hijacking_localhost', !!proxyPort)
    .setPreference('app.update.enabled', false)
    .setPreference('browser.safebrowsing.malware.enabled', false)
    .setPreference('browser.safebrowsing.phishing.enabled', false)
    .setPreference('datareporting.policy.dataSubmissionEnabled', false)
    .setPreference('toolkit.telemetry.enabled', false)
    .setPreference('extensions.getAddons.cache.enabled', false)
    .setPreference('browser.newtabpage.enabled', false)
    // Temporary add-ons get their host permissions without a prompt; make sure MV3 ones do too.
    .setPreference('extensions.originControls.grantByDefault', true);
  const driver = await new Builder()
    .forBrowser('firefox')
    .setFirefoxOptions(options)
    .setFirefoxService(new firefox.ServiceBuilder(gecko).addArguments('--allow-system-access'))
    .build();
  if (extZip) await driver.installAddon(extZip, true);
  return { driver, close: () => driver.quit().catch(() => {}) };
}
