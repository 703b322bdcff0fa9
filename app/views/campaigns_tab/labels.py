"""Display labels of the promotion, collaboration and competitor codes (context "labels").

Tool names (DOU+, 广点通, 薯条, 粉丝通) are product names: data, shown as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.i18n import QT_TRANSLATE_NOOP

TOOLS = {"dou_plus": "DOU+", "guangdiantong": "广点通", "shutiao": "薯条", "fensitong": "粉丝通",
         "other": "其他"}
OBJECTIVES = {
    "followers": QT_TRANSLATE_NOOP("labels", "涨粉"),
    "engagement": QT_TRANSLATE_NOOP("labels", "互动"),
    "conversion": QT_TRANSLATE_NOOP("labels", "转化"),
}
PARTNER_KINDS = {
    "kol": QT_TRANSLATE_NOOP("labels", "KOL/博主"),
    "brand": QT_TRANSLATE_NOOP("labels", "品牌"),
    "institution": QT_TRANSLATE_NOOP("labels", "机构"),
}
COLLABORATION_KINDS = {
    "cross_promotion": QT_TRANSLATE_NOOP("labels", "互推"),
    "live_cohost": QT_TRANSLATE_NOOP("labels", "直播连麦"),
    "resource_swap": QT_TRANSLATE_NOOP("labels", "资源互换"),
    "other": QT_TRANSLATE_NOOP("labels", "其他"),
}
TRAFFIC_SOURCES = {
    "organic": QT_TRANSLATE_NOOP("labels", "自然流量为主"),
    "paid": QT_TRANSLATE_NOOP("labels", "付费投放为主"),
    "mixed": QT_TRANSLATE_NOOP("labels", "自然+付费"),
}


def tr_label(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def code_label(table: dict[str, str], code: object) -> str:
    """The translated label of a code (an enum or its value); "" for None."""
    if code is None:
        return ""
    key = getattr(code, "value", code)
    text = table.get(str(key))
    if text is None:
        return str(key)
    return text if table is TOOLS else tr_label(text)
