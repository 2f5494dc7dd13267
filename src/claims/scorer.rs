//! The unsupported-assertion scorer: lexicon cues, checks around each match, context discounts, and the choice
//! of one kind per sentence.
//!
//! Cost per sentence: one ASCII-lowercased copy, one pass of the anchor gate (the cues' anchor words as one
//! lazy DFA), then only the cues whose anchor word occurs (most sentences of an article contain none). The
//! attribution / named-source patterns run only when a cue needs them.

use std::collections::HashMap;

use crate::pattern::{escape, Pattern};

use super::learned::{ngram_features, rule_feature, shape_features, WeaselModel, WEASEL_THRESHOLD};
use super::lexicon::{
    Check, ATTRIBUTION, CLAIM_OBJECT_EXCEPTIONS, COUNTS, CUES, DENIALS, GROUP_SUBJECTS, LEGAL_SUBJECTS,
    NAMED_SOURCE_LEAD, NEGATORS, NOUN_MARKERS, SPECIFIC_DETERMINERS,
};
use super::{ClaimKind, ClaimVerdict, SentenceContext};

/// Trained by `sift train-weasel`; an empty or stale file just disables the learned part.
static WEASEL_BIN: &[u8] = include_bytes!("weasel.bin");

/// Scores at or above this flag a sentence.
const FLAG: f32 = 0.5;

/// Context discounts. A link is the strongest support a page can show; quoted or attributed speech makes a
/// forecast the speaker's, not the writer's; questions and conditionals do not assert.
const LINK_FACTOR: f32 = 0.4;
const ATTRIBUTED_FACTOR: f32 = 0.5;
const NAMED_SOURCE_FACTOR: f32 = 0.5;
const QUESTION_FACTOR: f32 = 0.6;
const CONDITIONAL_FACTOR: f32 = 0.6;
const QUOTE_BLOCK_FACTOR: f32 = 0.6;
/// Legal filings allege by nature; still unproven, so flagged, but below ordinary contested claims.
const LEGAL_SCORE: f32 = 0.55;
/// "the claims that ..." as a noun phrase names a claim without making one ("Claims that action is imperative
/// do not stand up", "its territorial claims"): kept as a hedge for the WikiWeasel features, never a flag.
const CLAIM_NOUN_SCORE: f32 = 0.45;
/// The weakest speculation cues (`Check::needs_model`) flag only when the learned WikiWeasel model also reads
/// the sentence as hedged at its shipped threshold; otherwise their score is multiplied by this.
const UNCONFIRMED_FACTOR: f32 = 0.8;

/// Compiles every pattern once; `score` is then cheap and allocation-light.
pub struct Scorer {
    /// One literal pass: which anchor words occur (see `Cue::anchors`).
    gate: Pattern,
    /// Anchor word -> bit set of the cues it unlocks.
    anchor_cues: HashMap<&'static str, u64>,
    /// Cue patterns, compiled on first use: the keyword gate lets a page reach only a few of them, and
    /// compiling all up front was a large part of the engine's start-up in wasm.
    cue_src: Vec<String>,
    cues: Vec<std::sync::OnceLock<Pattern>>,
    claim_object_exceptions: Pattern,
    attribution: Pattern,
    named_source: Pattern,
    weasel: Option<WeaselModel>,
}

/// One believed cue match after checks and discounts.
#[derive(Clone, Copy, Debug)]
struct Hit {
    kind: ClaimKind,
    score: f32,
    start: usize,
    end: usize,
    legal: bool,
    /// Why a strong cue ended below the flag line, for the unflagged reason.
    discount: Option<&'static str>,
    /// The learned model's probability, when it was asked to confirm this hit.
    model: Option<f32>,
}

/// Rewrite `\b` to an ASCII word boundary: the Unicode one makes the lazy DFA give up on non-ASCII text
/// (every curly quote), which costs an order of magnitude in speed. Cues are ASCII words, so nothing is lost.
/// Patterns are matched against the ASCII-lowercased sentence, so no `(?i)`.
fn compile_pattern(p: &str) -> String {
    p.replace(r"\b", r"(?-u:\b)")
}

impl Default for Scorer {
    fn default() -> Self {
        Scorer::new()
    }
}

impl Scorer {
    pub fn new() -> Scorer {
        let patterns: Vec<String> = CUES.iter().map(|c| compile_pattern(c.pattern)).collect();
        let (gate, anchor_cues) = build_gate();
        Scorer {
            gate,
            anchor_cues,
            cues: patterns.iter().map(|_| std::sync::OnceLock::new()).collect(),
            cue_src: patterns,
            claim_object_exceptions: Pattern::new(CLAIM_OBJECT_EXCEPTIONS).expect("claim exceptions regex is valid"),
            attribution: Pattern::new(&compile_pattern(ATTRIBUTION)).expect("attribution regex is valid"),
            named_source: Pattern::new(&compile_pattern(NAMED_SOURCE_LEAD)).expect("named source regex is valid"),
            weasel: WeaselModel::from_bytes(WEASEL_BIN),
        }
    }

    fn cue(&self, i: usize) -> &Pattern {
        self.cues[i].get_or_init(|| Pattern::new(&self.cue_src[i]).expect("lexicon cue pattern is a valid regex"))
    }

    /// Judge one sentence for a news reader. Precise by design: only strong cues flag.
    pub fn score(&self, sentence: &str, ctx: &SentenceContext) -> ClaimVerdict {
        self.analyze(sentence, ctx, false, true, true).0
    }

