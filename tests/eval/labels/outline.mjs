#!/usr/bin/env node
// Labelling aid: renders corpus pages offline in Chromium (no extension, 1280x900, as `make eval`'s baseline)
// and writes, per page, an outline of what is rendered (boxes with their text, unique selectors, fixed/sticky
// layers, frames and shadow roots) and a full-page screenshot, so a labeller can take a census of the page's
// annoyances; `--check` verifies a labels file against the rendered pages (text found and visible, selector
// unique).
//
//   node tests/eval/labels/outline.mjs [--out out/labels] [--corpus ../shared/corpus] PAGE...
//   node tests/eval/labels/outline.mjs --check tests/eval/labels/pass-a.jsonl
//
// PAGE is a path relative to the corpus (as in MANIFEST.tsv). Exit 2 without ../shared.
import fs from 'node:fs';
import path from 'node:path';
import { parseCliArgs } from '../../support/cli-args.mjs';
import { startServer } from '../server.mjs';
import { loadLabels, resolvePageFile } from '../corpus.mjs';
import { launch, openSettled, withDeadline, PAGE_TIMEOUT_MS } from '../browser.mjs';
import { measurePage } from '../dom.mjs';

const { values: opt, positionals } = parseCliArgs(import.meta.url, {
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'out/labels' },
    corpus: { type: 'string', default: '../shared/corpus' },
    check: { type: 'string' },
    'max-height': { type: 'string', default: '9000' },
  },
});
const corpusDir = path.resolve(opt.corpus);
if (!fs.existsSync(path.join(corpusDir, 'MANIFEST.tsv'))) {
  console.error(`error: no corpus at ${corpusDir} (needs ../shared beside the checkout)`);
  process.exit(2);
}
const heldout = new Set(fs.readFileSync(path.join(corpusDir, '..', 'labels', 'heldout-pages.txt'), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));

/** In the page: the outline lines and the page's language. */
function outlinePage() {
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK', 'SVG', 'PATH']);
  const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const cssId = (s) => (window.CSS && CSS.escape ? CSS.escape(s) : s);
  const unique = (sel, root) => { try { return root.querySelectorAll(sel).length === 1; } catch { return false; } };
  const selectorOf = (el) => {
    const root = el.getRootNode();
    if (el.id && unique('#' + cssId(el.id), root)) return '#' + cssId(el.id);
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && e !== document.documentElement; e = e.parentElement) {
      let part = e.tagName.toLowerCase();
      if (e.id && unique('#' + cssId(e.id), root)) { parts.unshift('#' + cssId(e.id)); break; }
      const cls = typeof e.className === 'string' ? e.className.trim().split(/\s+/).filter((c) => /^[A-Za-z_-][\w-]*$/.test(c)).slice(0, 2) : [];
      if (cls.length) part += '.' + cls.join('.');
      const sibs = e.parentElement ? [...e.parentElement.children].filter((s) => s.tagName === e.tagName) : [];
      if (sibs.length > 1) part += `:nth-of-type(${sibs.indexOf(e) + 1})`;
      parts.unshift(part);
      const sel = parts.join(' > ');
      if (unique(sel, root)) return sel;
    }
    return parts.join(' > ');
  };
  const lines = [];
  const visit = (el, depth) => {
    if (SKIP.has(el.tagName.toUpperCase())) return;
    const cs = getComputedStyle(el);
    if (cs.display === 'none') return;
    const r = el.getBoundingClientRect();
    const text = clean(el.innerText);
    const shown = el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && r.width * r.height > 0;
    const layer = cs.position === 'fixed' || cs.position === 'sticky' ? ` ${cs.position.toUpperCase()}` : '';
    const head = `${'  '.repeat(depth)}${selectorOf(el)} [${Math.round(r.width)}x${Math.round(r.height)}@${Math.round(r.left)},${Math.round(r.top + scrollY)}${layer}${shown ? '' : ' HIDDEN'}]`;
    const controls = [...el.querySelectorAll('input,button,select,textarea,iframe')].length;
    if (el.tagName === 'IFRAME') { lines.push(`${head} IFRAME src=${el.getAttribute('src') || ''}`); return; }
    const kids = [...el.children].filter((c) => !SKIP.has(c.tagName.toUpperCase()));
    const textKids = kids.filter((c) => clean(c.innerText) || c.shadowRoot || c.tagName === 'IFRAME' || c.querySelector('iframe,input,button'));
    if (el.shadowRoot) lines.push(`${head} SHADOW-ROOT`);
    if (!text && !controls && !el.shadowRoot) return;
    if ((text.length <= 240 && !el.shadowRoot) || textKids.length === 0) {
      const ctl = controls ? ` {${[...el.querySelectorAll('input,button,select,textarea')].slice(0, 4).map((c) => c.tagName.toLowerCase() + (c.type ? ':' + c.type : '')).join(' ')}}` : '';
      lines.push(`${head}${ctl} "${text.slice(0, 240)}${text.length > 240 ? '…' : ''}"`);
      return;
    }
    if (textKids.length === 1 && !layer && !el.shadowRoot) { visit(textKids[0], depth); return; }
    lines.push(`${head} (${text.length} chars)`);
    for (const c of kids) visit(c, depth + 1);
    if (el.shadowRoot) for (const c of el.shadowRoot.children) visit(c, depth + 1);
  };
  if (document.body) visit(document.body, 0);
  return { lang: document.documentElement.lang || '', title: document.title, lines };
}

