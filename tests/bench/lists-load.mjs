// The filter lists' cost in the worker, in Node (V8, as Chromium): the shipped wasm (an extension's pkg/)
// loading the build's packed lists (lists/rules.txt), then answering pages: `pageLists`
// (a page's hello) and a survey's generic rules for its names. Medians of several runs.
//
//   node tests/bench/lists-load.mjs [--ext dist/chrome] [--runs 7] [--json]

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { parseCliArgs } from '../support/cli-args.mjs';

/** `{loadMs, helloMs, surveyMs, rules, always, keys, bytes}`, or `{error}`. */
export async function listsLoadCost(extDir, runs = 7) {
  const rulesFile = join(extDir, 'lists/rules.txt');
  if (!existsSync(rulesFile)) return { error: `no filter lists in ${extDir}` };
  if (!globalThis.wasm_bindgen) {
    runInThisContext(`${readFileSync(join(extDir, 'pkg/sift.js'), 'utf8')}\nglobalThis.wasm_bindgen = wasm_bindgen;`);
    await globalThis.wasm_bindgen({ module_or_path: readFileSync(join(extDir, 'pkg/sift_bg.wasm')) });
  }
  const text = readFileSync(rulesFile, 'utf8');
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const load = [];
  let engine = null;
  let info = null;
  for (let r = 0; r < runs; r++) {
    engine = new globalThis.wasm_bindgen.SiftEngine();
    const t0 = performance.now();
    info = engine.loadLists(text);
    load.push(performance.now() - t0);
  }
  engine.setSettings(null);
  // Hosts the lists name, and one they do not.
  const section = text.slice(text.indexOf('\nhosts ') + 1).split('\n').slice(1).map((l) => l.split('\t')[0]);
  const hosts = section.filter((h) => h && !h.endsWith('.*')).filter((_, i) => i % 997 === 0).concat(['www.unlisted-news.example']);
  const hello = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const h of hosts) engine.pageLists(h);
    hello.push((performance.now() - t0) / hosts.length);
  }
  // A survey's names as a news page has them: a few thousand elements, classes from a common vocabulary.
  const words = ['header', 'nav', 'article', 'content', 'story', 'body', 'share', 'footer', 'modal', 'cookie-banner', 'newsletter', 'promo', 'ad', 'sidebar', 'related', 'card', 'title', 'btn', 'icon', 'wrapper'];
  const names = Array.from({ length: 3000 }, (_, i) => `div ${i % 50 === 0 ? `el-${i}` : ''} ${words[i % words.length]} ${words[(i * 7) % words.length]}-${i % 13} `);
  const survey = JSON.stringify({ texts: [], names, controls: [], frames: [], article: null });
  const surveyMs = [];
  let generic = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    generic = engine.survey(survey, 'www.unlisted-news.example').lists.length;
    surveyMs.push(performance.now() - t0);
  }
  return { loadMs: median(load), helloMs: median(hello), surveyMs: median(surveyMs), surveyNames: names.length, surveyRules: generic, ...info, bytes: text.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values: opt } = parseCliArgs(import.meta.url, { options: { ext: { type: 'string', default: 'dist/chrome' }, runs: { type: 'string', default: '7' }, json: { type: 'boolean', default: false } } });
  const r = await listsLoadCost(opt.ext, Number(opt.runs) || 7);
  if (opt.json || r.error) console.log(JSON.stringify(r));
  else {
    console.log(`filter lists in the worker (wasm in Node): load ${r.loadMs.toFixed(1)} ms (${r.bytes} bytes, ${r.rules} rules, ${r.always} generic in every page, ${r.keys} classes/ids index the rest); ` +
      `a page's hello ${r.helloMs.toFixed(3)} ms; a survey of ${r.surveyNames} names ${r.surveyMs.toFixed(2)} ms (${r.surveyRules} generic rules)`);
  }
}
