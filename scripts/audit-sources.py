#!/usr/bin/env python3
"""Keeps the issue-16 audit true: fails when Sources gains a case that was not reviewed.

    scripts/audit-sources.py [ROOT]        check ROOT/Sources (default: the package root)
    scripts/audit-sources.py --self-test   plant one case per rule in a copy of Sources and show each fails

Rules (the fuzz harnesses, Sources/Fuzz*, are test drivers and are not checked):
  try!      no `try!` anywhere.
  try?      no `try?` whose expression writes, removes, moves, creates, syncs, locks or closes something
            (a failure there must be handled or reported, not dropped).
  int       no conversion of a floating-point value to an integer type (`Int(x.rounded())`, `Int(Double…)`,
            `Int(…seconds…)`…) outside Support/SessionDuration.swift, which is the one bounded mechanism
            for durations; `Int(exactly:)`, `Int(clamping:)`, `truncatingIfNeeded:` and `bitPattern:`
            never trap and are allowed.
  duration  no arithmetic on a `TimeInterval`/`timeIntervalSince` value converted to an integer, nor
            `Int` arithmetic on whole seconds that did not come from SessionDuration.

A finding passes only when scripts/audit-allow.txt lists it (rule, file, a fragment of the line, the
reason it is safe). Exit 0 when every finding is listed, 1 otherwise (each unlisted finding is printed
with its file and line), 64 on usage errors.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE = os.path.dirname(HERE)
ALLOW = os.path.join(HERE, "audit-allow.txt")

TRY_BANG = re.compile(r"\btry!")
TRY_QUESTION_WRITE = re.compile(
    r"\btry\?\s*[^\n]*?\b(write|append|create|remove|move|copy|replace|discard|truncate|rename|sync|fsync|"
    r"setAttributes|close|unlock|lock|flush|save|insert|delete|update|query|execute)\w*\s*\("
)
# An integer conversion, not one of the forms that never trap.
INT_CONVERSION = re.compile(r"\bU?Int(?:8|16|32|64)?\((?!exactly:|clamping:|truncatingIfNeeded:|bitPattern:|ascii:)")
FLOATING = re.compile(
    r"\.rounded\(|\brounded\b|\bDouble\(|\bFloat\(|\bfloor\(|\bceil\(|\btrunc\(|squareRoot|timeInterval|"
    r"TimeInterval|\bseconds\b|Seconds\b|timeLimit|duration"
)
DURATION_ARITHMETIC = re.compile(r"(timeIntervalSince|TimeInterval)[^\n]*\bInt\(|\bInt\([^\n]*(timeIntervalSince|TimeInterval)")


def allow_list():
    entries = []
    with open(ALLOW, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            parts = [part.strip() for part in line.split(" | ")]
            if len(parts) != 4 or not all(parts):
                sys.exit(f"{ALLOW}:{number}: expected 'rule | file | fragment | reason'")
            entries.append({"rule": parts[0], "file": parts[1], "fragment": parts[2], "line": number, "used": False})
    return entries


def strip_comment(line):
    """The code of a line without a trailing // comment (strings holding // are rare enough here)."""
    index = line.find("//")
    return line if index < 0 else line[:index]


def findings(root):
    sources = os.path.join(root, "Sources")
    for folder, _, names in sorted(os.walk(sources)):
        relative_folder = os.path.relpath(folder, root)
        if relative_folder.split(os.sep)[1:2] and relative_folder.split(os.sep)[1].startswith("Fuzz"):
            continue
        for name in sorted(names):
            if not name.endswith(".swift"):
                continue
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, root)
            with open(path, encoding="utf-8") as handle:
                for number, raw in enumerate(handle, 1):
                    code = strip_comment(raw.rstrip("\n"))
                    if code.lstrip().startswith("///"):
                        continue
                    if TRY_BANG.search(code):
                        yield "try!", relative, number, code
                    if TRY_QUESTION_WRITE.search(code):
                        yield "try?", relative, number, code
                    if relative.endswith("Support/SessionDuration.swift"):
                        continue
                    for match in INT_CONVERSION.finditer(code):
                        if FLOATING.search(code[match.end():]):
                            yield "int", relative, number, code
                            break
                    if DURATION_ARITHMETIC.search(code):
                        yield "duration", relative, number, code


def check(root):
    entries = allow_list()
    unlisted = []
    count = 0
    for rule, relative, number, code in findings(root):
        count += 1
        match = next(
            (e for e in entries if e["rule"] == rule and e["file"] == relative and e["fragment"] in code and rule != "try!"),
            None,
        )
        if match:
            match["used"] = True
        else:
            unlisted.append(f"{relative}:{number}: [{rule}] {code.strip()}")
    for entry in entries:
        if not entry["used"]:
            print(f"note: {ALLOW}:{entry['line']}: allow-list entry no longer matches anything ({entry['file']})")
    if unlisted:
        print("audit: unreviewed cases in Sources (fix them, or list them with the reason they are safe in scripts/audit-allow.txt):")
        for line in unlisted:
            print("  " + line)
        return 1
    print(f"audit: {count} reviewed cases in Sources, all on the allow-list; no try!, no try? on a write, no unchecked Double→Int")
    return 0


PLANTED = {
    "try!": "let planted = try! String(contentsOfFile: \"/nonexistent\", encoding: .utf8)\n",
    "try?": "func plantedWrite() { try? Data().write(to: URL(fileURLWithPath: \"/tmp/x\")) }\n",
    "int": "func plantedSeconds(_ seconds: Double) -> Int { Int(seconds.rounded()) }\n",
    "duration": "func plantedAge(_ start: Date) -> Int { Int(Date().timeIntervalSince(start)) * 1000 }\n",
}


def self_test():
    """Copies Sources, plants one case per rule, and expects the check to fail naming it (and pass without it)."""
    failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        shutil.copytree(os.path.join(PACKAGE, "Sources"), os.path.join(scratch, "Sources"))
        clean = subprocess.run([sys.executable, __file__, scratch], capture_output=True, text=True)
        if clean.returncode != 0:
            print("self-test: the unplanted copy fails:\n" + clean.stdout)
            return 1
        planted_file = os.path.join(scratch, "Sources", "RoleFitCore", "Support", "PlantedCase.swift")
        for rule, code in PLANTED.items():
            with open(planted_file, "w", encoding="utf-8") as handle:
                handle.write("import Foundation\n" + code)
            run = subprocess.run([sys.executable, __file__, scratch], capture_output=True, text=True)
            named = f"PlantedCase.swift:2: [{rule}]" in run.stdout
            print(f"self-test: planted {rule:8} → exit {run.returncode}{', named' if named else ', NOT named'}")
            if run.returncode != 1 or not named:
                failures += 1
                print(run.stdout)
    return 1 if failures else 0


def main(arguments):
    if arguments == ["--self-test"]:
        return self_test()
    if len(arguments) > 1 or (arguments and arguments[0].startswith("-")):
        print("usage: scripts/audit-sources.py [ROOT] | --self-test", file=sys.stderr)
        return 64
    return check(arguments[0] if arguments else PACKAGE)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
