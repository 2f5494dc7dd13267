#!/usr/bin/env node
// Annoyance evaluation (MEASURE.md §1): recall per category, article breakage and false hides of the BUILT
// extension in real Chromium on the labelled corpus pages, served offline, against a no-extension baseline and the
// Ghostery list-based peer. The extension runs twice, from one build: "sift" with the build's filter lists
// switched off in its settings, "sift+lists" with them on; both open each page at its original address (answered
// from the corpus file, so host-specific list rules see the real hostname), as the peer is given it.
//
//   node tests/eval/annoyances.mjs [--ext dist/chrome] [--corpus ../shared/corpus]
//        [--labels FILE]... [--filterlists ../shared/filterlists] [--limit N]
//        [--page SUBSTR] [--pages FILE] [--lang de] [--json out/eval-annoyances.json]
//
// --pages FILE: only the pages listed in FILE, one corpus path per line (to re-run the pages whose hides changed
// between two builds, each build in its own run).
//
// Labels: ../shared/labels/pages-dev.jsonl and the project's census, tests/eval/labels/labels.jsonl (default both).
//
// Exit: 0 when the run completed (whatever the scores), 2 when ../shared (corpus/labels) is missing or an option
// is wrong, 1 on a crash.
import fs from 'node:fs';
import path from 'node:path';
import { parseCliArgs } from '../support/cli-args.mjs';
import { startServer } from './server.mjs';
import { declaredLang, loadLabels, loadManifest, realUrl, resolvePageFile } from './corpus.mjs';
import { loadSnippetSource, chooseSnippets, normText } from './snippets.mjs';
import { launch, openSettled, servedAs, withDeadline, PAGE_TIMEOUT_MS, READY_MS, SETTLE_MS } from './browser.mjs';
import { listHidden, measurePage, peerHidden } from './dom.mjs';
import { loadPeerEngine, extendedSelectorsDir, pageFeatures, cosmeticsFor, applyCosmetics, PEER_MODE } from './peer.mjs';
import { CATEGORIES, summarize, printReport } from './report.mjs';

const { values: opt } = parseCliArgs(import.meta.url, {
  options: {
    ext: { type: 'string', default: 'dist/chrome' },
    corpus: { type: 'string', default: '../shared/corpus' },
    labels: { type: 'string', multiple: true },
    lang: { type: 'string' },
    filterlists: { type: 'string' },
    limit: { type: 'string' },
    page: { type: 'string' },
    pages: { type: 'string' },
    json: { type: 'string' },
    'no-peer': { type: 'boolean', default: false },
  },
});

const corpusDir = path.resolve(opt.corpus);
const OWN_LABELS = path.join(path.dirname(new URL(import.meta.url).pathname), 'labels', 'labels.jsonl');
const labelsFiles = (opt.labels?.length ? opt.labels : [path.join(corpusDir, '..', 'labels', 'pages-dev.jsonl'), OWN_LABELS]
  .filter((f, i) => i === 0 || fs.existsSync(f))).map((f) => path.resolve(f));
const filterDir = path.resolve(opt.filterlists || path.join(corpusDir, '..', 'filterlists'));
const extDir = path.resolve(opt.ext);
const log = (s) => process.stderr.write(s + '\n');

const missingShared = [[corpusDir, 'MANIFEST.tsv'], ...labelsFiles.map((f) => [f, ''])].filter(([p, f]) => !fs.existsSync(path.join(p, f)));
if (missingShared.length) {
  log(`error: shared reference material not found: ${missingShared.map(([p]) => p).join(', ')}\n` +
    `This evaluation needs ../shared (the corpus and labels) beside the checkout; pass --corpus/--labels otherwise.`);
  process.exit(2);
}

