#!/usr/bin/env node
// `make bench` (MEASURE.md §3): speed, size and memory of the BUILT extension (dist/chrome) in headless
// Chromium on the corpus served offline (each page at its original address, answered from the corpus file;
// --local-urls: at 127.0.0.1), and of the core natively (criterion). Every page is opened in five browsers,
// same flags: bare, a do-nothing control extension, Sift with its filter lists, the same Sift with every list
// switched off, and the list-based peer (Ghostery's cosmetic engine with ../shared/filterlists, built by
// tests/bench/peer/build.mjs into out/bench-ext/). One run prints every number, ratio and target verdict, all
// measured in that run.
//
//   node tests/bench/run.mjs [--pages N (120)] [--json out/bench.json] [--corpus ../shared/corpus]
//        [--ext dist/chrome] [--lists ../shared/filterlists] [--flash-runs 20] [--repeat 1] [--no-native]
//        [--no-profile] [--local-urls]   --repeat N: every page N times per browser, per-page medians
//
// Progress goes to stderr, the table to stdout, everything measured to the JSON file.
// Exit: 0 when the run completed (whatever the numbers), 2 when the build or the corpus is missing or an option is
// wrong, 1 on a crash.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { parseCliArgs } from '../support/cli-args.mjs';
import { startServer } from '../eval/server.mjs';
import { serve } from '../support/server.mjs';
import { CHROMIUM } from '../support/browsers.mjs';
import { launch } from './browser.mjs';
import { choosePages, inPageCost, measureOnce } from './inpage.mjs';
import { workerColdStart } from './worker.mjs';
import { ensureBenchExtensions } from './peer/build.mjs';
import { memoryAfter } from './memory.mjs';
import { lateBanners } from './late.mjs';
import { noFlash } from './flash.mjs';
import { sizes } from './size.mjs';
import { listsLoadCost } from './lists-load.mjs';
import { nativeBench } from './native.mjs';
import { profilePage } from './profile.mjs';
import { report } from './report.mjs';

const { values: opt } = parseCliArgs(import.meta.url, {
  options: {
    pages: { type: 'string', default: '120' },
    json: { type: 'string', default: 'out/bench.json' },
    corpus: { type: 'string', default: '../shared/corpus' },
    ext: { type: 'string', default: 'dist/chrome' },
    lists: { type: 'string', default: '../shared/filterlists' },
    'flash-runs': { type: 'string', default: '20' },
    repeat: { type: 'string', default: '1' },
    'no-native': { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    'local-urls': { type: 'boolean', default: false },
  },
});

const root = path.resolve(new URL('../..', import.meta.url).pathname);
const corpusDir = path.resolve(opt.corpus);
let extDir = path.resolve(opt.ext);
const log = (s) => process.stderr.write(`${s}\n`);
const T0 = performance.now();
const lap = (what) => log(`${what} (${((performance.now() - T0) / 1000).toFixed(0)} s)`);

if (!fs.existsSync(path.join(extDir, 'manifest.json'))) { log(`error: no extension at ${extDir}: run \`make build\` first`); process.exit(2); }

// The extension is measured from a copy: a `make build` running beside the bench rewrites dist/ while the
// browsers have it loaded, and a worker restarted mid-run would then mix two builds.
function snapshot(from, to) {
  if (path.resolve(from) === path.resolve(to)) return to;
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = fs.statSync(path.join(from, 'manifest.json')).mtimeMs;
    fs.rmSync(to, { recursive: true, force: true });
    fs.cpSync(from, to, { recursive: true });
    const newest = (d) => Math.max(...fs.readdirSync(d, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => fs.statSync(path.join(e.parentPath ?? e.path, e.name)).mtimeMs));
    if (fs.statSync(path.join(from, 'manifest.json')).mtimeMs === before && Date.now() - newest(from) > 2000) return to;
    execFileSync('sleep', ['3']);
  }
  return to;
}
const builtFrom = extDir;
const builtAt = fs.statSync(path.join(extDir, 'manifest.json')).mtime.toISOString();
extDir = snapshot(builtFrom, path.join(root, 'out/bench-ext/sift'));
if (!fs.existsSync(corpusDir)) { log(`error: corpus not found at ${corpusDir} (pass --corpus)`); process.exit(2); }

