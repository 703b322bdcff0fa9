"""The brand guide (品牌手册): tone of voice, visual rules, customer-service phrasing and taboo words.

Stored in the setting `brand.guide`, so the CLI, the draft checks and the GUI read the same guide.
Taboo words feed the draft checks: `save_guide()` adds them to the checks engine's "sensitive"
category through `app.services.checks.save_wordlist_edits` (so they show as warnings while
writing, with the suggestion below) and takes back the ones dropped from the guide — only words
the guide itself added, never a shipped word. `checklist()` gives the draft review checklist its
brand items.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.services import checks

GUIDE_SETTING = "brand.guide"
#: The checks category taboo words go into, and the suggestion shown with them (data, Chinese).
TABOO_CATEGORY = "sensitive"
TABOO_SUGGESTION = "品牌禁用词，换个说法"

#: Tone presets offered in the editor (the guide stores the chosen text, editable).
TONE_PRESETS: dict[str, str] = {
    QT_TRANSLATE_NOOP("brand", "专业严谨"): "用数据和成分说话，少用感叹号和网络梗；结论有依据，不夸大功效。",
    QT_TRANSLATE_NOOP("brand", "轻松活泼"): "像朋友聊天，口语化，可以用表情和网络热词；先共情再给方法。",
    QT_TRANSLATE_NOOP("brand", "温暖治愈"): "语气温和耐心，多鼓励少说教；承认问题，给出可执行的小步骤。",
}


@dataclass
class BrandGuide:
    """What every piece and every reply should sound and look like."""

    brand: str = ""
    tone: str = ""
    avatar: str = ""
    cover_style: str = ""
    colors: str = ""
    service_phrasing: str = ""
    taboo: list[str] = field(default_factory=list)
    notes: str = ""
    #: Taboo words this guide put into the checks word list (so removing one takes it back out).
    synced_taboo: list[str] = field(default_factory=list)

    @classmethod
    def from_value(cls, value: Any) -> BrandGuide:
        data = value if isinstance(value, dict) else {}
        known = {f.name for f in fields(cls)}
        guide = cls(**{k: v for k, v in data.items() if k in known})
        guide.taboo = _words(guide.taboo)
        guide.synced_taboo = _words(guide.synced_taboo)
        return guide

    def is_empty(self) -> bool:
        return not any([self.brand, self.tone, self.avatar, self.cover_style, self.colors, self.service_phrasing,
                        self.taboo, self.notes])


def _words(value: Any) -> list[str]:
    if isinstance(value, str):
        value = value.replace("，", ",").replace("、", ",").replace("\n", ",").split(",")
    seen: dict[str, None] = {}
    for word in value or []:
        word = str(word).strip()
        if word:
            seen.setdefault(word, None)
    return list(seen)


def load_guide(store: Any) -> BrandGuide:
    return BrandGuide.from_value(store.setting(GUIDE_SETTING, {}))


def save_guide(store: Any, guide: BrandGuide) -> BrandGuide:
    """Store the guide and bring the draft checks' taboo words in line with it."""
    guide.taboo = _words(guide.taboo)
    previous = load_guide(store)
    shipped = {e.word for e in checks.builtin_wordlists().entries(TABOO_CATEGORY)}
    added = {w: TABOO_SUGGESTION for w in guide.taboo if w not in shipped}
    dropped = [w for w in previous.synced_taboo if w not in guide.taboo and w not in shipped]
    if added or dropped:
        checks.save_wordlist_edits(store, TABOO_CATEGORY, added=added, removed=dropped)
    guide.synced_taboo = sorted(added)
    store.set_setting(GUIDE_SETTING, asdict(guide))
    return guide


def checklist(store: Any) -> list[dict[str, str]]:
    """Brand items for the draft review checklist: [{"label" (translate with context "brand"), "text"}]."""
    guide = load_guide(store)
    items = [
        (QT_TRANSLATE_NOOP("brand", "语气"), guide.tone),
        (QT_TRANSLATE_NOOP("brand", "封面"), guide.cover_style),
        (QT_TRANSLATE_NOOP("brand", "不出现禁用词"), "、".join(guide.taboo)),
        (QT_TRANSLATE_NOOP("brand", "回复用语"), guide.service_phrasing),
    ]
    return [{"label": label, "text": text} for label, text in items if text]
