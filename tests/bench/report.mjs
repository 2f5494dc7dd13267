// The table `make bench` prints (stdout), built from the run's results.
import { summary, fmt, kb, table } from './stats.mjs';

const ok = (pass) => (pass === null ? '' : pass ? 'ok' : 'MISSED');

export function report(r) {
  const out = [];
  const say = (s = '') => out.push(s);
  say(`Sift benchmark ${r.date.slice(0, 19)}Z — ${r.chromium}, ${r.machine.cpus} CPUs (load ${r.machine.load.map((x) => x.toFixed(1)).join(' ')}), ${r.seconds.toFixed(0)} s`);
  if (r.build) say(`Sift: ${r.build.dir} built ${r.build.builtAt.slice(0, 19)}Z on main ${r.build.commit}${r.build.dirty ? ' with uncommitted changes in extension/ or src/' : ''}, wasm sha256 ${r.build.wasmSha256}; the load average above was taken at the start.`);
  say();

  const good = (r.pages || []).filter((p) => !p.error);
  const failed = (r.pages || []).filter((p) => p.error);
  const names = { sift: 'Sift, lists on', 'sift-nolists': 'Sift, lists off', peer: 'peer (Ghostery lists)', control: 'control (does nothing)' };
  const kinds = ['sift', 'sift-nolists', 'peer', 'control'].filter((k) => good.some((p) => p.added && p.added[k]));
  const KEYS = [['threadMs', 'ΔThread'], ['taskMs', 'ΔTask'], ['scriptMs', 'ΔScript'], ['dclDelayMs', 'DCL+'], ['loadDelayMs', 'load+']];
  const stats = {};
  const ct = [['Added vs bare, ms per page (warm)', ...KEYS.flatMap(([, h]) => [`${h} med`, 'p95']), 'done med', 'p95']];
  for (const k of kinds) {
    const rows = good.filter((p) => p.added && p.added[k]);
    stats[k] = Object.fromEntries(KEYS.map(([key]) => [key, summary(rows.map((p) => p.added[k][key]))]));
    stats[k].done = summary(rows.map((p) => p.cond[k].doneMs));
    ct.push([names[k], ...KEYS.flatMap(([key]) => [fmt(stats[k][key].median, 1), fmt(stats[k][key].p95, 1)]),
      k === 'control' ? '' : fmt(stats[k].done.median, 0), k === 'control' ? '' : fmt(stats[k].done.p95, 0)]);
  }
  const cold = r.coldPage;
  if (cold && !cold.error) {
    for (const k of kinds.filter((x) => cold.added[x])) {
      ct.push([`  cold first page: ${names[k].split(' (')[0]}`, ...KEYS.flatMap(([key]) => [fmt(cold.added[k][key], 1), '']),
        k === 'control' ? '' : fmt(cold.cond[k].doneMs, 0), '']);
    }
  }
  say(table(ct));
  say(`${good.length} pages measured warm${failed.length ? ` (${failed.length} failed to load)` : ''}, each opened ${r.repeat > 1 ? `${r.repeat} times (per-page medians)` : 'once'} in each of ${kinds.length + 1} browsers (bare, ${kinds.map((k) => names[k].split(' (')[0]).join(', ')}; same flags; order rotated per page)` +
    `${r.originalUrls ? ', at their original addresses' : ', at 127.0.0.1'}; ` +
    `the cold first page (${cold ? cold.page : '—'}) is each browser's very first page, apart.${cold && cold.error ? ` Cold page: error: ${cold.error}` : ''}`);
  say('ΔThread = main-thread CPU (ThreadTime), ΔTask = wall time of its tasks, ΔScript = JS run (misses most wasm time), DCL+/load+ = DOMContentLoaded/load later by; ' +
    "done = document start → Sift's data-sift-ready / the peer worker's first answer (page clock).");
  const S = stats.sift; const P = stats.peer;
  const verdicts = [];
  const v = (label, value, pass) => verdicts.push(`  ${label}: ${value} ${ok(pass)}`);
  const le = (a, b) => (a != null && b != null ? a <= b : null);
  v('ΔThreadTime median ≤ 5 ms (warm)', `${fmt(S.threadMs.median, 1)} ms`, le(S.threadMs.median, 5));
  const NL = stats['sift-nolists'];
  if (NL) {
    // What the lists add, page by page (lists on − lists off, same run, same page).
    const paired = (key) => summary(good.map((p) => (p.added['sift-nolists'] && p.added.sift[key] != null && p.added['sift-nolists'][key] != null ? p.added.sift[key] - p.added['sift-nolists'][key] : null)));
    const dT = paired('threadMs');
    v('ΔThreadTime median ≤ 5 ms with the lists off (warm)', `${fmt(NL.threadMs.median, 1)} ms`, le(NL.threadMs.median, 5));
    verdicts.push(`  the lists add (on − off, per page): ΔThreadTime median ${fmt(dT.median, 1)} ms, p95 ${fmt(dT.p95, 1)} ms; ΔTask median ${fmt(paired('taskMs').median, 1)} ms; ` +
      `done ${fmt(summary(good.map((p) => (p.cond['sift-nolists'] && p.cond.sift.doneMs != null && p.cond['sift-nolists'].doneMs != null ? p.cond.sift.doneMs - p.cond['sift-nolists'].doneMs : null))).median, 1)} ms later (median)`);
  }
  v('ΔThreadTime p95 ≤ 20 ms (warm)', `${fmt(S.threadMs.p95, 1)} ms`, le(S.threadMs.p95, 20));
  v("ΔTaskDuration median ≤ the peer's", `${fmt(S.taskMs.median, 1)} vs ${fmt(P.taskMs.median, 1)} ms`, le(S.taskMs.median, P.taskMs.median));
  v("ΔScriptDuration median ≤ the peer's", `${fmt(S.scriptMs.median, 1)} vs ${fmt(P.scriptMs.median, 1)} ms`, le(S.scriptMs.median, P.scriptMs.median));
  v('DOMContentLoaded delay median ≤ 2 ms', `${fmt(S.dclDelayMs.median, 1)} ms`, le(S.dclDelayMs.median, 2));
  v('load delay median ≤ 2 ms', `${fmt(S.loadDelayMs.median, 1)} ms`, le(S.loadDelayMs.median, 2));
  const F = r.flash || {};
  if (F.first) {
    v(`no flash, first visit (painted in ≤ 1 of ${F.first.n})`, `painted in ${F.first.painted} of ${F.first.n} runs`, F.first.painted <= Math.floor(F.first.n / 20));
    v('no flash, revisit (never painted)', `painted in ${F.revisit.painted} of ${F.revisit.n}`, F.revisit.painted === 0);
  }
  const U = r.startup || {};
  const W = r.worker || {};
  if (U.error) verdicts.push(`  engine ready ≤ 5 ms: Node start-up error: ${U.error}`);
  else if (U.total != null) {
    const eng = U.compile + U.instantiate + U.engine;
    v('engine ready ≤ 5 ms (wasm compile + instantiate + new SiftEngine, Node)', `${fmt(eng, 1)} ms`, le(eng, 5));
  }
  if (W.sift && !W.sift.error) {
    verdicts.push(`  worker cold start (reported): Sift done ${fmt(W.sift.coldDoneMs.median, 0)} ms after document start with its worker stopped vs ${fmt(W.sift.warmDoneMs.median, 0)} ms warm ` +
      `(+${fmt(W.sift.extraMs.median, 0)} ms; worker restarted by the page in ${W.sift.workerStarted}/${W.sift.runs.length})` +
      (W.peer && !W.peer.error ? `; peer ${fmt(W.peer.coldDoneMs.median, 0)} vs ${fmt(W.peer.warmDoneMs.median, 0)} ms (+${fmt(W.peer.extraMs.median, 0)}; its engine load in the worker ${fmt(W.peer.workerEngineMs.median, 0)} ms)` : ''));
    if (W.sift.workerEngineMs.n) v('engine ready ≤ 5 ms in the worker (its sift-engine-* marks, cold)', `${fmt(W.sift.workerEngineMs.median, 1)} ms`, le(W.sift.workerEngineMs.median, 5));
    else verdicts.push('  engine ready in the worker: not measurable (no sift-engine-ready mark in the worker)');
  } else if (W.sift) verdicts.push(`  worker cold start: error: ${W.sift.error}`);
  say('Targets (MEASURE.md §3):');
  for (const x of verdicts) say(x);
  say();

  const withReady = good.filter((p) => Number.isFinite(p.siftMs));
  const rows = [['Sift in detail, ms per page (warm)', 'median', 'p95', 'max']];
  const line = (name, xs, d = 2) => { const st = summary(xs); rows.push([name, fmt(st.median, d), fmt(st.p95, d), fmt(st.max, d)]); return st; };
  line("Sift's own time: document start → all verdicts", withReady.map((p) => p.siftMs));
  line('  ready − DOMContentLoaded (same page)', withReady.map((p) => p.readyAfterDclMs));
  line('Sift − control: ΔThreadTime', good.map((p) => (p.added.sift.threadMs != null && p.added.control.threadMs != null ? p.added.sift.threadMs - p.added.control.threadMs : null)));
  line('floor: TreeWalker + className (warm)', good.map((p) => p.floorMs), 3);
  line('floor, first (cold) walk', good.map((p) => p.floorColdMs), 3);
  const rOwn = line('ratio: own time / floor', withReady.map((p) => p.siftMs / p.floorMs), 0);
  const rCpu = line('ratio: added CPU / floor', good.map((p) => p.addedThreadMs / p.floorMs), 0);
  line('page elements', good.map((p) => p.elements), 0);
  say(table(rows));
  say(`${withReady.length} of ${good.length} pages reached data-sift-ready. Floor ratio ≤ 2 at the median (extra): own ${fmt(rOwn.median, 0)}, CPU ${fmt(rCpu.median, 0)} ${ok(rOwn.median != null ? Math.min(rOwn.median, rCpu.median) <= 2 : null)}.`);
  const slow = withReady.slice().sort((a, b) => b.siftMs - a.siftMs).slice(0, 5);
  if (slow.length) say(`Slowest (own time): ${slow.map((p) => `${p.page} ${fmt(p.siftMs, 0)} ms (${p.elements} el.)`).join('; ')}`);
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

  if (F.error) say(`No flash: error: ${F.error}`);
  else if (F.first) {
    const d = (t) => `painted in ${t.painted} of ${t.n} runs${t.errors ? ` (${t.errors} failed, counted as painted)` : ''}` +
      `${t.visibleMs.length ? `, visible ${t.visibleMs.map((x) => fmt(x, 0)).join('/')} ms` : ''}; Sift ready median ${fmt(summary(t.readyMs).median, 0)} ms`;
    say('No flash (demo/article.html, notification prompt in the initial HTML; each run a fresh profile):');
    say(`  first visit: ${d(F.first)}`);
    say(`  revisit:     ${d(F.revisit)}`);
  }
  say();

  const Z = r.size || {};
  say(`Size: wasm ${kb(Z.wasmRaw)} raw, ${kb(Z.wasmGzip)} gzip (target ≤ 150 KB gzip: ${ok(Z.wasmGzip != null ? Z.wasmGzip <= 150 * 1024 : null)}); ` +
    `glue sift.js ${kb(Z.glueRaw)} raw, ${kb(Z.glueGzip)} gzip; zips: chrome ${kb(Z.zipChrome)}, firefox ${kb(Z.zipFirefox)}` +
    (Z.zipChromeLists ? `, of which the filter lists ${kb(Z.zipChromeLists)} (chrome zip without them ≈ ${kb(Z.zipChrome - Z.zipChromeLists)}; lists/rules.txt ${kb(Z.listsRaw)} raw, ${kb(Z.listsGzip)} gzip).` : ' (no filter lists in the build).'));
  const LL = r.listsLoad;
  if (LL && LL.error) say(`Filter lists in the worker: ${LL.error}`);
  else if (LL) {
    const wm = W.sift && !W.sift.error ? summary(W.sift.runs.map((x) => (x.cold.workerMarks && x.cold.workerMarks['sift-lists-ready'] != null ? x.cold.workerMarks['sift-lists-ready'] - x.cold.workerMarks['sift-lists-start'] : null))) : null;
    say(`Filter lists in the worker: ${LL.rules} rules (${LL.always} generic ones in every page's first stylesheet, the rest indexed by ${LL.keys} classes and ids); ` +
      `loading them ${fmt(LL.loadMs, 1)} ms (wasm in Node)${wm && wm.n ? `, ${fmt(wm.median, 1)} ms in the Chromium worker on a cold start (its sift-lists-* marks)` : ''}; ` +
      `a page's hello ${fmt(LL.helloMs, 2)} ms; the generic rules for a survey of ${LL.surveyNames} names ${fmt(LL.surveyMs, 2)} ms (with the detector's prefilters).`);
  }
  const M = r.memory || {};
  if (M.error) say(`Memory: error: ${M.error}`);
  else {
    say(`Memory after the largest corpus page (${M.page}, ${kb(r.corpus.largestBytes)}): wasm linear memory ` +
      `${M.wasmMemoryBytes != null ? `${kb(M.wasmMemoryBytes)}${M.wasmWhere ? ` (in the ${M.wasmWhere})` : ''}` : `unknown (${M.wasmNote})`}; JS heap with − without Sift ${kb(M.heapDeltaBytes)} (after GC).`);
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

  const PR = r.profile;
  if (PR && PR.error) say(`Profile: error: ${PR.error}`);
  else if (PR) {
    say(`Profile of the slowest page (${PR.page}): ${fmt(PR.siftMs, 1)} ms of ${fmt(PR.sampledMs, 0)} ms sampled are in Sift's code (100 µs sampling).`);
    say(`  self time: ${PR.self.slice(0, 8).map((s) => `${s.what} ${fmt(s.ms, 1)}`).join(', ')}`);
    say(`  inclusive, Sift functions: ${PR.inclusive.slice(0, 10).map((s) => `${s.fn} ${fmt(s.ms, 1)}`).join('; ')}`);
  }
  return `${out.join('\n')}\n`;
}
