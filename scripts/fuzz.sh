#!/usr/bin/env bash
# Fuzzes one of RoleFit's input readers with libFuzzer.
#   scripts/fuzz.sh TARGET SECONDS     TARGET: FuzzBankLoader FuzzGiftImport FuzzAikenImport FuzzResultReader FuzzJournalReader
#                                              FuzzSessionInput FuzzResultRanges
#                                      (or `all`: each target for SECONDS)
# Builds the target (release, --sanitize=fuzzer, in .build-fuzz), runs it for SECONDS on a corpus in
# .build-fuzz/corpus/TARGET seeded from the test fixtures and Fuzz/Seeds/TARGET, and appends the
# executions to .build-fuzz/executions.log and to the committed Fuzz/executions.log. A crash leaves its input in .build-fuzz/crashes/TARGET/
# and makes the script exit non-zero; replay it with `.build-fuzz/release/TARGET FILE`.
# FUZZ_SKIP_BUILD=1 runs the binary already in .build-fuzz (for long campaigns while the sources change).
# FUZZ_TIMEOUT=S sets libFuzzer's per-input limit (default 10 s); raise it for a `nice -n 19` campaign beside
# builds, where a starved process can take longer than 10 s on an input that runs in milliseconds alone.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(FuzzBankLoader FuzzGiftImport FuzzAikenImport FuzzResultReader FuzzJournalReader FuzzSessionInput FuzzResultRanges)
if [ $# -ne 2 ] || ! [[ "$2" =~ ^[0-9]+$ ]]; then
    echo "usage: scripts/fuzz.sh TARGET|all SECONDS   (targets: ${targets[*]})" >&2
    exit 64
fi
seconds=$2
scratch=.build-fuzz
fixtures=Tests/RoleFitCoreTests/Fixtures

build() {
    ROLEFIT_FUZZ=1 ROLEFIT_NO_POSTGRES=1 timeout 1800 swift build -c release --scratch-path "$scratch" --product "$1" --sanitize=fuzzer
}

fuzz() {
    local target=$1 seeds=() max_len=16384
    case "$target" in
        FuzzBankLoader) seeds=("$fixtures/Banks" "$fixtures/BadBanks" "$fixtures/BadCatalogue") ;;
        FuzzGiftImport) seeds=("$fixtures/Import/constructs.gift") ;;
        FuzzAikenImport) seeds=("$fixtures/Import/constructs.aiken") ;;
        FuzzResultReader) max_len=32768 ;;
        FuzzJournalReader) ;;
        FuzzSessionInput) max_len=4096 ;;
        FuzzResultRanges) max_len=900 ;;
        *) echo "unknown target '$target'; choose one of ${targets[*]}" >&2; exit 64 ;;
    esac
    [ -d "Fuzz/Seeds/$target" ] && seeds+=("Fuzz/Seeds/$target")
    if [ "${FUZZ_SKIP_BUILD:-}" != 1 ] || ! [ -x "$scratch/release/$target" ]; then build "$target" >&2; fi
    local corpus="$scratch/corpus/$target" crashes="$scratch/crashes/$target" log="$scratch/logs/$target.log"
    mkdir -p "$corpus" "$crashes" "$scratch/logs"
    # Seed files go into the corpus by copy (libFuzzer takes folders; single fixture files are copied).
    for seed in "${seeds[@]}"; do
        if [ -d "$seed" ]; then cp -n "$seed"/* "$corpus"/ 2>/dev/null || true; else cp -n "$seed" "$corpus"/; fi
    done
    local status=0
    timeout -k 10 $((seconds + 120)) "$scratch/release/$target" "$corpus" \
        -max_total_time="$seconds" -max_len="$max_len" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 \
        -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1 || status=$?
    local executions
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    # Appended to the working log and to the committed one (Fuzz/executions.log: one line per target per run).
    echo "$(date -u +%FT%TZ) $target ${seconds}s executions=${executions:-unknown} status=$status" | tee -a "$scratch/executions.log" Fuzz/executions.log
    if [ "$status" -ne 0 ]; then
        echo "$target: libFuzzer exited $status; the end of $log:" >&2
        tail -40 "$log" >&2
        ls -1 "$crashes" >&2
        return 1
    fi
}

if [ "$1" = all ]; then
    failed=0
    for target in "${targets[@]}"; do fuzz "$target" || failed=1; done
    exit $failed
fi
fuzz "$1"
