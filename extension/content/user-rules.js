// The reader's own "hide this" rules for this site (settings.userRules, made with the picker): one <style>
// element with a `selector{display:none!important}` rule per selector, so a matching element is hidden as it
// is parsed, on every visit, without ever being painted. The rules are first read from storage as it comes
// (before the background worker has answered, which can take a service-worker start), then replaced by the
// core's decoded list; the core checked every selector when it was stored (src/settings.rs, check_selector),
// and each is checked here again with the browser's own parser, so a broken one is skipped and cannot touch
// the rules after it.

/* global siftApi, SiftCore, SiftSheet */

const SiftUserRules = (() => {
  const sheet = SiftSheet.create('user-rules');
  let current = []; // the selectors in it

  /** Whether the browser parses `s` as a selector list that stays inside its own rule. */
  function parses(s) {
    if (typeof s !== 'string' || !s.trim() || /[{}]/.test(s)) return false;
    try {
      document.createDocumentFragment().querySelector(s);
      return true;
    } catch {
      return false;
    }
  }

  /** This site's selectors in settings as stored (not yet decoded): none when the site is paused. */
  function fromStored(raw, host) {
    if (!raw || typeof raw !== 'object') return [];
    if (Array.isArray(raw.paused) && raw.paused.some((p) => typeof p === 'string' && p.trim().toLowerCase() === host)) return [];
    const all = raw.userRules;
    const list = all && typeof all === 'object' && !Array.isArray(all) ? all[host] : null;
    return Array.isArray(list) ? list.filter((s) => typeof s === 'string') : [];
  }

  /** This site's selectors in decoded settings. @param {{userRules?: Record<string, string[]>}} settings */
  function forSite(settings, host) {
    const list = settings && settings.userRules ? settings.userRules[host] : null;
    return Array.isArray(list) ? list : [];
  }

  /** Makes `selectors` the hidden ones (an empty list removes the style element). */
  function apply(selectors) {
    const valid = selectors.filter(parses);
    if (valid.join('\n') === current.join('\n') && (!valid.length || sheet.connected())) return;
    current = valid;
    sheet.set(valid);
  }

  /** For the popup: each rule with how many elements it hides on this page now. */
  function report() {
    return current.map((selector) => ({ selector, matches: document.querySelectorAll(selector).length }));
  }

  /**
   * Stores a new rule for `host` (the picker's choice) and hides it at once. The core decides whether the
   * rule is acceptable: the settings with the rule added go through its decoder, and a rule it had to drop is
   * refused with its reason. Resolves to {ok: true} or {ok: false, error}.
   */
  async function add(host, selector) {
    if (!parses(selector)) return { ok: false, error: 'the browser does not read it as a CSS selector' };
    const stored = await siftApi.storage.sync.get('settings');
    const now = await SiftCore.hello(host, stored.settings);
    const settings = JSON.parse(JSON.stringify(now.settings));
    settings.userRules = settings.userRules || {};
    const list = settings.userRules[host] || [];
    if (!list.includes(selector)) settings.userRules[host] = [...list, selector];
    const checked = await SiftCore.hello(host, settings);
    if (checked.repairs.length) return { ok: false, error: checked.repairs.join('; ') };
    try {
      await siftApi.storage.sync.set({ settings: checked.settings });
    } catch (err) {
      // storage.sync keeps at most 8 KB per item: a reader with very many rules hits it here.
      return { ok: false, error: `could not save it (${err && err.message ? err.message : err})` };
    }
    if (!checked.state.paused) apply(forSite(checked.settings, host));
    return { ok: true };
  }

  return { fromStored, forSite, apply, report, add, parses };
})();
