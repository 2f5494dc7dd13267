#!/usr/bin/env python3
"""Draw the news sentence sample for the unsupported-assertion development set (issue 12, part 1).

    python3 tests/eval/news/extract.py [--shared ../shared] [--out tests/eval/news]

Python 3.11, standard library only. Deterministic: a fixed seed, sorted inputs, no clock; running it twice
writes byte-identical files.

What it does
1. Pages: every corpus page of the trafilatura, postlight and readability sources in
   `../shared/corpus/MANIFEST.tsv`, minus every page listed in `../shared/labels/heldout-pages.txt` (those are
   dropped before any file is opened). scrapinghub-aeb is not used.
2. Article text: the corpus's ground truth holds only snippets of each article (trafilatura `evaldata.json`
   "with"/"without", postlight-truth.json "content", readability expected-metadata.json "excerpt" and "lang"), not
   the full text, so the text is the page's <p> paragraphs inside the article container, and the ground truth
   decides which container that is: the best-scoring container (readability-style: paragraph text credited to its
   parent and half to its grandparent) among those that hold a paragraph matching a ground-truth snippet. Pages
   whose snippets match nothing fall back to the best container overall. Paragraphs containing a trafilatura
   "without" snippet (known boilerplate) are dropped, as are paragraphs inside script/style/figure/figcaption/
   nav/header/footer/aside/form/blockquote (embedded posts) and inside elements whose class or id names a
   caption, credit, byline, share bar, newsletter, related-links box and the like.
3. English only: readability pages whose metadata declares another language are dropped; every page needs at
   least 150 words of article text with an English stop-word share of at least 0.30; every sentence needs a
   share of at least 0.20.
4. Sentences: a rough splitter (., ! or ? plus optional closing quote/bracket, then space and an upper-case
   letter, digit or opening quote; common abbreviations and initials protected). Kept: 40..400 characters,
   starting with a capital, digit or quote, ending in sentence punctuation, not boilerplate (photo/credit/
   copyright/subscribe/follow us/click/read more, e-mail addresses, URLs).
5. Sample (seed 20240612), at most 8 sentences per page:
   - "random" stratum (74%): article sentences drawn at random, page-balanced: pages are shuffled and visited in
     rounds, each visit taking one random not-yet-taken sentence from that page, so the stratum spreads over as
     many pages as possible. It contains cue sentences at their natural rate.
   - "cue" stratum (26%, sized so that with the random stratum's natural ~20% about 40% of all rows contain a
     cue word): sentences that match the cue pattern (CUE_FAMILIES below), drawn in rounds over the
     cue families (so rare cues such as "without evidence" or "unconfirmed" are not crowded out by "said") and,
     within a family, over shuffled pages, at most 3 cue-stratum sentences per page.
   Each row records its stratum; `sample-info.json` gives the eligible population per source and per stratum so
   that recall over the random stratum and precision over all rows can be reported honestly.

Output (in --out): sentences.jsonl, one object a line
    {"id": "n0001", "page": "<corpus path>", "stratum": "cue"|"random", "text": "...", "context": "<previous sentence>"}
in a shuffled order (strata interleaved), and sample-info.json.
"""

import argparse
import hashlib
import html
import json
import random
import re
import sys
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path

SEED = 20240612
TARGET = 650
CUE_SHARE = 0.26  # with the random stratum's natural ~20%, about 40% of all rows contain a cue word
PER_PAGE_MAX = 8
PER_PAGE_CUE_MAX = 3
SOURCES = ("trafilatura", "postlight", "readability")

