// The popup, built to be read at a glance: Pause on this site and "hide something" first, then one row per
// category with what Sift did there (a count) and its switch; a row opens to the items with their reasons and
// a Show button, the highlighted sentences grouped by kind, and the category's rules, each with the language it
// reads. Then the filter lists: what they alone hid, each with its rule and list, and a switch per list with its
// snapshot date (from the build's lists/meta.json; a build without lists says so). A thing both the core and a
// list hid is listed once, in the core's category, the list's rule after the core's reason (the core merges
// them: explainHidden). Last, the reader's own rules for this site, each with Remove. Every change is written
// to storage.sync; the content scripts of open tabs apply it live. Strings come from _locales (English and German).

/* global wasm_bindgen, siftApi, SiftMsg, h, loadSettings, t, localize */

const ui = {
  host: document.getElementById('host'),
  notice: document.getElementById('notice'),
  pause: /** @type {HTMLInputElement} */ (document.getElementById('pause')),
  pick: /** @type {HTMLButtonElement} */ (document.getElementById('pick')),
  summary: document.getElementById('summary'),
  categories: document.getElementById('categories'),
  userRules: document.getElementById('user-rules'),
  userRuleList: document.getElementById('user-rule-list'),
};

let settings = null;
/** @type {import('../types/CategoryEntry').CategoryEntry[]} */
let catalog = [];
let tabId = null;
let tabHost = '';
let report = null;
/** @type {import('../types/HiddenItem').HiddenItem[]} */
let items = []; // what is hidden on the page, one item per thing (the core's merge of the report)
let listsMeta = null; // the build's lists/meta.json, or null in a build without lists
let lastSaved = ''; // the settings this popup wrote last, to tell its own changes from another window's
const expandedCats = new Set(); // categories whose details are shown (kept across re-renders)
// Opened as a page for a given tab (the tests, or a reader's bookmark) rather than as the toolbar popup.
const asPage = new URLSearchParams(location.search).has('tab');

const KIND_ORDER = ['evidence_absent', 'anon_source', 'contested_claim', 'vague_source', 'speculation'];
const msgKey = (id) => id.replace(/[^A-Za-z0-9]/g, '_');
const catLabel = (cat) => t(`cat_${cat.id}`, cat.label);
const kindLabel = (kind, fallback) => t(`kind_${kind}`, fallback);

function notice(text) {
  ui.notice.hidden = !text;
  ui.notice.textContent = text || '';
}

async function save() {
  lastSaved = JSON.stringify(settings);
  await siftApi.storage.sync.set({ settings });
  setTimeout(refreshReport, 400);
}

async function targetTab() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return siftApi.tabs.get(Number(param));
  const [tab] = await siftApi.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** @param {import('../types/HiddenItem').HiddenItem} item */
function hiddenItem(item) {
  const confidence = item.confidence === null ? '' : ` · ${t('confidence', `confidence ${item.confidence}`, [String(item.confidence)])}`;
  return h('li', { class: 'item', 'data-category': item.category || 'lists' },
    h('span', { class: 'item-text' }, item.text || t('noText', '(no text)')),
    h('small', { class: 'reason' }, `${item.reason}${confidence}`),
    item.also.map((a) => h('small', { class: 'reason also' }, t('also', `also: ${a}`, [a]))),
    h('button', {
      type: 'button', class: 'reveal', 'data-reveal': item.hide ?? `lists-${item.listHides.join('-')}`,
      'aria-label': `${t('show', 'Show')}: ${(item.text || '').slice(0, 60)}`,
      onclick: async () => {
        await siftApi.tabs.sendMessage(tabId, { type: SiftMsg.REVEAL, id: item.hide, lists: item.listHides });
        refreshReport();
      },
    }, t('show', 'Show')));
}

/** The snapshot date of a list as the reader's locale writes a date. */
function listDate(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(t('@@ui_locale', 'en').replace('_', '-'), { year: 'numeric', month: 'short', day: 'numeric' });
}

