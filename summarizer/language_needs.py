"""What a language needs before a handout can be printed in it, and starting it as data.

A language is data, not code: the handout's own catalog (handout.po), the app's strings
(summarizer.po: in the handout's locales/ folder, the user's or site's data folder, or
the package), the rulebook's word lists (the user's or site's data folder, or the
package) and installed fonts for its script. `translations init` creates the catalogs a
language lacks and names whatever else is missing; `translations status` reports all of
it. Pure apart from reading and writing those files; no WeasyPrint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.locale_codes import base_language

if TYPE_CHECKING:
    from summarizer.handout_file import HandoutDocument


@dataclass(frozen=True, slots=True)
class AppStrings:
    """The app catalog that serves a locale, and how complete it is."""

    path: str  # "" when there is none anywhere
    total: int
    translated: int
    missing: list[str] = field(default_factory=list)
    fuzzy: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.path) and not self.missing and not self.fuzzy and not self.error


@dataclass(frozen=True, slots=True)
class Needs:
    """Everything outside handout.po that a locale needs, each with what to do about it."""

    locale: str
    app: AppStrings
    word_lists: str  # the file used, "" when none
    word_lists_missing: list[str]
    fonts: str  # "" when the script's fonts are installed, else what to install

    def todo(self) -> list[str]:
        out: list[str] = []
        if self.app.error:
            out.append(f"app strings: {self.app.error}")
        elif not self.app.path:
            out.append("app strings (headings, notices): no summarizer.po for this language; "
                       "`summarizer translations init` creates one in the handout folder")
        elif not self.app.complete:
            out.append(f"app strings: translate {len(self.app.missing)} missing and check "
                       f"{len(self.app.fuzzy)} fuzzy in {self.app.path}")
        if self.word_lists_missing:
            from summarizer.rulebook import WORDS_DIR, words_dirs

            lang = base_language(self.locale)
            target = self.word_lists or str(words_dirs()[0] / f"{lang}.toml")
            what = ("every list" if not self.word_lists
                    else ", ".join(self.word_lists_missing))
            out.append(f"word lists for the export gate (hype, absolutes, animal and lab cues, "
                       f"...): write {what} in {target}, following "
                       f"{WORDS_DIR / 'en.toml'}")  # the installed file, wherever that is
        if self.fonts:
            out.append(f"fonts: {self.fonts}")
        return out


def shipped_languages() -> list[str]:
    """Languages with word lists (the package's and the clinic's data folders)."""
    from summarizer.rulebook import words_dirs

    return sorted({f.stem for d in words_dirs() if d.is_dir() for f in d.glob("*.toml")})


def typo_warning(locale: str, present: list[str]) -> str | None:
    """One line when a new language code looks like a typo of a shipped language or of
    one the handout has ("frr is Northern Frisian; did you mean fr?"), else None."""
    from summarizer.locale_codes import language_name, near_language

    near = near_language(locale, [*shipped_languages(), *present])
    if near is None:
        return None
    return (f"summarizer: warning: {locale} is {language_name(locale)}; did you mean "
            f"{near}? ({near} is {language_name(near)}.) Added as asked; if it was a typo, "
            f"remove {locale} from the handout's locales")


def app_strings(locale: str, handout_dir: Path | None) -> AppStrings:
    from summarizer import i18n
    from summarizer.errors import UserError

    if base_language(locale) == "en":
        return AppStrings("(the app's own English)", 0, 0)
    path = i18n.find_app_catalog(locale, handout_dir)
    if path is None:
        return AppStrings("", 0, 0)
    try:
        status = i18n.app_catalog_status(locale, handout_dir=handout_dir)
    except UserError as exc:
        return AppStrings(str(path), 0, 0, error=str(exc))
    translated = status.total - len(status.missing) - len(status.fuzzy)
    return AppStrings(str(path), status.total, translated, list(status.missing),
                      list(status.fuzzy))


def needs(hdoc: HandoutDocument, locale: str) -> Needs:
    from summarizer import fonts, rulebook

    lang = base_language(locale)
    word_path = rulebook.word_file(lang)
    missing = list(rulebook.missing_lists(lang))
    try:
        fonts.coverage(locale)
        font_note = ""
    except fonts.FontMissing as exc:
        font_note = exc.message
    return Needs(locale, app_strings(locale, hdoc.base_dir), str(word_path or ""), missing,
                 font_note)


def init_app_catalog(hdoc: HandoutDocument, locale: str) -> Path | None:
    """Start the app strings for a language no catalog serves anywhere: the package's
    template (locales/summarizer.pot), untranslated, in the handout's locales/ folder.
    None when some catalog already serves the locale (nothing is written)."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po

    from summarizer import catalogs, i18n
    from summarizer.resources import locales_dir

    if base_language(locale) == "en" or i18n.find_app_catalog(locale, hdoc.base_dir) is not None:
        return None
    name = catalogs.normalize_locale(locale)
    with (locales_dir() / "summarizer.pot").open("rb") as fh:
        template = read_po(fh)
    catalog = Catalog(locale=name, domain=i18n.DOMAIN, project="summarizer",
                      version=template.version, fuzzy=False,
                      header_comment=(
                          f"# summarizer's own strings (headings, notices, footer) in {name},\n"
                          f"# for the handout {hdoc.handout.meta.id!r} and this folder only.\n"
                          "# Translate every msgstr; keep each %(placeholder)s. Once reviewed,\n"
                          "# a copy in the user's or site's data folder serves every handout.\n#"))
    catalogs.pin_plural_forms(catalog, name)
    for message in template:
        if message.id:
            catalog.add(message.id, ("",) * catalog.num_plurals
                        if isinstance(message.id, tuple) else "",
                        auto_comments=message.auto_comments, flags=message.flags,
                        context=message.context)
    from summarizer.paths import inside

    # proven inside the handout folder, no link on the way (summarizer.paths)
    path = inside(hdoc.base_dir, catalogs.LOCALES_DIR, name, "LC_MESSAGES",
                  f"{i18n.DOMAIN}.po", what="locale")
    path.parent.mkdir(parents=True, exist_ok=True)
    catalogs._write_file(path, catalogs.po_bytes(catalog))
    i18n.clear_cache()
    return path
