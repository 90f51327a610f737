"""Does summarizer find what an honest handout needs, and only that? Measured on a corpus.

The corpus (tests/data/corpus/, written for this project, see its README) holds articles
about other drugs and treatments, in English and Spanish, as plain text and as HTML,
each with a label file. This script reports, against the targets of issue 8:

  * precision and recall of each safety-notice kind (>= 0.9 each);
  * exact accuracy of the evidence level derived from the source (>= 0.9);
  * the share of deliberately unfaithful rewrites the gate blocks (100 %) and of
    faithful plain-language rewrites it blocks (<= 5 %);

and, beside them, the traps of issue 8 that are not rates: crisis contacts given once
per number, consent banners never proposed as claims, hype that is a name, "may" that
grants permission.

    .venv/bin/python benchmarks/honesty.py [--verbose] [--corpus DIR] [--notice-model FILE|off]

--corpus tests/data/heldout measures articles no rule was tuned on (no targets asserted).

tests/test_honesty_corpus.py asserts the same thresholds, so CI holds the line.

Notices are found by the rules and by the trained notice model
(summarizer/rulebook/models/notices.json); --notice-model off measures the rules alone,
--notice-model FILE another model. scripts/cv_notice_model.py measures, folder by folder,
a model trained without the folder it tests (leave-one-folder-out); its table and how to
read it are in benchmarks/README.md. Pooled over heldout3-9, corpus-fr, corpus-de
(session 7: trained also on tests/data/train1-4, written for it, with word stems and
negated words, per-kind threshold floors): the model alone finds 0.61-0.80 of each kind
on folders it never saw (session 6: 0.58-0.69; session 5: 0.41-0.47), precision
0.91-1.00. On heldout9 with its untouched rules (480eac3), rules vs rules + model:
regulatory recall 0.53 -> 0.60, supervision 0.57 -> 0.90, self-medication 0.69 -> 0.78,
side effects 0.64 -> 0.74, precision 0.76-0.95 (the false alarms mostly the rules').
Session 6, with the rules as they were before anyone tuned on the folder
(scripts/cv_untouched_rules.py), rules vs rules + model on heldout8: regulatory recall
0.53 -> 0.65, supervision 0.39 -> 0.61, self-medication 0.75 -> 0.95, side effects 0.63
-> 0.70 (session 5's model: 0.65, 0.50, 0.75, 0.70), precision 0.90 or more.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

from summarizer.model import CandidateDisclaimer, Span  # noqa: E402

CORPUS = REPO / "tests" / "data" / "corpus"
KINDS: tuple[str, ...] = (
    "crisis-line",
    "regulatory",
    "supervision",
    "self-medication",
    "side-effects",
)
NOTICE_TARGET = 0.9  # precision and recall, each kind
EVIDENCE_TARGET = 0.9  # exact level
UNFAITHFUL_BLOCKED_TARGET = 1.0
FAITHFUL_BLOCKED_MAX = 0.05


@dataclass
class Article:
    name: str
    path: Path
    labels: dict
    text: str = ""
    disclaimers: list[CandidateDisclaimer] = field(default_factory=list)
    claim_quotes: list[str] = field(default_factory=list)
    title: str = ""  # what the article is about: "the drug" of a quote naming none

    @property
    def lang(self) -> str:
        return str(self.labels.get("lang", "en"))

    def locate(self, snippet: str) -> Span | None:
        at = self.text.find(snippet)
        return Span(at, at + len(snippet)) if at >= 0 else None


def load_corpus(folder: Path = CORPUS) -> list[Article]:
    """Every article with a label file, loaded and analysed as `summarizer` would."""
    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.load import load_source

    out: list[Article] = []
    for label in sorted(folder.glob("*.toml")):
        if label.name == "rewrites.toml":
            continue
        (path,) = [p for p in folder.glob(label.stem + ".*") if p.suffix in {".txt", ".html"}]
        labels = tomllib.loads(label.read_text(encoding="utf-8"))
        src = load_source(path)
        an = analyze_source(label.stem, src, region=str(labels.get("region", "")))
        out.append(
            Article(
                label.stem,
                path,
                labels,
                src.text,
                list(an.disclaimers),
                [c.quote for c in an.claims],
                src.title,
            )
        )
    return out


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


@dataclass
class KindScore:
    true_detected: int = 0
    detected: int = 0
    found_expected: int = 0
    expected: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_detected / self.detected if self.detected else 1.0

    @property
    def recall(self) -> float:
        return self.found_expected / self.expected if self.expected else 1.0


def notice_scores(articles: list[Article]) -> dict[str, KindScore]:
    """Per kind: a detection is right when it overlaps a labelled notice of that kind."""
    scores = {k: KindScore() for k in KINDS}
    for art in articles:
        expected: dict[str, list[tuple[Span | None, str]]] = {k: [] for k in KINDS}
        for n in art.labels.get("notices", []):
            expected[n["kind"]].append((art.locate(n["text"]), n["text"]))
        for kind in KINDS:
            sc = scores[kind]
            found = [d for d in art.disclaimers if d.kind == kind]
            sc.detected += len(found)
            sc.expected += len(expected[kind])
            for d in found:
                if any(sp and _overlaps(d.span, sp) for sp, _ in expected[kind]):
                    sc.true_detected += 1
                else:
                    sc.false_alarms.append(f"{art.name}: {d.quote[:110]}")
            for sp, text in expected[kind]:
                if sp and any(_overlaps(d.span, sp) for d in found):
                    sc.found_expected += 1
                else:
                    where = "" if sp else " [not in the loaded text]"
                    sc.misses.append(f"{art.name}: {text[:110]}{where}")
    return scores


def evidence_scores(articles: list[Article]) -> tuple[int, int, list[str]]:
    """(exact, total, misses) of `derive_evidence` against the labelled levels."""
    from summarizer.evidence import derive_evidence

    right = total = 0
    misses: list[str] = []
    for art in articles:
        for c in art.labels.get("claims", []):
            total += 1
            span = art.locate(c["text"])
            if span is None:
                misses.append(f"{art.name}: not in the loaded text: {c['text'][:80]}")
                continue
            verdict = derive_evidence(art.text, span, art.lang)
            if verdict.level == c["evidence"]:
                right += 1
            else:
                misses.append(
                    f"{art.name}: {verdict.level} (want {c['evidence']}; {verdict.reason}): "
                    f"{c['text'][:80]}"
                )
    return right, total, misses


def one_per_number(routes: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(number, extra) routes, a keyed route counted as its number: "988, then press 1"
    for veterans and "192, option 4" are the 988 and 192 contacts (label convention (b),
    sessions 11-12, tests/data/corpus/README.md), each once; a texted keyword ("text
    HOME") is another channel and stays. The handout itself keeps every key it read."""
    out: list[tuple[str, str]] = []
    for number, extra in routes:
        kept = ", ".join(p for p in extra.split(", ") if p and not p.startswith("then press "))
        if (number, kept) not in out:
            out.append((number, kept))
    return out


