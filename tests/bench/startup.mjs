// Engine start-up in wasm, outside the browser: the shipped pkg/ loaded in Node (V8, as in Chromium), each
// step timed in a fresh child process so nothing is warm: compiling the module, instantiating it, building
// the engine (`new SiftEngine()`, every rule pattern), and the two calls a page makes: `survey` on its texts,
// names and form fields, then `decide` on the demo article's snapshot from fuzz/seeds/decide/, and that `decide` once
// more, warm (what the first call paid once: the lazy automata's states for the page's words). Whoever holds the engine
// pays these before its first verdict: each page and frame, or once the extension's service worker.
// Then, in Chromium, that worker's cold start (tests/bench/worker.mjs): the worker stopped, a page opened,
// the time until Sift is done on it against the same page with the worker warm; the list-based peer beside it.
//
//   node tests/bench/startup.mjs [--pkg pkg] [--runs 7] [--ext dist/chrome] [--no-chromium]
//        prints both tables; --json prints the Node medians only (add --chromium for the tables as well)

import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseCliArgs } from '../support/cli-args.mjs';

const { values: opt } = parseCliArgs(import.meta.url, {
  options: {
    pkg: { type: 'string', default: 'pkg' },
    runs: { type: 'string', default: '7' },
    json: { type: 'boolean', default: false },
    ext: { type: 'string', default: 'dist/chrome' },
    chromium: { type: 'boolean' },
    'no-chromium': { type: 'boolean', default: false },
    child: { type: 'boolean', default: false },
  },
});

const STEPS = ['compile', 'instantiate', 'engine', 'survey', 'decide'];

async function child(pkg) {
  const { runInThisContext } = await import('node:vm');
  runInThisContext(`${readFileSync(path.join(pkg, 'sift.js'), 'utf8')}\nglobalThis.wasm_bindgen = wasm_bindgen;`);
  const bytes = readFileSync(path.join(pkg, 'sift_bg.wasm'));
  const t = {};
  let t0 = performance.now();
  const module = await WebAssembly.compile(bytes);
  t.compile = performance.now() - t0;
  t0 = performance.now();
  await globalThis.wasm_bindgen({ module_or_path: module });
  t.instantiate = performance.now() - t0;
  t0 = performance.now();
  const engine = new globalThis.wasm_bindgen.SiftEngine();
  t.engine = performance.now() - t0;
  // What a page's first scan asks: short texts (most not asks, one a donation line), the class and id names of
  // its boxes and the kinds of its form fields. A step whose method is gone from the engine is reported as
  // missing, not as a crash.
  const step = (name, method, ...args) => {
    if (typeof engine[method] !== 'function') { t[name] = null; return; }
    const s0 = performance.now();
    engine[method](...args);
    t[name] = performance.now() - s0;
  };
  const texts = [];
  for (let i = 0; i < 300; i++) texts.push(`Headline number ${i}: the council met on Tuesday to discuss the budget`);
  texts.push('Your support helps us keep reporting. Make a contribution today.');
  const names = ['div article-body', 'aside donate-banner', 'form newsletter-signup', 'div comments'];
  step('survey', 'survey', JSON.stringify({ texts, names, controls: ['email', 'textarea'], frames: ['Comments'], article: null }), 'news.example');
  // The one-decision API: the demo article's snapshot, as the fuzz target is seeded with it.
  const seed = new URL('../../fuzz/seeds/decide/demo.json', import.meta.url);
  if (existsSync(seed)) {
    const snapshot = readFileSync(seed, 'utf8');
    step('decide', 'decide', snapshot);
    // The same call again: what is left once the first call's one-time costs (the matchers' caches) are paid.
    step('again', 'decide', snapshot);
  } else {
    t.decide = null;
    t.again = null;
  }
  process.stdout.write(JSON.stringify(t));
}

if (opt.child) {
  await child(opt.pkg);
} else {
  const pkg = path.resolve(opt.pkg);
  if (!existsSync(path.join(pkg, 'sift_bg.wasm'))) {
    console.error(`startup: ${pkg}/sift_bg.wasm missing: run \`make build\` first`);
    process.exit(2);
  }
  const runs = Math.max(1, Number(opt.runs) || 7);
  const all = [];
  for (let r = 0; r < runs; r++) {
    const out = execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--child', '--pkg', pkg]);
    all.push(JSON.parse(out.toString()));
  }
  const median = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : null; };
  const med = Object.fromEntries(STEPS.map((k) => [k, median(all.map((x) => x[k]))]));
  med.total = STEPS.reduce((a, k) => a + (med[k] ?? 0), 0);
  med.again = median(all.map((x) => x.again));
  if (opt.json) {
    process.stdout.write(`${JSON.stringify(med)}\n`);
  } else {
    console.log(`Engine start-up in wasm (Node ${process.version}, fresh process each, median of ${runs})`);
    for (const k of [...STEPS, 'total']) console.log(`  ${k.padEnd(12)} ${med[k] == null ? '      — (no such method in this build)' : `${med[k].toFixed(1).padStart(7)} ms`}`);
    if (med.again != null) console.log(`  then decide on the same snapshot again: ${med.again.toFixed(1)} ms (the first call's one-time costs paid)`);
  }
  if (opt.chromium ?? (!opt.json && !opt['no-chromium'])) await chromiumColdStart(path.resolve(opt.ext), runs);
}

async function chromiumColdStart(extDir, runs) {
  const { launch } = await import('./browser.mjs');
  const { serve } = await import('../support/server.mjs');
  const { workerColdStart } = await import('./worker.mjs');
  const { ensureBenchExtensions } = await import('./peer/build.mjs');
  const { fmt } = await import('./stats.mjs');
  const root = path.resolve(new URL('../..', import.meta.url).pathname);
  if (!existsSync(path.join(extDir, 'manifest.json'))) { console.error(`startup: no extension at ${extDir}`); return; }
  const ext = await ensureBenchExtensions({ log: (x) => console.error(`  ${x}`) });
  const www = await serve(path.join(root, 'www'));
  console.log(`\nService worker cold start in Chromium (demo article; worker stopped, then the page; median of ${runs})`);
  for (const [kind, dir] of [['sift', extDir], ['peer', ext.peer]]) {
    const b = await launch(dir);
    try {
      const w = await workerColdStart({ browser: b, kind, url: `${www.url}/demo/article.html`, runs, log: (x) => console.error(x) });
      console.log(`  ${kind.padEnd(5)} done after document start: cold ${fmt(w.coldDoneMs.median, 1)} ms, warm ${fmt(w.warmDoneMs.median, 1)} ms, ` +
        `cold costs ${fmt(w.extraMs.median, 1)} ms more; worker restarted by the page in ${w.workerStarted}/${runs} runs, ` +
        `${fmt(w.workerStartAfterDocStartMs.median, 1)} ms after document start` +
        (w.workerEngineMs.n ? `; engine load in the worker (${kind === 'peer' ? 'fetch + deserialize' : 'sift-engine-* marks'}) ${fmt(w.workerEngineMs.median, 1)} ms` : ''));
    } catch (e) {
      console.log(`  ${kind}: error: ${e.message}`);
    } finally {
      await b.close();
    }
  }
  await www.close();
}
