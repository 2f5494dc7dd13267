// The popup: what Sift did on this tab (with the reason for each and a way to reveal it), the switches per
// category and per rule, and pausing the site. Every change is written to storage.sync; the content scripts
// of open tabs apply it live.

/* global wasm_bindgen, siftApi, SiftMsg, h, loadSettings */


const ui = {
  host: document.getElementById('host'),
  notice: document.getElementById('notice'),
  pause: /** @type {HTMLInputElement} */ (document.getElementById('pause')),
  summary: document.getElementById('summary'),
  hiddenList: document.getElementById('hidden-list'),
  highlightList: document.getElementById('highlight-list'),
  categories: document.getElementById('categories'),
};

let settings = null;
let catalog = [];
let tabId = null;
let tabHost = '';

function notice(text) {
  ui.notice.hidden = !text;
  ui.notice.textContent = text || '';
}

async function save() {
  await siftApi.storage.sync.set({ settings });
  setTimeout(refreshReport, 400);
}

async function targetTab() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return siftApi.tabs.get(Number(param));
  const [tab] = await siftApi.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function renderCategories() {
  ui.categories.replaceChildren(...catalog.map((cat) => {
    const on = settings.categories[cat.id] !== false;
    const rules = cat.rules.map((r) => h('label', { class: 'switch-row rule', title: r.description },
      h('span', {}, r.label, h('small', {}, r.description)),
      h('input', {
        type: 'checkbox', role: 'switch', 'data-rule': r.id,
        checked: settings.rules[r.id] ?? r.defaultOn,
        disabled: !on,
        onchange: (e) => { settings.rules[r.id] = e.target.checked; save(); },
      })));
    return h('details', { class: 'category' },
      h('summary', {},
        h('span', { class: 'cat-name' }, cat.label),
        h('input', {
          type: 'checkbox', role: 'switch', 'data-category': cat.id, checked: on,
          'aria-label': `${cat.label} on`,
          onclick: (e) => e.stopPropagation(),
          onchange: (e) => { settings.categories[cat.id] = e.target.checked; renderCategories(); save(); },
        })),
      h('div', { class: 'rules' }, rules));
  }));
}

function renderReport(report) {
  if (!report) {
    ui.summary.textContent = 'Sift does not run on this page';
    ui.hiddenList.replaceChildren();
    ui.highlightList.replaceChildren();
    return;
  }
  const nh = report.hidden.length;
  const nm = report.highlights.length;
  ui.summary.textContent = report.paused
    ? 'Paused on this site'
    : `${nh} hidden · ${nm} highlighted`;
  ui.hiddenList.replaceChildren(...report.hidden.map((item) => h('li', { class: 'item' },
    h('span', { class: `badge cat-${item.category}` }, item.category),
    h('span', { class: 'item-text' }, item.text || '(no text)'),
    h('small', { class: 'reason' }, `${item.reason} · confidence ${item.confidence}`),
    h('button', {
      class: 'reveal', 'data-reveal': item.id,
      onclick: async () => {
        await siftApi.tabs.sendMessage(tabId, { type: SiftMsg.REVEAL, id: item.id });
        refreshReport();
      },
    }, 'Show'))));
  ui.highlightList.replaceChildren(...report.highlights.map((m) => h('li', { class: 'item' },
    h('span', { class: `badge kind-${m.kind}` }, m.label),
    h('span', { class: 'item-text' }, m.text.length > 160 ? `${m.text.slice(0, 157)}…` : m.text),
    h('small', { class: 'reason' }, m.reason))));
  if (report.errors && report.errors.length) notice(`Sift hit a problem on this page and left it as it was: ${report.errors[0]}`);
}

async function refreshReport() {
  if (tabId === null) return renderReport(null);
  try {
    renderReport(await siftApi.tabs.sendMessage(tabId, { type: SiftMsg.REPORT }));
  } catch {
    renderReport(null);
  }
}

async function main() {
  try {
    const decoded = await loadSettings();
    settings = decoded.settings;
    if (decoded.repairs.length) notice(`Some saved settings were unreadable and were repaired: ${decoded.repairs.join('; ')}`);
    catalog = new wasm_bindgen.SiftEngine().catalog();
  } catch (err) {
    notice(`Sift could not load its settings: ${err && err.message ? err.message : err}`);
    return;
  }
  const tab = await targetTab().catch(() => null);
  tabId = tab ? tab.id : null;
  // The page's host comes from Sift's own content script, so the popup needs no "tabs" permission.
  const report = tabId === null ? null : await siftApi.tabs.sendMessage(tabId, { type: SiftMsg.REPORT }).catch(() => null);
  tabHost = report ? report.host : '';
  ui.host.textContent = tabHost;
  ui.pause.disabled = !tabHost;
  ui.pause.checked = !!tabHost && wasm_bindgen.pageStateOf(settings, tabHost).paused;
  ui.pause.addEventListener('change', () => {
    settings = wasm_bindgen.withPaused(settings, tabHost, ui.pause.checked);
    save();
  });
  renderCategories();
  refreshReport();
}

main();
