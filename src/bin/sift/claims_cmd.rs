//! `sift claims`: one sentence per stdin line in, one JSON verdict per stdout line out (MEASURE.md §2).

use std::io::{BufRead, Write};

use sift::claims::{Scorer, SentenceContext, WEASEL_THRESHOLD};

#[derive(serde::Serialize)]
struct Line<'a> {
    flag: bool,
    kind: &'a str,
    score: f32,
    cue: &'a str,
    reason: &'a str,
    /// WikiWeasel-sense probability that the sentence is hedged (weasel, hedge or peacock words), 3 decimals.
    weasel: f32,
    /// `weasel >= WEASEL_THRESHOLD`: the WikiWeasel decision at the shipped threshold.
    weasel_flag: bool,
}

/// Score every line of `input`; empty lines still get a (not flagged) answer so output lines stay aligned.
/// Invalid UTF-8 is replaced, not fatal: the contract is a line out for every line in.
pub fn run<R: BufRead, W: Write>(mut input: R, mut output: W) -> Result<(), String> {
    let scorer = Scorer::new();
    let ctx = SentenceContext::default();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let n = input.read_until(b'\n', &mut buf).map_err(|e| format!("reading stdin: {e}"))?;
        if n == 0 {
            break;
        }
        let text = String::from_utf8_lossy(&buf);
        let sentence = text.trim_end_matches(['\n', '\r']);
        let v = scorer.score(sentence, &ctx);
        let weasel = scorer.weasel_score(sentence);
        let line = Line {
            flag: v.kind.is_some(),
            kind: v.kind.map_or("none", |k| k.as_str()),
            score: round3(v.score),
            cue: &v.cue,
            reason: &v.reason,
            weasel: round3(weasel),
            weasel_flag: weasel >= WEASEL_THRESHOLD,
        };
        serde_json::to_writer(&mut output, &line).map_err(|e| format!("writing JSON: {e}"))?;
        output.write_all(b"\n").map_err(|e| format!("writing stdout: {e}"))?;
    }
    output.flush().map_err(|e| format!("writing stdout: {e}"))
}

/// Three decimals: enough for thresholds, stable across platforms' float printing.
fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_json_line_per_input_line_including_empty_ones() {
        let input = "Sources said the deal is off.\n\nThe ministry said exports rose.\r\n\u{ff}bad utf8 claimed\n";
        let mut out = Vec::new();
        run(input.as_bytes(), &mut out).expect("run");
        let text = String::from_utf8(out).expect("utf8");
        let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0]["flag"], true);
        assert_eq!(lines[0]["kind"], "anon_source");
        assert_eq!(lines[1]["flag"], false);
        assert_eq!(lines[1]["kind"], "none");
        assert_eq!(lines[2]["flag"], false);
        assert!(lines[0]["score"].as_f64().is_some_and(|s| (0.5..=1.0).contains(&s)));
        assert!(lines[0]["cue"].as_str().is_some_and(|c| !c.is_empty()));
    }

    #[test]
    fn every_line_has_the_contract_fields_and_weasel_is_a_three_decimal_probability() {
        let input =
            "Some historians believe the castle is among the oldest in Europe.\nThe castle was built in 1210.\n\n";
        let mut out = Vec::new();
        run(input.as_bytes(), &mut out).expect("run");
        let text = String::from_utf8(out).expect("utf8");
        let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
        assert_eq!(lines.len(), 3);
        for (l, raw) in lines.iter().zip(text.lines()) {
            for key in ["flag", "kind", "score", "cue", "reason", "weasel", "weasel_flag"] {
                assert!(l.get(key).is_some(), "{key} missing in {raw}");
            }
            let w = l["weasel"].as_f64().expect("weasel is a number");
            assert!((0.0..=1.0).contains(&w), "{raw}");
            assert!(((w * 1000.0).round() - w * 1000.0).abs() < 1e-6, "3 decimals: {raw}");
            let flag = l["weasel_flag"].as_bool().expect("weasel_flag is a bool");
            // The flag is decided on the unrounded probability: only within rounding of the threshold may the
            // printed value look otherwise.
            if (w - f64::from(WEASEL_THRESHOLD)).abs() > 0.001 {
                assert_eq!(flag, w >= f64::from(WEASEL_THRESHOLD), "{raw}");
            }
        }
        // The hedged sentence reads as more weaselly than the plain fact.
        assert!(lines[0]["weasel"].as_f64() > lines[1]["weasel"].as_f64(), "{text}");
    }
}
