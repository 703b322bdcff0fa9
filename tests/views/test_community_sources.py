"""用户与社群 › 社群活跃 and 问卷: imported 企业微信 statistics charted day by day, an imported 问卷星 survey
shown as bars per choice question and printed (the real page, the real print path)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

from app.services import surveys
from app.services.importing import import_files
from app.store import Store
from app.views.community_tab import CommunityTab
from tests.views.conftest import make_ctx

SHOTS = os.environ.get("OPSDESK_SHOTS")


def xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def fill(store: Store, folder: Path) -> None:
    contact = [["时间", "成员", "部门", "发起申请数", "新增客户数", "聊天总数", "发送消息数", "已回复聊天占比（%）",
                "平均首次回复时长（分钟）", "删除/拉黑成员的客户数"]]
    groups = [["时间", "成员", "部门", "群总数", "新增群聊数", "有过消息的群聊数", "群成员总数", "新增群成员数",
               "发过消息的群成员数", "群聊消息总数"]]
    for day in range(1, 19):
        for staff, scale in (("王小二", 1), ("李运营", 2)):
            contact.append([f"2026-11-{day:02d}", staff, "运营部", 1, day % 4 + scale, 10, 30 * scale, 0.9, 5, day % 2])
            groups.append([f"2026-11-{day:02d}", staff, "运营部", 3, 0, 2, 400, 3, 20 + day * scale, 100 + 9 * day * scale])
    survey = [["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您的性别", "2、您的年龄段",
               "3、您平时关注哪些内容？", "4、您对我们有什么建议？"]]
    ages = ["18-24岁", "25-30岁", "25-30岁", "31-40岁"]
    likes = ["护肤┋彩妆", "护肤", "穿搭┋护肤", "彩妆"]
    for n in range(1, 21):
        survey.append([n, f"2026/11/{n % 9 + 1:02d} 20:15:33", f"{60 + n}秒", "微信", "", "1.2.3.4(广东-深圳)",
                       "女" if n % 3 else "男", ages[n % 4], likes[n % 4], f"希望多讲第{n}种成分" if n % 5 == 0 else "(跳过)"])
    run = import_files(store, [xlsx(folder / "联系客户统计.xlsx", contact), xlsx(folder / "群聊数据统计.xlsx", groups),
                               xlsx(folder / "双11护肤调研_20_20.xlsx", survey)])
    assert [r.status for r in run.results] == ["imported"] * 3, [r.as_dict() for r in run.results]


def test_activity_page_charts_imported_statistics(qtbot: Any, store: Store, tmp_path: Path) -> None:
    fill(store, tmp_path)
    tab = CommunityTab(make_ctx(store))
    qtbot.addWidget(tab)
    tab.resize(1300, 850)
    tab.refresh()
    tab.show_page(tab.activity)
    page = tab.activity
    assert not page.stack.isEmpty()
    assert len(page.data["days"]) == 18
    nov18 = page.data["days"][-1]
    assert (nov18["group_messages"], nov18["active_group_members"]) == (100 + 162 + 100 + 324, 38 + 56)
    assert [r["staff"] for r in page.model.rows()] == ["李运营", "王小二"]
    assert page.plot is not None and len(page.plot.listDataItems()) == 3
    if SHOTS:
        tab.show()
        qtbot.wait(50)
        tab.grab().save(str(Path(SHOTS) / "community_activity.png"))


def test_surveys_page_shows_bars_and_prints(qtbot: Any, store: Store, tmp_path: Path, monkeypatch: Any) -> None:
    fill(store, tmp_path)
    tab = CommunityTab(make_ctx(store))
    qtbot.addWidget(tab)
    tab.resize(1300, 850)
    tab.refresh()
    tab.show_page(tab.surveys)
    page = tab.surveys
    assert page.survey.count() == 1 and page.results is not None and page.results["title"] == "双11护肤调研"
    gender = page.results["questions"][0]
    assert gender["counts"] == [("女", 14), ("男", 6)] and gender["role"] == "gender"
    assert page.results["questions"][3]["free"] == 4
    assert page.findChild(type(page.summary), "surveyChart3") is not None
    assert [q["role"] for q in surveys.persona_questions(store)] == ["gender", "age"]
    tab.show_page(tab.personas)
    assert "问卷「双11护肤调研」· 性别：女 70%、男 30%" in tab.personas.summary.text()
    assert "年龄：25-30岁 50%" in tab.personas.summary.text()
    tab.show_page(tab.surveys)
    if SHOTS:
        tab.show()
        qtbot.wait(50)
        tab.grab().save(str(Path(SHOTS) / "survey_results.png"))
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: self.show() or 0)
    page.print_preview()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in tab.window().findChildren(QPrintPreviewDialog)))
    dialog = next(d for d in tab.window().findChildren(QPrintPreviewDialog) if d.isVisible())
    assert dialog.findChild(QPrintPreviewWidget).pageCount() >= 1
    dialog.close()
    from app.report.survey_sheet import write_survey_pdf

    pdf = tmp_path / "survey.pdf"
    assert write_survey_pdf(pdf, page.results, store_today(), translate=QCoreApplication.translate) >= 1
    assert pdf.stat().st_size > 5000
    if SHOTS:
        os.system(f"pdftoppm -png -r 50 -f 1 -l 1 {pdf} {Path(SHOTS) / 'survey_sheet'}")


def store_today() -> Any:
    from app import clock

    return clock.today()


def test_import_dialog_puts_customers_into_the_chosen_community(qtbot: Any, store: Store, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from app.views.import_dialog import ImportDialog

    path = xlsx(tmp_path / "客户列表.xlsx", [
        ["1.客户名称优先取成员为客户设置的备注名"],
        ["客户名称", "描述", "添加人", "添加人账号", "添加人所属部门", "添加时间", "来源", "标签组1(客户等级)"],
        ["张三", "", "王小二", "wxe", "运营部", "2026/11/02 09:15", "扫描二维码", "VIP"],
        ["李四", "", "王小二", "wxe", "运营部", "2026/11/03 10:00", "群聊", ""]])
    ctx = make_ctx(store)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_files([path])
    [entry] = dialog.entries
    assert entry.plan is not None and entry.plan.profile == "wecom_customers" and entry.plan.counts["inserted"] == 2
    assert dialog.form.isRowVisible(3) and dialog.community_box.isEnabled()
    dialog.community_box.setEditText("私域会员群")
    dialog.community_box.lineEdit().editingFinished.emit()
    assert entry.plan.community == "私域会员群"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert entry.result is not None and entry.result.status == "imported"
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT m.nickname, m.tags, c.name FROM member m JOIN community c ON c.id = m.community_id "
                                    "ORDER BY m.nickname").all()
    assert [tuple(r) for r in rows] == [("张三", "客户等级:VIP", "私域会员群"), ("李四", None, "私域会员群")]


def test_activity_table_headers_are_not_cut(qtbot: Any, store: Store, tmp_path: Path) -> None:
    """The per-staff table widens each column to its header ("发言群成员（人次）", longer in English):
    a bare table left them at the default width and cut them."""
    fill(store, tmp_path)
    tab = CommunityTab(make_ctx(store))
    qtbot.addWidget(tab)
    tab.resize(1300, 850)
    tab.show()
    tab.refresh()
    tab.show_page(tab.activity)
    table = tab.activity.table
    header = table.horizontalHeader()

    def fits() -> bool:
        return all(header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(
            str(tab.activity.model.headerData(column, Qt.Orientation.Horizontal))) for column in range(header.count()))

    qtbot.waitUntil(fits, timeout=2000)


def test_community_pickers_keep_the_chosen_community_across_a_refresh(qtbot: Any, store: Store) -> None:
    from app.services.community import archive_community, create_community

    first, second = create_community(store, "训练营1群"), create_community(store, "训练营2群")
    tab = CommunityTab(make_ctx(store))
    qtbot.addWidget(tab)
    tab.refresh()
    for page in (tab.activity, tab.personas):
        page.refresh()
        page.community.setCurrentIndex(page.community.findData(second))
    create_community(store, "新社群")
    for page in (tab.activity, tab.personas):
        page.refresh()
        box = page.community
        assert box.itemText(0) == "全部社群"
        assert sorted(box.itemText(i) for i in range(1, box.count())) == ["新社群", "训练营1群", "训练营2群"]
        assert box.currentData() == second
    archive_community(store, second)
    for page in (tab.activity, tab.personas):
        with qtbot.assertNotEmitted(page.community.currentIndexChanged):
            page.refresh()
        assert page.community.currentData() is None  # the archived one is gone: back to 全部社群
        assert page.community.findData(second) == -1 and page.community.findData(first) > 0
