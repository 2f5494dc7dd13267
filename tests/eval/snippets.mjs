// Article snippets per page from the corpus' own ground truth. These are *candidates*: the harness keeps the
// ones present in the baseline page's innerText (up to MAX_SNIPPETS, spread over the article).
import fs from 'node:fs';
import path from 'node:path';

export const MAX_SNIPPETS = 6;
const MIN_LEN = 40;
const MAX_LEN = 80;

export const normText = (s) => s.replace(/\s+/g, ' ').trim();

function readJson(file) {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return null; }
}

/** Cut a paragraph into pieces of MIN_LEN..MAX_LEN chars on word boundaries (start, middle, end of paragraph). */
export function piecesOf(paragraph) {
  const p = normText(paragraph);
  if (p.length < MIN_LEN) return p.length >= 20 ? [p] : [];
  if (p.length <= MAX_LEN) return [p];
  const words = p.split(' ');
  const out = [];
  let cur = [];
  for (const w of words) {
    const next = cur.length ? cur.join(' ') + ' ' + w : w;
    if (next.length > MAX_LEN && cur.join(' ').length >= MIN_LEN) { out.push(cur.join(' ')); cur = [w]; } else cur.push(w);
  }
  const last = cur.join(' ');
  if (last.length >= MIN_LEN && last.length <= MAX_LEN) out.push(last);
  // keep the first, a middle and the last piece of each paragraph
  if (out.length <= 3) return out;
  return [out[0], out[Math.floor(out.length / 2)], out[out.length - 1]];
}

/** Loads every ground truth once; returns page → [{ text, source }] candidates. */
export function loadSnippetSource(corpusDir) {
  const aeb = readJson(path.join(corpusDir, 'scrapinghub-aeb/ground-truth.json')) || {};
  const traf = readJson(path.join(corpusDir, 'trafilatura/evaldata.json')) || {};
  const post = (readJson(path.join(corpusDir, 'postlight-truth.json')) || {}).pages || {};
  const trafByFile = new Map();
  for (const [url, v] of Object.entries(traf)) if (v && v.file) trafByFile.set(v.file.normalize('NFC'), { url, ...v });

  return function candidates(page) {
    const out = [];
    const add = (text, source) => { for (const t of piecesOf(text)) out.push({ text: t, source }); };
    const m = page.match(/^scrapinghub-aeb\/html\/([0-9a-f]{64})\.html$/);
    if (m && aeb[m[1]]) for (const para of String(aeb[m[1]].articleBody || '').split(/\n+/)) add(para, 'aeb.articleBody');
    const r = page.match(/^readability\/([^/]+)\/source\.html$/);
    if (r) {
      const meta = readJson(path.join(corpusDir, 'readability', r[1], 'expected-metadata.json'));
      if (meta?.excerpt) add(meta.excerpt, 'readability.excerpt');
      if (meta?.title) add(meta.title, 'readability.title');
    }
    if (page.startsWith('trafilatura/')) {
      const t = trafByFile.get(path.basename(page).normalize('NFC'));
      // `with` items are short must-keep strings; URLs among them are link targets, not text
      if (t) for (const w of t.with || []) if (!/^https?:\/\//.test(w) && normText(w).length >= 8) out.push({ text: normText(w), source: 'trafilatura.with' });
    }
    if (post[page]) {
      for (const c of post[page].content || []) add(c, 'postlight.content');
      if (post[page].title) add(post[page].title, 'postlight.title');
      if (post[page].dek) add(post[page].dek, 'postlight.dek');
    }
    // dedupe
    const seen = new Set();
    return out.filter((s) => !seen.has(s.text) && seen.add(s.text));
  };
}

/** Choose up to MAX_SNIPPETS among the candidates present in the baseline text, spread evenly. */
export function chooseSnippets(candidates, baselineTextNorm) {
  const present = candidates.filter((c) => baselineTextNorm.includes(c.text));
  if (present.length <= MAX_SNIPPETS) return present;
  const step = present.length / MAX_SNIPPETS;
  return Array.from({ length: MAX_SNIPPETS }, (_, i) => present[Math.floor(i * step)]);
}
