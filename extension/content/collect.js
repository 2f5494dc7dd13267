// Reading the page: cheap facts for every element first (names, short texts: the survey), expensive ones
// (computed style, boxes, controls) only for the candidates the core picked out and the boxes around them (the
// snapshot). The shapes are the core's `Survey` and `Snapshot` (src/decide.rs), field for field. Nothing here
// changes the page or decides anything.


const SiftCollect = (() => {
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'svg', 'SVG', 'CANVAS',
    'IFRAME', 'TEXTAREA', 'SELECT', 'OPTION', 'MARK']);
  const MAX_PROBE_TEXT = 400;
  const MAX_FRAME_TITLE = 80;
  /** The longest button label read (page.rs `MAX_LABEL`): a longer text in a control is a teaser or a headline. */
  const MAX_LABEL = 40;
  const MAX_FACT_TEXT = 1500;
  const MAX_CHAIN = 10;
  const CHAIN_TEXT_LIMIT = 5000;
  const MAX_SHADOW_ROOTS = 500;
  // Boxes above a chain that a hidden box may be widened to, and how much of their other text counts (the
  // core's FRAME_LEVELS and REST_CAP).
  const FRAME_LEVELS = 4;
  const FRAME_BOXES = 12;
  const REST_CAP = 251;
  const NO_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  // Content drawn from elsewhere, with no text here: a box beside one is not empty (page.rs `EMBEDS`).
  const EMBEDS = new Set(['IFRAME', 'VIDEO', 'AUDIO', 'EMBED', 'OBJECT']);
  // Form fields (page.rs `field_kind`): inputs, text areas and rich-text boxes; an email field by its hints
  // (page.rs `EMAIL_HINTS`).
  const EMAIL_HINT = /mail|courriel|correo/i;
  const FIELD = 'input, textarea, [contenteditable], [role=textbox]';
  const dense = (s) => s.replace(/\s+/g, '').length;

  const collapse = (s) => s.replace(/\s+/g, ' ').trim();
  /** The first `n` UTF-16 units of `s`, never half a surrogate pair (which JSON text cannot carry). */
  const cut = (s, n) => {
    if (s.length <= n) return s;
    const c = s.charCodeAt(n - 1);
    return s.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
  };
  // A form's named fields shadow its own properties (`<input name="id">` makes `form.id` that input, and a field
  // named "tagName" or "getAttribute" does the same to those): an element's tag, attributes and descendants are
  // read through the prototypes, whatever a page names its fields.
  const ATTR = Element.prototype.getAttribute;
  const QSA = Element.prototype.querySelectorAll;
  const TAG = Object.getOwnPropertyDescriptor(Element.prototype, 'tagName').get;
  const attrOf = (el, name) => ATTR.call(el, name);
  const tagOf = (el) => TAG.call(el);
  const classOf = (el) => attrOf(el, 'class') || '';

  /** The parent element, crossing out of a shadow tree to its host. */
  function parentOf(el) {
    if (el.parentElement) return el.parentElement;
    const up = el.parentNode;
    return up && up.nodeType === Node.DOCUMENT_FRAGMENT_NODE && up.host ? up.host : null;
  }

  /** Open shadow roots inside `root`, nested ones included. Closed roots stay private, as their page meant. */
  function openShadowRoots(root) {
    const found = [];
    const pending = [root];
    if (root.shadowRoot && root.nodeType === Node.ELEMENT_NODE) {
      found.push(root.shadowRoot);
      pending.push(root.shadowRoot);
    }
    while (pending.length && found.length < MAX_SHADOW_ROOTS) {
      const walker = document.createTreeWalker(pending.pop(), NodeFilter.SHOW_ELEMENT);
      for (let el = /** @type {Element} */ (walker.nextNode()); el; el = /** @type {Element} */ (walker.nextNode())) {
        const sr = el.shadowRoot;
        if (sr && !SKIP.has(tagOf(el))) {
          found.push(sr);
          pending.push(sr);
        }
      }
    }
    return found;
  }

  function rendered(el) {
    if (typeof el.checkVisibility === 'function') return el.checkVisibility();
    return el.getClientRects().length > 0;
  }

  /** Short texts of the page and the elements that hold them (for the wording prefilter). */
  function probes(root, skip) {
    const texts = [];
    const owners = [];
    const seen = new Set();
    const long = new Set();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = /** @type {Text} */ (walker.nextNode()); node; node = /** @type {Text} */ (walker.nextNode())) {
      const data = node.data;
      if (data.length < 4 || data.length > 4 * MAX_PROBE_TEXT) continue;
      const parent = node.parentElement;
      if (!parent || seen.has(parent)) continue;
      // The parent's whole text catches wording split over inline tags ("<b>Sign in</b> to continue"), spaced
      // at links and blocks when the parent has words of its own; a parent whose own text is white space is a
      // row of other boxes, read as before (page.rs `survey` says why).
      // A parent whose only child is this text node has it as its whole text (most paragraphs, links, labels).
      // A parent too long for that is read a text node at a time, each of them (page.rs `survey`); it was
      // checked at its first text node.
      let text;
      if (long.has(parent)) text = collapse(data);
      else {
        if (SKIP.has(tagOf(parent)) || skip(parent)) continue;
        const whole = parent.childNodes.length === 1 ? data : parent.textContent;
        const short = whole.length <= MAX_PROBE_TEXT;
        if (short) seen.add(parent);
        else long.add(parent);
        // spaced only once known short: spacedText walks in script, textContent natively
        text = collapse(!short ? data : whole !== data && data.trim() ? spacedText(parent) : whole);
      }
      if (text.length < 6) continue;
      texts.push(text);
      owners.push(parent);
    }
    // A control whose face is a picture shows its words only in the picture, a frame from another site only
    // in its title (page.rs `survey`).
    const frames = [];
    const frameOwners = [];
    const faced = new Set();
    const pictures = root.querySelectorAll('input[type=image], a img[alt], button img[alt], iframe[title]');
    for (const p of root.nodeType === Node.ELEMENT_NODE ? [root, ...pictures] : pictures) {
      const control = tagOf(p) === 'IMG' ? p.closest('a, button') : p;
      if (!control || faced.has(control) || skip(control)) continue;
      faced.add(control);
      const face = imageFace(control);
      const title = face ? null : frameTitle(control);
      if (face && face.length >= 6 && face.length <= MAX_PROBE_TEXT) {
        texts.push(face);
        owners.push(control);
      } else if (title && title.length >= 6) {
        frames.push(title);
        frameOwners.push(control);
      }
    }
    return { texts, owners, frames, frameOwners };
  }

  /** The title of a frame (page.rs `frame_title`), at most MAX_FRAME_TITLE characters; null for any other
   * element. */
  function frameTitle(el) {
    if (tagOf(el) !== 'IFRAME') return null;
    const title = collapse(attrOf(el, 'title') || '');
    return title && title.length <= MAX_FRAME_TITLE ? title : null;
  }

  /** The alt text of a control drawn as a picture (page.rs `image_face`): an image button's, or that of the
   * picture that is all a link or button shows (no text, no aria-label); null for any other element. */
  function imageFace(el) {
    const t = tagOf(el);
    let alt = null;
    if (t === 'INPUT') {
      if ((attrOf(el, 'type') || '').toLowerCase() === 'image') alt = attrOf(el, 'alt');
    } else if ((t === 'A' || t === 'BUTTON') && !collapse(el.textContent || '') && !attrOf(el, 'aria-label')) {
      const img = el.querySelector('img');
      alt = img ? attrOf(img, 'alt') : null;
    }
    return collapse(alt || '') || null;
  }

  /** `tag id class role` of elements that carry names (for the name prefilter). */
  function names(root, skip, shallow = false) {
    const list = [];
    const owners = [];
    const all = shallow ? [] : root.querySelectorAll('[id],[class],[role]');
    const consider = (el) => {
      if (SKIP.has(tagOf(el)) || skip(el)) return;
      list.push(`${tagOf(el).toLowerCase()} ${attrOf(el, 'id') || ''} ${classOf(el)} ${attrOf(el, 'role') || ''}`);
      owners.push(el);
    };
    if (root.nodeType === Node.ELEMENT_NODE && root.matches('[id],[class],[role]')) consider(root);
    for (const el of all) consider(el);
    return { names: list, owners };
  }

  /** The kind of a form field: an input's type (`email` for any that asks for an address), `textarea`, or
   * `textbox` for a rich-text box; null for an element matching FIELD that is none of these. */
  function fieldKind(el) {
    if (tagOf(el) === 'INPUT') {
      const i = /** @type {HTMLInputElement} */ (el);
      const hint = `${i.type} ${i.name} ${attrOf(i, 'placeholder') || ''} ${attrOf(i, 'autocomplete') || ''}`;
      const typed = i.type === 'text' || i.type === 'email';
      return i.type === 'password' ? 'password' : typed && EMAIL_HINT.test(hint) ? 'email' : i.type || 'text';
    }
    if (tagOf(el) === 'TEXTAREA') return 'textarea';
    const editable = attrOf(el, 'contenteditable');
    return (editable !== null && editable.toLowerCase() !== 'false') || attrOf(el, 'role') === 'textbox' ? 'textbox' : null;
  }

  /** The kinds of the form fields of `root`, itself included (a field queued again on its own), for the form
   * prefilter. */
  function fields(root, skip) {
    const kinds = [];
    const owners = [];
    const consider = (el) => {
      const kind = skip(el) ? null : fieldKind(el);
      if (kind) {
        kinds.push(kind);
        owners.push(el);
      }
    };
    if (root.nodeType === Node.ELEMENT_NODE && root.matches(FIELD)) consider(root);
    for (const el of root.querySelectorAll(FIELD)) consider(el);
    return { kinds, owners };
  }

  /** Paragraph statistics for the article finder. */
  function articleInput(doc) {
    const containers = [];
    const index = new Map();
    const indexOf = (el) => {
      if (!el || el === doc.documentElement) return -1;
      let i = index.get(el);
      if (i === undefined) {
        i = containers.length;
        index.set(el, i);
        const text = el.textContent || '';
        let linkLen = 0;
        for (const a of QSA.call(el, 'a')) linkLen += (a.textContent || '').length;
        containers.push({ tag: tagOf(el).toLowerCase(), id: attrOf(el, 'id') || '', class: classOf(el), textLen: text.length, linkLen, el });
      }
      return i;
    };
    const blocks = [];
    const paras = doc.body ? doc.body.querySelectorAll('p, pre, td, blockquote') : [];
    let n = 0;
    for (const p of paras) {
      if (++n > 4000) break;
      const text = p.textContent || '';
      if (text.trim().length < 25) continue;
      let linkLen = 0;
      for (const a of p.querySelectorAll('a')) linkLen += (a.textContent || '').length;
      const parent = p.parentElement;
      blocks.push({
        parent: indexOf(parent),
        grand: parent ? indexOf(parent.parentElement) : -1,
        textLen: text.length,
        linkLen,
        commas: (text.match(/[,،、，]/g) || []).length,
      });
    }
    /** @type {ArticleInput} */
    const input = { blocks, containers: containers.map(({ el, ...c }) => c), embedded: window !== window.top };
    return { input, elements: containers.map((c) => c.el) };
  }

  const CONTROL = 'button, [role=button], input[type=submit], input[type=button], input[type=image], a';

  // Elements whose edges separate words (page.rs `BLOCK`): a widget built by script often has no white space
  // between its tags, and its heading and text would otherwise run together.
  const BLOCK = new Set(['A', 'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'BUTTON', 'DD', 'DETAILS', 'DIALOG', 'DIV',
    'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
    'HR', 'LABEL', 'LI', 'MAIN', 'NAV', 'OL', 'OPTION', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
    'TFOOT', 'TH', 'THEAD', 'TR', 'UL']);

  /** `el.textContent` with a space at the edges of every BLOCK element inside and without the text of
   * scripts and styles, which no reader sees (page.rs `spaced_text`). */
  function spacedText(el) {
    const out = [];
    const SPACE = null;
    const stack = [...el.childNodes].reverse();
    while (stack.length) {
      const node = stack.pop();
      if (node === SPACE) {
        out.push(' ');
      } else if (node.nodeType === Node.TEXT_NODE) {
        out.push(/** @type {Text} */ (node).data);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const e = /** @type {Element} */ (node);
        if (NO_TEXT.has(tagOf(e).toUpperCase())) continue;
        if (e.namespaceURI === 'http://www.w3.org/1999/xhtml' && BLOCK.has(tagOf(e))) {
          out.push(' ');
          stack.push(SPACE);
        }
        for (let i = e.childNodes.length - 1; i >= 0; i--) stack.push(e.childNodes[i]);
      }
    }
    return out.join('');
  }

  /** Frames, players, plug-ins and open shadow roots inside `el` (page.rs counts all but the roots: it sees no
   * shadow roots). */
  function embedsIn(el) {
    let n = 0;
    for (const d of QSA.call(el, '*')) if (EMBEDS.has(tagOf(d)) || d.shadowRoot) n++;
    return n;
  }

  /** Facts the core scores an element on (see `ElementFacts` in src/model.rs). */
  /** @returns {ElementFacts} */
  function facts(el, ctx) {
    const text = el.textContent || '';
    const words = text.length > CHAIN_TEXT_LIMIT * 4 ? text : spacedText(el);
    const buttons = [];
    for (const b of el.querySelectorAll(CONTROL)) {
      const input = tagOf(b) === 'INPUT';
      const alt = input && !b.value && Boolean(attrOf(b, 'alt'));
      const spoken = collapse(input && b.value ? b.value : alt ? attrOf(b, 'alt') : b.textContent || attrOf(b, 'aria-label') || '');
      // A control drawn as a picture says what it is only in its alt text, as a frame only in its title
      // (page.rs `facts`): it may be as long.
      const longest = alt || !spoken ? MAX_FRAME_TITLE : MAX_LABEL;
      const label = spoken || imageFace(b) || '';
      if (label && label.length <= longest) buttons.push(label);
      if (buttons.length >= 12) break;
    }
    const frames = [];
    for (const f of QSA.call(el, 'iframe')) {
      const title = frameTitle(f);
      if (title) frames.push(title);
      if (frames.length >= 12) break;
    }
    const inputs = [];
    let links = 0;
    let linkTextLen = 0;
    for (const i of el.querySelectorAll(FIELD)) {
      const kind = fieldKind(i);
      if (kind) inputs.push(kind);
    }
    // Lengths count collapsed text: indentation between tags must not dilute the share of link text in a menu
    // or make a wrapper look different from the box it only wraps.
    for (const a of QSA.call(el, 'a')) {
      links++;
      linkTextLen += collapse(a.textContent || '').length;
    }
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const vw = window.innerWidth || 1;
    const vh = window.innerHeight || 1;
    const visW = Math.max(0, Math.min(rect.right, vw) - Math.max(rect.left, 0));
    const visH = Math.max(0, Math.min(rect.bottom, vh) - Math.max(rect.top, 0));
    const art = ctx.article;
    return {
      tag: tagOf(el).toLowerCase(),
      id: attrOf(el, 'id') || '',
      class: classOf(el),
      role: attrOf(el, 'role') || '',
      ariaModal: attrOf(el, 'aria-modal') === 'true',
      text: cut(collapse(cut(words, MAX_FACT_TEXT * 2)), MAX_FACT_TEXT),
      textLen: text.length > CHAIN_TEXT_LIMIT * 4 ? text.length : collapse(words).length,
      buttons,
      frames,
      inputs,
      links,
      linkTextLen,
      headings: [...el.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')].filter(rendered).length,
      embeds: embedsIn(el),
      position: style.position,
      zIndex: parseInt(style.zIndex, 10) || 0,
      viewportCover: (visW * visH) / (vw * vh),
      inArticle: !!art && art !== el && art.contains(el),
      containsArticle: holdsArticle(el, ctx),
      pageTextShare: ctx.pageTextLen ? text.length / ctx.pageTextLen : 0,
      afterArticle: !!art && !art.contains(el) && !!(art.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
      userOpened: ctx.userOpened,
      holdsHidden: ctx.holdsHidden(el),
      embedded: ctx.embedded,
      pageArticle: !!art,
    };
  }

  /** What separates a title's headline from the site's name (page.rs `TITLE_PARTS`). */
  const TITLE_PARTS = [' | ', ' - ', ' – ', ' — ', ' : ', ' · '];

  /** The page's headline: the first `h1` whose text the document's title holds, or that holds the title's
   * first part, at least 15 characters either way. A box around it is kept like the article (`containsArticle`):
   * a headline often sits outside the article's container, beside an intro that asks for a sign-up. */
  function headline(doc) {
    const title = collapse(doc.title || '').toLowerCase();
    if (title.length < 15) return null;
    const cuts = TITLE_PARTS.map((sep) => title.indexOf(sep)).filter((i) => i >= 0);
    const head = cuts.length ? title.slice(0, Math.min(...cuts)) : title;
    const h1s = doc.body ? doc.body.getElementsByTagName('h1') : [];
    for (let i = 0; i < h1s.length && i < 20; i++) {
      const t = collapse(h1s[i].textContent || '').toLowerCase();
      if (t.length >= 15 && (title.includes(t) || (head.length >= 15 && t.includes(head)))) return h1s[i];
    }
    return null;
  }

  /** Whether `el` holds the article or its headline: never hidden, and no chain climbs past it. */
  const holdsArticle = (el, ctx) => (!!ctx.article && el.contains(ctx.article)) || (!!ctx.headline && el.contains(ctx.headline));

  /** The chain of `el` and its ancestors, innermost first, cut before the article, `body` or big boxes. */
  function chain(el, ctx) {
    const elements = [];
    for (let cur = el; cur && elements.length < MAX_CHAIN; cur = parentOf(cur)) {
      if (cur === document.body || cur === document.documentElement) break;
      if (ctx.article && cur.contains(ctx.article)) break;
      if ((cur.textContent || '').length > CHAIN_TEXT_LIMIT) break;
      elements.push(cur);
    }
    return elements;
  }

  /** The survey of `roots` (a page with its shadow roots, or added subtrees), with the elements behind it. */
  /** With `shallow`, only the roots' own names (an element whose class changed): its texts did not change. */
  function survey(roots, skip, withArticle, shallow = false) {
    const allTexts = [];
    const allNames = [];
    const allControls = [];
    const textOwners = [];
    const nameOwners = [];
    const controlOwners = [];
    const allFrames = [];
    const frameOwners = [];
    for (const root of roots) {
      const p = shallow ? { texts: [], owners: [], frames: [], frameOwners: [] } : probes(root, skip);
      const n = names(root, skip, shallow);
      const f = shallow ? { kinds: [], owners: [] } : fields(root, skip);
      // a loop, not push(...list): a page of 100,000 elements overflows the argument limit
      for (let i = 0; i < p.texts.length; i++) { allTexts.push(p.texts[i]); textOwners.push(p.owners[i]); }
      for (let i = 0; i < n.names.length; i++) { allNames.push(n.names[i]); nameOwners.push(n.owners[i]); }
      for (let i = 0; i < f.kinds.length; i++) { allControls.push(f.kinds[i]); controlOwners.push(f.owners[i]); }
      for (let i = 0; i < p.frames.length; i++) { allFrames.push(p.frames[i]); frameOwners.push(p.frameOwners[i]); }
    }
    const art = withArticle ? articleInput(document) : null;
    /** @type {Survey} */
    const survey = { texts: allTexts, names: allNames, controls: allControls, frames: allFrames, article: art ? art.input : null };
    return {
      survey,
      textOwners,
      nameOwners,
      controlOwners,
      frameOwners,
      containers: art ? art.elements : [],
    };
  }

  /** Non-white-space characters of `el`'s text, counted up to `cap` (all the widening test needs). */
  function denseUpTo(el, cap) {
    let len = 0;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let t = /** @type {Text} */ (walker.nextNode()); t && len < cap; t = /** @type {Text} */ (walker.nextNode())) len += dense(t.data);
    return Math.min(len, cap);
  }

  /** Rendered non-white-space text inside `el` but outside the other snapshot elements, counted to REST_CAP.
   * Rendering is asked only of the parents of text that counts (a text node is drawn when its parent is), so
   * a big box with little loose text costs a walk, not a style query per element. */
  function restText(el, index, isHiddenBox) {
    let len = 0;
    // A frame or player beside the boxes counts as much as the cap, and so does an open shadow root with text
    // (neither shows in the element's own text), and so does a box Sift hid before: it was decided on its
    // own, perhaps under another category, and a frame taken around it would file it under this one.
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        const e = /** @type {Element} */ (node);
        if (NO_TEXT.has(tagOf(e)) || index.has(e)) return NodeFilter.FILTER_REJECT;
        if (isHiddenBox(e)) {
          len = REST_CAP;
          return NodeFilter.FILTER_REJECT;
        }
        return EMBEDS.has(tagOf(e)) || e.shadowRoot ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      },
    });
    const shown = new Map();
    for (let t = /** @type {Node} */ (walker.nextNode()); t && len < REST_CAP; t = /** @type {Node} */ (walker.nextNode())) {
      if (t.nodeType === Node.ELEMENT_NODE) {
        const e = /** @type {Element} */ (t);
        if (!rendered(e)) continue;
        if (EMBEDS.has(tagOf(e))) len = REST_CAP;
        else if (e.shadowRoot) len += denseUpTo(e.shadowRoot, REST_CAP);
        continue;
      }
      const n = dense(/** @type {Text} */ (t).data);
      if (!n) continue;
      const parent = t.parentElement;
      if (!parent) continue;
      let ok = shown.get(parent);
      if (ok === undefined) shown.set(parent, (ok = rendered(parent)));
      if (ok) len += n;
    }
    return Math.min(len, REST_CAP);
  }

  /**
   * The core's `Snapshot` for candidate elements: their chains with facts, up to FRAME_LEVELS boxes above
   * each chain, and each element's place among them. `state` answers isHidden / isRevealed / isHiddenBox
   * (hidden itself, not through an ancestor). With a
   * `deadline` (a performance.now() time), candidates not reached by then are returned in `rest`.
   */
  /** @param {Iterable<Element>} owners @param {TextBlock[]} blocks */
  function snapshot(owners, ctx, state, blocks, deadline = Infinity) {
    const els = [];
    const index = new Map();
    const withFacts = new Map();
    const add = (el) => {
      let i = index.get(el);
      if (i === undefined) {
        i = els.length;
        index.set(el, i);
        els.push(el);
      }
      return i;
    };
    // Each box's text counted once: the climb above every chain and the box's node both need it, and chains
    // share their ancestors.
    const denseOf = new Map();
    const dense = (el) => {
      let d = denseOf.get(el);
      if (d === undefined) {
        d = denseUpTo(el, REST_CAP);
        denseOf.set(el, d);
      }
      return d;
    };
    const chains = [];
    const rest = [];
    const unrendered = [];
    for (const el of owners) {
      if (performance.now() > deadline) {
        rest.push(el);
        continue;
      }
      if (!el.isConnected || state.isHidden(el)) continue;
      if (!rendered(el)) {
        unrendered.push(el);
        continue;
      }
      const members = chain(el, ctx);
      if (!members.length) continue;
      chains.push(members.map(add));
      for (const m of members) if (!withFacts.has(m)) withFacts.set(m, facts(m, ctx));
      // A wrapper with the same text as the box below it is not a level (the core's `widen`), so a widget in an
      // ad slot's nest of sizing boxes still reaches the slot.
      let below = dense(members[members.length - 1]);
      let cur = parentOf(members[members.length - 1]);
      for (let k = 0, n = 0; k < FRAME_LEVELS && n < FRAME_BOXES && cur && cur !== document.body && cur !== document.documentElement; n++) {
        add(cur);
        const d = dense(cur);
        if (d !== below || d >= REST_CAP) k++;
        below = d;
        cur = parentOf(cur);
      }
    }
    const art = ctx.article;
    /** @type {SnapNode[]} */
    const nodes = els.map((el) => {
      let parent = null;
      for (let cur = parentOf(el); cur && parent === null; cur = parentOf(cur)) {
        const i = index.get(cur);
        if (i !== undefined) parent = i;
      }
      return {
        parent,
        tag: tagOf(el).toLowerCase(),
        denseLen: dense(el),
        restText: restText(el, index, state.isHiddenBox),
        hidden: state.isHidden(el),
        revealed: state.isRevealed(el),
        containsArticle: holdsArticle(el, ctx),
        inArticle: !!art && art !== el && art.contains(el),
        facts: withFacts.get(el) || null,
      };
    });
    return { snapshot: { nodes, chains, blocks }, elements: els, rest, unrendered };
  }

  return { survey, snapshot, headline, rendered, collapse, parentOf, openShadowRoots, attrOf, tagOf };
})();
