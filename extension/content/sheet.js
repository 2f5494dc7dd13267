// One <style> element of `selector{display:none!important}` rules, in the document while it has rules: the
// session rules of hide.js (boxes the core hid, so a re-inserted copy is hidden as it is inserted), the
// reader's own rules of user-rules.js, and the filter lists' rules of lists.js (whole rules the core wrote).
// A rule hides an element as it is parsed or inserted, before any paint.

const SiftSheet = (() => {
  /** A sheet marked `data-sift="<name>"`. */
  function create(name) {
    let el = null;

    function attach() {
      if (!el || el.isConnected) return;
      const parent = document.head || document.documentElement;
      if (parent) {
        parent.appendChild(el);
        return;
      }
      // Before the parser made <html>: attach as soon as it has.
      const o = new MutationObserver(() => {
        if (document.documentElement) {
          o.disconnect();
          attach();
        }
      });
      o.observe(document, { childList: true });
    }

    return {
      /** Hide these selectors (an empty list removes the element). @param {string[]} selectors */
      set(selectors) {
        this.setRules(selectors.map((s) => `${s}{display:none!important}`));
      },
      /** Make these whole rules the sheet's (an empty list removes the element). @param {string[]} rules */
      setRules(rules) {
        if (!rules.length) {
          if (el) el.remove();
          el = null;
          return;
        }
        if (!el) {
          el = document.createElement('style');
          el.setAttribute('data-sift', name);
        }
        el.textContent = rules.join('\n');
        attach();
      },
      /** Switch the rules off for a moment (while facts are read) and on again. */
      disable(off) {
        if (el) el.disabled = off;
      },
      connected: () => !!el && el.isConnected,
    };
  }

  return { create };
})();