/** The filter lists' row: what they alone hid, and a switch per list. */
function listsRow() {
  const mine = items.filter((x) => x.category === null);
  const expanded = expandedCats.has('lists');
  const label = t('catLists', 'Filter lists');
  let body;
  if (!listsMeta) body = [h('p', { class: 'empty lists-none' }, t('listsNone', 'No filter lists in this build'))];
  else {
    const lists = listsMeta.lists;
    body = [
      mine.length ? h('ul', { class: 'items' }, mine.map(hiddenItem)) : h('p', { class: 'empty' }, t('nothingHidden', 'Nothing hidden on this page')),
      h('details', { class: 'rules lists' },
        h('summary', {}, t('listsHeading', `Lists (${lists.length})`, [String(lists.length)])),
        lists.map((l) => {
          const n = String(l.rules[1] - l.rules[0]);
          const when = l.date ? t('listSnapshot', `snapshot of ${listDate(l.date)} · ${n} rules`, [listDate(l.date), n]) : t('listNoDate', `${n} rules, snapshot date unknown`, [n]);
          return h('label', { class: 'switch-row rule list-switch' },
            h('span', {}, l.name, h('small', {}, when)),
            h('input', {
              type: 'checkbox', role: 'switch', 'data-list': l.id,
              checked: settings.lists[l.id] !== false,
              onchange: (e) => { settings.lists[l.id] = e.target.checked; save(); },
            }));
        })),
    ];
  }
  return h('li', { class: 'category lists-row', 'data-cat': 'lists' },
    h('div', { class: 'cat-row' },
      h('button', {
        type: 'button', class: 'cat-toggle', id: 'cat-lists', 'aria-expanded': String(expanded), 'aria-controls': 'panel-lists',
        onclick: () => {
          if (expandedCats.has('lists')) expandedCats.delete('lists');
          else expandedCats.add('lists');
          renderCategories();
          document.getElementById('cat-lists').focus();
        },
      },
      h('span', { class: 'chev', 'aria-hidden': 'true' }),
      h('span', { class: 'cat-name' }, label),
      h('span', { class: `count${mine.length ? '' : ' zero'}`, title: t('countTitle', `${mine.length} on this page`, [String(mine.length)]) }, mine.length))),
    h('div', { class: 'cat-panel', id: 'panel-lists', role: 'region', 'aria-labelledby': 'cat-lists', hidden: !expanded }, body));
}

/** Highlighted sentences grouped by kind, in a fixed order. */
function highlightGroups(marks) {
  const byKind = new Map();
  for (const m of marks) {
    if (!byKind.has(m.kind)) byKind.set(m.kind, []);
    byKind.get(m.kind).push(m);
  }
  const kinds = [...byKind.keys()].sort((a, b) => (KIND_ORDER.indexOf(a) + 1 || 99) - (KIND_ORDER.indexOf(b) + 1 || 99));
  return kinds.map((kind) => {
    const list = byKind.get(kind);
    return h('div', { class: 'kind-group', 'data-kind': kind },
      h('h3', {}, h('span', { class: `badge kind-${kind}` }, kindLabel(kind, list[0].label)), h('span', { class: 'n' }, list.length)),
      h('ul', { class: 'items' }, list.map((m) => h('li', { class: 'item mark-item', 'data-kind': kind },
        h('span', { class: 'item-text' }, m.text.length > 160 ? `${m.text.slice(0, 157)}…` : m.text),
        h('small', { class: 'reason' }, m.reason)))));
  });
}

function rulesOf(cat, on) {
  return h('details', { class: 'rules' },
    h('summary', {}, t('rulesHeading', `Rules (${cat.rules.length})`, [String(cat.rules.length)])),
    cat.rules.map((r) => h('label', { class: 'switch-row rule' },
      h('span', {}, t(`rule_${msgKey(r.id)}_label`, r.label),
        h('span', { class: 'lang', 'data-lang': r.lang }, t(`lang_${r.lang}`, r.lang)),
        h('small', {}, t(`rule_${msgKey(r.id)}_desc`, r.description))),
      h('input', {
        type: 'checkbox', role: 'switch', 'data-rule': r.id,
        checked: settings.rules[r.id] ?? r.defaultOn,
        disabled: !on,
        onchange: (e) => { settings.rules[r.id] = e.target.checked; save(); },
      }))));
}

function renderCategories() {
  const marks = report ? report.highlights : [];
  ui.categories.replaceChildren(...catalog.map((cat) => {
    const on = settings.categories[cat.id] !== false;
    const mine = cat.id === 'claims' ? [] : items.filter((x) => x.category === cat.id);
    const n = cat.id === 'claims' ? marks.length : mine.length;
    const panelId = `panel-${cat.id}`;
    const expanded = expandedCats.has(cat.id);
    const label = catLabel(cat);
    let body;
    if (cat.id === 'claims') body = marks.length ? highlightGroups(marks) : [h('p', { class: 'empty' }, t('nothingMarked', 'Nothing highlighted on this page'))];
    else body = mine.length ? [h('ul', { class: 'items' }, mine.map(hiddenItem))] : [h('p', { class: 'empty' }, t('nothingHidden', 'Nothing hidden on this page'))];
    return h('li', { class: `category${on ? '' : ' off'}`, 'data-cat': cat.id },
      h('div', { class: 'cat-row' },
        h('button', {
          type: 'button', class: 'cat-toggle', id: `cat-${cat.id}`, 'aria-expanded': String(expanded), 'aria-controls': panelId,
          onclick: () => {
            if (expandedCats.has(cat.id)) expandedCats.delete(cat.id);
            else expandedCats.add(cat.id);
            renderCategories();
            document.getElementById(`cat-${cat.id}`).focus();
          },
        },
        h('span', { class: 'chev', 'aria-hidden': 'true' }),
        h('span', { class: 'cat-name' }, label),
        h('span', { class: `count${n ? '' : ' zero'}`, title: t('countTitle', `${n} on this page`, [String(n)]) }, n)),
        h('input', {
          type: 'checkbox', role: 'switch', 'data-category': cat.id, checked: on,
          'aria-label': label,
          onchange: (e) => { settings.categories[cat.id] = e.target.checked; renderCategories(); save(); },
        })),
      h('div', { class: 'cat-panel', id: panelId, role: 'region', 'aria-labelledby': `cat-${cat.id}`, hidden: !expanded },
        body, rulesOf(cat, on)));
  }), listsRow());
}