    /// The same decision without the learned model's confirmation of the weakest cues: what the rules alone
    /// would highlight. For `sift eval-news`, which reports what the model changes.
    #[doc(hidden)]
    pub fn score_rules_only(&self, sentence: &str, ctx: &SentenceContext) -> ClaimVerdict {
        self.analyze(sentence, ctx, false, true, false).0
    }

    /// Whether the shipped learned weights loaded.
    pub fn has_learned_model(&self) -> bool {
        self.weasel.is_some()
    }

    /// Probability-like 0..1 that a sentence is hedged in the broad WikiWeasel sense (weasel, hedge or peacock
    /// words). Uses the learned model when weights are shipped, otherwise [`Scorer::hedge_score`].
    /// Compare against [`super::WEASEL_THRESHOLD`].
    pub fn weasel_score(&self, s: &str) -> f32 {
        match &self.weasel {
            Some(m) => m.probability(&self.weasel_features(s)),
            None => self.hedge_score(s),
        }
    }

    /// Rules only: the news verdict's score, or the strongest hedge cue present, whichever is higher.
    pub fn hedge_score(&self, s: &str) -> f32 {
        let (verdict, matched) = self.analyze(s, &SentenceContext::default(), true, true, false);
        matched.iter().map(|&i| CUES[i].score).fold(verdict.score, f32::max)
    }

    /// Features for the learned model: hashed n-grams, which cues matched, and the news verdict's kind.
    pub fn weasel_features(&self, s: &str) -> Vec<u32> {
        let mut out = Vec::with_capacity(64);
        ngram_features(s, &mut out);
        shape_features(s, &mut out);
        // Without the model's confirmation (the model is what is being computed): the raw rule reading.
        let (verdict, matched) = self.analyze(s, &SentenceContext::default(), true, true, false);
        out.extend(matched.iter().map(|&i| rule_feature(i as u32)));
        if let Some(k) = verdict.kind {
            out.push(rule_feature(1000 + k.specificity_rank() as u32));
        }
        // Presence, not counts: a word said three times is no more hedged than once.
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Run the lexicon over `s`. `with_hedges` also tests the weak (< 0.5) cues, which only the WikiWeasel
    /// scores need; news scoring skips them.
    /// Whether the anchor gate changes nothing for `s` (the gate is only a speed-up). For tests and
    /// `sift eval-weasel`.
    #[doc(hidden)]
    pub fn gate_agrees(&self, s: &str) -> bool {
        let ctx = SentenceContext::default();
        self.analyze(s, &ctx, true, true, true) == self.analyze(s, &ctx, true, false, true)
    }

    /// `use_model`: let the learned model confirm the weakest cues (`Check::needs_model`).
    fn analyze(
        &self,
        s: &str,
        ctx: &SentenceContext,
        with_hedges: bool,
        gated: bool,
        use_model: bool,
    ) -> (ClaimVerdict, Vec<usize>) {
        // ASCII lowercasing keeps every byte offset, so matches on `lower` index `s` directly, and the
        // patterns need no `(?i)` (which would multiply the size of their automata).
        let lower = s.to_ascii_lowercase();
        let mut matched: Vec<usize> = Vec::new();
        let mut facts: Option<Facts> = None;
        let mut attributed: Option<bool> = None;
        let mut named: Option<bool> = None;
        let mut model_p: Option<f32> = None;
        let mut hits: Vec<Hit> = Vec::new();
        let mut weak = 0f32;
        let mut unlocked = if gated { 0 } else { u64::MAX };
        if gated {
            for m in self.gate.find_iter(&lower) {
                unlocked |= self.anchor_cues.get(&lower[m]).copied().unwrap_or(0);
            }
        }
        for (i, cue) in CUES.iter().enumerate() {
            if cue.score < FLAG {
                // Hedges never flag news and need no position.
                if with_hedges && self.cue(i).is_match(&lower) {
                    weak = weak.max(cue.score);
                    matched.push(i);
                }
                continue;
            }
            // `is_match` first: most unlocked cues do not match, and a plain yes/no search is the cheaper one.
            if unlocked & (1 << i) == 0 || !self.cue(i).is_match(&lower) {
                continue;
            }
            let mut any = false;
            for m in self.cue(i).find_iter(&lower) {
                any = true;
                let Some((base, legal)) = self.check(cue.check, cue.score, &lower, m.start, m.end) else {
                    continue;
                };
                let facts = facts.get_or_insert_with(|| Facts::new(s));
                let mut hit =
                    Hit { kind: cue.kind, score: base, start: m.start, end: m.end, legal, discount: None, model: None };
                let mut discount = |factor: f32, why: &'static str| {
                    hit.score *= factor;
                    hit.discount.get_or_insert(why);
                };
                match cue.kind {
                    ClaimKind::Speculation => {
                        if facts.in_quotes(m.start)
                            || *attributed.get_or_insert_with(|| self.attribution.is_match(&lower))
                        {
                            discount(ATTRIBUTED_FACTOR, "is the quoted or attributed speaker's, not the writer's");
                        }
                        if *named.get_or_insert_with(|| self.has_named_source(s, &lower)) {
                            discount(NAMED_SOURCE_FACTOR, "comes with a named source");
                        }
                        if facts.question {
                            discount(QUESTION_FACTOR, "is part of a question");
                        }
                        if facts.citation {
                            discount(LINK_FACTOR, "cites a reference");
                        }
                        // "If the deal fails, he is likely to ..." is still the writer's forecast; "may" and
                        // "could" under a condition are plain planning.
                        let likely = lower[m.start..m.end].contains("likely");
                        if (!likely && facts.conditional_at(&lower, m.start))
                            || (likely && Facts::in_if_clause(&lower, m.start))
                        {
                            discount(CONDITIONAL_FACTOR, "is conditional");
                        }
                        if Facts::first_person_at(s, m.start) {
                            discount(ATTRIBUTED_FACTOR, "is about the writer's own experience or stated opinion");
                        }
                        if ctx.in_quote_block {
                            discount(QUOTE_BLOCK_FACTOR, "is inside a quotation");
                        }
                    }
                    ClaimKind::VagueSource => {
                        if *named.get_or_insert_with(|| self.has_named_source(s, &lower)) {
                            discount(NAMED_SOURCE_FACTOR, "comes with a named source");
                        }
                        if facts.citation {
                            discount(LINK_FACTOR, "cites a reference");
                        }
                        // "'People said we were crazy,' the founder recalls": the speaker's story.
                        if facts.in_quotes(m.start) {
                            discount(ATTRIBUTED_FACTOR, "is the quoted speaker's, not the writer's");
                        }
                        if facts.question {
                            discount(QUESTION_FACTOR, "is part of a question");
                        }
                        if ctx.in_quote_block {
                            discount(QUOTE_BLOCK_FACTOR, "is inside a quotation");
                        }
                    }
                    // A speaker's own "unfounded conjecture" inside a quotation is their characterisation.
                    ClaimKind::EvidenceAbsent if cue.check == Check::NotNegated && facts.in_quotes(m.start) => {
                        discount(ATTRIBUTED_FACTOR, "is the quoted speaker's word, not the writer's");
                    }
                    // Anonymous sourcing, contested claims and missing evidence stay what they are inside quotes
                    // and questions.
                    _ => {}
                }
                // A link supports anything except a statement that the evidence is missing.
                if ctx.has_link && cue.kind != ClaimKind::EvidenceAbsent {
                    discount(LINK_FACTOR, "links to a source");
                }
                // The combined decision: a weak cue flags only if the learned model reads the sentence as hedged.
                if use_model && cue.check.needs_model() && hit.score >= FLAG {
                    if let Some(model) = &self.weasel {
                        let p = *model_p.get_or_insert_with(|| model.probability(&self.weasel_features(s)));
                        hit.model = Some(p);
                        if p < WEASEL_THRESHOLD {
                            hit.score *= UNCONFIRMED_FACTOR;
                            hit.discount.get_or_insert("is not confirmed by the learned hedge model");
                        }
                    }
                }
                hits.push(hit);
            }
            if any {
                matched.push(i);
            }
        }
        (self.verdict(s, &hits, weak), matched)
    }

