//! The article finder over arbitrary block statistics (indices may be out of range, negative or cyclic):
//! never panics, and a choice is one of the containers it was given.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sift::article::{ArticleFinder, ArticleInput};
use std::sync::OnceLock;

static FINDER: OnceLock<ArticleFinder> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(input) = serde_json::from_slice::<ArticleInput>(data) else { return };
    let finder = FINDER.get_or_init(ArticleFinder::new);
    if let Some(choice) = finder.find(&input) {
        assert!((choice.container as usize) < input.containers.len(), "choice {} of {} containers",
            choice.container, input.containers.len());
        assert!(choice.score.is_finite(), "score {}", choice.score);
    }
});
