// Cold start of an extension's service worker in Chromium (MEASURE.md §3, "engine ready wherever it runs"):
// the worker is stopped through the DevTools protocol (ServiceWorker.stopAllWorkers from one of the
// extension's own pages, which share its storage partition), then a page is opened, so that the content
// script's first message has to start the worker again; right after, the same page is opened with the worker
// warm. Reported per run, on the page's clock: when the extension was done (Sift: `data-sift-ready`; peer: its
// worker's first answer), cold and warm, and when the worker started (its performance.timeOrigin). For the
// peer, the worker's own engine load (fetch + deserialize) is read from the worker too. For Sift the same is
// read from performance marks in its worker when it leaves them: `sift-engine-start` and `sift-engine-ready`
// (engine load = ready − start, or ready − worker start without the first); without them only the page-side
// figures exist.
import { sleep, withDeadline } from './browser.mjs';
import { readyProbe, milestones } from './probe.mjs';
import { summary } from './stats.mjs';

const DONE = {
  sift: () => document.documentElement.hasAttribute('data-sift-ready'),
  peer: () => performance.getEntriesByName('bench-peer-answer').length > 0,
};

/** A DevTools session on one of the extension's pages, able to stop its worker. */
async function workerControl(browser) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
  const cdp = await browser.context.newCDPSession(page);
  const status = new Map();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => { for (const v of versions) status.set(v.versionId, v.runningStatus); });
  await cdp.send('ServiceWorker.enable');
  return {
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      for (let i = 0; i < 100 && [...status.values()].some((s) => s !== 'stopped'); i++) await sleep(20);
      await sleep(200);
      return [...status.values()].every((s) => s === 'stopped');
    },
    close: () => page.close().catch(() => {}),
  };
}

/** What the running worker of the extension says about itself (null when none answers). */
async function workerFacts(browser) {
  const prefix = `chrome-extension://${browser.extensionId}/`;
  for (const sw of browser.context.serviceWorkers().filter((w) => w.url().startsWith(prefix)).reverse()) {
    const facts = await withDeadline(2000, 'worker', () => sw.evaluate(() => ({
      timeOrigin: performance.timeOrigin,
      peer: globalThis.__benchPeer || null,
      marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name.replace(/^chrome-extension:\/\/[^/]+\//, ''), start: e.startTime, end: e.responseEnd })),
    }))).catch(() => null);
    if (facts) return facts;
  }
  return null;
}

async function open(browser, url, kind) {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(readyProbe);
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
    const ready = await page.waitForFunction(DONE[kind], null, { timeout: 10_000, polling: 10 }).then(() => true, () => false);
    const ms = await page.evaluate(milestones);
    const start = ms.bench ? ms.bench.start : null;
    const doneAt = kind === 'sift' ? (ms.bench ? ms.bench.ready : null) : ms.marks['bench-peer-answer'] ?? null;
    // the content script's first question to its worker, when it marks it (the peer does; Sift would with `sift-ask`)
    const askAt = ms.marks['bench-peer-ask'] ?? ms.marks['sift-ask'] ?? null;
    return { ready, start, doneAt, doneMs: doneAt != null && start != null ? doneAt - start : null, askAt, timeOrigin: ms.timeOrigin };
  } finally {
    await page.close().catch(() => {});
  }
}

/** `runs` cold/warm pairs on `url` for the extension `kind` ('sift' or 'peer') loaded in `browser`. */
export async function workerColdStart({ browser, kind, url, runs = 5, log = () => {} }) {
  return withDeadline(30_000 + runs * 15_000, `worker cold start (${kind})`, async () => {
    const ctl = await workerControl(browser);
    const out = [];
    try {
      for (let r = 0; r < runs; r++) {
        const stopped = await ctl.stop();
        const cold = await open(browser, url, kind);
        const w = await workerFacts(browser);
        // on the page's clock; a worker older than the page was not started by it
        const workerStartAt = w ? w.timeOrigin - cold.timeOrigin : null;
        cold.workerStartAt = workerStartAt != null && workerStartAt > 0 ? workerStartAt : null;
        const marks = (w && w.marks) || {};
        cold.workerEngineMs = kind === 'peer' ? (w && w.peer ? w.peer.engineMs : null)
          : marks['sift-engine-ready'] != null ? marks['sift-engine-ready'] - (marks['sift-engine-start'] ?? 0) : null;
        cold.workerMarks = marks;
        cold.workerReadyAt = w && w.peer && w.peer.readyAt != null && cold.workerStartAt != null ? cold.workerStartAt + w.peer.readyAt : null;
        cold.workerResources = w ? w.resources : [];
        const warm = await open(browser, url, kind);
        out.push({ stopped, cold, warm });
      }
    } finally {
      await ctl.close();
    }
    const s = (f) => summary(out.map(f));
    const res = {
      url, runs: out,
      coldDoneMs: s((x) => x.cold.doneMs), warmDoneMs: s((x) => x.warm.doneMs),
      extraMs: s((x) => (x.cold.doneMs != null && x.warm.doneMs != null ? x.cold.doneMs - x.warm.doneMs : null)),
      workerStartAfterDocStartMs: s((x) => (x.cold.workerStartAt != null && x.cold.start != null ? x.cold.workerStartAt - x.cold.start : null)),
      workerEngineMs: s((x) => x.cold.workerEngineMs),
      workerStarted: out.filter((x) => x.cold.workerStartAt != null).length,
    };
    log(`  worker cold start (${kind}): done ${res.coldDoneMs.median?.toFixed(0)} ms cold vs ${res.warmDoneMs.median?.toFixed(0)} ms warm after document start; worker restarted by the page in ${res.workerStarted}/${runs}`);
    return res;
  });
}