    /// The cue-specific checks; `None` drops the match, otherwise (score, is legal process).
    fn check(&self, check: Check, base: f32, s: &str, start: usize, end: usize) -> Option<(f32, bool)> {
        match check {
            Check::Plain => Some((base, false)),
            Check::NotNegated => {
                let prev = prev_words(s, start, 2);
                // "dismissed the claims as baseless", "debunked ... as unfounded": someone's judgement of a
                // claim (a denial or a debunk), not a claim lacking support.
                let judged = prev.first().is_some_and(|w| w == "as");
                (!judged && !prev.iter().any(|w| is_negator(w))).then_some((base, false))
            }
            Check::NotThing => {
                // Nor "those who may be sleeping alone", "you may be wondering": address, not a guess.
                let addressed =
                    prev_words(s, start, 1).first().is_some_and(|w| matches!(w.as_str(), "who" | "you" | "i" | "we"));
                (!addressed && !s[start..end].to_ascii_lowercase().ends_with("thing")).then_some((base, false))
            }
            Check::UnnamedGroup => {
                // "the researchers said" points back at a named group; "two people said" are witnesses.
                let prev = prev_words(s, start, 1);
                let specific = prev.iter().any(|w| {
                    SPECIFIC_DETERMINERS.contains(&w.as_str())
                        || COUNTS.contains(&w.as_str())
                        || w.chars().next().is_some_and(|c| c.is_ascii_digit())
                });
                (!specific).then_some((base, false))
            }
            Check::ClaimVerb => self.contested(base, s, start, end),
            Check::Unattributed => (!self.attribution.is_match(s)).then_some((base, false)),
            Check::Accuse => {
                let prev = prev_words(s, start, 3);
                let noun = matches!(prev.first().map(String::as_str), Some("the" | "an" | "stands" | "stand"));
                let denied = prev.iter().take(2).any(|w| is_negator(w) || DENIALS.contains(&w.as_str()));
                (!noun && !denied).then_some((base, false))
            }
            Check::BareOfficials => {
                let verb = s[start..end].rsplit(' ').next().unwrap_or("");
                if matches!(verb, "say" | "said") {
                    // Only a forecast or a judgement: a modal or "likely" in what they say.
                    let forecast = s[end..]
                        .split(|c: char| !c.is_ascii_alphabetic())
                        .any(|w| matches!(w, "could" | "may" | "might" | "would" | "will" | "likely" | "should"));
                    forecast.then_some((base, false))
                } else {
                    Some((base, false))
                }
            }
            Check::NotPersonal => {
                let prev = prev_words(s, start, 1);
                let personal = prev.first().is_some_and(|w| matches!(w.as_str(), "i" | "we" | "you" | "one"));
                (!personal).then_some((base, false))
            }
            Check::NotAdjectival => {
                let prev = prev_words(s, start, 1);
                let in_noun_phrase = prev.first().is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "a" | "an"
                            | "the"
                            | "this"
                            | "that"
                            | "such"
                            | "most"
                            | "more"
                            | "ever"
                            | "so"
                            | "in"
                            | "of"
                            | "its"
                            | "their"
                            | "his"
                            | "her"
                            | "our"
                            | "my"
                            | "your"
                            | "and"
                            | "but"
                            | "or"
                            | "very"
                    )
                });
                (!in_noun_phrase).then_some((base, false))
            }
            Check::NotAboutWriter => {
                // "how it looks like after baking": a description, not an impression.
                if prev_words(s, start, 1).first().is_some_and(|w| w == "how" || w == "what") {
                    return None;
                }
                let next = s[end..]
                    .split(|c: char| !c.is_ascii_alphabetic() && c != '\'' && c != '’')
                    .find(|w| !w.is_empty())
                    .unwrap_or("");
                let writer = matches!(
                    next,
                    "i" | "we" | "you" | "i'm" | "we're" | "you're" | "i’m" | "we’re" | "you’re" | "my" | "our"
                );
                (!writer).then_some((base, false))
            }
            Check::NotNarrative => {
                let matched = &s[start..end];
                if matched.starts_with("it ") {
                    return Some((base, false));
                }
                let past = matched.starts_with("appeared") || matched.starts_with("seemed");
                let prev = prev_words(s, start, 1);
                let pronoun = matches!(
                    prev.first().map(String::as_str),
                    Some("he" | "she" | "i" | "we" | "you" | "they" | "it" | "this" | "there")
                );
                (!past && !pronoun).then_some((base, false))
            }
        }
    }

    /// A named source: a lead-in ("according to the") followed in the original text by a capital letter, or by
    /// a year and a capital ("a 2019 study" is not enough; "a study by 2020 Analytics" is).
    fn has_named_source(&self, s: &str, lower: &str) -> bool {
        self.named_source.find_iter(lower).into_iter().any(|m| {
            let rest = &s[m.end..];
            let rest = match rest.get(..5) {
                Some(y) if y.as_bytes()[..4].iter().all(u8::is_ascii_digit) && y.ends_with(' ') => &rest[5..],
                _ => rest,
            };
            rest.chars().next().is_some_and(char::is_uppercase)
        })
    }

    /// A claim verb flags only with a real speaker: not negated or denied, not a noun ("jobless claims") or an
    /// adjective ("the alleged attack"), not a vague group or a passive (those are vague sources), and not a
    /// neutral object ("claimed responsibility", "insisted on").
    fn contested(&self, base: f32, s: &str, start: usize, end: usize) -> Option<(f32, bool)> {
        let prev = prev_words(s, start, 4);
        let near = &prev[..prev.len().min(3)];
        if near.iter().any(|w| is_negator(w) || DENIALS.contains(&w.as_str())) {
            return None;
        }
        if near.iter().any(|w| GROUP_SUBJECTS.contains(&w.as_str())) {
            return None;
        }
        let first = prev.first().map(String::as_str);
        if matches!(first, Some("is" | "was" | "are" | "were" | "been" | "be" | "being")) {
            return None;
        }
        // "the President-elect's claims of fraud": a possessive makes it the noun.
        if first.is_some_and(|w| w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'")) {
            return None;
        }
        let verb_lower = s[start..end].to_ascii_lowercase();
        // "a philosophy that insists that ...": a thing insists, maintains or asserts; not a speaker's claim.
        if matches!(first, Some("that" | "which"))
            && ["insist", "maintain", "assert", "contend"].iter().any(|v| verb_lower.starts_with(v))
        {
            return None;
        }
        let rest = &s[end..];
        let verb = s[start..end].to_ascii_lowercase();
        // "two key claims.": a verb of saying needs what is said; nothing after it means the noun.
        // ("He claims, somewhat sheepishly, that ..." still says what.)
        let said_after_aside = rest.starts_with(',') && rest.find(" that ").is_some_and(|i| i < 60);
        if rest.trim_start().is_empty()
            || rest.starts_with(['.', ';', ':', ')', '?', '!'])
            || (rest.starts_with(',') && !said_after_aside)
        {
            return None;
        }
        let noun_like = match first {
            Some(w) => NOUN_MARKERS.contains(&w),
            None => verb == "claims" || verb == "alleged",
        };
        if noun_like {
            let next_is_that = rest.trim_start().get(..5).is_some_and(|w| w.eq_ignore_ascii_case("that "));
            return (verb == "claims" && next_is_that).then_some((CLAIM_NOUN_SCORE, false));
        }
        if self.claim_object_exceptions.is_match(rest) {
            return None;
        }
        // "insisted on a recount" is a demand; "contends with" is a struggle.
        let next = rest.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
        if (verb.starts_with("insist") && (next == "on" || next == "upon"))
            || (verb.starts_with("contend") && next == "with")
            // "an account claiming to be the actor": impersonation, not an assertion reported.
            || (verb == "claiming" && (next == "to" || next == "how"))
        {
            return None;
        }
        if prev.iter().any(|w| LEGAL_SUBJECTS.contains(&w.as_str())) {
            return Some((LEGAL_SCORE, true));
        }
        Some((base, false))
    }

    fn verdict(&self, s: &str, hits: &[Hit], weak: f32) -> ClaimVerdict {
        let mut flagged: Vec<&Hit> = hits.iter().filter(|h| h.score >= FLAG).collect();
        // Most specific kind first, then the strongest hit within it.
        flagged.sort_by(|a, b| {
            a.kind
                .specificity_rank()
                .cmp(&b.kind.specificity_rank())
                .then(b.score.total_cmp(&a.score))
                .then(a.start.cmp(&b.start))
        });
        let Some(top) = flagged.first() else {
            // Explain the strongest discounted cue, if any, so the CLI shows why nothing was flagged.
            let best = hits.iter().max_by(|a, b| a.score.total_cmp(&b.score));
            let score = best.map_or(0.0, |h| h.score).max(weak).min(FLAG - 0.01);
            let reason = best
                .and_then(|h| h.discount.map(|why| format!("Not flagged: \"{}\" {why}.", &s[h.start..h.end])))
                .unwrap_or_default();
            return unflagged(score, reason);
        };
        // The cue as the reader sees it: without the punctuation some patterns end on.
        let cue = s[top.start..top.end].trim_end_matches(|c: char| !c.is_alphanumeric()).to_string();
        let mut reason = describe(top, &cue);
        if let Some(p) = top.model {
            reason.push_str(&format!(", and the learned hedge model reads the sentence as hedged ({p:.2})"));
        }
        let mut also: Vec<ClaimKind> = Vec::new();
        for h in &flagged[1..] {
            if h.kind != top.kind && !also.contains(&h.kind) {
                also.push(h.kind);
            }
        }
        if !also.is_empty() {
            let names: Vec<String> = also.iter().map(|k| k.label().to_lowercase()).collect();
            reason.push_str(&format!(
                "; also reads as {}, but {} is the more specific kind",
                names.join(" and "),
                top.kind.label().to_lowercase()
            ));
        }
        reason.push('.');
        ClaimVerdict { kind: Some(top.kind), score: top.score.clamp(0.0, 1.0), cue, reason }
    }
}

