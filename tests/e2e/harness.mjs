// One small interface over both browsers, so every end-to-end check is written once and run in Chromium
// (playwright-core, extension loaded unpacked) and in Firefox (geckodriver, temporary add-on):
//   open(path or absolute URL) -> tab;  tab.run(fn, arg);  tab.click(css);  tab.wait(fn, arg, ms);  popupFor(tab) -> tab;
//   optionsPage() -> tab (the options page opened directly, as from the add-ons manager)
//   and, for the popup and picker checks, real input and pictures: tab.mouseMove(x, y), tab.mouseClick(x, y),
//   tab.press(key) (DOM key names), tab.setViewport(w, h), tab.colorScheme('light' | 'dark'), tab.screenshot(path)

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIREFOX_UUID, distDir, launchChromium, launchFirefox } from '../support/browsers.mjs';

/** Runs in an extension page: the id of the tab showing `url`, asked of Sift's content scripts (the extension
 * has no "tabs" permission, so tab URLs are not visible to it). */
async function findTab(url) {
  const api = globalThis.browser ?? globalThis.chrome;
  for (const t of await api.tabs.query({})) {
    const report = await api.tabs.sendMessage(t.id, { type: 'sift:report' }).catch(() => null);
    if (report && report.url === url) return t.id;
  }
  throw new Error(`no tab shows ${url}`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(tab, fn, arg, ms, what) {
  const t0 = Date.now();
  let last;
  while (Date.now() - t0 < ms) {
    last = await tab.run(fn, arg).catch((e) => e);
    if (last === true || (last && last.ok === true)) return last;
    await sleep(100);
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what || fn.name}: last ${JSON.stringify(last)}`);
}

export async function chromiumHarness(baseUrl, { extension = true, dist = 'dist' } = {}) {
  const b = await launchChromium(extension ? distDir('chrome', dist) : null);
  const wrap = (page) => {
    const tab = {
      page,
      run: (fn, arg) => page.evaluate(fn, arg),
      click: (css) => page.click(css),
      wait: (fn, arg, ms = 8000, what) => waitFor(tab, fn, arg, ms, what),
      url: () => page.url(),
      close: () => page.close(),
      mouseMove: async (x, y) => { await page.bringToFront(); await page.mouse.move(x, y); },
      mouseClick: async (x, y) => { await page.bringToFront(); await page.mouse.click(x, y); },
      press: async (key) => { await page.bringToFront(); await page.keyboard.press(key); },
      setViewport: (width, height) => page.setViewportSize({ width, height }),
      colorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
      screenshot: (path) => page.screenshot({ path }),
    };
    return tab;
  };
  return {
    name: 'chromium',
    async open(path) {
      const page = await b.context.newPage();
      await page.goto(/^https?:/.test(path) ? path : `${baseUrl}/${path}`);
      return wrap(page);
    },
    async popupFor(tab) {
      const page = await b.context.newPage();
      await page.goto(`chrome-extension://${b.extensionId}/popup/popup.html`);
      const id = await page.evaluate(findTab, tab.url());
      await page.goto(`chrome-extension://${b.extensionId}/popup/popup.html?tab=${id}`);
      return wrap(page);
    },
    async optionsPage() {
      const page = await b.context.newPage();
      await page.goto(`chrome-extension://${b.extensionId}/popup/options.html`);
      return wrap(page);
    },
    close: () => b.close(),
  };
}