const T_START = performance.now();
const SET_NAMES = { 'pages-dev': 'shared dev', labels: 'own census' };
let pages = labelsFiles.flatMap((f) => loadLabels(f, SET_NAMES[path.basename(f, '.jsonl')] || path.basename(f, '.jsonl')));
for (const p of pages) p.lang ||= declaredLang(corpusDir, p.page);
if (opt.lang) pages = pages.filter((p) => p.lang === opt.lang);
if (opt.page) pages = pages.filter((p) => p.page.includes(opt.page));
if (opt.pages) {
  let wanted;
  try {
    wanted = new Set(fs.readFileSync(opt.pages, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
  } catch (e) {
    console.error(`annoyances: cannot read --pages ${opt.pages}: ${e.message}`);
    process.exit(2);
  }
  const known = new Set(pages.map((p) => p.page));
  const unknown = [...wanted].filter((p) => !known.has(p));
  if (unknown.length) log(`note: ${unknown.length} page(s) of ${opt.pages} have no labels and are skipped, e.g. ${unknown[0]}`);
  pages = pages.filter((p) => wanted.has(p.page));
}
if (opt.limit) pages = pages.slice(0, Number(opt.limit));
const manifest = loadManifest(corpusDir);
const snippetCandidates = loadSnippetSource(corpusDir);

let siftSkipped = null;
if (!fs.existsSync(path.join(extDir, 'manifest.json'))) {
  siftSkipped = `build first: make build (no extension at ${path.relative(process.cwd(), extDir) || extDir})`;
  log(`note: ${siftSkipped} — condition "sift" skipped`);
}

let peer = null;
if (!opt['no-peer']) {
  if (fs.existsSync(filterDir)) {
    peer = loadPeerEngine(filterDir);
    log(`peer: Ghostery engine from ${peer.files.length} lists in ${(peer.ms / 1000).toFixed(1)} s (${PEER_MODE})`);
  } else log(`note: no filter lists at ${filterDir} — condition "peer" skipped`);
}

const server = await startServer(corpusDir, { __eval_xs: extendedSelectorsDir() });
const xsUrl = '/__eval_xs/index.js';

// The build's filter lists (their switches): "sift" runs with all of them off, "sift+lists" with them on.
const listsMeta = (() => {
  try { return JSON.parse(fs.readFileSync(path.join(extDir, 'lists', 'meta.json'), 'utf8')); } catch { return null; }
})();
const SIFT_CONDITIONS = siftSkipped ? [] : listsMeta ? ['sift', 'sift+lists'] : ['sift'];
if (!siftSkipped && !listsMeta) log(`note: ${extDir} has no filter lists — condition "sift+lists" skipped`);

const envs = {};
async function env(name) {
  if (!envs[name]) {
    const isSift = name.startsWith('sift');
    envs[name] = isSift ? await launch({ extDir }) : await launch({ bypassCSP: true });
    if (name === 'sift' && listsMeta) {
      const ctx = envs[name].context;
      const sw = ctx.serviceWorkers()[0] || await ctx.waitForEvent('serviceworker', { timeout: 10000 });
      const off = Object.fromEntries(listsMeta.lists.map((l) => [l.id, false]));
      await sw.evaluate((lists) => globalThis.chrome.storage.sync.set({ settings: { lists } }), off);
    }
    if (isSift) log(`${name}: extension ${envs[name].extensionId || '(no service worker seen)'} from ${extDir}${listsMeta ? (name === 'sift' ? ', lists switched off' : `, ${listsMeta.lists.length} lists on`) : ''}`);
  }
  return envs[name];
}

async function resetEnv(name) {
  const e = envs[name];
  delete envs[name];
  if (e) await e.close();
}

const DEADLINE_MS = PAGE_TIMEOUT_MS; // whole condition: load + settle + measure
const rafTwice = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok())));

const NAVIGATED = 'the page navigated itself away';

/**
 * One condition on one page (at `origUrl` when given, served from `url`), with a hard deadline; never throws.
 * A page whose own script navigates it elsewhere while it is measured (an ad-recovery redirect) measured
 * another document: the condition is run once more, and reported as an error if it happens again.
 */
async function runCondition(name, url, fn, origUrl = null) {
  const t0 = performance.now();
  for (let attempt = 1; ; attempt++) {
    const holder = {};
    try {
      const out = await withDeadline(DEADLINE_MS, name, async () => {
        const e = await env(name);
        holder.unroute = origUrl ? await servedAs(e.context, origUrl, url) : null;
        const opened = await openSettled(e.context, origUrl || url, { waitReady: name.startsWith('sift') });
        holder.page = opened.page;
        // A mark on the settled document: gone after the measurement if another document replaced it.
        await opened.page.evaluate(() => { window.__siftEvalDocument = true; });
        const res = await fn(opened);
        const same = await opened.page.evaluate(() => window.__siftEvalDocument === true).catch(() => false);
        if (!same) throw new Error(`${NAVIGATED} (to ${opened.page.url()})`);
        return res;
      });
      return { ms: performance.now() - t0, ...out };
    } catch (err) {
      const msg = String(err?.message || err).split('\n')[0];
      if (attempt < 2 && (msg.startsWith(NAVIGATED) || /Execution context was destroyed/.test(msg))) continue;
      // a dead browser/context is relaunched for the next page
      const e = envs[name];
      const alive = e && (await e.context.newPage().then((p) => p.close().then(() => true), () => false));
      if (!alive) await resetEnv(name);
      return { ms: performance.now() - t0, error: msg };
    } finally {
      if (holder.page) await holder.page.close().catch(() => {});
      if (holder.unroute) await holder.unroute();
    }
  }
}

