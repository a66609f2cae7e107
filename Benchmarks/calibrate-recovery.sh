#!/usr/bin/env bash
# Parameter recovery (not a timing test): R replications (default 50) of a 20-item 2PL with N = 1,000
# people. Each replication draws a ~ lognormal(0, 0.25), b ~ N(0, 1), θ ~ N(0, 1) (numpy, seeded by
# replication), then fits the same responses with `rolefit calibrate` and with the numpy reference
# (bock_aitkin_ref.fit_2pl), and pools RMSE(a) and RMSE(b) against the truth over all replications.
# Passes when RoleFit's RMSEs are within 5% of numpy-ref's. Usage: Benchmarks/calibrate-recovery.sh [R] [WORKLOAD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
replications="${1:-50}"
workload="${2:-../shared/bench/calibrate}"
if [[ ! -f "$workload/bock_aitkin_ref.py" ]]; then
    echo "skipped: no calibration workload at $workload (it holds the numpy reference this study compares with)"
    exit 0
fi
workload="$(cd "$workload" && pwd)"
swift build -c release --product rolefit >&2
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
export OPENBLAS_NUM_THREADS=1
python3 - "$workload" "$out" "$replications" "$PWD/.build/release/rolefit" <<'PY'
import os, subprocess, sys
import numpy as np
workload, out, replications, rolefit = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
sys.path.insert(0, workload)
import bock_aitkin_ref as ref
J, N = 20, 1000
errors = {"rolefit": ([], []), "numpy-ref": ([], [])}
largest_gap = 0.0
for r in range(replications):
    rng = np.random.default_rng([20261201, r])
    a = np.round(rng.lognormal(0.0, 0.25, J), 4)
    b = np.round(rng.normal(0.0, 1.0, J), 4)
    theta = rng.normal(0.0, 1.0, N)
    X = (rng.random((N, J)) < 1 / (1 + np.exp(-a * (theta[:, None] - b)))).astype(int)
    path = os.path.join(out, f"rep{r}.csv")
    with open(path, "w") as f:
        f.write("id," + ",".join(f"i{j}" for j in range(J)) + "\n")
        for i in range(N):
            f.write(f"{i}," + ",".join(map(str, X[i])) + "\n")
    estimates = os.path.join(out, f"rep{r}-est.csv")
    subprocess.run([rolefit, "calibrate", "--responses", path, "--model", "2pl", "--no-standard-errors",
                    "--force", "--output", estimates], check=True, stdout=subprocess.DEVNULL)
    mine = np.loadtxt(estimates, delimiter=",", skiprows=1, ndmin=2)
    theirs = ref.fit_2pl(X.astype(float))
    for name, (ea, eb) in (("rolefit", (mine[:, 1], mine[:, 2])), ("numpy-ref", (theirs["a"], theirs["b"]))):
        errors[name][0].extend(ea - a)
        errors[name][1].extend(eb - b)
    largest_gap = max(largest_gap, float(np.max(np.abs(mine[:, 1] - theirs["a"]))), float(np.max(np.abs(mine[:, 2] - theirs["b"]))))
rmse = {name: tuple(float(np.sqrt(np.mean(np.square(e)))) for e in pair) for name, pair in errors.items()}
print(f"population: {replications} replications x {N} simulees, 20-item 2PL, a ~ lognormal(0, 0.25), b ~ N(0, 1), theta ~ N(0, 1)")
for name, (ra, rb) in rmse.items():
    print(f"{name:<10} RMSE(a) {ra:.4f}  RMSE(b) {rb:.4f}")
ratio_a, ratio_b = rmse["rolefit"][0] / rmse["numpy-ref"][0], rmse["rolefit"][1] / rmse["numpy-ref"][1]
print(f"ratio rolefit/numpy-ref: a {ratio_a:.4f}  b {ratio_b:.4f}; largest |estimate difference| {largest_gap:.1e}")
ok = abs(ratio_a - 1) <= 0.05 and abs(ratio_b - 1) <= 0.05
print("verdict: " + ("WITHIN 5% of numpy-ref" if ok else "NOT within 5% of numpy-ref"))
sys.exit(0 if ok else 1)
PY
