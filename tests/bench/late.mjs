// Late banners (MEASURE.md §3): on www/fixtures/bench-late.html, once Sift is ready, the page inserts a series
// of obstacles (donation bar, notification prompt, cookie box, registration wall); for each we take the time
// from its insertion (stamped by the page right after appendChild) to `data-sift-hide` on it (a MutationObserver
// in the page) or 0 when a stylesheet rule already hides it as it goes in, and whether a frame was produced in
// between (requestAnimationFrame count). Target: ≤ 16 ms.
import { sleep, withDeadline } from './browser.mjs';
import { frameProbe } from './probe.mjs';
import { summary } from './stats.mjs';

export async function lateBanners({ sift, wwwUrl, count = 24, gapMs = 150, log }) {
  return withDeadline(60_000, 'late banners', async () => {
    const page = await sift.context.newPage();
    try {
      await page.addInitScript(frameProbe, { late: true });
      await page.goto(`${wwwUrl}/fixtures/bench-late.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-sift-ready'), null, { timeout: 10_000, polling: 20 });
      await sleep(200);
      await page.evaluate(([n, gap]) => window.benchLate.start(n, gap), [count, gapMs]);
      await page.waitForFunction(() => window.benchLate.done, null, { timeout: count * gapMs + 10_000, polling: 50 });
      await sleep(1000); // a late hide (next frame, idle rescan) still counts, as a slow one
      const { inserted, probe } = await page.evaluate(() => ({ inserted: window.benchLate.inserted, probe: window.__siftBench }));
      const items = inserted.map((ins) => {
        const hide = probe.hides.find((h) => h.late === ins.index);
        const seen = probe.inserts.find((x) => x.index === ins.index);
        return {
          index: ins.index, kind: ins.kind,
          hidden: !!hide, category: hide ? hide.category : null,
          ms: hide ? hide.t - ins.t : null,
          framesBetween: hide && seen ? hide.frame - seen.frame : null,
        };
      });
      const hidden = items.filter((x) => x.hidden);
      const byKind = {};
      for (const x of items) {
        const k = (byKind[x.kind] ||= { inserted: 0, hidden: 0, ms: [] });
        k.inserted++;
        if (x.hidden) { k.hidden++; k.ms.push(x.ms); }
      }
      for (const k of Object.values(byKind)) Object.assign(k, summary(k.ms));
      const out = {
        inserted: items.length, hidden: hidden.length,
        sameFrame: hidden.filter((x) => x.framesBetween === 0).length,
        ms: summary(hidden.map((x) => x.ms)), byKind, items,
      };
      log(`  late: ${out.hidden}/${out.inserted} hidden, median ${out.ms.median?.toFixed(2)} ms`);
      return out;
    } finally {
      await page.close().catch(() => {});
    }
  });
}
