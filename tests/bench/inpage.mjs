// In-page cost on real pages (MEASURE.md §3): each corpus page is opened once in each of the browsers that
// differ only in the extension loaded: bare (none), control (a do-nothing extension), sift (the built
// extension, its filter lists on), sift-nolists (the same build with every list switched off in its settings)
// and peer (Ghostery's list-based cosmetic engine, tests/bench/peer/), the order rotated per page so that no
// condition always goes first. A page is opened at its original address (MANIFEST url) when it has one,
// answered with the corpus file, so host-specific list rules see the real hostname. Per page and condition we record
//   - main-thread time: CDP Performance.getMetrics ScriptDuration / TaskDuration / ThreadTime, and the
//     navigation milestones (DOMContentLoaded, load); each extension's figures minus bare's are what it adds;
//   - when the extension was done, seen from the page: Sift's `data-sift-ready`, the peer's first answer from
//     its worker (a performance mark of its content script);
//   - the floor: a bare TreeWalker walk reading className, timed in the Sift page.
// The very first page each browser opens is measured too and kept apart as the cold first page: first-run
// caches, wasm code cache and the extension's first start all land on it.
import fs from 'node:fs';
import path from 'node:path';
import { loadManifest, realUrl, resolvePageFile } from '../eval/corpus.mjs';
import { servedAs } from '../eval/browser.mjs';
import { metrics, sleep, withDeadline } from './browser.mjs';
import { readyProbe, floorWalk, milestones } from './probe.mjs';
import { median } from './stats.mjs';

const NAV_TIMEOUT_MS = 15_000;
const READY_TIMEOUT_MS = 5_000;
const SETTLE_MS = 300;
// Every condition is measured at the same moment of the page's life when it can be (this long after the
// navigation started, and at least SETTLE_MS after load and after the extension is done): the page's own
// timers and animations then add the same CPU to each, instead of more to whichever finished later.
const WINDOW_MS = 1500;

export const CONDITIONS = ['bare', 'control', 'sift', 'sift-nolists', 'peer'];

// What "done" means per condition, checked in the page (main world); bare and control have nothing to wait for.
const siftDone = () => document.documentElement.hasAttribute('data-sift-ready');
const DONE = {
  sift: siftDone,
  'sift-nolists': siftDone,
  peer: () => performance.getEntriesByName('bench-peer-answer').length > 0,
};

/** `n` corpus pages spread evenly over the corpus (path order), plus their sizes. */
export function choosePages(corpusDir, n) {
  const manifest = loadManifest(corpusDir);
  let all = [...manifest.values()].map((r) => ({ page: r.path, bytes: Number(r.bytes) || 0, url: realUrl(r.url) }));
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

/** Open `url` in a fresh tab of `browser` (at `origUrl` when given, answered from `url`), wait for load (and
 * for the extension `kind` to be done), measure, close. */
export async function measureOnce(browser, url, { kind = 'bare', floor = false, origUrl = null } = {}) {
  const unroute = origUrl ? await servedAs(browser.context, origUrl, url) : null;
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(readyProbe);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    return await withDeadline(NAV_TIMEOUT_MS + READY_TIMEOUT_MS + 5000, url, async () => {
      await page.goto(origUrl || url, { waitUntil: 'commit', timeout: NAV_TIMEOUT_MS });
      await page.waitForFunction(() => document.readyState === 'complete', null, { timeout: NAV_TIMEOUT_MS, polling: 20 });
      let ready = null;
      if (DONE[kind]) ready = await page.waitForFunction(DONE[kind], null, { timeout: READY_TIMEOUT_MS, polling: 20 }).then(() => true, () => false);
      const now = await page.evaluate(() => performance.now());
      await sleep(Math.max(WINDOW_MS, now + SETTLE_MS) - now);
      const m = await metrics(cdp);
      const ms = await page.evaluate(milestones);
      const fl = floor ? await page.evaluate(floorWalk) : null;
      return { m, ms, floor: fl, ready };
    });
  } finally {
    await page.close().catch(() => {});
    if (unroute) await unroute();
  }
}

/** The raw figures of one measurement, in ms. */
function raw(kind, x) {
  const start = x.ms.bench ? x.ms.bench.start : null;
  let doneAt = null;
  if (kind.startsWith('sift')) doneAt = x.ms.bench ? x.ms.bench.ready : null;
  if (kind === 'peer') doneAt = x.ms.marks['bench-peer-answer'] ?? null;
  return {
    script: 1000 * x.m.ScriptDuration, task: 1000 * x.m.TaskDuration, thread: 1000 * x.m.ThreadTime,
    heap: x.m.JSHeapUsedSize, dclStart: x.ms.dclStart, loadEnd: x.ms.loadEnd, firstPaint: x.ms.firstPaint,
    ready: x.ready, start, doneAt, doneMs: doneAt != null && start != null ? doneAt - start : null,
    askAt: x.ms.marks['bench-peer-ask'] ?? null,
  };
}

