#!/usr/bin/env bash
# Assembles the npm package in target/package/article-widget from the
# release build in www/pkg (scripts/build.sh; `make package` builds first),
# the hand-written entries in js/ and npm/, the stylesheet and the README,
# then packs it: target/article-widget-<version>.tgz.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(awk -F'"' '/^version *=/ { print $2; exit }' Cargo.toml)
dist=target/package/article-widget
pkg=www/pkg

for f in article_widget.js article_widget.d.ts article_widget_bg.wasm article_widget_bg.wasm.d.ts define.js dom.js; do
  test -f "$pkg/$f" || { echo "package: $pkg/$f missing; run scripts/build.sh (make package does)" >&2; exit 1; }
done

rm -rf "$dist"
mkdir -p "$dist"
cp "$pkg"/article_widget.js "$pkg"/article_widget.d.ts "$pkg"/article_widget_bg.wasm \
  "$pkg"/article_widget_bg.wasm.d.ts "$pkg"/define.js "$pkg"/dom.js "$dist"/
cp npm/node.js npm/node.d.ts npm/define.d.ts "$dist"/
# ArticleWidget declares [Symbol.dispose]; without this a consumer whose `lib`
# predates ES explicit resource management fails to type-check the package.
sed -i '1i /// <reference lib="esnext.disposable" />' "$dist/article_widget.d.ts"
cp src/render/widget.css "$dist"/article-widget.css
cp README.md "$dist"/README.md
# The template's version is a placeholder: Cargo.toml is the one source.
node -e '
  const fs = require("fs");
  const [template, out, version] = process.argv.slice(1);
  const pkg = JSON.parse(fs.readFileSync(template, "utf8"));
  pkg.version = version;
  fs.writeFileSync(out, JSON.stringify(pkg, null, 2) + "\n");
' npm/package.json "$dist/package.json" "$version"

# Every file the manifest names must exist (npm pack silently skips missing ones).
node -e '
  const fs = require("fs"), path = require("path");
  const dir = process.argv[1];
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  const targets = (v) => typeof v === "string" ? [v] : Object.values(v).flatMap(targets);
  const missing = [...pkg.files, ...targets(pkg.exports)]
    .filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length) { console.error("package: missing " + missing.join(", ")); process.exit(1); }
' "$dist"

tarball=$(cd "$dist" && npm pack --silent --pack-destination ../.. | tail -n 1)
size=$(stat -c %s "target/$tarball")
echo "package: target/$tarball ($size bytes, $(tar -tzf "target/$tarball" | wc -l) files)"
