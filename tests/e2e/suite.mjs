// The end-to-end checks, written once and run against the BUILT extension in each browser: what is hidden
// and highlighted on the www pages, that popup switches restore the page live, the late banner, the
// strict-CSP page, the scroll-locking login wall, and the page that must stay untouched.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkExpected, pageState, textVisible } from './page-checks.mjs';
import { serve } from '../support/server.mjs';

const expected = JSON.parse(readFileSync(new URL('../../www/expected.json', import.meta.url), 'utf8'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ready = () => ({ ok: !!document.documentElement.getAttribute('data-sift-ready') });

function assertExpected(result, page) {
  assert.deepEqual(result.failures, [], `${page}: ${JSON.stringify(result.hidden, null, 1)}`);
}

export function endToEnd(makeHarness) {
  describe(`extension in ${makeHarness.label}`, () => {
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

    test('demo article: obstacles hidden, article kept, unsupported sentences highlighted with their kind', async () => {
      const tab = await h.open('demo/article.html');
      await tab.wait(ready, null, 10000, 'Sift ready');
      assertExpected(await tab.run(checkExpected, expected['demo/article.html']), 'demo');
      await tab.close();
    });

    test('popup switches and reveal restore the page live, and switching back hides again', async () => {
      const tab = await h.open('demo/article.html');
      await tab.wait(ready, null, 10000, 'Sift ready');
      const donation = 'Your support keeps us independent';
      assert.equal(await tab.run(textVisible, donation), false);
      const before = await tab.run(pageState);
      const popup = await h.popupFor(tab);
      await popup.wait(() => ({ ok: document.querySelectorAll('[data-reveal]').length > 0 }), null, 8000, 'popup report');
      const summary = await popup.run(() => document.getElementById('summary').textContent);
      assert.match(summary, /\d+ hidden · \d+ highlighted/);
      await popup.click('input[data-category="donation"]');
      await tab.wait((t) => ({ ok: (() => {
        const norm = (s) => s.replace(/\s+/g, ' ');
        return [...document.querySelectorAll('*')].some((el) => norm(el.textContent).includes(t)
          && el.getClientRects().length > 0 && !el.closest('[data-sift-hide]'));
      })() }), donation, 8000, 'donation ask shown again');
      const mid = await tab.run(pageState);
      assert.equal(mid.hiddenCount, before.hiddenCount - 1, 'only the donation box came back');
      await popup.click('input[data-category="claims"]');
      await tab.wait(() => ({ ok: document.querySelectorAll('mark.sift-mark').length === 0 }), null, 8000, 'highlights removed');
      assert.equal(await tab.run(() => document.querySelector('mark') === null), true);
      await popup.click('input[data-category="claims"]');
      await popup.click('input[data-category="donation"]');
      await tab.wait((t) => ({ ok: document.querySelectorAll('mark.sift-mark').length > 0
        && [...document.querySelectorAll('[data-sift-hide]')].some((el) => el.textContent.includes(t)) }), donation, 8000, 'back on');
      assertExpected(await tab.run(checkExpected, expected['demo/article.html']), 'demo after toggles');
      // Reveal one hidden item from the popup's list.
      await popup.run(() => { setTimeout(() => location.reload(), 0); return true; });
      await sleep(500);
      await popup.wait(() => ({ ok: [...document.querySelectorAll('.item')].some((li) => li.textContent.includes('notification')) }),
        null, 8000, 'popup list with the notification prompt');
      const revealed = await popup.run(() => {
        const item = [...document.querySelectorAll('.item')].find((li) => li.textContent.includes('notification'));
        item.querySelector('[data-reveal]').click();
        return true;
      });
      assert.ok(revealed);
      await tab.wait((t) => ({ ok: (() => [...document.querySelectorAll('[role=dialog]')].some((el) => el.textContent.includes(t) && el.getClientRects().length > 0))() }),
        'breaking-news alerts', 8000, 'revealed notification');
      await popup.close();
      await tab.close();
    });

    test('late banners injected after load are hidden', async () => {
      const tab = await h.open('fixtures/late-banner.html');
      await tab.wait(ready, null, 10000, 'Sift ready');
      await sleep(3800);
      assertExpected(await tab.run(checkExpected, expected['fixtures/late-banner.html']), 'late banner');
      await tab.close();
    });

    test('scroll-locking login wall: hidden, scroll and blur repaired, and the sign-in the reader opens stays', async () => {
      const tab = await h.open('fixtures/login-wall.html');
      await tab.wait(ready, null, 10000, 'Sift ready');
      await sleep(300);
      assertExpected(await tab.run(checkExpected, expected['fixtures/login-wall.html']), 'login wall');
      const state = await tab.run(pageState);
      assert.notEqual(state.htmlOverflow, 'hidden');
      assert.notEqual(state.bodyOverflow, 'hidden');
      assert.equal(state.blur, 'none');
      await tab.click('#header-signin');
      await tab.wait((t) => ({ ok: (() => [...document.querySelectorAll('*')].some((el) => el.textContent.includes(t)
        && el.getClientRects().length > 0 && !el.closest('[data-sift-hide]')))() }), 'Welcome back to The Meridian Ledger', 5000, 'reader-opened sign-in');
      await sleep(500);
      assert.equal(await tab.run(textVisible, 'Welcome back to The Meridian Ledger'), true, 'the sign-in the reader opened stays');
      await tab.close();
    });

    test('strict Content-Security-Policy page: the extension still works', async () => {
      const tab = await h.open('fixtures/strict-csp.html');
      await tab.wait(ready, null, 10000, 'Sift ready');
      assert.equal(await tab.run(() => document.body.classList.contains('csp-script-ran')), true);
      assertExpected(await tab.run(checkExpected, expected['fixtures/strict-csp.html']), 'strict csp');
      await tab.close();
    });

    test('a page with no annoyances and no unsupported claims stays untouched', async () => {
      const tab = await h.open('fixtures/clean.html');
      await tab.wait(ready, null, 10000, 'Sift ready');
      const state = await tab.run(pageState);
      assert.equal(state.hiddenCount, 0);
      assert.equal(state.markCount, 0);
      assertExpected(await tab.run(checkExpected, expected['fixtures/clean.html']), 'clean');
      await tab.close();
    });
  });
}
