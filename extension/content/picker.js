// The "hide this" picker, started from the popup: the reader points at an element (outlined as the pointer
// moves), widens or narrows the choice with the arrow keys (parent / back down), and clicks or presses Enter
// to hide it on this site from now on; Esc cancels. Only the reader's own input counts (trusted events): a
// page cannot steer the choice. The overlay lives in a closed shadow root, so the page's styles cannot change
// it and its scripts cannot read it. The choice becomes a CSS selector that matches it alone, which the core
// checks before it is stored (SiftUserRules.add).

/* global siftApi */

const SiftPicker = (() => {
  let active = null; // {host, root, box, label, msg, target, narrower: [], done}

  const t = (key, fallback, subs) => {
    try {
      return (siftApi.i18n && siftApi.i18n.getMessage(key, subs)) || fallback;
    } catch {
      return fallback;
    }
  };

  // Names a site generates per build or per visit (hashes, long digit runs) would not match next time.
  const stable = (name) => name.length <= 40 && !/\d{3,}/.test(name) && !/^(css|sc|jsx|svelte|emotion|tw)-/i.test(name)
    && !/^sift-/.test(name) && /^[A-Za-z_-][\w-]*$/.test(name);

  const unique = (sel) => {
    try {
      return document.querySelectorAll(sel).length === 1;
    } catch {
      return false;
    }
  };

  /** A selector for `el`'s own step: its tag and up to two stable classes, with its place among siblings
   * that the same step would match. */
  function step(el, withClasses) {
    const tag = el.tagName.toLowerCase();
    const classes = withClasses ? [...el.classList].filter(stable).slice(0, 2).map((c) => `.${CSS.escape(c)}`).join('') : '';
    let s = `${tag}${classes}`;
    const parent = el.parentElement;
    if (parent) {
      const same = [...parent.children].filter((c) => c.tagName === el.tagName);
      if (same.length > 1 && [...parent.children].filter((c) => c.matches(s)).length > 1) s += `:nth-of-type(${same.indexOf(el) + 1})`;
    }
    return s;
  }

  /** The shortest selector found that matches `el` alone: a stable id, tag and classes, or a path of steps
   * up to an ancestor with a stable id or to <body>. */
  function selectorFor(el) {
    if (el.id && stable(el.id) && unique(`#${CSS.escape(el.id)}`)) return `#${CSS.escape(el.id)}`;
    for (const withClasses of [true, false]) {
      const parts = [];
      for (let cur = el; cur && cur !== document.body && cur !== document.documentElement; cur = cur.parentElement) {
        if (cur !== el && cur.id && stable(cur.id) && unique(`#${CSS.escape(cur.id)}`)) {
          parts.unshift(`#${CSS.escape(cur.id)}`);
          break;
        }
        parts.unshift(step(cur, withClasses));
        if (unique(parts.join(' > '))) break;
      }
      let sel = parts.join(' > ');
      if (!unique(sel)) sel = `body > ${sel}`;
      if (unique(sel) && sel.length <= 256) return sel;
    }
    return null;
  }

  /** What the pointer is over, skipping the picker itself and the page's root elements. */
  function pickable(el) {
    if (!el || el.nodeType !== Node.ELEMENT_NODE) return null;
    if (active && el === active.host) return null;
    if (el === document.documentElement || el === document.body || el === document.head) return null;
    return el;
  }

  function show(el) {
    if (!active) return;
    active.target = el;
    const { box, label } = active;
    if (!el) {
      box.hidden = true;
      label.textContent = '';
      return;
    }
    const sel = selectorFor(el);
    // The choice is also on the host element, for tests and assistive tools (the page could compute it anyway).
    active.host.setAttribute('data-selector', sel || '');
    const r = el.getBoundingClientRect();
    Object.assign(box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    box.hidden = false;
    label.textContent = sel || t('pickerNoSelector', 'no selector matches this element alone');
  }

  function say(text, kind, reason) {
    if (!active) return;
    active.host.setAttribute('data-state', kind === 'ok' ? 'hidden' : 'refused');
    active.host.setAttribute('data-reason', reason || '');
    active.msg.textContent = text;
    active.msg.className = `msg ${kind || ''}`;
  }

  async function choose() {
    const a = active;
    if (!a || !a.target || a.busy) return;
    const selector = selectorFor(a.target);
    if (!selector) {
      say(t('pickerNoSelector', 'no selector matches this element alone'), 'error', 'no selector');
      return;
    }
    a.busy = true;
    let r;
    try {
      r = await a.onPick(selector);
    } catch (err) {
      r = { ok: false, error: String(err && err.message ? err.message : err) };
    }
    a.busy = false;
    if (active !== a) return;
    if (r && r.ok) {
      say(t('pickerHidden', 'Hidden on this site from now on. Remove it in Sift’s popup.'), 'ok');
      a.box.hidden = true;
      a.finished = true;
      setTimeout(() => { if (active === a) stop(); }, 2500);
    } else {
      const why = r ? r.error : 'no answer';
      say(t('pickerRefused', `Not hidden: ${why}`, [why]), 'error', why);
    }
  }

  // Every listener is on window in the capture phase, so the page sees none of the picking input.
  const handlers = {
    mousemove(e) {
      if (!e.isTrusted || active.finished) return;
      if (e.target === active.host) return;
      active.narrower = [];
      show(pickable(document.elementFromPoint(e.clientX, e.clientY)));
    },
    click(e) {
      if (e.target === active.host) return; // the picker's own buttons
      e.preventDefault();
      e.stopImmediatePropagation();
      if (!e.isTrusted || active.finished) return;
      const el = pickable(document.elementFromPoint(e.clientX, e.clientY));
      if (el && !(active.target && active.target.contains(el))) { // a widened choice stays widened
        active.narrower = [];
        show(el);
      }
      choose();
    },
    keydown(e) {
      if (!e.isTrusted) return;
      const a = active;
      if (e.key === 'Escape') stop();
      else if (e.key === 'ArrowUp' && a.target) {
        const up = pickable(a.target.parentElement);
        if (up) {
          a.narrower.push(a.target);
          show(up);
        }
      } else if (e.key === 'ArrowDown' && a.target) {
        const down = a.narrower.pop() || a.target.firstElementChild;
        if (down) show(down);
      } else if (e.key === 'Enter') choose();
      else return;
      e.preventDefault();
      e.stopImmediatePropagation();
    },
    scroll() {
      if (active.target && !active.finished) show(active.target);
    },
  };
  // Presses and releases would reach the page's own handlers (links, menus) before the click does.
  const swallow = (e) => {
    if (e.target === active.host) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const SWALLOW = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'dblclick', 'contextmenu'];

  function build() {
    const host = document.createElement('div');
    host.setAttribute('data-sift', 'picker');
    host.setAttribute('data-state', 'picking');
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = `
      :host { all: initial; }
      .box { position: fixed; z-index: 2147483646; pointer-events: none; box-sizing: border-box;
        border: 2px solid #2d6a4f; background: rgba(45, 106, 79, .18); border-radius: 3px;
        box-shadow: 0 0 0 1px #fff; transition: all .06s; }
      .bar { position: fixed; z-index: 2147483647; left: 12px; right: 12px; bottom: 12px; display: flex;
        flex-wrap: wrap; gap: 6px 12px; align-items: center; padding: 10px 12px; border-radius: 8px;
        background: #1d2420; color: #fff; font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 4px 18px rgba(0,0,0,.35); }
      .help { flex: 1 1 260px; }
      .sel { flex: 1 1 100%; font: 12px ui-monospace, monospace; color: #b7d8c6; overflow-wrap: anywhere; }
      .msg:empty { display: none; }
      .msg { flex: 1 1 100%; font-weight: 600; }
      .msg.error { color: #ffb4a8; } .msg.ok { color: #b7f0cf; }
      button { font: inherit; border: 1px solid #b7d8c6; background: transparent; color: #fff; border-radius: 4px;
        padding: 3px 10px; cursor: pointer; }
      button.primary { background: #2d6a4f; border-color: #2d6a4f; }
      button:focus-visible { outline: 2px solid #fff; outline-offset: 2px; }
    `;
    const box = document.createElement('div');
    box.className = 'box';
    box.hidden = true;
    const bar = document.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'dialog');
    bar.setAttribute('aria-label', t('pickerTitle', 'Sift: hide something on this page'));
    const help = document.createElement('span');
    help.className = 'help';
    help.textContent = t('pickerHelp', 'Point at what to hide and click. ↑ wider · ↓ narrower · Enter hides · Esc cancels');
    const hideBtn = document.createElement('button');
    hideBtn.className = 'primary';
    hideBtn.textContent = t('pickerHide', 'Hide it');
    hideBtn.addEventListener('click', () => choose());
    const cancel = document.createElement('button');
    cancel.textContent = t('pickerCancel', 'Cancel');
    cancel.addEventListener('click', () => stop());
    const label = document.createElement('span');
    label.className = 'sel';
    const msg = document.createElement('span');
    msg.className = 'msg';
    msg.setAttribute('role', 'status');
    bar.append(help, hideBtn, cancel, msg, label);
    root.append(style, box, bar);
    return { host, box, label, msg };
  }

  /**
   * Starts picking on this page; `onPick(selector)` stores the rule and resolves to {ok} or {ok: false, error}.
   * Returns {ok: true}, or {ok: false, error} when the page has no body yet.
   */
  function start(onPick) {
    if (active) stop();
    if (!document.body) return { ok: false, error: 'the page has no body yet' };
    const ui = build();
    active = { ...ui, onPick, target: null, narrower: [], finished: false, busy: false };
    document.documentElement.appendChild(ui.host);
    for (const [type, fn] of Object.entries(handlers)) window.addEventListener(type, fn, true);
    for (const type of SWALLOW) window.addEventListener(type, swallow, true);
    // Keyboard-only readers start from what is in the middle of the window.
    show(pickable(document.elementFromPoint(innerWidth / 2, innerHeight / 2)));
    window.focus();
    return { ok: true };
  }

  function stop() {
    if (!active) return;
    for (const [type, fn] of Object.entries(handlers)) window.removeEventListener(type, fn, true);
    for (const type of SWALLOW) window.removeEventListener(type, swallow, true);
    active.host.remove();
    active = null;
  }

  return { start, stop, selectorFor, isActive: () => !!active };
})();
