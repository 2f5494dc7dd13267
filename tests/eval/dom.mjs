// Functions evaluated inside the page (must be self-contained).

/**
 * Locate each label's element and report its visibility; collect body text and Sift's own marks.
 * args: { labels: [{selector?, text, occurrence?}], markVisible: bool }
 *   occurrence: index among minimal text candidates chosen in the baseline (undefined in the baseline itself).
 *   markVisible: remember every visible element that has text (used before applying the peer).
 */
export function measurePage({ labels, markVisible }) {
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK']);
  const norm = (s) => (s || '').toLowerCase().replace(/\s+/g, '');
  const visible = (el) => {
    if (!el || !el.isConnected) return false;
    const r = el.getBoundingClientRect();
    return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && r.width * r.height > 0;
  };
  const describe = (el) => {
    if (!el) return null;
    let d = el.tagName.toLowerCase();
    if (el.id) d += '#' + el.id;
    const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/).filter(Boolean).slice(0, 3) : [];
    if (cls.length) d += '.' + cls.join('.');
    return d;
  };
  // minimal elements (no element child also matches) whose textContent contains t, in document order
  const minimal = (t) => {
    const out = [];
    const visit = (el) => {
      let child = false;
      for (const c of el.children) {
        if (SKIP.has(c.tagName)) continue;
        if (norm(c.textContent).includes(t)) { child = true; visit(c); }
      }
      if (!child) out.push(el);
    };
    if (document.body && norm(document.body.textContent).includes(t)) visit(document.body);
    return out;
  };
  const labelEls = [];
  const labelResults = labels.map((l) => {
    if (l.selector) {
      let el = null;
      try { el = document.querySelector(l.selector); } catch { /* bad selector */ }
      if (el) { labelEls.push(el); return { via: 'selector', found: true, visible: visible(el), desc: describe(el) }; }
    }
    const t = norm(l.text);
    const cands = minimal(t);
    let idx = l.occurrence;
    if (idx === undefined) {
      // baseline: first candidate that renders the text and is visible, else first that renders it
      idx = cands.findIndex((el) => visible(el) && norm(el.innerText).includes(t));
      if (idx < 0) idx = cands.findIndex((el) => norm(el.innerText).includes(t));
    }
    const el = idx >= 0 ? cands[idx] : null;
    if (el) labelEls.push(el);
    return { via: 'text', found: !!el, occurrence: idx, visible: visible(el), desc: describe(el) };
  });
  // a hide is of a labelled annoyance when it is the labelled element, inside it or around it
  // (around it: when it holds little more text than the label's box, so a wrapper hiding the article is not)
  const around = (el, l) => el.contains(l) && (el.textContent || '').length <= 2 * (l.textContent || '').length + 400;
  const labelled = (el) => labelEls.some((l) => l === el || l.contains(el) || around(el, l));
  window.__siftEvalLabelEls = labelEls;
  if (markVisible) {
    const vis = [];
    for (const el of document.body ? document.body.querySelectorAll('*') : []) {
      if (SKIP.has(el.tagName)) continue;
      if (/\S/.test(el.textContent || '') && visible(el)) vis.push(el);
    }
    window.__siftEvalVisible = vis;
  }
  const siftHides = [...document.querySelectorAll('[data-sift-hide]')].map((el) => ({
    labelled: labelled(el), category: el.getAttribute('data-sift-hide'), reason: el.getAttribute('data-sift-reason') || undefined,
    desc: describe(el), text: (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 80),
  }));
  return {
    labels: labelResults,
    bodyText: document.body ? document.body.innerText : '',
    ready: document.documentElement.hasAttribute('data-sift-ready'),
    siftHides,
  };
}

/** After the peer's cosmetics: elements marked visible before that are hidden now (outermost only). */
export function peerHidden() {
  const visible = (el) => {
    if (!el || !el.isConnected) return false;
    const r = el.getBoundingClientRect();
    return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && r.width * r.height > 0;
  };
  const describe = (el) => {
    let d = el.tagName.toLowerCase();
    if (el.id) d += '#' + el.id;
    const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/).filter(Boolean).slice(0, 3) : [];
    if (cls.length) d += '.' + cls.join('.');
    return d;
  };
  const hidden = (window.__siftEvalVisible || []).filter((el) => !visible(el));
  const set = new Set(hidden);
  const outer = hidden.filter((el) => { for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false; return true; });
  const labelEls = window.__siftEvalLabelEls || [];
  const around = (el, l) => el.contains(l) && (el.textContent || '').length <= 2 * (l.textContent || '').length + 400;
  const labelled = (el) => labelEls.some((l) => l === el || l.contains(el) || around(el, l));
  return outer.map((el) => ({ labelled: labelled(el), desc: describe(el), text: (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 80) }));
}

/** In Sift's page: what the filter lists hide there (the rules of their stylesheets, which are in the DOM, and
 * their procedural hides) that would be shown without them, as peerHidden counts the peer's: elements with text
 * that are visible with the lists' sheets switched off for a moment, outermost only and not inside what the
 * detector hid; list hides have no category. Runs after measurePage (its labelled elements). */
export function listHidden() {
  const describe = (el) => {
    let d = el.tagName.toLowerCase();
    if (el.id) d += '#' + el.id;
    const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/).filter(Boolean).slice(0, 3) : [];
    if (cls.length) d += '.' + cls.join('.');
    return d;
  };
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && r.width * r.height > 0;
  };
  const sheets = [...document.querySelectorAll('style[data-sift="lists"], style[data-sift="lists-generic"]')];
  const found = new Set();
  for (const style of sheets) {
    for (const rule of style.sheet ? style.sheet.cssRules : []) {
      if (!(rule instanceof CSSStyleRule) || rule.style.display !== 'none') continue;
      try { document.querySelectorAll(rule.selectorText).forEach((el) => found.add(el)); } catch { /* a selector this browser refuses */ }
    }
  }
  const procedural = [...document.querySelectorAll('[data-sift-list]:not([data-sift-show])')];
  procedural.forEach((el) => found.add(el));
  const inBody = [...found].filter((el) => document.body && document.body.contains(el) && !el.closest('[data-sift-hide]'));
  // Which of them the page would show: the sheets off, the procedural hides shown, for this one synchronous read.
  for (const s of sheets) s.disabled = true;
  procedural.forEach((el) => el.setAttribute('data-sift-show', ''));
  const shown = new Set(inBody.filter((el) => /\S/.test(el.textContent || '') && visible(el)));
  procedural.forEach((el) => el.removeAttribute('data-sift-show'));
  for (const s of sheets) s.disabled = false;
  const outer = [...shown].filter((el) => { for (let p = el.parentElement; p; p = p.parentElement) if (shown.has(p)) return false; return true; });
  const labelEls = window.__siftEvalLabelEls || [];
  const around = (el, l) => el.contains(l) && (el.textContent || '').length <= 2 * (l.textContent || '').length + 400;
  const labelled = (el) => labelEls.some((l) => l === el || l.contains(el) || around(el, l));
  return outer.map((el) => ({ labelled: labelled(el), list: true, desc: describe(el), text: (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 80) }));
}
