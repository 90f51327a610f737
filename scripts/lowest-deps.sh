#!/usr/bin/env bash
# Prove the dependency floors in pyproject.toml: install the lowest allowed version of
# every direct dependency into a fresh venv (no setuptools, so nothing may lean on
# pkg_resources) and run every command once on the bundled example (scripts/smoke.sh).
# uv comes from PyPI into that venv; pip cannot resolve "lowest versions".
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv-lowest}
rm -rf "$VENV"
python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet uv
"$VENV/bin/python" -m uv pip uninstall --quiet --python "$VENV/bin/python" setuptools 2>/dev/null || true
"$VENV/bin/python" -m uv pip install --quiet --python "$VENV/bin/python" \
  --resolution lowest-direct .
# Each direct dependency must get exactly its floor: a floor that another package's
# requirement lifts (babel 2.14 under trafilatura 2.0, ...) is a floor that was never true.
"$VENV/bin/python" - <<'PY'
import importlib.metadata as md, re, sys, tomllib
deps = tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]
bad = 0
print("lowest allowed versions of the direct dependencies:")
for spec in deps:
    name = re.split(r"[<>=!~ \[;]", spec)[0]
    floor = re.search(r">=\s*([\w.]+)", spec).group(1)
    got = md.version(name)
    def key(v):
        return ([int(x) for x in re.findall(r"\d+", v)] + [0, 0, 0])[:3]
    same = key(got) == key(floor)
    print(f"  {name:<18} {got:<10} {'' if same else f'<- floor {floor} is not installable'}")
    bad += not same
sys.exit(1 if bad else 0)
PY
bash scripts/smoke.sh "$VENV/bin"
