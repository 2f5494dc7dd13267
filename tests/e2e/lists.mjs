// Filter lists beside the detector, end to end in each browser, with a test build whose lists are the two
// small ones in tests/lists/fixture (written for these tests; the real lists in ../shared are never needed):
// a host rule hides its box before the first paint, a generic rule with no class or id comes with it, a
// generic rule keyed by a class comes with the survey, a procedural :has-text():upward() rule hides a card's
// frame, a host exception and another host's rule leave their boxes alone; the popup tells each list hide with
// its rule and list, Show brings one back, a list's switch takes its rules off the page and back on live, and
// the box both the detector and a list hide is told once, the detector's reason first. A build without lists
// runs as before and its popup says it has none.
//
// The test builds are `node scripts/build-extension.mjs --lists tests/lists/fixture --out out/dist-lists-test`
// (`make test-e2e` makes it) and `… --no-lists --out out/dist-nolists`; this file makes each when it is missing
// or older than dist/, the fixture lists or extension/.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { serve } from '../support/server.mjs';

export const LISTS_DIST = 'out/dist-lists-test';
const NO_LISTS_DIST = 'out/dist-nolists';
const FIXTURE = 'tests/lists/fixture';
const NAGS = 'Sift test list – Ledger nags';
const EXTRAS = 'Sift test list – Ledger extras';
const ready = () => ({ ok: !!document.documentElement.getAttribute('data-sift-ready') });
const clearSettings = () => (globalThis.browser ?? globalThis.chrome).storage.sync.remove('settings').then(() => true);

