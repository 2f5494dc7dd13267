//! Filter-list parsing over arbitrary text: never panics, every error names a line of the input, the
//! counts add up, the compiled form round-trips through JSON unchanged, and its packed form (what the
//! extension ships) reads back with every rule and gives a page the same rules as the compiled form.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sift::filters::compile::{compile, Compiled, ListInput};
use sift::filters::lookup::Lists;
use sift::filters::packed::{pack, Packed};
use sift::filters::parse_list;
use sift::settings::Settings;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parsed = parse_list(&text);
    let s = &parsed.stats;
    let lines = text.lines().count() as u32;
    assert_eq!(s.lines, lines);
    for e in &s.errors {
        assert!(e.line >= 1 && e.line <= lines, "error line {} outside 1..={lines}: {}", e.line, e.message);
    }
    // An `!#if` never closed adds an error to a line already counted as a directive.
    let unclosed = s.errors.iter().filter(|e| e.message == "`!#if` is never closed by `!#endif`").count() as u32;
    let unsupported: u32 = s.unsupported.values().sum();
    assert_eq!(s.parsed + unsupported + s.errors.len() as u32 - unclosed, lines);
    assert_eq!(s.cosmetic, s.parsed + s.cosmetic_unsupported + s.cosmetic_errors);
    let (compiled, _) = compile(&[ListInput { file: "fuzz.txt".into(), parsed: &parsed, fallback_date: None }]);
    let json = serde_json::to_string(&compiled).expect("serializes");
    let back: Compiled = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, compiled, "{json}");
    let packed = Packed::parse(pack(&compiled)).expect("the packed form reads back");
    assert_eq!(packed.rule_count(), compiled.rules.len());
    let lists = Lists::new(&compiled);
    for host in text.lines().take(4).filter_map(|l| l.split('#').next()) {
        let all = compiled.lookup(host, |_| true);
        let page = lists.for_host(host, &Settings::default());
        // Every rule the page gets at document start is one the compiled form applies there.
        for r in page.sheet.iter().map(|r| r.id).chain(page.procedural.iter().map(|p| p.id)) {
            assert!(all.contains(&r), "{host}: rule {r} not in the compiled lookup");
        }
    }
});