# ---------------------------------------------------------------------------------------------------------------
# Cue families: potential cue words for unsupported assertions. Deliberately broad (the stratum only enriches the
# sample; annotators decide). Grouped so the cue stratum can draw evenly across them.
CUE_FAMILIES = [
    ("evidence", r"\bwithout (?:any |providing |offering |citing |giving )*(?:evidence|proof)\b|\bno (?:definitive |concrete |hard |clear )?(?:evidence|proof)\b|\bunconfirmed\b|\bunverified\b|\bunsubstantiated\b|\bbaseless\b|\bunfounded\b|\bcould not (?:be )?(?:independently )?(?:verif|confirm)"),
    ("anon", r"\bsources?\b|\bofficials?\b|\binsiders?\b|\bpeople familiar\b|\banonymity\b|\bnot (?:authori[sz]ed|allowed) to\b|\bunnamed\b|\banonymous\b"),
    ("claim", r"\bclaim(?:s|ed|ing)?\b|\balleg(?:e|es|ed|edly|ation|ations)\b|\baccus(?:e|es|ed|ing|ation|ations)\b|\binsist(?:s|ed)?\b|\bcontend(?:s|ed)?\b|\bassert(?:s|ed)?\b"),
    ("vague", r"\bcritics\b|\bexperts?\b|\bsome (?:say|said|argue|argued|believe)\b|\bothers\b|\bit is (?:thought|believed|said|understood)\b|\b(?:is|are|was|were) (?:widely )?(?:believed|thought|said) to\b|\bstudies (?:show|suggest|have shown)\b|\baccording to\b|\breportedly\b|\bbelieved\b|\bestimates?\b|\bestimated\b|\bargue[sd]?\b|\bthose in favou?r\b|\bproponents\b|\bopponents\b|\banalysts\b"),
    ("hedge", r"\bmay\b|\bmight\b|\bcould\b|\bseem(?:s|ed|ingly)?\b|\bappears?\b|\bappeared\b|\blikely\b|\bprobably\b|\bpossibly\b|\bperhaps\b|\bsuggest(?:s|ed|ing)?\b|\bapparently\b|\bspeculat\w*\b|\brumou?r\w*\b"),
    ("said", r"\bsaid\b|\bsays\b|\btold\b"),
]
CUE_RES = [(name, re.compile(pat, re.I)) for name, pat in CUE_FAMILIES]


def cue_families(text):
    return [name for name, rx in CUE_RES if rx.search(text)]


# ---------------------------------------------------------------------------------------------------------------
# English check
STOP = set(
    """a about above after again against all am an and any are as at be because been before being below between
    both but by can could did do does doing down during each few for from further had has have having he her here
    hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other
    our out over own same she should so some such than that the their them then there these they this those through
    to too under until up very was we were what when where which while who whom why will with would you your said
    says""".split()
)
WORD_RE = re.compile(r"[A-Za-z']+")


def stop_share(text):
    words = [w.lower() for w in WORD_RE.findall(text)]
    if not words:
        return 0.0, 0
    return sum(w in STOP for w in words) / len(words), len(words)


# ---------------------------------------------------------------------------------------------------------------
# HTML: a tolerant streaming parse that records each <p>'s text with the chain of its ancestor containers.
SKIP_TAGS = {
    "script", "style", "noscript", "template", "svg", "math", "figure", "figcaption", "nav", "header", "footer",
    "aside", "form", "button", "select", "textarea", "iframe", "blockquote", "object", "video", "audio", "table",
}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
CLOSES_P = {
    "address", "article", "aside", "blockquote", "div", "dl", "fieldset", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "menu", "nav", "ol", "p", "pre", "section", "table", "ul", "figure", "main",
}
BOILER_TOKEN = re.compile(
    r"^(?:[a-z0-9]+[-_]){0,2}(?:caption|captions|credit|credits|byline|share|sharing|sharebar|social|related|newsletter|"
    r"comment|comments|promo|subscribe|subscription|advert|advertisement|ad|ads|sidebar|breadcrumb|breadcrumbs|"
    r"disclaimer|copyright|cookie|cookies|signup|donate|donation|recirc|trending|popular|outbrain|taboola|"
    r"sponsored|tweet|embed|gallery|toolbar|teaser|bio)"
    r"(?:[-_](?:box|bar|container|wrapper|wrap|section|list|block|area|links|module|inner|text|content|items?|"
    r"holder|panel|unit|slot|title|label|area))?$",
    re.I,
)
# class tokens that describe state, not a box ("has-sidebar", "no-comments")
STATE_TOKEN = re.compile(r"^(?:has|with|no|show|hide|is|enable|disable)[-_]", re.I)
NEVER_SKIP_BY_ATTR = {"html", "body", "article", "main"}


def boiler_attr(tag, a):
    if tag in NEVER_SKIP_BY_ATTR:
        return False
    tokens = " ".join(filter(None, [a.get("class"), a.get("id")])).split()
    return any(BOILER_TOKEN.match(t) and not STATE_TOKEN.match(t) for t in tokens)


class ParaParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # [tag, node_id, skip]
        self.next_id = 0
        self.paras = []  # (text, ancestors tuple of node ids)
        self.cur = None  # list of text pieces of the open <p>
        self.cur_anc = None
        self.skip_depth = 0

    def _skipping(self):
        return self.skip_depth > 0

    def _close_p(self):
        if self.cur is not None:
            text = re.sub(r"\s+", " ", "".join(self.cur)).strip()
            if text:
                self.paras.append((text, self.cur_anc))
            self.cur = None
            self.cur_anc = None

    def handle_starttag(self, tag, attrs):
        if tag in CLOSES_P and self.cur is not None:
            self._close_p()
            self._pop_to("p")
        if tag in VOID:
            if tag == "br" and self.cur is not None:
                self.cur.append(" ")
            return
        a = dict(attrs)
        skip = tag in SKIP_TAGS or boiler_attr(tag, a) or a.get("hidden") is not None
        self.stack.append([tag, self.next_id, skip])
        self.next_id += 1
        if skip:
            self.skip_depth += 1
        if tag == "p" and not self._skipping():
            self.cur = []
            self.cur_anc = tuple(e[1] for e in self.stack[:-1])

    def _pop_to(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for e in self.stack[i:]:
                    if e[2]:
                        self.skip_depth -= 1
                del self.stack[i:]
                return True
        return False

    def handle_endtag(self, tag):
        if tag == "p":
            self._close_p()
        if any(e[0] == tag for e in self.stack):
            # closing an ancestor of the open <p> closes the <p> too
            if self.cur is not None and tag != "p":
                self._close_p()
            self._pop_to(tag)

    def handle_data(self, data):
        if self.cur is not None and not self._skipping():
            self.cur.append(data)


def decode(raw):
    head = raw[:4096].decode("ascii", "replace")
    m = re.search(r"charset=[\"']?([A-Za-z0-9_-]+)", head)
    enc = m.group(1).lower() if m else "utf-8"
    try:
        return raw.decode(enc, "replace")
    except LookupError:
        return raw.decode("utf-8", "replace")


def norm(s):
    return re.sub(r"\s+", " ", html.unescape(s)).strip().lower()


def article_paragraphs(html_text, anchors, without):
    p = ParaParser()
    try:
        p.feed(html_text)
        p.close()
    except Exception:  # malformed markup: keep what was parsed
        pass
    p._close_p()
    paras = p.paras
    if not paras:
        return [], False
    normed = [norm(t) for t, _ in paras]
    if without:
        keep = [i for i, n in enumerate(normed) if not any(w in n for w in without)]
        paras = [paras[i] for i in keep]
        normed = [normed[i] for i in keep]
    score = Counter()
    for (t, anc), n in zip(paras, normed):
        if len(t) < 25:
            continue
        if anc:
            score[anc[-1]] += len(t)
        if len(anc) > 1:
            score[anc[-2]] += len(t) / 2
    if not score:
        return [], False
    anchored_ids = set()
    for (t, anc), n in zip(paras, normed):
        for a in anchors:
            if (a in n) or (len(n) >= 40 and n in a):
                anchored_ids.update(anc)
                break
    cands = [c for c in score if c in anchored_ids]
    anchored = bool(cands)
    pool = cands or list(score)
    root = max(pool, key=lambda c: (score[c], -c))
    return [t for t, anc in paras if root in anc], anchored


# ---------------------------------------------------------------------------------------------------------------
# Sentences
ABBREV = (
    "Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|Gen|Gov|Sen|Rep|Rev|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Pres|Supt|Det|Insp|Jan|Feb|"
    "Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Inc|Ltd|Co|Corp|vs|etc|approx|Fig|Vol|Ave|Blvd|Univ|Dept|Est"
)
PROTECT = re.compile(r"\b(?:%s)\.|\b(?:[A-Z]\.){1,3}(?=\s+[a-z])|\b[A-Z]\.(?=\s+[A-Z][a-z])" % ABBREV)
SPLIT = re.compile(r"(?<=[.!?])([\"'”’)\]]*)\s+(?=[\"“‘'(\[]?[A-Z0-9])")
BOILER = re.compile(
    r"\b(?:photo|photograph|image|illustration|picture)s? (?:by|credit|courtesy)\b|\bgetty images\b|\bshutterstock\b|"
    r"\bassociated press\b.*\bcontributed\b|\ball rights reserved\b|\bcopyright\b|©|\bsubscribe\b|\bsign up\b|"
    r"\bnewsletter\b|\bfollow (?:us|him|her|them|me)\b|\bclick (?:here|to)\b|\bread more\b|\bcontinue reading\b|"
    r"\bcookies?\b|\bterms of (?:use|service)\b|\bprivacy policy\b|\badvertisement\b|\bshare this\b|"
    r"\bthis (?:article|story) (?:was|has been|originally)\b|\bcontributed to this report\b|\bis a (?:staff )?(?:writer|reporter|correspondent|editor) (?:for|at|with)\b|"
    r"\bemail\b.*@|@\w|https?://|www\.|\bunder (?:a )?(?:cc|creative commons)\b",
    re.I,
)
START_OK = re.compile(r"^[\"“‘'(]?[A-Z0-9]")
END_OK = re.compile(r"[.!?][\"'”’)\]]*$")


def split_sentences(par):
    masked = PROTECT.sub(lambda m: m.group(0).replace(".", "\x00"), par)
    out, last = [], 0
    for m in SPLIT.finditer(masked):
        end = m.end(1)
        out.append(masked[last:end])
        last = m.end()
    out.append(masked[last:])
    return [s.replace("\x00", ".").strip() for s in out if s.strip()]


def keep_sentence(s):
    if not (40 <= len(s) <= 400):
        return False
    if not START_OK.match(s) or not END_OK.search(s):
        return False
    if BOILER.search(s):
        return False
    letters = sum(c.isalpha() for c in s)
    if letters < 0.6 * len(s):
        return False
    share, n = stop_share(s)
    return n >= 7 and share >= 0.20


# ---------------------------------------------------------------------------------------------------------------
def load_pages(shared):
    corpus = shared / "corpus"
    heldout = set()
    for line in (shared / "labels" / "heldout-pages.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            heldout.add(line)
    rows = []
    with open(corpus / "MANIFEST.tsv", encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            r = dict(zip(header, line.rstrip("\n").split("\t")))
            if r["source"] in SOURCES:
                rows.append(r)
    pages = sorted(r["path"] for r in rows if r["path"] not in heldout)
    n_heldout = sum(1 for r in rows if r["path"] in heldout)
    return pages, n_heldout, len(rows)


def load_truth(corpus):
    traf = {}
    for url, v in json.loads((corpus / "trafilatura" / "evaldata.json").read_text(encoding="utf-8")).items():
        traf[v["file"]] = v
    post = json.loads((corpus / "postlight-truth.json").read_text(encoding="utf-8"))["pages"]
    return traf, post


def anchors_for(page, corpus, traf, post):
    """(anchors, without, lang) from the page's ground truth."""
    src = page.split("/", 1)[0]
    anchors, without, lang = [], [], None
    if src == "trafilatura":
        v = traf.get(page.rsplit("/", 1)[-1])
        if v:
            anchors = [norm(s) for s in v.get("with", []) if len(s.strip()) >= 15]
            without = [norm(s) for s in v.get("without", []) if len(s.strip()) >= 15]
    elif src == "postlight":
        v = post.get(page)
        if v:
            anchors = [norm(s)[:120] for s in v.get("content", []) if len(s.strip()) >= 15]
    elif src == "readability":
        meta = corpus / Path(page).parent / "expected-metadata.json"
        if meta.exists():
            m = json.loads(meta.read_text(encoding="utf-8"))
            lang = m.get("lang")
            ex = m.get("excerpt") or ""
            if len(ex.strip()) >= 15:
                anchors = [norm(ex)[:120]]
    return anchors, without, lang


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    here = Path(__file__).resolve().parent
    ap.add_argument("--shared", default=str(here.parents[2].parent / "shared"))
    ap.add_argument("--out", default=str(here))
    args = ap.parse_args()
    shared = Path(args.shared).resolve()
    corpus = shared / "corpus"
    if not (corpus / "MANIFEST.tsv").exists():
        sys.exit(f"extract: {corpus}/MANIFEST.tsv not found (pass --shared PATH to the shared folder)")
    out = Path(args.out)

    pages, n_heldout, n_src = load_pages(shared)
    traf, post = load_truth(corpus)
    stats = Counter()
    population = {}  # page -> list of (text, context, families)
    for page in pages:
        src = page.split("/", 1)[0]
        stats[f"pages_considered:{src}"] += 1
        anchors, without, lang = anchors_for(page, corpus, traf, post)
        if lang and not lang.lower().startswith("en"):
            stats[f"dropped_lang_meta:{src}"] += 1
            continue
        raw = (corpus / page).read_bytes()
        paras, anchored = article_paragraphs(decode(raw), anchors, without)
        body = " ".join(paras)
        share, n = stop_share(body)
        if n < 150 or share < 0.30:
            stats[f"dropped_not_english_or_short:{src}"] += 1
            continue
        stats[f"anchored:{src}" if anchored else f"fallback_container:{src}"] += 1
        sents, prev = [], ""
        for par in paras:
            for s in split_sentences(par):
                if keep_sentence(s):
                    sents.append((s, prev, cue_families(s)))
                prev = s
        # the same sentence twice on one page (repeated teaser) counts once
        seen, uniq = set(), []
        for s in sents:
            if s[0] not in seen:
                seen.add(s[0])
                uniq.append(s)
        if uniq:
            population[page] = uniq
            stats[f"pages_eligible:{src}"] += 1

    # sentences that occur on more than one page (syndicated text) are used once, from the first page in sort order
    owner = {}
    for page in sorted(population):
        population[page] = [s for s in population[page] if owner.setdefault(s[0], page) == page]

    rng = random.Random(SEED)
    taken = defaultdict(set)  # page -> indices taken
    per_page = Counter()
    per_page_cue = Counter()
    rows = []
    n_cue = round(TARGET * CUE_SHARE)
    n_random = TARGET - n_cue

    # cue stratum: rounds over families; within a family, shuffled (page, index) pool
    fam_pools = {}
    for name, _ in CUE_FAMILIES:
        pool = [(p, i) for p in sorted(population) for i, s in enumerate(population[p]) if name in s[2]]
        rng.shuffle(pool)
        fam_pools[name] = pool
    got = 0
    while got < n_cue and any(fam_pools.values()):
        for name, _ in CUE_FAMILIES:
            pool = fam_pools[name]
            while pool:
                p, i = pool.pop()
                if i in taken[p] or per_page_cue[p] >= PER_PAGE_CUE_MAX or per_page[p] >= PER_PAGE_MAX:
                    continue
                taken[p].add(i)
                per_page[p] += 1
                per_page_cue[p] += 1
                rows.append((p, i, "cue", name))
                got += 1
                break
            if got >= n_cue:
                break

    # random stratum: page-balanced rounds
    order = sorted(population)
    rng.shuffle(order)
    remaining = {p: [i for i in range(len(population[p]))] for p in order}
    for p in order:
        rng.shuffle(remaining[p])
    got = 0
    progress = True
    while got < n_random and progress:
        progress = False
        for p in order:
            if got >= n_random:
                break
            if per_page[p] >= PER_PAGE_MAX:
                continue
            lst = remaining[p]
            while lst and lst[-1] in taken[p]:
                lst.pop()
            if not lst:
                continue
            i = lst.pop()
            taken[p].add(i)
            per_page[p] += 1
            rows.append((p, i, "random", None))
            got += 1
            progress = True

    rng.shuffle(rows)
    out.mkdir(parents=True, exist_ok=True)
    lines = []
    comp = {"pages": Counter(), "sentences": Counter(), "stratum": Counter(), "cue_family": Counter(),
            "random_with_cue_word": 0}
    for n, (p, i, stratum, fam) in enumerate(rows, 1):
        text, ctx, fams = population[p][i]
        obj = {"id": f"n{n:04d}", "page": p, "stratum": stratum, "text": text, "context": ctx}
        lines.append(json.dumps(obj, ensure_ascii=False))
        src = p.split("/", 1)[0]
        comp["sentences"][f"{src}:{stratum}"] += 1
        comp["stratum"][stratum] += 1
        if fam:
            comp["cue_family"][fam] += 1
        if stratum == "random" and fams:
            comp["random_with_cue_word"] += 1
    for p in {r[0] for r in rows}:
        comp["pages"][p.split("/", 1)[0]] += 1
    data = "\n".join(lines) + "\n"
    (out / "sentences.jsonl").write_text(data, encoding="utf-8")

    pop_total = Counter()
    pop_cue = Counter()
    for p, ss in population.items():
        src = p.split("/", 1)[0]
        pop_total[src] += len(ss)
        pop_cue[src] += sum(1 for s in ss if s[2])
    info = {
        "seed": SEED,
        "sources": list(SOURCES),
        "pages_in_sources": n_src,
        "heldout_pages_excluded": n_heldout,
        "page_stats": dict(sorted(stats.items())),
        "eligible_population": {
            "pages": len(population),
            "sentences_per_source": dict(sorted(pop_total.items())),
            "sentences_with_cue_word_per_source": dict(sorted(pop_cue.items())),
        },
        "sample": {
            "sentences": len(rows),
            "pages": len({r[0] for r in rows}),
            "pages_per_source": dict(sorted(comp["pages"].items())),
            "sentences_per_source_and_stratum": dict(sorted(comp["sentences"].items())),
            "per_stratum": dict(sorted(comp["stratum"].items())),
            "cue_stratum_per_family": dict(sorted(comp["cue_family"].items())),
            "random_stratum_rows_with_a_cue_word": comp["random_with_cue_word"],
            "max_sentences_per_page": max(per_page.values()) if per_page else 0,
        },
        "sentences_sha256": hashlib.sha256(data.encode("utf-8")).hexdigest(),
    }
    (out / "sample-info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(info["sample"], indent=2))
    print(f"wrote {out / 'sentences.jsonl'} ({len(rows)} sentences) and {out / 'sample-info.json'}")


if __name__ == "__main__":
    main()