const result = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, load: os.loadavg() },
  chromium: (() => { try { return execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch { return CHROMIUM; } })(),
};
result.size = sizes(root, extDir);
const git = (...a) => { try { return execFileSync('git', a, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch { return null; } };
result.build = {
  dir: path.relative(root, builtFrom), builtAt, commit: git('rev-parse', '--short', 'HEAD'),
  // the build may come from uncommitted work: say so rather than pin the numbers on the commit alone
  dirty: !!git('status', '--porcelain', '--', 'extension', 'src', 'Cargo.toml', 'Cargo.lock'),
  wasmSha256: (() => { const f = path.join(extDir, 'pkg/sift_bg.wasm'); return fs.existsSync(f) ? createHash('sha256').update(fs.readFileSync(f)).digest('hex').slice(0, 12) : null; })(),
};

const n = Math.max(1, Number(opt.pages) || 120);
const { chosen, largest, total } = choosePages(corpusDir, n);
result.corpus = { dir: corpusDir, pages: chosen.length, of: total, largest: largest.page, largestBytes: largest.bytes };
log(`bench: ${chosen.length} of ${total} corpus pages, extension ${path.relative(root, builtFrom)} (built ${builtAt}, copied to ${path.relative(root, extDir)}), ${result.machine.cpus} CPUs`);

let ext;
try {
  ext = await ensureBenchExtensions({ listsDir: path.resolve(opt.lists), log: (x) => log(`  ${x}`) });
} catch (e) { log(`error: cannot build the peer and control extensions: ${e.message}`); process.exit(2); }

const corpus = await startServer(corpusDir);
const www = await serve(path.join(root, 'www'));
const browsers = {};
// Whichever browser navigates first on this machine also pays the machine's first renderer start (shared
// libraries, fonts): a throwaway browser takes that on the cold page, so the cold row compares like with like.
{
  const warmer = await launch(null);
  await measureOnce(warmer, corpus.urlFor(chosen[0].page)).catch(() => {});
  await warmer.close();
}
browsers.bare = await launch(null);
browsers.control = await launch(ext.control);
browsers.sift = await launch(extDir);
// The same build with every filter list switched off in its settings: what the lists add, in the same run.
const listsMeta = (() => { try { return JSON.parse(fs.readFileSync(path.join(extDir, 'lists/meta.json'), 'utf8')); } catch { return null; } })();
if (listsMeta) {
  browsers['sift-nolists'] = await launch(extDir);
  const ctx = browsers['sift-nolists'].context;
  const sw = ctx.serviceWorkers()[0] || await ctx.waitForEvent('serviceworker', { timeout: 15000 });
  await sw.evaluate((lists) => globalThis.chrome.storage.sync.set({ settings: { lists } }), Object.fromEntries(listsMeta.lists.map((l) => [l.id, false])));
} else log('note: the build has no filter lists: no "lists off" condition');
result.lists = listsMeta ? { lists: listsMeta.lists.map((l) => ({ id: l.id, date: l.date })), rules: listsMeta.rules } : null;
browsers.peer = await launch(ext.peer);
const { bare, sift } = browsers;
try {
  lap(`in-page cost (${Object.keys(browsers).join(', ')})`);
  result.originalUrls = !opt['local-urls'];
  const inpage = await inPageCost({ browsers, server: corpus, pages: chosen, repeat: Math.max(1, Number(opt.repeat) || 1), original: result.originalUrls, log });
  result.repeat = Math.max(1, Number(opt.repeat) || 1);
  result.pages = inpage.rows;
  result.coldPage = inpage.cold;
  lap('memory');
  result.memory = await memoryAfter({ bare, sift, url: corpus.urlFor(largest.page), log }).catch((e) => ({ error: e.message }));
  result.memory.page = largest.page;
  lap('late banners');
  result.late = await lateBanners({ sift, wwwUrl: www.url, log }).catch((e) => ({ error: e.message }));
  lap('worker cold start');
  result.worker = {};
  for (const kind of ['sift', 'peer']) {
    result.worker[kind] = await workerColdStart({ browser: browsers[kind], kind, url: `${www.url}/demo/article.html`, log }).catch((e) => ({ error: e.message }));
  }
  if (!opt['no-profile']) {
    const heavy = result.pages.filter((p) => Number.isFinite(p.siftMs)).sort((a, b) => b.siftMs - a.siftMs)[0];
    if (heavy) {
      lap(`profile of ${heavy.page}`);
      result.profile = await profilePage({ sift, url: corpus.urlFor(heavy.page), origin: corpus.origin, log }).catch((e) => ({ error: e.message }));
      result.profile.page = heavy.page;
    }
  }
  await Promise.all(Object.keys(browsers).filter((k) => k !== 'bare').map((k) => browsers[k].close()));
  lap('no flash (fresh profiles)');
  result.flash = await noFlash({ bare, extDir, wwwUrl: www.url, runs: Math.max(1, Number(opt['flash-runs']) || 20), log }).catch((e) => ({ error: e.message }));
} finally {
  await Promise.all(Object.values(browsers).map((b) => b.close()));
  await corpus.close();
  await www.close();
}
lap('filter lists in the worker (wasm in Node)');
result.listsLoad = await listsLoadCost(extDir).catch((e) => ({ error: String(e.message || e) }));
lap('wasm start-up in Node');
try {
  const startup = fileURLToPath(new URL('./startup.mjs', import.meta.url));
  result.startup = JSON.parse(execFileSync(process.execPath, [startup, '--json', '--no-chromium', '--pkg', path.join(extDir, 'pkg')], { stdio: ['ignore', 'pipe', 'pipe'] }).toString());
} catch (e) { result.startup = { error: String(e.message || e).split('\n')[0] }; }
if (!opt['no-native']) {
  lap('native core (cargo bench)');
  result.native = await nativeBench({ root, corpusDir, log }).catch((e) => ({ error: e.message }));
}
result.seconds = (performance.now() - T0) / 1000;
lap('done');

process.stdout.write(report(result));
if (opt.json) {
  fs.mkdirSync(path.dirname(path.resolve(opt.json)), { recursive: true });
  fs.writeFileSync(opt.json, `${JSON.stringify(result, null, 1)}\n`);
  log(`wrote ${opt.json}`);
}
