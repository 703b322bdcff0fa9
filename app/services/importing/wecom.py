"""企业微信 exports: the 客户列表 (customers → members) and the daily 客户联系/群聊 statistics.

The 客户列表 has no customer id: a customer is (客户名称, 添加人账号, 添加时间), so a later export
updates its rows instead of doubling them, and a customer a newer full list no longer holds (for
the 添加人 it lists) is marked `missing_since`, never deleted. Its tag groups come as one column
per group (`标签组N(组名)`, several tags comma-joined); `reshape` folds them into one `组名:标签`
column and blanks the export's note rows (`1.客户名称优先取…`), above or below the table, keeping
every other row where Excel shows it. Phone and e-mail are stored only when the setting
`PERSONAL_SETTING` allows it.

Both statistics files are one row per staff member per day; they merge into the same
`community_daily` row, each file filling its own columns.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.services.importing import sqlrows as sq
from app.services.importing.reader import Sheet, Workbook
from app.services.importing.values import BadValueError, header_key, parse_number
from app.services.importing.writer import Changes, _bad, _upsert

#: Setting: store customers' phone numbers and e-mail addresses (personal data; off unless turned on).
PERSONAL_SETTING = "members.keep_personal_data"
#: What a 企业微信 customer's `platform` says.
WECOM = "企业微信"
HEADER_SCAN_ROWS = 30
TAGS_HEADER = "企业标签"
_TAG_GROUP = re.compile(r"^标签组\s*\d*\s*[(（](.+)[)）]\s*$")
_NOTE = re.compile(r"^\s*\d+\s*[.．、]")
_NAME_KEYS = frozenset({"客户名称", "学员名称", "客户昵称"})
_OWNER_KEYS = frozenset({"添加人账号", "添加人帐号"})

BAD_SHARE = QT_TRANSLATE_NOOP("import", "不是比例（应是 0–100 之间的数）")


def _filled(row: list[Any]) -> list[Any]:
    return [c for c in row if c is not None and c != ""]


def _header_at(sheet: Sheet) -> int | None:
    for index, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        keys = {header_key(c) for c in row}
        if keys & _NAME_KEYS and keys & _OWNER_KEYS:
            return index
    return None


def _tag_cell(groups: list[tuple[int, str]], row: list[Any]) -> str | None:
    tags = []
    for col, group in groups:
        cell = row[col] if col < len(row) else None
        if cell is None or str(cell).strip() == "":
            continue
        tags += [f"{group}:{tag.strip()}" for tag in re.split(r"[,，]", str(cell)) if tag.strip()]
    return ",".join(tags) or None


def _customer_sheet(sheet: Sheet, header: int) -> Sheet:
    head = sheet.rows[header]
    groups = [(col, m.group(1).strip()) for col, cell in enumerate(head)
              if isinstance(cell, str) and (m := _TAG_GROUP.match(cell))]
    keep = [col for col in range(len(head)) if col not in {c for c, _ in groups}]
    rows: list[list[Any]] = []
    for index, row in enumerate(sheet.rows):
        filled = _filled(row)
        if len(filled) == 1 and isinstance(filled[0], str) and _NOTE.match(filled[0]):
            rows.append([])  # a note row: blank, so every data row keeps its Excel row number
        elif index < header:
            rows.append(row)
        elif index == header:
            rows.append([head[c] for c in keep] + [TAGS_HEADER])
        else:
            rows.append([row[c] if c < len(row) else None for c in keep] + [_tag_cell(groups, row)])
    return Sheet(sheet.name, rows, dict(sheet.problems))


def reshape(book: Workbook, _profiles: Any, _file_stem: str) -> Workbook:
    """A 客户列表: tag-group columns as one `组名:标签` column, note rows blanked; other books unchanged."""
    found = [(i, h) for i, sheet in enumerate(book.sheets) if (h := _header_at(sheet)) is not None]
    if not found:
        return book
    sheets = list(book.sheets)
    for index, header in found:
        sheets[index] = _customer_sheet(sheets[index], header)
    return Workbook(book.format, sheets, book.modified, book.sha256)


def _bad_rows(changes: Changes) -> set[int]:
    return {e.row for e in changes.errors}


def _setting(changes: Changes, key: str) -> Any:
    rows = sq.fetch_dicts(changes.cursor, "SELECT value FROM setting WHERE key = ?", (key,))
    return sq.json_load(rows[0]["value"]) if rows else None


def community_id(changes: Changes, name: str | None) -> int | None:
    """The community the operator named for this file (made when new), or None."""
    if not name:
        return None
    found = sq.fetch_dicts(changes.cursor, "SELECT id FROM community WHERE name = ?", (name,))
    if found:
        return int(found[0]["id"])
    return changes.cached(f"community:{name}", lambda: changes.insert("community", {
        "name": name, "channel": "wecom_group", "platform": "wechat"})["id"])


def _added_key(value: Any) -> str | None:
    """`added_at` as stored (minutes: the list shows none finer), for matching."""
    if value is None:
        return None
    when = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return sq.encode(when.replace(second=0, microsecond=0))


def resolve_customers(changes: Changes, plan: Any) -> None:
    """Customers → members, matched by (客户名称, 添加人账号, 添加时间); the rest of each 添加人's
    stored customers marked missing as of the export's date."""
    cur = changes.cursor
    keep_personal = bool(_setting(changes, PERSONAL_SETTING))
    linked = community_id(changes, plan.community)
    stored = sq.fetch_dicts(cur, "SELECT id, nickname, owner, owner_account, added_at, platform, source, notes, tags, "
                                 "phone, email, community_id, missing_since FROM member WHERE owner_account IS NOT NULL")
    existing = {(m["nickname"], m["owner_account"], _added_key(m["added_at"])): m for m in stored}
    bad = _bad_rows(changes)
    seen: set[tuple[Any, ...]] = set()
    accounts: set[str] = set()
    for records in plan.records:
        for record in records:
            if record["_row"] in bad:
                continue
            key = (record["nickname"].strip(), str(record["owner_account"]).strip(), _added_key(record["added_at"]))
            accounts.add(key[1])
            seen.add(key)
            row = {"nickname": key[0], "owner_account": key[1], "added_at": key[2], "platform": WECOM,
                   "missing_since": None}
            for field in ("owner", "source", "notes", "tags"):
                if record.get(field) is not None:
                    row[field] = record[field].strip()
            if keep_personal:
                for field in ("phone", "email"):
                    if record.get(field) is not None:
                        row[field] = record[field].strip()
            if linked is not None:
                row["community_id"] = linked
            _upsert(changes, "member", existing, key, row)
    today = plan.captured_on.isoformat()
    latest = max((k[2] for k in seen if k[2]), default=None)
    for key, member in existing.items():
        if key in seen or key[1] not in accounts or member.get("missing_since") or changes.is_new("member", member):
            continue
        if latest is not None and key[2] is not None and key[2] > latest:
            continue  # added after this export was taken: an older list cannot know it
        changes.change("member", member, {"missing_since": today})
        changes.count("updated")


