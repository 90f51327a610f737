"""Train the per-kind notice models shipped in summarizer/rulebook/models/notices.json.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_notice_model.py [--out FILE] [--exclude FOLDER ...]

Training data: every labelled corpus in FOLDERS. A folder in NEVER_READ (the held-out set
being written this session) is refused before any of its files is opened, whatever the
command line asks.
Each article is analysed as `summarizer` analyses it (rules only), and each sentence is
labelled with the notice kinds whose labelled text it overlaps: the same overlap
benchmarks/honesty.py scores. Per kind, a logistic regression over features.py's
features (scikit-learn, training only); the threshold is chosen by leave-one-folder-out
cross-validation over the training folders (the best F1 of "the rules, or the model
where the rules do not veto it"), never on a test folder. The weights are written as
JSON for pure-Python inference (summarizer/learned/notices.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from summarizer.learned.features import NEXT, NUM, PREV, features, neighbours  # noqa: E402
from summarizer.learned.notices import (  # noqa: E402
    AGAINST,
    ENV,
    FORMAT,
    SHIPPED,
    Reading,
    files_sha256,
)

DATA = REPO / "tests" / "data"
FOLDERS: tuple[str, ...] = (
    "corpus", "corpus-fr", "corpus-de", "heldout", "heldout2", "heldout3", "heldout4",
    "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11",
    "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17",
    "heldout18", "heldout19", "heldout20", "heldout21",
    # written for training only
    "train1", "train2", "train3", "train4", "train5", "train6", "train7", "train8", "train9",
    "train10", "train11", "train12", "train13", "train14", "train15", "train16", "train17",
    "train18", "train19", "train20", "train21", "train22", "train23", "train24",
    "train25", "train26", "train27",
)
# Session 19: heldout18-20 joined (rows analysed with main's rules at a601db7). Shipped
# because on the unseen heldout21, at the session's end rules (aggregate figures only),
# it found more than session 16's model at about the same precision: self-medication
# 52/64, 52/80 -> 60/73, 60/80; regulatory 15/15 -> 16/16 of 24; supervision 33/40 ->
# 33/39 of 56; side effects 28/44 -> 27/41 of 35 (session 18's retrain with heldout18-19
# only had found fewer on heldout20 and was not kept).
# Session 20: heldout21 (released) and train27 joined (rows analysed with main's rules at
# ba9db80, train27's at c8af281: no notice rule between). The leave-one-folder-out search
# (200 fits) could not finish on the loaded machine in the session: the thresholds are
# session 19's, chosen by that search over the other 49 folders (trained_on says
# threshold_search false). benchmarks/honesty.py, model on, the 50 released folders
# pooled, session 19's model -> this one (the same rules: c8af281): regulatory P 1137/1161 ->
# 1142/1165, R 1123 -> 1128/1168; supervision P 1820/1904 -> 1852/1932, R 1815 ->
# 1847/1940; self-medication P 3136/3335 -> 3158/3351, R 3128 -> 3150/3344; side effects
# P 2509/2541 -> 2513/2531, R 2456 -> 2458/2637. Without heldout21 (now read in
# training): R regulatory 1107 -> 1105, supervision 1782 -> 1793, self-medication 3068
# -> 3077, side effects 2429 -> 2424; each kind's precision the same or higher.
# Held out for the lead's measurement of articles nobody has seen: never opened here.
NEVER_READ: tuple[str, ...] = ("heldout23",)
KINDS: tuple[str, ...] = ("regulatory", "supervision", "self-medication", "side-effects")
# A kind's threshold is never below its floor: with the rules' vetoes removing most false
# alarms, cross-validation alone would go lower and fire on the test suite's traps ("We
# check on your order every day until it ships"). Session 6 used even odds (0) for every
# kind; session 7 set each kind's floor from the leave-one-folder-out sweep over heldout3-9,
# corpus-fr and corpus-de (model alone / rules + model, P/R, at floors -0.5 .. 1):
# supervision 0.87/0.73 -> 0.93/0.69 (rules + model 0.89/0.96 -> 0.94/0.95), side effects
# 0.95/0.61 -> 0.96/0.59 (0.92/0.90 -> 0.93/0.90; heldout9 0.90 -> 1.00 precision),
# self-medication 0.98/0.71 -> 0.98/0.78 (a negated order is rarely anything else),
# regulatory flat from -0.5 to 0.25. Chosen on those folders: their figures at these floors
# are a little flattering, and heldout10 is the clean test.
# Session 8 swept again (heldout10 released and one more test folder, train5 and the rules
# of main at b308df9; model alone, pooled over heldout3-10, corpus-fr, corpus-de, P/R;
# heldout10 rules + model in brackets): regulatory 0 -> -1 1.00/0.71 -> 0.99/0.78
# (1.00/0.89 -> 0.96/0.93; its one new alarm "licensed specifically for ... but that
# product isn't sold here"), self-medication -0.5 -> -1 0.99/0.82 -> 0.99/0.85 (heldout10
# unchanged), side effects 0.25 -> 0.5 0.97/0.64 -> 0.99/0.62 (0.83/0.83 -> 0.86/0.83: the
# weakest precision on new articles), supervision kept at 0.5 (0.89/0.70; 1.0 gives
# 0.91/0.68 and heldout10 nothing: 13 of its 15 alarms are an order that names the doctor,
# labelled self-medication only before heldout10's convention labelled them both).
# Session 9 (heldout11 joined the training folders): regulatory -1 -> -1.25. Retrained,
# "The FDA has said no to brexpiprazole ... as a treatment for PTSD" (a faithful rewrite
# in heldout9's rewrites) scored -1.09 (session 8's model: -0.92), so FAITH-NOTICE-KIND
# refused it; every tuned folder's figures are the same at -1 and -1.25 (the trend of
# session 8's sweep: lower finds more at the same precision). Cross-validated in session 9.
# Session 10 (heldout12 and train7-10 joined; sentence level, leave one folder out, main's
# rules at a1cac23, rules + model over heldout3-12, corpus-fr and corpus-de pooled):
# supervision 0.5 -> 0.75 0.899/0.896 -> 0.910/0.896 (three false marks fewer, two of them
# heldout12's: 0.82/0.70 -> 0.86/0.70; at 1.0 recall falls, 0.88), side effects 0.5 -> 0.75
# 0.890/0.900 -> 0.895/0.900 (one false mark fewer in heldout10 and in heldout11; the same
# at 1.0 and 1.25; the trap "Combined with therapy, it can bring on lasting improvement"
# scored 0.6 once train8-10 joined). Regulatory and self-medication were flat from -1.5 to
# -0.5 until the lead's 2b616d7 let the model speak where two rule gates had refused it
# (Row.open_to widened: statuses that deny nothing, third-person prohibitions); then, same
# harness, main at 2b616d7, all twelve folders: self-medication -1 -> 0 0.959/0.971 ->
# 0.977/0.968 (302/315 -> 301/308; flat above 0.5). Regulatory would gain as much from
# -1.25 -> 0 (0.925/0.980 -> 0.956/0.975, 198/214 -> 197/206) but stays at -1.25: the
# faithful rewrite above scores -1.07 again, and no rule reads "has said no to".
# Session 11 (heldout13 and train11-14 joined, session 11's label decisions; main at
# c981c12; sentence level, leave one folder out over heldout3-13, corpus-fr, corpus-de:
# scripts/cv_notice_model.py --sentences; model alone in brackets): supervision 0.75 ->
# 0.5 0.909/0.893 -> 0.903/0.897 (0.936/0.680 -> 0.931/0.715), side effects 0.75 -> 0.5
# with the previous sentence read (CONTEXT) 0.868/0.873 -> 0.875/0.875 (0.934/0.662 ->
# 0.941/0.665). Each step of 0.25 down bought the model alone 0.02-0.04 recall for
# 0.003-0.008 precision, smoothly, from 1.25 to 0.25 (supervision at 0.25: 0.929/0.747):
# where no rule was tuned, the model alone is what finds a notice. Kept a step above
# where that ends: the traps of the test suite were what the floors were for.
# Self-medication stays at 0 (-0.5: 0.954/0.909 -> 0.944/0.914, four false marks for
# two), regulatory at its ceiling.
# Session 12 chose the floors on new areas: leave one area out (scripts/cv_areas.py,
# heldout13 and heldout14 each scored by a model trained on the 38 other folders, with
# the skeleton (SKELETON_SHARE), session 12's labels and train15-19; rules + model, P/R,
# pooled over both areas, notices as benchmarks/honesty.py counts them): supervision
# 0.5 -> -0.5 0.75/0.47 -> 0.74/0.57 (0: 0.76/0.51, -1: 0.72/0.59), self-medication
# 0 -> -1 0.85/0.65 -> 0.85/0.70 (-0.5: 0.84/0.67, -2: 0.82/0.77). Side effects stay at
# 0.5 (0: 0.65/0.80, 0.66/0.78 at 0.5, 0.67/0.77 at 1), regulatory at its ceiling
# (-1: 0.96/0.80). Reading the previous sentence (CONTEXT) moved neither kind:
# supervision at -0.5 0.75/0.55, self-medication at -1 0.84/0.69.
# Regulatory -1.25 -> 0.25 (floor and ceiling): retrained so, the model read seed 002's
# "Ketamine should only be used under the close supervision of ..." (-1.13) and seed 003's
# "it is not a controlled substance like ..." (0.05) as regulatory; the faithful rewrite
# "The FDA has said no to brexpiprazole ..." that set the ceiling scores 0.57 now. Leave
# one area out: -1 0.96/0.80, 0 and 0.25 0.98/0.77 (session 10, pooled: -1.25 -> 0
# 0.925/0.980 -> 0.956/0.975).
# Session 14, NOT SHIPPED: retrained with heldout16, train23 and train24 (573 articles, 43
# folders; rows analysed with main's rules at 95985e3). Leave one area out (heldout13-16,
# each fold pruned as the file prunes; rules + model P/R pooled) against the session's
# start (40 folders, the untold gate closed, unpruned folds): regulatory 0.98/0.83
# (95/97, 95/114) -> 0.98/0.84 (98/100, 98/117), supervision 0.84/0.61 (106/126) ->
# 0.85/0.62 (109/128), self-medication 0.86/0.73 (282/328, 281/387) -> 0.86/0.74 at
# UNTOLD 3 (289/335, 287/386), side effects 0.75/0.76 (183/245, 182/239) -> 0.73/0.74
# (178/243). 30,000 features at PRUNE 0.2 (1.34 MB); 0.25 for every kind 26,100 (1.16 MB,
# LOAO within a notice or two of 0.2). Not shipped because it broke the test suite's traps:
# "Your doctor will tell you how to lower the dose." read as supervision (0.62; was
# -1.34), "Some antibiotics work less well when taken with milk." vetoed as a side effect
# (-6.89 < -6; was -5.73), "Rinse your mouth after each use." below self-medication's
# threshold (-1.07; was -0.84), and regulatory's faithful rewrite "The FDA has said no to
# brexpiprazole ..." (-0.77) fell below seed 003's "not a controlled substance like ..."
# (-0.38): no threshold separates them (a rule reading "has said no to" as a refusal, and
# the ceiling at -0.25, fixed that one). The next retrain needs those four settled first.
# Session 14, SHIPPED (engineer model16b; same 43 folders, PRUNE 0.25 for every kind,
# UNTOLD 3, --at-floors; 26,100 features, 1,130 KB): the four traps settled first, none
# weakened. Rules (summarizer/rulebook/words/en.toml): "has/have/had said no to" after a
# regulator is a refusal (refusals), so the rules read the FDA rewrite themselves (the
# model still scores it -0.77); a clinician who only tells the reader how ("Your doctor will
# tell you how to lower the dose.", 0.62) vetoes the model's supervision (told_how,
# disclaimers.KIND_EXCEPTIONS; "when to lower" stays supervision by rule); an interaction
# named ("work less well", side_effect_terms) is never vetoed (-6.89 own score, -0.65 on
# the against model). Thresholds: regulatory floor and ceiling -0.5 -> -0.25 (above seed
# 003's "not a controlled substance like ..." at -0.38), self-medication floor -1 -> -1.25
# ("Rinse your mouth after each use." -1.07), side effects' veto -6 -> -7. Leave one
# area out for these settings (scripts/cv_areas.py, heldout13-16, main at 99e5f06, rules
# + model P/R pooled; against the unshipped run above, whose rules were 95985e3's, so the
# rules' own changes since are in the difference): regulatory 0.98/0.84 -> 0.98/0.83
# (97/99, 97/117), supervision 0.85/0.62 -> 0.87/0.66 (117/135, 117/176),
# self-medication 0.86/0.74 -> 0.86/0.76 (295/345, 294/386), side effects 0.73/0.74 ->
# 0.73/0.75 (181/247, 180/239).
FLOORS: dict[str, float] = {
    "regulatory": -0.25, "supervision": -0.5, "self-medication": -1.25, "side-effects": 0.5,
}
# A kind's threshold is never above its ceiling either. Session 10: with 2b616d7's wider
# gates, cross-validation chose -1.02 for regulatory (the model alone's precision on the
# sentences the gates now let through), and the faithful rewrite "The FDA has said no to
# brexpiprazole ..." (-1.07) was refused again (test_notice_kind_kept). Rules + model at
# -1.25, sentences, all twelve folders: 0.925/0.980, above the 0.9 target.
# Session 13: retrained with heldout15 and train20-22, the faithful rewrite scores -0.40
# (session 12's model: 0.29) and seed 003's "it is not a controlled substance like ..."
# -0.57 (seed 002's "should only be used under the close supervision of ..." -1.13):
# regulatory's floor and ceiling 0.25 -> -0.5, between the two (leave one area out,
# session 12: -1 0.96/0.80, 0.25 0.98/0.77).
CEILINGS: dict[str, float] = {"regulatory": -0.25}
# Where the model scores a sentence below a kind's veto, it overrules the rules' cue words
# for that kind (notices.KindModel.veto). Chosen on the folders whose rules nobody had
# tuned on, because on every other folder the rules' false marks were tuned away and
# cross-validation there cannot see them. Session 9, sentence by sentence, leave one
# folder out over heldout3-11, corpus-fr, corpus-de (heldout11's rules as session 8 left
# them), rules + model side effects P/R: no veto 0.876/0.883, -7 0.896/0.879, -6
# 0.912/0.875, -5 0.922/0.868, -4 0.936/0.853, -3 0.945/0.821 (heldout11: 0.59/0.69 ->
# 0.72/0.69 at -5; its rules' false marks are the illness treated, a product's promise, a
# forum's heading). Checked untouched on heldout10 (scripts/cv_untouched_rules.py
# heldout10 d9c20b2, session 7's rules, a model trained without heldout10): side effects
# 0.72/0.88 -> 0.88/0.91. Supervision, self-medication and regulatory gain nothing at any
# veto (their rules' false marks are few, and low scores miss as many true notices).
# NOT SHIPPED (session 9): at -5 the seed articles (../shared/seeds) lost 4 of their 6
# side-effect notices ("the potential toxic side effects of ketamine", "can lead to
# unwanted side effects, including dissociation": -7.5 and -5.2), because the bias and
# "lang=en" alone come to -4.6 and "side effects" weighs against (the traps "reduces side
# effects"): a low score is no evidence against, only none for. At -8 (sweep: 0.893/0.883)
# one seed notice still went ("further research is needed to fully understand its
# long-term effects and potential side effects", -8.4), and -9 gains nothing. The hook
# stays (notices.KindModel.veto); a veto needs a model that scores evidence against.
# Session 13: a rule cue that names side effects (the rulebook's side_effect_terms: each of
# the seeds' six notices) is no longer vetoed (sources/disclaimers.py), so a veto can only
# silence the rules' other cue words: a symptom named.
# Leave one area out (scripts/cv_areas.py --veto/--against: heldout13, 14, 15 each scored by
# a model trained on the other folders, train20-22 and labels15's labels of 05:15; rules +
# model, side effects P/R pooled over the three areas, the against model's veto applied
# too): no veto 0.61/0.76 (141/231), -6 0.68/0.75, -5 0.71/0.74, -4 0.74/0.74 (137/186),
# -3 0.76/0.72; with the against model (below) at -0.5: -6 0.73/0.74, -4 0.77/0.72
# (134/175; heldout15 0.53/0.77 -> 0.71/0.74), -3 0.78/0.70.
# The lead shipped -6, not -4 (session 13): at -4 six general side-effect wordings of the
# test suite were silenced because a short sentence scores low for want of evidence
# ("It may leave you feeling woozy." -5.15, "Some antibiotics work less well when taken
# with milk." -5.73, "Puede disminuir el efecto de los anticonceptivos." -5.71): the
# session-9 lesson again. The sweep above gives -6 0.73/0.74 against -4's 0.77/0.72.
VETOES: dict[str, float] = {"side-effects": -7.0}
# Session 13: the kinds with an "against" model (notices.KindModel.against), and its veto.
# Trained only on the sentences the rules mark as the kind (positives: labelled so;
# negatives: the rules' false marks: a symptom of the illness, one's own complaint "they're
# just the IBS", a relief "zero cramps since week one"), its low score is evidence against,
# not the want of evidence for of the kind's own model. Its veto silences a rule's mark
# (not one naming side effects, as above) and the model's own reading. Same sweep, with no
# veto of the kind's own score: none 0.61/0.76, -1 0.66/0.74, -0.5 0.70/0.74 (137/196),
# -0.25 0.72/0.73, 0 0.71/0.70, 0.5 0.76/0.67; with the veto at -4 (above): -1 0.75/0.72,
# -0.5 0.77/0.72, 0 0.76/0.69, 0.5 0.79/0.66. Without it vetoing the model's own
# reading: 0.76/0.73 at -0.5/-4.
AGAINST_VETOES: dict[str, float] = {"side-effects": -0.5}
# Session 14: where the rules find nobody told anything (sources/disclaimers._told), a
# kind's reading stands only above this stricter threshold (notices.KindModel.untold;
# until session 14 never: "Patients who do not stop smoking recover more slowly"). The
# gate refused the model 322 of the labelled self-medication sentences it could not read
# as orders: "Not for use in children under 12 ...", "Ces pastilles ne conviennent pas
# aux enfants ...", "Stay upright ... for at least 30 minutes afterward", "Fill the bottle
# to the 240 mL line ...". Leave one area out (scripts/cv_areas.py --untold, heldout13-16
# each scored by a model trained on the 40 other folders; rules + model, self-medication
# P/R pooled over the four areas): never 0.86/0.73 (282/328, 281/387), 4 0.86/0.74, 3
# 0.86/0.75, 2 0.86/0.76 (296/343, 295/387; each area's precision held or rose: heldout14
# 0.81 -> 0.82, heldout15 0.82 -> 0.83), 1.5 0.86/0.77 (298/348), 1 0.86/0.78 (301/351:
# below the gate's precision), 0 0.85/0.79, at the kind's threshold (-1) 0.83/0.81.
UNTOLD: dict[str, float] = {"self-medication": 3.0}
C_AGAINST = 1.0  # its inverse regularisation: few sentences (1,700), a smoother model
PRUNE_AGAINST = 0.05
# The neighbouring sentences (features.neighbours) each kind's model reads, as their
# features' marks. Session 11 (scripts/cv_notice_model.py --sentences, heldout3-13,
# corpus-fr, corpus-de): only side effects gained, from the previous sentence: the
# model alone's average precision over the sentences it may speak on 0.897 ->
# 0.905 (heldout13 0.793 -> 0.811; the same direction before session 11's data and labels:
# 0.901 -> 0.905). The next sentence (any kind), both (supervision; side effects not
# run) and the previous one for the other kinds moved nothing or lost: benchmarks/README.md
# (session 11).
CONTEXT: dict[str, tuple[str, ...]] = {
    "regulatory": (), "supervision": (), "self-medication": (), "side-effects": (PREV,),
}
# A word found in at least this share of the training folders stays itself in a
# sentence's skeleton (features.skeleton_pairs); any other is "_". Session 12, leave one
# area out (scripts/cv_areas.py: heldout13, eyes, and heldout14, ears/nose/throat, each
# trained on the other 33 folders; rules + model at the floors, P/R pooled over both),
# words in at least 12 of 33 folders (1,300 words): supervision 0.85/0.41 -> 0.87/0.49,
# self-medication 0.81/0.58 -> 0.81/0.60, side effects 0.66/0.74 -> 0.64/0.75,
# regulatory (at -1) 0.98/0.78 -> 0.92/0.80; 8, 16 or 20 folders, or the common words of
# wordfreq (Zipf 3 to 6) as the skeleton, or its triples: supervision recall 0.42-0.47.
# 0 for none.
SKELETON_SHARE = 1 / 3
TARGET_PRECISION = 0.9  # issue 8's target; the thresholds keep the model at or above it
C = 10.0  # inverse regularisation strength of the logistic regressions
MIN_COUNT = 2  # a feature seen in fewer training sentences is left out
# A single word this common in any of the languages ("for", "has", "no", "de") is
# grammar, not evidence: alone it is no feature (in pairs it stays: "not approved").
# (wordfreq Zipf 6.0: once in a thousand words.)
FUNCTION_ZIPF = 6.0
LANGS = ("en", "es", "fr", "de")
# smaller weights are not shipped: leave-one-folder-out finds the same with 0.02, 0.04 and
# 0.06, and the file loads faster (session 7: 5.1 ms instead of 6.5 ms). Session 11: with
# train11-14 the file grew to 30,800 features (1.24 MB); per kind, pooled sentences
# (cv_notice_model.py --sentences) against 0.06: self-medication the same up to 0.25
# (+1 notice, +2 false marks; average precision 0.972 -> 0.971), supervision and side
# effects one notice fewer at 0.15 (AP 0.898 -> 0.894, 0.897 -> 0.894; 0.2 and 0.3 lower
# again), regulatory four more false marks at 0.15 (217/235 -> 217/239, AP 0.952 ->
# 0.951). At these 21,800 features, the size of session 10's file.
# Session 12: train15-19 (and heldout14) made it 28,900 features (1.1 MB, 42 ms to
# load instead of 29); 0.2 keeps 23,500.
PRUNE: dict[str, float] = {
    "regulatory": 0.25, "supervision": 0.25, "self-medication": 0.25, "side-effects": 0.25,
}


@dataclass
class Row:
    """One sentence of one article: what the labels say and what the rules say."""

    folder: str
    article: str
    lang: str
    text: str
    gold: frozenset[str]  # kinds of the labelled notices it overlaps
    rules: frozenset[str]  # kinds the rules alone detect on it
    open_to: frozenset[str]  # kinds a model may add (the rules do not veto them)
    start: int = 0  # the sentence's span in the article's text
    end: int = 0
    # kinds whose rule cue names the kind ("side effects"): no model's veto silences them
    # (sources/disclaimers.py, side_effect_terms)
    firm: frozenset[str] = frozenset()
    before: str = ""  # its neighbours in the paragraph (features.neighbours)
    after: str = ""
    # kinds of open_to the rules let through only where the model is sure (above the
    # kind's UNTOLD threshold): self-medication where nobody is told anything
    # (sources/disclaimers._told)
    untold: frozenset[str] = frozenset()

    def features(self, known: frozenset[str] = frozenset()) -> list[str]:
        """features.features of the sentence with its neighbours, with the skeleton of
        `known` words (kept: every fit of every kind and fold reads them)."""
        if self._features is None or self._known is not known:
            self._features = features(self.text, self.lang, self.before, self.after, known)
            self._known = known
        return self._features

    _features: list[str] | None = field(default=None, repr=False, compare=False)
    _known: frozenset[str] | None = field(default=None, repr=False, compare=False)


def _overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def refuse_held_out(folders) -> None:  # type: ignore[no-untyped-def]
    """Stop before reading a folder that is held out (NEVER_READ), however it is named
    ("heldout23", "tests/data/heldout23/"): by name only, without touching the folder."""
    for folder in folders:
        if any(part in NEVER_READ for part in Path(str(folder)).parts):
            raise SystemExit(f"{folder}: held out (never read for training or tuning)")


def labelled_rows(folders: tuple[str, ...] | list[str]) -> list[Row]:
    """Every non-heading sentence of every labelled article in `folders`."""
    refuse_held_out(folders)
    os.environ[ENV] = "off"  # the rules alone decide `rules`
    from summarizer.model import Span
    from summarizer.sources import disclaimers
    from summarizer.sources.analyze import analyze_source
    from summarizer.sources.boilerplate import is_link_list
    from summarizer.sources.language import guess_language
    from summarizer.sources.load import load_source

    rows: list[Row] = []
    for folder in folders:
        for label in sorted((DATA / folder).glob("*.toml")):
            if label.name == "rewrites.toml":
                continue
            (path,) = [p for p in (DATA / folder).glob(label.stem + ".*")
                       if p.suffix in {".txt", ".html"}]
            labels = tomllib.loads(label.read_text(encoding="utf-8"))
            src = load_source(path)
            an = analyze_source(label.stem, src, region=str(labels.get("region", "")))
            lang = guess_language(src.text)
            gold = []
            for n in labels.get("notices", []):
                at = src.text.find(n["text"])
                if at >= 0:
                    gold.append((n["kind"], Span(at, at + len(n["text"]))))
            for i, sent in enumerate(an.sentences):
                if sent.heading:
                    continue
                found = [d for d in an.disclaimers if _overlaps(d.span, sent.span)]
                rules = frozenset(d.kind for d in found)
                open_to: set[str] = set()
                untold: set[str] = set()
                if "crisis-line" not in rules and not is_link_list(sent.text):
                    open_to = vetoes_allow(disclaimers, sent.text, lang, sure=True)
                    untold = open_to - vetoes_allow(disclaimers, sent.text, lang)
                rows.append(Row(folder, label.stem, lang, sent.text,
                                frozenset(k for k, sp in gold if _overlaps(sp, sent.span)),
                                rules, frozenset(open_to) & set(KINDS),
                                sent.span.start, sent.span.end,
                                firm_kinds(disclaimers, sent.text, lang),
                                *neighbours(an.sentences, an.block_of, i),
                                frozenset(untold)))
    return rows


def firm_kinds(disclaimers, sentence: str, lang: str) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The kinds the rules find in `sentence` by a cue that names the kind (side effects:
    the rulebook's side_effect_terms), which no model's veto silences."""
    if lang not in LANGS:
        return frozenset()
    terms = disclaimers._rules(lang)["side_effect_terms"]
    return frozenset(k for k, cue in disclaimers.sentence_kinds(sentence, lang, use_model=False)
                     if k == "side-effects" and any(terms.search(w) for w in cue.words))


