"""Phone and e-mail from a 企业微信 客户列表: stored only while 设置 → 个人信息 allows it, masked in the
member list and its exports unless asked for in full, erased (with the undo records' copies) when the
operator turns keeping off — through the services and through `opsdesk-cli`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.cli import main
from app.report.workbooks import write_members_xlsx, write_segment_xlsx
from app.services import community, privacy, segments
from app.services.importing import ImportOptions, import_files, undo_batch
from app.services.importing.wecom import PERSONAL_SETTING
from app.services.privacy import mask_email, mask_phone
from app.services.workbook import export_store
from tests.services.importing.test_other_sources import customer, imported, new_layout

PHONE, EMAIL = "13812345678", "a@b.cn"


def customers_file(make: Any, name: str = "客户列表.xlsx", note: str = "") -> Path:
    return make.xlsx(name, new_layout(customer("张三", "WangXiaoEr", "2026/11/02 09:15", phone=PHONE, note=note),
                                      customer("李四", "WangXiaoEr", "2026/11/03 20:01")))


def sheet_rows(path: Path) -> list[tuple[Any, ...]]:
    return list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))


def test_masks() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone(" +8613812345678 ") == "+86*******5678"
    assert (mask_phone("12345"), mask_phone("12"), mask_phone(""), mask_phone(None)) == ("1***5", "**", None, None)
    assert mask_email("alice@example.com") == "a***@example.com"
    assert mask_email("no-at-sign") == "no-***sign"
    assert privacy.masked("nickname", "张三") == "张三"


def test_setting_off_stores_no_phone_and_the_switch_is_the_importers_setting(store, make, db) -> None:
    privacy.set_personal_data(store, False)
    assert store.setting(PERSONAL_SETTING) is False
    assert imported(store, customers_file(make)).inserted == 2
    assert [(m["phone"], m["email"]) for m in db("SELECT phone, email FROM member")] == [(None, None)] * 2
    assert privacy.stored_personal_data(store) == 0


def test_setting_on_stores_them_lists_and_exports_show_them_masked_or_full(store, make, db, tmp_path: Path) -> None:
    privacy.set_personal_data(store, True)
    imported(store, customers_file(make))
    assert [(m["nickname"], m["phone"], m["email"]) for m in db("SELECT * FROM member ORDER BY id")] == [
        ("张三", PHONE, EMAIL), ("李四", None, None)]
    assert privacy.stored_personal_data(store) == 1
    # the list's rows carry them; the member page masks them (tests/views) and the detail has them
    [zhang] = community.member_ids(store, community.MemberFilter(search="张三"))
    row = community.member_rows(store, [zhang])[zhang]
    assert row[community.COLUMN_KEYS.index("phone")] == PHONE
    assert community.member_detail(store, zhang)["profile"]["email"] == EMAIL

    masked = tmp_path / "masked.xlsx"
    assert write_members_xlsx(masked, community.member_export_rows(store), translate=lambda _c, t: t) == 2
    header, first, second = sheet_rows(masked)
    assert header[-2:] == ("手机", "邮箱") and header[14] == "分层"
    assert (first[1], first[-2], first[-1]) == ("张三", "138****5678", "a***@b.cn")
    assert second[-2:] == (None, None)
    full = tmp_path / "full.xlsx"
    write_members_xlsx(full, community.member_export_rows(store, full_personal=True), translate=lambda _c, t: t)
    assert sheet_rows(full)[1][-2:] == (PHONE, EMAIL)
    segment = tmp_path / "segment.xlsx"
    write_segment_xlsx(segment, None, segments.segment_members(store, None), translate=lambda _c, t: t)
    assert {r[-2] for r in sheet_rows(segment)[1:]} == {"138****5678", None}


def test_turning_off_with_erase_clears_members_and_undo_records_in_one_go(store, make, db) -> None:
    privacy.set_personal_data(store, True)
    imported(store, customers_file(make))
    changed = make.xlsx("客户列表2.xlsx", new_layout(customer("张三", "WangXiaoEr", "2026/11/02 09:15", phone="13900000000")))
    second = imported(store, changed, as_of=dt.date(2026, 11, 17))
    undo = db("SELECT undo FROM import_batch WHERE id = ?", second.batch_id)[0]["undo"]
    assert PHONE in undo  # the update's old value, which undo would put back

    with pytest.raises(privacy.PrivacyError):
        privacy.set_personal_data(store, True, erase=True)
    assert privacy.stored_personal_data(store) == 1 and privacy.keeps_personal_data(store)

    kept = privacy.set_personal_data(store, False)  # off without erasing: what is stored stays
    assert (kept["erased"], privacy.stored_personal_data(store)) == (0, 1)
    done = privacy.set_personal_data(store, False, erase=True)
    assert done == {"keep": False, "show": False, "erased": 1}
    assert [(m["phone"], m["email"]) for m in db("SELECT phone, email FROM member")] == [(None, None)] * 2
    assert PHONE not in db("SELECT undo FROM import_batch WHERE id = ?", second.batch_id)[0]["undo"]
    undo_batch(store, second.batch_id)
    assert privacy.stored_personal_data(store) == 0  # undoing the import brings nothing back


def test_cli_switches_exports_masked_or_full_and_erases(store, make, db, data_dir: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    def cli(*args: str) -> tuple[int, Any]:
        code = main(["--data-dir", str(data_dir), *args, "--json"])
        return code, json.loads(capsys.readouterr().out)

    assert cli("members", "privacy") == (0, {"keep_personal_data": False, "show_full": False, "stored": 0, "erased": 0})
    code, shown = cli("members", "privacy", "--keep-personal-data", "on", "--show-full", "on")
    assert code == 0 and (shown["keep_personal_data"], shown["show_full"]) == (True, True)
    assert cli("import", str(customers_file(make)))[0] == 0
    assert cli("members", "privacy")[1]["stored"] == 1

    [zhang] = db("SELECT segment FROM member WHERE phone IS NOT NULL")
    masked, full = tmp_path / "segment.xlsx", tmp_path / "segment_full.xlsx"
    assert cli("segments", "export", zhang["segment"], str(masked), "--today", "2026-11-18")[1]["members"] >= 1
    assert "138****5678" in {r[-2] for r in sheet_rows(masked)[1:]}
    assert cli("segments", "export", zhang["segment"], str(full), "--full-personal-data", "--today", "2026-11-18")[0] == 0
    assert PHONE in {r[-2] for r in sheet_rows(full)[1:]} and "138****5678" not in {r[-2] for r in sheet_rows(full)[1:]}

    code, refused = cli("members", "privacy", "--keep-personal-data", "on", "--erase")
    assert code == 2 and "关闭" in refused["error"]
    assert cli("members", "privacy", "--keep-personal-data", "off", "--erase") == (
        0, {"keep_personal_data": False, "show_full": True, "stored": 0, "erased": 1})


def test_whole_store_workbook_leaves_them_out_unless_asked_and_imports_back_keeping_them(
        store, make, db, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    privacy.set_personal_data(store, True)
    imported(store, customers_file(make))
    plain, full = tmp_path / "all.xlsx", tmp_path / "all_full.xlsx"
    export_store(store, plain)
    header = next(openpyxl.load_workbook(plain)["member"].iter_rows(values_only=True))
    assert "nickname" in header and "phone" not in header and "email" not in header
    assert main(["--data-dir", str(data_dir), "export", str(full), "--with-personal-data", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sheets"]["member"] == 2
    members = list(openpyxl.load_workbook(full)["member"].iter_rows(values_only=True))
    assert PHONE in [row[members[0].index("phone")] for row in members[1:]]

    [result] = import_files(store, [plain], ImportOptions()).results  # edited in Excel, back in
    assert result.status == "imported"
    assert privacy.stored_personal_data(store) == 1  # the sheet without the columns left them as they were
