#!/usr/bin/env bash
# Times loading and validating a generated 10,000-item bank with the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product rolefit >/dev/null
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp Tests/RoleFitCoreTests/Fixtures/Banks/catalogue.yaml "$dir/"
python3 - "$dir/generated.yaml" <<'PY'
import sys
areas = ["schedule-time", "market-customer", "technical-risk"]
out = ["format: rolefit-bank/1", "id: generated", "title: Generated", "items:"]
for i in range(10000):
    out += [f"  - id: g-{i}", f"    area: {areas[i % 3]}", f"    prompt: \"Generated question number {i}?\"", "    explanation: Generated."]
    k = i % 4
    if k == 0:
        out += ["    kind: single-choice", "    difficulty: easy", "    options:", "      - text: Right", "        correct: true", "      - text: Wrong", "      - text: Also wrong"]
    elif k == 1:
        out += ["    kind: graded-scenario", "    irt: {a: 1.1, steps: [-0.5, 0.2, 0.9]}", "    options:", "      - {text: Best, score: 3}", "      - {text: Good, score: 2}", "      - {text: Weak, score: 1}", "      - {text: Poor, score: 0}"]
    elif k == 2:
        out += ["    kind: self-rating", f"    reverse: {'true' if i % 8 == 2 else 'false'}", "    difficulty: hard"]
    else:
        out += ["    kind: role-keyed", "    options:", "      - {text: Plan, roles: [project]}", "      - {text: Customers, roles: [product]}", "      - {text: Systems, roles: [tpm]}"]
open(sys.argv[1], "w").write("\n".join(out) + "\n")
PY
echo "generated bank: $(wc -c < "$dir/generated.yaml") bytes, 10,000 items"
python3 - "$dir" <<'PY'
import subprocess, sys, time
times = []
for _ in range(5):
    start = time.perf_counter()
    subprocess.run([".build/release/rolefit", "banks", "validate", sys.argv[1]], check=True, stderr=subprocess.DEVNULL)
    times.append(time.perf_counter() - start)
print(f"rolefit banks validate (release, whole process): best {min(times)*1000:.0f} ms, median {sorted(times)[2]*1000:.0f} ms of 5 runs")
PY
