// Settings export and import as JSON. Import is validated by the core's decoder: a text that is not JSON,
// or JSON with repairs to make, is refused with the reasons and the stored settings stay as they were.

/* global wasm_bindgen, siftApi, loadSettings */

const box = /** @type {HTMLTextAreaElement} */ (document.getElementById('json'));
const noticeEl = document.getElementById('notice');
const say = (text) => { noticeEl.hidden = !text; noticeEl.textContent = text || ''; };

async function show() {
  const decoded = await loadSettings();
  box.value = JSON.stringify(decoded.settings, null, 2);
  say(decoded.repairs.length ? `Stored settings were repaired: ${decoded.repairs.join('; ')}` : '');
}

document.getElementById('export').addEventListener('click', () => show().catch((e) => say(String(e))));
document.getElementById('import').addEventListener('click', async () => {
  let parsed;
  try {
    parsed = JSON.parse(box.value);
  } catch (e) {
    say(`Not imported: the text is not valid JSON (${e.message}). Your settings are unchanged.`);
    return;
  }
  const decoded = wasm_bindgen.decodeSettings(parsed);
  if (decoded.repairs.length || typeof parsed !== 'object' || parsed === null) {
    say(`Not imported: ${decoded.repairs.join('; ') || 'settings must be an object'}. Your settings are unchanged.`);
    return;
  }
  await siftApi.storage.sync.set({ settings: decoded.settings });
  say('Imported. Open tabs use the new settings now.');
});
document.getElementById('reset').addEventListener('click', async () => {
  await siftApi.storage.sync.remove('settings');
  await show();
  say('Settings reset to defaults.');
});
show().catch((e) => say(String(e)));
