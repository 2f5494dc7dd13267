// Aggregation of per-page results into the summary, and plain-text table printing.
export const CATEGORIES = ['donation', 'notification', 'login', 'newsletter', 'comments', 'paywall', 'cookie'];

const fmt = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));
const pct = (x) => (x === null || x === undefined ? '—' : (100 * x).toFixed(1) + '%');

/** results: per-page objects from annoyances.mjs; cond: 'sift' | 'peer'. */
export function summarize(results, cond) {
  const s = {
    condition: cond, pages: 0, errors: [], recall: {}, missed: [], snippets: { lost: 0, total: 0, list: [] },
    textLost: { mean: null, max: null, pages: 0 }, falseHides: { count: 0, pages: 0, list: [] }, notReady: [],
  };
  for (const c of CATEGORIES) s.recall[c] = { hidden: 0, n: 0, absent: 0, recall: null };
  const shares = [];
  for (const r of results) {
    const c = r.conditions?.[cond];
    if (!c) continue;
    if (c.error) { s.errors.push({ page: r.page, error: c.error }); continue; }
    if (r.conditions.baseline?.error) continue;
    s.pages++;
    for (const l of c.labels) {
      const rc = (s.recall[l.category] ||= { hidden: 0, n: 0, absent: 0, recall: null });
      if (!l.baselineVisible) { rc.absent++; continue; }
      rc.n++;
      if (l.hidden) rc.hidden++; else s.missed.push({ page: r.page, category: l.category, text: l.text, desc: l.desc });
    }
    s.snippets.total += c.snippets.length;
    for (const sn of c.snippets) if (sn.lost) { s.snippets.lost++; s.snippets.list.push({ page: r.page, text: sn.text, source: sn.source }); }
    if (c.textShareLost !== null) shares.push(c.textShareLost);
    if (r.noneOf.length) {
      s.falseHides.pages++;
      for (const h of c.falseHides) { s.falseHides.count++; s.falseHides.list.push({ page: r.page, ...h }); }
    }
    if (cond === 'sift' && c.ready === false) s.notReady.push(r.page);
  }
  for (const rc of Object.values(s.recall)) rc.recall = rc.n ? rc.hidden / rc.n : null;
  if (shares.length) {
    s.textLost = { mean: shares.reduce((a, b) => a + b, 0) / shares.length, max: Math.max(...shares), pages: shares.length };
  }
  return s;
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

const LIST_CAP = 12; // per page, in the printed lists (the JSON has everything)

function capped(items, keyFn, write) {
  const seen = new Map();
  let skipped = 0;
  for (const it of items) {
    const k = keyFn(it);
    const n = (seen.get(k) || 0) + 1;
    seen.set(k, n);
    if (n <= LIST_CAP) write(it); else skipped++;
  }
  return skipped;
}

export function printReport(out, summaries, meta, results = []) {
  const w = (s = '') => out.write(s + '\n');
  const ref = summaries.find((s) => s && !s.skipped) || summaries[0];
  const head = ['condition', ...CATEGORIES.map((c) => `${c} n=${ref?.recall[c]?.n ?? 0}`),
    'snippets lost', 'text lost mean/max', 'none_of hides', 'not ready', 'errors'];
  const rows = [head];
  for (const s of summaries) {
    if (s.skipped) { rows.push([s.condition, ...CATEGORIES.map(() => '—'), '—', '—', '—', '—', 'skipped']); continue; }
    rows.push([
      s.condition,
      ...CATEGORIES.map((c) => (s.recall[c]?.n ? `${fmt(s.recall[c].recall)} (${s.recall[c].hidden})` : '—')),
      `${s.snippets.lost}/${s.snippets.total}`,
      `${pct(s.textLost.mean)} / ${pct(s.textLost.max)}`,
      `${s.falseHides.count} on ${s.falseHides.pages}p`,
      s.condition === 'sift' ? String(s.notReady.length) : 'n/a',
      String(s.errors.length),
    ]);
  }
  w();
  w(`Annoyance eval — ${meta.pages} pages (${meta.labelled} labelled, ${meta.noneOfPages} none_of), ` +
    `${meta.labels} labels, ${meta.absent} absent in baseline (excluded), ${meta.missingPages} page files missing`);
  w(`recall = hidden/visible-in-baseline (hidden count); sift none_of hides = data-sift-hide in a none_of category; ` +
    `peer none_of hides = text elements visible in baseline hidden by the peer (peer has no categories); ` +
    `text lost = 1 - len(body innerText)/len(baseline innerText), annoyances' own text included`);
  w(`peer: ${meta.peerMode}`);
  w();
  w(table(rows));
  for (const s of summaries) {
    if (s.skipped) { w(`\n[${s.condition}] skipped: ${s.skipped}`); continue; }
    w(`\n[${s.condition}] missed labels (${s.missed.length})`);
    for (const m of s.missed) w(`  ${m.page}  ${m.category}  "${m.text}"  (${m.desc || 'not found'})`);
    w(`[${s.condition}] ${s.condition === 'sift' ? 'false hides' : 'hides'} on none_of pages (${s.falseHides.list.length})`);
    const more = capped(s.falseHides.list, (h) => h.page,
      (h) => w(`  ${h.page}  ${h.category || '-'}  ${h.desc}  "${h.text}"${h.reason ? `  reason: ${h.reason}` : ''}`));
    if (more) w(`  … ${more} more (beyond ${LIST_CAP} per page; see --json)`);
    w(`[${s.condition}] lost snippets (${s.snippets.list.length})`);
    for (const l of s.snippets.list) w(`  ${l.page}  [${l.source}]  "${l.text}"`);
    if (s.notReady.length) { w(`[${s.condition}] pages not ready within 5 s (${s.notReady.length})`); for (const p of s.notReady) w(`  ${p}`); }
    if (s.errors.length) { w(`[${s.condition}] errors (${s.errors.length})`); for (const e of s.errors) w(`  ${e.page}: ${e.error}`); }
  }
  // everything the extension hid, per page
  const withSift = results.filter((r) => r.conditions?.sift && !r.conditions.sift.error);
  if (withSift.length) {
    const total = withSift.reduce((a, r) => a + r.conditions.sift.hides.length, 0);
    w(`\n[sift] everything hidden (data-sift-hide), per page: ${total} elements on ${withSift.filter((r) => r.conditions.sift.hides.length).length} pages`);
    for (const r of withSift) {
      const hides = r.conditions.sift.hides;
      if (!hides.length) continue;
      const byCat = {};
      for (const h of hides) byCat[h.category] = (byCat[h.category] || 0) + 1;
      w(`  ${r.page}${r.noneOf.length ? ' (none_of)' : ''}: ${Object.entries(byCat).map(([c, n]) => `${c} ${n}`).join(', ')}`);
      hides.slice(0, LIST_CAP).forEach((h) => w(`    ${h.category}  ${h.desc}  "${h.text}"${h.reason ? `  reason: ${h.reason}` : ''}`));
      if (hides.length > LIST_CAP) w(`    … ${hides.length - LIST_CAP} more`);
    }
  }
}
