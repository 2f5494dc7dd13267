// Reading the page: cheap facts for every element first (names, short texts), expensive ones (computed
// style, boxes, controls) only for the candidates the core picked out. Nothing here changes the page.

// eslint-disable-next-line no-unused-vars
const SiftCollect = (() => {
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'svg', 'SVG', 'CANVAS',
    'IFRAME', 'TEXTAREA', 'SELECT', 'OPTION', 'MARK']);
  const MAX_PROBE_TEXT = 400;
  const MAX_FACT_TEXT = 1500;
  const MAX_CHAIN = 10;
  const CHAIN_TEXT_LIMIT = 5000;
  const MAX_SHADOW_ROOTS = 500;

  const collapse = (s) => s.replace(/\s+/g, ' ').trim();
  const classOf = (el) => (typeof el.className === 'string' ? el.className : el.getAttribute('class') || '');

  /** The parent element, crossing out of a shadow tree to its host. */
  function parentOf(el) {
    if (el.parentElement) return el.parentElement;
    const up = el.parentNode;
    return up && up.nodeType === Node.DOCUMENT_FRAGMENT_NODE && up.host ? up.host : null;
  }

  /** Open shadow roots inside `root`, nested ones included. Closed roots stay private, as their page meant. */
  function openShadowRoots(root) {
    const found = [];
    const pending = [root];
    if (root.shadowRoot && root.nodeType === Node.ELEMENT_NODE) {
      found.push(root.shadowRoot);
      pending.push(root.shadowRoot);
    }
    while (pending.length && found.length < MAX_SHADOW_ROOTS) {
      const walker = document.createTreeWalker(pending.pop(), NodeFilter.SHOW_ELEMENT);
      for (let el = walker.nextNode(); el; el = walker.nextNode()) {
        const sr = el.shadowRoot;
        if (sr && !SKIP.has(el.tagName)) {
          found.push(sr);
          pending.push(sr);
        }
      }
    }
    return found;
  }

  function rendered(el) {
    if (typeof el.checkVisibility === 'function') return el.checkVisibility();
    return el.getClientRects().length > 0;
  }

  /** Short texts of the page and the elements that hold them (for the wording prefilter). */
  function probes(root, skip) {
    const texts = [];
    const owners = [];
    const seen = new Set();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = node.data;
      if (data.length < 4 || data.length > 4 * MAX_PROBE_TEXT) continue;
      const parent = node.parentElement;
      if (!parent || SKIP.has(parent.tagName) || seen.has(parent) || skip(parent)) continue;
      seen.add(parent);
      // The parent's whole text catches wording split over inline tags ("<b>Sign in</b> to continue").
      const whole = parent.textContent;
      const text = collapse(whole.length <= MAX_PROBE_TEXT ? whole : data);
      if (text.length < 6) continue;
      texts.push(text);
      owners.push(parent);
    }
    return { texts, owners };
  }

  /** `tag id class role` of elements that carry names (for the name prefilter). */
  function names(root, skip) {
    const list = [];
    const owners = [];
    const all = root.querySelectorAll('[id],[class],[role]');
    const consider = (el) => {
      if (SKIP.has(el.tagName) || skip(el)) return;
      list.push(`${el.tagName.toLowerCase()} ${el.id} ${classOf(el)} ${el.getAttribute('role') || ''}`);
      owners.push(el);
    };
    if (root.nodeType === Node.ELEMENT_NODE && root.matches('[id],[class],[role]')) consider(root);
    for (const el of all) consider(el);
    return { names: list, owners };
  }

  /** Paragraph statistics for the article finder. */
  function articleInput(doc) {
    const containers = [];
    const index = new Map();
    const indexOf = (el) => {
      if (!el || el === doc.documentElement) return -1;
      let i = index.get(el);
      if (i === undefined) {
        i = containers.length;
        index.set(el, i);
        const text = el.textContent || '';
        let linkLen = 0;
        for (const a of el.querySelectorAll('a')) linkLen += (a.textContent || '').length;
        containers.push({ tag: el.tagName.toLowerCase(), id: el.id, class: classOf(el), textLen: text.length, linkLen, el });
      }
      return i;
    };
    const blocks = [];
    const paras = doc.body ? doc.body.querySelectorAll('p, pre, td, blockquote') : [];
    let n = 0;
    for (const p of paras) {
      if (++n > 4000) break;
      const text = p.textContent || '';
      if (text.trim().length < 25) continue;
      let linkLen = 0;
      for (const a of p.querySelectorAll('a')) linkLen += (a.textContent || '').length;
      const parent = p.parentElement;
      blocks.push({
        parent: indexOf(parent),
        grand: parent ? indexOf(parent.parentElement) : -1,
        textLen: text.length,
        linkLen,
        commas: (text.match(/[,،、，]/g) || []).length,
      });
    }
    return { input: { blocks, containers: containers.map(({ el, ...c }) => c) }, elements: containers.map((c) => c.el) };
  }

  const CONTROL = 'button, [role=button], input[type=submit], input[type=button], a';

  /** Facts the core scores an element on (see `ElementFacts` in src/model.rs). */
  function facts(el, ctx) {
    const text = el.textContent || '';
    const buttons = [];
    for (const b of el.querySelectorAll(CONTROL)) {
      const label = collapse(b.value && b.tagName === 'INPUT' ? b.value : b.textContent || b.getAttribute('aria-label') || '');
      if (label && label.length <= 40) buttons.push(label);
      if (buttons.length >= 12) break;
    }
    const inputs = [];
    let links = 0;
    let linkTextLen = 0;
    for (const i of el.querySelectorAll('input')) {
      const hint = `${i.type} ${i.name} ${i.getAttribute('placeholder') || ''} ${i.getAttribute('autocomplete') || ''}`;
      inputs.push(i.type === 'password' ? 'password' : /mail/i.test(hint) ? 'email' : i.type || 'text');
    }
    // Lengths count collapsed text: indentation between tags must not dilute the share of link text in a menu
    // or make a wrapper look different from the box it only wraps.
    for (const a of el.querySelectorAll('a')) {
      links++;
      linkTextLen += collapse(a.textContent || '').length;
    }
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const vw = window.innerWidth || 1;
    const vh = window.innerHeight || 1;
    const visW = Math.max(0, Math.min(rect.right, vw) - Math.max(rect.left, 0));
    const visH = Math.max(0, Math.min(rect.bottom, vh) - Math.max(rect.top, 0));
    const art = ctx.article;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id || '',
      class: classOf(el),
      role: el.getAttribute('role') || '',
      ariaModal: el.getAttribute('aria-modal') === 'true',
      text: collapse(text.slice(0, MAX_FACT_TEXT * 2)).slice(0, MAX_FACT_TEXT),
      textLen: text.length > CHAIN_TEXT_LIMIT * 4 ? text.length : collapse(text).length,
      buttons,
      inputs,
      links,
      linkTextLen,
      position: style.position,
      zIndex: parseInt(style.zIndex, 10) || 0,
      viewportCover: (visW * visH) / (vw * vh),
      inArticle: !!art && art !== el && art.contains(el),
      containsArticle: !!art && el.contains(art),
      pageTextShare: ctx.pageTextLen ? text.length / ctx.pageTextLen : 0,
      afterArticle: !!art && !art.contains(el) && !!(art.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
      userOpened: ctx.userOpened,
    };
  }

  /** The chain of `el` and its ancestors, innermost first, cut before the article, `body` or big boxes. */
  function chain(el, ctx) {
    const elements = [];
    for (let cur = el; cur && elements.length < MAX_CHAIN; cur = parentOf(cur)) {
      if (cur === document.body || cur === document.documentElement) break;
      if (ctx.article && cur.contains(ctx.article)) break;
      if ((cur.textContent || '').length > CHAIN_TEXT_LIMIT) break;
      elements.push(cur);
    }
    return elements;
  }

  return { probes, names, articleInput, facts, chain, rendered, collapse, parentOf, openShadowRoots };
})();
