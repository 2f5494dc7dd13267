// The filter lists on the page, as the core chose them (src/filters/lookup.rs): at document start one
// stylesheet of the host's rules and the few generic rules no class or id can rule out; after each survey a
// second stylesheet of the generic rules for the classes and ids the page has; and the host's procedural
// programs, run on the page's elements in slices of at most BUDGET_MS after the first scan and again (at most
// every MIN_GAP_MS) when the page changes. Every rule text and program comes from the core; this file only
// applies them, reports what they hide (the popup's explanations are the core's, filters/explain.rs) and takes
// everything back exactly when the lists are switched off or Sift is paused.

/* global SiftSheet, SiftProcedural, SiftObserve */

const SiftLists = (() => {
  const SHOWN = 'data-sift-show'; // set by Show: the core's rules leave such elements out
  const HIDDEN = 'data-sift-list'; // a procedural hide (sift.css hides it unless shown)
  const BUDGET_MS = 4;
  const MIN_GAP_MS = 250;
  const early = SiftSheet.create('lists');
  const generic = SiftSheet.create('lists-generic');
  /** @type {import('../types/PageLists').PageLists | null} */
  let page = null;
  const genericRules = new Map(); // rule id -> SheetRule, from the surveys
  /** @type {import('../types/ProgramRule').ProgramRule[]} */
  let programs = [];
  const found = new Map(); // element -> Set of program rule ids that hide it
  const changes = []; // {el, rule, kind: 'style' | 'attr' | 'class', name, before} to undo, in order
  const ids = new WeakMap(); // element -> the number the popup's Show sends back
  const byId = new Map(); // number -> element, of the last report
  const shown = new Set(); // elements the reader chose to see again
  let nextId = 1;
  let gen = 0; // a run of the programs from before an apply() or undo stops
  let running = false;
  let again = false;
  let lastRun = -Infinity;
  const broken = new Set(); // programs the browser could not run (a selector it does not know): tried once

  const listOn = (i) => !!page && !!page.lists[i] && page.lists[i].on;

  function writeGeneric() {
    generic.setRules([...genericRules.values()].map((r) => r.css));
  }

  /** Undo the effects of the programs whose rule is not in `keep` (all when `keep` is empty). */
  function undoPrograms(keep) {
    for (const [el, rules] of [...found]) {
      for (const r of [...rules]) if (!keep.has(r)) rules.delete(r);
      if (!rules.size) {
        el.removeAttribute(HIDDEN);
        found.delete(el);
      }
    }
    for (let i = changes.length - 1; i >= 0; i--) {
      const c = changes[i];
      if (keep.has(c.rule)) continue;
      if (c.kind === 'style') {
        if (c.before[0]) c.el.style.setProperty(c.name, c.before[0], c.before[1]);
        else c.el.style.removeProperty(c.name);
      } else if (c.kind === 'attr') c.el.setAttribute(c.name, c.before);
      else c.el.classList.add(c.name);
      changes.splice(i, 1);
    }
  }

  /**
   * The lists for this page from the worker's `hello` (null: none, Sift paused or idle here). A list switched
   * off since the last call takes its rules with it at once; the rest stay in place.
   * @param {import('../types/PageLists').PageLists | null} lists
   */
  function apply(lists) {
    if (!lists) {
      undoAll();
      return;
    }
    page = lists;
    early.setRules(lists.sheet.map((r) => r.css));
    for (const [id, r] of [...genericRules]) if (!listOn(r.list)) genericRules.delete(id);
    writeGeneric();
    programs = lists.procedural;
    undoPrograms(new Set(programs.map((p) => p.id)));
    gen++;
    running = false;
    SiftObserve.forget();
  }

  /** Generic rules the survey's names asked for (`SurveyResult.lists`). @param {import('../types/SheetRule').SheetRule[]} rules */
  function addGeneric(rules) {
    let added = false;
    for (const r of rules || []) {
      if (genericRules.has(r.id) || !listOn(r.list)) continue;
      genericRules.set(r.id, r);
      added = true;
    }
    if (added) writeGeneric();
  }

  function remember(el, rule, kind, name, before) {
    if (!changes.some((c) => c.el === el && c.kind === kind && c.name === name)) changes.push({ el, rule, kind, name, before });
  }

  const nameMatches = (m, name) => (typeof m === 'string' ? name === m : SiftProcedural.textMatches(m, name));

  /** Runs one program and applies its action to what it finds. */
  function runOne(p) {
    if (broken.has(p.id)) return;
    let els;
    try {
      els = SiftProcedural.run(p.program, null);
    } catch {
      broken.add(p.id);
      return;
    }
    const action = p.action;
    for (const el of els) {
      if (el.hasAttribute(SHOWN)) continue;
      if (action === 'hide' || action === 'remove') {
        // A list never blanks the whole page.
        if (el === document.documentElement || el === document.body) continue;
        if (!found.has(el)) found.set(el, new Set());
        found.get(el).add(p.id);
        if (!el.hasAttribute(HIDDEN)) el.setAttribute(HIDDEN, '');
      } else if ('style' in action) {
        const style = /** @type {HTMLElement} */ (el).style;
        if (!style) continue;
        for (const [prop, value] of action.style) {
          if (style.getPropertyValue(prop) === value && style.getPropertyPriority(prop) === 'important') continue;
          remember(el, p.id, 'style', prop, [style.getPropertyValue(prop), style.getPropertyPriority(prop)]);
          style.setProperty(prop, value, 'important');
        }
      } else if ('remove_attr' in action) {
        for (const a of [...el.attributes]) {
          if (a.name.startsWith('data-sift') || !nameMatches(action.remove_attr, a.name)) continue;
          remember(el, p.id, 'attr', a.name, a.value);
          el.removeAttribute(a.name);
        }
      } else if ('remove_class' in action) {
        for (const c of [...el.classList]) {
          if (!nameMatches(action.remove_class, c)) continue;
          remember(el, p.id, 'class', c, null);
          el.classList.remove(c);
        }
      }
    }
  }

  /** Run the programs in slices of BUDGET_MS, one task each; a page change meanwhile asks for one more run. */
  function schedule() {
    if (!programs.length) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    const mine = gen;
    const slice = (i) => {
      if (mine !== gen) return;
      const t0 = performance.now();
      for (; i < programs.length && performance.now() - t0 < BUDGET_MS; i++) runOne(programs[i]);
      SiftObserve.forget(); // the programs' own changes (styles, classes) are not page changes
      if (i < programs.length) {
        setTimeout(() => slice(i), 0);
        return;
      }
      running = false;
      lastRun = performance.now();
      if (again) {
        again = false;
        setTimeout(schedule, MIN_GAP_MS);
      }
    };
    setTimeout(() => slice(0), Math.max(0, lastRun + MIN_GAP_MS - performance.now()));
  }

  function idOf(el) {
    let id = ids.get(el);
    if (!id) {
      id = nextId++;
      ids.set(el, id);
    }
    byId.set(id, el);
    return id;
  }

  const textOf = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 120);

  /**
   * What the lists hide now, for the popup (`ListHit`s): each element with the rules that hide it, the
   * detector's hide that is it, holds it or is inside it, and the nearest list-hidden element around it.
   * @param {[Element, {id: number}][]} detector the detector's hides (SiftHide.entries())
   */
  function report(detector) {
    /** @type {Map<Element, {list: number, text: string}[]>} */
    const hits = new Map();
    const add = (el, list, text) => {
      if (el.hasAttribute(SHOWN) || !document.body || !document.body.contains(el)) return;
      if (!hits.has(el)) hits.set(el, []);
      const rules = hits.get(el);
      if (!rules.some((r) => r.list === list && r.text === text)) rules.push({ list, text });
    };
    const sheetRules = [...(page ? page.sheet : []), ...genericRules.values()].filter((r) => r.hides);
    for (const r of sheetRules) {
      let els;
      try {
        els = document.querySelectorAll(r.selector);
      } catch {
        continue;
      }
      for (const el of els) add(el, r.list, r.selector);
    }
    const byRule = new Map(programs.map((p) => [p.id, p]));
    for (const [el, rules] of found) {
      for (const id of rules) {
        const p = byRule.get(id);
        if (p) add(el, p.list, p.text);
      }
    }
    const live = detector.filter(([el]) => el.isConnected);
    byId.clear();
    return [...hits].map(([el, rules]) => {
      const d = live.find(([x]) => x === el || x.contains(el) || el.contains(x));
      let within = null;
      for (let a = el.parentElement; a && within === null; a = a.parentElement) if (hits.has(a)) within = idOf(a);
      return { id: idOf(el), text: textOf(el), rules, detector: d ? d[1].id : null, within };
    });
  }

  /** Show these list-hidden elements again (the popup's Show). @param {number[]} list */
  function reveal(list) {
    let n = 0;
    for (const id of list || []) {
      const el = byId.get(id);
      if (el && el.isConnected) {
        el.setAttribute(SHOWN, '');
        shown.add(el);
        n++;
      }
    }
    return n;
  }

  /** Everything the lists did, taken back: the page as it was. */
  function undoAll() {
    gen++;
    running = false;
    early.setRules([]);
    genericRules.clear();
    writeGeneric();
    programs = [];
    undoPrograms(new Set());
    for (const el of shown) el.removeAttribute(SHOWN);
    shown.clear();
    byId.clear();
    page = null;
  }

  return {
    apply, addGeneric, schedule, report, reveal, undoAll,
    /** The build's lists with their switches, as the worker sent them (none before `hello`). */
    lists: () => (page ? page.lists : []),
  };
})();
