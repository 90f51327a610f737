"""A translation's meaning in the languages that have no full word lists: an approval
turned around, a "do not" or "never" dropped, a hedge dropped, animals dropped
(gate/translation_meaning.py, `[translation_meaning]` tables in words/ar, ko, vi, zh and
numerals.toml pt, ru).

Measured before: these languages got FAITH-TRANSLATION-PARTIAL and nothing else, so the
example's Chinese notice "已经批准" (approved) for "has not approved" was ready. Each
shipped catalog of the example (ar, ko, vi, zh_Hans) passes as shipped and is blocked
once broken as a careless translator would; zh_Hant, pt and ru have no shipped catalog of
the example, so their cases are translations of its strings written for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_faithfulness import _break, _with_locales, errors

from summarizer.checks import check_handout
from summarizer.gate import faithfulness as faith
from summarizer.handout_file import load_handout

SHIPPED = ("ar", "ko", "vi", "zh-Hans")


@pytest.mark.parametrize("locale", SHIPPED)
def test_the_shipped_translation_passes_with_its_meaning_checked(tmp_path: Path, locale: str):
    path = _with_locales(tmp_path, locale)
    assert not errors(path, "FAITH-TRANSLATION", locale)
    partial = [f for f in check_handout(load_handout(path), [locale])
               if f.code == "FAITH-TRANSLATION-PARTIAL"]
    assert partial == []


# (locale, item, shipped words, the careless translator's, what the message names)
INVERTED = [
    ("ar", "not-fda-approved", "لم توافق", "وافقت", "denies the approval"),
    ("ar", "self-medication", "لا تعالج نفسك بالكيتامين. لا تأخذه أبدًا",
     "يمكنك أن تعالج نفسك بالكيتامين. يمكنك أن تأخذه", "permits it"),
    ("ar", "vanderbilt-mice", "في دراسة على الفئران", "في دراسة", "animals"),
    ("ar", "vanderbilt-mice", "لم تُجرَّب", "جُرِّبت", "says no"),
    ("ko", "not-fda-approved", "승인하지 않았습니다", "승인했습니다", "denies the approval"),
    ("ko", "self-medication",
     "스스로 치료하지 마세요. 모르는 곳이나 모르는 사람에게서 절대 받지 마세요",
     "스스로 치료해도 됩니다. 모르는 곳이나 모르는 사람에게서 받아도 됩니다", "permits it"),
    ("ko", "vanderbilt-mice", "쥐 연구에서", "한 연구에서", "animals"),
    ("vi", "not-fda-approved", "chưa phê duyệt", "đã phê duyệt", "denies the approval"),
    ("vi", "self-medication", "Đừng tự điều trị bằng ketamine. Không bao giờ lấy thuốc từ nơi "
     "hoặc người mà quý vị không biết", "Quý vị có thể tự điều trị bằng ketamine. Quý vị có "
     "thể lấy thuốc từ bất kỳ nơi nào", "permits it"),
    ("vi", "vanderbilt-mice", "chưa được thử", "đã được thử", "says no"),
    ("zh-Hans", "not-fda-approved", "没有批准", "已经批准", "denies the approval"),
    ("zh-Hans", "self-medication", "不要自己用氯胺酮治疗。绝不要从您不认识的地方或人那里拿这种药",
     "您可以自己用氯胺酮治疗。可以从任何地方拿这种药", "permits it"),
    ("zh-Hans", "vanderbilt-mice", "在一项小鼠研究中", "在一项研究中", "animals"),
]


@pytest.mark.parametrize(("locale", "item", "old", "new", "named"), INVERTED,
                         ids=lambda v: str(v)[:16])
def test_a_translation_turned_around_is_blocked(tmp_path: Path, locale: str, item: str,
                                                old: str, new: str, named: str):
    path = _with_locales(tmp_path, locale)
    _break(path, locale, item, old, new)
    found = errors(path, "FAITH-TRANSLATION", locale)
    assert [f.item for f in found] == [item], [f.message for f in found]
    assert named in found[0].message


FDA = "The FDA has not approved ketamine to treat depression or other mental health problems."
SELF = ("Do not treat yourself with ketamine. Never take it from a place or person you do not "
        "know.")
MICE = ("In a study in mice, a second drug made ketamine work for up to two months. This has "
        "not been tested in people.")
HEDGE = "Ketamine may ease depression for a few days."

# (locale, source, a faithful translation, the same turned around)
WRITTEN = [
    ("zh_Hant", FDA, "美國食品藥物管理局（FDA）沒有批准用氯胺酮治療憂鬱症或其他心理健康問題。",
     "美國食品藥物管理局（FDA）已經批准用氯胺酮治療憂鬱症或其他心理健康問題。"),
    ("zh_Hant", SELF, "不要自己用氯胺酮治療。絕不要從您不認識的地方或人那裡拿這種藥。",
     "您可以自己用氯胺酮治療。可以從任何地方拿這種藥。"),
    ("zh_Hant", HEDGE, "氯胺酮可能會緩解幾天的憂鬱。", "氯胺酮會緩解幾天的憂鬱。"),
    ("pt", FDA, "A FDA não aprovou a cetamina para tratar a depressão ou outros problemas de "
     "saúde mental.", "A FDA aprovou a cetamina para tratar a depressão ou outros problemas "
     "de saúde mental."),
    ("pt", SELF, "Não se trate com cetamina. Nunca a pegue de um lugar ou de uma pessoa que "
     "você não conhece.", "Você pode se tratar com cetamina. Pode pegá-la de qualquer lugar."),
    ("pt", MICE, "Em um estudo com camundongos, um segundo medicamento fez a cetamina funcionar "
     "por até dois meses. Isso ainda não foi testado em pessoas.", "Em um estudo, um segundo "
     "medicamento fez a cetamina funcionar por até dois meses. Isso ainda não foi testado em "
     "pessoas."),
    ("pt", HEDGE, "A cetamina pode aliviar a depressão por alguns dias.",
     "A cetamina alivia a depressão por alguns dias."),
    ("ru", FDA, "FDA не одобрило кетамин для лечения депрессии или других психических "
     "расстройств.", "FDA одобрило кетамин для лечения депрессии или других психических "
     "расстройств."),
    ("ru", SELF, "Не лечитесь кетамином самостоятельно. Никогда не берите его в незнакомом месте "
     "или у незнакомого человека.", "Вы можете лечиться кетамином самостоятельно. Его можно "
     "брать где угодно."),
    ("ru", MICE, "В исследовании на мышах второй препарат продлил действие кетамина до двух "
     "месяцев. На людях это ещё не проверяли.", "В исследовании на мышах второй препарат "
     "продлил действие кетамина до двух месяцев. На людях это уже проверили."),
    ("ru", HEDGE, "Кетамин может облегчить депрессию на несколько дней.",
     "Кетамин облегчает депрессию на несколько дней."),
]


# Tagalog and Haitian Creole (written for this test, as a translator might; before their
# `[translation_meaning]` lists these were checked for numbers only: FAITH-TRANSLATION-
# PARTIAL, and every turned-around line below passed)
TL_HT = [
    ("tl", FDA, "Hindi inaprubahan ng FDA ang ketamine para gamutin ang depresyon o iba pang "
     "problema sa kalusugan ng isip.", "Inaprubahan ng FDA ang ketamine para gamutin ang "
     "depresyon o iba pang problema sa kalusugan ng isip."),
    ("tl", SELF, "Huwag gamutin ang sarili gamit ang ketamine. Huwag itong kunin kailanman sa "
     "lugar o taong hindi mo kilala.", "Maaari mong gamutin ang sarili gamit ang ketamine. "
     "Puwede mo itong kunin kahit saan."),
    ("tl", MICE, "Sa isang pag-aaral sa mga daga, pinatagal ng pangalawang gamot ang bisa ng "
     "ketamine hanggang dalawang buwan. Hindi pa ito nasusubukan sa mga tao.", "Sa isang "
     "pag-aaral, pinatagal ng pangalawang gamot ang bisa ng ketamine hanggang dalawang buwan. "
     "Hindi pa ito nasusubukan sa mga tao."),
    ("tl", HEDGE, "Maaaring mapagaan ng ketamine ang depresyon nang ilang araw.",
     "Pinapagaan ng ketamine ang depresyon nang ilang araw."),
    ("ht", FDA, "FDA a pa apwouve ketamin pou trete depresyon oswa lòt pwoblèm sante mantal.",
     "FDA a apwouve ketamin pou trete depresyon oswa lòt pwoblèm sante mantal."),
    ("ht", SELF, "Pa trete tèt ou ak ketamin. Pa janm pran l nan yon kote oswa nan men yon moun "
     "ou pa konnen.", "Ou ka trete tèt ou ak ketamin. Ou ka pran l nenpòt kote."),
    ("ht", MICE, "Nan yon etid sou sourit, yon dezyèm medikaman fè ketamin travay pou jiska de "
     "mwa. Yo poko teste sa sou moun.", "Nan yon etid, yon dezyèm medikaman fè ketamin travay "
     "pou jiska de mwa. Yo poko teste sa sou moun."),
    ("ht", HEDGE, "Ketamin ka soulaje depresyon pou kèk jou.",
     "Ketamin soulaje depresyon pou kèk jou."),
]


@pytest.mark.parametrize(("locale", "source", "faithful", "turned"), WRITTEN + TL_HT,
                         ids=lambda v: str(v)[:16])
def test_written_translations_keep_or_lose_their_meaning(locale: str, source: str,
                                                         faithful: str, turned: str):
    assert faith.meaning_checked(locale)
    assert faith.translation_problems(faithful, locale, source, "en") == []
    (p,) = faith.translation_problems(turned, locale, source, "en")
    assert p.code == "FAITH-TRANSLATION" and "the en text" in p.message




@pytest.mark.parametrize("locale", ["tl", "ht"])
def test_tagalog_and_haitian_creole_get_no_partial_warning(tmp_path: Path, locale: str):
    path = _with_locales(tmp_path, locale)
    partial = [f for f in check_handout(load_handout(path), [locale])
               if f.code == "FAITH-TRANSLATION-PARTIAL"]
    assert partial == []
