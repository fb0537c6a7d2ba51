#!/usr/bin/env bash
# Installs what the project needs, skipping what is already there, at pinned versions.
#   .ci/setup.sh          tools to build and serve
#   .ci/setup.sh --test   also the browser and test tools
#   .ci/setup.sh --bench  also the benchmark-only tools (Lighthouse), which no test uses
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
step() { printf '\n==> %s\n' "$*"; }
ok() { printf '    ok: %s\n' "$*"; }
die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

want_test=false
want_bench=false
[ "${1:-}" = "--test" ] && want_test=true
[ "${1:-}" = "--bench" ] && want_test=true && want_bench=true

step "Checking the base toolchain (Rust, Node, Python)"
for tool in cargo rustup node npm python3; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' is not installed. Install the Rust toolchain (rustup), Node.js with npm, and Python 3 first."
done
ok "cargo $(cargo --version | cut -d' ' -f2), node $(node --version), $(python3 --version)"

step "Rust target wasm32-unknown-unknown"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  ok "already installed"
else
  rustup target add wasm32-unknown-unknown || die "could not add the wasm32-unknown-unknown target with rustup"
fi

step "trunk $TRUNK_VERSION"
if [ "$(trunk --version 2>/dev/null | cut -d' ' -f2)" = "$TRUNK_VERSION" ]; then
  ok "already installed"
else
  echo "    installing with cargo (about 6 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked || die "cargo install trunk $TRUNK_VERSION failed"
fi

WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
[ -n "$WB_VERSION" ] || die "could not read the wasm-bindgen version from Cargo.lock"
step "wasm-bindgen-cli $WB_VERSION (the version in Cargo.lock)"
if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" = "$WB_VERSION" ] && command -v wasm-bindgen-test-runner >/dev/null; then
  ok "already installed"
else
  echo "    installing with cargo (a few minutes)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION" || die "cargo install wasm-bindgen-cli $WB_VERSION failed"
fi

step "npm tools in tests/e2e (binaryen's wasm-opt, terser, lightningcss, Playwright, axe-core)"
if [ -f tests/e2e/node_modules/.installed ] && [ tests/e2e/node_modules/.installed -nt tests/e2e/package-lock.json ]; then
  ok "already installed"
else
  # PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: the browser is Debian's chromium, never a download.
  (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund) || die "npm ci in tests/e2e failed"
  touch tests/e2e/node_modules/.installed
fi
[ -x tests/e2e/node_modules/.bin/wasm-opt ] || die "wasm-opt is missing from tests/e2e/node_modules/.bin (npm package binaryen)"
[ -x tests/e2e/node_modules/.bin/terser ] || die "terser is missing from tests/e2e/node_modules/.bin (npm package terser)"
tests/e2e/node_modules/.bin/lightningcss --version >/dev/null 2>&1 \
  || die "lightningcss does not run from tests/e2e/node_modules/.bin (npm package lightningcss-cli)"

BROTLI_VERSION=1.2.1
step "Python brotli $BROTLI_VERSION (for size reports)"
if python3 -c "import brotli" 2>/dev/null; then
  ok "already installed"
else
  python3 -m pip install --quiet "brotli==$BROTLI_VERSION" || die "pip install brotli==$BROTLI_VERSION failed"
fi

step "Rust crates (cargo fetch --locked, so later builds can run offline)"
cargo fetch --locked >/dev/null || die "cargo fetch --locked failed: is Cargo.lock in step with Cargo.toml?"
ok "fetched"

if $want_test; then
  step "Chromium and ChromeDriver (Debian packages)"
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    ok "$(chromium --version 2>/dev/null | head -1)"
  elif [ "$(id -u)" = 0 ]; then
    apt-get update -qq || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null \
      || die "apt-get install chromium chromium-driver failed"
    ok "installed $(chromium --version 2>/dev/null | head -1)"
  else
    die "chromium and chromedriver are missing. As root run: apt-get update && apt-get install -y chromium chromium-driver"
  fi
fi
if $want_bench; then
  step "benchmark-only npm tools in tests/e2e/bench (Lighthouse)"
  if [ -f tests/e2e/bench/node_modules/.installed ] && [ tests/e2e/bench/node_modules/.installed -nt tests/e2e/bench/package-lock.json ]; then
    ok "already installed"
  else
    (cd tests/e2e/bench && npm ci --no-audit --no-fund) || die "npm ci in tests/e2e/bench failed"
    touch tests/e2e/bench/node_modules/.installed
  fi
fi
step "Set-up complete"
