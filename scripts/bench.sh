#!/usr/bin/env bash
# Every benchmark, then one table (printed and written to target/bench.md):
# sizes of what a page loads, what costs bytes in the .wasm (twiggy), native
# parse throughput (criterion, short settings) and the browser figures
# (widget vs the plain-JS peer, scaling, cold start). Run through
# `make bench`, which builds the release widget first. About 2 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"

OUT=target/bench
WASM=target/wasm32-unknown-unknown/release/article_widget.wasm
mkdir -p "$OUT"
say() { printf 'bench: %s\n' "$*" >&2; }

# twiggy is a benchmark-only tool, so it is installed here, not by setup.sh.
if ! command -v twiggy >/dev/null; then
  say "installing twiggy (cargo install, ~2 min)"
  cargo install twiggy --locked --quiet
fi

test -f www/pkg/article_widget_bg.wasm || { say "no www/pkg: run make bench (it builds first)"; exit 1; }

say "sizes of www/pkg"
node tests/bench/size.mjs > "$OUT/size.json"

# twiggy needs names, which the shipped module does not carry: the same
# cargo output through wasm-bindgen, scripts/prune-table.mjs and wasm-opt
# (the flags from Cargo.toml) with names kept.
say "twiggy: largest items of the .wasm"
rm -rf "$OUT/named"
wasm-bindgen --target web --keep-debug --out-dir "$OUT/named" "$WASM"
node scripts/prune-table.mjs "$OUT/named/article_widget_bg.wasm"
read -r -a opt_flags <<<"$(sed -n 's/^wasm-opt = \[\(.*\)\]/\1/p' Cargo.toml | tr -d '",')"
wasm-opt "${opt_flags[@]}" -g "$OUT/named/article_widget_bg.wasm" -o "$OUT/named/named.wasm"
twiggy top -n 16 "$OUT/named/named.wasm" | cut -c1-140 > "$OUT/twiggy.txt"

# The filter matches no criterion id: only the bench's own MB/s summary runs
# (each input for at least 200 ms), which is what the table reports.
say "native parse throughput (benches/parse.rs summary)"
cargo bench --quiet --bench parse -- --exact summary-only > "$OUT/parse.log" 2>&1 \
  || { cat "$OUT/parse.log" >&2; exit 1; }

# benches/nasty.rs: pathological inputs (deep nesting, runs of quote marks
# and dashes, huge lines, quote-dense text) against the seed, per byte.
say "native pathological inputs (benches/nasty.rs summary)"
cargo bench --quiet --bench nasty -- --exact summary-only 2>&1 \
  | sed -n '/^Cost per input byte/,$p' > "$OUT/nasty.log" \
  || { cat "$OUT/nasty.log" >&2; exit 1; }

say "browser: headless chromium (widget vs peer, scaling, cold start)"
node tests/bench/browser.mjs > "$OUT/browser.json"

node tests/bench/table.mjs
