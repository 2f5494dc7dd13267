#!/usr/bin/env node
// `make bench` (MEASURE.md §3): speed, size and memory of the BUILT extension (dist/chrome) in headless
// Chromium on the corpus served offline on 127.0.0.1, and of the core natively (criterion). One run prints
// every number and every ratio, all measured in that run.
//
//   node tests/bench/run.mjs [--pages N (120)] [--json out/bench.json] [--corpus ../shared/corpus]
//        [--ext dist/chrome] [--no-native] [--no-profile]
//
// Progress goes to stderr, the table to stdout, everything measured to the JSON file.
// Exit: 0 when the run completed (whatever the numbers), 2 when the build or the corpus is missing, 1 on a crash.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { startServer } from '../eval/server.mjs';
import { serve } from '../support/server.mjs';
import { CHROMIUM } from '../support/browsers.mjs';
import { launch } from './browser.mjs';
import { choosePages, inPageCost } from './inpage.mjs';
import { memoryAfter } from './memory.mjs';
import { lateBanners } from './late.mjs';
import { noFlash } from './flash.mjs';
import { sizes } from './size.mjs';
import { nativeBench } from './native.mjs';
import { profilePage } from './profile.mjs';
import { report } from './report.mjs';

const { values: opt } = parseArgs({
  options: {
    pages: { type: 'string', default: '120' },
    json: { type: 'string', default: 'out/bench.json' },
    corpus: { type: 'string', default: '../shared/corpus' },
    ext: { type: 'string', default: 'dist/chrome' },
    'no-native': { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) {
  process.stdout.write(fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1, 11).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
  process.exit(0);
}

const root = path.resolve(new URL('../..', import.meta.url).pathname);
const corpusDir = path.resolve(opt.corpus);
const extDir = path.resolve(opt.ext);
const log = (s) => process.stderr.write(`${s}\n`);
const T0 = performance.now();
const lap = (what) => log(`${what} (${((performance.now() - T0) / 1000).toFixed(0)} s)`);

if (!fs.existsSync(path.join(extDir, 'manifest.json'))) { log(`error: no extension at ${extDir}: run \`make build\` first`); process.exit(2); }
if (!fs.existsSync(corpusDir)) { log(`error: corpus not found at ${corpusDir} (pass --corpus)`); process.exit(2); }

const result = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, load: os.loadavg() },
  chromium: (() => { try { return execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch { return CHROMIUM; } })(),
};
result.size = sizes(root);

const n = Math.max(1, Number(opt.pages) || 120);
const { chosen, largest, total } = choosePages(corpusDir, n);
result.corpus = { dir: corpusDir, pages: chosen.length, of: total, largest: largest.page, largestBytes: largest.bytes };
log(`bench: ${chosen.length} of ${total} corpus pages, extension ${path.relative(root, extDir)}, ${result.machine.cpus} CPUs`);

const corpus = await startServer(corpusDir);
const www = await serve(path.join(root, 'www'));
const bare = await launch(null);
const sift = await launch(extDir);
try {
  lap('in-page cost');
  result.pages = await inPageCost({ bare, sift, server: corpus, pages: chosen, log });
  lap('memory');
  result.memory = await memoryAfter({ bare, sift, url: corpus.urlFor(largest.page), log }).catch((e) => ({ error: e.message }));
  result.memory.page = largest.page;
  lap('late banners');
  result.late = await lateBanners({ sift, wwwUrl: www.url, log }).catch((e) => ({ error: e.message }));
  lap('no flash');
  result.flash = await noFlash({ bare, sift, wwwUrl: www.url, log }).catch((e) => ({ error: e.message }));
  if (!opt['no-profile']) {
    const heavy = result.pages.filter((p) => Number.isFinite(p.siftMs)).sort((a, b) => b.siftMs - a.siftMs)[0];
    if (heavy) {
      lap(`profile of ${heavy.page}`);
      result.profile = await profilePage({ sift, url: corpus.urlFor(heavy.page), origin: corpus.origin, log }).catch((e) => ({ error: e.message }));
      result.profile.page = heavy.page;
    }
  }
} finally {
  await Promise.all([bare.close(), sift.close()]);
  await corpus.close();
  await www.close();
}
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
