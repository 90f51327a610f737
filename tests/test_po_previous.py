"""A fuzzy string's old English (#| msgid) survives writing and reading a catalog, long
and with quotes or line breaks, in gettext's layout and in the one Babel wrote."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from summarizer import catalogs, po_previous

OLD = ('Ketamine was first made as a drug to put people to sleep. Doctors now give low '
       'doses of it for some kinds of "treatment-resistant" depression.\nAsk first.')
NEW = "Ketamine was first made as an anaesthetic."


def _catalog() -> Catalog:
    catalog = Catalog(locale="es")
    message = catalog.add(NEW, "La ketamina se creó como anestésico.", flags=["fuzzy"])
    message.previous_id = [OLD]
    return catalog


def _babel_bytes(catalog: Catalog) -> bytes:
    buf = BytesIO()
    write_po(buf, catalog, width=catalogs.PO_WIDTH, include_previous=True)
    return buf.getvalue()


@pytest.mark.parametrize("write", [catalogs.po_bytes, _babel_bytes])
def test_the_previous_msgid_is_read_back_whole(write) -> None:  # type: ignore[no-untyped-def]
    catalog = read_po(BytesIO(write(_catalog())))
    po_previous.lift(catalog)
    message = catalog.get(NEW)
    assert message.previous_id == [OLD]
    assert message.user_comments == []  # not a translator's comment "| msgid ..."


def test_previous_lines_are_written_one_quoted_string_a_line() -> None:
    lines = [ln for ln in catalogs.po_bytes(_catalog()).decode().splitlines()
             if ln.startswith("#|")]
    assert len(lines) > 1
    assert all(re.fullmatch(r'#\| (msgid )?"(?:[^"\\]|\\.)*"', ln) for ln in lines), lines
