// Loads the labelled page set, the corpus manifest and the page URLs.
import fs from 'node:fs';
import path from 'node:path';

const nfc = (s) => s.normalize('NFC');

/** MANIFEST.tsv → Map(path → row object). */
export function loadManifest(corpusDir) {
  const file = path.join(corpusDir, 'MANIFEST.tsv');
  const map = new Map();
  if (!fs.existsSync(file)) return map;
  const [head, ...rows] = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const cols = head.split('\t');
  for (const line of rows) {
    const cells = line.split('\t');
    const row = Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
    map.set(nfc(row.path), row);
  }
  return map;
}

/** A real http(s) URL, or null (MANIFEST has `fixture:…` and bare paths for some pages). */
export function realUrl(s) {
  if (!s) return null;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch { return null; }
}

/**
 * Label files (../shared/labels/pages-dev.jsonl, tests/eval/labels/labels.jsonl) → [{ page, set, lang, census,
 * labels: [{category,text,selector?,kind,note}], noneOf: [..] }] in file order. A census record
 * (`{"page", "lang", "census": true, "none_of": [...]}`) says every annoyance of the page is labelled; a page marked
 * `unusable` is left out.
 */
export function loadLabels(labelsFile, set = path.basename(labelsFile, '.jsonl')) {
  const byPage = new Map();
  const unusable = new Set();
  const lines = fs.readFileSync(labelsFile, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let o;
    try { o = JSON.parse(line); } catch (e) { throw new Error(`${labelsFile}:${i + 1}: ${e.message}`); }
    if (typeof o.page !== 'string') throw new Error(`${labelsFile}:${i + 1}: a record without "page"`);
    const page = nfc(o.page);
    if (!byPage.has(page)) byPage.set(page, { page, set, lang: null, census: false, labels: [], noneOf: [] });
    const entry = byPage.get(page);
    if (o.unusable) unusable.add(page);
    if (typeof o.lang === 'string') entry.lang = o.lang.toLowerCase();
    if (o.census) entry.census = true;
    if (Array.isArray(o.none_of)) entry.noneOf.push(...o.none_of.filter((c) => !entry.noneOf.includes(c)));
    if (o.category) entry.labels.push({ category: o.category, text: o.text, selector: o.selector, kind: o.kind, note: o.note, line: i + 1 });
  });
  return [...byPage.values()].filter((e) => !unusable.has(e.page));
}

/** The language a page declares (`<html lang>`, two letters), or '??'. */
export function declaredLang(corpusDir, page) {
  try {
    const head = fs.readFileSync(path.join(corpusDir, page)).subarray(0, 20000).toString('latin1');
    return (head.match(/<html[^>]*\blang\s*=\s*["']?([a-zA-Z]{2})/i)?.[1] || '??').toLowerCase();
  } catch { return '??'; }
}

/** Find the file for a page path, tolerating Unicode normalisation differences in file names. */
export function resolvePageFile(corpusDir, page) {
  const direct = path.join(corpusDir, page);
  if (fs.existsSync(direct)) return page;
  const dir = path.dirname(page);
  const want = nfc(path.basename(page));
  try {
    const hit = fs.readdirSync(path.join(corpusDir, dir)).find((f) => nfc(f) === want);
    if (hit) return path.join(dir, hit);
  } catch { /* missing dir */ }
  return null;
}
