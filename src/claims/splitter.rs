//! Sentence splitter for article text.
//!
//! One forward pass over the text; every look-back or look-ahead is either bounded (a few dozen bytes) or
//! consumes what it scans, so the whole split is linear even on 10 MB without punctuation. Ranges are byte
//! ranges into the input, always on `char` boundaries, trimmed of surrounding whitespace, non-empty, in order.

use std::ops::Range;

/// Titles that precede a name: a period after them never ends a sentence ("Mr. Smith", "Gen. Milley").
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "gov", "sen",
    "rep", "rev", "hon", "pres", "supt", "insp", "fr", "mt", "ft", "e.g", "i.e", "cf", "vs", "viz", "approx",
];

/// Abbreviations that can also close a sentence ("... based in the U.S. The company ..."): split only when the
/// next word is a typical sentence opener.
const MAY_END: &[&str] = &[
    "inc", "ltd", "co", "corp", "plc", "llc", "jr", "sr", "st", "ave", "blvd", "rd", "etc", "al", "bros", "dept",
    "univ", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Abbreviations that take a number after them ("No. 5", "Vol. 3", "pp. 12"); a sentence end otherwise.
const BEFORE_NUMBER: &[&str] = &["no", "nos", "vol", "vols", "pp", "p", "art", "fig", "ch", "sec", "op"];

/// Words that commonly open an English news sentence; used only to decide the ambiguous abbreviations above.
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "but",
    "and",
    "in",
    "on",
    "at",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "there",
    "then",
    "however",
    "meanwhile",
    "after",
    "as",
    "when",
    "while",
    "if",
    "since",
    "so",
    "yet",
    "for",
    "mr",
    "mrs",
    "ms",
    "dr",
    "some",
    "many",
    "one",
    "last",
    "earlier",
    "later",
    "both",
    "no",
    "not",
    "officials",
    "what",
    "why",
    "how",
    "who",
];

/// Longest token inspected behind a period. Bounds the look-back so dotted runs ("a.a.a.a...") stay linear.
const MAX_TOKEN_LOOKBACK: usize = 32;

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '。' | '！' | '？')
}

/// Characters that may follow the terminator but still belong to the sentence: `."`, `.”`, `.)`.
fn is_closer(c: char) -> bool {
    // Zero-width and direction marks glued after a full stop (common in RTL and mixed-script text) are not
    // the start of the next word: treat them like a closing quote.
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}'
            | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Characters that may open the next sentence before its first letter.
fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '¿' | '¡')
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// Split `text` into sentences; see the module doc for the guarantees.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let len = text.len();
    let mut start = 0;
    let mut i = 0;
    while i < len {
        let Some(c) = char_at(text, i) else { break };
        if c.is_whitespace() {
            // A blank line (paragraph break) always ends a sentence: headlines and captions have no period.
            let (k, newlines) = skip_whitespace(text, i);
            if newlines >= 2 {
                push_trimmed(text, start..i, &mut out);
                start = k;
            }
            i = k;
            continue;
        }
        if !is_terminator(c) {
            i += c.len_utf8();
            continue;
        }
        let term_start = i;
        let mut j = i;
        let mut single_period = true;
        let mut count = 0;
        while let Some(t) = char_at(text, j).filter(|&t| is_terminator(t)) {
            count += 1;
            if t != '.' {
                single_period = false;
            }
            j += t.len_utf8();
        }
        single_period &= count == 1;
        while let Some(q) = char_at(text, j).filter(|&q| is_closer(q)) {
            j += q.len_utf8();
        }
        let end = j;
        match char_at(text, j) {
            None => break,
            Some(w) if !w.is_whitespace() => {
                // "3.5", "U.S.-led", "example.com": no space, no boundary.
                i = j;
                continue;
            }
            Some(_) => {}
        }
        let (k, newlines) = skip_whitespace(text, j);
        if k >= len {
            break;
        }
        let boundary = newlines >= 2 || is_boundary(text, term_start, single_period, k);
        if boundary {
            push_trimmed(text, start..end, &mut out);
            start = k;
        }
        i = k;
    }
    push_trimmed(text, start..len, &mut out);
    out
}

/// Skip whitespace from `i`; returns the first non-space index and how many newlines were crossed.
fn skip_whitespace(text: &str, mut i: usize) -> (usize, usize) {
    let mut newlines = 0;
    while let Some(c) = char_at(text, i).filter(|c| c.is_whitespace()) {
        if c == '\n' {
            newlines += 1;
        }
        i += c.len_utf8();
    }
    (i, newlines)
}

/// Decide whether the terminator at `term` ends a sentence when the next non-space text starts at `next`.
fn is_boundary(text: &str, term: usize, single_period: bool, next: usize) -> bool {
    let mut k = next;
    while let Some(o) = char_at(text, k).filter(|&o| is_opener(o)) {
        k += o.len_utf8();
    }
    let Some(first) = char_at(text, k) else {
        return true;
    };
    // `"Stop," he said. "Why?" she asked.` — a lowercase continuation keeps the sentence together.
    if first.is_lowercase() {
        return false;
    }
    if !single_period {
        return true;
    }
    let token = token_before(text, term);
    if token.is_empty() {
        return true;
    }
    let lower = token.to_ascii_lowercase();
    let next_word = word_at(text, k);
    let next_is_opener = OPENERS.iter().any(|w| next_word.eq_ignore_ascii_case(w));
    if TITLES.contains(&lower.as_str()) {
        return false;
    }
    if BEFORE_NUMBER.contains(&lower.as_str()) {
        return !first.is_ascii_digit();
    }
    if MAY_END.contains(&lower.as_str()) {
        return next_is_opener;
    }
    let mut chars = token.chars();
    let one_letter = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    // Initials ("J. R. R. Tolkien") and dotted abbreviations ("U.S.", "a.m.") rarely end a sentence; when they
    // do, a usual sentence opener follows.
    if one_letter || token.contains('.') {
        return next_is_opener;
    }
    true
}

