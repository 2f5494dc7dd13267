// What the page itself saw of the sidebar box: its display as the parser reached this script, when it was
// first hidden (the moment a style or attribute change hid it, by a MutationObserver), the first paint, and
// whether any click on the page reached the page. Hidden before the first paint means never painted.
/* global window, document, getComputedStyle, MutationObserver, PerformanceObserver, performance */
const box = document.querySelector('.sidebar-box');
const probe = { parsed: getComputedStyle(box).display, hiddenAt: null, firstPaint: null, clicks: 0 };
window.siftProbe = probe;
if (probe.parsed === 'none') probe.hiddenAt = performance.now();
else {
  const o = new MutationObserver(() => {
    if (getComputedStyle(box).display === 'none') {
      probe.hiddenAt = performance.now();
      o.disconnect();
    }
  });
  o.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}
const paints = () => performance.getEntriesByType('paint').map((p) => p.startTime);
const notePaint = () => { if (probe.firstPaint === null && paints().length) probe.firstPaint = Math.min(...paints()); };
notePaint();
if (probe.firstPaint === null) new PerformanceObserver(notePaint).observe({ type: 'paint', buffered: true });
document.addEventListener('click', () => { probe.clicks++; });
