#!/usr/bin/env bash
# Reproduces every figure of docs/validity.md: builds the release binary, runs each
# `rolefit simulate` command of the document on the shipped banks (10,000 simulees, seed 1 unless
# the row says otherwise) and prints one summary row per command; the full JSON of each run is
# kept in OUT_DIR. Takes 20–40 minutes on 2 cores, depending on load. Usage: scripts/validity-figures.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/validity}"
mkdir -p "$out"
command -v jq >/dev/null || { echo "error: jq is needed to summarise the JSON" >&2; exit 1; }
swift build -c release --product rolefit >&2
bin=.build/release/rolefit
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

variant="$(mktemp -d)"
trap 'rm -rf "$variant"' EXIT
cp -r QuestionBanks/. "$variant/"
cp docs/validity/concentrated-catalogue.yaml "$variant/catalogue.yaml"

printf 'row\tagree+hyb\tagree\ttruth+hyb\thybrids\tECE\tECE(truth)\tmean\tp90\tat max\tmax exp\tnever used\toverlap\tskills-only full bank\twall s\tcommand\n'
row() { # row NAME ARGS... : one simulation, one summary line
    local name="$1"; shift
    [[ " $* " == *" --seed "* ]] || set -- --seed 1 "$@"
    "$bin" simulate --simulees 10000 "$@" --json > "$out/$name.json"
    jq -r --arg name "$name" --arg args "$*" '[$name,
        (.agreement_full_bank_with_hybrid*1000|round/1000), (.agreement_full_bank*1000|round/1000),
        (.agreement_truth_with_hybrid*1000|round/1000), (.hybrid_share*1000|round/1000),
        (.ece*10000|round/10000), (.ece_truth*10000|round/10000), (.mean_length*100|round/100), .p90_length,
        (.max_length_share*1000|round/1000), (.max_exposure*1000|round/1000), (.never_used_share*1000|round/1000),
        (.overlap_rate*1000|round/1000), (.full_bank_capability_truth*1000|round/1000), (.wall_s*10|round/10),
        "rolefit simulate --simulees 10000 " + $args] | @tsv' "$out/$name.json"
}

row defaults
row seed-2 --seed 2
row previous-defaults --min-items 12 --content-threshold 0.10 --top-two 0.95 --randomesque 3
row coverage-0.10 --content-threshold 0.10
row coverage-0.15 --content-threshold 0.15
row no-coverage --content-minimum 0
row min-8 --min-items 8
row min-12 --min-items 12
row top-two-0.95 --top-two 0.95
row confidence-0.85 --confidence 0.85
row confidence-0.95 --confidence 0.95
row randomesque-3 --randomesque 3
row randomesque-12 --randomesque 12
row keyed-0.40 --keyed-hit 0.40
row keyed-0.40-engine-0.40 --keyed-hit 0.40 --engine-keyed-hit 0.40
row true-self-0.3 --true-self-correlation 0.3
row true-self-0.3-engine-0.3 --true-self-correlation 0.3 --self-correlation 0.3
row engine-self-0.7 --self-correlation 0.7
row info --selection info
row random --selection random
row concentrated-weights --banks "$variant"

compare() { # compare NAME ARGS... : dec, info and random side by side
    local name="$1"; shift
    "$bin" simulate --simulees 10000 --seed 1 --compare "$@" --json > "$out/$name.json"
    echo "rolefit simulate --simulees 10000 --seed 1 --compare $*"
    jq -r '.rows[] | [.selection, (.agreement_at["10"], .agreement_at["20"], .agreement_at["30"], .agreement_at["40"]
        | .*1000|round/1000), (.mean_length*10|round/10), .p90_length,
        (.agreement_full_bank_with_hybrid*1000|round/1000), (.hybrid_share*1000|round/1000)] | @tsv' "$out/$name.json"
    jq -r '"DEC matches random order at \(.lengths|max) items after \(.dec_items_to_match_random) items (saving \(.dec_saving*1000|round/10)%); wall \(.wall_s*10|round/10) s"' "$out/$name.json"
}
compare compare
compare compare-keyed-0.40 --keyed-hit 0.40
