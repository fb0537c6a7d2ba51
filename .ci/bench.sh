#!/usr/bin/env bash
# The benchmark of a real deployment: builds the release site, serves it through the
# repo's compressing static server (.ci/serve.py: the precompressed gzip/brotli copies,
# cache headers) on 127.0.0.1, and measures it with Playwright and Lighthouse.
# Prints every figure beside its budget; writes target/bench/results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh --bench
bash .ci/build-site.sh dist / http://127.0.0.1:8095/
rm -rf target/bench/site && mkdir -p target/bench && cp -r dist target/bench/site
# The floor: the same prerendered explorer and CSS, with every script and preload removed.
python3 - <<'PY'
import re
html = open("target/bench/site/index.html", encoding="utf-8").read()
html = re.sub(r"<script\b.*?</script>", "", html, flags=re.S)
html = re.sub(r"<link rel=\"(modulepreload|preload)\"[^>]*>", "", html)
open("target/bench/site/floor.html", "w", encoding="utf-8").write(html)
PY
# The same app over a generated archive of 10,000 meetings (fixed seed).
export PATH="$PWD/tests/e2e/node_modules/.bin:$PATH"
echo "==> a generated archive of 10,000 meetings, and its explorer"
mkdir -p target/bench
cargo run --quiet --offline -p visit-site -- synthetic 10000 target/bench/synthetic.json
rm -rf target/bench/synthetic
DATASET=target/bench/synthetic.json PRERENDER_OPTIONS=--explorer-only bash .ci/build-site.sh target/bench/synthetic / http://127.0.0.1:8096/

python3 .ci/serve.py target/bench/site --port 8095 >/dev/null 2>&1 &
s1=$!
python3 .ci/serve.py target/bench/synthetic --port 8096 >/dev/null 2>&1 &
s2=$!
trap 'kill $s1 $s2 2>/dev/null' EXIT
for port in 8095 8096; do
  for _ in $(seq 50); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break; sleep 0.1; done
done
(cd tests/e2e && node bench/bench.js http://127.0.0.1:8095 http://127.0.0.1:8096)
