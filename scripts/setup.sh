#!/usr/bin/env bash
# Installs every tool the build and the test suites need, and only what is
# missing: a second run installs nothing. Versions are pinned here and in
# tests/e2e/package-lock.json; wasm-bindgen's CLI must equal Cargo.lock's
# wasm-bindgen exactly, or wasm-pack silently rebuilds its own copy.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

installed=()
say() { printf 'setup: %s\n' "$*"; }

for tool in cargo rustup node npm; do
  command -v "$tool" >/dev/null || { say "$tool is required but not on PATH (Rust via rustup, Node 20+)" >&2; exit 1; }
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown >/dev/null
  installed+=("wasm32 target")
fi

components=$(rustup component list --installed 2>/dev/null)
for component in clippy rustfmt; do
  if ! grep -q "^$component-" <<<"$components"; then
    say "adding rust component $component"
    rustup component add "$component" >/dev/null
    installed+=("$component")
  fi
done

# The release .wasm's pinned nightly (scripts/release-toolchain.sh), with
# the std sources it rebuilds and the wasm32 target wasm-pack checks for.
. scripts/release-toolchain.sh
nightly=$(release_toolchain)
if [ "$(rustc +"$nightly" -V 2>/dev/null || true)" != "$RELEASE_RUSTC" ]; then
  say "installing the release toolchain $RELEASE_NIGHTLY (rustup, ~1 min)"
  rustup toolchain install "$RELEASE_NIGHTLY" --profile minimal >/dev/null
  installed+=("$RELEASE_NIGHTLY")
fi
if ! rustup component list --installed --toolchain "$nightly" 2>/dev/null | grep -qx rust-src; then
  say "adding rust-src to $nightly"
  rustup component add rust-src --toolchain "$nightly" >/dev/null
  installed+=("rust-src ($nightly)")
fi
if ! rustup target list --installed --toolchain "$nightly" | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown to $nightly"
  rustup target add wasm32-unknown-unknown --toolchain "$nightly" >/dev/null
  installed+=("wasm32 target ($nightly)")
fi

if [ "$(wasm-pack --version 2>/dev/null || true)" != "wasm-pack $WASM_PACK_VERSION" ]; then
  say "installing wasm-pack $WASM_PACK_VERSION (cargo install, ~2 min)"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked --quiet
  installed+=("wasm-pack $WASM_PACK_VERSION")
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (cargo install, ~2 min)"
  # Not --locked: with it, this release fails to resolve webpki-roots.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --quiet
  installed+=("wasm-bindgen-cli $WASM_BINDGEN_VERSION")
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Debian chromium and chromium-driver (apt-get, ~1 min)"
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  # Refresh the package lists only when they do not know chromium yet.
  if ! apt-cache policy chromium-driver 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    "${as_root[@]}" apt-get update -qq
  fi
  "${as_root[@]}" apt-get install -y -qq chromium chromium-driver >/dev/null
  installed+=("chromium, chromium-driver")
fi

# JS tooling (wasm-opt from npm binaryen, playwright-core, axe-core, ...)
# lives in tests/e2e. Reinstall when the lock file's content differs from the
# one last installed (compared by content: a checkout or worktree makes the
# lock file newer without changing it, and mtimes would reinstall needlessly).
installed_lock=tests/e2e/node_modules/.installed-package-lock.json
if ! cmp -s tests/e2e/package-lock.json "$installed_lock"; then
  say "installing JS tooling in tests/e2e (npm ci)"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  cp tests/e2e/package-lock.json "$installed_lock"
  installed+=("npm packages in tests/e2e")
fi

if [ ${#installed[@]} -eq 0 ]; then
  say "all tools present, nothing to install"
else
  say "installed: $(IFS=,; echo "${installed[*]}")"
fi
