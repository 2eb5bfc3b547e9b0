#!/usr/bin/env bash
# Runs every cargo-fuzz target in fuzz/ (or those named in FUZZ_TARGETS) for
# FUZZ_SECONDS each (default 900), one at a time (the machine has 2 cores),
# with the sample articles as seed corpus. Prints executions, coverage and
# crashes per target; exits non-zero if any target crashed.
# Run through `make fuzz`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

SECONDS_EACH=${FUZZ_SECONDS:-900}
LOGS=target/fuzz-logs
mkdir -p "$LOGS"

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "fuzz: installing the nightly toolchain (libFuzzer needs -Z flags)"
  rustup toolchain install nightly --profile minimal
fi

# `fuzz list` prints one target a line; `read` takes only the first line.
read -r -a targets <<<"${FUZZ_TARGETS:-$(cargo +nightly fuzz list | tr '\n' ' ')}"
failed=0
report=()
for target in "${targets[@]}"; do
  corpus=fuzz/corpus/$target
  mkdir -p "$corpus"
  # Seed with real articles so mutations start from meaningful structure.
  cp -n tests/fixtures/*.txt www/articles/*.txt "$corpus"/ 2>/dev/null || true
  log=$LOGS/$target.log
  echo "==> fuzz $target for ${SECONDS_EACH}s (log: $log)"
  status=0
  cargo +nightly fuzz run "$target" "$corpus" -- \
    -max_total_time="$SECONDS_EACH" -max_len=16384 -timeout=10 -print_final_stats=1 \
    >"$log" 2>&1 || status=$?
  runs=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n 1 | awk '{ print $2 }')
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1)
  artifacts=$(find "fuzz/artifacts/$target" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) 2>/dev/null | wc -l)
  if [ "$status" -ne 0 ]; then
    failed=1
    tail -n 40 "$log"
  fi
  report+=("$(printf '%-8s execs %-10s %-22s artifacts %s  exit %s' \
    "$target" "${runs:-?}" "${cov:-cov: ?}" "$artifacts" "$status")")
done

printf '\n'
printf '%s\n' "${report[@]}"
if [ "$failed" -ne 0 ]; then
  echo "fuzz: a target crashed; reproduce with cargo +nightly fuzz run <target> fuzz/artifacts/<target>/<file>" >&2
  exit 1
fi
echo "fuzz: 0 crashes"
