// Aggregation of per-page results into the summary, and plain-text table printing.
export const CATEGORIES = ['donation', 'notification', 'login', 'newsletter', 'comments', 'paywall', 'cookie'];
const CORE = ['donation', 'notification', 'login'];

const fmt = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));
const pct = (x) => (x === null || x === undefined ? '—' : (100 * x).toFixed(1) + '%');

/** results: per-page objects from annoyances.mjs; cond: 'sift' | 'peer'. */
export function summarize(results, cond) {
  const s = {
    condition: cond, pages: 0, errors: [], recall: {}, missed: [], snippets: { lost: 0, total: 0, list: [] },
    textLost: { mean: null, max: null, pages: 0 }, falseHides: { count: 0, pages: 0, list: [] }, notReady: [],
    clean: { mean: null, max: null, pages: 0 }, core: { hidden: 0, n: 0 }, all: { hidden: 0, n: 0 },
  };
  const cleanShares = [];
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
      const agg = CORE.includes(l.category) ? [s.core, s.all] : [s.all];
      for (const a of agg) { a.n++; if (l.hidden) a.hidden++; }
      if (l.hidden) rc.hidden++; else s.missed.push({ page: r.page, category: l.category, text: l.text, desc: l.desc });
    }
    s.snippets.total += c.snippets.length;
    for (const sn of c.snippets) if (sn.lost) { s.snippets.lost++; s.snippets.list.push({ page: r.page, text: sn.text, source: sn.source }); }
    if (c.textShareLost !== null) shares.push(c.textShareLost);
    // annoyance-free: a census found nothing (or a page checked free of all seven)
    const free = (r.census && !r.labels.length) || CATEGORIES.every((k) => r.noneOf.includes(k));
    if (free && c.textShareLost !== null) cleanShares.push(c.textShareLost);
    if (r.noneOf.length || r.census) {
      s.falseHides.pages++;
      for (const h of c.falseHides) { s.falseHides.count++; s.falseHides.list.push({ page: r.page, ...h }); }
    }
    if (cond === 'sift' && c.ready === false) s.notReady.push(r.page);
  }
  for (const rc of Object.values(s.recall)) rc.recall = rc.n ? rc.hidden / rc.n : null;
  for (const a of [s.core, s.all]) a.recall = a.n ? a.hidden / a.n : null;
  if (cleanShares.length) {
    s.clean = { mean: cleanShares.reduce((a, b) => a + b, 0) / cleanShares.length, max: Math.max(...cleanShares), pages: cleanShares.length };
  }
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
  const mainTable = (sums) => {
    const ref = sums.find((x) => x && !x.skipped) || sums[0];
    const rows = [['condition', ...CATEGORIES.map((c) => `${c} n=${ref?.recall[c]?.n ?? 0}`), 'core', 'all',
      'snippets lost', 'text lost mean/max', 'clean-page text lost', 'false hides', 'not ready', 'errors']];
    for (const x of sums) {
      if (x.skipped) { rows.push([x.condition, ...CATEGORIES.map(() => '—'), '—', '—', '—', '—', '—', '—', '—', 'skipped']); continue; }
      rows.push([
        x.condition,
        ...CATEGORIES.map((c) => (x.recall[c]?.n ? `${fmt(x.recall[c].recall)} (${x.recall[c].hidden})` : '—')),
        fmt(x.core.recall), fmt(x.all.recall),
        `${x.snippets.lost}/${x.snippets.total}`,
        `${pct(x.textLost.mean)} / ${pct(x.textLost.max)}`,
        x.clean.pages ? `${pct(x.clean.mean)} (${x.clean.pages}p)` : '—',
        `${x.falseHides.count} on ${x.falseHides.pages}p`,
        x.condition.startsWith('sift') ? String(x.notReady.length) : 'n/a',
        String(x.errors.length),
      ]);
    }
    return table(rows);
  };
  const conds = summaries.filter((x) => !x.skipped).map((x) => x.condition);
  const groups = (key) => [...new Set(results.map((r) => r[key]).filter(Boolean))].sort();
  w();
  w(`Annoyance eval — ${meta.pages} pages (${meta.labelled} labelled, ${meta.censusPages ?? 0} with a census, ` +
    `${meta.noneOfPages} with none_of), ${meta.labels} labels, ${meta.absent} absent in baseline (excluded), ` +
    `${meta.missingPages} page files missing; labels from ${(meta.labelFiles || []).join(', ')}`);
  w(`recall = hidden/visible-in-baseline (hidden count); core = donation+notification+login; false hides: on a census ` +
    `page any hide that is not a labelled annoyance (nor inside or just around one), on other pages a hide of a category ` +
    `the page was checked not to have (for the peer, which has no categories: any hide on such a page); text lost = ` +
    `1 - len(body innerText)/len(baseline innerText), annoyances' own text included; clean-page text lost = the same on ` +
    `pages whose census found no annoyance`);
  w(`peer: ${meta.peerMode}`);
  w();
  w(mainTable(summaries));
  const sets = groups('set');
  if (sets.length > 1) {
    for (const set of sets) {
      const rs = results.filter((r) => r.set === set);
      w(`\nlabel set "${set}": ${rs.length} pages${rs.some((r) => r.census) ? ' (census: every annoyance labelled)' : ''}`);
      w(mainTable(summaries.map((x) => (x.skipped ? x : summarize(rs, x.condition)))));
    }
  }
  const langs = groups('lang');
  if (langs.length && conds.length) {
    w(`\nby language (the census's language of the page, else <html lang>): recall core (donation, notification, login) / all seven, false hides, clean-page text lost`);
    const rows = [['lang', 'pages', 'labels core/all', ...conds.flatMap((c) => [`${c} core`, `${c} all`, `${c} false`, `${c} clean`])]];
    for (const lang of langs) {
      const rs = results.filter((r) => r.lang === lang);
      const per = conds.map((c) => summarize(rs, c));
      const ref = per[0];
      rows.push([lang, rs.length, `${ref.core.n}/${ref.all.n}`, ...per.flatMap((x) => [
        x.core.n ? `${fmt(x.core.recall)}` : '—', x.all.n ? fmt(x.all.recall) : '—', String(x.falseHides.count),
        x.clean.pages ? pct(x.clean.mean) : '—'])]);
    }
    w(table(rows));
  }
  for (const s of summaries) {
    if (s.skipped) { w(`\n[${s.condition}] skipped: ${s.skipped}`); continue; }
    w(`\n[${s.condition}] missed labels (${s.missed.length})`);
    for (const m of s.missed) w(`  ${m.page}  ${m.category}  "${m.text}"  (${m.desc || 'not found'})`);
    w(`[${s.condition}] false hides (${s.falseHides.list.length}): census pages: hides of no labelled annoyance; other pages: ` +
      `hides of a category the page was checked not to have (the peer's, any hide there)`);
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
