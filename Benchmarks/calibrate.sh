#!/usr/bin/env bash
# Times `rolefit calibrate` (release build) and the numpy reference (bock_aitkin_ref.py, one BLAS
# thread as in run_peers.py) on the four datasets of the shared calibration workload in the same run,
# alternating the two (R, N, R, N) and keeping each one's best of 2 fit times, then prints the ratios,
# compare.py's verdict on RoleFit's estimates, and the fastest peer row of RESULTS.md for reference.
# Needs python3 with numpy. Usage: Benchmarks/calibrate.sh [WORKLOAD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
workload="${1:-../shared/bench/calibrate}"
if [[ ! -f "$workload/bock_aitkin_ref.py" || ! -f "$workload/compare.py" ]]; then
    echo "skipped: no calibration workload at $workload (clone the shared files beside the package or pass its folder)"
    exit 0
fi
if ! python3 -c "import numpy" 2>/dev/null; then
    echo "error: python3 cannot import numpy; install it (pip install numpy) and run again" >&2
    exit 1
fi
workload="$(cd "$workload" && pwd)"
swift build -c release --product rolefit >&2
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}" OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}" MKL_NUM_THREADS="${MKL_NUM_THREADS:-1}"

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(grep -c ^processor /proc/cpuinfo) cores, load at start $(cut -d' ' -f1-3 /proc/loadavg)"
for dataset in 2pl-small 2pl-large grm sparse; do
    model=2pl
    [[ $dataset == grm ]] && model=grm
    for round in 1 2; do
        .build/release/rolefit calibrate --responses "$workload/data/$dataset/responses.csv" --model "$model" \
            --no-standard-errors --force --output "$out/$dataset.csv" --json > "$out/rolefit-$dataset-$round.json"
        python3 - "$workload" "$dataset" > "$out/numpy-$dataset-$round.json" <<'PY'
import json, sys, time
sys.path.insert(0, sys.argv[1])
import bock_aitkin_ref as ref
from run_peers import N_CATEGORIES, load
dataset = sys.argv[2]
R, _, _ = load(dataset)
K = N_CATEGORIES[dataset]
start = time.perf_counter()
res = ref.fit_2pl(R) if K == 2 else ref.fit_grm(R, K)
seconds = time.perf_counter() - start
print(json.dumps({"fit_seconds": seconds, "cycles": res["cycles"], "max_score": res["max_abs_score"]}))
PY
    done
    (cd "$workload" && python3 compare.py "$dataset" "$out/$dataset.csv" > "$out/compare-$dataset.txt" || true)
done
echo "load at end $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$out" "$workload" <<'PY'
import json, os, sys
out, workload = sys.argv[1], sys.argv[2]
def best(prefix, dataset):
    runs = [json.load(open(os.path.join(out, f"{prefix}-{dataset}-{r}.json"))) for r in (1, 2)]
    return min(runs, key=lambda run: run["fit_seconds"]), runs
peers = {}
for name in ("summary.json", "rerun-summary.json"):
    path = os.path.join(workload, "results", name)
    if os.path.exists(path):
        for dataset, facts in json.load(open(path))["datasets"].items():
            for row, values in facts["rows"].items():
                peers.setdefault(dataset, {}).setdefault(row, []).append(values["best_wall_s"])
print(f"{'dataset':<10}{'rolefit s':>10}{'cpu s':>8}{'cycles':>7}{'max|score|':>11}{'numpy-ref s':>12}{'cycles':>7}"
      f"{'ratio':>8}  {'fastest peer row (RESULTS.md)':<30}{'ratio':>7}  verdict")
for dataset in ("2pl-small", "2pl-large", "grm", "sparse"):
    ours, our_runs = best("rolefit", dataset)
    ref, _ = best("numpy", dataset)
    verdict_lines = open(os.path.join(out, f"compare-{dataset}.txt")).read().splitlines()
    verdict = next((l.split(":", 1)[1].split("(")[0].strip() for l in verdict_lines if l.startswith("verdict")), "compare.py failed")
    delta = next((l.split(":", 1)[1].strip() for l in verdict_lines if l.startswith("vs reference")), "")
    rows = {row: sum(v) / len(v) for row, v in peers.get(dataset, {}).items()}
    fastest = min(rows.items(), key=lambda kv: kv[1]) if rows else ("-", float("nan"))
    print(f"{dataset:<10}{ours['fit_seconds']:>10.3f}{ours['fit_cpu_seconds']:>8.3f}{ours['cycles']:>7}{ours['max_score']:>11.1e}"
          f"{ref['fit_seconds']:>12.3f}{ref['cycles']:>7}{ref['fit_seconds'] / ours['fit_seconds']:>7.1f}x  "
          f"{fastest[0] + ' %.3f s' % fastest[1]:<30}{fastest[1] / ours['fit_seconds']:>6.1f}x  {verdict}")
    print(f"{'':<10}rolefit runs {', '.join('%.3f' % r['fit_seconds'] for r in our_runs)} s; {delta}")
print("times are best of 2 wall-clock fits (parsing excluded); ratios are numpy-ref (or the peer row) over rolefit;")
print("peer rows are RESULTS.md's (mean of its two runs' best of 2, measured earlier under load 4.8-5.8), not this run.")
PY
