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
 * pages-dev.jsonl → [{ page, labels: [{category,text,selector?,kind,note}], noneOf: [..] }] in file order.
 */
export function loadLabels(labelsFile) {
  const byPage = new Map();
  const lines = fs.readFileSync(labelsFile, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let o;
    try { o = JSON.parse(line); } catch (e) { throw new Error(`${labelsFile}:${i + 1}: ${e.message}`); }
    const page = nfc(o.page);
    if (!byPage.has(page)) byPage.set(page, { page, labels: [], noneOf: [] });
    const entry = byPage.get(page);
    if (Array.isArray(o.none_of)) entry.noneOf.push(...o.none_of.filter((c) => !entry.noneOf.includes(c)));
    if (o.category) entry.labels.push({ category: o.category, text: o.text, selector: o.selector, kind: o.kind, note: o.note, line: i + 1 });
  });
  return [...byPage.values()];
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
