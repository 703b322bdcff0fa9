"""The import dialog: files dropped on the window, detection, preview, bad rows, import, cancel, mapping."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.services.importing import analyse_file, saved_profiles
from app.store import Store
from app.views.context import ViewContext
from app.views.import_dialog import ImportDialog
from app.views.main_window import MainWindow
from tests.services.importing.conftest import DOUYIN_HEADERS, Files, douyin_row, rows_of

XHS_HEADERS = ["笔记标题", "首次发布时间", "体裁", "曝光", "观看量", "封面点击率", "点赞", "评论", "收藏", "涨粉", "分享",
               "人均观看时长", "弹幕"]


@pytest.fixture
def make(tmp_path: Path) -> Files:
    folder = tmp_path / "files"
    folder.mkdir()
    return Files(folder)


def douyin_file(make: Files, name: str = "作品列表.xlsx", n: int = 5, bad: bool = False) -> Path:
    start = dt.datetime(2026, 7, 1, 10, 0)
    rows = [DOUYIN_HEADERS] + [douyin_row(f"抖音作品{i}", f"{start + dt.timedelta(hours=7 * i):%Y-%m-%d %H:%M:%S}",
                                          str(1000 + i)) for i in range(n)]
    if bad:
        rows.append(douyin_row("日期写错了", "七月三十", "500"))
    return make.xlsx(name, rows)


def xhs_file(make: Files) -> Path:
    rows = [["最多导出排序后前1000条笔记，如需更多请缩小时间范围"] + [""] * 12, XHS_HEADERS,
            ["秋冬护肤", "2026年03月25日09时49分34秒", "图文", "10000", "800", "6.50%", "50", "5", "30", "4", "2", "15.20秒", "0"],
            ["换季敏感肌", "2026年03月26日20时", "视频", "5000", "300", "0.05", "10", "1", "3", "0", "1", "45.0", "2"]]
    return make.xlsx("笔记列表明细表.xlsx", rows, merged="A1:M1")


def count(store: Store, table: str) -> int:
    return int(rows_of(store, f"SELECT count(*) AS n FROM {table}")[0]["n"])


def drop(widget: object, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)  # type: ignore[attr-defined]


@pytest.fixture
def window(ctx: ViewContext, qtbot: object) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    return win


def test_two_files_dropped_on_window_are_listed_and_imported(window: MainWindow, ctx: ViewContext, make: Files,
                                                            qtbot: object) -> None:
    notified: list[set[str]] = []
    ctx.signals.dataChanged.connect(notified.append)
    posts_before = count(ctx.store, "post")
    first = douyin_file(make)
    drop(window, [first, xhs_file(make)])
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert [e.path.name for e in dialog.entries] == ["作品列表.xlsx", "笔记列表明细表.xlsx"]
    douyin, xhs = dialog.entries
    assert (douyin.plan.platform, douyin.plan.profile) == ("douyin", "douyin_works")
    assert (xhs.plan.platform, xhs.plan.profile) == ("xiaohongshu", "xiaohongshu_notes")
    assert douyin.plan.counts["inserted"] == 5 and xhs.plan.counts["inserted"] == 2
    assert "新增 5" in douyin.item.text() and "小红书" in xhs.item.text()
    # the shown file: its account (the only own Douyin account), its confidence, its preview
    dialog.files.setCurrentRow(0)
    assert dialog.account_box.currentText() == "肌理研究所"
    assert dialog.profile_box.currentText() == f"抖音 作品列表（可信度 {round(douyin.plan.confidence * 100)}%）"
    assert dialog.profile_box.count() == 1 + len(douyin.plan.alternatives)
    assert dialog.preview.rowCount() == 5 and dialog.preview.item(0, 0).text() == "2"
    titles = [dialog.preview.horizontalHeaderItem(c).text() for c in range(dialog.preview.columnCount())]
    assert "标题" in titles and "完播率" in titles
    rate_col = titles.index("完播率")
    assert dialog.preview.item(0, rate_col).text() == "35.3%"
    assert "新增 5 条内容" in dialog.plan_summary.text()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert count(ctx.store, "post") == posts_before + 7
    assert [e.result.status for e in dialog.entries] == ["imported", "imported"]
    assert any({"post", "post_metrics"} <= tables for tables in notified)
    assert "2 个文件已导入" in dialog.outcome.text()
    assert not dialog.import_button.isEnabled()

    # the same file again: said to be imported before, nothing written
    copy = make.path("作品列表（又下了一次）.xlsx")
    shutil.copyfile(first, copy)
    drop(window, [copy])
    again = dialog.entries[-1]
    assert again.plan.duplicate_of is not None
    dialog.files.setCurrentRow(2)
    assert "已经导入过" in dialog.message.text() and "已经导入过" in again.item.text()
    assert not dialog.import_button.isEnabled()


def test_bad_rows_are_listed_and_refuse_the_file_unless_skipped(ctx: ViewContext, make: Files, qtbot: object) -> None:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.add_files([douyin_file(make, bad=True)])
    entry = dialog.entries[0]
    assert entry.plan.bad_rows == 1
    bad = dialog.bad_rows
    assert bad.rowCount() == 1
    assert [bad.item(0, c).text() for c in range(3)] == ["7", "发布时间", "七月三十"]
    assert bad.item(0, 3).text()
    assert "1 行读不出来" in dialog.plan_summary.text()
    before = count(ctx.store, "post")
    dialog.start_import()
    assert entry.result.status == "refused" and count(ctx.store, "post") == before
    assert "没有导入" in dialog.outcome.text()

    dialog.remove_current()
    dialog.add_files([douyin_file(make, "again.xlsx", bad=True)])
    dialog.skip_bad.setChecked(True)
    dialog.start_import()
    assert dialog.entries[0].result.status == "imported" and dialog.entries[0].result.skipped == 1
    assert count(ctx.store, "post") == before + 5


def test_cancel_leaves_the_store_untouched(ctx: ViewContext, make: Files, qtbot: object) -> None:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.add_files([douyin_file(make, n=50)])
    before = {t: count(ctx.store, t) for t in ("post", "post_metrics", "import_batch", "account")}
    dialog._relay.progressed.connect(lambda *_report: dialog.cancel_import())  # 取消 at the first report
    dialog.start_import()
    assert {t: count(ctx.store, t) for t in before} == before
    assert "已取消" in dialog.outcome.text() and dialog.entries[0].result is None
    assert not dialog.progress.isVisible()


def test_import_writes_what_the_dialog_previewed_without_matching_again(ctx: ViewContext, make: Files, qtbot: object,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import app.services.importing.service as service

    matched: list[int] = []
    real = service.resolve_posts
    monkeypatch.setattr(service, "resolve_posts", lambda *a, **k: (matched.append(1), real(*a, **k))[1])
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.add_files([douyin_file(make, n=8)])
    assert "新增 8 条内容" in dialog.plan_summary.text() and matched == [1]
    posts_before = count(ctx.store, "post")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert dialog.entries[0].result.inserted == 8 and count(ctx.store, "post") == posts_before + 8
    assert matched == [1]  # the preview's match is what was written


def test_changing_the_capture_date_and_account_re_analyses(ctx: ViewContext, make: Files, qtbot: object) -> None:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.add_files([douyin_file(make)])
    from PySide6.QtCore import QDate

    dialog.date_edit.setDate(QDate(2026, 8, 3))
    entry = dialog.entries[0]
    assert str(entry.plan.captured_on) == "2026-08-03" and entry.plan.captured_on_source == "option"
    dialog.account_box.setEditText("新开的抖音号")
    dialog._account_chosen()
    assert entry.plan.account_name == "新开的抖音号" and entry.plan.account_id is None
    dialog.start_import()
    assert rows_of(ctx.store, "SELECT count(*) AS n FROM account WHERE name = '新开的抖音号'")[0]["n"] == 1
    assert rows_of(ctx.store, "SELECT DISTINCT captured_on FROM post_metrics m JOIN post p ON p.id = m.post_id "
                              "WHERE p.title LIKE '抖音作品%'")[0]["captured_on"] == "2026-08-03"


def test_unknown_file_goes_through_the_mapping_editor_and_is_recognised_next_time(
        ctx: ViewContext, make: Files, qtbot: object) -> None:
    headers = ["视频名", "上线日子", "看过的人", "备注"]
    first = make.xlsx("视频号整理.xlsx", [headers, ["开箱", "2026-07-01 20:00", "3000", "x"],
                                          ["测评", "2026-07-03 20:00", "1.2万", "y"]])
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.add_files([first])
    entry = dialog.entries[0]
    assert entry.plan is None and entry.unknown_shape and "视频名" in dialog.message.text()
    assert not dialog.mapping_button.isHidden()
    dialog.edit_mapping()
    editor = dialog.mapping_editor
    assert editor.headers == headers
    editor.platform_box.setCurrentIndex(editor.platform_box.findData("channels"))
    editor.set_field("视频名", "ignore")
    editor.set_field("上线日子", "published_at")
    editor.update_preview()
    assert "标题" in editor.status.text()  # the title is still missing
    assert not editor.buttons.button(editor.buttons.StandardButton.Save).isEnabled()
    editor.set_field("视频名", "title")
    editor.set_field("看过的人", "views")
    editor.update_preview()
    assert editor.preview.rowCount() == 2
    shown = {editor.preview.horizontalHeaderItem(c).text(): editor.preview.item(1, c).text()
             for c in range(editor.preview.columnCount())}
    assert shown["标题"] == "测评" and shown["播放/阅读量"] == "12,000"
    editor.name_edit.setText("视频号 我的整理表")
    editor.save()
    assert [p.name for p in saved_profiles(ctx.store)] == ["视频号 我的整理表"]
    assert entry.plan is not None and entry.plan.profile == "视频号 我的整理表" and entry.plan.platform == "channels"
    dialog.start_import()
    assert entry.result.status == "imported" and entry.result.inserted == 2

    second = make.xlsx("视频号整理-下周.xlsx", [headers, ["直播回放", "2026-07-09 20:00", "800", ""]])
    assert analyse_file(ctx.store, second).profile == "视频号 我的整理表"


def test_whole_store_workbook_dropped_into_an_empty_store(ctx: ViewContext, store_factory_dir: Path,
                                                          qtbot: object) -> None:
    from app.services.maintenance import table_counts
    from app.services.workbook import export_store
    from tests.views.conftest import make_ctx

    out = store_factory_dir / "OpsDesk.xlsx"
    export_store(ctx.store, out)
    empty = Store.open(store_factory_dir / "empty")
    try:
        target = make_ctx(empty)
        notified: list[set[str]] = []
        target.signals.dataChanged.connect(notified.append)
        dialog = ImportDialog(target)
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        drop(dialog, [out])
        entry = dialog.entries[0]
        assert entry.plan.profile == "opsdesk_workbook" and "OpsDesk 工作簿" in entry.item.text()
        shown = {dialog.preview.item(r, 0).text(): dialog.preview.item(r, 1).text()
                 for r in range(dialog.preview.rowCount())}
        assert shown["topic"] == "3" and shown["member"] == "30"
        dialog.start_import()
        assert entry.result.status == "imported" and notified == [{"*"}]
        source, copied = table_counts(ctx.store), table_counts(empty)
        assert {t: n for t, n in copied.items() if t != "import_batch"} == \
            {t: n for t, n in source.items() if t != "import_batch"}
    finally:
        empty.close()


@pytest.fixture
def store_factory_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "stores"
    folder.mkdir()
    return folder


def test_several_own_accounts_still_show_the_preview_and_ask_for_one(ctx: ViewContext, make: Files,
                                                                      qtbot: object) -> None:
    with ctx.store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO account (platform, name, is_own, created_at, updated_at) "
                             "VALUES ('douyin', '肌理小号', 1, '2026-01-01', '2026-01-01')")
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.add_files([douyin_file(make)])
    entry = dialog.entries[0]
    assert entry.plan is not None and entry.plan.account_choices == ["肌理研究所", "肌理小号"]
    assert dialog.profile_box.currentText().startswith("抖音")
    assert dialog.preview.rowCount() == 5 and dialog.form.isRowVisible(1)
    assert "好几个自己的账号" in dialog.message.text() and "肌理小号" in dialog.message.text()
    assert dialog.account_box.currentText() == "" and dialog.account_box.lineEdit().placeholderText() == "选择账号"
    assert [dialog.account_box.itemText(i) for i in range(dialog.account_box.count())] == ["肌理研究所", "肌理小号"]
    assert "请选择导入到哪个账号" in entry.item.text() and not dialog.import_button.isEnabled()
    dialog.account_box.setCurrentIndex(1)
    dialog._account_chosen()
    assert entry.plan.account_name == "肌理小号" and entry.plan.counts["inserted"] == 5
    assert dialog.import_button.isEnabled() and "新增 5" in dialog.plan_summary.text()
    dialog.start_import()
    assert entry.result.status == "imported"
    assert rows_of(ctx.store, "SELECT count(*) AS n FROM post p JOIN account a ON a.id = p.account_id "
                              "WHERE a.name = '肌理小号'")[0]["n"] == 5


def test_a_file_listed_twice_or_imported_before_is_said_so(ctx: ViewContext, make: Files, qtbot: object) -> None:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    first = douyin_file(make)
    dialog.add_files([first, xhs_file(make)])
    dialog.add_files([first])
    assert len(dialog.entries) == 2 and dialog.files.currentRow() == 0
    assert dialog.outcome.text() == "这个文件已经在列表里了：作品列表.xlsx"
    dialog.start_import()
    imported_at = rows_of(ctx.store, "SELECT imported_at FROM import_batch ORDER BY id LIMIT 1")[0]["imported_at"]
    day = dt.date.fromisoformat(str(imported_at)[:10])
    later = ImportDialog(ctx)
    qtbot.addWidget(later)  # type: ignore[attr-defined]
    copy = make.path("作品列表(1).xlsx")
    shutil.copyfile(first, copy)
    later.add_files([copy])
    said = f"这个文件 {day.month} 月 {day.day} 日已经导入过，再导入不会重复"
    assert said in later.message.text() and said in later.entries[0].item.text()
    assert not later.import_button.isEnabled()


def test_douyin_image_posts_and_capped_counts_read_as_the_platform_says(ctx: ViewContext, make: Files,
                                                                          qtbot: object) -> None:
    path = make.xlsx("图文.xlsx", [DOUYIN_HEADERS,
                                   douyin_row("图文作品", "2026-07-27 10:00:00", "10w+", **{"体裁": "图文"}),
                                   douyin_row("视频作品", "2026-07-28 10:00:00", "1234")])
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.add_files([path])
    header = {dialog.preview.horizontalHeaderItem(c).text(): c for c in range(dialog.preview.columnCount())}
    assert dialog.preview.item(0, header["体裁"]).text() == "图文"
    assert dialog.preview.item(0, header["播放/阅读量"]).text() == "≥100,000"
    assert dialog.preview.item(1, header["播放/阅读量"]).text() == "1,234"


@pytest.mark.parametrize(("theme", "arrow"), [("light", (0x4E, 0x55, 0x61)), ("dark", (0xB4, 0xB9, 0xC2))])
def test_combo_boxes_show_their_arrow_and_a_blocked_import_button_looks_blocked(
        ctx: ViewContext, make: Files, qtbot: object, theme: str, arrow: tuple[int, int, int]) -> None:
    from app.views.theme import style_sheet

    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.setStyleSheet(style_sheet(theme))
    dialog.add_files([douyin_file(make)])
    dialog.show()
    box = dialog.account_box
    image = box.grab().toImage()
    drop_down = [image.pixelColor(x, y) for x in range(box.width() - 20, box.width()) for y in range(box.height())]
    assert any(abs(c.red() - arrow[0]) + abs(c.green() - arrow[1]) + abs(c.blue() - arrow[2]) < 40 for c in drop_down)
    dialog.entries[0].plan.account_choices, dialog.entries[0].plan.account_name = ["甲", "乙"], None
    dialog._update_buttons()
    button = dialog.import_button
    assert not button.isEnabled()
    middle = button.grab().toImage().pixelColor(6, button.height() // 2)
    assert not (middle.blue() > 180 and middle.red() < 100)  # not the accent blue of a pressable default button


def test_mapping_editor_opens_from_the_recognised_format_and_asks_before_dropping_its_columns(
        ctx: ViewContext, make: Files, qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.views.mapping_editor import IGNORE, KEEP

    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.add_files([douyin_file(make)])
    plan = dialog.entries[0].plan
    assert not dialog.mapping_button.isHidden()
    dialog.edit_mapping()
    editor = dialog.mapping_editor
    assert "认不出" not in editor.intro.text() and "抖音 作品列表" in editor.intro.text()
    assert (editor.platform, editor.kind) == ("douyin", "posts")
    chosen = editor.mapping()
    assert chosen == {h: plan.mapping[h] for h in editor.headers}
    assert chosen["播放量"] == "views" and chosen["点赞量"] == "likes" and IGNORE not in chosen.values()
    assert chosen["审核状态"] == KEEP
    assert editor.buttons.button(editor.buttons.StandardButton.Save).isEnabled()

    editor.set_field("播放量", IGNORE)
    editor.set_field("点赞量", KEEP)
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # noqa: ANN202
        def question(_parent, _title, text, *_args):  # noqa: ANN001, ANN202
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    editor.save()
    assert "播放量、点赞量" in asked[0] and saved_profiles(ctx.store) == ()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Save))
    editor.save()
    assert [p.name for p in saved_profiles(ctx.store)] == ["作品列表"]


def test_mapping_editor_guesses_known_headers_keeps_unknown_ones_and_speaks_gui(
        ctx: ViewContext, make: Files, qtbot: object) -> None:
    from PySide6.QtWidgets import QLabel

    from app.views.mapping_editor import KEEP

    with ctx.store.engine.begin() as conn:  # two own accounts: once "use --account" blocked the preview
        conn.exec_driver_sql("INSERT INTO account (platform, name, is_own, created_at, updated_at) "
                             "VALUES ('channels', '视频号一', 1, '2026-01-01', '2026-01-01'), "
                             "('channels', '视频号二', 1, '2026-01-01', '2026-01-01')")
    headers = ["视频名", "上线日子", "点赞量", "备注"]
    path = make.xlsx("视频号整理.xlsx", [headers, ["开箱", "2026-07-01 20:00", "30", "x"]])
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.add_files([path])
    dialog.edit_mapping()
    editor = dialog.mapping_editor
    assert "认不出" in editor.intro.text()
    assert editor.mapping()["点赞量"] == "likes" and editor.mapping()["备注"] == KEEP
    editor.platform_box.setCurrentIndex(editor.platform_box.findData("channels"))
    editor.set_field("视频名", "title")
    editor.set_field("上线日子", "published_at")
    editor.update_preview()
    assert editor.preview.rowCount() == 1
    assert editor.buttons.button(editor.buttons.StandardButton.Save).isEnabled()
    texts = [w.text() for w in editor.findChildren(QLabel)] + [editor.status.text()]
    assert not [t for t in texts if "--" in t]


def test_one_preview_filler_for_the_import_and_the_mapping_editor(qtbot: object) -> None:
    """The preview shows the Excel row, then every field any row has, each value as it will be stored."""
    from PySide6.QtWidgets import QTableWidget

    from app.views.mapping_editor import field_label, fill_preview

    table = QTableWidget()
    qtbot.addWidget(table)  # type: ignore[attr-defined]
    table.setColumnCount(9)
    fill_preview(table, [{"row": 2, "title": "换季护理", "views": 1200},
                         {"row": 3, "title": "防晒", "engagement_rate": 0.051}])
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[0] == "Excel 行" and len(headers) == 4
    assert [table.item(r, 0).text() for r in range(2)] == ["2", "3"]
    views = headers.index(field_label("views"))
    assert table.item(0, views).text() == "1,200" and table.item(1, views).text() == ""  # as stored, missing empty
    assert field_label("engagement_rate") in headers  # a field only the second row has


def test_mapping_editor_names_and_shows_metrics_as_the_dictionary_does(qtbot: object) -> None:
    """Fields the dictionary defines (在看, 主页访问, 发布篇数 …) take its name and show as counts."""
    from app.services.metrics import DAILY_TABLE, POST_TABLE, metric, stored_columns
    from app.views.mapping_editor import display, field_label

    for key in (*stored_columns(POST_TABLE), *stored_columns(DAILY_TABLE)):
        if key != "views":  # the editor says 播放/阅读量, the words exports use
            assert field_label(key) == metric(key).name, key
    assert field_label("posts_published") == "发布篇数"
    assert display("wows", 12000) == display("profile_visits", 12000) == "12,000"
