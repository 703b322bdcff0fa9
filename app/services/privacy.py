"""Customers' phone numbers and e-mail addresses: personal data, kept only when the operator allows it.

A 企业微信 客户列表 carries 手机 and 邮箱; the import stores them only while the setting
`PERSONAL_SETTING` is on (off by default). Lists and exports show them masked (138****5678,
a***@example.com) unless the operator asks for them in full — `SHOW_SETTING` for the member list,
an explicit option for each export. Turning the setting off can erase what was stored — the members'
columns and the old values import undo records keep — in the same transaction as the switch, so a
store never says "not kept" while still holding them.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.models import ImportBatch, Member, Setting
from app.services.importing.wecom import PERSONAL_SETTING
from app.store import Store

#: Setting: the member list and its detail panel show phone and e-mail in full (off: masked).
SHOW_SETTING = "members.show_personal_data"
#: The member columns that hold personal data.
PERSONAL_FIELDS = ("phone", "email")


class PrivacyError(UserError):
    """A privacy request that contradicts itself (erasing while keeping)."""


def mask_phone(value: str | None) -> str | None:
    """138****5678: the first three and last four characters stay, so the operator can tell numbers apart."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    if len(text) >= 7:
        return text[:3] + "*" * (len(text) - 7) + text[-4:]
    if len(text) > 2:
        return text[0] + "*" * (len(text) - 2) + text[-1]
    return "*" * len(text)


def mask_email(value: str | None) -> str | None:
    """a***@example.com: the first letter of the name and the whole domain stay."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    name, at, domain = text.partition("@")
    if not at:
        return mask_phone(text)
    return f"{name[:1]}***@{domain}"


def masked(field: str, value: Any) -> Any:
    """`value` of member column `field` as lists and exports show it by default."""
    if field == "phone":
        return mask_phone(value)
    if field == "email":
        return mask_email(value)
    return value


def keeps_personal_data(store: Store) -> bool:
    """Whether imports store phone and e-mail (the 企业微信 import reads the same setting)."""
    return bool(store.setting(PERSONAL_SETTING, False))


def shows_personal_data(store: Store) -> bool:
    """Whether the member list shows phone and e-mail in full."""
    return bool(store.setting(SHOW_SETTING, False))


def _holding() -> sa.ColumnElement[bool]:
    return sa.or_(Member.phone.is_not(None), Member.email.is_not(None))  # type: ignore[union-attr]


def stored_personal_data(store: Store) -> int:
    """How many members have a phone number or an e-mail address stored."""
    with store.reading() as uow:
        query = sa.select(sa.func.count()).select_from(Member).where(_holding())
        return int(uow.connection().execute(query).scalar_one())


def any_personal_data(store: Store) -> bool:
    """Whether any member has a phone number or an e-mail address stored (stops at the first)."""
    with store.reading() as uow:
        return bool(uow.connection().execute(sa.select(sa.exists().where(_holding()))).scalar_one())


def set_personal_data(store: Store, keep: bool, *, erase: bool = False, show: bool | None = None) -> dict[str, Any]:
    """Switch keeping (and, when given, showing) personal data; `erase` clears every stored phone and
    e-mail in the same transaction. Returns {"keep", "show", "erased"}; erasing while keeping is refused."""
    if erase and keep:
        raise PrivacyError(QT_TRANSLATE_NOOP(
            "errors", "要清除已保存的手机号和邮箱，请同时关闭“保存客户的手机号和邮箱”；什么也没有改动。"))
    erased = 0
    with store.writing() as uow:
        uow.merge(Setting(key=PERSONAL_SETTING, value=keep))
        if show is not None:
            uow.merge(Setting(key=SHOW_SETTING, value=show))
        if erase:
            result = uow.connection().execute(
                sa.update(Member.__table__).where(_holding()).values(phone=None, email=None))  # type: ignore[attr-defined]
            erased = int(result.rowcount or 0)
            _erase_from_undo(uow)
    return {"keep": keep, "show": shows_personal_data(store), "erased": erased}


def _erase_from_undo(uow: Any) -> None:
    """Blank the phone and e-mail an import's undo record would put back (an update's old values)."""
    from sqlalchemy.orm.attributes import flag_modified

    undo_text = sa.cast(ImportBatch.undo, sa.Text)
    found = uow.scalars(sa.select(ImportBatch).where(
        sa.or_(undo_text.like('%"phone"%'), undo_text.like('%"email"%'))))
    for batch in found:
        for entry in (batch.undo or {}).get("updated", {}).get("member", []):
            for field in PERSONAL_FIELDS:
                if entry.get("old", {}).get(field) is not None:
                    entry["old"][field] = None
        flag_modified(batch, "undo")
        uow.add(batch)
