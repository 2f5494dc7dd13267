// Hostile and odd pages against the BUILT extension, in each browser (same harness as suite.mjs): a page of
// 100,000 elements, a mutation storm, a banner re-inserted every frame, shadow DOM, same-origin iframes,
// malformed markup, every script with RTL, emoji and zero-width characters, and a 10 MB element. On each,
// Sift must never throw into the page (www/fixtures/hostile-probe.js records the page's uncaught errors in
// <html data-page-errors>), stay bounded (the page's own timers keep firing, a setTimeout(0) fires within
// 200 ms) and leave the page usable (its button still works). Then: with Sift paused for the site, or with
// every category and every filter list off, the page serialises byte for byte as without the extension; and Sift makes no network
// request of its own (Chromium: Playwright's request events; Firefox: a recording proxy for every request).
//
// makeHarness.bare(url) must give the same browser without the extension (see chromium.test.mjs);
// makeHarness.proxied(url, port, withExtension), where defined, the browser behind a proxy (firefox.test.mjs).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { checkExpected, markedSentences, serialize } from './page-checks.mjs';
import { serve } from '../support/server.mjs';
import { startRecordingProxy } from '../support/proxy.mjs';

const expected = JSON.parse(readFileSync(new URL('../../www/expected.json', import.meta.url), 'utf8'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ready = () => ({ ok: !!document.documentElement.getAttribute('data-sift-ready') });
const LAG_MS = 200;
const FREEZE_MS = 500;

/** The page's own witness (hostile-probe.js). */
const snapshot = () => window.__probe.snapshot();
const resetProbe = () => window.__probe.reset();

function assertNoPageErrors(snap, page) {
  assert.deepEqual(snap.errors, [], `${page}: uncaught errors in the page`);
}

/** The page's timers kept firing over the window since reset: at least 60% of the 50 ms ticks; setTimeout(0)
 * waits over LAG_MS are rare (≤ 2% of the samples: on a loaded 2-core machine one task now and then runs long
 * without the page being stuck), and none is a freeze a reader would feel (FREEZE_MS). */
function assertResponsive(snap, page) {
  const due = Math.floor(snap.ms / 50);
  assert.ok(snap.ticksSinceReset >= due * 0.6, `${page}: page timer ticked ${snap.ticksSinceReset} times of ${due} in ${Math.round(snap.ms)} ms`);
  assert.ok(snap.lagSamples > 0, `${page}: no setTimeout(0) sample`);
  const detail = `longest setTimeout(0) wait ${snap.lagMax} ms, ${snap.lagOver200} of ${snap.lagSamples} over ${LAG_MS} ms`;
  assert.ok(snap.lagOver200 <= Math.max(1, Math.floor(snap.lagSamples * 0.02)), `${page}: waits over ${LAG_MS} ms are not rare: ${detail}`);
  assert.ok(snap.lagMax <= FREEZE_MS, `${page}: the page froze: ${detail}`);
}

/** The page's own button still answers a real click. */
async function assertUsable(tab, page) {
  const before = await tab.run(() => Number(document.documentElement.getAttribute('data-probe-clicked') || 0));
  await tab.click('#probe-button');
  await tab.wait((n) => ({ ok: Number(document.documentElement.getAttribute('data-probe-clicked') || 0) > n }), before, 5000, `${page}: click handled`);
}

function assertExpected(result, page) {
  assert.deepEqual(result.failures, [], `${page}: ${JSON.stringify(result.hidden, null, 1)}`);
}

/** Is the element (found by `css`, optionally inside the same-origin iframe `frame`) rendered? */
function rendered({ css, frame }) {
  const doc = frame ? document.querySelector(frame).contentDocument : document;
  const el = doc && doc.querySelector(css);
  if (!el) return null;
  return el.getClientRects().length > 0 && el.ownerDocument.defaultView.getComputedStyle(el).display !== 'none';
}

const clean = (s) => s.replace(/[\u200b-\u200f\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]/g, '').trim();

/** Where two serialisations part: the differing lines (at most 6), each cut to 200 characters. */
function differences(a, b) {
  const x = a.split('\n');
  const y = b.split('\n');
  const out = [];
  for (let i = 0; i < Math.max(x.length, y.length) && out.length < 6; i++) {
    if (x[i] !== y[i]) out.push(`line ${i + 1}:\n  with Sift:    ${(x[i] ?? '').slice(0, 200)}\n  without Sift: ${(y[i] ?? '').slice(0, 200)}`);
  }
  return out.join('\n');
}

/** Polls `fn(arg)` in the page until it returns `want` or `ms` pass; returns the last value. */
async function settle(tab, fn, arg, want, ms) {
  const t0 = Date.now();
  let v = await tab.run(fn, arg);
  while (v !== want && Date.now() - t0 < ms) {
    await sleep(200);
    v = await tab.run(fn, arg);
  }
  return v;
}

/** The document as served, parsed again: the reference for "Sift changed no text". */
async function servedText(css) {
  const html = await (await fetch(location.href, { cache: 'no-store' })).text();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { served: doc.querySelector(css).textContent, live: document.querySelector(css).textContent };
}

export function hostile(makeHarness) {
  describe(`hostile pages in ${makeHarness.label}`, () => {
    let server;
    let h;
    before(async () => {
      server = await serve(new URL('../../www', import.meta.url).pathname);
      h = await makeHarness(server.url);
    });
    after(async () => {
      if (h) await h.close();
      if (server) await server.close();
    });

    const open = async (path, ms = 10000) => {
      const tab = await h.open(path);
      const t0 = Date.now();
      await tab.wait(ready, null, ms, `Sift ready on ${path}`);
      return { tab, readyMs: Date.now() - t0 };
    };

    test('100,000 elements: scanned, obstacle hidden, article kept, page responsive afterwards', async (t) => {
      const page = 'fixtures/hostile-100k.html';
      const { tab, readyMs } = await open(page, 60000);
      const n = await tab.run(() => Number(document.documentElement.getAttribute('data-generated')));
      assert.ok(n >= 100000, `only ${n} elements generated`);
      const atReady = await tab.run(snapshot);
      t.diagnostic(`ready ${readyMs} ms after navigation; longest timer wait while loading ${atReady.lagMax} ms`);
      await tab.run(resetProbe);
      await sleep(2000);
      const snap = await tab.run(snapshot);
      assertNoPageErrors(snap, page);
      assertResponsive(snap, page);
      assertExpected(await tab.run(checkExpected, expected[page]), page);
      await assertUsable(tab, page);
      await tab.close();
    });

    test('mutation storm (about 3,000 elements a second for 10 s): responsive throughout, late prompt hidden', async (t) => {
      const page = 'fixtures/hostile-storm.html';
      const { tab } = await open(page);
      await tab.run(resetProbe);
      assert.equal(await tab.run(() => window.__storm.start(10000)), true);
      await tab.wait(() => ({ ok: !window.__storm.running && window.__storm.ticks > 0 }), null, 20000, 'storm over');
      const snap = await tab.run(snapshot);
      const storm = await tab.run(() => ({ ticks: window.__storm.ticks, added: window.__storm.added, ms: window.__storm.ms }));
      t.diagnostic(`storm: ${storm.ticks} ticks, ${storm.added} elements added in ${storm.ms} ms; longest setTimeout(0) wait ${snap.lagMax} ms over ${snap.lagSamples} samples`);
      assertNoPageErrors(snap, page);
      stormResult = { snap, storm };
      // The prompt added mid-storm is hidden once the page calms down (an overflowing queue means one rescan when idle).
      assert.equal(await settle(tab, rendered, { css: '#storm-prompt' }, false, 8000), false,
        'the notification prompt added during the storm is still shown');
      assertExpected(await tab.run(checkExpected, expected[page]), page);
      await assertUsable(tab, page);
      await tab.close();
    });

    let stormResult = null;
    test('mutation storm: the page stays responsive (setTimeout(0) waits over 200 ms rare, none over 500 ms, its own timers keep pace)', () => {
      assert.ok(stormResult, 'the storm test did not run');
      assertResponsive(stormResult.snap, 'fixtures/hostile-storm.html');
    });

    test('banner re-inserted every animation frame: kept hidden, no runaway loop, page responsive', async (t) => {
      const page = 'fixtures/hostile-raf.html';
      const { tab } = await open(page);
      await sleep(500);
      await tab.run(() => window.__raf.reset() && window.__probe.reset());
      await sleep(3000);
      const snap = await tab.run(snapshot);
      const raf = await tab.run(() => ({ ...window.__raf, hiddenNow: document.querySelectorAll('[data-sift-hide]').length }));
      t.diagnostic(`in 3 s: ${raf.frames} frames, ${raf.reinserts} re-insertions, banner visible in ${raf.visible} of ${raf.samples} samples; longest setTimeout(0) wait ${snap.lagMax} ms`);
      assertNoPageErrors(snap, page);
      assertResponsive(snap, page);
      assert.ok(raf.frames > 30, `only ${raf.frames} animation frames in 3 s`);
      assert.ok(raf.samples > 30, `the page's 10 ms sampler ran only ${raf.samples} times`);
      assert.ok(raf.visible <= 2, `the banner was visible in ${raf.visible} of ${raf.samples} samples`);
      assert.ok(raf.reinserts <= raf.frames + 1, 'more insertions than frames');
      assertExpected(await tab.run(checkExpected, expected[page]), page);
      await assertUsable(tab, page);
      await tab.close();
    });

    test("banner re-inserted every frame: Sift's own list of hidden elements stays bounded", async (t) => {
      const page = 'fixtures/hostile-raf.html';
      const { tab } = await open(page);
      await sleep(3000);
      const popup = await h.popupFor(tab);
      await popup.wait(() => ({ ok: /\d+ hidden/.test(document.getElementById('summary').textContent) }), null, 8000, 'popup report');
      const summary = await popup.run(() => document.getElementById('summary').textContent);
      const frames = await tab.run(() => window.__raf.frames);
      t.diagnostic(`after ${frames} frames the popup says: ${summary}`);
      const hidden = Number(/(\d+) hidden/.exec(summary)[1]);
      assert.ok(hidden <= 5, `Sift reports ${hidden} hidden elements on a page that shows one banner at a time`);
      await popup.close();
      await tab.close();
    });

    test('shadow DOM: obstacles inside open roots hidden (also when added late), closed roots and text intact', async (t) => {
      const page = 'fixtures/hostile-shadow.html';
      const { tab } = await open(page);
      // Both prompts gone (the late one is added 400 ms after load), or give up after 6 s and let the
      // assertions below say what is still shown: a fixed sleep failed on a loaded machine with a cold worker.
      await tab.wait(() => {
        const root = document.getElementById('shadow-prompt-host').shadowRoot;
        const gone = (id) => { const el = root && root.getElementById(id); return !!el && el.getClientRects().length === 0; };
        return { ok: gone('shadow-prompt') && gone('shadow-late-prompt') };
      }, null, 6000, 'shadow prompts hidden').catch(() => {});
      await sleep(300);
      const snap = await tab.run(snapshot);
      assertNoPageErrors(snap, page);
      const shadow = await tab.run(() => {
        const story = document.getElementById('shadow-story').shadowRoot;
        const prompts = document.getElementById('shadow-prompt-host').shadowRoot;
        const shown = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).display !== 'none';
        return {
          storyTexts: [...story.querySelectorAll('p')].map((p) => p.textContent),
          storyMarks: [...story.querySelectorAll('mark.sift-mark')].map((m) => `${m.getAttribute('data-sift-kind')}: ${m.textContent}`),
          promptShown: shown(prompts.getElementById('shadow-prompt')),
          latePromptShown: shown(prompts.getElementById('shadow-late-prompt')),
          closedIntact: window.__shadow.closed.querySelector('section').textContent.includes('straight to your inbox'),
          slotted: shown(document.querySelector('#slotted-card aside')),
        };
      });
      t.diagnostic(`inside open shadow roots: ${shadow.storyMarks.length} highlight(s)`);
      assert.deepEqual(shadow.storyMarks, ['anon_source: Sources said the board had quietly dropped a planned stop near the stadium.'],
        'the unsupported sentence inside the article\'s open shadow root is marked, and only it');
      assert.ok(!shadow.promptShown, 'the notification prompt inside an open shadow root is still shown');
      assert.ok(!shadow.latePromptShown, 'the prompt added later inside an open shadow root is still shown');
      assert.deepEqual(shadow.storyTexts, [
        'Riders will be able to pay with the same card used on city buses, the project office said.',
        'Sources said the board had quietly dropped a planned stop near the stadium.',
        'The board will publish the final route map in June, its chair said.',
      ]);
      assert.ok(shadow.closedIntact, 'closed shadow root content changed');
      t.diagnostic(`donation ask slotted into a custom element: box ${shadow.slotted ? 'still shown (only its button row is hidden)' : 'hidden'}`);
      assertExpected(await tab.run(checkExpected, expected[page]), page);
      await tab.run(resetProbe);
      await sleep(1000);
      assertResponsive(await tab.run(snapshot), page);
      await assertUsable(tab, page);
      await tab.close();
    });

    test('same-origin iframe: Sift runs in the frame, hides the obstacle there and marks its unsupported sentence', async () => {
      const page = 'fixtures/hostile-iframe.html';
      const { tab } = await open(page);
      await tab.wait(() => {
        const d = document.getElementById('embed').contentDocument;
        return { ok: !!d && !!d.documentElement.getAttribute('data-sift-ready') };
      }, null, 10000, 'Sift ready in the iframe');
      assert.equal(await settle(tab, rendered, { css: '.newsletter-signup', frame: '#embed' }, false, 5000), false,
        'newsletter box in the iframe still shown');
      assert.equal(await tab.run(rendered, { css: '.related-list', frame: '#embed' }), true, 'the related-stories list in the iframe was hidden');
      const frameMarks = await tab.run(() => [...document.getElementById('embed').contentDocument.querySelectorAll('mark.sift-mark')]
        .map((m) => `${m.getAttribute('data-sift-kind')}: ${m.textContent}`));
      assert.deepEqual(frameMarks, ['anon_source: People familiar with the plans said the old mill could be sold to a hotel group before the end of the year.'],
        'the unsupported sentence in the frame is marked with its kind');
      const frameErrors = await tab.run(() => document.getElementById('embed').contentWindow.__probe.snapshot().errors);
      assert.deepEqual(frameErrors, [], 'uncaught errors in the iframe');
      assertNoPageErrors(await tab.run(snapshot), page);
      assertExpected(await tab.run(checkExpected, expected[page]), page);
      await assertUsable(tab, page);
      await tab.close();
    });

    test('malformed markup: obstacles hidden, article kept and highlighted, template untouched', async () => {
      const page = 'fixtures/hostile-malformed.html';
      const { tab } = await open(page);
      await sleep(300);
      assertNoPageErrors(await tab.run(snapshot), page);
      assertExpected(await tab.run(checkExpected, expected[page]), page);
      const tpl = await tab.run(() => document.getElementById('tpl').innerHTML);
      assert.ok(!/sift/.test(tpl), `template content changed: ${tpl}`);
      const text = await tab.run(servedText, '.article-body');
      assert.equal(text.live, text.served, 'the article text changed');
      await assertUsable(tab, page);
      await tab.close();
    });

    let unicodeMarks = null;
    test('every script, RTL, emoji and zero-width characters: each highlight starts at its sentence, with its kind', async () => {
      const page = 'fixtures/hostile-unicode.html';
      const { tab } = await open(page);
      await sleep(300);
      assertNoPageErrors(await tab.run(snapshot), page);
      const marks = await tab.run(markedSentences);
      const got = marks.map((m) => ({ kind: m.kind, text: clean(m.text) }));
      unicodeMarks = got;
      // Each mark starts exactly at its sentence, with the right kind, and there is no other mark.
      const want = expected[page].flagged.map((f) => ({ kind: f.kind, text: f.text }));
      const starts = want.map((w) => {
        const m = got.find((g) => g.text.startsWith(w.text));
        return { kind: m ? m.kind : null, text: m ? m.text.slice(0, w.text.length) : null };
      });
      assert.deepEqual(starts, want, `marks: ${JSON.stringify(got)}`);
      assert.equal(got.length, want.length, `marks: ${JSON.stringify(got)}`);
      const text = await tab.run(servedText, '.article-body');
      assert.equal(text.live, text.served, 'the article text changed');
      assertExpected(await tab.run(checkExpected, expected[page]), page);
      await assertUsable(tab, page);
      await tab.close();
    });

    test('every script: each mark ends where its sentence ends', () => {
      assert.ok(unicodeMarks, 'the unicode test did not run');
      const want = expected['fixtures/hostile-unicode.html'].flagged.map((f) => f.text).sort();
      assert.deepEqual(unicodeMarks.map((m) => m.text).sort(), want);
    });

    test('an element whose text is 10 MB: scanned, obstacle hidden, page responsive and usable', async (t) => {
      const page = 'fixtures/hostile-huge.html';
      const { tab, readyMs } = await open(page, 60000);
      const len = await tab.run(() => document.getElementById('transcript').textContent.length);
      assert.equal(len, 10 * 1024 * 1024, 'the 10 MB paragraph changed length');
      const atReady = await tab.run(snapshot);
      t.diagnostic(`ready ${readyMs} ms after navigation; longest timer wait while loading ${atReady.lagMax} ms`);
      await tab.run(resetProbe);
      await sleep(2000);
      const snap = await tab.run(snapshot);
      assertNoPageErrors(snap, page);
      assertResponsive(snap, page);
      assertExpected(await tab.run(checkExpected, expected[page]), page);
      await assertUsable(tab, page);
      await tab.close();
    });

    describe('disabled means untouched: the DOM serialises as without the extension', () => {
      const pages = ['demo/article.html', 'fixtures/hostile-malformed.html', 'fixtures/hostile-unicode.html'];
      const SETTLE_MS = 1500;
      const bare = new Map();
      before(async () => {
        const b = await makeHarness.bare(server.url);
        try {
          for (const p of pages) {
            const tab = await b.open(p);
            await sleep(SETTLE_MS);
            bare.set(p, await tab.run(serialize));
            await tab.close();
          }
        } finally {
          await b.close();
        }
      });

      /** Writes (or with null, removes) the stored settings from Sift's options page. */
      async function writeSettings(settings) {
        // Firefox loads an extension page slowly under load (8 s was not always enough on a busy CI machine).
        const popup = await h.optionsPage();
        await popup.wait(() => ({ ok: location.pathname.endsWith('/popup/options.html') && !!document.getElementById('json'), at: location.pathname }), null, 15000, 'options page');
        await popup.run(async (s) => {
          const api = globalThis.browser ?? globalThis.chrome;
          if (s === null) await api.storage.sync.remove('settings');
          else await api.storage.sync.set({ settings: s });
          return true;
        }, settings);
        await popup.close();
      }

      after(async () => {
        if (h) await writeSettings(null);
      });

      test('paused for the site', async () => {
        await writeSettings({ version: 1, categories: {}, rules: {}, paused: ['127.0.0.1'] });
        for (const p of pages) {
          const tab = await h.open(p);
          await sleep(SETTLE_MS);
          const html = await tab.run(serialize);
          await tab.close();
          assert.ok(html === bare.get(p), `${p}: paused, the page differs from a run without Sift:\n${differences(html, bare.get(p))}`);
        }
      });

      test('every category and every filter list off', async () => {
        const categories = Object.fromEntries(['donation', 'notification', 'login', 'newsletter', 'comments', 'cookie', 'paywall', 'claims'].map((c) => [c, false]));
        // The build's filter lists run on their own switches: with one on, Sift is not idle.
        const meta = new URL('../../dist/chrome/lists/meta.json', import.meta.url);
        const lists = existsSync(meta) ? Object.fromEntries(JSON.parse(readFileSync(meta, 'utf8')).lists.map((l) => [l.id, false])) : {};
        await writeSettings({ version: 1, categories, rules: {}, paused: [], lists });
        for (const p of pages) {
          const tab = await h.open(p);
          await tab.wait(ready, null, 10000, `Sift ready on ${p}`).catch(() => {});
          await sleep(SETTLE_MS);
          const html = await tab.run(serialize);
          await tab.close();
          assert.ok(html === bare.get(p), `${p}: all categories and lists off, the page differs from a run without Sift:\n${differences(html, bare.get(p))}`);
        }
      });
    });

    test('no network request of its own (requests during the demo load, with and without Sift)', async (t) => {
      if (makeHarness.proxied) {
        // Firefox: both runs send every request through a recording proxy; Sift's own files are
        // moz-extension:// loads, which never reach the network.
        const load = async (withSift) => {
          const proxy = await startRecordingProxy();
          const f = await makeHarness.proxied(server.url, proxy.port, withSift);
          try {
            const tab = await f.open('demo/article.html');
            if (withSift) await tab.wait(ready, null, 10000, 'Sift ready');
            await sleep(1500);
            return [...proxy.requests];
          } finally {
            await f.close();
            await proxy.close();
          }
        };
        const withSift = await load(true);
        const without = await load(false);
        const browserOwn = [...new Set(without.filter((u) => !u.startsWith(server.url)))];
        t.diagnostic(`with Sift: ${withSift.length} requests through the proxy; without: ${without.length} (the browser's own, in both runs: ${browserOwn.join(', ') || 'none'})`);
        assert.ok(without.some((u) => u.includes('/demo/article.html')), 'the proxy did not see the page load');
        // Firefox's own services (remote settings) call out in both runs: only what Sift ADDS counts.
        const extra = withSift.filter((u) => !without.includes(u));
        assert.deepEqual(extra, [], 'Sift added requests');
        return;
      }
      const load = async (harness, withSift) => {
        const anchor = await harness.open('fixtures/clean.html');
        const requests = [];
        const listen = (r) => requests.push(r.url());
        const context = anchor.page.context();
        context.on('request', listen);
        const tab = await harness.open('demo/article.html');
        if (withSift) await tab.wait(ready, null, 10000, 'Sift ready');
        await sleep(1500);
        context.off('request', listen);
        await tab.close();
        await anchor.close();
        return requests;
      };
      const withSift = await load(h, true);
      const b = await makeHarness.bare(server.url);
      let without;
      try {
        without = await load(b, false);
      } finally {
        await b.close();
      }
      const own = withSift.filter((u) => u.startsWith('chrome-extension://'));
      const rest = withSift.filter((u) => !u.startsWith('chrome-extension://'));
      t.diagnostic(`with Sift: ${withSift.length} requests (${own.length} to its own chrome-extension:// files); without: ${without.length}`);
      // The favicon may be fetched in one run and not in the other: only requests Sift ADDS count.
      const extra = rest.filter((u) => !without.includes(u));
      assert.deepEqual(extra, [], 'Sift added requests beyond its own files');
      assert.ok(rest.every((u) => u.startsWith(server.url)), `a request left the test server: ${rest.join(', ')}`);
    });
  });
}