export async function firefoxHarness(baseUrl, { extension = true, proxyPort = null, dist = 'dist' } = {}) {
  const zip = extension ? resolve(distDir('firefox', dist), '..', 'sift-firefox.zip') : null;
  const f = await launchFirefox(zip, { proxyPort });
  const { driver } = f;
  let first = await driver.getWindowHandle();
  let firstUsed = false;
  const wrap = (handle, urlOf) => {
    const on = async () => {
      if ((await driver.getWindowHandle()) !== handle) await driver.switchTo().window(handle);
    };
    const tab = {
      handle,
      async run(fn, arg) {
        await on();
        return driver.executeScript(`return (${fn.toString()})(arguments[0]);`, arg);
      },
      async click(css) {
        await on();
        const { By } = await import('selenium-webdriver');
        // The popup re-renders its lists when a report arrives: an element found a moment before the click
        // may be replaced by its new copy (WebDriver's stale reference), so it is found again.
        for (let attempt = 1; ; attempt++) {
          try {
            await driver.findElement(By.css(css)).click();
            return;
          } catch (e) {
            if (!e || e.name !== 'StaleElementReferenceError' || attempt >= 5) throw e;
            await sleep(50);
          }
        }
      },
      wait: (fn, arg, ms = 8000, what) => waitFor(tab, fn, arg, ms, what),
      url: urlOf,
      async mouseMove(x, y) {
        await on();
        await driver.actions({ async: true }).move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' }).perform();
      },
      async mouseClick(x, y) {
        await on();
        await driver.actions({ async: true }).move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' }).click().perform();
      },
      async press(key) {
        await on();
        const { Key } = await import('selenium-webdriver');
        const keys = { ArrowUp: Key.ARROW_UP, ArrowDown: Key.ARROW_DOWN, Enter: Key.ENTER, Escape: Key.ESCAPE, Tab: Key.TAB, Space: Key.SPACE };
        await driver.actions({ async: true }).sendKeys(keys[key] ?? key).perform();
      },
      async setViewport(width, height) {
        await on();
        // Firefox keeps a window at least 500 px wide: the window is made large enough and the tab's own
        // content area (its <browser> element in the browser chrome) is sized to the viewport asked for.
        const [iw, ih, ow, oh] = await driver.executeScript('return [window.innerWidth, window.innerHeight, window.outerWidth, window.outerHeight];');
        await driver.manage().window().setRect({ width: Math.max(ow + width - iw, 520 + ow - iw), height: oh + height - ih });
        await driver.setContext('chrome');
        await driver.executeScript(`const b = gBrowser.selectedBrowser;
          b.style.setProperty('max-width', arguments[0] + 'px'); b.style.setProperty('max-height', arguments[1] + 'px');`, width, height);
        await driver.setContext('content');
      },
      async colorScheme(scheme) {
        // Firefox's content colour-scheme override: 0 dark, 1 light (extension pages follow it too).
        await driver.setContext('chrome');
        await driver.executeScript(`Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1});`);
        await driver.setContext('content');
      },
      async screenshot(path) {
        await on();
        writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
      },
      async close() {
        await on();
        const handles = await driver.getAllWindowHandles();
        if (handles.length <= 1) {
          // Closing the last window would end the WebDriver session: blank it and reuse it instead.
          await driver.get('about:blank');
          first = handle;
          firstUsed = false;
          return;
        }
        await driver.close();
        first = handles.find((x) => x !== handle);
        await driver.switchTo().window(first);
      },
    };
    return tab;
  };
  const newTab = async (url) => {
    if (!firstUsed) {
      firstUsed = true;
      await driver.switchTo().window(first);
    } else {
      await driver.switchTo().newWindow('tab');
    }
    await driver.get(url);
    return driver.getWindowHandle();
  };
  // WebDriver may not navigate a content tab to an extension page; the browser chrome may open one.
  const openPrivileged = async (url) => {
    const before = await driver.getAllWindowHandles();
    await driver.setContext('chrome');
    await driver.executeScript(`gBrowser.selectedTab = gBrowser.addTab(arguments[0],
      { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`, url);
    await driver.setContext('content');
    let handle;
    for (let i = 0; i < 50 && !handle; i++) {
      handle = (await driver.getAllWindowHandles()).find((x) => !before.includes(x));
      if (!handle) await sleep(100);
    }
    await driver.switchTo().window(handle);
    return handle;
  };
  return {
    name: 'firefox',
    async open(path) {
      const url = /^https?:/.test(path) ? path : `${baseUrl}/${path}`;
      return wrap(await newTab(url), () => url);
    },
    async popupFor(tab) {
      const popupUrl = `moz-extension://${FIREFOX_UUID}/popup/popup.html`;
      await openPrivileged(popupUrl);
      await sleep(300);
      const id = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
        (${findTab.toString()})(arguments[0]).then(done, (e) => done(String(e)));`, tab.url());
      await driver.close();
      await driver.switchTo().window(first);
      const handle = await openPrivileged(`${popupUrl}?tab=${id}`);
      return wrap(handle, () => popupUrl);
    },
    async optionsPage() {
      const url = `moz-extension://${FIREFOX_UUID}/popup/options.html`;
      return wrap(await openPrivileged(url), () => url);
    },
    close: () => f.close(),
  };
}
