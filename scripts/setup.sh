#!/usr/bin/env bash
# Installs everything Sift's build, tests, demo and benchmarks need on a fresh Debian machine of this kind,
# from Debian's packages, crates.io and npm only (nothing downloads a binary at run time). Idempotent: each
# step checks first and is skipped when its tool is already there at the right version.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "setup: cannot read the pinned wasm-bindgen version from Cargo.toml" >&2; exit 1; }

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v firefox-esr >/dev/null || need_apt+=(firefox-esr)

if [ ${#need_apt[@]} -gt 0 ]; then
  say "apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

export PATH="$HOME/.cargo/bin:$PATH"
if ! command -v wasm-pack >/dev/null; then
  say "cargo install wasm-pack (about 3 minutes)"
  cargo install wasm-pack --locked --quiet
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (must match the crate, or wasm-pack tries to download one)"
  # --locked first for a reproducible tool; the registry mirror here lacks one locked transitive version
  # (webpki-roots 1.0.11), so fall back to resolving fresh versions of the CLI's own dependencies.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked --force --quiet \
    || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force --quiet
fi
if ! command -v geckodriver >/dev/null; then
  say "cargo install geckodriver (about 2 minutes)"
  cargo install geckodriver --locked --quiet
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
say "ready"
