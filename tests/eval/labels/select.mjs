#!/usr/bin/env node
// Chooses the corpus pages for the project's own annoyance labels (tests/eval/labels/pages.txt): never a held-out
// page or one already in ../shared/labels/pages-dev.jsonl; at least a quarter not in English (the page's
// <html lang>, spread over six languages and a few others); weighted toward pages whose MANIFEST scan found donation, notification or login wording, with
// pages where it found nothing so that false hides show. Seeded, so the choice is reproducible.
//
//   node tests/eval/labels/select.mjs [--n 120] [--seed 11] > tests/eval/labels/pages.txt
//   node tests/eval/labels/select.mjs --n 20 --seed 12 --exclude tests/eval/labels/pages.txt   # a further batch
//   node tests/eval/labels/select.mjs --n 40 --seed 16 --quota de:14,es:3,fr:3,it:1,pt:1,ja:2 --exclude ...
//   node tests/eval/labels/select.mjs --n 40 --seed 18 --core --exclude ...   # core-wording pages only
import fs from 'node:fs';
import path from 'node:path';
import { parseCliArgs } from '../../support/cli-args.mjs';
import { loadManifest } from '../corpus.mjs';

const { values: opt } = parseCliArgs(import.meta.url, { options: { n: { type: 'string', default: '120' }, seed: { type: 'string', default: '11' },
  corpus: { type: 'string', default: '../shared/corpus' }, exclude: { type: 'string', multiple: true, default: [] },
  quota: { type: 'string' }, core: { type: 'boolean', default: false } } });
const corpus = path.resolve(opt.corpus);
const read = (f) => fs.readFileSync(f, 'utf8');
const heldout = new Set(read(path.join(corpus, '..', 'labels', 'heldout-pages.txt')).split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
const dev = new Set(read(path.join(corpus, '..', 'labels', 'pages-dev.jsonl')).trim().split('\n').map((l) => JSON.parse(l).page));
// Pages of earlier batches (first column of their pages.txt) are never chosen again.
const earlier = new Set(opt.exclude.flatMap((f) => read(f).split('\n').map((l) => l.split('\t')[0].trim()).filter(Boolean)));
let seed = Number(opt.seed);
const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };

const pages = [];
for (const [p, row] of loadManifest(corpus)) {
  if (heldout.has(p) || dev.has(p) || earlier.has(p) || !p.endsWith('.html')) continue;
  const head = fs.readFileSync(path.join(corpus, p)).subarray(0, 20000).toString('latin1');
  const lang = (head.match(/<html[^>]*\blang\s*=\s*["']?([a-zA-Z]{2})/i)?.[1] || '??').toLowerCase();
  const cats = row.cats || '';
  const core = /donation|notification|login/.test(cats);
  pages.push({ p, lang, core, none: !cats, key: rand() });
}
pages.sort((a, b) => a.key - b.key);
// `--core`: only pages whose scan found donation, notification or login wording, besides the few chosen for
// having none (the scan's core pages left outside the labels are few, and core recall rests on them).
if (opt.core) pages.splice(0, pages.length, ...pages.filter((x) => x.core || x.none));
const n = Number(opt.n);
const nonEn = pages.filter((x) => x.lang !== 'en' && x.lang !== '??');
const en = pages.filter((x) => x.lang === 'en' || x.lang === '??');
const pick = [];
const take = (list, k, pred) => { for (const x of list) { if (pick.length >= n || k <= 0) break; if (pred(x) && !pick.includes(x)) { pick.push(x); k--; } } };
// non-English pages spread over languages (German dominates the corpus): per language a quota, core pages first
// `--quota de:14,es:3` gives a batch's own counts instead (the corpus outside the labels is mostly German).
const QUOTA = { de: 12, es: 7, fr: 5, it: 3, pt: 3, ja: 2 };
const own = opt.quota ? Object.fromEntries(opt.quota.split(',').map((kv) => {
  const [lang, k] = kv.split(':');
  if (!/^[a-z]{2}$/.test(lang) || !/^\d+$/.test(k ?? '')) throw new Error(`--quota: "${kv}" is not lang:count`);
  return [lang, Number(k)];
})) : null;
for (const [lang, k] of Object.entries(own ?? QUOTA)) {
  const q = own ? k : Math.round((k * n) / 120);
  take(nonEn, Math.ceil(q / 2), (x) => x.lang === lang && x.core);
  take(nonEn, q - pick.filter((x) => x.lang === lang).length, (x) => x.lang === lang);
}
take(nonEn, Math.round((3 * n) / 120), (x) => !(x.lang in (own ?? QUOTA)));
take(en, Math.round(n * 0.5), (x) => x.core);
take(en, Math.round(n * 0.1), (x) => x.none);
take(en, n - pick.length, () => true);
for (const x of pick) process.stdout.write(`${x.p}\t${x.lang}\n`);
