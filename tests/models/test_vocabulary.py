"""The one vocabulary: platform names, labels of stored codes and months (issue 17 item 2)."""

from __future__ import annotations

import ast
import datetime as dt
import enum
import inspect
import re
from pathlib import Path

import pytest

import app.models as models
from app.i18n import UserError
from app.models import Platform
from app.models.vocabulary import (
    BAD_MONTH,
    LABEL_CONTEXT,
    LABELS,
    OTHER_PLATFORM_NAMES,
    PLATFORM_COLORS,
    PLATFORM_NAMES,
    Month,
    MonthError,
    label,
    label_group,
    platform_code,
    platform_name,
)

APP = Path(__file__).resolve().parents[2] / "app"


def shout(context: str, text: str) -> str:
    """A translator that shows which context it was asked for."""
    return f"{context}:{text}"


def test_platform_code_and_name_round_trip() -> None:
    for code in Platform:
        assert platform_code(platform_name(code)) is code
        assert platform_code(code.value) is code
        assert PLATFORM_COLORS[code].startswith("#")
    assert platform_name("douyin") == "抖音"
    assert platform_name("xiaohongshu", shout) == "platforms:小红书"
    assert platform_name("qq", shout) == "platforms:QQ" and "qq" in OTHER_PLATFORM_NAMES
    assert platform_name("tieba") == "tieba"
    assert platform_name(None) == platform_name("") == ""
    assert platform_code(" 公众号 ") is Platform.wechat
    assert platform_code("推特") is None and platform_code(None) is None


def stored_enums() -> list[type[enum.StrEnum]]:
    return [obj for name in models.__all__ if inspect.isclass(obj := getattr(models, name))
            and issubclass(obj, enum.StrEnum) and obj is not Platform]


def test_every_stored_code_has_a_label_in_the_one_context() -> None:
    enums = stored_enums()
    assert len(enums) >= 20
    for enum_class in enums:
        group = label_group(enum_class)
        assert group in LABELS, f"{enum_class.__name__} has no labels"
        assert set(LABELS[group]) == {member.value for member in enum_class}, group
        for member in enum_class:
            assert label(enum_class, member, shout) == f"{LABEL_CONTEXT}:{LABELS[group][member.value]}"
    assert label_group(models.PostStatus) == "post_status"
    assert label("post_format", "image") == "图文"
    assert label("post_format", "hologram") == "hologram"
    assert label("segment", None) == ""


