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


def test_list_model_formats_colours_checks_and_sorts_without_widgets(qapp: QCoreApplication) -> None:
    """The one list model every short table uses: kinds, swatches, colours, flags, tooltips, checks, sort."""
    from types import SimpleNamespace

    from PySide6.QtGui import QBrush, QColor, QIcon

    from app.views.table_models import (
        FLAG_BACKGROUND,
        HIGHLIGHT_BACKGROUND,
        ListColumn,
        ListTableModel,
        key_column,
    )

    toggled: list[tuple[str, bool]] = []
    model = ListTableModel(
        [key_column("term", "词"), key_column("platform", "平台", "platform"), key_column("spend", "花费", "money"),
         ListColumn("状态", lambda r: r["status"], lambda r: {"new": "新"}.get(r["status"], "旧"))],
        foreground=lambda r, col: "#B42318" if col == 3 and r["status"] == "new" else None,
        flagged=lambda r: r["spend"] is not None and r["spend"] > 100, check_key="on")
    model.toggled.connect(lambda row, on: toggled.append((row["term"], on)))
    rows = [{"id": 1, "term": "甲", "platform": "douyin", "spend": 120.0, "status": "new", "on": True},
            {"id": 2, "term": "乙", "platform": None, "spend": None, "status": "old", "on": False},
            {"id": 3, "term": "丙", "platform": "wechat", "spend": 5.5, "status": "old", "on": True}]
    model.set_rows(rows)
    assert model.data(model.index(0, 2)) == "¥120.00" and model.data(model.index(1, 2)) == ""
    assert model.data(model.index(0, 1)) == "抖音" and isinstance(model.data(model.index(0, 1), Qt.ItemDataRole.DecorationRole), QIcon)
    assert model.data(model.index(1, 1), Qt.ItemDataRole.DecorationRole) is None
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) == QBrush(FLAG_BACKGROUND)
    assert model.data(model.index(2, 3), Qt.ItemDataRole.ForegroundRole) is None
    model.set_rows([rows[1], rows[2]])
    model.set_rows(rows)
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ForegroundRole) is not None  # flagged row: red text
    plain = ListTableModel([key_column("status", "状态")], foreground=lambda r, col: "#B42318")
    plain.set_rows(rows)
    assert plain.data(plain.index(0, 0), Qt.ItemDataRole.ForegroundRole) == QColor("#B42318")

    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(model.index(1, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(model.index(1, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert toggled == [("乙", True)] and rows[1]["on"] is True

    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(i)["term"] for i in range(3)] == ["甲", "丙", "乙"]  # missing spend last
    model.set_rows(rows)  # the order holds across a reload
    assert [model.row_at(i)["term"] for i in range(3)] == ["甲", "丙", "乙"]
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(i)["term"] for i in range(3)] == ["丙", "甲", "乙"]
    assert model.row_of(3) == 0 and model.row_of("乙", "term") == 2 and model.row_of(99) == -1
    assert model.row_at(3) is None

    long = ListTableModel([ListColumn("标题", lambda r: r.title)], tooltip=None)
    long.set_rows([SimpleNamespace(id=7, title="一个很长很长很长很长很长很长的标题文字"), SimpleNamespace(id=8, title="短")])
    assert long.data(long.index(0, 0), Qt.ItemDataRole.ToolTipRole).startswith("一个")
    assert long.data(long.index(1, 0), Qt.ItemDataRole.ToolTipRole) is None
    assert long.row_of(8) == 1
    own = ListTableModel([key_column("term", "词")], highlighted=lambda r: r["id"] == 2)
    own.set_rows(rows)
    assert own.data(own.index(1, 0), Qt.ItemDataRole.FontRole).bold()
    assert own.data(own.index(1, 0), Qt.ItemDataRole.BackgroundRole) == QBrush(HIGHLIGHT_BACKGROUND)
    assert own.data(own.index(0, 0), Qt.ItemDataRole.FontRole) is None
    tipped = ListTableModel([key_column("term", "词")], tooltip=lambda r: f"建议：{r['term']}")
    tipped.set_rows(rows)
    assert tipped.data(tipped.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "建议：甲"


def test_one_swatch_for_platforms_and_calendar_kinds(qapp: QCoreApplication) -> None:
    """Platform dots and the calendar's kind dots are the same swatch, drawn once per colour and size."""
    from PySide6.QtGui import QColor

    from app.views.table_models import platform_icon, swatch_icon

    dot = swatch_icon("#2B64E3", 10)
    assert dot is swatch_icon(QColor("#2B64E3"), 10)  # cached
    image = dot.pixmap(10, 10).toImage()
    assert image.width() == 10 and image.pixelColor(5, 5).name() == "#2b64e3" and image.pixelColor(0, 0).alpha() == 0
    douyin = platform_icon("douyin").pixmap(12, 12).toImage()
    assert douyin.width() == 12 and douyin.pixelColor(6, 6).alpha() == 255


def test_list_model_loads_its_own_rows_like_the_sql_model(qapp: QCoreApplication) -> None:
    """With a loader the list model reloads, searches and filters through the service function."""
    from app.services.queries import Column
    from app.views.table_models import ListTableModel, query_columns

    asked: list[tuple[str, dict]] = []
    data = [{"id": 7, "name": "粉丝1群", "members": 120}, {"id": 9, "name": "会员群", "members": None}]

    def load(text: str, equals: dict) -> list[dict]:
        asked.append((text, equals))
        return [r for r in data if text in r["name"]]

    model = ListTableModel(query_columns([Column("name", "名称", ""), Column("members", "人数", "", "int")]),
                           load=load)
    counts: list[int] = []
    model.reloaded.connect(counts.append)
    model.setSearchText("群")
    assert asked == []  # nothing asked before the first reload
    model.reload()
    assert counts == [2] and model.id_at(1) == 9 and model.record(7)["members"] == 120
    assert model.headerData(1, Qt.Orientation.Horizontal) == "人数" and model.data(model.index(0, 1)) == "120"
    model.setEquals("state", "active")
    model.setEquals("owner", None)
    assert asked[-1] == ("群", {"state": "active"}) and counts == [2, 2]
    model.setSearchText("会员")
    assert counts[-1] == 1 and model.record(7) is None and model.row_of(9) == 0
