//! The `sift` command line: the same core as the extension, for writers, editors and evaluations.

// The command line is native only; `wasm-pack test` builds every target for wasm32, where it compiles to an
// empty program.
#[cfg(not(target_arch = "wasm32"))]
mod article_eval_cmd;
#[cfg(not(target_arch = "wasm32"))]
mod check_cmd;
#[cfg(not(target_arch = "wasm32"))]
mod claims_cmd;
#[cfg(not(target_arch = "wasm32"))]
mod counts;
#[cfg(not(target_arch = "wasm32"))]
mod lists_cmd;
#[cfg(not(target_arch = "wasm32"))]
mod news_eval_cmd;
#[cfg(not(target_arch = "wasm32"))]
mod rules_cmd;
#[cfg(not(target_arch = "wasm32"))]
mod snapshot_cmd;
#[cfg(not(target_arch = "wasm32"))]
mod weasel_cmd;
#[cfg(not(target_arch = "wasm32"))]
mod why_cmd;
#[cfg(not(target_arch = "wasm32"))]
mod wording_eval_cmd;
#[cfg(not(target_arch = "wasm32"))]
mod wording_train_cmd;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str = "\
usage: sift <command> [options]

commands:
  check FILE        what Sift would hide and highlight in an HTML page or a plain-text draft
  why FILE TEXT     why the box holding TEXT is hidden or not: candidates, article, every level's scores
  snapshot FILE     the survey, snapshot and actions the core sees for an HTML page, as JSON
  rules             the rule catalog: each rule with the language it reads, patterns per language [--json]
  lists FILE...     parse cosmetic filter lists: counts, unsupported kinds, errors [--json] [--compile OUT.json]
  claims            score one sentence per line from stdin; one JSON object per line on stdout
  eval-article      article body finder against the corpus ground truth [--corpus DIR]
  eval-news         highlighter against the labelled news sentences [--dir DIR] [--errors]
  eval-wording      wording rules against widget texts and article sentences written apart from them [--errors]
  eval-weasel       WikiWeasel cross-validation table and scorer throughput [--data DIR] [--folds N]
  train-weasel      retrain the shipped weasel weights [--data DIR] [--out FILE]
  train-wording     retrain the learned wording from the development sets and census pages [--cv] [--corpus DIR]
";

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    quiet_on_closed_pipe();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or(&[]);
    let result = match args.first().map(String::as_str) {
        Some("check") => check_cmd::run(rest),
        Some("why") => why_cmd::run(rest),
        Some("snapshot") => snapshot_cmd::run(rest),
        Some("rules") => rules_cmd::run(rest),
        Some("lists") => lists_cmd::run(rest),
        Some("claims") => claims_cmd::run(std::io::stdin().lock(), std::io::stdout().lock()),
        Some("eval-weasel") => weasel_cmd::run(rest),
        Some("eval-news") => news_eval_cmd::run(rest),
        Some("eval-article") => article_eval_cmd::run(rest),
        Some("eval-wording") => wording_eval_cmd::run(rest),
        Some("train-weasel") => weasel_cmd::train(rest),
        Some("train-wording") => wording_train_cmd::train(rest),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command {other:?}\n{USAGE}")),
        None => Err(USAGE.to_string()),
    };
    if let Err(e) = result {
        eprintln!("sift: {e}");
        std::process::exit(2);
    }
}

/// `sift why PAGE TEXT | head` closes the pipe once it has read enough: that is the reader being done, not a
/// failure, so the command stops quietly instead of printing a panic and a backtrace. Every other panic keeps
/// the default report.
#[cfg(not(target_arch = "wasm32"))]
fn quiet_on_closed_pipe() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message =
            payload.downcast_ref::<String>().map(String::as_str).or_else(|| payload.downcast_ref::<&str>().copied());
        if message.is_some_and(|m| m.starts_with("failed printing to stdout") && m.contains("Broken pipe")) {
            std::process::exit(0);
        }
        report(info);
    }));
}