def test_labels_are_marked_in_the_labels_context_only() -> None:
    tree = ast.parse((APP / "vocabulary.py").read_text(encoding="utf-8"))
    contexts = {node.args[0].value for node in ast.walk(tree) if isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"}
    assert contexts == {"platforms", "labels", "errors"}


def test_month_parses_one_way_with_one_error() -> None:
    march = Month.parse("2026-03")
    assert (march.year, march.number, str(march)) == (2026, 3, "2026-03")
    assert march.bounds() == (dt.date(2026, 3, 1), dt.date(2026, 4, 1))
    assert march.last == dt.date(2026, 3, 31)
    assert Month.parse("2024-02").last == dt.date(2024, 2, 29)
    assert Month.parse("2026-12").next() == Month(2027, 1)
    assert Month.parse("2026-01").previous() == Month(2025, 12)
    assert Month.of(dt.datetime(2026, 5, 31, 23, 59)) == Month(2026, 5)
    assert Month(2026, 1) < Month(2026, 2)
    messages = set()
    for bad in ("2026-13", "2026-3", "2026-00", "march", "2026/03", " 2026-03", "", None):
        with pytest.raises(MonthError) as caught:
            Month.parse(bad)
        messages.add(caught.value.template)
    assert messages == {BAD_MONTH}
    assert str(caught.value) == "月份  看不懂，请写成 2026-03 这样。"


def test_month_raises_the_callers_error_class() -> None:
    class GoalProblemError(UserError):
        pass

    for bad in ("2026-13", "0000-05", "２０２６-05"):
        with pytest.raises(GoalProblemError, match=bad):
            Month.parse(bad, GoalProblemError)


PLATFORM_WORDS = set(PLATFORM_NAMES.values())


def _text(node: ast.AST | None) -> str | None:
    """The string a dict key or value spells, marked (QT_TRANSLATE_NOOP) or plain."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Call) and node.args and isinstance(node.args[-1], ast.Constant):
        value = node.args[-1].value
        return value if isinstance(value, str) else None
    return None


def test_no_module_but_the_vocabulary_spells_platform_names_in_a_mapping() -> None:
    """A dict naming two or more platforms (code → name or name → code) belongs in the vocabulary."""
    offenders = []
    for path in APP.rglob("*.py"):
        if path == APP / "vocabulary.py" or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Dict):
                continue
            keys = {_text(k) for k in node.keys}
            values = {_text(v) for v in node.values}
            if len(keys & PLATFORM_WORDS) >= 2 or len(values & PLATFORM_WORDS) >= 2:
                offenders.append(f"{path.relative_to(APP.parent)}:{node.lineno}")
    assert offenders == []


#: Code → marked-text dicts outside the vocabulary that are not labels, and why.
NOT_LABELS = {
    ("app/services/drafts.py", "MOVE_NOTES"): "stored revision notes, kept word for word",
}


def _code_label_dicts(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, name) of every dict whose keys are codes of one `LABELS` group (as text, or as members
    of that group's enum) and whose values are all QT_TRANSLATE_NOOP(...) texts: a label table."""
    names = {id(node.value): target.id for node in ast.walk(tree)
             if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None
             for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
             if isinstance(target, ast.Name)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict) or len(node.keys) < 2:
            continue
        if not all(isinstance(v, ast.Call) and getattr(v.func, "id", "") == "QT_TRANSLATE_NOOP" for v in node.values):
            continue
        if all(isinstance(k, ast.Constant) for k in node.keys):
            keys, groups = {k.value for k in node.keys}, list(LABELS)  # type: ignore[union-attr]
        elif all(isinstance(k, ast.Attribute) and isinstance(k.value, ast.Name) for k in node.keys):
            keys = {k.attr for k in node.keys}  # type: ignore[union-attr]
            groups = list({re.sub(r"(?<!^)(?=[A-Z])", "_", k.value.id).lower() for k in node.keys})  # type: ignore[union-attr]
        else:
            continue
        if any(keys <= set(LABELS.get(group, ())) for group in groups):
            found.append((node.lineno, names.get(id(node), "")))
    return found


def test_no_module_but_the_vocabulary_keeps_labels_of_stored_codes() -> None:
    """A stored code's label is `label(group, code)`; a second table of it drifts (图片 vs 图文)."""
    offenders = []
    for path in APP.rglob("*.py"):
        relative = path.relative_to(APP.parent).as_posix()
        if path == APP / "vocabulary.py" or "migrations" in path.parts:
            continue
        for line, name in _code_label_dicts(ast.parse(path.read_text(encoding="utf-8"))):
            if (relative, name) not in NOT_LABELS:
                offenders.append(f"{relative}:{line} {name}")
    assert offenders == []


def test_the_label_dict_check_sees_a_label_table() -> None:
    sample = ast.parse('A = {Segment.core: QT_TRANSLATE_NOOP("s", "核心"), Segment.new: QT_TRANSLATE_NOOP("s", "新")}\n'
                       'B = {"kol": QT_TRANSLATE_NOOP("x", "博主"), "brand": QT_TRANSLATE_NOOP("x", "品牌")}\n'
                       'C = {"kol": "博主", "brand": "品牌"}\nD = {"x": QT_TRANSLATE_NOOP("x", "甲"), "y": QT_TRANSLATE_NOOP("x", "乙")}\n'
                       'E = {Phase.live: QT_TRANSLATE_NOOP("c", "活动中"), Phase.warmup: QT_TRANSLATE_NOOP("c", "预热")}')
    assert _code_label_dicts(sample) == [(1, "A"), (2, "B")]
