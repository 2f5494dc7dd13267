# Sift: `make demo` and `make test` do everything on a fresh Debian machine (they run `make setup` first).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
WASM_FEATURES := --enable-bulk-memory --enable-sign-ext --enable-mutable-globals --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue

.PHONY: all setup wasm build demo test test-lint test-unit test-wasm test-e2e eval bench lint fuzz clean

all: build

setup: .setup-done
.setup-done: scripts/setup.sh Cargo.toml package-lock.json
	scripts/setup.sh
	@touch $@

# The wasm core for the extension: no-modules glue, so content scripts (classic scripts) can load it.
# wasm-opt comes from npm (binaryen 132): Debian's binaryen 108 predates the externref tables that
# wasm-bindgen 0.2.130 emits and produces a module that fails to instantiate.
wasm: setup
	wasm-pack build --release --target no-modules --out-dir pkg --out-name sift --no-typescript --no-pack
	node_modules/.bin/wasm-opt -Oz $(WASM_FEATURES) pkg/sift_bg.wasm -o pkg/sift_bg.wasm

build: wasm
	node scripts/build-extension.mjs
	@ls -l pkg/sift_bg.wasm | awk '{printf "wasm: %d bytes raw, ", $$5}'; gzip -9c pkg/sift_bg.wasm | wc -c | awk '{print $$1 " bytes gzip"}'

demo: build
	node tests/demo/run.mjs

test: setup
	@start=$$(date +%s); \
	$(MAKE) --no-print-directory test-lint && \
	$(MAKE) --no-print-directory test-unit && \
	$(MAKE) --no-print-directory test-wasm && \
	$(MAKE) --no-print-directory test-e2e && \
	echo "make test: all tiers passed in $$(( $$(date +%s) - start )) s"

# Lint gates: rustfmt, clippy, ESLint, and the extension's JavaScript type-checked (tsc, JSDoc) against the
# core's boundary types, which `cargo test` regenerates into extension/types/ from the Rust structs; a type
# changed in Rust without its committed declaration fails here.
test-lint: setup
	cargo fmt --check
	cargo clippy --quiet --all-targets -- -D warnings
	node_modules/.bin/eslint .
	cargo test --quiet --lib export_bindings >/dev/null
	@if [ -n "$$(git status --porcelain -- extension/types)" ]; then \
	  git status --short -- extension/types; \
	  echo "test-lint: extension/types/ differs from the Rust types: commit the regenerated declarations"; exit 1; fi
	node_modules/.bin/tsc -p tsconfig.json
	@echo "test-lint: rustfmt, clippy, eslint, types current, tsc: clean"

test-unit:
	cargo test --quiet

test-wasm: setup
	wasm-pack test --headless --chrome
	wasm-pack test --headless --firefox

# The filter-list checks (tests/e2e/lists.mjs) run a second build whose lists are the fixture lists of tests/.
test-e2e: build
	node scripts/build-extension.mjs --lists tests/lists/fixture --out out/dist-lists-test
	node --test --test-concurrency=1 tests/e2e/

eval: build
	cargo run --release --quiet -- eval-news
	cargo run --release --quiet -- eval-weasel
	cargo run --release --quiet -- eval-article
	cargo run --release --quiet -- eval-wording
	cargo run --release --quiet -- eval-wording --dir tests/eval/wording-2
	cargo run --release --quiet -- eval-wording --dir tests/eval/wording-3
	cargo run --release --quiet -- eval-wording --dir tests/eval/wording-4
	cargo run --release --quiet -- eval-wording --dir tests/eval/wording-5
	cargo run --release --quiet -- eval-wording --dir tests/eval/wording-check
	cargo run --release --quiet -- train-wording --cv
	node tests/eval/wasm-throughput.mjs
	node tests/eval/annoyances.mjs

bench: build
	node tests/bench/run.mjs
	node tests/bench/startup.mjs

# The built Firefox add-on through Mozilla's linter (web-ext from npm, offline with --self-hosted).
lint: build
	npx web-ext lint --source-dir dist/firefox --self-hosted

# Coverage-guided fuzzing of the core (fuzz/, cargo-fuzz): FUZZ_SECONDS per target, default 60.
fuzz: setup
	scripts/fuzz.sh

clean:
	rm -rf target pkg dist out .setup-done
