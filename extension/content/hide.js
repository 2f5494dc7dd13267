// Hiding, reversibly: a data attribute per hidden element (the stylesheet in sift.css does the hiding, so no
// inline style of the page is touched; inside a shadow tree, where the document's stylesheet does not
// reach, an inline `display: none !important`, its previous style attribute kept to put back), and a repair
// of what modal nags leave behind (scroll locked on html/body, the article blurred or made inert), each
// remembered exactly so that undo restores the page.

/* global SiftCollect, SiftSheet */

const SiftHide = (() => {
  const hidden = new Map(); // element -> {id, category, reason, confidence, rules, text}
  const revealed = new WeakSet(); // elements the reader chose to see again: never hidden again
  const repairs = []; // {el, attr, before} in the order made
  const rules = new Map(); // selector -> element it was made for (the session stylesheet's rules)
  const sheet = SiftSheet.create('session');
  let nextId = 1;

  /** A CSS selector that matches `el` alone in the document now (its id, or its tag and classes), or null. */
  function selectorFor(el) {
    const id = SiftCollect.attrOf(el, 'id'); // not el.id: a form's field named "id" shadows it
    // Generated ids (long digit runs) change per visit; a selector on them would never match again.
    if (id && /^[A-Za-z][\w-]{2,63}$/.test(id) && !/\d{4,}/.test(id)) {
      const s = `#${CSS.escape(id)}`;
      if (document.querySelectorAll(s).length === 1) return s;
    }
    const classes = [...el.classList].filter((c) => c.length < 48).slice(0, 4);
    if (!classes.length) return null;
    const s = `${SiftCollect.tagOf(el).toLowerCase()}${classes.map((c) => `.${CSS.escape(c)}`).join('')}`;
    return document.querySelectorAll(s).length === 1 ? s : null;
  }

  /** The core's verdict on a box also holds for a copy the page inserts again (an anti-blocker re-inserting
   * its banner every frame): the box's selector goes into a session stylesheet, so the copy is hidden as it is
   * inserted, before any paint, while the engine looks at it again. Undo removes the sheet. */
  function writeSheet() {
    sheet.set([...rules.keys()]);
  }

  function addRule(el) {
    if (el.getRootNode() !== document || rules.size >= 64) return;
    const s = selectorFor(el);
    if (!s || rules.has(s)) return;
    rules.set(s, el);
    writeSheet();
  }

  function isHidden(el) {
    for (let cur = el; cur; cur = SiftCollect.parentOf(cur)) if (hidden.has(cur)) return true;
    return false;
  }

  /** Hidden by a decision of the core (not only provisionally, from the site's memory, until the first scan). */
  function isDecided(el) {
    for (let cur = el; cur; cur = SiftCollect.parentOf(cur)) {
      const entry = hidden.get(cur);
      if (entry && !entry.provisional) return true;
    }
    return false;
  }

  const inside = (el, outer) => {
    for (let cur = el; cur; cur = SiftCollect.parentOf(cur)) if (cur === outer) return true;
    return false;
  };

  /** The page put `el` inside a frame that a hide was widened to around its box: from now on only the box is
   * hidden (the frame is no longer empty), so what the page added is seen and judged on its own. True when
   * a hide was narrowed. */
  function narrow(el) {
    for (const [frame, entry] of [...hidden]) {
      if (!entry.box || frame === el || !inside(el, frame) || inside(el, entry.box)) continue;
      const { box, ...verdict } = entry;
      unhideElement(frame);
      for (const [sel, owner] of [...rules]) if (owner === frame) rules.delete(sel);
      writeSheet();
      if (box.isConnected) hide(box, verdict);
      return true;
    }
    return false;
  }

  /** Whether a box inside `el` (its shadow trees included) is hidden by Sift. */
  function holdsHidden(el) {
    for (const h of hidden.keys()) {
      for (let cur = SiftCollect.parentOf(h); cur; cur = SiftCollect.parentOf(cur)) if (cur === el) return true;
    }
    return false;
  }

  /** Forget elements the page itself removed, so a site re-inserting a banner cannot grow the list. */
  function prune() {
    for (const el of [...hidden.keys()]) if (!el.isConnected) hidden.delete(el);
  }

  function hide(el, verdict) {
    if (hidden.size >= 64) prune();
    if (hidden.has(el) || revealed.has(el)) return false;
    const entry = {
      id: nextId++,
      category: verdict.category,
      reason: verdict.reason,
      confidence: Math.round(verdict.confidence * 100) / 100,
      rules: verdict.rules,
      text: (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 120),
      modal: !!verdict.modal,
      provisional: !!verdict.provisional,
      // all that this frame shows (the page around it was asked to hide the frame element)
      wholeFrame: !!verdict.wholeFrame,
      // a frame element hidden for its frame's sake: revealing it reveals the frame's content too
      frameToken: typeof verdict.frameToken === 'string' ? verdict.frameToken : null,
      // the box the core chose inside `el`, when it widened the hide to the empty frame around it
      box: verdict.box && verdict.box !== el ? verdict.box : null,
      shadow: el.getRootNode() !== document,
    };
    hidden.set(el, entry);
    if (entry.shadow) {
      entry.styleBefore = el.getAttribute('style');
      el.style.setProperty('display', 'none', 'important');
    }
    el.setAttribute('data-sift-hide', verdict.category);
    el.setAttribute('data-sift-reason', `${verdict.category}: ${verdict.reason}`);
    if (!entry.provisional) addRule(el);
    return true;
  }

  function unhideElement(el) {
    const entry = hidden.get(el);
    if (entry && entry.shadow) {
      if (entry.styleBefore === null) el.removeAttribute('style');
      else el.setAttribute('style', entry.styleBefore);
    }
    el.removeAttribute('data-sift-hide');
    el.removeAttribute('data-sift-reason');
    hidden.delete(el);
  }

  function remember(el, attr) {
    if (repairs.some((r) => r.el === el && r.attr === attr)) return;
    repairs.push({ el, attr, before: el.getAttribute(attr) });
  }

  /** Undo a scroll lock, blur or inert that a hidden modal left on the page around `article`. True if it changed anything. */
  function repair(article) {
    if (![...hidden.values()].some((h) => h.modal)) return false;
    let changed = false;
    const force = (el, prop, value) => {
      remember(el, 'style');
      el.style.setProperty(prop, value, 'important');
      changed = true;
    };
    for (const el of [document.documentElement, document.body]) {
      if (!el) continue;
      const s = getComputedStyle(el);
      if (s.overflowY === 'hidden') force(el, 'overflow', 'visible');
      if (s.position === 'fixed') force(el, 'position', 'static');
    }
    const around = [];
    for (let cur = article; cur && cur !== document.documentElement; cur = cur.parentElement) around.push(cur);
    if (document.body) around.push(...document.body.children);
    for (const el of around) {
      if (isHidden(el)) continue;
      if (/blur\(/.test(getComputedStyle(el).filter)) force(el, 'filter', 'none');
      if (el.hasAttribute('inert')) {
        remember(el, 'inert');
        el.removeAttribute('inert');
        changed = true;
      }
    }
    return changed;
  }

  function undoRepairs() {
    while (repairs.length) {
      const { el, attr, before } = repairs.pop();
      if (before === null) el.removeAttribute(attr);
      else el.setAttribute(attr, before);
    }
  }

  function undoAll() {
    for (const el of [...hidden.keys()]) unhideElement(el);
    rules.clear();
    writeSheet();
    undoRepairs();
  }

  function reveal(id) {
    for (const [el, entry] of hidden) {
      if (entry.id === id) {
        unhideElement(el);
        revealed.add(el);
        for (const [sel, owner] of [...rules]) if (owner === el || el.matches(sel)) rules.delete(sel);
        writeSheet();
        if (![...hidden.values()].some((h) => h.modal)) undoRepairs();
        return true;
      }
    }
    return false;
  }

  /** Take back the hides made from memory before the engine ran (the scan that follows decides afresh). */
  function undoProvisional() {
    liftProvisional();
  }

  /** Show the provisional hides (or all hides) for a moment, while facts are read in the same task; returns
   * what `restoreProvisional` needs to hide them again before anything is painted. */
  function liftProvisional(all = false) {
    const lifted = [];
    if (all) sheet.disable(true); // the session rules would keep the boxes unrendered
    for (const [el, entry] of [...hidden]) {
      if (!entry.provisional && !all) continue;
      lifted.push([el, entry]);
      unhideElement(el);
    }
    return lifted;
  }

  function restoreProvisional(lifted) {
    for (const [el, entry] of lifted) if (el.isConnected) hide(el, entry);
    sheet.disable(false);
  }

  function report() {
    prune();
    return [...hidden.values()].map(({ modal, provisional, shadow, styleBefore, wholeFrame, frameToken, box, ...rest }) => rest);
  }

  return {
    hide, isHidden, isDecided, isHiddenBox: (el) => hidden.has(el), holdsHidden, narrow, repair, undoAll, undoProvisional, liftProvisional, restoreProvisional, reveal, report,
    entries: () => [...hidden],
    selectorFor,
    isRevealed: (el) => revealed.has(el),
    count: () => {
      prune();
      return hidden.size;
    },
  };
})();
