#!/usr/bin/env bash
# How often the item-fit test rejects items that follow the fitted model (its size): REPS replications of
# complete 2PL data (20 items × 1,000 simulees) and of sparse adaptive-like data (60 items × 4,000
# simulees, each answering the 15 items nearest a noisy θ guess), generated here with numpy from known
# parameters, fitted by `rolefit calibrate` (release). Prints the share of tested items with p < .05 and
# p < .01 (nominal: 0.05 and 0.01) and how many were flagged at the 5% false-discovery rate.
# Usage: Benchmarks/item-fit-null.sh [REPS]   (default 30; needs python3 with numpy)
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-30}"
python3 -c "import numpy" 2>/dev/null || { echo "error: python3 cannot import numpy; install it (pip install numpy)" >&2; exit 1; }
swift build -c release --product rolefit >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/generate.py" <<'PY'
import sys
import numpy as np
replication, people, design = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = np.random.default_rng(1000 + replication)
items = 60 if design == "sparse" else 20
a, b = rng.uniform(0.7, 1.9, items), rng.uniform(-1.8, 1.8, items)
theta = rng.standard_normal(people)
answers = (rng.random((people, items)) < 1 / (1 + np.exp(-a * (theta[:, None] - b)))).astype(int)
print("id," + ",".join(f"i{j}" for j in range(items)))
for person in range(people):
    shown = range(items)
    if design == "sparse":
        shown = set(np.argsort(np.abs(b - (theta[person] + rng.normal(0, 0.8))))[:15])
    print(f"p{person}," + ",".join(str(answers[person, j]) if j in shown else "" for j in range(items)))
PY
for design in complete sparse; do
    people=1000
    [[ $design == sparse ]] && people=4000
    for replication in $(seq 1 "$reps"); do
        python3 "$work/generate.py" "$replication" "$people" "$design" > "$work/responses.csv"
        .build/release/rolefit calibrate --responses "$work/responses.csv" --model 2pl --no-standard-errors --json |
            python3 -c '
import json, sys
fit = [item for item in json.load(sys.stdin)["item_fit"] if item.get("p") is not None]
print(len(fit), sum(i["p"] < 0.05 for i in fit), sum(i["p"] < 0.01 for i in fit), sum(i["flagged"] for i in fit))'
    done | awk -v design="$design" -v reps="$reps" '
        { tested += $1; five += $2; one += $3; flagged += $4 }
        END { printf "%-8s %d replications, %d items tested: p < .05 in %.3f, p < .01 in %.3f; flagged (BH 5%%) %d\n",
              design, reps, tested, five / tested, one / tested, flagged }'
done
