"""The SQL-backed table model without any widget: counts, cells, sorting and filtering in SQL."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QStyle

from app.models import Platform
from app.services.queries import MEMBERS, TOPICS
from app.store import Store
from app.views.base import make_table_view
from app.views.table_models import SqlTableModel, format_value, platform_name

DISPLAY = Qt.ItemDataRole.DisplayRole


def column(model: SqlTableModel, key: str) -> int:
    return [c.key for c in model.query.columns].index(key)


def cells(model: SqlTableModel, key: str) -> list[str]:
    col = column(model, key)
    return [model.data(model.index(row, col), DISPLAY) for row in range(model.rowCount())]


def test_rows_headers_and_formatted_cells(seeded_store: Store, qapp: object) -> None:
    model = SqlTableModel(seeded_store, TOPICS)
    model.reload()
    assert model.rowCount() == 3
    assert model.columnCount() == len(TOPICS.columns)
    assert model.headerData(0, Qt.Orientation.Horizontal, DISPLAY) == "选题"
    row = model.row_of(1)
    assert model.data(model.index(row, column(model, "source")), DISPLAY) == "热点"
    assert model.data(model.index(row, column(model, "total")), DISPLAY) == "12"
    assert model.data(model.index(row, column(model, "platforms")), DISPLAY) == "公众号、抖音"
    assert model.data(model.index(row, column(model, "tags")), DISPLAY) == "敏感肌"


def test_sort_in_sql_both_directions_missing_values_last(seeded_store: Store, qapp: object) -> None:
    model = SqlTableModel(seeded_store, MEMBERS)
    model.reload()
    model.sort(column(model, "spend"), Qt.SortOrder.DescendingOrder)
    spends = cells(model, "spend")
    filled = [s for s in spends if s]
    assert filled[0] == "¥396.00"
    assert spends[-1] == ""  # members without spend come last, shown empty, not ¥0
    assert spends.index("") == len(filled)
    model.sort(column(model, "nickname"), Qt.SortOrder.AscendingOrder)
    names = cells(model, "nickname")
    assert names == sorted(names)
    model.sort(column(model, "nickname"), Qt.SortOrder.DescendingOrder)
    assert cells(model, "nickname") == sorted(names, reverse=True)


def test_search_and_equality_filters_in_sql(seeded_store: Store, qapp: object) -> None:
    model = SqlTableModel(seeded_store, MEMBERS)
    model.reload()
    assert model.rowCount() == 30
    model.setSearchText("用户00")
    assert model.rowCount() == 9
    model.setSearchText("广州")
    assert set(cells(model, "region")) == {"广州"}
    model.setSearchText("")
    model.setEquals("platform", "douyin")
    assert set(cells(model, "platform")) == {"抖音"}
    model.setEquals("segment", "core")
    assert model.rowCount() == sum(1 for i in range(1, 31) if i % 3 == 1 and i % 4 == 0)
    model.setEquals("platform", None)
    model.setEquals("segment", None)
    assert model.rowCount() == 30


def test_search_treats_percent_and_underscore_literally(seeded_store: Store, qapp: object) -> None:
    model = SqlTableModel(seeded_store, TOPICS)
    model.reload()
    model.setSearchText("100%")
    assert cells(model, "title") == ["100% 防晒 的误区"]
    model.setSearchText("_")
    assert model.rowCount() == 0


def test_lazy_pages_over_many_rows(store: Store, qapp: object) -> None:
    from app.models import Member

    rows = [{"nickname": f"m{i:05d}", "platform": "douyin", "spend": float(i)} for i in range(5000)]
    with store.writing() as session:
        session.execute(sa.insert(Member.__table__), rows)
    model = SqlTableModel(store, MEMBERS)
    model.reload()
    assert model.rowCount() == 5000
    model.sort(column(model, "spend"), Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, column(model, "nickname")), DISPLAY) == "m04999"
    assert model.data(model.index(4321, column(model, "nickname")), DISPLAY) == "m00678"
    assert len(model._pages) == 2  # only the pages of the rows asked for were fetched


def test_nothing_is_queried_before_the_first_reload(seeded_store: Store, qapp: object) -> None:
    model = SqlTableModel(seeded_store, MEMBERS)
    model.sort(column(model, "spend"), Qt.SortOrder.DescendingOrder)
    model.setSearchText("用户")
    assert model.rowCount() == 0
    model.reload()  # the tab is shown: one query with the sort and filter chosen so far
    assert model.rowCount() == 30
    assert cells(model, "spend")[0] == "¥396.00"


def test_format_value_kinds() -> None:
    assert format_value("int", None) == ""
    assert format_value("int", 12345) == "12,345"
    assert format_value("rate", 0.452) == "45.2%"
    assert format_value("money", 3.5) == "¥3.50"
    assert format_value("date", dt.date(2026, 1, 2)) == "2026-01-02"
    assert format_value("datetime", "2026-01-02 09:30:00.000000") == "2026-01-02 09:30"
    assert format_value("platform", "xiaohongshu") == "小红书"
    assert format_value("label:post_status", "scheduled") == "已排期"
    assert format_value("json_list", '["a", "b"]') == "a、b"


class _English(QTranslator):
    """Stands in for the English .qm: answers only the "platforms" context."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return {"公众号": "WeChat OA", "QQ": "QQ"}.get(source) if context == "platforms" else None


def test_platform_names_follow_the_ui_language_and_no_code_shows_raw(qapp: QCoreApplication) -> None:
    """Issue 16: 公众号 stayed Chinese in the English UI, and a community showed the code "qq"."""
    assert platform_name("wechat") == "公众号"
    assert platform_name("qq") == "QQ"
    assert platform_name(Platform.douyin) == "抖音"
    english = _English()
    qapp.installTranslator(english)
    try:
        assert platform_name("wechat") == "WeChat OA"
        assert format_value("platform", "wechat") == "WeChat OA"
    finally:
        qapp.removeTranslator(english)
    assert platform_name("wechat") == "公众号"


def test_no_header_is_cut_off_after_the_tab_sets_its_widths(seeded_store: Store, qtbot: object) -> None:
    """Issue 16: fixed column widths cut header texts off (English ones most)."""
    model = SqlTableModel(seeded_store, TOPICS)
    view = make_table_view(model)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    for section in range(model.columnCount()):
        view.setColumnWidth(section, 20)  # what a tab does right after building the view
    view.resize(1400, 400)
    view.show()
    header = view.horizontalHeader()

    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)

    def cut_off() -> list[str]:
        texts = [model.headerData(i, Qt.Orientation.Horizontal, DISPLAY) for i in range(model.columnCount())]
        return [t for i, t in enumerate(texts)
                if header.sectionSize(i) < header.fontMetrics().horizontalAdvance(t) + 2 * margin]

    qtbot.waitUntil(lambda: not cut_off())  # type: ignore[attr-defined]
    header.resizeSection(0, header.minimumSectionSize())  # the user may narrow a column …
    assert cut_off() == ["选题"]
    model.reload()  # … until the table reloads
    assert not cut_off()
