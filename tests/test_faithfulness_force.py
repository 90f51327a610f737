"""Faithfulness, session 7 (faith2): a notice printed with less force than its quote
(FAITH-FORCE) and a claim's result turned around or made bigger (FAITH-DIRECTION).

Sentences of our own, several wordings per family, in en/es/fr/de where the family
exists; all the unfaithful ones passed the gate before gate/force.py and
gate/direction.py. Then the lead's 39 rewrites from the session-7 tester's findings
(tests/data/faith_s7_tester.toml, measured untouched at 7/26 unfaithful blocked and
0/13 faithful blocked): every verdict asserted.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from faith_helpers import hand_pairs

from summarizer import rulebook
from summarizer.gate import faithfulness as faith

DATA = Path(__file__).resolve().parent / "data"


def codes(quote: str, text: str, lang: str = "en", kind: str = "") -> set[str]:
    return {p.code for p in faith.check_rewrite(quote, text, lang, kind)}


def _ids(v: object) -> str:
    return str(v)[:40]


# --------------------------------------------------------------------------- force
# A ban, a restriction or a denied status printed weaker: the ban lost, a permission or
# softener added ("you can", "usually", "at home", "if you like", "expected soon"), an
# escape clause ("unless"), or an approval under another name without its negation.

BAN_EN = "Never mix this medicine with alcohol."
ONLY_EN = "Esketamine must only be given in a certified clinic."
DENY_EN = "Psilocybin is not approved by any regulator for depression."
DRIVE_EN = "Do not drive or operate machinery for 24 hours after treatment."
BAN_ES = "No tome este medicamento con alcohol."
ONLY_ES = "La esketamina solo debe usarse en una clínica autorizada."
DRIVE_FR = "Ne conduisez pas pendant 24 heures après le traitement."
ONLY_FR = "La kétamine ne doit être utilisée que sous surveillance médicale."
DENY_FR = "La psilocybine n'est pas autorisée pour traiter la dépression."
DRIVE_DE = "Fahren Sie nach der Behandlung 24 Stunden lang kein Auto."
ONLY_DE = "Esketamin darf nur unter ärztlicher Aufsicht angewendet werden."

WEAKER = [
    (BAN_EN, "You can have a drink with this medicine.", "en", "self-medication"),
    (BAN_EN, "It's okay to drink a little alcohol with this medicine.", "en",
     "self-medication"),
    (BAN_EN, "Avoid alcohol with this medicine unless it is a special occasion.", "en",
     "self-medication"),
    (BAN_EN, "Mixing this medicine with alcohol is generally not a problem.", "en",
     "self-medication"),
    (BAN_EN, "Mix this medicine with alcohol carefully.", "en", "self-medication"),
    (ONLY_EN, "Esketamine is ideally given in a certified clinic.", "en", "supervision"),
    (ONLY_EN, "You may use esketamine at home after the first visit.", "en", "supervision"),
    (ONLY_EN, "Esketamine is typically given in a clinic.", "en", "supervision"),
    (DENY_EN, "Regulators have green-lit psilocybin for depression.", "en", "regulatory"),
    (DENY_EN, "Psilocybin is not approved yet, but approval is expected soon.", "en",
     "regulatory"),
    (DRIVE_EN, "You are free to drive after treatment.", "en", "supervision"),
    (DRIVE_EN, "Driving is fine after treatment if you feel well.", "en", "supervision"),
    (BAN_ES, "Puede tomar este medicamento con alcohol.", "es", "self-medication"),
    (BAN_ES, "Tome este medicamento con alcohol si lo desea.", "es", "self-medication"),
    (BAN_ES, "Está bien tomarlo con un poco de alcohol.", "es", "self-medication"),
    (BAN_ES, "Evite el alcohol con este medicamento, salvo en una fiesta.", "es",
     "self-medication"),
    (ONLY_ES, "Normalmente la esketamina se usa en una clínica.", "es", "supervision"),
    (ONLY_ES, "Puede usar esketamina en casa.", "es", "supervision"),
    (DRIVE_FR, "Vous pouvez conduire après le traitement.", "fr", "supervision"),
    (DRIVE_FR, "Conduire après le traitement est sans danger.", "fr", "supervision"),
    (ONLY_FR, "La kétamine peut être utilisée à la maison.", "fr", "supervision"),
    (ONLY_FR, "La kétamine est généralement utilisée sous surveillance médicale.", "fr",
     "supervision"),
    (DENY_FR, "La psilocybine a reçu le feu vert pour la dépression.", "fr", "regulatory"),
    (DRIVE_DE, "Sie können nach der Behandlung Auto fahren.", "de", "supervision"),
    (DRIVE_DE, "Nach der Behandlung fahren Sie Auto, wenn Sie möchten.", "de",
     "supervision"),
    (ONLY_DE, "Esketamin kann zu Hause angewendet werden.", "de", "supervision"),
    (ONLY_DE, "Esketamin wird meistens unter ärztlicher Aufsicht angewendet.", "de",
     "supervision"),
    # a ban printed as advice, a denial as a step on the way
    (BAN_EN, "Mixing this medicine with alcohol is not advised.", "en", "self-medication"),
    (BAN_ES, "Tomar este medicamento con alcohol no es aconsejable.", "es",
     "self-medication"),
    (DENY_EN, "Psilocybin is not approved for depression, but a decision is pending.", "en",
     "regulatory"),
    (ONLY_EN, "Esketamine should be given in a certified clinic.", "en", "supervision"),
]

SAME_FORCE = hand_pairs("same-force", "quote", "text", "lang", "kind")


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), WEAKER, ids=_ids)
def test_a_notice_printed_weaker_is_blocked(quote: str, text: str, lang: str, kind: str):
    assert codes(quote, text, lang, kind), text


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), SAME_FORCE, ids=_ids)
def test_a_notice_printed_with_its_force_passes(quote: str, text: str, lang: str,
                                                kind: str):
    assert not codes(quote, text, lang, kind), text


def test_the_force_finding_names_both_sides():
    [p] = faith.check_rewrite(ONLY_EN, "Esketamine is typically given in a clinic.", "en",
                              "supervision")
    assert p.code == "FAITH-FORCE"
    assert "'only'" in p.message and "'typically'" in p.message


def test_a_weakened_ban_is_a_gate_error():
    """The gate registers the code: a finding blocks export."""
    from summarizer.gate.registry import rules

    by_code = {r.code: r for r in rules()}
    assert by_code["FAITH-FORCE"].severity == "error"
    assert by_code["FAITH-DIRECTION"].severity == "error"


def test_a_softener_added_only_in_a_clinics_word_file_is_read_after_reload(
        user_rulebook: Path):
    """The lists are rulebook data, read through the loader and forgotten on reload."""
    text = "Never mix this medicine with alcohol, barring a special occasion."
    assert not codes(BAN_EN, text, "en", "self-medication")
    package = Path(rulebook.__file__).parent / "words" / "en.toml"
    data = package.read_text(encoding="utf-8").replace(
        "escape = ['unless',", "escape = ['barring', 'unless',")
    assert "'barring'" in data
    (user_rulebook / "words" / "en.toml").write_text(data, encoding="utf-8")
    rulebook.reload()
    assert codes(BAN_EN, text, "en", "self-medication") == {"FAITH-FORCE"}


# --------------------------------------------------------------------------- direction
# A claim's result turned around ("lowered" as "raised", "worse"), a reduction printed
# as an end ("cured"), a strength moved up its scale ("slightly" as "dramatically"), a
# study called big when the quote gives no size.

LOWER_EN = "In the trial, the spray lowered depression scores compared with placebo."
SLIGHT_EN = "Weekly sessions cut migraine days slightly in a trial of 30 adults."
EASED_EN = "Light therapy eased symptoms of winter depression in a trial of 40 people."
SMALL_EN = "The author believes the app has a small benefit for sleep."
RISK_EN = "The drug increased the risk of falls in older adults."
PAIN_ES = "La terapia redujo el dolor en un ensayo con 50 personas."
MODEST_ES = "La autora cree que la aplicación tiene un efecto modesto sobre el sueño."
CRISES_FR = "Le traitement a réduit les crises de migraine dans un essai."
FLUSH_DE = "Das Pflaster senkte die Zahl der Hitzewallungen in einer Studie."

TURNED = [
    (LOWER_EN, "In the trial, the spray raised depression scores compared with placebo.",
     "en", "randomized-controlled"),
    (LOWER_EN, "In the trial, depression scores were higher with the spray than with "
     "placebo.", "en", "randomized-controlled"),
    (LOWER_EN, "In the trial, the spray made depression worse compared with placebo.", "en",
     "randomized-controlled"),
    (SLIGHT_EN, "Weekly sessions cut migraine days dramatically in a trial of 30 adults.",
     "en", "human-trial"),
    (EASED_EN, "In a big trial of 40 people, light therapy eased symptoms of winter "
     "depression.", "en", "human-trial"),
    (SMALL_EN, "The author believes the app has a major benefit for sleep.", "en", "opinion"),
    (RISK_EN, "The drug lowered the risk of falls in older adults.", "en",
     "human-observational"),
    (PAIN_ES, "La terapia aumentó el dolor en un ensayo con 50 personas.", "es",
     "human-trial"),
    (PAIN_ES, "La terapia empeoró el dolor en un ensayo con 50 personas.", "es",
     "human-trial"),
    (MODEST_ES, "La autora cree que la aplicación tiene un efecto enorme sobre el sueño.",
     "es", "opinion"),
    (CRISES_FR, "Le traitement a augmenté les crises de migraine dans un essai.", "fr",
     "human-trial"),
    (CRISES_FR, "Le traitement a supprimé les crises de migraine dans un essai.", "fr",
     "human-trial"),
    (FLUSH_DE, "Das Pflaster erhöhte die Zahl der Hitzewallungen in einer Studie.", "de",
     "human-trial"),
    (FLUSH_DE, "Das Pflaster beseitigte die Hitzewallungen in einer Studie.", "de",
     "human-trial"),
    (LOWER_EN, "In the trial, depression scores went up with the spray compared with "
     "placebo.", "en", "randomized-controlled"),
    (LOWER_EN, "In the trial, people had more depression with the spray than with placebo.",
     "en", "randomized-controlled"),
    (LOWER_EN, "In the trial, the spray dramatically lowered depression scores compared "
     "with placebo.", "en", "randomized-controlled"),
    (LOWER_EN, "In a landmark trial, the spray lowered depression scores compared with "
     "placebo.", "en", "randomized-controlled"),
    # news verbs of a big move
    (LOWER_EN, "In the trial, depression scores skyrocketed with the spray compared with "
     "placebo.", "en", "randomized-controlled"),
    (RISK_EN, "The drug slashed the risk of falls in older adults.", "en",
     "human-observational"),
    (PAIN_ES, "En un ensayo con 50 personas, el dolor se disparó con la terapia.", "es",
     "human-trial"),
    (CRISES_FR, "Dans un essai, les crises de migraine ont bondi avec le traitement.", "fr",
     "human-trial"),
    (FLUSH_DE, "In einer Studie verdoppelte das Pflaster die Hitzewallungen.", "de",
     "human-trial"),
]

KEPT = [
    (LOWER_EN, "In the trial, depression scores went down more with the spray than with "
     "placebo.", "en", "randomized-controlled"),
    (SLIGHT_EN, "Weekly sessions cut migraine days a little in a trial of 30 adults.", "en",
     "human-trial"),
    (EASED_EN, "In a trial of 40 people, light therapy eased winter depression.", "en",
     "human-trial"),
    (SMALL_EN, "The author thinks the app helps sleep a little.", "en", "opinion"),
    (RISK_EN, "The drug made falls more likely in older adults.", "en",
     "human-observational"),
    (PAIN_ES, "La terapia bajó el dolor en un ensayo con 50 personas.", "es", "human-trial"),
    (CRISES_FR, "Le traitement a diminué les crises de migraine dans un essai.", "fr",
     "human-trial"),
    (FLUSH_DE, "Mit dem Pflaster gab es in einer Studie weniger Hitzewallungen.", "de",
     "human-trial"),
    (LOWER_EN, "In the trial, the spray lowered depression scores more than placebo did.",
     "en", "randomized-controlled"),
    # a count of people turned to its complement is the same result
    ("The drug increased the number of people who stayed sober.",
     "With the drug, fewer people went back to drinking.", "en", "randomized-controlled"),
    ("The app reduced the number of patients who relapsed.",
     "With the app, more patients stayed well.", "en", "randomized-controlled"),
    ("El fármaco redujo el número de pacientes que recayeron.",
     "Con el fármaco, más pacientes siguieron bien.", "es", "randomized-controlled"),
]


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), TURNED, ids=_ids)
def test_a_result_turned_around_or_made_bigger_is_blocked(quote: str, text: str, lang: str,
                                                          kind: str):
    assert codes(quote, text, lang, kind), text


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), KEPT, ids=_ids)
def test_a_result_kept_in_plain_words_passes(quote: str, text: str, lang: str, kind: str):
    assert not codes(quote, text, lang, kind), text


def test_a_direction_word_added_only_in_a_clinics_word_file_is_read_after_reload(
        user_rulebook: Path):
    """The [direction] lists are rulebook data, forgotten on reload."""
    text = "In the trial, depression scores ballooned with the spray compared with placebo."
    assert not codes(LOWER_EN, text, "en", "randomized-controlled")
    package = Path(rulebook.__file__).parent / "words" / "en.toml"
    data = package.read_text(encoding="utf-8").replace(
        "up = ['increas(?:ed|es|e|ing)',", "up = ['ballooned', 'increas(?:ed|es|e|ing)',")
    assert "'ballooned'" in data
    (user_rulebook / "words" / "en.toml").write_text(data, encoding="utf-8")
    rulebook.reload()
    assert codes(LOWER_EN, text, "en", "randomized-controlled") == {"FAITH-DIRECTION"}


def test_the_direction_finding_names_both_sides():
    [p] = faith.check_rewrite(LOWER_EN, "In the trial, the spray raised depression scores "
                              "compared with placebo.", "en", "randomized-controlled")
    assert p.code == "FAITH-DIRECTION"
    assert "'lowered'" in p.message and "'raised'" in p.message


SAME_FORCE_MORE = hand_pairs("same-force-more", "quote", "text", "lang", "kind")


@pytest.mark.parametrize(("quote", "text", "lang", "kind"), SAME_FORCE_MORE, ids=_ids)
def test_a_ban_said_another_way_or_at_its_end_passes(quote: str, text: str, lang: str,
                                                     kind: str):
    assert not codes(quote, text, lang, kind), text


# A duty that forbids stopping ("keep taking it until ...") printed as a permission to
# stop on another condition; the same condition kept passes.
DUTY = [
    ("Keep using the inhaler every day unless your doctor tells you to stop.",
     "You can stop the inhaler when you feel better.", "en", True),
    ("Keep using the inhaler every day unless your doctor tells you to stop.",
     "Use the inhaler every day; stop only if your doctor tells you to.", "en", False),
    ("Continue taking the antibiotic until the pack is finished.",
     "You can stop the antibiotic once you feel better.", "en", True),
    ("Continue taking the antibiotic until the pack is finished.",
     "Take the antibiotic until the pack is finished, then you can stop.", "en", False),
    ("Siga tomando el antibiótico hasta terminar la caja.",
     "Puede dejar el antibiótico cuando se sienta mejor.", "es", True),
    ("Siga tomando el antibiótico hasta terminar la caja.",
     "Tome el antibiótico hasta terminar la caja; después puede dejarlo.", "es", False),
    ("Continuez à prendre l'antibiotique jusqu'à la fin de la boîte.",
     "Vous pouvez arrêter l'antibiotique quand vous vous sentez mieux.", "fr", True),
    ("Nehmen Sie das Antibiotikum bis zum Ende der Packung weiter.",
     "Sie können das Antibiotikum absetzen, wenn es Ihnen besser geht.", "de", True),
]


DUTY += [
    ("Patients must be driven home by an adult after each session.",
     "After each session, patients can go home alone.", "en", True),
    ("Patients must be driven home by an adult after each session.",
     "After each session, an adult must drive you home.", "en", False),
    ("Después de cada sesión, debe volver acompañado a casa.",
     "Después de cada sesión puede volver a casa por su cuenta.", "es", True),
    ("Después de cada sesión, debe volver acompañado a casa.",
     "Después de cada sesión, alguien debe acompañarle a casa.", "es", False),
    ("Après chaque séance, vous devez être accompagné jusqu'à chez vous.",
     "Après chaque séance, vous rentrez chez vous par vos propres moyens.", "fr", True),
    ("Nach jeder Sitzung müssen Sie nach Hause begleitet werden.",
     "Nach jeder Sitzung können Sie allein nach Hause gehen.", "de", True),
    ("Nach jeder Sitzung müssen Sie nach Hause begleitet werden.",
     "Nach jeder Sitzung muss Sie jemand nach Hause begleiten.", "de", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "weaker"), DUTY, ids=_ids)
def test_a_duty_printed_as_a_permission_to_stop_is_blocked(quote: str, text: str,
                                                          lang: str, weaker: bool):
    assert bool(codes(quote, text, lang, "self-medication")) == weaker, text


# A use the label does not list (a denied status) printed as approved.
LABEL = [
    ("Trazodone is widely prescribed for sleep, although its label does not include "
     "insomnia.", "Trazodone is approved for insomnia.", "en", True),
    ("Trazodone is widely prescribed for sleep, although its label does not include "
     "insomnia.", "Many doctors prescribe trazodone for sleep, but insomnia is not on its "
     "label.", "en", False),
    ("La trazodona se receta mucho para dormir, aunque su ficha técnica no recoge el "
     "insomnio.", "La trazodona está autorizada para el insomnio.", "es", True),
    ("La trazodona se receta mucho para dormir, aunque su ficha técnica no recoge el "
     "insomnio.", "Muchos médicos la recetan para dormir, pero su ficha técnica no incluye "
     "el insomnio.", "es", False),
    ("Trazodon wird oft zum Schlafen verschrieben, obwohl Schlaflosigkeit in der "
     "Fachinformation nicht genannt wird.", "Trazodon ist gegen Schlaflosigkeit zugelassen.",
     "de", True),
]


@pytest.mark.parametrize(("quote", "text", "lang", "weaker"), LABEL, ids=_ids)
def test_a_use_off_the_label_printed_as_approved_is_blocked(quote: str, text: str,
                                                           lang: str, weaker: bool):
    assert bool(codes(quote, text, lang, "regulatory")) == weaker, text


# --------------------------------------------------------------------------- across
# A handout in one language may quote an article in another: each side is read with its
# own language's lists.

ACROSS = [
    ("Do not drive until you know how this medicine affects you.",
     "Puede manejar después de tomar este medicamento.", "es", "supervision", True),
    ("Do not drive until you know how this medicine affects you.",
     "No maneje hasta que sepa cómo le afecta este medicamento.", "es", "supervision", False),
    ("Do not attempt to self-medicate with ketamine.",
     "Vous pouvez vous soigner vous-même avec la kétamine.", "fr", "self-medication", True),
    ("Do not attempt to self-medicate with ketamine.",
     "N'essayez pas de vous soigner vous-même avec la kétamine.", "fr", "self-medication",
     False),
    (LOWER_EN, "In der Studie erhöhte das Spray die Depressionswerte im Vergleich zu "
     "Placebo.", "de", "randomized-controlled", True),
    (LOWER_EN, "In der Studie senkte das Spray die Depressionswerte im Vergleich zu Placebo.",
     "de", "randomized-controlled", False),
]


@pytest.mark.parametrize(("quote", "text", "lang", "kind", "weaker"), ACROSS, ids=_ids)
def test_a_text_in_another_language_than_its_quote_keeps_its_force(
        quote: str, text: str, lang: str, kind: str, weaker: bool):
    found = codes(quote, text, lang, kind)
    if weaker:
        assert found and found <= {"FAITH-FORCE", "FAITH-DIRECTION"}, text
    else:
        assert not found, text


# --------------------------------------------------------------------------- tester's 39

TESTER = tomllib.loads((DATA / "faith_s7_tester.toml").read_text(encoding="utf-8"))["rewrite"]


@pytest.mark.parametrize("row", TESTER, ids=lambda r: r["mech"])
def test_every_verdict_of_the_session_7_testers_rewrites(row: dict):
    blocked = bool(faith.check_rewrite(row["quote"], row["text"], row["lang"], row["kind"]))
    assert blocked == row["unfaithful"], row["text"]


# --------------------------------------------------------------------------- the gate


def test_a_softened_supervision_notice_blocks_the_example(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]):
    """The bundled example, its supervision notice printed 'usually given by a doctor':
    `check` says blocked, and the finding names the quote's 'only'."""
    from test_export import copy_example

    from summarizer.checks import blocking, check_handout
    from summarizer.cli import main
    from summarizer.handout_file import load_handout

    def edit(h) -> None:
        h.disclaimers_of("supervision")[0].text = "Ketamine is usually given by a doctor."

    path = copy_example(tmp_path, edit)
    found = [f for f in blocking(check_handout(load_handout(path)), "en")
             if f.code == "FAITH-FORCE"]
    assert len(found) == 1 and "'only'" in found[0].message
    assert "'usual" in found[0].message
    capsys.readouterr()
    assert main(["check", str(path)]) == 1
    assert "en: blocked" in capsys.readouterr().out
