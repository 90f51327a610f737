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
echo "lowest allowed versions of the direct dependencies:"
names=$("$VENV/bin/python" -c 'import re, tomllib
deps = tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]
print("|".join(re.split(r"[<>=!~ \[;]", d)[0].lower().replace("_", "-") for d in deps))')
"$VENV/bin/python" -m uv pip list --python "$VENV/bin/python" 2>/dev/null \
  | grep -i -E "^($names) " | sed 's/^/  /'
bash scripts/smoke.sh "$VENV/bin"
