// In-page cost on real pages (MEASURE.md §3): each corpus page is opened once without and once with the
// extension (alternating which goes first), and per page we record
//   - main-thread time added: CDP Performance.getMetrics ScriptDuration / TaskDuration / ThreadTime, with − without;
//   - Sift's own time: from the document's start (document_start, when Sift's content scripts start) to
//     `data-sift-ready` (all verdicts applied), seen from the page; also DOMContentLoaded and load delays;
//   - the floor: a bare TreeWalker walk reading className, timed in the same (with-extension) page.
import fs from 'node:fs';
import path from 'node:path';
import { loadManifest, resolvePageFile } from '../eval/corpus.mjs';
import { metrics, sleep, withDeadline } from './browser.mjs';
import { readyProbe, floorWalk, milestones } from './probe.mjs';

const NAV_TIMEOUT_MS = 15_000;
const READY_TIMEOUT_MS = 5_000;
const SETTLE_MS = 300;

/** `n` corpus pages spread evenly over the corpus (path order), plus their sizes. */
export function choosePages(corpusDir, n) {
  const manifest = loadManifest(corpusDir);
  let all = [...manifest.values()].map((r) => ({ page: r.path, bytes: Number(r.bytes) || 0 }));
  if (!all.length) {
    const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : /\.html?$/.test(e.name) ? [path.join(d, e.name)] : []));
    all = walk(corpusDir).map((f) => ({ page: path.relative(corpusDir, f), bytes: fs.statSync(f).size }));
  }
  all = all.map((p) => ({ ...p, page: resolvePageFile(corpusDir, p.page) })).filter((p) => p.page).sort((a, b) => (a.page < b.page ? -1 : 1));
  const stride = Math.max(1, all.length / n);
  const chosen = [];
  for (let i = 0; i < n && Math.floor(i * stride) < all.length; i++) chosen.push(all[Math.floor(i * stride)]);
  const largest = all.reduce((a, b) => (b.bytes > a.bytes ? b : a), all[0]);
  return { chosen, largest, total: all.length };
}

/** Open `url` in a fresh tab of `browser`, measure, close. */
export async function measureOnce(browser, url, { withExt, floor = false }) {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(readyProbe);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    return await withDeadline(NAV_TIMEOUT_MS + READY_TIMEOUT_MS + 5000, url, async () => {
      await page.goto(url, { waitUntil: 'commit', timeout: NAV_TIMEOUT_MS });
      await page.waitForFunction(() => document.readyState === 'complete', null, { timeout: NAV_TIMEOUT_MS, polling: 20 });
      let ready = null;
      if (withExt) {
        ready = await page.waitForFunction(() => document.documentElement.hasAttribute('data-sift-ready'), null,
          { timeout: READY_TIMEOUT_MS, polling: 20 }).then(() => true, () => false);
      }
      await sleep(SETTLE_MS);
      const m = await metrics(cdp);
      const ms = await page.evaluate(milestones);
      const fl = floor ? await page.evaluate(floorWalk) : null;
      return { m, ms, floor: fl, ready };
    });
  } finally {
    await page.close().catch(() => {});
  }
}

/** Both conditions for every chosen page. `log` gets progress lines. */
export async function inPageCost({ bare, sift, server, pages, log }) {
  // warm both browsers (first-run caches, wasm code cache) on a page that is not measured
  for (const b of [bare, sift]) await measureOnce(b, server.urlFor(pages[0].page), { withExt: b === sift }).catch(() => {});
  const rows = [];
  const t0 = performance.now();
  for (const [i, p] of pages.entries()) {
    const url = server.urlFor(p.page);
    try {
      const order = i % 2 ? ['sift', 'bare'] : ['bare', 'sift'];
      const r = {};
      for (const which of order) {
        r[which] = await measureOnce(which === 'sift' ? sift : bare, url, { withExt: which === 'sift', floor: which === 'sift' });
      }
      const s = r.sift; const b = r.bare;
      const readyAt = s.ms.bench && s.ms.bench.ready;
      rows.push({
        page: p.page, bytes: p.bytes, elements: s.ms.elements,
        ready: s.ready,
        addedScriptMs: 1000 * (s.m.ScriptDuration - b.m.ScriptDuration),
        addedTaskMs: 1000 * (s.m.TaskDuration - b.m.TaskDuration),
        addedThreadMs: 1000 * (s.m.ThreadTime - b.m.ThreadTime),
        addedHeapBytes: s.m.JSHeapUsedSize - b.m.JSHeapUsedSize,
        // start (document created) → all verdicts applied, as the page sees it
        siftMs: readyAt != null ? readyAt - s.ms.bench.start : null,
        readyAfterDclMs: readyAt != null && s.ms.dclStart != null ? readyAt - s.ms.dclStart : null,
        readyAtMs: readyAt,
        dclDelayMs: s.ms.dclStart != null && b.ms.dclStart != null ? s.ms.dclStart - b.ms.dclStart : null,
        loadDelayMs: s.ms.loadEnd != null && b.ms.loadEnd != null ? s.ms.loadEnd - b.ms.loadEnd : null,
        floorMs: s.floor ? s.floor.warmMs : null,
        floorColdMs: s.floor ? s.floor.coldMs : null,
        bare: { script: b.m.ScriptDuration, task: b.m.TaskDuration, thread: b.m.ThreadTime, dclStart: b.ms.dclStart, loadEnd: b.ms.loadEnd },
        sift: { script: s.m.ScriptDuration, task: s.m.TaskDuration, thread: s.m.ThreadTime, dclStart: s.ms.dclStart, loadEnd: s.ms.loadEnd },
      });
    } catch (e) {
      rows.push({ page: p.page, error: String(e.message || e).split('\n')[0] });
    }
    if ((i + 1) % 10 === 0 || i + 1 === pages.length) {
      const el = (performance.now() - t0) / 1000;
      log(`  in-page: ${i + 1}/${pages.length} pages, ${el.toFixed(0)} s`);
    }
  }
  return rows;
}
