//! Claim highlighting over blocks of article text: split each block into sentences, score each with the
//! claims scorer, keep the kinds the reader has on, and report ranges in UTF-16 units so the browser layer
//! can map them onto its text nodes without re-encoding.

use crate::claims::{split_sentences, ClaimKind, Scorer, SentenceContext};
use crate::model::{Highlight, TextBlock};
use crate::rules;
use crate::settings::Settings;

/// UTF-16 offset of every byte offset that starts a char (and of the end), for one text.
fn utf16_offsets(text: &str) -> Vec<(usize, u32)> {
    let mut out = Vec::with_capacity(text.len() / 4 + 2);
    let mut u16_pos = 0u32;
    for (b, ch) in text.char_indices() {
        out.push((b, u16_pos));
        u16_pos += ch.len_utf16() as u32;
    }
    out.push((text.len(), u16_pos));
    out
}

fn to_utf16(offsets: &[(usize, u32)], byte: usize) -> u32 {
    match offsets.binary_search_by_key(&byte, |&(b, _)| b) {
        Ok(i) => offsets[i].1,
        Err(i) => offsets.get(i).map_or(0, |o| o.1),
    }
}

pub fn kind_on(kind: ClaimKind, settings: &Settings) -> bool {
    let id = format!("claims.{}", kind.as_str());
    rules::find(&id).is_some_and(|r| settings.rule_on(r))
}

/// Sentences to highlight in `blocks`, in order.
pub fn highlights(scorer: &Scorer, blocks: &[TextBlock], settings: &Settings) -> Vec<Highlight> {
    let mut out = Vec::new();
    if !settings.category_on(crate::model::Category::Claims) {
        return out;
    }
    for (bi, block) in blocks.iter().enumerate() {
        let text = block.text.as_str();
        let mut offsets: Option<Vec<(usize, u32)>> = None;
        for range in split_sentences(text) {
            let offs = offsets.get_or_insert_with(|| utf16_offsets(text));
            let (start, end) = (to_utf16(offs, range.start), to_utf16(offs, range.end));
            let ctx = SentenceContext {
                has_link: block.links.iter().any(|&(ls, le)| ls < end && le > start),
                in_quote_block: block.quote,
            };
            let Some(sentence) = text.get(range) else { continue };
            let v = scorer.score(sentence, &ctx);
            if let Some(kind) = v.kind.filter(|k| kind_on(*k, settings)) {
                out.push(Highlight {
                    block: bi as u32,
                    start,
                    end,
                    kind: kind.as_str().to_string(),
                    label: kind.label().to_string(),
                    score: v.score,
                    cue: v.cue,
                    reason: v.reason,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str) -> TextBlock {
        TextBlock { text: text.into(), ..Default::default() }
    }

    #[test]
    fn offsets_are_in_utf16_units_after_emoji_and_accents() {
        let text = "Café 🎉 opened. The mayor claimed without providing any evidence that crime had doubled.";
        let hs = highlights(&Scorer::new(), &[block(text)], &Settings::default());
        assert_eq!(hs.len(), 1, "{hs:?}");
        let units: Vec<u16> = text.encode_utf16().collect();
        let marked = String::from_utf16_lossy(&units[hs[0].start as usize..hs[0].end as usize]);
        assert!(marked.starts_with("The mayor claimed"), "{marked}");
        assert!(marked.ends_with("doubled."), "{marked}");
        assert_eq!(hs[0].kind, "evidence_absent");
    }

    #[test]
    fn a_kind_switched_off_is_not_highlighted_and_sourced_sentences_never_are() {
        let text = "Sources said the deal was close. The finance ministry said on Tuesday that exports rose 4%.";
        let mut s = Settings::default();
        let hs = highlights(&Scorer::new(), &[block(text)], &s);
        assert_eq!(hs.iter().map(|h| h.kind.as_str()).collect::<Vec<_>>(), vec!["anon_source"]);
        s.rules.insert("claims.anon_source".into(), false);
        assert!(highlights(&Scorer::new(), &[block(text)], &s).is_empty());
    }
}
