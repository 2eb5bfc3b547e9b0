# article-widget: `make demo` and `make test` are the two commands a newcomer
# needs; both install whatever is missing first (scripts/setup.sh).
SHELL := /bin/bash
PORT ?= 8080
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/tests/e2e/node_modules/.bin:$(PATH)

.PHONY: setup build demo test bench fuzz package clean

setup:
	@scripts/setup.sh

# The release widget (wasm-pack --target web, wasm-opt from npm binaryen) in www/pkg.
build: setup
	@scripts/build.sh

# Serves www/ on 127.0.0.1 and prints the URL; Ctrl-C stops it.
demo: build
	@node tests/e2e/serve.mjs --root www --port $(PORT)

test: setup
	@scripts/test.sh

bench: build
	@scripts/bench.sh

fuzz: setup
	@scripts/fuzz.sh

package: build
	@scripts/package.sh

clean:
	cargo clean
	rm -rf www/pkg pkg
