#!/usr/bin/env bash
# Builds the release widget into www/pkg. wasm-opt comes from the npm
# binaryen package (tests/e2e/node_modules/.bin), never Debian's old one.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"
# The pinned nightly, std rebuilt without panic messages (scripts/release-toolchain.sh).
. scripts/release-toolchain.sh
# wasm-pack's update check cannot reach its server here; drop that one warning.
RUSTUP_TOOLCHAIN=$(release_toolchain) RUSTFLAGS=$RELEASE_RUSTFLAGS \
  wasm-pack --quiet build --target web --release --no-opt --out-dir www/pkg --out-name article_widget . \
  -- "${RELEASE_CARGO_ARGS[@]}" 2>&1 \
  | { grep -v 'failed to get wasm-pack version' || true; }
test -f www/pkg/article_widget_bg.wasm || { echo "build: wasm-pack produced no www/pkg/article_widget_bg.wasm" >&2; exit 1; }
rm -f www/pkg/.gitignore
# wasm-opt runs here, not in wasm-pack, after the table slots that only
# build-time descriptors used are cleared (scripts/prune-table.mjs), which
# needs the function names wasm-opt drops. Its flags stay in Cargo.toml.
node scripts/prune-table.mjs www/pkg/article_widget_bg.wasm
read -r -a opt_flags <<<"$(sed -n 's/^wasm-opt = \[\(.*\)\]/\1/p' Cargo.toml | tr -d '",')"
test "${#opt_flags[@]}" -gt 0 || { echo "build: no wasm-opt flags found in Cargo.toml" >&2; exit 1; }
wasm-opt "${opt_flags[@]}" www/pkg/article_widget_bg.wasm -o www/pkg/article_widget_bg.wasm
# The glue imports the DOM builder (js/dom.js) from a hashed snippets/ path
# that only shows once the glue has loaded. Beside the glue as dom.js,
# define.js and pages can request it together with the glue: one request
# less in a row on a cold start.
snippet=$(cd www/pkg && find snippets -path '*/js/dom.js')
sed -i "s#'\./$snippet'#'./dom.js'#" www/pkg/article_widget.js
grep -q "from './dom.js'" www/pkg/article_widget.js \
  || { echo "build: the glue no longer imports $snippet as expected; update scripts/build.sh" >&2; exit 1; }
mv "www/pkg/$snippet" www/pkg/dom.js
rm -r www/pkg/snippets
# The <article-widget> entry is hand-written JS beside the generated glue.
if [ -f js/define.js ]; then
  cp js/define.js www/pkg/define.js
else
  echo "build: js/define.js not found; <article-widget> (www/embed.html) will not work" >&2
fi
# Short import names in the .wasm and the glue; the JS without comments.
node scripts/shrink.mjs www/pkg
echo "build: www/pkg/article_widget_bg.wasm $(stat -c %s www/pkg/article_widget_bg.wasm) bytes, $(gzip -9c www/pkg/article_widget_bg.wasm | wc -c) gzip"
