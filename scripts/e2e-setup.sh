#!/usr/bin/env bash
# Installs what `npm run test:e2e` needs, idempotently, into the git-ignored .e2e/:
#
#   - Debian packages: chromium (the browser that drives the web workbench),
#     neovim (an independent LSP client), ripgrep (code-server's search, in place
#     of @vscode/ripgrep's GitHub download), libkrb5-dev (headers for the
#     `kerberos` addon code-server builds);
#   - code-server (VS Code 1.100.3 served to a browser) from the npm registry,
#     into .e2e/code-server/: VS Code Desktop cannot be downloaded here, and
#     4.100.3 is the last release whose engines allow Node 20;
#   - playwright-core (the browser driver only, never `playwright install`) into
#     .e2e/node_modules/.
#
# Works with no internet beyond the npm registry and Debian's mirrors. Each step
# leaves a stamp file and is skipped when its stamp matches, so a second run takes
# a second. FORCE=1 redoes every step. Usage: scripts/e2e-setup.sh
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_CORE_VERSION=1.65.1
APT_PACKAGES=(chromium neovim ripgrep libkrb5-dev)

ROOT=$(cd "$(dirname "$0")/.." && pwd)
E2E=$ROOT/.e2e
CS=$E2E/code-server
STAMPS=$E2E/stamps
mkdir -p "$STAMPS"

T0=$(date +%s)
DID=()
log() { printf '[e2e-setup %3ss] %s\n' "$(($(date +%s) - T0))" "$*"; }
stamped() { [ -z "${FORCE:-}" ] && [ -f "$STAMPS/$1" ] && [ "$(cat "$STAMPS/$1")" = "$2" ]; }
stamp() { printf '%s' "$2" > "$STAMPS/$1"; }

# Keep npm's caches, logs and node-gyp's files out of the home folder and away
# from the user's npm settings that would stop an unattended install.
export npm_config_yes=true            # node-pty's install runs `npx node-gyp`; some npmrc files say yes=false
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export npm_config_loglevel=${npm_config_loglevel:-warn}
# code-server writes a default config and logs under XDG folders on every start,
# `--version` included: keep them in .e2e/, not in the home folder.
export XDG_CONFIG_HOME=$E2E/xdg/config XDG_DATA_HOME=$E2E/xdg/data XDG_CACHE_HOME=$E2E/xdg/cache

# --- Debian packages -----------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# code-server's native addons are built with node-gyp: a C++ toolchain and Python,
# from Debian only when the commands are not there already (from any source).
command -v g++ > /dev/null && command -v make > /dev/null || missing+=(build-essential)
command -v python3 > /dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  log "apt: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  timeout 600 $SUDO apt-get update -qq
  timeout 900 $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" > "$E2E/apt.log" 2>&1 \
    || { tail -20 "$E2E/apt.log"; exit 1; }
  DID+=("apt: ${missing[*]}")
else
  log "apt: ${APT_PACKAGES[*]} already installed"
fi
for bin in chromium nvim rg; do command -v "$bin" > /dev/null || { echo "e2e-setup: $bin not found after install" >&2; exit 1; }; done

# --- code-server -----------------------------------------------------------------
if stamped code-server "$CODE_SERVER_VERSION" && [ -x "$CS/node_modules/.bin/code-server" ]; then
  log "code-server $CODE_SERVER_VERSION already installed"
else
  log "code-server $CODE_SERVER_VERSION: installing into .e2e/code-server (about a minute, ~300 MB)"
  rm -rf "$CS" && mkdir -p "$CS"
  echo '{ "name": "corpus-review-e2e-code-server", "private": true }' > "$CS/package.json"
  (
    cd "$CS"
    # --ignore-scripts: the post-install scripts download ripgrep from GitHub and
    # build native addons before their dependencies are there; done below instead.
    timeout 600 npm install --save-exact --ignore-scripts "code-server@$CODE_SERVER_VERSION"
    timeout 300 npm rebuild argon2              # its prebuilt download fails offline; falls back to a build
    cd node_modules/code-server/lib/vscode
    timeout 600 npm install --omit=dev --ignore-scripts
    # @vscode/ripgrep's post-install skips the download when bin/rg exists.
    mkdir -p node_modules/@vscode/ripgrep/bin
    cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
    timeout 900 npm rebuild                     # kerberos, node-pty, spdlog, native-watchdog, watchers...
    cd "$CS"
    timeout 600 npm rebuild code-server --unsafe-perm   # its post-install: symlinks, built-in extensions' deps
  ) > "$E2E/code-server-install.log" 2>&1 || { tail -40 "$E2E/code-server-install.log"; echo "e2e-setup: code-server install failed (log: .e2e/code-server-install.log)" >&2; exit 1; }
  version=$(timeout 60 "$CS/node_modules/.bin/code-server" --version 2>&1 | grep -E '^[0-9]+\.[0-9]+\.[0-9]+' | head -1)
  case "$version" in "$CODE_SERVER_VERSION "*) ;; *) echo "e2e-setup: unexpected code-server version: '$version'" >&2; exit 1 ;; esac
  stamp code-server "$CODE_SERVER_VERSION"
  DID+=("code-server $CODE_SERVER_VERSION")
fi

# --- playwright-core -------------------------------------------------------------
if stamped playwright-core "$PLAYWRIGHT_CORE_VERSION" && [ -f "$E2E/node_modules/playwright-core/package.json" ]; then
  log "playwright-core $PLAYWRIGHT_CORE_VERSION already installed"
else
  log "playwright-core $PLAYWRIGHT_CORE_VERSION: installing into .e2e/node_modules"
  echo '{ "name": "corpus-review-e2e", "private": true }' > "$E2E/package.json"
  # PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: the tests drive Debian's chromium.
  (cd "$E2E" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 timeout 300 npm install --save-exact "playwright-core@$PLAYWRIGHT_CORE_VERSION") \
    > "$E2E/playwright-install.log" 2>&1 || { tail -20 "$E2E/playwright-install.log"; exit 1; }
  stamp playwright-core "$PLAYWRIGHT_CORE_VERSION"
  DID+=("playwright-core $PLAYWRIGHT_CORE_VERSION")
fi

if [ ${#DID[@]} -eq 0 ]; then
  log "nothing to do: everything was already installed ($(($(date +%s) - T0)) s)"
else
  log "installed: $(IFS=,; echo "${DID[*]}" | sed 's/,/, /g') in $(($(date +%s) - T0)) s"
fi
