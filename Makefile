# Visit Explorer task runner. Every target installs what it needs first (.ci/setup.sh).
# DATASET=path picks another visit: a JSON file, or a folder with visit.json and meetings.csv.
.PHONY: serve test build check template dev size bench setup

BUNDLED := assets/data/tokayev-unga78-2023.json

## serve: install what is missing, build the site, and serve it on http://127.0.0.1:8080
serve: build
	@echo "==> serving dist/ on http://127.0.0.1:8080 (as static hosts do: 404.html, compression)"
	@python3 .ci/serve.py dist --port 8080

## test: install what is missing, then run every test layer; ends with "N passed, N failed"
test:
	@bash .ci/test.sh

## build: the deployable static site in dist/ (PUBLIC_URL=/sub/ SITE_BASE=https://host/sub/ for a sub-path)
build:
	@bash .ci/setup.sh
	@DATASET="$(DATASET)" bash .ci/build-site.sh dist "$(or $(PUBLIC_URL),/)" "$(SITE_BASE)"

## check: validate a dataset (DATASET=path, default the bundled visit) and print what it holds
check:
	@bash .ci/setup.sh >/dev/null
	@cargo run --quiet --offline -p visit-site -- check "$(or $(DATASET),$(BUNDLED))"

## template: write a dataset's spreadsheet form (visit.json + meetings.csv) into OUT (default assets/template)
template:
	@cargo run --quiet --offline -p visit-site -- template "$(or $(DATASET),$(BUNDLED))" "$(or $(OUT),assets/template)"

## dev: Trunk's development server with live reload (no prerendering) on http://127.0.0.1:8080
dev:
	@bash .ci/setup.sh
	@echo "==> trunk serve --offline on http://127.0.0.1:8080"
	@VISIT_DATASET="$(if $(DATASET),$(abspath $(DATASET)))" PATH="$(CURDIR)/tests/e2e/node_modules/.bin:$$PATH" trunk serve --offline

## size: raw, gzip and brotli bytes of every file in dist/, and the wasm's code per crate
size:
	@[ -f dist/index.html ] || $(MAKE) --no-print-directory build
	@python3 .ci/size.py dist
	@rm -rf target/size-names && wasm-bindgen --target web --out-dir target/size-names target/wasm32-unknown-unknown/release/visit-explorer.wasm
	@echo; echo "wasm code per crate, before wasm-opt (raw bytes):"
	@python3 .ci/wasm_crates.py target/size-names/visit-explorer_bg.wasm 20

setup:
	@bash .ci/setup.sh --test

## bench: size, first paint against a static floor, interactive, filter latency, memory, Lighthouse (installs Lighthouse, which make test does not)
bench:
	@bash .ci/bench.sh
