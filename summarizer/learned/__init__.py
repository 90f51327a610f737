"""Detection learned from the labelled corpora, as a fallback beside the rules.

The word lists and concepts of `summarizer.sources` were tuned by hand on the corpora
and read far lower on each new set: new articles word the same notice differently.
This package scores a sentence with small per-kind linear models trained on every
labelled corpus (scripts/train_notice_model.py), so a notice worded in a new way can
still be found; the rules stay as precision guards (an animal result, a denied side
effect, an approval are vetoed whatever the model says).

Inference is pure Python (a sum of feature weights): the runtime needs no scikit-learn
and the model file (summarizer/rulebook/models/) is read on first use only.
"""
