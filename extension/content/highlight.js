// Highlighting sentences without touching markup as HTML: the text nodes of a block are split at the
// sentence's edges and each piece is wrapped in a <mark> carrying the kind and the reason (title and
// aria-description). Undo unwraps the marks and merges the text nodes back, so the page serialises as before.

const SiftHighlight = (() => {
  const BLOCKS = 'p, li, blockquote, dd';
  const SKIP_INSIDE = 'nav, aside, footer, figure, figcaption, form, button, header, [data-sift-hide]';
  // A "paragraph" longer than this (some 40 pages) is a data dump or a transcript pasted into one element, not
  // prose to read: it is left alone, because marking it means splitting one huge text node once per flagged
  // sentence, and each split copies the rest of the node (a 10 MB element froze the page for minutes).
  const MAX_BLOCK_TEXT = 100000;
  const marks = []; // {id, kind, reason, text, nodes: [mark elements]}
  const touched = new Set(); // parents whose text nodes were split
  let nextId = 1;


  /** Text blocks of the article: the text, where each text node starts, and where the links are. */
  function collect(article) {
    /** @type {TextBlock[]} */
    const blocks = [];
    const segments = [];
    // Open shadow roots inside the article (a story split into web components) are read like the rest of it.
    const scopes = [article, ...SiftCollect.openShadowRoots(article)];
    const elements = scopes.flatMap((scope) => [...scope.querySelectorAll(BLOCKS)]);
    for (const el of elements) {
      if (el.closest(SKIP_INSIDE)) continue;
      if (el.matches('li, blockquote, dd') && el.querySelector('p')) continue; // its paragraphs are blocks
      if (blocks.length >= 3000) break;
      const segs = [];
      let text = '';
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = /** @type {Text} */ (walker.nextNode()); node; node = /** @type {Text} */ (walker.nextNode())) {
        const p = node.parentElement;
        if (p && (p.closest('script, style, noscript, mark.sift-mark') || p.closest(SKIP_INSIDE))) continue;
        segs.push({ node, start: text.length });
        text += node.data;
        if (text.length > MAX_BLOCK_TEXT) break;
      }
      if (text.length > MAX_BLOCK_TEXT || text.trim().length < 20) continue;
      /** @type {[number, number][]} */
      const links = [];
      for (const a of el.querySelectorAll('a[href]')) {
        const first = segs.find((s) => a.contains(s.node));
        const last = [...segs].reverse().find((s) => a.contains(s.node));
        if (first && last) links.push([first.start, last.start + last.node.data.length]);
      }
      blocks.push({ text, links, quote: !!el.closest('blockquote') });
      segments.push(segs);
    }
    return { blocks, segments };
  }

  function apply(highlights, segments) {
    // Last first, so the offsets of earlier sentences in the same text nodes stay valid.
    const ordered = [...highlights].sort((a, b) => b.block - a.block || b.start - a.start);
    for (const h of ordered) {
      const segs = segments[h.block];
      if (!segs) continue;
      const entry = { id: nextId++, kind: h.kind, label: h.label, reason: h.reason, cue: h.cue, text: '', nodes: [] };
      const title = `${h.label}: ${h.reason}`;
      for (let i = segs.length - 1; i >= 0; i--) {
        const { node, start } = segs[i];
        const end = start + node.data.length;
        if (end <= h.start || start >= h.end || !node.parentNode) continue;
        let target = node;
        const from = Math.max(h.start, start) - start;
        const to = Math.min(h.end, end) - start;
        if (to < target.data.length) target.splitText(to);
        if (from > 0) target = target.splitText(from);
        if (!target.data.trim()) continue;
        const mark = document.createElement('mark');
        mark.className = 'sift-mark';
        mark.setAttribute('data-sift-kind', h.kind);
        mark.setAttribute('data-sift-mark', String(entry.id));
        mark.title = title;
        mark.setAttribute('aria-description', title);
        touched.add(target.parentNode);
        target.parentNode.replaceChild(mark, target);
        mark.appendChild(target);
        entry.nodes.unshift(mark);
        entry.text = target.data + entry.text;
      }
      if (entry.nodes.length) marks.push(entry);
    }
  }

  function undoAll() {
    for (const entry of marks) {
      for (const mark of entry.nodes) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
      }
    }
    for (const parent of touched) if (parent.isConnected) parent.normalize();
    marks.length = 0;
    touched.clear();
  }

  function report() {
    return marks.map(({ id, kind, label, reason, cue, text }) => ({ id, kind, label, reason, cue, text: text.replace(/\s+/g, ' ').trim() }));
  }

  return { collect, apply, undoAll, report, count: () => marks.length };
})();
