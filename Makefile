# Visit Explorer task runner. Every target installs what it needs first (.ci/setup.sh).
.PHONY: serve test build size bench setup

## serve: install what is missing, then serve the app on http://127.0.0.1:8080
serve:
	@bash .ci/setup.sh
	@echo "==> trunk serve --offline on http://127.0.0.1:8080"
	@PATH="$(CURDIR)/tests/e2e/node_modules/.bin:$$PATH" trunk serve --offline

## test: install what is missing, then run every test layer; ends with "N passed, N failed"
test:
	@bash .ci/test.sh

## build: the deployable static site in dist/ (PUBLIC_URL=/sub/ SITE_BASE=https://host/sub/ for a sub-path)
build:
	@bash .ci/setup.sh
	@bash .ci/build-site.sh dist "$(or $(PUBLIC_URL),/)" "$(SITE_BASE)"

## size: raw, gzip and brotli bytes of every file in dist/
size:
	@[ -f dist/index.html ] || $(MAKE) --no-print-directory build
	@python3 .ci/size.py dist

setup:
	@bash .ci/setup.sh --test

## bench: size, first paint against a static floor, interactive, filter latency, memory
bench:
	@bash .ci/bench.sh
