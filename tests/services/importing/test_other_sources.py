"""企业微信 客户列表 and 统计, 问卷星 答卷: held-out files in the shapes PLATFORM_EXPORTS.md "Other sources"
describes, imported through `import_files` and `opsdesk-cli import` with exact values."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.services.importing import ImportOptions, import_files, undo_batch
from app.services.importing.wecom import PERSONAL_SETTING

NOTES = ["1.客户名称优先取成员为客户设置的备注名", "2.暂时不支持企业微信联系人的对外自定义字段导出", "3.暂时不支持个人标签的导出"]
OLD_HEADERS = ["客户名称", "描述", "添加人", "添加人帐号", "添加时间", "手机", "企业", "邮箱", "地址", "职务", "电话",
               "标签组1(客户等级)", "标签组2(兴趣爱好)"]
NEW_HEADERS = ["客户名称", "描述", "添加人", "添加人账号", "添加人所属部门", "添加时间", "来源", "手机", "企业", "邮箱", "地址",
               "职务", "电话", "标签组1(客户等级)", "标签组2(兴趣爱好)", "标签组3(渠道)"]


def imported(store: Any, path: Path, **options: Any) -> Any:
    run = import_files(store, [path], ImportOptions(**options))
    [result] = run.results
    return result


def new_layout(*rows: list[Any]) -> list[list[Any]]:
    return [*[[n] for n in NOTES], NEW_HEADERS, *rows]


def customer(name: str, account: str, added: str, *, tags: tuple[str, str, str] = ("", "", ""), phone: str = "",
             source: str = "扫描二维码", note: str = "") -> list[Any]:
    return [name, note, "王小二", account, "运营部", added, source, phone, "", "a@b.cn" if phone else "", "", "", "",
            *tags]


def test_customer_list_current_layout_notes_above_tags_and_reimport(store, make, db) -> None:
    rows = new_layout(customer("张三", "WangXiaoEr", "2026/11/02 09:15", tags=("VIP", "价格优惠,赠品", ""),
                               phone="13800001111", note="老客户"),
                      customer("李四", "WangXiaoEr", "2026/11/03 20:01", tags=("", "", "直播间")),
                      customer("张三", "ZhaoLiu", "2026/11/04 10:00"))
    path = make.xlsx("客户列表.xlsx", rows)
    first = imported(store, path, community="训练营1群")
    assert (first.status, first.profile, first.inserted, first.rows) == ("imported", "wecom_customers", 3, 3)
    members = {(m["nickname"], m["owner_account"]): m for m in db("SELECT * FROM member ORDER BY id")}
    zhang = members[("张三", "WangXiaoEr")]
    assert zhang["tags"] == "客户等级:VIP,兴趣爱好:价格优惠,兴趣爱好:赠品"
    assert (zhang["owner"], zhang["source"], zhang["notes"], zhang["platform"]) == ("王小二", "扫描二维码", "老客户", "企业微信")
    assert zhang["added_at"].startswith("2026-11-02 09:15:00")
    assert zhang["phone"] is None and zhang["email"] is None  # personal data off by default
    assert members[("李四", "WangXiaoEr")]["tags"] == "渠道:直播间"
    [community] = db("SELECT id, name FROM community")
    assert community["name"] == "训练营1群" and {m["community_id"] for m in members.values()} == {community["id"]}
    # the same export saved again (another file, its sheet renamed: not the same bytes): nothing changes
    again = imported(store, make.xlsx("客户列表(1).xlsx", rows, sheet="客户"), community="训练营1群")
    assert again.status == "imported"
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 3)
    assert len(db("SELECT id FROM member")) == 3


def test_newer_list_adds_new_customers_and_marks_missing_ones(store, make, db) -> None:
    old = new_layout(customer("张三", "WangXiaoEr", "2026/11/02 09:15"), customer("李四", "WangXiaoEr", "2026/11/03 20:01"),
                     customer("王五", "ZhaoLiu", "2026/11/01 08:00"))
    imported(store, make.xlsx("客户列表1.xlsx", old), as_of=dt.date(2026, 11, 10))
    newer = [NEW_HEADERS, customer("张三", "WangXiaoEr", "2026/11/02 09:15", note="已复购"),
             customer("小七", "WangXiaoEr", "2026/11/10 12:30"), *[[n] for n in NOTES]]  # notes below this time
    result = imported(store, make.xlsx("客户列表2.xlsx", newer), as_of=dt.date(2026, 11, 17))
    assert result.status == "imported" and result.inserted == 1
    members = {m["nickname"]: m for m in db("SELECT nickname, notes, missing_since FROM member")}
    assert set(members) == {"张三", "李四", "王五", "小七"}
    assert members["张三"]["notes"] == "已复购" and members["张三"]["missing_since"] is None
    assert members["李四"]["missing_since"] == "2026-11-17"  # the export's date
    assert members["王五"]["missing_since"] is None  # another 添加人: not in this list at all
    undo_batch(store, result.batch_id)
    assert {m["nickname"]: m["missing_since"] for m in db("SELECT nickname, missing_since FROM member")} == {
        "张三": None, "李四": None, "王五": None}


def test_customer_list_2020_layout_xls_with_personal_data_allowed(store, make, db) -> None:
    store.set_setting(PERSONAL_SETTING, True)
    rows = [OLD_HEADERS, ["学员A", "", "王小二", "wxe", "2020/03/16 17:24", "13800001111", "", "a@b.cn", "", "", "",
                          "普通", "运动,影视"]]
    result = imported(store, make.xls("客户列表.xls", rows))
    assert (result.status, result.inserted) == ("imported", 1)
    [member] = db("SELECT * FROM member")
    assert (member["phone"], member["email"], member["tags"]) == ("13800001111", "a@b.cn", "客户等级:普通,兴趣爱好:运动,兴趣爱好:影视")
    assert member["added_at"].startswith("2020-03-16 17:24")


def test_customer_list_bad_row_named_by_excel_row(store, make, db) -> None:
    rows = new_layout(customer("张三", "WangXiaoEr", "2026/11/02 09:15"), customer("李四", "WangXiaoEr", "昨天下午"))
    result = imported(store, make.xlsx("客户列表.xlsx", rows))
    assert result.status == "refused"
    assert [(e.row, e.column, e.value) for e in result.errors] == [(6, "添加时间", "昨天下午")]
    assert db("SELECT id FROM member") == []


CONTACT = ["时间", "成员", "部门", "发起申请数", "新增客户数", "聊天总数", "发送消息数", "已回复聊天占比（%）",
           "平均首次回复时长（分钟）", "删除/拉黑成员的客户数"]
GROUPS = ["时间", "成员", "部门", "群总数", "新增群聊数", "有过消息的群聊数", "群成员总数", "新增群成员数", "发过消息的群成员数",
          "群聊消息总数"]


def test_contact_and_group_statistics_merge_into_one_row_per_staff_and_day(store, make, db) -> None:
    contact = [CONTACT, [46327.0, "王小二", "运营部", 3, 5, 12, 80, 1, 4.5, 1],
               [46328.0, "王小二", "运营部", 0, 2, 9, 40, 0.5, 12, 0]]
    first = imported(store, make.xlsx("联系客户统计.xlsx", contact), community="训练营1群")
    assert (first.status, first.profile, first.inserted) == ("imported", "wecom_contact_stats", 2)
    groups = [GROUPS, ["2026-11-01", "王小二", "运营部", 4, 1, 3, 480, 12, 60, 350],
              ["2026/11/03", "王小二", "运营部", 4, 0, 2, 485, 5, 40, 200]]
    second = imported(store, make.csv("群聊数据统计.csv", groups, encoding="gb18030"))
    assert (second.status, second.profile, second.inserted, second.updated) == ("imported", "wecom_group_stats", 1, 1)
    days = {r["day"]: r for r in db("SELECT * FROM community_daily ORDER BY day")}
    assert list(days) == ["2026-11-01", "2026-11-02", "2026-11-03"]
    merged = days["2026-11-01"]
    assert (merged["staff"], merged["new_customers"], merged["chats"], merged["messages_sent"], merged["lost_customers"]) == (
        "王小二", 5, 12, 80, 1)
    assert merged["reply_share"] == 1.0 and merged["first_reply_minutes"] == 4.5  # 0–1 column: 1 = every chat
    assert (merged["groups"], merged["active_groups"], merged["group_members"], merged["active_group_members"],
            merged["group_messages"]) == (4, 3, 480, 60, 350)
    assert days["2026-11-02"]["reply_share"] == 0.5 and days["2026-11-02"]["groups"] is None
    assert days["2026-11-03"]["new_customers"] is None and days["2026-11-03"]["group_messages"] == 200
    assert merged["community_id"] is not None
    again = imported(store, make.csv("群聊数据统计2.csv", groups))
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)
    undo_batch(store, second.batch_id)
    assert db("SELECT groups FROM community_daily WHERE day = '2026-11-01'") == [{"groups": None}]
    assert len(db("SELECT id FROM community_daily")) == 2


def test_reply_share_in_percent_when_the_column_says_so(store, make, db) -> None:
    rows = [CONTACT, ["2026-11-01", "A", "", 1, 1, 4, 8, 75, 3, 0], ["2026-11-01", "B", "", 1, 1, 4, 8, 100, 3, 0]]
    assert imported(store, make.xlsx("联系客户统计.xlsx", rows)).inserted == 2
    assert [r["reply_share"] for r in db("SELECT reply_share FROM community_daily ORDER BY staff")] == [0.75, 1.0]


TEXT_HEADERS = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您的性别 ", "2、您的年龄段",
                "3、您平时关注哪些内容？", "4、您的职业", "5、您对我们的内容有什么建议？"]


def text_answers() -> list[list[Any]]:
    return [TEXT_HEADERS,
            [1, "2026/10/08 20:15:33", "125秒", "微信", "N/A", "120.229.1.5(广东-深圳)", "女", "25-30岁", "护肤┋彩妆",
             "上班族", "希望多讲敏感肌怎么选精华"],
            [2, "2026/10/08 21:02:10", "80秒", "手机提交", "直接访问", "127.0.0.1(本地)", "男", "18-24岁", "护肤",
             "学生", "(跳过)"],
            [3, "2026/10/09 08:30:00", "200秒", "微信", "N/A", "36.1.2.3(浙江-杭州)", "女", "25-30岁", "彩妆┋穿搭┋护肤",
             "上班族", "价格能不能再友好一点，学生党买不起"]]


def test_survey_by_option_text_xlsx(store, make, db) -> None:
    result = imported(store, make.xlsx("护肤需求调研_3_3.xlsx", text_answers()))
    assert (result.status, result.profile, result.inserted) == ("imported", "wjx_answers", 3)
    [survey] = db("SELECT * FROM survey")
    assert survey["title"] == "护肤需求调研"
    questions = {q["no"]: q for q in json.loads(survey["questions"])}
    assert questions["1"] == {"no": "1", "text": "您的性别", "kind": "single", "options": ["女", "男"], "role": "gender"}
    assert questions["2"]["role"] == "age" and questions["4"]["role"] == "occupation"
    assert questions["3"]["kind"] == "multi" and questions["3"]["options"] == ["护肤", "彩妆", "穿搭"]
    assert questions["5"]["kind"] == "text"
    responses = {r["seq"]: r for r in db("SELECT * FROM survey_response")}
    assert responses[1]["duration_seconds"] == 125 and responses[1]["region"] == "广东-深圳"
    assert responses[2]["region"] is None and responses[1]["submitted_at"].startswith("2026-10-08 20:15:33")
    assert json.loads(responses[3]["answers"])["3"] == ["彩妆", "穿搭", "护肤"]
    assert json.loads(responses[2]["answers"])["5"] is None
    feedback = db("SELECT source, text, tags FROM feedback ORDER BY id")
    assert [(f["source"], f["text"], json.loads(f["tags"])) for f in feedback] == [
        ("survey", "希望多讲敏感肌怎么选精华", ["您对我们的内容有什么建议？"]),
        ("survey", "价格能不能再友好一点，学生党买不起", ["您对我们的内容有什么建议？"])]
    again = imported(store, make.csv("护肤需求调研_3_3.csv", text_answers()))
    assert (again.status, again.inserted, again.updated, again.unchanged) == ("imported", 0, 0, 3)
    assert len(db("SELECT id FROM feedback")) == 2 and len(db("SELECT id FROM survey")) == 1
    undo_batch(store, result.batch_id)
    assert db("SELECT id FROM survey") == [] and db("SELECT id FROM feedback") == []


def test_survey_by_option_number_xls_with_option_columns_and_skips(store, make, db) -> None:
    rows = [["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您的性别 ", "第2题(运动)", "第2题(影视)",
             "第2题(其他【请注明】)", "3、所在城市", "4、请输入您的收货地址：—收货人姓名：", "4、所在地区："],
            [1, "2026-10-08 20:15:33", "125秒", "微信", "", "1.2.3.4(广东-深圳)", 2, 1, 1, 0, 1, "小林", "深圳"],
            [2, "2026-10-08 20:20:00", "60秒", "微信", "", "1.2.3.5(广东-广州)", 1, 0, 0, 1, -3, "阿强", "广州"],
            [3, "2026-10-08 20:25:00", "61秒", "微信", "", "1.2.3.6(北京-北京)", -2, -2, -2, -2, 2, "(跳过)", "北京"]]
    result = imported(store, make.xls("[问卷星数据]800_800_2.xls", rows))
    assert (result.status, result.inserted) == ("imported", 3)
    [survey] = db("SELECT * FROM survey")
    questions = {q["no"]: q for q in json.loads(survey["questions"])}
    assert questions["1"]["options"] == ["1", "2"] and questions["1"].get("coded") is True
    assert questions["2"]["kind"] == "multi" and questions["2"]["options"] == ["运动", "影视", "其他【请注明】"]
    assert questions["3"]["role"] == "region"
    assert questions["4.2"]["text"] == "请输入您的收货地址：—所在地区："
    answers = {r["seq"]: json.loads(r["answers"]) for r in db("SELECT seq, answers FROM survey_response")}
    assert answers[1]["1"] == 2 and answers[1]["2"] == ["运动", "影视"]
    assert answers[2]["2"] == ["其他【请注明】"] and answers[2]["3"] is None
    assert answers[3]["1"] is None and answers[3]["2"] is None and answers[3]["4"] is None


def test_survey_bad_row_named_and_cli_community(store, make, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = text_answers()
    rows[2][2] = "很久"
    path = make.xlsx("调研_3_3.xlsx", rows)
    code = main(["--data-dir", str(data_dir), "import", str(path), "--json"])
    entry = json.loads(capsys.readouterr().out)["files"][0]
    assert code == 1 and entry["status"] == "refused"
    assert [(e["row"], e["column"], e["value"]) for e in entry["errors"]] == [(3, "所用时间", "很久")]
    stats = make.xlsx("联系客户统计.xlsx", [CONTACT, ["2026-11-01", "A", "", 1, 1, 4, 8, 75, 3, 0]])
    code = main(["--data-dir", str(data_dir), "import", str(stats), "--community", "私域1群", "--json"])
    entry = json.loads(capsys.readouterr().out)["files"][0]
    assert code == 0 and (entry["status"], entry["kind"], entry["inserted"]) == ("imported", "community_daily", 1)


def test_unknown_variant_is_refused_with_its_headers_for_the_mapping_editor(store, make) -> None:
    path = make.xlsx("客户.xlsx", [["学员姓名", "负责人", "加入日期"], ["张三", "王", "2026-11-01"]])
    result = imported(store, path)
    assert result.status == "refused"
    assert result.refusal is not None and result.refusal.params["headers"] == ["学员姓名", "负责人", "加入日期"]


def test_monthly_review_summarises_community_activity(store, make, data_dir: Path, capsys: pytest.CaptureFixture[str],
                                                      qapp: object) -> None:
    contact = [CONTACT, ["2026-11-01", "王小二", "", 1, 3, 4, 8, 1, 3, 0], ["2026-11-02", "王小二", "", 1, 2, 0, 0, 0, 0, 0]]
    groups = [GROUPS, ["2026-11-01", "王小二", "", 4, 0, 3, 480, 2, 30, 300], ["2026-11-02", "王小二", "", 4, 0, 0, 480, 0, 0, 0],
              ["2026-11-02", "李运营", "", 2, 0, 2, 100, 0, 10, 50]]
    imported(store, make.xlsx("联系客户统计.xlsx", contact))
    imported(store, make.xlsx("群聊数据统计.xlsx", groups))
    code = main(["--data-dir", str(data_dir), "review", "--month", "2026-11", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0
    staff = {r["staff"]: r for r in doc["community_activity"]["staff"]}
    assert staff["王小二"] == {"staff": "王小二", "days": 2, "active_days": 1, "group_messages": 300, "new_customers": 5,
                               "speakers_per_day": 15.0, "quietest_day": "2026-11-02", "quietest_messages": 0}
    assert staff["李运营"]["group_messages"] == 50 and staff["李运营"]["active_days"] == 1
    assert [d["group_messages"] for d in doc["community_activity"]["days"]] == [300, 50]
    from app.report.review_sheet import review_html
    from app.services.review import build_review

    html, _images = review_html(build_review(store, "2026-11", with_diagnosis=False), 700, lambda _c, s: s)
    assert "社群活跃度" in html and "王小二" in html and "1 / 2" in html and "11-02（0）" in html


def test_cli_lists_surveys_shows_counts_prints_and_reports_activity(store, make, data_dir: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str],
                                                                    qapp: object) -> None:
    """`qapp` first, so `--pdf` reuses the test's QApplication instead of making its own."""
    imported(store, make.xlsx("护肤需求调研_3_3.xlsx", text_answers()))
    imported(store, make.xlsx("联系客户统计.xlsx", [CONTACT, ["2026-11-01", "A", "", 1, 4, 4, 8, 75, 3, 0]]))

    def cli(*args: str) -> tuple[int, Any]:
        code = main(["--data-dir", str(data_dir), *args, "--json"])
        return code, json.loads(capsys.readouterr().out)

    code, doc = cli("surveys")
    assert code == 0 and [(s["title"], s["responses"]) for s in doc["surveys"]] == [("护肤需求调研", 3)]
    pdf = tmp_path / "问卷.pdf"
    code, doc = cli("surveys", "show", str(doc["surveys"][0]["id"]), "--pdf", str(pdf))
    assert code == 0 and doc["responses"] == 3 and doc["pdf"]["pages"] == 1 and pdf.stat().st_size > 5000
    assert doc["questions"][2]["counts"] == [["护肤", 3], ["彩妆", 2], ["穿搭", 1]]
    assert doc["questions"][4] == {"no": "5", "text": "您对我们的内容有什么建议？", "kind": "text", "role": None,
                                   "answered": 2, "free": 2}
    code, doc = cli("surveys", "show", "99")
    assert code == 2 and "没有编号为 99 的问卷" in doc["error"]
    code, doc = cli("activity", "--from", "2026-11-01", "--to", "2026-11-30")
    assert code == 0 and doc["days"] == [{"day": "2026-11-01", "new_customers": 4, "chats": 4, "messages_sent": 8,
                                          "lost_customers": 0, "active_groups": 0, "active_group_members": 0,
                                          "group_messages": 0}]
