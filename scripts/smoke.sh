#!/usr/bin/env bash
# Run every summarizer command once on the bundled example, with the summarizer found
# in $1 (a venv's bin folder). Any exit status other than the expected one fails.
# Used by .ci/run on the venv holding the lowest allowed versions of the dependencies.
set -uo pipefail
BIN=$(cd "${1:?usage: smoke.sh VENV_BIN}" && pwd)
cd "$(dirname "$0")/.."
SEEDS=${SEEDS:-../shared/seeds}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r examples/ketamine-depression "$work/example"
ex="$work/example"
# The example's source paths are relative to the repository's examples/ folder.
sed -i "s#\.\./\.\./\.\./shared/seeds#$(cd "$SEEDS" && pwd)#g" "$ex/handout.toml"
# Sources outside a handout folder are read only from a library folder (README): name the
# seeds in a config file of this run's own, never the user's.
printf 'library = ["%s"]\n' "$(cd "$SEEDS" && pwd)" > "$work/summarizer.toml"
export SUMMARIZER_CONFIG="$work/summarizer.toml"
# An HTML source: trafilatura and lxml_html_clean must load it.
{ echo '<html><head><title>Ketamine</title></head><body><nav>Home | News</nav><article>'
  echo '<h1>Ketamine for depression</h1>'
  sed -n '1,40p' "$SEEDS/002_7f7951ef72781818.txt" | sed 's#.*#<p>&</p>#'
  echo '</article><footer>Share this</footer></body></html>'; } > "$work/article.html"
head -c 3000 "$SEEDS/002_7f7951ef72781818.txt" > "$work/draft.txt"

fail=0
run() {  # run EXPECTED_STATUS... -- ARGS: the command must exit with one of the statuses
  local ok=() ; while [ "$1" != -- ]; do ok+=("$1"); shift; done; shift
  local out; out=$("$BIN/summarizer" "$@" 2>&1 >/dev/null); local rc=$?
  if [[ " ${ok[*]} " == *" $rc "* ]] && ! grep -q -E "internal error|Traceback" <<<"$out"; then
    echo "ok    summarizer $*"
  else
    echo "FAIL  summarizer $* (exit $rc)"; echo "$out" | tail -5 | sed 's/^/      /'; fail=1
  fi
}
run 0 -- --version
run 0 -- new "$work/new" --sources "$SEEDS" --locale en --locale es
run 0 -- add-source "$work/new" "$work/article.html"
run 0 -- claims "$SEEDS"
run 0 -- claims "$work/article.html"
run 0 -- disclaimers "$SEEDS"
run 0 -- readability "$work/draft.txt"
run 0 -- readability "$work/draft.txt" --lang es --json
run 0 -- check "$ex"
run 0 -- verify "$ex"
run 0 -- translations status "$ex"
run 0 -- translations update "$ex"
run 0 -- translations compile "$ex"
run 0 -- export "$ex" --locale en -o "$work/out"
run 0 -- export "$ex" --locale en --locale es -o "$work/out" --jobs 2
# Sources: the exported PDF read back as a source (pypdfium2), the example's sources moved
# inside its folder, which then verifies from elsewhere.
run 0 -- claims "$work/out/ketamine-depression.en.pdf"
run 0 -- add-source "$ex" --move-in
mv "$ex" "$work/moved" && ex="$work/moved"
run 0 -- verify "$ex"
# The editor: import it and open the example headless, then quit.
if (cd "$work" && "$BIN/python" - "$ex") <<'PY'
import asyncio, sys
from summarizer.handout_file import load_handout
from summarizer.tui.app import EditorApp
async def main() -> None:
    app = EditorApp(load_handout(sys.argv[1]))
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
asyncio.run(main())
PY
then echo "ok    editor opens headless"; else echo "FAIL  editor"; fail=1; fi
exit $fail