class _EveryKind:
    """A stand-in model that reads every sentence as every kind (above every "untold"
    threshold too, unless `sure` is False): what the rules then let through is what they
    do not veto."""

    langs = frozenset(LANGS)

    def __init__(self, sure: bool = True) -> None:
        self.sure = frozenset(KINDS) if sure else frozenset()

    def kinds_of(self, sentence: str, lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return tuple((k, ("any",)) for k in KINDS)

    def read(self, sentence: str, lang: str, before: str = "", after: str = "") -> Reading:
        return Reading(self.kinds_of(sentence, lang), frozenset(), self.sure)

    def neighbours(self, before: str, after: str) -> tuple[str, str]:
        return "", ""  # reads none: what the vetoes let through is decided by the sentence


EVERY_KIND = _EveryKind()
EVERY_KIND_UNSURE = _EveryKind(sure=False)


def vetoes_allow(disclaimers, sentence: str, lang: str,  # type: ignore[no-untyped-def]
                 sure: bool = False) -> set[str]:
    """The kinds a model may add to `sentence`: those the rules' vetoes let through when
    the model in use (disclaimers.current_model) reads it as every kind (with `sure`,
    above the kinds' "untold" thresholds too: Row.untold)."""
    saved = disclaimers.current_model
    every = EVERY_KIND if sure else EVERY_KIND_UNSURE
    disclaimers.current_model = lambda: every
    try:
        out = {k for k, _ in disclaimers.sentence_kinds(sentence, lang)}
        if disclaimers._learned_regulatory(sentence, lang):
            out.add("regulatory")
    finally:
        disclaimers.current_model = saved
    return out & set(KINDS)


@cache
def _function_word(feature: str) -> bool:
    from wordfreq import zipf_frequency

    feature = feature.removeprefix(PREV).removeprefix(NEXT)
    if " " in feature or feature.startswith(("lang=", "<")):
        return False
    return max(zipf_frequency(feature, lang) for lang in LANGS) >= FUNCTION_ZIPF


def skeleton(rows: list[Row]) -> frozenset[str]:
    """The words found in at least SKELETON_SHARE of the rows' folders: what many areas
    say, not one area's topic (features.skeleton_pairs reads every other word as "_")."""
    from summarizer.learned.features import tokens

    folders: dict[str, set[str]] = {}
    for r in rows:
        for t in tokens(r.text):
            folders.setdefault(t, set()).add(r.folder)
    least = SKELETON_SHARE * len({r.folder for r in rows})
    return frozenset(t for t, fs in folders.items() if len(fs) >= least and t != NUM)


_SKELETONS: dict[int, tuple[list[Row], frozenset[str]]] = {}


def _skeleton_of(rows: list[Row]) -> frozenset[str]:
    """skeleton(rows), once per list of rows (every kind's fit reads the same)."""
    kept = _SKELETONS.get(id(rows))
    if kept is None or kept[0] is not rows:
        kept = _SKELETONS[id(rows)] = (rows, skeleton(rows) if SKELETON_SHARE else frozenset())
    return kept[1]


def fit(rows: list[Row], kind: str):
    """(vocabulary, coefficients, intercept, skeleton words) of one kind's model on
    `rows`; the skeleton is the rows' own, as a fold's must be."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    known = _skeleton_of(rows)
    unread = tuple(m for m in (PREV, NEXT) if m not in CONTEXT[kind])
    vec = CountVectorizer(analyzer=lambda feats: [
        f for f in feats if not f.startswith(unread) and not _function_word(f)],
        binary=True, min_df=MIN_COUNT)
    x = vec.fit_transform([r.features(known) for r in rows])
    y = [kind in r.gold for r in rows]
    lr = LogisticRegression(C=C, solver="liblinear", max_iter=1000)
    lr.fit(x, y)
    return vec.get_feature_names_out(), lr.coef_[0], float(lr.intercept_[0]), known


def fit_against(rows: list[Row], kind: str):
    """fit() of `kind`'s against model: on the rows the rules mark as `kind` only, whether
    they are (labels); the skeleton is every row's, as the kind's own model reads it."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    known = _skeleton_of(rows)
    unread = tuple(m for m in (PREV, NEXT) if m not in CONTEXT[kind])
    marked = [r for r in rows if kind in r.rules]
    vec = CountVectorizer(analyzer=lambda feats: [
        f for f in feats if not f.startswith(unread) and not _function_word(f)],
        binary=True, min_df=MIN_COUNT)
    x = vec.fit_transform([r.features(known) for r in marked])
    lr = LogisticRegression(C=C_AGAINST, solver="liblinear", max_iter=1000)
    lr.fit(x, [kind in r.gold for r in marked])
    return vec.get_feature_names_out(), lr.coef_[0], float(lr.intercept_[0]), known


def scorer(vocab, coef, bias, known: frozenset[str] = frozenset()):
    weights = {f: float(w) for f, w in zip(vocab, coef, strict=True)}

    def score(row: Row) -> float:
        return bias + sum(weights.get(f, 0.0) for f in row.features(known))

    return score


def best_threshold(rows: list[Row], scores: list[float], kind: str) -> float:
    """The lowest threshold whose model-alone precision on `rows` (out-of-folder scores)
    is at least TARGET_PRECISION, i.e. the most recall the target precision allows;
    inf when none reaches it. Measured on the model alone because the rules were tuned
    on these very folders: their in-sample figures say nothing about new articles,
    where the model has to stand on its own for the notices the rules miss."""
    pairs = sorted(((s, kind in r.gold) for r, s in zip(rows, scores, strict=True)
                    if (kind in r.open_to and kind not in r.untold) or kind in r.rules),
                   reverse=True)
    best, tp, fp = float("inf"), 0, 0
    for i, (s, gold) in enumerate(pairs):
        tp += gold
        fp += not gold
        nxt = pairs[i + 1][0] if i + 1 < len(pairs) else s - 1.0
        if nxt == s:
            continue  # a threshold cannot split equal scores
        if tp / (tp + fp) >= TARGET_PRECISION:
            best = (s + nxt) / 2  # admits every score down to s
    return best


def out_of_folder_scores(rows: list[Row]) -> dict[str, list[tuple[Row, float]]]:
    """Per kind, every row's score by a model trained without its folder."""
    folders = sorted({r.folder for r in rows})
    out: dict[str, list[tuple[Row, float]]] = {}
    for kind in KINDS:
        scored: list[tuple[Row, float]] = []
        for held in folders:
            train = [r for r in rows if r.folder != held]
            score = scorer(*fit(train, kind))
            scored += [(r, score(r)) for r in rows if r.folder == held]
        out[kind] = scored
    return out


def cross_validated_thresholds(rows: list[Row]) -> dict[str, float]:
    """Per kind, the threshold chosen on out-of-folder scores (leave one folder out)."""
    scored = out_of_folder_scores(rows)
    return {kind: best_threshold([r for r, _ in scored[kind]], [s for _, s in scored[kind]],
                                 kind) for kind in KINDS}


def train(folders: list[str], *, search: bool = True) -> dict:
    """The model file's content, trained on `folders`. Without `search` each threshold is
    its kind's floor (or ceiling) without the leave-one-folder-out search (200 more fits:
    over an hour on a loaded machine). From session 8 to 18 the search chose below every
    floor, so both gave the same thresholds; since session 19 it chooses above the floors
    for supervision, self-medication and side effects, so a model trained without it is
    not the shipped one (session 20 kept session 19's searched thresholds, carried over
    from its file: trained_on says threshold_search false)."""
    refuse_held_out(folders)
    return train_rows(labelled_rows(folders), search=search, folders=folders)


def train_rows(rows: list[Row], *, search: bool = True,
               folders: list[str] | None = None) -> dict:
    """train() on sentences already analysed (scripts/cv_areas.py keeps them)."""
    folders = sorted(folders or {r.folder for r in rows})
    scored = out_of_folder_scores(rows) if search else {}
    kinds: dict[str, dict] = {}
    weights: dict[str, list[float]] = {}
    known = frozenset[str]()
    order = [*KINDS, *(k + AGAINST for k in AGAINST_VETOES)]
    for i, kind in enumerate(KINDS):
        vocab, coef, bias, known = fit(rows, kind)
        found = best_threshold([r for r, _ in scored[kind]], [s for _, s in scored[kind]],
                               kind) if search else float("-inf")
        t = min(max(found, FLOORS[kind]), CEILINGS.get(kind, float("inf")))
        # no sentence scored above a finite threshold: the model adds nothing
        kinds[kind] = {"bias": round(bias, 4), "threshold": round(t, 4) if t < 1e9 else 1e9}
        if kind in VETOES:
            kinds[kind]["veto"] = VETOES[kind]
        if kind in UNTOLD:
            kinds[kind]["untold"] = UNTOLD[kind]
        for f, w in zip(vocab, coef, strict=True):
            if abs(w) >= PRUNE[kind]:
                weights.setdefault(f, [0.0] * len(order))[i] = round(float(w), 3)
        if kind in AGAINST_VETOES:
            vocab, coef, bias, _ = fit_against(rows, kind)
            kinds[kind]["against"] = {"bias": round(bias, 4), "veto": AGAINST_VETOES[kind]}
            at = order.index(kind + AGAINST)
            for f, w in zip(vocab, coef, strict=True):
                if abs(w) >= PRUNE_AGAINST:
                    weights.setdefault(f, [0.0] * len(order))[at] = round(float(w), 3)
    return {
        "format": FORMAT,
        "about": "per-kind logistic regressions over lowercased words (not the "
                 "commonest: grammar), word pairs and word stems (numbers as <num>, plus "
                 "lang=xx, and word pairs of the sentence's skeleton (a word outside "
                 "'skeleton' as _); a sentence scoring above a kind's threshold is that "
                 "kind unless the rules veto it",
        "trained_on": {
            "folders": sorted(folders),
            "sha256": files_sha256(DATA, list(folders)),
            "articles": len({(r.folder, r.article) for r in rows}),
            "sentences": len(rows),
            "C": C, "min_count": MIN_COUNT, "function_zipf": FUNCTION_ZIPF,
            "threshold_search": search,
        },
        "langs": sorted({r.lang for r in rows}),
        "context": sorted({m for marks in CONTEXT.values() for m in marks}),
        "skeleton": sorted(known),
        "kinds": kinds,
        "order": order,  # what each number of a feature's weights is for
        "weights": weights,
    }


def dumps(model: dict) -> str:
    """JSON with one feature per line: a reviewer can grep a word and read its weights."""
    head = {k: v for k, v in model.items() if k != "weights"}
    lines = [json.dumps(f, ensure_ascii=False) + ": " + json.dumps(ws)
             for f, ws in sorted(model["weights"].items())]
    text = json.dumps(head, ensure_ascii=False, indent=1, sort_keys=True)
    return text[:-2] + ',\n "weights": {\n' + ",\n".join(lines) + "\n}}\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=SHIPPED, help="model file to write")
    ap.add_argument("--exclude", action="append", default=[], metavar="FOLDER",
                    help="leave a training folder out (cross-validation)")
    ap.add_argument("--at-floors", action="store_true",
                    help="thresholds at the floors, without the cross-validated search "
                         "(lower than the searched ones since session 19)")
    args = ap.parse_args(argv)
    folders = [f for f in FOLDERS if f not in args.exclude]
    refuse_held_out(folders)
    model = train(folders, search=not args.at_floors)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dumps(model), encoding="utf-8")
    for kind, km in model["kinds"].items():
        i = model["order"].index(kind)
        n = sum(1 for ws in model["weights"].values() if ws[i])
        veto = f"  veto {km['veto']:.2f}" if "veto" in km else ""
        against = ""
        if "against" in km:
            j = model["order"].index(kind + AGAINST)
            against = (f"  (against: veto {km['against']['veto']:.2f}, "
                       f"{sum(1 for ws in model['weights'].values() if ws[j])} weights)")
        print(f"{kind:16} threshold {km['threshold']:.3f}{veto}  {n} weights{against}")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
