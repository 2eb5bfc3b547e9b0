# Sourced by setup.sh and build.sh: the one pinned nightly that builds the
# release .wasm. Rebuilding std for the wasm (-Zbuild-std) with
# -Cpanic=immediate-abort, -Zfmt-debug=none and -Zlocation-detail=none drops
# std's panic and formatting machinery, which the stable build keeps even
# with panic = "abort": 8 KB gzip of the page's 81. A panic still stops the
# module; it only no longer formats a message nobody reads. Host builds
# (tests, CLI, benches) and the wasm-bindgen tests stay on stable.

RELEASE_NIGHTLY=nightly-2026-05-20
RELEASE_RUSTC='rustc 1.97.0-nightly (e50aa6fba 2026-05-19)'
RELEASE_RUSTFLAGS='-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none'
# optimize_for_size: std's smaller sort, rotate and char count (-350 B).
RELEASE_CARGO_ARGS=(-Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size)

# The toolchain name to build with: the machine's own `nightly` when it is
# the pinned build (no download), else the dated channel.
release_toolchain() {
  if [ "$(rustc +nightly -V 2>/dev/null)" = "$RELEASE_RUSTC" ]; then
    echo nightly
  else
    echo "$RELEASE_NIGHTLY"
  fi
}