def contact_problems(articles: list[Article]) -> list[str]:
    """Crisis contacts not given exactly once each (one contact per number), per article.

    Compared by number (label convention (b): one contact per number). A texted keyword
    ("text SHOUT to 85258") the label gives must be given too; one the label leaves out
    is the handout's detail, not another contact: the folders labelled since heldout14
    write `{ number = "85258" }` for that route, the older ones its keyword (session 13:
    24 of the 44 contact problems were that difference alone)."""
    out: list[str] = []
    for art in articles:
        given = [
            (c.number, c.extra)
            for d in art.disclaimers
            if d.kind == "crisis-line"
            for c in d.contacts
            if c.role == "crisis"
        ]
        got = set(one_per_number(given))
        want = set(one_per_number(
            [(c["number"], c.get("extra", "")) for c in art.labels.get("contacts", [])]))
        dup = sorted({g for g in given if given.count(g) > 1})
        if dup:
            out.append(f"{art.name}: given more than once: {dup}")
        got_numbers, want_numbers = {n for n, _ in got}, {n for n, _ in want}
        wrong = sorted(w for w in want if w[1] and w not in got and w[0] in got_numbers)
        if got_numbers != want_numbers or wrong:
            out.append(
                f"{art.name}: missing {sorted(want_numbers - got_numbers)}, unexpected "
                f"{sorted(got_numbers - want_numbers)}"
                + (f", keyword not given {wrong}" if wrong else "")
            )
    return out


