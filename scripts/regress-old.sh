#!/usr/bin/env bash
# Runs the CLI-level regression tests of issue 16 against the rolefit of an older commit and against this
# tree's, and prints which fail on the old binary and pass on the new one (a Markdown table).
#   scripts/regress-old.sh COMMIT [SUITE...]
# COMMIT: the commit before the fixes (79f9726, the merge base of branches rel and hk, for issue 16).
# SUITE: test suites to run (default: the issue-16 end-to-end suites below).
# The old commit is built (debug, product rolefit only) in a scratch worktree, $REGRESS_TREE or
# /tmp/rolefit-regress-COMMIT, removed at the end unless KEEP_TREE=1. The tests are this tree's, built
# first with `ROLEFIT_NO_POSTGRES=1 swift build --build-tests`; they find the binary through ROLEFIT_BINARY
# (Tests/RoleFitEndToEndTests/Import/RolefitProcess.swift), and the old binary runs on its own commit's
# QuestionBanks (ROLEFIT_TEST_BANKS), which it can read. Per-test results and logs go to
# .build/regress-old/. Exits 0 when every test passes on the new binary, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ]; then
    echo "usage: scripts/regress-old.sh COMMIT [SUITE...]" >&2
    exit 64
fi
commit=$(git rev-parse --verify --quiet "$1^{commit}") || { echo "regress-old: '$1' is not a commit" >&2; exit 64; }
shift
suites=("$@")
if [ ${#suites[@]} -eq 0 ]; then
    suites=(DurationBoundsEndToEndTests ResultRangeEndToEndTests SessionLockEndToEndTests SignalEndToEndTests
        ValidatorEndToEndTests ConsoleEndToEndTests ImportMemoryEndToEndTests)
fi
short=${commit:0:7}
tree=${REGRESS_TREE:-/tmp/rolefit-regress-$short}
out=.build/regress-old
mkdir -p "$out"

if [ ! -d "$tree" ]; then git worktree add --detach "$tree" "$commit" >&2; fi
cleanup() { if [ "${KEEP_TREE:-}" != 1 ]; then git worktree remove --force "$tree" >&2 || true; fi; }
trap cleanup EXIT
(cd "$tree" && ROLEFIT_NO_POSTGRES=1 swift build --product rolefit >&2)
old="$tree/.build/debug/rolefit"
new="$PWD/.build/debug/rolefit"
ROLEFIT_NO_POSTGRES=1 swift build --build-tests >&2

# One line per test: "SUITE<TAB>TEST<TAB>passed|failed<TAB>first issue", from swift-testing's result lines.
results() {
    local log=$1 suite=$2
    sed -n -E 's/^.*Test ("[^"]*"|[^ ]+)( with [0-9]+ test cases?)? (passed|failed) after.*$/\1\t\3/p' "$log" |
        while IFS=$'\t' read -r test verdict; do
            issue=""
            if [ "$verdict" = failed ]; then
                issue=$(grep -F "Test $test" "$log" | grep "recorded an issue" | head -1 |
                    sed -E 's/^.*recorded an issue[^:]*:[0-9]+:[0-9]+: //' | tr '|' '/' | cut -c1-140 || true)
            fi
            printf '%s\t%s\t%s\t%s\n' "$suite" "$test" "$verdict" "$issue"
        done
}
: >"$out/old.tsv"
: >"$out/new.tsv"
# Tests that must not run against the old binary: outputTargets asks it to replace /dev/null with
# `--output /dev/null --force`, which the old binary does (the defect), breaking /dev/null for the whole
# machine when run as root.
unsafe_on_old='outputTargets'
check_dev_null() {
    if [ ! -c /dev/null ]; then
        echo "regress-old: /dev/null is no longer a device after $1; restore it (as root: rm /dev/null; mknod -m 666 /dev/null c 1 3)" >&2
        exit 2
    fi
}
for suite in "${suites[@]}"; do
    for which in old new; do
        binary=$old banks=$tree/QuestionBanks skip=()
        [ $which = new ] && binary=$new banks=$PWD/QuestionBanks
        [ $which = old ] && skip=(--skip "$unsafe_on_old")
        ROLEFIT_BINARY=$binary ROLEFIT_TEST_BANKS=$banks ROLEFIT_NO_POSTGRES=1 swift test --skip-build \
            --filter "RoleFitEndToEndTests.$suite" "${skip[@]}" >"$out/$which-$suite.log" 2>&1 || true
        check_dev_null "$which $suite"
        results "$out/$which-$suite.log" "$suite" >>"$out/$which.tsv"
    done
done

echo "| suite | test | old ($short) | new ($(git rev-parse --short HEAD)) | first issue on the old binary |"
echo "|---|---|---|---|---|"
status=0
while IFS=$'\t' read -r suite test verdict _; do
    before=$(awk -F'\t' -v s="$suite" -v t="$test" '$1 == s && $2 == t { print $3 }' "$out/old.tsv" | head -1)
    why=$(awk -F'\t' -v s="$suite" -v t="$test" '$1 == s && $2 == t { print $4 }' "$out/old.tsv" | head -1)
    echo "| $suite | $test | ${before:-not run (unsafe on the old binary)} | $verdict | $why |"
    [ "$verdict" = passed ] || status=1
done <"$out/new.tsv"
exit $status
