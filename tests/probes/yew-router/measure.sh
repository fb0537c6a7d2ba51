#!/usr/bin/env bash
# Builds the probe app with a hand router and with yew-router used fully, each as the
# site ships wasm (release, wasm-bindgen, wasm-opt -Oz), and prints gzip -9 bytes.
# Needs what `make setup` installs. Usage: bash tests/probes/yew-router/measure.sh
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../../.. && pwd)
export CARGO_TARGET_DIR="$ROOT/target/yew-router-probe"
OPT="$ROOT/tests/e2e/node_modules/.bin/wasm-opt"
[ -x "$OPT" ] || { echo "ERROR: $OPT is missing: run make setup" >&2; exit 1; }
OUT="$CARGO_TARGET_DIR/out"
for v in hand router; do
  features=""
  [ "$v" = router ] && features="--features router"
  echo "==> the probe routed by $v"
  cargo build --offline --locked --release --target wasm32-unknown-unknown $features --quiet
  rm -rf "$OUT/$v"
  wasm-bindgen --target web --out-dir "$OUT/$v" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/yew-router-probe.wasm"
  "$OPT" "$OUT/$v/yew-router-probe_bg.wasm" -Oz --strip-debug --strip-producers -o "$OUT/$v/yew-router-probe_bg.wasm"
  w=$(gzip -9c "$OUT/$v/yew-router-probe_bg.wasm" | wc -c)
  j=$(gzip -9c "$OUT/$v/yew-router-probe.js" | wc -c)
  echo "$v: wasm $w B, JS glue $j B, together $((w + j)) B (gzip -9)"
done
