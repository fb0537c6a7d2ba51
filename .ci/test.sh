#!/usr/bin/env bash
# Runs every test layer in order and ends with one line: "N passed, N failed".
# Layers: fmt, clippy (host and wasm32), native cargo test of the whole workspace,
# wasm-bindgen-test in headless Chromium, Playwright end-to-end specs against the
# prerendered release builds (bundled visit at the root and a sub-path; fictional fixture).
set -uo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh --test || { echo "0 passed, 1 failed"; exit 1; }
export PATH="$PWD/tests/e2e/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
mkdir -p target/test-logs

passed=0; failed=0; skipped=0; failures=()
count() {   # count LOG LAYER: add the layer's "test result" counts
  local p f s
  p=$(grep -Eo 'test result: [A-Za-z]+\. [0-9]+ passed' "$1" | grep -Eo '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed;' "$1" | awk '{s+=$1} END {print s+0}')
  s=$(grep -Eo '[0-9]+ ignored;' "$1" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  echo "    $2: $p passed, $f failed, $s skipped"
}
check() {   # check NAME CMD...: a single pass/fail check
  local name=$1; shift
  echo; echo "==> $name: $*"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}
layer() {   # layer NAME LOG CMD...: a test runner whose counts are read from its output
  local name=$1 log=$2; shift 2
  echo; echo "==> $name: $*"
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  count "$log" "$name"
  if [ "$rc" != 0 ] && ! grep -Eq '[1-9][0-9]* failed' "$log"; then
    failed=$((failed + 1)); failures+=("$name (did not run to completion, exit $rc)")
  elif [ "$rc" != 0 ]; then failures+=("$name"); fi
}

check "rustfmt" cargo fmt --check
check "clippy (host)" cargo clippy --offline --workspace --all-targets -- -D warnings
# The app with its browser tests, and the core library as the browser gets it.
check "clippy (wasm32)" bash -c "cargo clippy --offline -p visit-explorer --all-targets --target wasm32-unknown-unknown -- -D warnings \
  && cargo clippy --offline -p visit-core --lib --target wasm32-unknown-unknown -- -D warnings"
check "API docs (cargo doc, no warnings)" env RUSTDOCFLAGS="-D warnings" cargo doc --offline --workspace --no-deps --quiet
layer "native tests" target/test-logs/native.log cargo test --offline --workspace --no-fail-fast
layer "browser tests (wasm-bindgen-test, headless Chromium)" target/test-logs/browser.log \
  cargo test --offline --target wasm32-unknown-unknown --test browser

echo; echo "==> building the release sites for end-to-end tests (root, /visit-explorer/ sub-path, the two fictional fixtures, and the first fixture under the sub-path as a second deploy)"
if bash .ci/build-site.sh dist / http://127.0.0.1:8080/ \
  && bash .ci/build-site.sh target/subpath-root/visit-explorer /visit-explorer/ http://127.0.0.1:8091/visit-explorer/ \
  && DATASET=tests/fixtures/fictional-visit bash .ci/build-site.sh target/fixture-site / http://127.0.0.1:8094/ \
  && DATASET=tests/fixtures/multi-stop-trip bash .ci/build-site.sh target/trip-site / http://127.0.0.1:8098/ \
  && DATASET=tests/fixtures/fictional-visit bash .ci/build-site.sh target/subpath-fixture/visit-explorer /visit-explorer/ http://127.0.0.1:8099/visit-explorer/; then
  echo; echo "==> end-to-end (Playwright, Chromium at /usr/bin/chromium)"
  rm -f target/e2e/report.json
  (cd tests/e2e && npx playwright test)
  rc=$?
  if [ -f target/e2e/report.json ]; then
    read -r p f s < <(node -e 'const r=require("./target/e2e/report.json").stats;console.log(r.expected+r.flaky, r.unexpected, r.skipped)')
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
    echo "    end-to-end: $p passed, $f failed, $s skipped"
    [ "$f" != 0 ] && failures+=("end-to-end")
    [ "$rc" != 0 ] && [ "$f" = 0 ] && { failed=$((failed + 1)); failures+=("end-to-end (exit $rc)"); }
  else
    failed=$((failed + 1)); failures+=("end-to-end (no report: Playwright did not run)")
  fi
else
  failed=$((failed + 1)); failures+=("release build")
fi

echo
[ ${#failures[@]} -gt 0 ] && printf 'FAILED: %s\n' "${failures[@]}"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
