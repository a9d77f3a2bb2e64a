#!/usr/bin/env bash
# Builds and starts SICREMI Collect from this checkout.
#
# Usage: scripts/run-app.sh [app options]
#   for example: scripts/run-app.sh --data-dir /tmp/sicremi-demo
#   (run `target/debug/sicremi-collect --help` for the options)
#
# It builds the debug profile, because a cold debug build took about half as long as a release
# build on a 2-core machine (1 min 39 s against 3 min 16 s for a minimal Tauri app). The debug
# build also shares its artifacts with scripts/test-all.sh. Cargo.toml compiles the dependencies
# with opt-level 1 in this profile, which is fast enough for a UI of forms and tables.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/setup-system.sh
export PATH="$HOME/.cargo/bin:$PATH"

# npm ci wipes node_modules; skip it when the installed tree already matches the lock file.
if [ ! -f ui/node_modules/.package-lock.json ] ||
  [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  (cd ui && npm ci)
fi
(cd ui && npm run build)

cargo build -p sicremi-collect
exec target/debug/sicremi-collect "$@"
