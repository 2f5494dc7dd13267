// Entry of the bench peer's content script (bundled by build.mjs, never shipped): Ghostery's
// injectCosmetics, with the promise-based sendMessage its MV3 extension passes in. The one addition is a
// performance mark at the first question and at its answer, so the bench can see from the page when the
// worker answered (marks share the document's timeline with the page's world and change nothing on it).
import { injectCosmetics } from '@ghostery/adblocker-webextension-cosmetics';

let asked = false;
let answered = false;
async function getCosmeticsFilters(args) {
  let answer;
  if (!asked) {
    asked = true;
    performance.mark('bench-peer-ask');
  }
  try {
    answer = await chrome.runtime.sendMessage({ action: 'getCosmeticsFilters', ...args });
  } catch {
    answer = undefined;
  }
  if (!answered) {
    answered = true;
    performance.mark('bench-peer-answer');
  }
  return answer || {};
}

injectCosmetics(window, true, getCosmeticsFilters);
