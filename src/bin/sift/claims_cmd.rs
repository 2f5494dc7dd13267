//! `sift claims`: one sentence per stdin line in, one JSON verdict per stdout line out (MEASURE.md §2).

use std::io::{BufRead, Write};

use sift::claims::{Scorer, SentenceContext};

#[derive(serde::Serialize)]
struct Line<'a> {
    flag: bool,
    kind: &'a str,
    score: f32,
    cue: &'a str,
    reason: &'a str,
}

/// Score every line of `input`; empty lines still get a (not flagged) answer so output lines stay aligned.
/// Invalid UTF-8 is replaced, not fatal: the contract is a line out for every line in.
pub fn run<R: BufRead, W: Write>(mut input: R, mut output: W) -> Result<(), String> {
    let scorer = Scorer::new();
    let ctx = SentenceContext::default();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let n = input
            .read_until(b'\n', &mut buf)
            .map_err(|e| format!("reading stdin: {e}"))?;
        if n == 0 {
            break;
        }
        let text = String::from_utf8_lossy(&buf);
        let sentence = text.trim_end_matches(['\n', '\r']);
        let v = scorer.score(sentence, &ctx);
        let line = Line {
            flag: v.kind.is_some(),
            kind: v.kind.map_or("none", |k| k.as_str()),
            // Three decimals: enough for thresholds, stable across platforms' float printing.
            score: (v.score * 1000.0).round() / 1000.0,
            cue: &v.cue,
            reason: &v.reason,
        };
        serde_json::to_writer(&mut output, &line).map_err(|e| format!("writing JSON: {e}"))?;
        output
            .write_all(b"\n")
            .map_err(|e| format!("writing stdout: {e}"))?;
    }
    output.flush().map_err(|e| format!("writing stdout: {e}"))
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
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).expect("json line"))
            .collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0]["flag"], true);
        assert_eq!(lines[0]["kind"], "anon_source");
        assert_eq!(lines[1]["flag"], false);
        assert_eq!(lines[1]["kind"], "none");
        assert_eq!(lines[2]["flag"], false);
        assert!(lines[0]["score"]
            .as_f64()
            .is_some_and(|s| (0.5..=1.0).contains(&s)));
        assert!(lines[0]["cue"].as_str().is_some_and(|c| !c.is_empty()));
    }
}
