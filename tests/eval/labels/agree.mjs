#!/usr/bin/env node
// Agreement between two independent label passes over the same pages (GUIDE.md): renders each page once, finds the
// element each record names (its selector, else its text, as `make eval` does) and matches the two passes' records
// on the same page and category whose elements are the same or one inside the other. Prints per category the
// records both passes have, A only and B only, Cohen's kappa over page × category presence, and writes every
// unmatched record to a to-do file for adjudication.
//
//   node tests/eval/labels/agree.mjs A.jsonl B.jsonl [--todo out/labels/todo.jsonl]
import fs from 'node:fs';
import path from 'node:path';
import { parseCliArgs } from '../../support/cli-args.mjs';
import { startServer } from '../server.mjs';
import { loadLabels, resolvePageFile } from '../corpus.mjs';
import { launch, openSettled, withDeadline, PAGE_TIMEOUT_MS } from '../browser.mjs';
import { CATEGORIES } from '../report.mjs';

const { values: opt, positionals } = parseCliArgs(import.meta.url, {
  allowPositionals: true,
  options: { corpus: { type: 'string', default: '../shared/corpus' }, todo: { type: 'string', default: 'out/labels/todo.jsonl' } },
});
if (positionals.length !== 2) { console.error('usage: agree.mjs A.jsonl B.jsonl [--todo FILE]'); process.exit(64); }
const corpusDir = path.resolve(opt.corpus);
if (!fs.existsSync(path.join(corpusDir, 'MANIFEST.tsv'))) { console.error(`error: no corpus at ${corpusDir}`); process.exit(2); }
const [A, B] = positionals.map((f) => new Map(loadLabels(path.resolve(f)).map((e) => [e.page, e])));

/** In the page: for each label, an index into a list of located elements, and which contains which. */
function locate(labels) {
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const norm = (s) => (s || '').toLowerCase().replace(/\s+/g, '');
  const minimal = (t) => {
    const out = [];
    const visit = (el) => {
      let child = false;
      for (const c of el.children) if (!SKIP.has(c.tagName) && norm(c.textContent).includes(t)) { child = true; visit(c); }
      if (!child) out.push(el);
    };
    if (document.body && norm(document.body.textContent).includes(t)) visit(document.body);
    return out;
  };
  const els = labels.map((l) => {
    if (l.selector) { try { const el = document.querySelector(l.selector); if (el) return el; } catch { /* bad selector */ } }
    const t = norm(l.text);
    return minimal(t).find((el) => norm(el.innerText).includes(t)) || null;
  });
  return labels.map((_, i) => labels.map((__, j) => !!els[i] && !!els[j] && (els[i] === els[j] || els[i].contains(els[j]) || els[j].contains(els[i]))));
}

const server = await startServer(corpusDir);
const env = await launch({ bypassCSP: true });
const per = Object.fromEntries(CATEGORIES.map((c) => [c, { both: 0, aOnly: 0, bOnly: 0 }]));
const todo = [];
const presence = []; // [a, b] per page × category
const pages = [...new Set([...A.keys(), ...B.keys()])];
let n = 0;
try {
  for (const page of pages) {
    n++;
    const a = A.get(page) || { labels: [], noneOf: [], missing: true };
    const b = B.get(page) || { labels: [], noneOf: [], missing: true };
    if (a.missing || b.missing) { todo.push({ page, problem: `only in pass ${a.missing ? 'B' : 'A'}` }); continue; }
    const all = [...a.labels.map((l) => ({ ...l, pass: 'A' })), ...b.labels.map((l) => ({ ...l, pass: 'B' }))];
    let overlap = null;
    if (all.length) {
      const file = resolvePageFile(corpusDir, page);
      overlap = await withDeadline(PAGE_TIMEOUT_MS * 2, page, async () => {
        const { page: p } = await openSettled(env.context, server.urlFor(file));
        try { return await p.evaluate(locate, all.map((l) => ({ selector: l.selector, text: l.text }))); } finally { await p.close(); }
      }).catch((e) => { todo.push({ page, problem: e.message }); return null; });
      if (!overlap) continue;
    }
    const matchedB = new Set();
    all.forEach((l, i) => {
      if (l.pass !== 'A') return;
      const j = all.findIndex((m, k) => m.pass === 'B' && !matchedB.has(k) && m.category === l.category && overlap[i][k]);
      if (j >= 0) { matchedB.add(j); per[l.category].both++; return; }
      per[l.category] && per[l.category].aOnly++;
      const other = all.find((m, k) => m.pass === 'B' && overlap[i][k]);
      todo.push({ page, pass: 'A', category: l.category, text: l.text, selector: l.selector, note: l.note, other: other ? `B has it as ${other.category}` : 'B has no record here' });
    });
    all.forEach((l, k) => {
      if (l.pass !== 'B' || matchedB.has(k)) return;
      per[l.category] && per[l.category].bOnly++;
      const other = all.find((m, i) => m.pass === 'A' && overlap[i][k]);
      todo.push({ page, pass: 'B', category: l.category, text: l.text, selector: l.selector, note: l.note, other: other ? `A has it as ${other.category}` : 'A has no record here' });
    });
    for (const c of CATEGORIES) presence.push([a.labels.some((l) => l.category === c), b.labels.some((l) => l.category === c)]);
    if (a.lang !== b.lang) todo.push({ page, problem: `lang: A ${a.lang}, B ${b.lang}` });
    process.stderr.write(`\r[${n}/${pages.length}]`);
  }
} finally {
  await env.close();
  await server.close();
}
const kappa = (pairs) => {
  const N = pairs.length;
  if (!N) return null;
  const po = pairs.filter(([x, y]) => x === y).length / N;
  const pa = pairs.filter(([x]) => x).length / N;
  const pb = pairs.filter(([, y]) => y).length / N;
  const pe = pa * pb + (1 - pa) * (1 - pb);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
};
process.stderr.write('\n');
console.log(`${pages.length} pages; records matched on the same element and category`);
console.log('category      both  A only  B only');
for (const c of CATEGORIES) console.log(`${c.padEnd(12)}  ${String(per[c].both).padStart(4)}  ${String(per[c].aOnly).padStart(6)}  ${String(per[c].bOnly).padStart(6)}`);
const k = kappa(presence);
console.log(`page × category presence: Cohen's kappa ${k === null ? '—' : k.toFixed(3)} over ${presence.length} pairs`);
fs.mkdirSync(path.dirname(path.resolve(opt.todo)), { recursive: true });
fs.writeFileSync(opt.todo, todo.map((t) => JSON.stringify(t)).join('\n') + (todo.length ? '\n' : ''));
console.log(`${todo.length} disagreements to resolve → ${opt.todo}`);
