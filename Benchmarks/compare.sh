#!/usr/bin/env bash
# Runs `rolefit bench cat` (release build, one thread) beside the numpy rows of the shared
# Python benchmark (run_peers.py --libs numpy-batched,numpy-ref) in the same run, and prints
# the speed ratio. Needs python3 with numpy. Usage: Benchmarks/compare.sh [WORKLOAD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
workload="${1:-../shared/bench/cat}"
if [[ ! -f "$workload/run_peers.py" || ! -f "$workload/workload.json" ]]; then
    echo "error: no CAT workload at $workload; pass the folder holding workload.json and run_peers.py" >&2
    exit 1
fi
if ! python3 -c "import numpy" 2>/dev/null; then
    echo "error: python3 cannot import numpy; install it (pip install numpy) and run again" >&2
    exit 1
fi

swift build -c release --product rolefit >&2
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
.build/release/rolefit bench cat --workload "$workload" --json > "$out/swift-1.json"
python3 "$workload/run_peers.py" --libs numpy-batched,numpy-ref --out "$out/peers" > "$out/peers.log"
.build/release/rolefit bench cat --workload "$workload" --json > "$out/swift-2.json"

python3 - "$out" <<'PY'
import json, statistics, sys, os
out = sys.argv[1]
swift = [json.load(open(os.path.join(out, f"swift-{i}.json"))) for i in (1, 2)]
peers = json.load(open(os.path.join(out, "peers", "summary.json")))["rows"]
print(f"{'row':<22}{'n':>6}{'RMSE':>8}{'us/step':>10}{'wall s':>9}  same sequences   max|dθ|")
for i, s in enumerate(swift, 1):
    print(f"{'rolefit (run %d)' % i:<22}{s['simulees']:>6}{s['rmse']:>8.4f}{s['us_per_step']:>10.3f}{s['wall_s']:>9.4f}"
          f"  {s['same_sequences']}/{s['reference_simulees']:<13}{s['max_abs_dtheta']:.1e}")
for name in ("numpy-ref", "numpy-batched"):
    r = peers[name]
    print(f"{name:<22}{r['n']:>6}{r['rmse']:>8.4f}{r['us_per_step']:>10.3f}{r['wall_s']:>9.4f}"
          f"  {r.get('same_items_as_ref', '-'):<16}"
          + (f"{r['max_abs_dtheta_vs_ref']:.1e}" if 'max_abs_dtheta_vs_ref' in r else "-"))
print("(rolefit is compared with results/numpy-ref.csv, which stores 10 decimals: 5e-11 is its resolution)")
ours = statistics.mean(s["us_per_step"] for s in swift)
for name in ("numpy-batched", "numpy-ref"):
    print(f"speed-up vs {name}: {peers[name]['us_per_step'] / ours:.1f}x "
          f"({peers[name]['us_per_step']:.3f} us/step vs rolefit {ours:.3f} us/step, mean of 2 runs)")
PY
