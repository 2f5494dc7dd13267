// The table `make bench` prints (stdout), built from the run's results.
import { summary, fmt, kb, table } from './stats.mjs';

const ok = (pass) => (pass === null ? '' : pass ? 'ok' : 'MISSED');

export function report(r) {
  const out = [];
  const say = (s = '') => out.push(s);
  say(`Sift benchmark ${r.date.slice(0, 19)}Z — ${r.chromium}, ${r.machine.cpus} CPUs (load ${r.machine.load.map((x) => x.toFixed(1)).join(' ')}), ${r.seconds.toFixed(0)} s`);
  say();

  const good = (r.pages || []).filter((p) => !p.error);
  const failed = (r.pages || []).filter((p) => p.error);
  const withReady = good.filter((p) => Number.isFinite(p.siftMs));
  const rows = [['In-page cost, ms per page', 'median', 'p95', 'max']];
  const line = (name, xs, d = 2) => { const s = summary(xs); rows.push([name, fmt(s.median, d), fmt(s.p95, d), fmt(s.max, d)]); return s; };
  const own = line("Sift's own time: document start → all verdicts", withReady.map((p) => p.siftMs));
  line('  ready − DOMContentLoaded (same page)', withReady.map((p) => p.readyAfterDclMs));
  line('main thread added: script (ΔScriptDuration)', good.map((p) => p.addedScriptMs));
  const task = line('main thread added: tasks (ΔTaskDuration)', good.map((p) => p.addedTaskMs));
  const cpu = line('main thread added: CPU (ΔThreadTime)', good.map((p) => p.addedThreadMs));
  line('DOMContentLoaded later by', good.map((p) => p.dclDelayMs));
  line('load event later by', good.map((p) => p.loadDelayMs));
  const floor = line('floor: TreeWalker + className (warm)', good.map((p) => p.floorMs), 3);
  line('floor, first (cold) walk', good.map((p) => p.floorColdMs), 3);
  const rOwn = line('ratio: own time / floor', withReady.map((p) => p.siftMs / p.floorMs), 0);
  const rCpu = line('ratio: added CPU / floor', good.map((p) => p.addedThreadMs / p.floorMs), 0);
  line('ratio: added script / floor', good.map((p) => p.addedScriptMs / p.floorMs), 0);
  line('ratio: added tasks / floor', good.map((p) => p.addedTaskMs / p.floorMs), 0);
  line('page elements', good.map((p) => p.elements), 0);
  say(table(rows));
  say(`${good.length} pages measured (${withReady.length} reached data-sift-ready${failed.length ? `, ${failed.length} failed to load` : ''}); each opened once with and once without the extension, order alternating.`);
  say("ΔScriptDuration misses most of the content script's wasm time (the profile below sees it); ΔThreadTime is main-thread CPU, ΔTaskDuration wall time of its tasks.");
  say(`Targets: ratio to floor ≤ 2 at the median: own ${fmt(rOwn.median, 0)}, CPU ${fmt(rCpu.median, 0)} ${ok(rOwn.median != null ? Math.min(rOwn.median, rCpu.median) <= 2 : null)}; ` +
    `p95 in-page cost ≤ 10 ms: added CPU ${fmt(cpu.p95, 1)} ms ${ok(cpu.p95 != null ? cpu.p95 <= 10 : null)}, added tasks ${fmt(task.p95, 1)} ms ${ok(task.p95 != null ? task.p95 <= 10 : null)}, own ${fmt(own.p95, 1)} ms.`);
  const slow = withReady.slice().sort((a, b) => b.siftMs - a.siftMs).slice(0, 5);
  if (slow.length) say(`Slowest (own time): ${slow.map((p) => `${p.page} ${fmt(p.siftMs, 0)} ms (${p.elements} el.)`).join('; ')}`);
  void floor;
  say();

  const L = r.late || {};
  if (L.error) say(`Late banners: error: ${L.error}`);
  else if (L.ms) {
    const lr = [['Late banners (bench-late.html)', 'hidden', 'median ms', 'p95 ms', 'max ms']];
    lr.push(['all', `${L.hidden}/${L.inserted}`, fmt(L.ms.median, 2), fmt(L.ms.p95, 2), fmt(L.ms.max, 2)]);
    for (const [k, v] of Object.entries(L.byKind)) lr.push([`  ${k}`, `${v.hidden}/${v.inserted}`, fmt(v.median, 2), fmt(v.p95, 2), fmt(v.max, 2)]);
    say(table(lr));
    say(`Hidden before the next frame: ${L.sameFrame}/${L.hidden}. Target ≤ 16 ms: ${ok(L.ms.max != null ? L.ms.max <= 16 && L.hidden === L.inserted : null)} (max, all hidden).`);
  }
  say();

  const F = r.flash || {};
  if (F.error) say(`No flash: error: ${F.error}`);
  else {
    say(`No flash (demo/article.html, notification prompt in the initial HTML): ${F.flash ? `flash: yes, ${fmt(F.visibleMs, 0)} ms visible` : 'flash: no'}`);
    say(`  screencast: ${F.screencast.paintedFrames}/${F.screencast.frames} composited frames paint the banner; ` +
      `animation frames with the banner shown: ${F.rafFramesShown}; first paint ${fmt(F.firstPaint, 0)} ms, DOMContentLoaded ${fmt(F.dclStart, 0)} ms, ` +
      `banner first seen hidden at ${fmt(F.hiddenAt, 0)} ms, Sift ready ${fmt(F.ready, 0)} ms (page clock).`);
  }
  say();

  const S = r.size || {};
  say(`Size: wasm ${kb(S.wasmRaw)} raw, ${kb(S.wasmGzip)} gzip (target ≤ 250 KB gzip: ${ok(S.wasmGzip != null ? S.wasmGzip <= 250 * 1024 : null)}); ` +
    `glue sift.js ${kb(S.glueRaw)} raw, ${kb(S.glueGzip)} gzip; zips: chrome ${kb(S.zipChrome)}, firefox ${kb(S.zipFirefox)}.`);
  const M = r.memory || {};
  if (M.error) say(`Memory: error: ${M.error}`);
  else {
    say(`Memory after the largest corpus page (${M.page}, ${kb(r.corpus.largestBytes)}): wasm linear memory ` +
      `${M.wasmMemoryBytes != null ? kb(M.wasmMemoryBytes) : `unknown (${M.wasmNote})`}; JS heap with − without Sift ${kb(M.heapDeltaBytes)} (after GC).`);
  }
  say();

  const N = r.native;
  if (N && N.error) say(`Core, native: error: ${N.error}`);
  else if (N) {
    const nr = [['Core, native (criterion, release profile)', 'time/iter', 'throughput']];
    const t = (ns) => (ns > 1e6 ? `${fmt(ns / 1e6, 2)} ms` : `${fmt(ns / 1e3, 1)} µs`);
    const perSec = (x) => (x >= 1e4 ? `${fmt(x / 1e3, 0)} k/s` : `${fmt(x, x >= 100 ? 0 : 1)} /s`);
    const rate = (b) => (b.mbPerSec != null ? `${fmt(b.mbPerSec, 1)} MB/s` : b.elementsPerSec != null ? perSec(b.elementsPerSec) : '');
    const names = { name_hits: 'name prefilter (elements)', text_hits: 'wording prefilter (texts)', classify: 'classify (candidate elements)', find_article: 'article finder (pages)', highlights: 'assertion scorer (article text)' };
    for (const [k, v] of Object.entries(N)) nr.push([`${names[k] || k} ×${v.elements ?? v.bytes}`, t(v.nsPerIter), rate(v)]);
    say(table(nr));
    if (N.highlights) say(`Scorer ≥ 20 MB/s native: ${ok(N.highlights.mbPerSec >= 20)}.`);
  }
  say();

  const P = r.profile;
  if (P && P.error) say(`Profile: error: ${P.error}`);
  else if (P) {
    say(`Profile of the slowest page (${P.page}): ${fmt(P.siftMs, 1)} ms of ${fmt(P.sampledMs, 0)} ms sampled are in Sift's code (100 µs sampling).`);
    say(`  self time: ${P.self.slice(0, 8).map((s) => `${s.what} ${fmt(s.ms, 1)}`).join(', ')}`);
    say(`  inclusive, Sift functions: ${P.inclusive.slice(0, 10).map((s) => `${s.fn} ${fmt(s.ms, 1)}`).join('; ')}`);
  }
  return `${out.join('\n')}\n`;
}