/// The anchor gate: one pure literal alternation (so the regex crate runs it as a multi-literal search alone),
/// made prefix-free (an anchor that extends another hands its cues to the shorter one). No word boundary:
/// anchors hold no spaces, so a match never crosses a word, and the anchor at a word's start is the leftmost
/// match there; matches inside words only unlock extra cues, which is harmless.
fn build_gate() -> (Pattern, HashMap<&'static str, u64>) {
    assert!(CUES.len() <= 64, "cue bit sets are u64");
    let mut anchors: Vec<(&'static str, u64)> = Vec::new();
    for (i, c) in CUES.iter().enumerate() {
        for &a in c.anchors {
            anchors.push((a, 1 << i));
        }
    }
    let mut map: HashMap<&'static str, u64> = HashMap::new();
    for &(a, bits) in &anchors {
        let root = anchors.iter().map(|&(b, _)| b).filter(|b| a.starts_with(b)).min_by_key(|b| b.len()).unwrap_or(a);
        *map.entry(root).or_insert(0) |= bits;
    }
    let mut words: Vec<&str> = map.keys().copied().collect();
    words.sort_unstable();
    let alternation: Vec<String> = words.iter().map(|w| escape(w)).collect();
    let gate = Pattern::new(&alternation.join("|")).expect("anchor gate regex is valid");
    (gate, map)
}

fn unflagged(score: f32, reason: String) -> ClaimVerdict {
    ClaimVerdict { kind: None, score, cue: String::new(), reason }
}

fn describe(h: &Hit, cue: &str) -> String {
    let what = match h.kind {
        ClaimKind::EvidenceAbsent => "Says evidence was not provided",
        ClaimKind::AnonSource => "Relies on a source the reader cannot identify",
        ClaimKind::ContestedClaim if h.legal => "Reports an allegation in a legal or police filing, not a finding",
        ClaimKind::ContestedClaim => "Reports what a speaker claims, not an established fact",
        ClaimKind::VagueSource => "Credits the point to unnamed people or unspecified research",
        ClaimKind::Speculation => "The writer speculates without giving a source",
    };
    format!("{what} (\"{cue}\")")
}

fn is_negator(w: &str) -> bool {
    NEGATORS.contains(&w) || w.ends_with("n't") || w.ends_with("n’t")
}

/// Up to `n` lowercase words before byte `at`, nearest first, stripped of punctuation.
fn prev_words(s: &str, at: usize, n: usize) -> Vec<String> {
    s[..at]
        .split_whitespace()
        .rev()
        .take(n)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').to_lowercase())
        .collect()
}

/// A numbered reference ("(27, 28, 29)", "[3]", "[4–6]") or an author–year one ("(Lee et al., 2019)",
/// "(Moreno 2021)"). A lone number in parentheses counts only up to two digits ("(3)"), so "(1998)" and
/// "(250)" stay dates and figures.
fn has_citation(s: &str) -> bool {
    if s.contains("et al") {
        return true;
    }
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let (open, close) = match b[i] {
            b'(' => (b'(', b')'),
            b'[' => (b'[', b']'),
            _ => {
                i += 1;
                continue;
            }
        };
        let Some(len) = b[i + 1..].iter().take(40).position(|&c| c == close) else {
            i += 1;
            continue;
        };
        let inner = &s[i + 1..i + 1 + len];
        let numbered = !inner.is_empty()
            && inner.split([',', '-', ';', '–']).all(|p| {
                let p = p.trim();
                !p.is_empty() && p.len() <= 3 && p.bytes().all(|c| c.is_ascii_digit())
            })
            && (open == b'[' || inner.contains([',', '-', '–']) || inner.len() <= 2);
        let author_year = inner.chars().next().is_some_and(char::is_uppercase)
            && inner.split_whitespace().count() <= 5
            && inner.rsplit([' ', ',']).next().is_some_and(|y| {
                y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit()) && (y.starts_with("19") || y.starts_with("20"))
            });
        if numbered || author_year {
            return true;
        }
        i += 1 + len;
    }
    false
}

