// Small DOM helpers for the extension pages: every text goes in as a text node, never as HTML.

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'checked') el.checked = !!v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/* global wasm_bindgen, siftApi */
async function loadSettings() {
  await wasm_bindgen({ module_or_path: siftApi.runtime.getURL('pkg/sift_bg.wasm') });
  const stored = await siftApi.storage.sync.get('settings');
  const decoded = wasm_bindgen.decodeSettings(stored.settings);
  if (decoded.repairs.length) {
    // Keep what was valid, drop what was not, and tell the reader once.
    await siftApi.storage.sync.set({ settings: decoded.settings });
  }
  return decoded;
}

/** A string in the reader's language (`_locales`), or `fallback` when the locale has no such message. */
function t(key, fallback, subs) {
  let s = '';
  try {
    s = siftApi.i18n.getMessage(key, subs);
  } catch {
    s = '';
  }
  return s || fallback;
}

/** Puts the reader's language into the page: `data-i18n` (text), `data-i18n-label` (aria-label) and
 * `data-i18n-title` (title) name a message; the English in the HTML is the fallback. */
function localize(root = document) {
  const lang = t('@@ui_locale', 'en').replace('_', '-');
  document.documentElement.lang = lang;
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.getAttribute('data-i18n'), el.textContent);
  for (const el of root.querySelectorAll('[data-i18n-label]')) {
    el.setAttribute('aria-label', t(el.getAttribute('data-i18n-label'), el.getAttribute('aria-label') || ''));
  }
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.setAttribute('title', t(el.getAttribute('data-i18n-title'), el.getAttribute('title') || ''));
}