const server = await startServer(corpusDir);
const env = await launch({ bypassCSP: true });
const slug = (p) => p.replace(/[^\w.-]+/g, '_').slice(-120);

try {
  if (opt.check) {
    const pages = loadLabels(path.resolve(opt.check));
    let bad = 0;
    for (const entry of pages) {
      if (heldout.has(entry.page)) { console.log(`HELD-OUT PAGE (must not be labelled): ${entry.page}`); bad++; continue; }
      const file = resolvePageFile(corpusDir, entry.page);
      if (!file) { console.log(`missing page: ${entry.page}`); bad++; continue; }
      const m = await withDeadline(PAGE_TIMEOUT_MS * 2, entry.page, async () => {
        const { page } = await openSettled(env.context, server.urlFor(file));
        try {
          const res = await page.evaluate(measurePage, { labels: entry.labels.map((l) => ({ selector: l.selector, text: l.text })), markVisible: false });
          const counts = await page.evaluate((sels) => sels.map((s) => { try { return s ? document.querySelectorAll(s).length : null; } catch { return -1; } }), entry.labels.map((l) => l.selector));
          return { res, counts };
        } finally { await page.close(); }
      }).catch((e) => ({ error: e.message }));
      if (m.error) { console.log(`${entry.page}: ${m.error}`); bad++; continue; }
      entry.labels.forEach((l, k) => {
        const r = m.res.labels[k];
        const problems = [];
        if (!r.found) problems.push('text not found');
        else if (!r.visible) problems.push('not visible');
        if (l.selector && m.counts[k] !== 1) problems.push(`selector matches ${m.counts[k]}`);
        if (problems.length) { bad++; console.log(`${entry.page}:${l.line} ${l.category} "${l.text}": ${problems.join(', ')}`); }
      });
    }
    console.log(`${pages.length} pages, ${pages.reduce((a, p) => a + p.labels.length, 0)} labels, ${bad} problems`);
    process.exitCode = bad ? 1 : 0;
  } else {
    fs.mkdirSync(opt.out, { recursive: true });
    for (const p of positionals) {
      if (heldout.has(p)) { console.error(`refused: ${p} is a held-out page`); continue; }
      const file = resolvePageFile(corpusDir, p);
      if (!file) { console.error(`missing page: ${p}`); continue; }
      await withDeadline(PAGE_TIMEOUT_MS * 3, p, async () => {
        const { page } = await openSettled(env.context, server.urlFor(file));
        try {
          const o = await page.evaluate(outlinePage);
          const base = path.join(opt.out, slug(p));
          fs.writeFileSync(`${base}.txt`, `page: ${p}\nlang: ${o.lang}\ntitle: ${o.title}\n\n${o.lines.join('\n')}\n`);
          const h = await page.evaluate(() => document.documentElement.scrollHeight);
          // a clip beyond the viewport needs fullPage; a taller page is cut at --max-height
          await page.screenshot({ path: `${base}.png`, fullPage: true,
            clip: h > Number(opt['max-height']) ? { x: 0, y: 0, width: 1280, height: Number(opt['max-height']) } : undefined });
          console.log(`${base}.txt  ${base}.png  (${o.lines.length} lines, lang ${o.lang || '?'})`);
        } finally { await page.close(); }
      }).catch((e) => console.error(`${p}: ${e.message}`));
    }
  }
} finally {
  await env.close();
  await server.close();
}