// A hide is false when the page's census (or its none_of) rules it out: on a census page any hide that is not a
// labelled annoyance (nor inside or around one); elsewhere a hide of a category the page was checked not to have.
// The peer's hides carry no category: on a page without a census only its hides on none_of pages count.
function falseHides(entry, hides) {
  if (entry.census) return hides.filter((h) => !h.labelled);
  if (!entry.noneOf.length) return [];
  return hides.filter((h) => (h.category ? entry.noneOf.includes(h.category) : !h.labelled));
}

const labelArgs = (labels, base) => labels.map((l, i) => ({ selector: l.selector, text: l.text, occurrence: base?.[i]?.occurrence }));
const textShare = (baseNorm, condText) => {
  if (!baseNorm.length) return null;
  return Math.min(1, Math.max(0, 1 - normText(condText).length / baseNorm.length));
};

const results = [];
let i = 0;
for (const entry of pages) {
  i++;
  const t0 = performance.now();
  const file = resolvePageFile(corpusDir, entry.page);
  const row = manifest.get(entry.page);
  const origUrl = realUrl(row?.url);
  const r = { page: entry.page, set: entry.set, lang: entry.lang, census: entry.census, origUrl, noneOf: entry.noneOf,
    labels: entry.labels, conditions: {} };
  results.push(r);
  if (!file) {
    r.missing = true;
    log(`[${i}/${pages.length}] ${entry.page}  MISSING from corpus — skipped`);
    continue;
  }
  const url = server.urlFor(file);
  r.url = url;

  // (a) baseline, then (c) the peer applied to the same settled page
  let base = null;
  const baseRes = await runCondition('baseline', url, async ({ page, loadMs }) => {
    const m = await page.evaluate(measurePage, { labels: labelArgs(entry.labels), markVisible: !!peer });
    const baseNorm = normText(m.bodyText);
    base = { m, baseNorm, snippets: chooseSnippets(snippetCandidates(entry.page), baseNorm) };
    if (!peer) return { loadMs };
    const t1 = performance.now();
    const cos = cosmeticsFor(peer.engine, origUrl || url, await page.evaluate(pageFeatures));
    const applied = await applyCosmetics(page, cos, xsUrl);
    await page.evaluate(rafTwice);
    const pm = await page.evaluate(measurePage, { labels: labelArgs(entry.labels, m.labels), markVisible: false });
    const hides = await page.evaluate(peerHidden);
    base.peer = { m: pm, hides, applied, ms: performance.now() - t1 };
    return { loadMs };
  });
  r.conditions.baseline = baseRes.error ? { error: baseRes.error } : {
    ms: baseRes.ms, loadMs: baseRes.loadMs, textLength: base.baseNorm.length,
    labels: base.m.labels.map((l, k) => ({ category: entry.labels[k].category, text: entry.labels[k].text, ...l })),
    snippetCandidates: snippetCandidates(entry.page).length,
  };

  const scoreCondition = (m) => ({
    labels: m.labels.map((l, k) => {
      const b = base.m.labels[k];
      return {
        category: entry.labels[k].category, text: entry.labels[k].text, via: b.via,
        baselineVisible: b.found && b.visible, visible: l.visible, hidden: !l.visible, desc: b.desc,
      };
    }),
    snippets: base.snippets.map((s) => ({ ...s, lost: !normText(m.bodyText).includes(s.text) })),
    textShareLost: textShare(base.baseNorm, m.bodyText),
  });

  if (peer) {
    r.conditions.peer = baseRes.error ? { error: `baseline failed: ${baseRes.error}` } : {
      ms: base.peer.ms, ...base.peer.applied, ...scoreCondition(base.peer.m),
      hides: base.peer.hides, falseHides: falseHides(entry, base.peer.hides),
    };
  }

  // (b) the built extension, lists off and on
  for (const cond of SIFT_CONDITIONS) {
    if (baseRes.error) { r.conditions[cond] = { error: `baseline failed: ${baseRes.error}` }; continue; }
    const s = await runCondition(cond, url, async ({ page, loadMs, ready, readyMs }) => {
      const m = await page.evaluate(measurePage, { labels: labelArgs(entry.labels, base?.m.labels), markVisible: false });
      const lists = cond === 'sift+lists' ? await page.evaluate(listHidden) : [];
      return { loadMs, ready, readyMs, m, lists };
    }, origUrl);
    if (s.error) r.conditions[cond] = { error: s.error };
    else {
      const hides = [...s.m.siftHides, ...s.lists];
      r.conditions[cond] = {
        ms: s.ms, loadMs: s.loadMs, ready: s.ready, readyMs: s.readyMs, ...scoreCondition(s.m),
        hides, falseHides: falseHides(entry, hides), listHides: s.lists.length,
      };
    }
  }

  const parts = [`base ${(baseRes.ms / 1000).toFixed(1)} s`];
  if (r.conditions.baseline.error) parts.push(`BASELINE ERROR: ${r.conditions.baseline.error}`);
  for (const cond of SIFT_CONDITIONS) {
    const c = r.conditions[cond];
    if (c) parts.push(c.error ? `${cond.toUpperCase()} ERROR: ${c.error}` : `${cond} ${(c.ms / 1000).toFixed(1)} s${c.ready ? '' : ' (not ready)'} hid ${c.hides.length}`);
  }
  if (r.conditions.peer && !r.conditions.peer.error) parts.push(`peer hid ${r.conditions.peer.hides.length}`);
  log(`[${i}/${pages.length}] ${entry.page}  ${((performance.now() - t0) / 1000).toFixed(1)} s  (${parts.join(', ')})`);
}

