//! `sift lists FILE...`: what Sift makes of cosmetic filter lists, for list authors and the extension
//! build.
//!
//! - `sift lists FILE...`: per list its lines, cosmetic lines, parsed filters, unsupported lines by kind
//!   and errors (the first five, with line numbers), then the totals.
//! - `sift lists --json FILE...`: the same as one JSON object, `{"lists": [{"file", "title", "date",
//!   "lines", "cosmetic", "parsed", "unsupported": {kind: n}, "inactive", "errors": [{"line",
//!   "message"}]}], "total": {"lines", "cosmetic", "parsed", "errors"}}`: per list every error, in the
//!   total their count.
//! - `sift lists --compile OUT.json FILE...`: also writes the compiled form (`sift::filters::compile`),
//!   each list with its snapshot date (from its `! Last modified:` / `! Version:` header, else the file's
//!   modification time).
//! - `sift lists --pack OUT.txt FILE...`: also writes the packed form the extension ships
//!   (`sift::filters::packed`: the same rules, read by the background worker in one pass).
//! - `sift lists --selectors HOST[,HOST...] FILE...`: per host one JSON line with what Sift applies there
//!   (`hide`: plain selectors, `style`: `:style()` rules, `procedural`: programs as text). FILE may also
//!   be one compiled `.json` written by `--compile`.

use serde_json::{json, Value};
use sift::filters::compile::{compile, Compiled, ListInput, Rule};
use sift::filters::{header, parse_list, ParsedList};
use std::collections::HashSet;
use std::path::Path;

const USAGE: &str = "usage: sift lists [--json] [--compile OUT.json] [--pack OUT.txt] FILE...\n       sift lists --selectors HOST[,HOST...] FILE... (or one compiled .json)";

pub fn run(args: &[String]) -> Result<(), String> {
    let mut json_out = false;
    let mut compile_to: Option<String> = None;
    let mut pack_to: Option<String> = None;
    let mut selectors: Option<String> = None;
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => json_out = true,
            "--compile" => compile_to = Some(it.next().ok_or(USAGE)?.clone()),
            "--pack" => pack_to = Some(it.next().ok_or(USAGE)?.clone()),
            "--selectors" => selectors = Some(it.next().ok_or(USAGE)?.clone()),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => files.push(a.clone()),
        }
    }
    if files.is_empty() {
        return Err(USAGE.into());
    }
    if let Some(hosts) = selectors {
        return print_selectors(&hosts, &files);
    }
    let lists = read_lists(&files)?;
    if json_out {
        println!("{}", report_json(&lists));
    } else {
        print!("{}", report_text(&lists));
    }
    if compile_to.is_none() && pack_to.is_none() {
        return Ok(());
    }
    let (compiled, report) = compile_lists(&lists);
    if let Some(out) = pack_to {
        let text = sift::filters::packed::pack(&compiled);
        std::fs::write(&out, &text).map_err(|e| format!("cannot write {out}: {e}"))?;
        eprintln!("packed {} rules to {out}: {} bytes", compiled.rules.len(), text.len());
    }
    if let Some(out) = compile_to {
        let text = serde_json::to_string(&compiled).map_err(|e| e.to_string())?;
        std::fs::write(&out, &text).map_err(|e| format!("cannot write {out}: {e}"))?;
        eprintln!(
            "compiled {} rules ({} generic, {} hostnames and entities) to {out}: {} bytes; left out: {} inactive, {} duplicates, {} excepted everywhere, {} unused exceptions",
            compiled.rules.len(),
            compiled.generic.len(),
            compiled.hosts.len(),
            text.len(),
            report.inactive,
            report.duplicates,
            report.excepted_everywhere,
            report.unused_exceptions
        );
    }
    Ok(())
}

struct List {
    file: String,
    parsed: ParsedList,
    mtime: Option<String>,
}

fn read_lists(files: &[String]) -> Result<Vec<List>, String> {
    files
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            let mtime = std::fs::metadata(path)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|d| header::iso_from_unix(d.as_secs() as i64));
            let file = Path::new(path).file_name().map_or(path.clone(), |f| f.to_string_lossy().into_owned());
            Ok(List { file, parsed: parse_list(&String::from_utf8_lossy(&bytes)), mtime })
        })
        .collect()
}

fn compile_lists(lists: &[List]) -> (Compiled, sift::filters::compile::CompileReport) {
    let inputs: Vec<ListInput> = lists
        .iter()
        .map(|l| ListInput { file: l.file.clone(), parsed: &l.parsed, fallback_date: l.mtime.clone() })
        .collect();
    compile(&inputs)
}