def trap_problems(articles: list[Article]) -> list[str]:
    """Consent banners proposed as claims, names flagged as hype, hype missed, and
    permission read as hedging (or a hedge missed)."""
    from summarizer.evidence import hedge_words
    from summarizer.sources.claims import flag_claim

    out: list[str] = []
    for art in articles:
        for s in art.labels.get("not_claims", []):
            if any(s in q or q in s for q in art.claim_quotes):
                out.append(f"{art.name}: proposed as a claim: {s[:80]}")
        for s in art.labels.get("hype_free", []):
            if "hype" in flag_claim(s, art.lang)[0]:
                out.append(f"{art.name}: flagged as hype: {s[:80]}")
        for s in art.labels.get("hype", []):
            if "hype" not in flag_claim(s, art.lang)[0]:
                out.append(f"{art.name}: hype not flagged: {s[:80]}")
        for h in art.labels.get("hedges", []):
            if bool(hedge_words(h["text"], art.lang)) != h["hedged"]:
                what = "hedge missed" if h["hedged"] else "permission read as a hedge"
                out.append(f"{art.name}: {what}: {h['text'][:80]}")
    return out


def load_rewrites(folder: Path = CORPUS) -> list[dict]:
    return tomllib.loads((folder / "rewrites.toml").read_text(encoding="utf-8"))["rewrite"]


FaithfulnessCheck = Callable[..., bool]


def faithfulness_checker() -> FaithfulnessCheck | None:
    """(quote, text, lang, item, kind_or_evidence) -> blocked?, from the gate when it has
    landed; None until then."""
    try:
        from summarizer.gate.faithfulness import check_rewrite
    except ImportError:
        return None

    def blocked(quote: str, text: str, lang: str, item: str, kind: str, context: str = "",
                ) -> bool:
        # every faithfulness problem is an error at the gate (it blocks export); the
        # article's title stands for the handout's title the gate reads "the drug" from
        return bool(check_rewrite(quote, text, lang, kind, context))

    return blocked


def faithfulness_scores(
    rewrites: list[dict], articles: list[Article], check: FaithfulnessCheck
) -> tuple[tuple[int, int], tuple[int, int], list[str]]:
    """((unfaithful blocked, n), (faithful blocked, n), mistakes)."""
    lang = {a.name: a.lang for a in articles}
    title = {a.name: a.title for a in articles}
    ub = un = fb = fn = 0
    mistakes: list[str] = []
    for r in rewrites:
        kind = r.get("kind") or r.get("evidence", "")
        blocked = check(r["quote"], r["text"], lang.get(r["article"], "en"), r["item"], kind,
                        title.get(r["article"], ""))
        if r["faithful"]:
            fn += 1
            fb += blocked
            if blocked:
                mistakes.append(f"faithful blocked: {r['text'][:90]}")
        else:
            un += 1
            ub += blocked
            if not blocked:
                mistakes.append(f"unfaithful passed ({r['change']}): {r['text'][:90]}")
    return (ub, un), (fb, fn), mistakes


