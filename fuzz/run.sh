#!/usr/bin/env bash
# Runs every fuzz target for the given number of seconds each (default 30), one after the
# other. New inputs go to fuzz/corpus/<target>/, crashes to fuzz/artifacts/<target>/.
# Needs the nightly toolchain and cargo-fuzz; see docs/fuzzing.md.
#
# Usage: fuzz/run.sh [seconds-per-target] [target...]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
seconds="${1:-30}"
shift || true

# Seed inputs per target. The package seeds are the test vectors, so the fuzzer starts from
# valid packages and from one file per known malformation.
declare -A seeds=(
  [package_open]=../tests/vectors/packages
  [submission_payload]=seeds/submission_payload
  [questionnaire_pack]=seeds/questionnaire_pack
)
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(package_open submission_payload questionnaire_pack)
fi

for target in "${targets[@]}"; do
  if [ -z "${seeds[$target]+set}" ]; then
    echo "fuzz/run.sh: unknown target $target (known: ${!seeds[*]})" >&2
    exit 2
  fi
  mkdir -p "corpus/$target"
  echo "==> fuzz target $target for ${seconds}s"
  cargo +nightly fuzz run -O "$target" "corpus/$target" "${seeds[$target]}" -- \
    -max_total_time="$seconds" -print_final_stats=1
done