/** What condition `c` adds over bare on the same page. */
function added(c, b) {
  const d = (k) => (Number.isFinite(c[k]) && Number.isFinite(b[k]) ? c[k] - b[k] : null);
  return { scriptMs: d('script'), taskMs: d('task'), threadMs: d('thread'), dclDelayMs: d('dclStart'), loadDelayMs: d('loadEnd'), heapBytes: d('heap') };
}

const rotate = (xs, k) => xs.map((_, i) => xs[(i + k) % xs.length]);

// With `repeat` > 1 every figure is the median of that many openings (rotation continues between them).
async function measurePage(browsers, url, order, repeat = 1, origUrl = null) {
  const all = {};
  let floor = null;
  for (let k = 0; k < repeat; k++) {
    for (const kind of rotate(order, k)) {
      const x = await measureOnce(browsers[kind], url, { kind, floor: kind === 'sift' && !floor, origUrl });
      (all[kind] ||= []).push({ ...raw(kind, x), elements: x.ms.elements });
      if (x.floor) floor = x.floor;
    }
  }
  const r = { floor };
  for (const [kind, xs] of Object.entries(all)) {
    r[kind] = xs.length === 1 ? xs[0] : Object.fromEntries(Object.keys(xs[0]).map((f) => [f, xs.some((x) => typeof x[f] === 'number') ? median(xs.map((x) => x[f])) : xs[0][f]]));
  }
  return r;
}

function row(p, r) {
  const out = { page: p.page, url: p.url, bytes: p.bytes, elements: r.sift.elements, cond: {}, added: {} };
  for (const k of CONDITIONS.filter((c) => r[c])) out.cond[k] = r[k];
  for (const k of CONDITIONS.filter((c) => r[c] && c !== 'bare')) out.added[k] = added(r[k], r.bare);
  // Sift's own figures, as before (report, profile)
  const s = r.sift;
  Object.assign(out, {
    ready: s.ready,
    addedScriptMs: out.added.sift.scriptMs, addedTaskMs: out.added.sift.taskMs, addedThreadMs: out.added.sift.threadMs,
    addedHeapBytes: out.added.sift.heapBytes, dclDelayMs: out.added.sift.dclDelayMs, loadDelayMs: out.added.sift.loadDelayMs,
    siftMs: s.doneMs, readyAtMs: s.doneAt,
    readyAfterDclMs: s.doneAt != null && s.dclStart != null ? s.doneAt - s.dclStart : null,
    floorMs: r.floor ? r.floor.warmMs : null, floorColdMs: r.floor ? r.floor.coldMs : null,
  });
  return out;
}

/**
 * Every condition for every chosen page (`repeat` times each). `browsers` = { bare, control, sift,
 * sift-nolists (when the build has lists), peer } from launch(). `original`: open pages at their original
 * address. Returns { cold, rows }: cold is the first page each browser ever opened (pages[0]), rows are all
 * pages, warm.
 */
export async function inPageCost({ browsers, server, pages, repeat = 1, original = true, log }) {
  const conditions = CONDITIONS.filter((c) => browsers[c]);
  const at = (p) => (original && p.url ? p.url : null);
  let cold;
  // the server's first read of the file (disk, not the browser) would land on whichever browser goes first
  await fetch(server.urlFor(pages[0].page)).then((r) => r.arrayBuffer()).catch(() => {});
  try {
    cold = row(pages[0], await measurePage(browsers, server.urlFor(pages[0].page), conditions, 1, at(pages[0])));
  } catch (e) {
    cold = { page: pages[0].page, error: String(e.message || e).split('\n')[0] };
  }
  log(`  in-page: cold first page ${pages[0].page}${cold.error ? `: ${cold.error}` : ''}`);
  const rows = [];
  const t0 = performance.now();
  for (const [i, p] of pages.entries()) {
    try {
      rows.push(row(p, await measurePage(browsers, server.urlFor(p.page), rotate(conditions, i % conditions.length), repeat, at(p))));
    } catch (e) {
      rows.push({ page: p.page, error: String(e.message || e).split('\n')[0] });
    }
    if ((i + 1) % 10 === 0 || i + 1 === pages.length) {
      log(`  in-page: ${i + 1}/${pages.length} pages, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
  }
  return { cold, rows };
}
