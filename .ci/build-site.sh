#!/usr/bin/env bash
# Builds the release site for a dataset and prerenders every page.
#   .ci/build-site.sh [DIST_DIR] [PUBLIC_URL] [SITE_BASE]
# DATASET (environment) names the dataset: a JSON file, or a folder with visit.json and
# meetings.csv; empty means the bundled visit. PUBLIC_URL is the path the site is served
# under ("/" or e.g. "/visit-explorer/"); SITE_BASE is the absolute URL of that path, used
# for canonical links, Open Graph tags and preview images.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${1:-dist}
PUBLIC_URL=${2:-${PUBLIC_URL:-/}}
SITE_BASE=${3:-${SITE_BASE:-http://127.0.0.1:8080${PUBLIC_URL}}}
export PATH="$PWD/tests/e2e/node_modules/.bin:$PATH"

# The app does not depend on the dataset: the prerenderer writes the dataset's pack
# beside the pages. DATASET only picks what is checked and prerendered.
DATASET=${DATASET:-assets/data/tokayev-unga78-2023.json}
[ -e "$DATASET" ] || { echo "ERROR: DATASET=$DATASET does not exist (give a .json file or a folder with visit.json and meetings.csv)" >&2; exit 1; }
DATASET=$(cd "$(dirname "$DATASET")" && pwd)/$(basename "$DATASET")
echo "==> checking the dataset $DATASET"
cargo run --quiet --offline -p visit-site -- check "$DATASET" >/dev/null \
  || { cargo run --quiet --offline -p visit-site -- check "$DATASET"; echo "ERROR: the dataset $DATASET is invalid (see above); nothing was built" >&2; exit 1; }
unset VISIT_DATASET
echo "==> trunk build --release --offline --public-url $PUBLIC_URL --dist $DIST"
trunk build --release --offline --public-url "$PUBLIC_URL" --dist "$DIST" \
  || { echo "ERROR: trunk build failed (see above)" >&2; exit 1; }
# Short names for the wasm's imports and exports, in the module and the glue alike.
node .ci/short-wasm-names.js "$DIST" \
  || { echo "ERROR: the wasm's import and export names could not be shortened (see above)" >&2; exit 1; }
# Trunk does not minify wasm-bindgen's JS glue; terser does (the prerenderer then
# refreshes the page's integrity hashes).
for glue in "$DIST"/*.js; do
  terser "$glue" --module --compress --mangle --output "$glue" \
    || { echo "ERROR: terser could not minify $glue" >&2; exit 1; }
done
# Nor the page's own inline script, whose comments are for readers of index.html
# (the prerenderer hashes it for the CSP afterwards).
node .ci/minify-inline-scripts.js "$DIST/index.html" \
  || { echo "ERROR: the inline scripts of $DIST/index.html could not be minified" >&2; exit 1; }
# Nor the style sheet: lightningcss does (the prerenderer inlines it afterwards).
for css in "$DIST"/*.css; do
  lightningcss --minify "$css" --output-file "$css" \
    || { echo "ERROR: lightningcss could not minify $css" >&2; exit 1; }
done

echo "==> prerendering every page of $DATASET for $SITE_BASE"
SITE_BASE="$SITE_BASE" cargo run --quiet --offline -p visit-site -- prerender "$DIST" --dataset "$DATASET" ${PRERENDER_OPTIONS:-} \
  || { echo "ERROR: prerendering failed (see above)" >&2; exit 1; }
