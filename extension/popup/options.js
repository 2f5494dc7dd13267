// The options page: the reader's "hide this" rules per site (each with Remove), and settings export and
// import as JSON. Import is validated by the core's decoder and then every hide rule by the browser's own
// selector parser: a text that is not JSON, JSON with repairs to make, or a rule the browser cannot read is
// refused with the reasons, and the stored settings stay as they were.

/* global wasm_bindgen, siftApi, h, loadSettings, t, localize */

const box = /** @type {HTMLTextAreaElement} */ (document.getElementById('json'));
const noticeEl = document.getElementById('notice');
const siteRules = document.getElementById('site-rules');
const say = (text) => { noticeEl.hidden = !text; noticeEl.textContent = text || ''; };
let current = null; // the decoded settings shown

/** Whether this browser reads `s` as a CSS selector. */
function parses(s) {
  try {
    document.createDocumentFragment().querySelector(s);
    return true;
  } catch {
    return false;
  }
}

function renderRules() {
  const sites = Object.entries(current.userRules || {});
  if (!sites.length) {
    siteRules.replaceChildren(h('p', { class: 'empty' }, t('noRulesYet', 'None yet.')));
    return;
  }
  siteRules.replaceChildren(...sites.map(([host, list]) => h('div', { class: 'site', 'data-host': host },
    h('h3', {}, host),
    h('ul', { class: 'rule-list' }, list.map((sel) => h('li', { class: 'user-rule', 'data-selector': sel },
      h('code', {}, sel),
      h('button', {
        type: 'button', class: 'remove', 'data-remove': sel, 'aria-label': `${t('remove', 'Remove')}: ${host} ${sel}`,
        onclick: async () => {
          const rest = (current.userRules[host] || []).filter((s) => s !== sel);
          if (rest.length) current.userRules[host] = rest;
          else delete current.userRules[host];
          current = wasm_bindgen.decodeSettings(current).settings;
          await siftApi.storage.sync.set({ settings: current });
          await show();
          say(t('ruleRemoved', `Removed: ${host} ${sel}`, [host, sel]));
        },
      }, t('remove', 'Remove'))))))));
}

async function show() {
  const decoded = await loadSettings();
  current = decoded.settings;
  box.value = JSON.stringify(decoded.settings, null, 2);
  renderRules();
  say(decoded.repairs.length ? t('storedRepaired', `Stored settings were repaired: ${decoded.repairs.join('; ')}`, [decoded.repairs.join('; ')]) : '');
}

const refused = (why) => say(t('notImported', `Not imported: ${why}. Your settings are unchanged.`, [why]));

document.getElementById('export').addEventListener('click', () => show().catch((e) => say(String(e))));
document.getElementById('import').addEventListener('click', async () => {
  let parsed;
  try {
    parsed = JSON.parse(box.value);
  } catch (e) {
    say(t('notJson', `Not imported: the text is not valid JSON (${e.message}). Your settings are unchanged.`, [e.message]));
    return;
  }
  const decoded = wasm_bindgen.decodeSettings(parsed);
  if (decoded.repairs.length || typeof parsed !== 'object' || parsed === null) {
    refused(decoded.repairs.join('; ') || t('mustBeObject', 'settings must be an object'));
    return;
  }
  const unread = Object.entries(decoded.settings.userRules).flatMap(([host, list]) => list.filter((s) => !parses(s)).map((s) => `${host} "${s}"`));
  if (unread.length) {
    refused(t('notASelector', `hide rule ${unread.join(', ')} is not a CSS selector this browser understands`, [unread.join(', ')]));
    return;
  }
  await siftApi.storage.sync.set({ settings: decoded.settings });
  current = decoded.settings;
  renderRules();
  say(t('imported', 'Imported. Open tabs use the new settings now.'));
});
document.getElementById('reset').addEventListener('click', async () => {
  await siftApi.storage.sync.remove('settings');
  await show();
  say(t('resetDone', 'Settings reset to defaults.'));
});
// A rule picked in a tab while this page is open shows up here.
siftApi.storage.onChanged.addListener((changes, area) => {
  if (area !== 'sync' || !changes.settings || !current) return;
  current = wasm_bindgen.decodeSettings(changes.settings.newValue).settings;
  renderRules();
});
localize();
show().catch((e) => say(String(e)));