#: Statistics columns each file may fill; a file leaves the other file's columns as they are.
DAILY_FIELDS = (
    "department", "requests_sent", "new_customers", "chats", "messages_sent", "reply_share", "first_reply_minutes",
    "lost_customers", "groups", "new_groups", "active_groups", "group_members", "new_group_members",
    "active_group_members", "group_messages",
)


def _shares(changes: Changes, records: list[dict[str, Any]], header: str) -> dict[int, float | None]:
    """已回复聊天占比 per Excel row as a fraction. The header says %, but values of 1 occur: a column
    whose values are all within 0–1 is read as fractions (1 = every chat answered), else as percents."""
    raw: dict[int, float | None] = {}
    for record in records:
        try:
            value = parse_number(record.get("reply_share"))
        except BadValueError:
            value = -1
        if value is not None and not 0 <= float(value) <= 100:
            _bad(changes, record, header, record.get("reply_share"), BAD_SHARE)
            continue
        raw[record["_row"]] = None if value is None else float(value)
    percent = any(v is not None and v > 1 for v in raw.values())
    return {row: None if v is None else (v / 100 if percent else v) for row, v in raw.items()}


def resolve_community_daily(changes: Changes, plan: Any) -> None:
    """One row per staff member and day; the contact and group statistics fill the same row."""
    existing = {(str(r["day"]), r["staff"]): r for r in sq.fetch_dicts(changes.cursor, "SELECT * FROM community_daily")}
    linked = community_id(changes, plan.community)
    bad = _bad_rows(changes)
    for table, records in zip(plan.tables, plan.records, strict=True):
        rows = [r for r in records if r["_row"] not in bad]
        header = next((table.headers[c] for c, s in table.columns.items() if s.field == "reply_share"), "")
        shares = _shares(changes, rows, header) if header else {}
        fields = {s.field for s in table.columns.values()} & set(DAILY_FIELDS)
        for record in rows:
            if header and record["_row"] not in shares:
                continue
            day = record["day"].isoformat()
            staff = record["staff"].strip()
            row: dict[str, Any] = {"day": day, "staff": staff}
            for field in fields:
                value = shares[record["_row"]] if field == "reply_share" else record.get(field)
                if value is not None or (day, staff) not in existing:
                    row[field] = value
            if linked is not None:
                row["community_id"] = linked
            _upsert(changes, "community_daily", existing, (day, staff), row)
