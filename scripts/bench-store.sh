#!/usr/bin/env bash
# A benchmark, not a test: answers committed per second with WRITERS concurrent sessions (default 50)
# and the time from answer to next question (p50, p99), for a results folder and for a throwaway
# PostgreSQL cluster on 127.0.0.1 (initdb in a temporary folder; stopped and removed on exit).
#   scripts/bench-store.sh [WRITERS]       ROLEFIT_BIN=path picks the binary (default: release, else debug)
set -euo pipefail
cd "$(dirname "$0")/.."
writers="${1:-50}"
bin="${ROLEFIT_BIN:-}"
if [ -z "$bin" ]; then
    for candidate in .build/release/rolefit .build/debug/rolefit; do
        if [ -x "$candidate" ]; then bin="$candidate"; break; fi
    done
fi
[ -n "$bin" ] || { echo "build rolefit first (make release, or make build)" >&2; exit 1; }

pgbin=$(dirname "$(readlink -f "$(command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")")
work=$(mktemp -d /tmp/rolefit-bench-XXXXXX)
chmod 755 "$work"
as_server=()
if [ "$(id -u)" -eq 0 ]; then
    account=postgres; id postgres >/dev/null 2>&1 || account=nobody
    chown "$account" "$work"
    as_server=(runuser -u "$account" --)
fi
cleanup() {
    "${as_server[@]}" "$pgbin/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
password="bench-$RANDOM$RANDOM"
echo "$password" > "$work/pwfile"
"${as_server[@]}" "$pgbin/initdb" -D "$work/data" -U rolefit --pwfile "$work/pwfile" --auth=scram-sha-256 \
    --encoding=UTF8 --locale=C >/dev/null
"${as_server[@]}" "$pgbin/pg_ctl" -D "$work/data" -l "$work/log" -w \
    -o "-c port=$port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work -c max_connections=200" start >/dev/null
export PGPASSWORD="$password" PGPASSFILE=/dev/null NO_COLOR=1
"${as_server[@]}" env PGPASSWORD="$password" "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U rolefit bench
store="postgres://rolefit@127.0.0.1:$port/bench"
"$bin" store init --store "$store" >/dev/null

echo "rolefit: $bin; $writers concurrent sessions each; $(nproc) cores; PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') with fsync on"
printf 'folder:     '; python3 scripts/bench-store.py "$bin" QuestionBanks "$writers" -- --results "$work/results"
printf 'postgresql: '; python3 scripts/bench-store.py "$bin" QuestionBanks "$writers" -- --store "$store"