def _line(ok: bool, text: str) -> str:
    return f"{'PASS' if ok else 'FAIL'}  {text}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    ap.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        metavar="DIR",
        help="labelled corpus folder (default: the tuned corpus; tests/data/heldout is unseen)",
    )
    ap.add_argument(
        "--notice-model",
        metavar="FILE",
        help="notice model file to detect with (default: the shipped one; 'off': rules "
        "only); scripts/cv_notice_model.py passes one trained without --corpus",
    )
    args = ap.parse_args(argv)
    if args.notice_model:
        import os

        from summarizer.learned.notices import ENV

        if args.notice_model != "off" and not Path(args.notice_model).is_file():
            ap.error(f"{args.notice_model}: no such model file")
        os.environ[ENV] = args.notice_model
    if not any(args.corpus.glob("*.toml")):
        ap.error(f"{args.corpus}: not a labelled corpus (no label files)")

    articles = load_corpus(args.corpus)
    langs = sorted({a.lang for a in articles})
    fmts = sorted({a.path.suffix for a in articles})
    print(f"corpus: {len(articles)} articles ({', '.join(langs)}; {', '.join(fmts)})")
    ok_all = True

    print("\nsafety notices (precision / recall, target >= 0.9 each)")
    for kind, sc in notice_scores(articles).items():
        ok = sc.precision >= NOTICE_TARGET and sc.recall >= NOTICE_TARGET
        ok_all &= ok
        print(
            _line(
                ok,
                f"{kind:16} precision {sc.precision:.2f} ({sc.true_detected}/{sc.detected})"
                f"  recall {sc.recall:.2f} ({sc.found_expected}/{sc.expected})",
            )
        )
        if args.verbose:
            for m in sc.misses:
                print(f"        missed: {m}")
            for m in sc.false_alarms:
                print(f"        false alarm: {m}")

    right, total, misses = evidence_scores(articles)
    acc = right / total if total else 1.0
    ok = acc >= EVIDENCE_TARGET
    ok_all &= ok
    print("\nevidence levels derived from the source (target >= 0.9 exact)")
    print(_line(ok, f"exact {acc:.2f} ({right}/{total})"))
    if args.verbose:
        for m in misses:
            print(f"        {m}")

    print("\ntraps (target: none)")
    for name, problems in (
        ("crisis contacts once per number", contact_problems(articles)),
        ("banners, hype names, permission 'may'", trap_problems(articles)),
    ):
        ok = not problems
        ok_all &= ok
        print(_line(ok, f"{name}: {len(problems)} problem(s)"))
        for p in problems if args.verbose or len(problems) <= 5 else problems[:5]:
            print(f"        {p}")

    print("\nfaithfulness of rewrites (targets: 100% unfaithful blocked, <= 5% faithful blocked)")
    check = faithfulness_checker()
    if not (args.corpus / "rewrites.toml").is_file():
        # (corpus-fr, corpus-de: notices only; their languages' rewrites live elsewhere)
        print("faithfulness: not measured (no rewrites.toml in this corpus)")
    elif check is None:
        print("faithfulness: not available (the gate's checker has not landed)")
    else:
        (ub, un), (fb, fn), mistakes = faithfulness_scores(
            load_rewrites(args.corpus), articles, check
        )
        u_share = ub / un if un else 1.0
        f_share = fb / fn if fn else 0.0
        ok_u = u_share >= UNFAITHFUL_BLOCKED_TARGET
        ok_f = f_share <= FAITHFUL_BLOCKED_MAX
        ok_all &= ok_u and ok_f
        print(_line(ok_u, f"unfaithful blocked {u_share:.0%} ({ub}/{un})"))
        print(_line(ok_f, f"faithful blocked {f_share:.0%} ({fb}/{fn}); passed {fn - fb}/{fn}"))
        for m in mistakes if args.verbose else mistakes[:5]:
            print(f"        {m}")
    return 0 if ok_all else 1


if __name__ == "__main__":
    raise SystemExit(main())
