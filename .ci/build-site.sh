#!/usr/bin/env bash
# Builds the release site and prerenders every route.
#   .ci/build-site.sh [DIST_DIR] [PUBLIC_URL] [SITE_BASE]
# PUBLIC_URL is the path the site is served under ("/" or e.g. "/visit-explorer/");
# SITE_BASE is the absolute URL of that path, used for canonical and Open Graph links.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${1:-dist}
PUBLIC_URL=${2:-${PUBLIC_URL:-/}}
SITE_BASE=${3:-${SITE_BASE:-http://127.0.0.1:8080${PUBLIC_URL}}}
export PATH="$PWD/tests/e2e/node_modules/.bin:$PATH"

echo "==> trunk build --release --offline --public-url $PUBLIC_URL --dist $DIST"
trunk build --release --offline --public-url "$PUBLIC_URL" --dist "$DIST" \
  || { echo "ERROR: trunk build failed (see above)" >&2; exit 1; }
echo "==> prerendering every route for $SITE_BASE"
SITE_BASE="$SITE_BASE" cargo run --quiet --offline --features ssr --bin prerender -- "$DIST" \
  || { echo "ERROR: prerendering failed (see above)" >&2; exit 1; }
