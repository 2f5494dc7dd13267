// In-page checks for the widget fixtures (www/fixtures/widgets/), sent into the page by both browsers' harnesses:
// every widget marked data-fixture-expect, in the page, in its open shadow roots and in its same-origin frames
// (srcdoc ones too), with whether the reader can still see any of it; and the article's and the page's text
// that must stay. Each function is sent to the page on its own, so helpers are written inside it.

/** The widgets of the page and whether each is gone from the reader's view, with what Sift said about it. */
export function widgetReport() {
  const shown = (el) => el.getClientRects().length > 0
    && (typeof el.checkVisibility !== 'function' || el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }));
  const CONTROL = new Set(['BUTTON', 'INPUT', 'TEXTAREA', 'SELECT', 'A', 'IMG', 'svg', 'IFRAME']);
  // Every element under `root`, open shadow roots included.
  const walk = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot, out);
    }
    return out;
  };
  // Is any text or control of the widget still drawn? (An emptied box with nothing in it reads as gone.)
  const anythingShown = (root) => [root, ...walk(root)].some((el) => {
    if (el.tagName === 'INPUT' && el.type === 'hidden') return false;
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
    return (ownText || CONTROL.has(el.tagName)) && shown(el);
  });
  // The nearest Sift mark on the widget, its ancestors (across shadow hosts and frames) or inside it.
  const siftMark = (el, frame) => {
    for (let cur = el; cur;) {
      if (cur.getAttribute && cur.getAttribute('data-sift-hide')) return { category: cur.getAttribute('data-sift-hide'), reason: cur.getAttribute('data-sift-reason'), at: 'around' };
      const up = cur.parentNode;
      cur = up && up.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? up.host : cur.parentElement;
      if (!cur && frame) {
        cur = frame;
        frame = null;
      }
    }
    const inner = [el, ...walk(el)].find((x) => x.getAttribute && x.getAttribute('data-sift-hide'));
    return inner ? { category: inner.getAttribute('data-sift-hide'), reason: inner.getAttribute('data-sift-reason'), at: 'inside' } : null;
  };
  const widgets = [];
  const scan = (doc, frame) => {
    const roots = [doc, ...walk(doc).filter((el) => el.shadowRoot).map((el) => el.shadowRoot)];
    for (const r of roots) {
      for (const el of r.querySelectorAll('[data-fixture-expect]')) {
        const frameGone = !!frame && !shown(frame);
        widgets.push({
          id: el.getAttribute('data-fixture-id'),
          category: el.getAttribute('data-fixture-expect'),
          where: frame ? (frame.hasAttribute('srcdoc') ? 'srcdoc' : 'frame') : r === doc ? 'page' : 'shadow',
          hidden: frameGone || !anythingShown(el),
          frameHidden: frameGone,
          sift: siftMark(el, frame),
        });
      }
    }
    for (const f of walk(doc).filter((el) => el.tagName === 'IFRAME')) {
      let inner = null;
      try {
        inner = f.contentDocument;
      } catch {
        inner = null;
      }
      if (inner && inner.documentElement) scan(inner, f);
    }
  };
  scan(document, null);
  const frames = [...document.querySelectorAll('iframe[data-fixture-frame]')].map((f) => f.getAttribute('data-fixture-frame'));
  return { widgets, frames };
}

/** Paragraphs of the article body and every text of a page outside the widgets that the reader can no longer
 * see (the article must be whole; a clean page must keep all its text). */
export function lostText() {
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const shown = (el) => el.getClientRects().length > 0
    && (typeof el.checkVisibility !== 'function' || el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }));
  const inWidget = (el) => !!el.closest('[data-fixture-expect], [data-fixture-frame], [id^="slot-"]');
  const article = [...document.querySelectorAll('.article-body p, .article h1, .standfirst, .byline')].filter((p) => !inWidget(p));
  const lostArticle = article.filter((p) => !shown(p)).map((p) => norm(p.textContent).slice(0, 80));
  const holders = [...document.body.querySelectorAll('*')].filter((el) => !inWidget(el)
    && !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)
    && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.data.trim()));
  const lostPage = holders.filter((el) => !shown(el)).map((el) => `${el.tagName.toLowerCase()}: ${norm(el.textContent).slice(0, 70)}`);
  return { articleParagraphs: article.length, lostArticle, textHolders: holders.length, lostPage, hiddenBySift: document.querySelectorAll('[data-sift-hide]').length };
}
