// Where Sift's time goes on one heavy page: the CDP sampling profiler over the page load with the extension
// (the isolated world shares the page's V8 isolate, so content scripts and wasm appear in the samples).
// Reported: self time by script (Sift's content scripts, the wasm glue, wasm code, the rest) and the Sift
// functions with the most inclusive time.
import { sleep, withDeadline } from './browser.mjs';
import { readyProbe } from './probe.mjs';

export async function profilePage({ sift, url, origin, log }) {
  return withDeadline(60_000, 'profile', async () => {
    const page = await sift.context.newPage();
    try {
      // same origin first, so the navigation stays in this renderer and the profiler sees all of it
      await page.goto(`${origin}/__sift_bench_blank__`, { waitUntil: 'load' });
      await page.addInitScript(readyProbe);
      const cdp = await sift.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-sift-ready'), null, { timeout: 10_000, polling: 50 }).catch(() => {});
      await sleep(300);
      const { profile } = await cdp.send('Profiler.stop');
      return summarize(profile, url, log);
    } finally {
      await page.close().catch(() => {});
    }
  });
}

function summarize(profile, url, log) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const isWasm = (cf) => /^wasm:/.test(cf.url) || /\.wasm$/.test(cf.url);
  const isSift = (cf) => /^chrome-extension:/.test(cf.url) || /^wasm:/.test(cf.url);
  const label = (cf) => {
    const file = isWasm(cf) ? 'wasm' : cf.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    return `${cf.functionName || '(anonymous)'} ${file}${isWasm(cf) ? '' : `:${cf.lineNumber + 1}`}`;
  };
  const bucket = (cf) => {
    if (isWasm(cf)) return 'wasm code';
    if (/^chrome-extension:.*\/pkg\/sift\.js$/.test(cf.url)) return 'pkg/sift.js (glue)';
    if (/^chrome-extension:/.test(cf.url)) return cf.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    if (['(garbage collector)', '(program)', '(idle)'].includes(cf.functionName)) return cf.functionName;
    return 'page and other';
  };
  const dt = profile.timeDeltas;
  const self = {}; const incl = {}; let siftTotal = 0; let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (dt[i + 1] ?? dt[i] ?? 0) / 1000;
    const node = byId.get(id);
    total += ms;
    self[bucket(node.callFrame)] = (self[bucket(node.callFrame)] || 0) + ms;
    const seen = new Set();
    let inSift = false;
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur).callFrame;
      if (!isSift(cf)) continue;
      inSift = true;
      const l = label(cf);
      if (!seen.has(l)) { seen.add(l); incl[l] = (incl[l] || 0) + ms; }
    }
    if (inSift) siftTotal += ms;
  });
  const top = Object.entries(incl).sort((a, b) => b[1] - a[1]).slice(0, 15).map(([fn, ms]) => ({ fn, ms }));
  const selfTop = Object.entries(self).filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).map(([what, ms]) => ({ what, ms }));
  log(`  profile: ${siftTotal.toFixed(1)} ms of samples in Sift's code`);
  return { url, sampledMs: total, siftMs: siftTotal, self: selfTop, inclusive: top };
}
