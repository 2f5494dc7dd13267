#!/usr/bin/env node
// What the filter lists' stylesheets cost a page, measured both ways, without the extension (the same sheets
// inserted at document start by the page's init script, so only the CSS differs): each corpus page opened in
// one Chromium with
//   none      no sheet;
//   always    the generic rules every page gets at document start (those no class or id can rule out);
//   matched   those plus the keyed generic rules for the classes and ids this page has (what Sift sends after
//             the survey; here in the first sheet already, the most it can cost);
//   all       every generic rule in one sheet (what a blocker without the class/id index would inject).
// Per page the median of --repeat openings of CDP Performance metrics (ThreadTime, RecalcStyleDuration,
// LayoutDuration), minus `none` on the same page; and, in the page, how long switching the sheet off and on
// again costs with the style read in between (what Sift's full scan does to read the page without the lists).
// The rules come from the build's packed lists through its wasm (tests/bench/lists-load.mjs loads it).
//
//   node tests/bench/lists-css.mjs [--pages 20] [--repeat 3] [--ext dist/chrome] [--corpus ../shared/corpus] [--json FILE]

import fs from 'node:fs';
import path from 'node:path';
import { parseCliArgs } from '../support/cli-args.mjs';
import { launch, metrics, sleep } from './browser.mjs';
import { choosePages } from './inpage.mjs';
import { servedAs } from '../eval/browser.mjs';
import { listsLoadCost } from './lists-load.mjs';
import { summary, fmt, table } from './stats.mjs';
import { startServer } from '../eval/server.mjs';

const { values: opt } = parseCliArgs(import.meta.url, {
  options: {
    pages: { type: 'string', default: '20' }, repeat: { type: 'string', default: '3' },
    ext: { type: 'string', default: 'dist/chrome' }, corpus: { type: 'string', default: '../shared/corpus' },
    json: { type: 'string' },
  },
});
const log = (s) => process.stderr.write(`${s}\n`);
const corpusDir = path.resolve(opt.corpus);
const extDir = path.resolve(opt.ext);
if (!fs.existsSync(path.join(corpusDir, 'MANIFEST.tsv'))) { log(`error: no corpus at ${corpusDir}`); process.exit(2); }
const loaded = await listsLoadCost(extDir, 1);
if (loaded.error) { log(`error: ${loaded.error}`); process.exit(2); }
const engine = new globalThis.wasm_bindgen.SiftEngine();
engine.loadLists(fs.readFileSync(path.join(extDir, 'lists/rules.txt'), 'utf8'));
engine.setSettings(null);
const HOST = 'www.unlisted-news.example'; // no host rules: the generic ones alone
const always = engine.pageLists(HOST).sheet.map((r) => r.css);
// Every keyed generic rule: a survey naming every key of the packed lists.
const packed = fs.readFileSync(path.join(extDir, 'lists/rules.txt'), 'utf8');
const keyLines = packed.slice(packed.indexOf('\nkeys ') + 1).split('\n');
const keys = keyLines.slice(1, 1 + Number(keyLines[0].split(' ')[1])).map((l) => l.split('\t')[0]);
const names = keys.map((k) => (k[0] === '#' ? `div ${k.slice(1)}  ` : `div  ${k.slice(1)} `));
const keyed = engine.survey(JSON.stringify({ texts: [], names, article: null }), HOST).lists.map((r) => r.css);
const allRules = [...always, ...keyed];
log(`lists-css: ${always.length} rules in every page's first sheet, ${keyed.length} keyed generic rules, ${allRules.length} in "all"`);

/** Init script: the sheet in the document as soon as it has an element to hold it, like content/sheet.js. */
function insertSheet(css) {
  if (!css) return;
  const s = document.createElement('style');
  s.setAttribute('data-bench', 'lists');
  s.textContent = css;
  const attach = () => (document.head || document.documentElement).appendChild(s);
  if (document.documentElement) attach();
  else {
    const o = new MutationObserver(() => { if (document.documentElement) { o.disconnect(); attach(); } });
    o.observe(document, { childList: true });
  }
}

/** In the page: the sheet off, styles read, on again, styles read (ms). */
function toggleCost() {
  const s = document.querySelector('style[data-bench="lists"]');
  if (!s) return null;
  const t0 = performance.now();
  s.disabled = true;
  void document.body.offsetHeight;
  s.disabled = false;
  void document.body.offsetHeight;
  return performance.now() - t0;
}

