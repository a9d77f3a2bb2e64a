#!/usr/bin/env bash
# Runs every check and test of SICREMI Collect, in the order a fresh clone needs them.
# The steps: system packages, tauri-driver, UI install, UI type check and build, the
# questionnaire definition against its generator, rustfmt, clippy,
# the Rust tests of the library crates, a 30-second run of each fuzz target, and last the
# desktop shell's tests. The shell's tests include the end-to-end tests, which run under a
# virtual X display (Xvfb).
# The script stops at the first failing step and names it.
#
# Usage: scripts/test-all.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"
# Screen for the end-to-end tests: the main window is 1200x800, and Xvfb's default screen is
# 640x480 at 8 bits, which also spoils the failure screenshots.
XVFB_SCREEN="-screen 0 1280x1024x24"

current_step=""
started_at=$SECONDS
step_started_at=$SECONDS
summary=()

finish_step() {
  if [ -n "$current_step" ]; then
    summary+=("$(printf '%5ds  %s' "$((SECONDS - step_started_at))" "$current_step")")
  fi
}

step() {
  finish_step
  current_step="$1"
  step_started_at=$SECONDS
  printf '\n==> %s\n' "$current_step"
}

on_error() {
  local status=$?
  printf '\ntest-all.sh: FAILED at step "%s" (exit status %d, after %ds)\n' \
    "$current_step" "$status" "$((SECONDS - started_at))" >&2
  exit "$status"
}
trap on_error ERR

step "system packages"
scripts/setup-system.sh --with-test-tools

step "tauri-driver"
if ! command -v tauri-driver >/dev/null; then
  # --locked keeps the versions tauri-driver 2.1.0 was released with.
  cargo install tauri-driver --locked
fi
command -v tauri-driver

step "UI dependencies (npm ci)"
(cd ui && npm ci --no-audit --no-fund)

step "UI type check (svelte-check, tsc)"
(cd ui && npm run check)

step "UI build"
(cd ui && npm run build)

step "questionnaire definition matches its generator"
python3 tools/questionnaire/generate.py --check

step "rustfmt"
cargo fmt --all --check

step "clippy"
cargo clippy --workspace --all-targets -- -D warnings

step "Rust tests of the library crates"
cargo test --workspace --exclude sicremi-collect

step "fuzz targets (30 s each, nightly)"
if ! rustup toolchain list | grep -q '^nightly'; then
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi
fuzz/run.sh 30

step "desktop shell tests and end-to-end tests (under Xvfb)"
xvfb-run -a -s "$XVFB_SCREEN" cargo test -p sicremi-collect

finish_step
printf '\ntest-all.sh: all steps passed in %ds\n' "$((SECONDS - started_at))"
printf '%s\n' "${summary[@]}"