/// The word just before byte `end` (bounded look-back), without leading openers.
fn token_before(text: &str, end: usize) -> &str {
    let mut s = end;
    let floor = end.saturating_sub(MAX_TOKEN_LOOKBACK);
    while s > floor {
        let Some(c) = text[..s].chars().next_back() else {
            break;
        };
        if c.is_whitespace() || is_opener(c) || c == '“' {
            break;
        }
        s -= c.len_utf8();
    }
    if s == floor && s > 0 {
        // Token longer than the look-back: not an abbreviation.
        return "";
    }
    &text[s..end]
}

/// The alphabetic word starting at `i` (bounded), for the opener check.
fn word_at(text: &str, i: usize) -> &str {
    let rest = &text[i..];
    let mut e = 0;
    for (off, c) in rest.char_indices() {
        if !c.is_alphabetic() || off > 16 {
            break;
        }
        e = off + c.len_utf8();
    }
    &rest[..e]
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        split_sentences(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(split("The vote passed. Turnout was low!  Why?"), ["The vote passed.", "Turnout was low!", "Why?"]);
    }

    #[test]
    fn abbreviations_titles_and_initials_do_not_split() {
        let t = "Mr. Jones met Dr. Patel at St. Mary's on Jan. 5 at 10 a.m. for talks. J. R. R. Tolkien wrote it.";
        assert_eq!(
            split(t),
            ["Mr. Jones met Dr. Patel at St. Mary's on Jan. 5 at 10 a.m. for talks.", "J. R. R. Tolkien wrote it."]
        );
        assert_eq!(split("Mrs. Lee works for Acme Inc. in Ohio."), ["Mrs. Lee works for Acme Inc. in Ohio."]);
        assert_eq!(
            split("Use a ladder, e.g. Ladder No. 5 from the U.K. branch."),
            ["Use a ladder, e.g. Ladder No. 5 from the U.K. branch."]
        );
    }

    #[test]
    fn abbreviation_that_ends_a_sentence_splits_before_an_opener() {
        assert_eq!(split("Troops left the U.S. The talks resumed."), ["Troops left the U.S.", "The talks resumed."]);
        assert_eq!(split("He joined Acme Inc. Then he quit."), ["He joined Acme Inc.", "Then he quit."]);
    }

    #[test]
    fn decimals_and_urls_stay_whole() {
        assert_eq!(
            split("Growth was 3.5 per cent. See example.com for more."),
            ["Growth was 3.5 per cent.", "See example.com for more."]
        );
    }

    #[test]
    fn quotes_close_the_sentence_or_continue_it() {
        assert_eq!(
            split("\"We will respond.\" Officials declined to comment."),
            ["\"We will respond.\"", "Officials declined to comment."]
        );
        assert_eq!(split("“It is over.” he wrote on Twitter."), ["“It is over.” he wrote on Twitter."]);
        assert_eq!(
            split("\"Is it over?\" she asked. Nobody answered."),
            ["\"Is it over?\" she asked.", "Nobody answered."]
        );
    }

    #[test]
    fn ellipses_interrobang_and_spacing() {
        assert_eq!(
            split("Wait... what happened?! Nobody knows…  Really.\n\nNext"),
            ["Wait... what happened?!", "Nobody knows…", "Really.", "Next"]
        );
        assert_eq!(split("Headline without period\n\nBody text here."), ["Headline without period", "Body text here."]);
        assert_eq!(split("one\nline wrapped. Two"), ["one\nline wrapped.", "Two"]);
    }

    #[test]
    fn odd_input_never_panics_and_ranges_are_valid() {
        let long = "word ".repeat(200_000) + &"a.".repeat(100_000) + &".".repeat(10_000);
        let cases = [
            "",
            "   ",
            ".",
            "...",
            "?!",
            "\u{200b}.\u{200b}",
            "🙂. 🙂! ٱلسَّلَامُ عَلَيْكُمْ. שלום. Ok",
            "É. Émile left.",
            "\"",
            "”. “",
            ". . . A",
            "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z. Next",
            long.as_str(),
        ];
        for t in cases {
            let rs = split_sentences(t);
            let mut prev = 0;
            for r in rs {
                assert!(r.start >= prev && r.start < r.end && r.end <= t.len());
                assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end));
                assert_eq!(t[r.clone()].trim(), &t[r.clone()]);
                prev = r.end;
            }
        }
    }

    #[test]
    fn ten_megabytes_without_punctuation_is_one_sentence() {
        let t = "x".repeat(10 << 20);
        assert_eq!(split_sentences(&t), vec![0..t.len()]);
    }

    #[test]
    fn direction_and_zero_width_marks_after_a_full_stop_still_end_the_sentence() {
        for text in ["The committee met on the site.\u{200E} Then it left.", "It was free.\u{200D} Then it was not."] {
            let parts: Vec<&str> = split_sentences(text).into_iter().map(|r| &text[r]).collect();
            assert_eq!(parts.len(), 2, "{parts:?}");
            assert!(parts[1].ends_with("."), "{parts:?}");
        }
    }
}
