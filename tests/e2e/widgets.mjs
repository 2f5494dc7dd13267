// Real widgets against the BUILT extension, in each browser (same harness as suite.mjs): the six article pages of
// www/fixtures/widgets/ (English, German, French, Spanish, Italian, Brazilian Portuguese), whose widgets (push
// opt-ins and bells, reader-revenue epics, strips and banners, donation forms and buttons, tip buttons, sign-in
// and registration walls, one-tap sign-in, comment platforms, newsletter pop-ups and sign-up portals, consent
// platforms, paywalls) are injected after load, some in open shadow roots, some in same-origin or srcdoc frames.
// Every widget must be gone from the reader's view and nothing of the article may be; the four clean pages
// (articles ABOUT donations, notifications, newsletters, cookies, comments and paywalls, with the same site
// chrome) must keep every text. Per-category counts are printed as test diagnostics. The build's filter lists are
// switched off for these pages: what is measured is the detector alone, wording and structure, with no vendor's
// selector.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { lostText, widgetReport } from './widget-checks.mjs';
import { serve } from '../support/server.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ready = () => ({ ok: !!document.documentElement.getAttribute('data-sift-ready') });
const PAGES = ['en', 'de', 'fr', 'es', 'it', 'pt'];
const CLEAN = ['clean-en', 'clean-de', 'clean-es', 'clean-it'];
const CATEGORIES = ['donation', 'notification', 'login', 'newsletter', 'comments', 'cookie', 'paywall'];

/** Every widget mounted and every frame's document drawn. */
function allIn() {
  const m = /^(\d+)\/(\d+)$/.exec(document.documentElement.getAttribute('data-fixture-mounted') || '');
  if (!m || m[1] !== m[2]) return { ok: false, mounted: m && m[0] };
  const frames = [...document.querySelectorAll('iframe[data-fixture-frame]')];
  const drawn = frames.every((f) => {
    try {
      return !!f.contentDocument && !!f.contentDocument.querySelector('[data-fixture-expect]');
    } catch {
      return false;
    }
  });
  return { ok: drawn, frames: frames.length };
}

/** Waits until what Sift hid stops changing (late widgets take two round trips to the engine). */
async function settle(tab) {
  const count = () => {
    let n = document.querySelectorAll('[data-sift-hide]').length;
    for (const f of document.querySelectorAll('iframe')) {
      try {
        n += f.contentDocument ? f.contentDocument.querySelectorAll('[data-sift-hide]').length : 0;
      } catch { /* another origin */ }
    }
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) n += el.shadowRoot.querySelectorAll('[data-sift-hide]').length;
    return n;
  };
  let last = -1;
  let stableSince = Date.now();
  const t0 = Date.now();
  while (Date.now() - t0 < 15000) {
    const n = await tab.run(count);
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (Date.now() - stableSince > 1500) {
      return;
    }
    await sleep(250);
  }
}

/** Writes (or with null, removes) the stored settings from Sift's options page. */
async function writeSettings(h, settings) {
  const page = await h.optionsPage();
  await page.wait(() => ({ ok: location.pathname.endsWith('/popup/options.html') && !!document.getElementById('json') }), null, 15000, 'options page');
  await page.run(async (s) => {
    const api = globalThis.browser ?? globalThis.chrome;
    if (s === null) await api.storage.sync.remove('settings');
    else await api.storage.sync.set({ settings: s });
    return true;
  }, settings);
  await page.close();
}

export function widgetFixtures(makeHarness) {
  describe(`real widgets in ${makeHarness.label}`, () => {
    let server;
    let h;
    before(async () => {
      server = await serve(new URL('../../www', import.meta.url).pathname);
      h = await makeHarness(server.url);
      const meta = new URL('../../dist/chrome/lists/meta.json', import.meta.url);
      const lists = existsSync(meta) ? Object.fromEntries(JSON.parse(readFileSync(meta, 'utf8')).lists.map((l) => [l.id, false])) : {};
      await writeSettings(h, { version: 1, categories: {}, rules: {}, paused: [], lists });
    });
    after(async () => {
      if (h) await writeSettings(h, null);
      if (h) await h.close();
      if (server) await server.close();
    });

    test('widget pages in six languages: every widget hidden, the article whole', async (t) => {
      const all = [];
      const lost = [];
      for (const page of PAGES) {
        const tab = await h.open(`fixtures/widgets/${page}.html`);
        await tab.wait(ready, null, 15000, `Sift ready on ${page}`);
        await tab.wait(allIn, null, 15000, `all widgets of ${page} in`);
        await settle(tab);
        const report = await tab.run(widgetReport);
        const text = await tab.run(lostText);
        await tab.close();
        for (const w of report.widgets) all.push({ ...w, page });
        if (text.lostArticle.length) lost.push(`${page}: ${text.lostArticle.join(' | ')}`);
        assert.ok(text.articleParagraphs >= 8, `${page}: article found (${text.articleParagraphs} parts)`);
      }
      for (const c of CATEGORIES) {
        const of = all.filter((w) => w.category === c);
        t.diagnostic(`${c}: ${of.filter((w) => w.hidden).length} of ${of.length} hidden`);
      }
      const hidden = all.filter((w) => w.hidden);
      t.diagnostic(`all: ${hidden.length} of ${all.length} hidden (${all.filter((w) => w.frameHidden).length} frames hidden as a whole)`);
      const misfiled = hidden.filter((w) => w.sift && w.sift.category !== w.category);
      for (const w of misfiled) t.diagnostic(`hidden as ${w.sift.category}, expected ${w.category}: ${w.id}`);
      const missed = all.filter((w) => !w.hidden);
      for (const w of missed) t.diagnostic(`missed (${w.category}, ${w.where}): ${w.id}${w.sift ? ` — part hidden: ${w.sift.reason}` : ''}`);
      assert.ok(all.length >= 50, `only ${all.length} widgets found`);
      assert.deepEqual(lost, [], 'article text hidden');
      assert.deepEqual(missed.map((w) => w.id), [], 'widgets still visible');
    });

    test('clean look-alike pages keep every text', async (t) => {
      for (const page of CLEAN) {
        const tab = await h.open(`fixtures/widgets/${page}.html`);
        await tab.wait(ready, null, 15000, `Sift ready on ${page}`);
        await sleep(1000);
        const text = await tab.run(lostText);
        await tab.close();
        t.diagnostic(`${page}: ${text.textHolders} texts, ${text.lostPage.length} hidden`);
        assert.ok(text.articleParagraphs >= 7, `${page}: article found`);
        assert.deepEqual(text.lostPage, [], `${page}: text hidden`);
        assert.equal(text.hiddenBySift, 0, `${page}: Sift hid something`);
      }
    });
  });
}
