"""A narrow terminal (40 columns): the lists beside the article and the claim give up
room instead of keeping their 30 columns and leaving the text a sliver."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import copy_example, ready
from tui_wait import until

from summarizer.tui.app import EditorApp


@pytest.mark.parametrize(("tab", "key", "side", "body"), [
    ("sources", "1", "#source-list", "#source-body"),
    ("handout", "2", "#claim-list", "#claim-body"),
])
async def test_at_40_columns_the_text_keeps_most_of_the_width(
    tmp_path: Path, seeds_dir: Path, tab: str, key: str, side: str, body: str
) -> None:
    app = EditorApp(copy_example(tmp_path, seeds_dir))
    async with app.run_test(size=(40, 24)) as pilot:
        await ready(pilot)
        await pilot.press(key)
        await until(pilot, lambda: app.query_one(body).region.width > 0)
        side_width = app.query_one(side).region.width
        body_width = app.query_one(body).region.width
        assert 0 < side_width <= 40 // 2 < body_width, (side_width, body_width)


async def test_at_normal_width_the_lists_keep_their_30_columns(
    tmp_path: Path, seeds_dir: Path
) -> None:
    app = EditorApp(copy_example(tmp_path, seeds_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.query_one("#source-list").region.width == 30
