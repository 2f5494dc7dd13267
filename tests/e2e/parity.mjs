// One reading policy: the same HTML page read by the content script's reader (extension/content/collect.js and
// highlight.js, in the browser) and by the native reader (src/page.rs, through `sift snapshot`) must give the
// same survey and the same snapshot, field for field, so `sift check`, `make eval`'s native figures and the
// core benchmark measure what readers run. Only what needs layout may differ: `viewportCover` (the native
// reader has no viewport). Runs in a browser without the extension, so nothing on the page is changed first.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { serve } from '../support/server.mjs';

const root = new URL('../..', import.meta.url).pathname;
const PAGE = 'fixtures/parity.html';

/** The native reader's survey, answer and snapshot for the fixture (`sift snapshot`, debug build). */
function native() {
  const out = execFileSync('cargo', ['run', '--quiet', '--bin', 'sift', '--', 'snapshot', `www/${PAGE}`], { cwd: root, maxBuffer: 64 << 20 });
  return JSON.parse(out.toString());
}

/** Runs in the page: the content script's readers, fed the native answer to the survey so that both snapshots
 * are of the same candidates. The readers' source comes as text (the page has no extension). */
function browserReading({ source, found }) {
   
  return (0, eval)(`${source}
    ;(() => {
      const found = ${JSON.stringify(found)};
      const s = SiftCollect.survey([document.body], () => false, true);
      const article = found.article ? s.containers[found.article.container] : null;
      const owners = new Set([...found.texts.map((i) => s.textOwners[i]), ...found.names.map((i) => s.nameOwners[i]),
        ...found.controls.map((i) => s.controlOwners[i]), ...found.frames.map((i) => s.frameOwners[i])]);
      const ctx = { article, headline: SiftCollect.headline(document), pageTextLen: document.body.textContent.length, userOpened: false, embedded: false, holdsHidden: () => false };
      const blocks = article ? SiftHighlight.collect(article).blocks : [];
      const snap = SiftCollect.snapshot(owners, ctx, { isHidden: () => false, isRevealed: () => false, isHiddenBox: () => false }, blocks);
      return JSON.stringify({ survey: s.survey, snapshot: snap.snapshot });
    })()`);
}

/** Numbers as f32 (the core's floats), layout-only facts dropped. */
function normalise(snapshot) {
  const f32 = (x) => Math.fround(x);
  return {
    ...snapshot,
    nodes: snapshot.nodes.map((n) => (n.facts ? { ...n, facts: { ...n.facts, viewportCover: 0, pageTextShare: f32(n.facts.pageTextShare) } } : n)),
  };
}

export function parity(makeHarness) {
  describe(`one reading policy in ${makeHarness.label}`, () => {
    let server;
    let h;
    let expected;
    before(async () => {
      expected = native();
      server = await serve(new URL('../../www', import.meta.url).pathname);
      h = await makeHarness.bare(server.url);
    });
    after(async () => {
      if (h) await h.close();
      if (server) await server.close();
    });

    test('the content script and `sift snapshot` read the same survey and snapshot from the same page', async () => {
      const source = ['collect.js', 'highlight.js'].map((f) => readFileSync(new URL(`../../extension/content/${f}`, import.meta.url), 'utf8')).join('\n');
      const tab = await h.open(PAGE);
      const got = JSON.parse(await tab.run(browserReading, { source, found: expected.found }));
      await tab.close();
      // The fixture must give both readers something to agree on: candidates, chains, frames and blocks.
      assert.ok(expected.found.texts.length >= 5 && expected.snapshot.chains.length >= 5, 'the fixture has candidates');
      assert.ok(expected.snapshot.blocks.length >= 5, 'the fixture has article blocks');
      assert.deepEqual(got.survey, expected.survey, 'survey');
      const a = normalise(got.snapshot);
      const b = normalise(expected.snapshot);
      assert.equal(a.nodes.length, b.nodes.length, 'snapshot node count');
      for (let i = 0; i < b.nodes.length; i++) assert.deepEqual(a.nodes[i], b.nodes[i], `snapshot node ${i} (<${b.nodes[i].tag}>)`);
      assert.deepEqual(a.chains, b.chains, 'chains');
      assert.deepEqual(a.blocks, b.blocks, 'article blocks');
    });
  });
}
