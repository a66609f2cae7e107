#!/usr/bin/env bash
# Installs the system packages RoleFit needs, when they are missing.
#   scripts/install-deps.sh run    what building and running needs (GNU readline headers)
#   scripts/install-deps.sh test   the above plus what the test suite drives (tmux, python3-jsonschema,
#                                  PyYAML, chromium, which renders the HTML reports headless, and the
#                                  PostgreSQL server and client, for the organisation store's tests)
# As root it installs with apt-get; otherwise it names the packages to install and stops.
set -euo pipefail
purpose="${1:-run}"

missing=()
need() { # need PACKAGE CHECK...
    local package="$1"; shift
    if ! "$@" >/dev/null 2>&1; then missing+=("$package"); fi
}

need libreadline-dev test -f /usr/include/readline/readline.h
if [ "$purpose" = test ]; then
    need tmux command -v tmux
    need python3 command -v python3
    need python3-jsonschema python3 -c "import jsonschema"
    need python3-yaml python3 -c "import yaml"
    need chromium command -v chromium
    # initdb and pg_ctl: on PATH, or where Debian puts them (/usr/lib/postgresql/NN/bin).
    need postgresql sh -c 'command -v initdb || ls /usr/lib/postgresql/*/bin/initdb'
    need postgresql-client command -v psql
fi

[ ${#missing[@]} -eq 0 ] && exit 0

echo "RoleFit needs these system packages: ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO=sudo
    else
        echo "Install them with:  sudo apt-get install ${missing[*]}   (or your system's equivalent), then run make again." >&2
        exit 1
    fi
else
    SUDO=
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "No apt-get here: install ${missing[*]} with your system's package manager, then run make again." >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
# python3-jsonschema from Debian may be shadowed by another python3 on PATH; fall back to pip for it.
apt_packages=()
for package in "${missing[@]}"; do
    case "$package" in python3-jsonschema|python3-yaml) continue ;; esac
    apt_packages+=("$package")
done
if [ ${#apt_packages[@]} -gt 0 ]; then
    $SUDO apt-get install -y -qq "${apt_packages[@]}" >&2
fi
for package in python3-jsonschema python3-yaml; do
    printf '%s\n' "${missing[@]}" | grep -qx "$package" || continue
    module=${package#python3-}; [ "$module" = yaml ] && module=PyYAML
    python3 -m pip install --quiet "$module" >&2 || $SUDO apt-get install -y -qq "$package" >&2
done
echo "Installed: ${missing[*]}" >&2
