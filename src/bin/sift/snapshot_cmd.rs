//! `sift snapshot FILE`: what the core is given for a saved HTML page, as JSON: the survey, the core's answer
//! to it, the snapshot of the candidates and the actions decided on it. The content script builds the same
//! survey and snapshot in a browser (the parity test, tests/e2e/parity.mjs, holds the two to each other).

use std::io::Write;

use sift::engine::Engine;
use sift::page::Page;
use sift::settings::Settings;

pub fn run(args: &[String]) -> Result<(), String> {
    let [path] = args else { return Err("usage: sift snapshot FILE.html".into()) };
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let page = Page::parse(&String::from_utf8_lossy(&bytes));
    let engine = Engine::new();
    let settings = Settings::default();
    let reading = page.read(&engine, &settings);
    let actions = engine.decide(&reading.snapshot, &settings).map_err(|e| format!("{path}: {e}"))?;
    let out = serde_json::json!({
        "survey": reading.survey.survey,
        "found": reading.found,
        "snapshot": reading.snapshot,
        "actions": actions,
    });
    let text = serde_json::to_string(&out).map_err(|e| e.to_string())?;
    // A closed pipe (`| head`) is not an error of this command.
    match writeln!(std::io::stdout().lock(), "{text}") {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("writing stdout: {e}")),
        _ => Ok(()),
    }
}