/** In the page: its survey names, as content/collect.js writes them. */
function pageNames() {
  const classOf = (el) => (typeof el.className === 'string' ? el.className : el.getAttribute('class') || '');
  return [...document.querySelectorAll('[id],[class],[role]')].map((el) => `${el.tagName.toLowerCase()} ${el.id} ${classOf(el)} ${el.getAttribute('role') || ''}`);
}

const corpus = await startServer(corpusDir);
const browser = await launch(null);
const { chosen } = choosePages(corpusDir, Math.max(1, Number(opt.pages) || 20));
const repeat = Math.max(1, Number(opt.repeat) || 3);
const KEYS = ['ThreadTime', 'RecalcStyleDuration', 'LayoutDuration'];

async function open(p, css) {
  const local = corpus.urlFor(p.page);
  const unroute = p.url ? await servedAs(browser.context, p.url, local) : null;
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(insertSheet, css);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(p.url || local, { waitUntil: 'commit', timeout: 15000 });
    await page.waitForFunction(() => document.readyState === 'complete', null, { timeout: 15000, polling: 20 });
    await sleep(500);
    const m = await metrics(cdp);
    const toggle = css ? await page.evaluate(toggleCost) : null;
    const out = Object.fromEntries(KEYS.map((k) => [k, 1000 * m[k]]));
    return { ...out, toggle, names: css === null ? await page.evaluate(pageNames) : null };
  } finally {
    await page.close().catch(() => {});
    if (unroute) await unroute();
  }
}

const rows = [];
const t0 = performance.now();
for (const [i, p] of chosen.entries()) {
  try {
    const first = await open(p, null); // the page's names, and a warm-up
    const matchedRules = [...always, ...engine.survey(JSON.stringify({ texts: [], names: first.names, article: null }), HOST).lists.map((r) => r.css)];
    const sheets = { none: '', always: always.join('\n'), matched: matchedRules.join('\n'), all: allRules.join('\n') };
    const runs = {};
    for (let k = 0; k < repeat; k++) {
      const order = Object.keys(sheets);
      for (const c of order.map((_, j) => order[(j + k + i) % order.length])) (runs[c] ||= []).push(await open(p, sheets[c]));
    }
    const med = (c, key) => summary(runs[c].map((x) => x[key])).median;
    const row = { page: p.page, elements: first.names.length, matchedRules: matchedRules.length };
    for (const c of Object.keys(sheets)) {
      row[c] = Object.fromEntries(KEYS.map((key) => [key, med(c, key) - med('none', key)]));
      row[c].toggle = c === 'none' ? null : med(c, 'toggle');
    }
    rows.push(row);
  } catch (e) {
    rows.push({ page: p.page, error: String(e.message || e).split('\n')[0] });
  }
  if ((i + 1) % 5 === 0) log(`  ${i + 1}/${chosen.length} pages, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
await browser.close();
await corpus.close();

const good = rows.filter((r) => !r.error);
const out = [['sheet, added vs none (ms per page)', 'rules', 'ΔThread med', 'p95', 'ΔRecalcStyle med', 'p95', 'ΔLayout med', 'off+on med', 'p95']];
for (const c of ['always', 'matched', 'all']) {
  const s = (key) => summary(good.map((r) => r[c][key]));
  out.push([c, c === 'always' ? always.length : c === 'all' ? allRules.length : `${fmt(summary(good.map((r) => r.matchedRules)).median, 0)} (median)`,
    fmt(s('ThreadTime').median, 1), fmt(s('ThreadTime').p95, 1), fmt(s('RecalcStyleDuration').median, 1), fmt(s('RecalcStyleDuration').p95, 1),
    fmt(s('LayoutDuration').median, 1), fmt(s('toggle').median, 2), fmt(s('toggle').p95, 2)]);
}
process.stdout.write(`Filter-list stylesheets on ${good.length} corpus pages (${rows.length - good.length} failed), each sheet ${repeat}× per page, medians; ` +
  `page elements with names: median ${fmt(summary(good.map((r) => r.elements)).median, 0)}\n${table(out)}\n` +
  'off+on = in the page, the sheet switched off and on again with the style read after each (what a full scan of Sift does to read the page without the lists).\n');
if (opt.json) fs.writeFileSync(opt.json, `${JSON.stringify({ always: always.length, keyed: keyed.length, rows }, null, 1)}\n`);
