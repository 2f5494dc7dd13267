#!/usr/bin/env bash
# Coverage-guided fuzzing of Sift's core (fuzz/, cargo-fuzz + libFuzzer): every target runs for FUZZ_SECONDS
# (default 60) from the committed seeds in fuzz/seeds/<target> plus the corpus it grew before in
# fuzz/corpus/<target> (not committed). A crash leaves its input in fuzz/artifacts/<target>/ and fails the
# run after all targets have had their turn; reproduce one with `cargo fuzz run <target> <artifact>` in fuzz/.
#
#   make fuzz                      # 60 s per target
#   FUZZ_SECONDS=300 make fuzz     # longer
#   FUZZ_TARGETS="classify" make fuzz
#
# cargo-fuzz needs unstable compiler flags (-Z sanitizer=...). A nightly toolchain is used when rustup has
# one; otherwise the stable one with RUSTC_BOOTSTRAP=1, which unlocks those flags on a stable compiler.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
export PATH="$HOME/.cargo/bin:$PATH"
SECONDS_EACH="${FUZZ_SECONDS:-60}"

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz from crates.io"
  cargo install cargo-fuzz --locked
fi
if rustup run nightly rustc --version >/dev/null 2>&1; then
  FUZZ=(cargo +nightly fuzz)
  echo "fuzz: nightly toolchain ($(rustup run nightly rustc --version))"
else
  export RUSTC_BOOTSTRAP=1
  FUZZ=(cargo fuzz)
  echo "fuzz: no nightly toolchain; stable $(rustc --version | cut -d' ' -f2) with RUSTC_BOOTSTRAP=1"
fi

targets="${FUZZ_TARGETS:-$("${FUZZ[@]}" list)}"
"${FUZZ[@]}" build -O
failed=()
for t in $targets; do
  mkdir -p "corpus/$t"
  dict=()
  case "$t" in settings_decode | classify | highlights | find_article) dict=(-dict=json.dict -max_len=16384) ;; esac
  echo "fuzz: $t for ${SECONDS_EACH}s"
  if ! "${FUZZ[@]}" run -O "$t" "corpus/$t" "seeds/$t" -- \
      -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "${dict[@]}" \
      2>"artifacts-$t.log"; then
    failed+=("$t")
    tail -n 40 "artifacts-$t.log"
  else
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+.*DONE)' "artifacts-$t.log" || true
  fi
done
if ((${#failed[@]})); then
  echo "fuzz: crashes in: ${failed[*]} (inputs in fuzz/artifacts/, logs in fuzz/artifacts-<target>.log)"
  exit 1
fi
echo "fuzz: all targets ran ${SECONDS_EACH}s without a crash"