function renderUserRules() {
  const rules = tabHost ? (settings.userRules[tabHost] || []) : [];
  const matches = new Map((report && report.userRules ? report.userRules : []).map((r) => [r.selector, r.matches]));
  ui.userRules.hidden = !rules.length;
  ui.userRuleList.replaceChildren(...rules.map((sel) => {
    const n = matches.get(sel);
    return h('li', { class: 'user-rule', 'data-selector': sel },
      h('code', {}, sel),
      h('small', {}, n === undefined ? '' : n ? t('ruleMatches', `hides ${n} here`, [String(n)]) : t('ruleMatchesNone', 'nothing here now')),
      h('button', {
        type: 'button', class: 'remove', 'data-remove': sel, 'aria-label': `${t('remove', 'Remove')}: ${sel}`,
        onclick: () => {
          const list = (settings.userRules[tabHost] || []).filter((s) => s !== sel);
          if (list.length) settings.userRules[tabHost] = list;
          else delete settings.userRules[tabHost];
          settings = wasm_bindgen.decodeSettings(settings).settings;
          renderUserRules();
          save();
        },
      }, t('remove', 'Remove')));
  }));
}

function renderSummary() {
  if (!report) ui.summary.textContent = t('summaryNone', 'Sift does not run on this page');
  else if (report.paused) ui.summary.textContent = t('summaryPaused', 'Paused on this site');
  else {
    const nh = String(items.length);
    const nm = String(report.highlights.length);
    ui.summary.textContent = t('summary', `${nh} hidden · ${nm} highlighted`, [nh, nm]);
  }
  if (report && report.errors && report.errors.length) {
    notice(t('noticeProblem', `Sift hit a problem on this page and left it as it was: ${report.errors[0]}`, [report.errors[0]]));
  }
}

function render() {
  items = [];
  if (report && Array.isArray(report.hidden)) {
    const listNames = (report.lists && report.lists.length ? report.lists : listsMeta ? listsMeta.lists : []).map((l) => l.name);
    try {
      items = wasm_bindgen.explainHidden(JSON.stringify({ detector: report.hidden, lists: report.listHidden || [], listNames }));
    } catch (err) {
      notice(String(err && err.message ? err.message : err));
    }
  }
  renderSummary();
  renderCategories();
  renderUserRules();
}

async function refreshReport() {
  report = tabId === null ? null : await siftApi.tabs.sendMessage(tabId, { type: SiftMsg.REPORT }).catch(() => null);
  render();
}

async function startPicker() {
  const r = await siftApi.tabs.sendMessage(tabId, { type: SiftMsg.PICK }).catch((e) => ({ ok: false, error: String(e) }));
  if (!r || !r.ok) {
    notice(t('pickFailed', `Sift cannot pick on this page: ${r ? r.error : ''}`, [r ? r.error : '']));
    return;
  }
  // The toolbar popup gets out of the way, so the reader can point at the page.
  if (!asPage) window.close();
}

async function main() {
  localize();
  try {
    const decoded = await loadSettings();
    settings = decoded.settings;
    if (decoded.repairs.length) {
      notice(t('noticeRepaired', `Some saved settings were unreadable and were repaired: ${decoded.repairs.join('; ')}`, [decoded.repairs.join('; ')]));
    }
    catalog = new wasm_bindgen.SiftEngine().catalog();
    listsMeta = await fetch('../lists/meta.json').then((r) => (r.ok ? r.json() : null), () => null);
  } catch (err) {
    notice(t('noticeLoadFailed', `Sift could not load its settings: ${err && err.message ? err.message : err}`, [String(err && err.message ? err.message : err)]));
    return;
  }
  const tab = await targetTab().catch(() => null);
  tabId = tab ? tab.id : null;
  // The page's host comes from Sift's own content script, so the popup needs no "tabs" permission.
  report = tabId === null ? null : await siftApi.tabs.sendMessage(tabId, { type: SiftMsg.REPORT }).catch(() => null);
  tabHost = report ? report.host : '';
  ui.host.textContent = tabHost;
  ui.pause.disabled = !tabHost;
  ui.pause.checked = !!tabHost && wasm_bindgen.pageStateOf(settings, tabHost).paused;
  ui.pause.addEventListener('change', () => {
    settings = wasm_bindgen.withPaused(settings, tabHost, ui.pause.checked);
    ui.pick.disabled = ui.pause.checked;
    save();
  });
  ui.pick.addEventListener('click', startPicker);
  ui.pick.disabled = !tabHost || ui.pause.checked; // enabled once it can work
  // Another window (the options page, a picker in the tab) changed the settings: show them.
  siftApi.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !changes.settings || JSON.stringify(changes.settings.newValue) === lastSaved) return;
    settings = wasm_bindgen.decodeSettings(changes.settings.newValue).settings;
    setTimeout(refreshReport, 400);
  });
  render();
}

main();