fn percent(parsed: u32, cosmetic: u32) -> String {
    if cosmetic == 0 {
        "n/a".into()
    } else {
        format!("{:.2} %", 100.0 * f64::from(parsed) / f64::from(cosmetic))
    }
}

fn report_text(lists: &[List]) -> String {
    let mut out = String::new();
    let (mut lines, mut cosmetic, mut parsed, mut errors) = (0, 0, 0, 0);
    for l in lists {
        let s = &l.parsed.stats;
        let date = l.parsed.header.date.as_deref().or(l.mtime.as_deref()).unwrap_or("no date");
        let title = l.parsed.header.title.as_deref().unwrap_or("untitled");
        out.push_str(&format!("{} ({title}, {date})\n", l.file));
        out.push_str(&format!(
            "  lines {}, cosmetic {}, parsed {} ({}), cosmetic unsupported {}, errors {}{}\n",
            s.lines,
            s.cosmetic,
            s.parsed,
            percent(s.parsed, s.cosmetic),
            s.cosmetic_unsupported,
            s.errors.len(),
            if s.inactive > 0 {
                format!(", {} parsed filters inactive for Sift (!#if)", s.inactive)
            } else {
                String::new()
            }
        ));
        let kinds: Vec<String> = s.unsupported.iter().map(|(k, n)| format!("{k} {n}")).collect();
        out.push_str(&format!("  unsupported: {}\n", kinds.join(", ")));
        for e in s.errors.iter().take(5) {
            out.push_str(&format!("  error line {}: {}\n", e.line, e.message));
        }
        if s.errors.len() > 5 {
            out.push_str(&format!("  … {} more errors (--json lists them all)\n", s.errors.len() - 5));
        }
        lines += s.lines;
        cosmetic += s.cosmetic;
        parsed += s.parsed;
        errors += s.errors.len();
    }
    out.push_str(&format!(
        "total: lines {lines}, cosmetic {cosmetic}, parsed {parsed} ({}), errors {errors}\n",
        percent(parsed, cosmetic)
    ));
    out
}

fn report_json(lists: &[List]) -> Value {
    let (mut lines, mut cosmetic, mut parsed, mut errors) = (0u64, 0u64, 0u64, 0u64);
    let per_list: Vec<Value> = lists
        .iter()
        .map(|l| {
            let s = &l.parsed.stats;
            lines += u64::from(s.lines);
            cosmetic += u64::from(s.cosmetic);
            parsed += u64::from(s.parsed);
            errors += s.errors.len() as u64;
            json!({
                "file": l.file,
                "title": l.parsed.header.title,
                "date": l.parsed.header.date.as_deref().or(l.mtime.as_deref()),
                "lines": s.lines,
                "cosmetic": s.cosmetic,
                "parsed": s.parsed,
                "unsupported": s.unsupported,
                "inactive": s.inactive,
                "errors": s.errors,
            })
        })
        .collect();
    json!({
        "lists": per_list,
        "total": {"lines": lines, "cosmetic": cosmetic, "parsed": parsed, "errors": errors},
    })
}

fn print_selectors(hosts: &str, files: &[String]) -> Result<(), String> {
    let compiled: Compiled = match files {
        [one] if one.ends_with(".json") => {
            let text = std::fs::read_to_string(one).map_err(|e| format!("cannot read {one}: {e}"))?;
            serde_json::from_str(&text).map_err(|e| format!("{one} is not a compiled list file: {e}"))?
        }
        _ => compile_lists(&read_lists(files)?).0,
    };
    for host in hosts.split(',').map(str::trim).filter(|h| !h.is_empty()) {
        let (mut hide, mut style, mut procedural) = (Vec::new(), Vec::new(), Vec::new());
        let mut seen = HashSet::new();
        for r in compiled.lookup(host, |_| true) {
            let rule = &compiled.rules[r as usize];
            if !seen.insert(rule) {
                continue;
            }
            match rule {
                Rule::Hide(css) => hide.push(json!(css)),
                Rule::Style { css, style: decls } => {
                    style.push(json!({"css": css, "style": sift::filters::style::to_text(decls)}))
                }
                Rule::Program { .. } => procedural.push(json!(rule.text())),
            }
        }
        println!("{}", json!({"host": host, "hide": hide, "style": style, "procedural": procedural}));
    }
    Ok(())
}
