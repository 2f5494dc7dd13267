// The procedural filters of the lists (`:has-text()`, `:upward()`, `:has()` with those inside, `:xpath()`,
// `:matches-css()`, …), run on the page's elements. The core compiled each filter to a typed program and chose
// the ones for this host (src/filters/selector.rs, `Step`); this file only walks the DOM as the steps say: the
// first step selects from the document, each later one maps or filters the current elements. Nothing is
// changed here; lists.js applies what a program finds.

const SiftProcedural = (() => {
  const regexes = new Map(); // `/re/flags` -> RegExp (or null when the browser refuses it)

  /** @param {import('../types/TextMatch').TextMatch} m @param {string} text */
  function textMatches(m, text) {
    if (typeof m === 'string') return text.includes(m);
    const key = `/${m.re}/${m.flags}`;
    if (!regexes.has(key)) {
      let re = null;
      try { re = new RegExp(m.re, m.flags); } catch { re = null; }
      regexes.set(key, re);
    }
    const re = regexes.get(key);
    return !!re && re.test(text);
  }

  /** The top-level parts of a selector list (commas outside strings, brackets and parentheses). */
  function splitList(sel) {
    const parts = [];
    let depth = 0;
    let quote = '';
    let start = 0;
    for (let i = 0; i < sel.length; i++) {
      const c = sel[i];
      if (c === '\\') { i++; continue; }
      if (quote) { if (c === quote) quote = ''; continue; }
      if (c === '"' || c === "'") quote = c;
      else if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (c === ',' && depth === 0) { parts.push(sel.slice(start, i).trim()); start = i + 1; }
    }
    parts.push(sel.slice(start).trim());
    return parts.filter(Boolean);
  }

  /** Elements `sel` selects relative to `el` (`> x` children, `+ x` / `~ x` siblings, `x` descendants). */
  function relative(el, sel) {
    const out = [];
    for (const part of splitList(sel)) {
      if (/^[+~]/.test(part)) {
        const parent = el.parentElement;
        if (!parent) continue;
        // The element itself, named among its parent's children by position.
        const k = Array.prototype.indexOf.call(parent.children, el) + 1;
        out.push(...parent.querySelectorAll(`:scope > :nth-child(${k}) ${part}`));
      } else {
        out.push(...el.querySelectorAll(`:scope ${part}`));
      }
    }
    return out;
  }

  function xpath(expr, context) {
    const r = document.evaluate(expr, context, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    const out = [];
    for (let i = 0; i < r.snapshotLength; i++) {
      const n = r.snapshotItem(i);
      if (n && n.nodeType === Node.ELEMENT_NODE) out.push(/** @type {Element} */ (n));
    }
    return out;
  }

  const unique = (els) => [...new Set(els)];

  /**
   * Runs `steps` from `start` (null: the document) and returns the elements found.
   * @param {import('../types/Step').Step[]} steps @param {Element[] | null} start
   */
  function run(steps, start) {
    /** @type {Element[] | null} */
    let cur = start;
    for (const step of steps) {
      const first = cur === null;
      if ('query' in step) {
        cur = first ? [...document.querySelectorAll(step.query)] : unique(cur.flatMap((el) => relative(el, step.query)));
      } else if ('xpath' in step) {
        cur = first ? xpath(step.xpath, document) : unique(cur.flatMap((el) => xpath(step.xpath, el)));
      } else if ('matches_path' in step) {
        if (!textMatches(step.matches_path, location.pathname + location.search)) return [];
      } else if ('watch_attr' in step) {
        // Which attributes to watch: the observer already re-runs the lists on class, style and hidden changes.
      } else {
        const els = cur || [];
        if ('matches' in step) cur = els.filter((el) => el.matches(step.matches));
        else if ('has_text' in step) cur = els.filter((el) => textMatches(step.has_text, el.textContent || ''));
        else if ('has' in step) cur = els.filter((el) => run(step.has, [el]).length > 0);
        else if ('not' in step) cur = els.filter((el) => run(step.not, [el]).length === 0);
        else if ('upward' in step) {
          const up = step.upward;
          cur = unique(els.map((el) => {
            if (typeof up === 'number') {
              let a = el;
              for (let i = 0; i < up && a; i++) a = a.parentElement;
              return a;
            }
            return el.parentElement ? el.parentElement.closest(up) : null;
          }).filter(Boolean));
        } else if ('matches_css' in step) {
          const { pseudo, property, value } = step.matches_css;
          cur = els.filter((el) => {
            const v = getComputedStyle(el, pseudo ? `::${pseudo}` : null).getPropertyValue(property);
            return typeof value === 'string' ? v.trim() === value.trim() : textMatches(value, v);
          });
        } else return [];
      }
      if (cur && !cur.length) return [];
    }
    return cur || [];
  }

  return { run, textMatches };
})();