/// Sentence-level facts the discounts need, computed once per flagged-candidate sentence.
struct Facts {
    question: bool,
    starts_conditional: bool,
    /// Byte spans between double quotes (straight or curly).
    quotes: Vec<(usize, usize)>,
    /// A reference the reader can follow: "(27, 28)", "[3]", "(Lee et al., 2019)".
    citation: bool,
}

impl Facts {
    fn new(s: &str) -> Facts {
        let t = s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | ')'));
        let first = s.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
        let mut quotes = Vec::new();
        let mut open: Option<usize> = None;
        for (i, c) in s.char_indices() {
            match (c, open) {
                ('“', _) => open = Some(i),
                ('"', None) => open = Some(i),
                ('"' | '”', Some(o)) => {
                    quotes.push((o, i));
                    open = None;
                }
                _ => {}
            }
        }
        Facts {
            citation: has_citation(s),
            question: t.ends_with('?'),
            starts_conditional: matches!(first.as_str(), "if" | "unless" | "should" | "whether"),
            quotes,
        }
    }

    fn in_quotes(&self, at: usize) -> bool {
        self.quotes.iter().any(|&(a, b)| a < at && at < b)
    }

    /// The clause holding byte `at` is conditional: the sentence opens with "If ...", or an "if"/"unless"
    /// sits in the same clause before the cue.
    fn conditional_at(&self, s: &str, at: usize) -> bool {
        self.starts_conditional || Facts::in_if_clause(s, at)
    }

    /// An "if"/"unless" sits in the clause holding byte `at`, before it: the cue is part of the condition
    /// ("If it is likely that the service is closed, ..."), not of the main clause after it.
    fn in_if_clause(s: &str, at: usize) -> bool {
        let clause_start = s[..at].rfind([',', ';', ':']).map_or(0, |i| i + 1);
        s[clause_start..at].split_whitespace().any(|w| w.eq_ignore_ascii_case("if") || w.eq_ignore_ascii_case("unless"))
    }

    /// The clause holding byte `at` speaks of the writer or to the reader ("I was probably a bit ashamed", "the
    /// last time I took the bus was probably in June", "you would probably still fall for it"): experience,
    /// stated opinion or address, not a claim about the world.
    fn first_person_at(s: &str, at: usize) -> bool {
        let clause_start = s[..at].rfind([',', ';', ':']).map_or(0, |i| i + 1);
        let clause_end = s[at..].find([',', ';', ':']).map_or(s.len(), |i| at + i);
        s[clause_start..clause_end].split(|c: char| !c.is_ascii_alphabetic() && c != '\'' && c != '’').any(|w| {
            matches!(w, "I" | "I'm" | "I’m" | "I've" | "I’ve" | "I'd" | "I’d" | "me" | "my" | "you" | "You" | "your")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ClaimKind::*;

    fn verdict(s: &str) -> ClaimVerdict {
        Scorer::new().score(s, &SentenceContext::default())
    }

    /// Own news-style sentences, labelled by hand. `None` = a careful reader would not highlight it.
    const NEWS: &[(&str, Option<ClaimKind>)] = &[
        // evidence_absent
        ("The governor claimed on Monday that the rival campaign had rigged the count, without providing any evidence.", Some(EvidenceAbsent)),
        ("Upon information and belief, the vendor shipped faulty parts to three hospitals.", Some(EvidenceAbsent)),
        ("The mayor offered no proof for the accusation.", Some(EvidenceAbsent)),
        ("The video, which could not be independently verified, appears to show shelling near the port.", Some(EvidenceAbsent)),
        ("Rumours of the merger remain unsubstantiated.", Some(EvidenceAbsent)),
        ("There's no definitive evidence that the tonic sharpens memory.", Some(EvidenceAbsent)),
        ("The council member stressed that she had no proof of any wrongdoing.", Some(EvidenceAbsent)),
        ("He repeated the baseless allegation at a rally in Ohio.", Some(EvidenceAbsent)),
        // anon_source
        ("The company is preparing to cut 2,000 jobs, sources said.", Some(AnonSource)),
        ("The deal could be announced next week, according to people familiar with the matter.", Some(AnonSource)),
        ("A senior official, who spoke on condition of anonymity, said the talks had collapsed.", Some(AnonSource)),
        ("According to two sources close to the negotiations, the bid has been withdrawn.", Some(AnonSource)),
        ("A Pentagon official said the drills would continue through May.", Some(AnonSource)),
        ("\"The whole thing was rigged,\" said one party strategist in the county.", Some(AnonSource)),
        ("The club has learned that the coach will not renew his contract.", Some(AnonSource)),
        ("The plan was dropped in March, according to people who attended the meeting.", Some(AnonSource)),
        // contested_claim
        ("Senator Blake claimed the new tariffs would pay for themselves.", Some(ContestedClaim)),
        ("The chief executive insisted that the product was safe.", Some(ContestedClaim)),
        ("The lawsuit alleges that the landlord ignored repeated safety warnings.", Some(ContestedClaim)),
        ("The suspect allegedly set fire to two parked cars.", Some(ContestedClaim)),
        ("She falsely claimed that the ballots had been destroyed.", Some(ContestedClaim)),
        ("The mayor accused the council of hiding the audit.", Some(ContestedClaim)),
        ("The driver is alleged to have fled the scene on foot.", Some(ContestedClaim)),
        ("Local landlords attacked the rule, claiming it will empty the town centre.", Some(ContestedClaim)),
        ("He claims, rather sheepishly, that the idea came to him in a dream.", Some(ContestedClaim)),
        // vague_source
        ("Critics say the plan will raise rents for the poorest tenants.", Some(VagueSource)),
        ("It is widely believed that the minister will resign before the summer.", Some(VagueSource)),
        ("Studies show that the drug cuts recovery time in half.", Some(VagueSource)),
        ("Some experts warn that the bridge is no longer safe.", Some(VagueSource)),
        ("The striker is said to be unhappy at the club.", Some(VagueSource)),
        ("The singer has reportedly split from her manager.", Some(VagueSource)),
        ("Others might argue that the museum paid far too much for the vase.", Some(VagueSource)),
        ("Those in favor have said the levy will pay for two new libraries.", Some(VagueSource)),
        ("According to one estimate, a fifth of the grant never reached the farms.", Some(VagueSource)),
        ("The herb is considered to be a cure for almost any ailment.", Some(VagueSource)),
        ("Officials say the new stadium could bring thousands of jobs to the valley.", Some(VagueSource)),
        // speculation
        ("The regime may be planning a fresh offensive in the north.", Some(Speculation)),
        ("The central bank is likely to raise interest rates again this year.", Some(Speculation)),
        ("The fire was probably started by a discarded cigarette.", Some(Speculation)),
        ("It seems like the board has already made up its mind.", Some(Speculation)),
        ("Many commuters might still believe the tunnel was paid for by the city.", Some(Speculation)),
        ("If the merger goes ahead, the chain is likely to close its rural branches.", Some(Speculation)),
        // supported or neutral: must stay unflagged
        ("The ministry said on Tuesday that exports rose 4 per cent.", None),
        ("\"We will not back down,\" the prime minister said.", None),
        ("According to the Office for National Statistics, unemployment is likely to fall.", None),
        ("Prices could rise further next year, the central bank said.", None),
        ("If the talks fail, the strike could spread to other ports.", None),
        ("Could this be the end of the high street?", None),
        ("Initial jobless claims rose by 12,000 last week.", None),
        ("The militant group claimed responsibility for the blast.", None),
        ("The storm claimed at least 14 lives.", None),
        ("She denied claims that she had misled parliament.", None),
        ("The police said the alleged attacker was arrested at the scene.", None),
        ("The researchers said the sample was too small to draw conclusions.", None),
        ("A study published in The Lancet shows the vaccine is 90 per cent effective.", None),
        ("The team may win the league on Saturday.", None),
        ("The council insisted on a full recount.", None),
        ("Two people said they heard gunfire near the station.", None),
        ("The president did not claim that the election was stolen.", None),
        ("Experts at the World Health Organization say the risk is low.", None),
        // grammar: the noun, not the verb
        ("The two countries' territorial claims overlap in the northern strait.", None),
        ("Claims that the bridge is unsafe do not stand up.", None),
        ("The reporter debunked the senator's claims of ballot stuffing as baseless.", None),
        ("His memoir rests on two central claims.", None),
        ("The accused was led into the courtroom in handcuffs.", None),
        ("A fan account claiming to be the singer posted the photo.", None),
        ("It is a philosophy that insists that effort always pays.", None),
        // citations and references as support
        ("Poor sleep may be linked to higher blood pressure (14, 15, 16).", None),
        ("Studies show that the lichen grows a millimetre a year [4].", None),
        ("Rising seas are likely to flood the delta by 2080 (Okafor et al., 2021).", None),
        // hedges inside quotations, questions, conditions, narrative, first person
        ("\"I think the plan is likely to fail,\" the union leader, Mara Bell, said.", None),
        ("Is the market likely to recover before the election?", None),
        ("If it is likely that the line will close, the operator will arrange a bus.", None),
        ("The hallway seemed to be empty when we arrived.", None),
        ("He appeared to be searching for his keys.", None),
        ("There seems to be three ways to configure the router.", None),
        ("It feels like I am missing something obvious.", None),
        ("The last time I rode that train was probably in June.", None),
        ("Staff noticed a seemingly harmless crack in the wall.", None),
        ("There is no evidence of foul play, the coroner said.", None),
        ("You might think the recipe needs more salt.", None),
        ("With that attitude you would probably fall for the same trick again.", None),
        ("A soft pillow for anyone who may be sleeping alone this winter.", None),
        ("The strict liability claims depend on the seller's own conduct.", None),
        ("The knight had seemingly won the duel.", None),
        ("\"People said we were mad to open a bakery here,\" the owner recalls.", None),
        ("According to officials, the fire started shortly after 3 a.m.", None),
        ("He was said to be furious by the end of the meeting, his sister told reporters.", None),
        ("The upgrade could make the app faster on older phones.", None),
    ];

    #[test]
    fn news_table_precision_and_kinds() {
        let scorer = Scorer::new();
        let ctx = SentenceContext::default();
        let (mut tp, mut fp, mut wrong) = (0, 0, Vec::new());
        for &(s, want) in NEWS {
            let v = scorer.score(s, &ctx);
            if v.kind.is_some() {
                if want.is_some() {
                    tp += 1;
                } else {
                    fp += 1;
                }
            }
            if v.kind != want {
                wrong.push(format!("{s:?}: want {want:?}, got {:?} ({})", v.kind, v.reason));
            }
        }
        let precision = tp as f32 / (tp + fp).max(1) as f32;
        assert!(precision >= 0.85, "precision {precision}");
        assert!(wrong.is_empty(), "mislabelled:\n{}", wrong.join("\n"));
    }

    #[test]
    fn citations_are_recognised_and_dates_are_not() {
        for s in ["(27, 28, 29)", "[3]", "[4–6]", "(Lee et al., 2019)", "(Moreno 2021)", "(5)"] {
            assert!(has_citation(&format!("It may help {s}.")), "{s}");
        }
        for s in ["(1998)", "(250)", "(in 2019)", "(AP)", "[sic]", "(the mayor)", "("] {
            assert!(!has_citation(&format!("It may help {s}.")), "{s}");
        }
    }

    #[test]
    fn every_mark_has_a_kind_a_cue_and_a_human_reason() {
        let scorer = Scorer::new();
        for &(s, want) in NEWS {
            let v = scorer.score(s, &SentenceContext::default());
            if want.is_some() {
                assert!(!v.cue.is_empty(), "{s}: {v:?}");
                assert!(v.reason.contains(&format!("\"{}\"", v.cue)), "{s}: {v:?}");
                assert!(v.reason.ends_with('.'), "{s}: {v:?}");
            }
        }
    }

    #[test]
    fn the_model_confirms_weak_cues_and_says_so() {
        let scorer = Scorer::new();
        assert!(scorer.has_learned_model(), "shipped weights must load (retrain after editing lexicon.rs)");
        let s = "The regime appears to be moving troops toward the border.";
        let v = scorer.score(s, &SentenceContext::default());
        let rules = scorer.score_rules_only(s, &SentenceContext::default());
        assert_eq!(rules.kind, Some(Speculation));
        if v.kind.is_some() {
            assert!(v.reason.contains("learned hedge model"), "{}", v.reason);
        } else {
            assert!(v.reason.contains("not confirmed by the learned hedge model"), "{}", v.reason);
        }
        // Only the weakest cues ask the model: a strong one is the same either way.
        let strong = "Sources said the deal was close.";
        assert_eq!(
            scorer.score(strong, &SentenceContext::default()),
            scorer.score_rules_only(strong, &SentenceContext::default())
        );
    }

    #[test]
    fn anchor_gate_changes_nothing() {
        let s = Scorer::new();
        for &(t, _) in NEWS {
            assert!(s.gate_agrees(t), "{t}");
        }
        for (i, c) in CUES.iter().enumerate() {
            assert!(c.score < FLAG || !c.anchors.is_empty(), "cue {i} can flag but has no anchors");
        }
    }

    #[test]
    fn most_specific_kind_wins_and_reason_says_so() {
        let v = verdict("Donald Duck claimed on Friday that the pond is poisoned, without providing evidence.");
        assert_eq!(v.kind, Some(EvidenceAbsent));
        assert!(v.cue.contains("without providing evidence"), "{}", v.cue);
        assert!(v.reason.starts_with("Says evidence was not provided"), "{}", v.reason);
        assert!(v.reason.contains("contested claim"), "{}", v.reason);
    }

    #[test]
    fn a_link_lowers_everything_but_missing_evidence() {
        let s = Scorer::new();
        let linked = SentenceContext { has_link: true, in_quote_block: false };
        assert_eq!(s.score("Critics say the scheme is a waste of money.", &linked).kind, None);
        assert_eq!(s.score("Sources said the minister will quit.", &linked).kind, None);
        let v = s.score("The claim circulated online without any evidence.", &linked);
        assert_eq!(v.kind, Some(EvidenceAbsent));
    }

    #[test]
    fn quoted_tweet_shape_is_evidence_absent() {
        let v =
            verdict("\"On information and belief, the rebels are planning a surprise raid on our base,\" he posted.");
        assert_eq!(v.kind, Some(EvidenceAbsent));
        assert!(v.score >= 0.5 && v.score <= 1.0);
    }

    #[test]
    fn unflagged_verdicts_have_empty_cue_and_score_below_half() {
        for s in ["", "   ", "The bridge opened in 1932.", "It may rain.", "Prices could rise, the bank said."] {
            let v = verdict(s);
            assert_eq!(v.kind, None, "{s}");
            assert!(v.cue.is_empty() && v.score < 0.5, "{s}: {v:?}");
        }
        assert!(verdict("Prices are likely to rise, the bank said.").reason.contains("attributed"));
    }

    #[test]
    fn odd_input_does_not_panic() {
        let s = Scorer::new();
        let long = "sources said ".repeat(10_000);
        for t in
            ["\u{200b}claimed", "’s claims that", "🙂 allegedly 🙂", "שלום claimed", "If", "?", long.as_str(), "claims"]
        {
            let v = s.score(t, &SentenceContext::default());
            assert!((0.0..=1.0).contains(&v.score));
            let _ = s.weasel_score(t);
        }
    }

    #[test]
    fn weasel_score_is_a_probability_and_sees_hedges() {
        let s = Scorer::new();
        let hedged = s.weasel_score("Some historians believe the castle is one of the oldest in Europe.");
        let plain = s.weasel_score("The castle was built in 1210 by the count of Flanders.");
        assert!((0.0..=1.0).contains(&hedged) && (0.0..=1.0).contains(&plain));
        assert!(hedged > plain);
    }

    #[test]
    fn every_cue_compiles_so_lazy_compilation_never_fails_in_a_page() {
        let scorer = Scorer::new();
        for i in 0..CUES.len() {
            let _ = scorer.cue(i);
        }
    }
}