for (const name of Object.keys(envs)) await resetEnv(name);
await server.close();

const summaries = [
  siftSkipped ? { condition: 'sift', skipped: siftSkipped } : summarize(results, 'sift'),
  siftSkipped || !listsMeta ? { condition: 'sift+lists', skipped: siftSkipped || 'no filter lists in the build' } : summarize(results, 'sift+lists'),
  peer ? summarize(results, 'peer') : { condition: 'peer', skipped: 'no filter lists' },
];
const ok = results.filter((r) => !r.missing && !r.conditions.baseline?.error);
const meta = {
  pages: results.length,
  labelled: results.filter((r) => r.labels.length).length,
  noneOfPages: results.filter((r) => r.noneOf.length).length,
  censusPages: results.filter((r) => r.census).length,
  labelFiles: labelsFiles.map((f) => path.relative(process.cwd(), f)),
  labels: ok.reduce((a, r) => a + r.labels.length, 0),
  absent: ok.reduce((a, r) => a + r.conditions.baseline.labels.filter((l) => !(l.found && l.visible)).length, 0),
  missingPages: results.filter((r) => r.missing).length,
  baselineErrors: results.filter((r) => r.conditions.baseline?.error).length,
  peerMode: PEER_MODE,
  extension: siftSkipped ? null : extDir,
  settleMs: SETTLE_MS, readyTimeoutMs: READY_MS, pageTimeoutMs: PAGE_TIMEOUT_MS,
  seconds: Math.round((performance.now() - T_START) / 100) / 10,
};
printReport(process.stdout, summaries, meta, results);
{
  // The lists' target: Sift with the lists recalls at least what the better of Sift alone and the peer does.
  const [sift, union, peerSum] = summaries;
  if (!union.skipped && !sift.skipped && !peerSum.skipped) {
    const worse = CATEGORIES.filter((c) => union.recall[c]?.n && union.recall[c].recall < Math.max(sift.recall[c].recall ?? 0, peerSum.recall[c].recall ?? 0));
    process.stdout.write(`\nsift+lists recall ≥ max(sift, peer) in every category: ${worse.length ? `MISSED in ${worse.join(', ')}` : 'ok'}; ` +
      `snippets lost ${union.snippets.lost} (target 0)\n`);
  }
}
for (const r of results.filter((x) => x.missing)) process.stdout.write(`missing page file: ${r.page}\n`);
for (const r of results.filter((x) => x.conditions.baseline?.error)) process.stdout.write(`baseline error: ${r.page}: ${r.conditions.baseline.error}\n`);
process.stdout.write(`\n${meta.seconds} s total\n`);

if (opt.json) {
  const out = path.resolve(opt.json);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ meta, summaries, pages: results }, null, 1));
  log(`wrote ${path.relative(process.cwd(), out)}`);
}
