//! The whole decision over arbitrary snapshots (as a content script, or a page fighting back, could send
//! them): a malformed one is refused with an error, never a panic or an endless walk; on an accepted one every
//! hide names a node that exists, never a node that holds the article, is already hidden or was revealed by
//! the reader, and never a node inside another hide.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sift::decide::Snapshot;
use sift::engine::Engine;
use sift::settings::Settings;
use std::sync::OnceLock;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(snap) = serde_json::from_slice::<Snapshot>(data) else { return };
    let engine = ENGINE.get_or_init(Engine::new);
    let Ok(actions) = engine.decide(&snap, &Settings::default()) else { return };
    let hidden: Vec<u32> = actions.hide.iter().map(|h| h.node).collect();
    for h in &actions.hide {
        let node = snap.nodes.get(h.node as usize).expect("hide names a node that does not exist");
        assert!(!node.contains_article && !node.revealed && !node.hidden, "hid a protected node {}", h.node);
        let mut up = node.parent;
        while let Some(p) = up {
            assert!(!hidden.contains(&p), "node {} hidden inside hidden node {p}", h.node);
            up = snap.nodes[p as usize].parent;
        }
    }
});