/** Builds a test extension into `dist` unless it is newer than the main build, the fixture lists and extension/. */
export function ensureBuild(dist, args) {
  const manifest = resolve(dist, 'chrome/manifest.json');
  const newest = (dir) => Math.max(...readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile()).map((e) => statSync(resolve(e.parentPath ?? e.path, e.name)).mtimeMs));
  const inputs = Math.max(statSync('dist/chrome/manifest.json').mtimeMs, newest(FIXTURE), newest('extension'));
  if (existsSync(manifest) && statSync(manifest).mtimeMs > inputs) return;
  execFileSync(process.execPath, ['scripts/build-extension.mjs', ...args, '--out', dist], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Runs in the page: how each box of the fixture is shown, and what the lists' stylesheets hold. */
function boxes() {
  const shown = (css) => {
    const el = document.querySelector(css);
    return el ? getComputedStyle(el).display !== 'none' : null;
  };
  const sheet = (name) => (document.querySelector(`style[data-sift="${name}"]`) || { textContent: '' }).textContent;
  return {
    hostBanner: shown('.ledger-host-banner'), nag: shown('[data-ledger-nag]'), strip: shown('.ledger-generic-strip'),
    cardFrame: shown('#card-frame'), tipJar: shown('.ledger-tip-jar'), give: shown('.ledger-give'), kept: shown('.ledger-kept'),
    lead: shown('.ledger-lead'), body: shown('.story > p:last-of-type'),
    early: sheet('lists'), generic: sheet('lists-generic'), overflow: getComputedStyle(document.documentElement).overflow,
    coreHidGive: !!document.querySelector('.ledger-give[data-sift-hide], .ledger-give [data-sift-hide]'),
  };
}

/** Runs in the popup: every hidden item with its category, reasons and Show button. */
function popupItems() {
  return [...document.querySelectorAll('.item[data-category]')].map((li) => ({
    category: li.getAttribute('data-category'),
    text: li.querySelector('.item-text').textContent,
    reasons: [...li.querySelectorAll('.reason')].map((r) => r.textContent),
    reveal: li.querySelector('[data-reveal]').getAttribute('data-reveal'),
  }));
}

export function filterLists(makeHarness) {
  describe(`filter lists in ${makeHarness.label}`, () => {
    let server;
    let h;
    before(async () => {
      ensureBuild(LISTS_DIST, ['--lists', FIXTURE]);
      server = await serve(new URL('../../www', import.meta.url).pathname);
      h = await makeHarness(server.url, LISTS_DIST);
      // The browser has just started its worker, which is still compiling the engine. A reader's pages come
      // after that start; the first-paint check is about those, so one page is read first to let it finish.
      const warm = await h.open('fixtures/lists.html');
      await warm.wait(ready, null, 15000, 'Sift ready on the first page');
      await warm.close();
    });
    after(async () => {
      if (h) await h.close();
      if (server) await server.close();
    });

    test('host, generic and procedural rules: before the first paint, with the survey, on the page’s elements', async (t) => {
      const tab = await h.open('fixtures/lists.html');
      // Closed whatever happens: the popup test finds its page by address, and a page left open would be found first.
      t.after(() => tab.close().catch(() => {}));
      await tab.wait(ready, null, 10000, 'Sift ready');
      await tab.wait(() => ({ ok: getComputedStyle(document.getElementById('card-frame')).display === 'none' }), null, 5000, 'procedural rule applied');
      const probe = await tab.wait(() => ({ ok: window.siftProbe.firstPaint !== null, ...window.siftProbe }), null, 5000, 'first paint');
      t.diagnostic(`host banner ${probe.parsed} when parsed, hidden at ${probe.hiddenAt?.toFixed(1)} ms, first paint at ${probe.firstPaint?.toFixed(1)} ms`);
      // Hidden as the parser inserted it, or before the first paint: either way never painted.
      assert.ok(probe.parsed === 'none' || (probe.hiddenAt !== null && probe.hiddenAt <= probe.firstPaint), 'the host rule hides the banner before the first paint');
      const b = await tab.run(boxes);
      assert.equal(b.hostBanner, false, 'host rule');
      assert.equal(b.nag, false, 'generic rule with no class or id, from document start');
      assert.equal(b.strip, false, 'generic rule keyed by a class the page has');
      assert.equal(b.cardFrame, false, 'procedural :has-text():upward(1)');
      assert.equal(b.tipJar, false, "the second list's host rule");
      assert.equal(b.give, false, 'the donation box');
      assert.equal(b.coreHidGive, true, 'which the detector hides too (its ask, inside the box)');
      assert.equal(b.kept, true, 'the host excepts the generic .ledger-kept');
      assert.equal(b.lead, true, "another host's rule does not apply here");
      assert.equal(b.body, true, 'the article stays');
      assert.equal(b.overflow, 'auto', 'the :style() rule');
      assert.match(b.early, /\.ledger-host-banner:not\(\[data-sift-show\]\)\{display:none!important\}/);
      assert.doesNotMatch(b.early, /ledger-generic-strip/, 'keyed generic rules are not in the first stylesheet');
      assert.match(b.generic, /\.ledger-generic-strip/, 'but in the second, once the survey named the class');
      assert.doesNotMatch(b.generic + b.early, /ledger-kept|ledger-lead/);
    });

    test('popup: each list hide with its rule and list, Show, the box both hide told once, a list switched off and on live', async () => {
      const tab = await h.open('fixtures/lists.html');
      await tab.wait(ready, null, 10000, 'Sift ready');
      await tab.wait(() => ({ ok: getComputedStyle(document.getElementById('card-frame')).display === 'none' }), null, 5000, 'procedural rule applied');
      const popup = await h.popupFor(tab);
      try {
        await popup.wait(() => ({ ok: document.querySelectorAll('.item[data-category="lists"]').length >= 4 }), null, 8000, 'list hides in the popup');
        const items = await popup.run(popupItems);
        const lists = items.filter((i) => i.category === 'lists');
        const reasons = lists.map((i) => i.reasons[0]);
        for (const want of [
          `rule \`##.ledger-host-banner\` from ${NAGS}`,
          `rule \`##[data-ledger-nag]\` from ${NAGS}`,
          `rule \`##.ledger-generic-strip\` from ${NAGS}`,
          `rule \`##.ledger-card:has-text(Members read this first):upward(1)\` from ${NAGS}`,
          `rule \`##.ledger-tip-jar\` from ${EXTRAS}`,
        ]) assert.ok(reasons.includes(want), `${want} in ${JSON.stringify(reasons)}`);
        // The donation box: once, under the detector's category, its reason first and the list's rule after.
        const give = items.filter((i) => i.reasons.some((r) => r.includes('ledger-give')));
        assert.equal(give.length, 1, JSON.stringify(give));
        assert.equal(give[0].category, 'donation');
        assert.doesNotMatch(give[0].reasons[0], /ledger-give/, 'the core’s reason comes first');
        assert.match(give[0].reasons.at(-1), new RegExp(`^also: rule \`##\\.ledger-give\` from ${EXTRAS}$`));
        // The lists and their snapshot dates.
        const switches = await popup.run(() => [...document.querySelectorAll('input[data-list]')].map((i) => ({
          id: i.getAttribute('data-list'), on: i.checked, text: i.closest('label').textContent,
        })));
        assert.deepEqual(switches.map((s) => [s.id, s.on]), [['ledger-extras', true], ['ledger-nags', true]]);
        assert.match(switches[1].text, /Ledger nags.*2026/);

        // Show brings the banner back, and only it.
        const banner = lists.find((i) => i.reasons[0].includes('ledger-host-banner'));
        await popup.run((r) => { document.querySelector(`[data-reveal="${r}"]`).click(); return true; }, banner.reveal);
        await tab.wait(() => ({ ok: getComputedStyle(document.querySelector('.ledger-host-banner')).display !== 'none' }), null, 5000, 'banner shown');
        assert.equal((await tab.run(boxes)).strip, false, 'the other list hides stay');

        // The nags list off: its boxes come back at once; the other list's stay hidden. On again: hidden again.
        await popup.run(() => { document.querySelector('input[data-list="ledger-nags"]').click(); return true; });
        await tab.wait(() => {
          const show = (c) => getComputedStyle(document.querySelector(c)).display !== 'none';
          return { ok: show('.ledger-generic-strip') && show('[data-ledger-nag]') && show('#card-frame') };
        }, null, 5000, 'the nags list’s boxes back');
        let b = await tab.run(boxes);
        assert.equal(b.tipJar, false, 'the extras list still applies');
        assert.equal(b.give, false);
        assert.equal(b.early.includes('ledger-host-banner'), false);
        await popup.run(() => { document.querySelector('input[data-list="ledger-nags"]').click(); return true; });
        await tab.wait(() => ({ ok: getComputedStyle(document.querySelector('.ledger-generic-strip')).display === 'none'
          && getComputedStyle(document.getElementById('card-frame')).display === 'none' }), null, 5000, 'hidden again');
        b = await tab.run(boxes);
        assert.equal(b.hostBanner, true, 'the banner the reader chose to see stays shown');
      } finally {
        await popup.run(clearSettings).catch(() => {});
        await popup.close();
        await tab.close();
      }
    });
  });

  describe(`a build without filter lists in ${makeHarness.label}`, () => {
    let server;
    let h;
    before(async () => {
      ensureBuild(NO_LISTS_DIST, ['--no-lists']);
      server = await serve(new URL('../../www', import.meta.url).pathname);
      h = await makeHarness(server.url, NO_LISTS_DIST);
    });
    after(async () => {
      if (h) await h.close();
      if (server) await server.close();
    });

    test('runs without them: the detector hides what it hid, no list rule applies, the popup says there are none', async () => {
      const tab = await h.open('fixtures/lists.html');
      await tab.wait(ready, null, 10000, 'Sift ready');
      const b = await tab.run(boxes);
      assert.equal(b.coreHidGive, true, 'the detector still hides the donation ask');
      assert.deepEqual([b.hostBanner, b.nag, b.strip, b.cardFrame, b.tipJar], [true, true, true, true, true], 'no list rule');
      assert.equal(b.early + b.generic, '');
      const popup = await h.popupFor(tab);
      try {
        await popup.wait(() => ({ ok: /\d+ hidden/.test(document.getElementById('summary').textContent) && !!document.querySelector('.lists-none') }), null, 8000, 'popup report');
        assert.equal(await popup.run(() => document.querySelector('.lists-none').textContent), 'No filter lists in this build');
        assert.equal(await popup.run(() => document.querySelectorAll('input[data-list]').length), 0);
      } finally {
        await popup.close();
        await tab.close();
      }
    });
  });
}
