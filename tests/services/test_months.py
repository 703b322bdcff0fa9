"""Every place a user types a month reads it with `Month.parse`: one format, one message, each
caller's own error class (issue 17 item 2)."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.i18n import UserError
from app.models.vocabulary import BAD_MONTH
from app.services import dashboard, goals, manual, review, segments, topics, watch
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines

APP = Path(__file__).resolve().parents[2] / "app"

#: (error class, how the service is asked for a month) — one entry per place that reads one.
CALLERS: dict[str, tuple[type[UserError], Callable[[Store, str], Any]]] = {
    "goals": (goals.GoalError, lambda store, m: goals.set_month_target(store, m, "views", 10)),
    "review": (review.ReviewError, lambda store, m: review.build_review(store, m)),
    "review notes": (review.ReviewError, lambda store, m: review.save_notes(store, m, highlights="x")),
    "topics": (topics.TopicError, lambda store, m: topics.create_topic(store, "选题", target_month=m)),
    "month plan": (topics.TopicError, lambda store, m: topics.month_plan(store, m)),
    "manual": (manual.ManualError, lambda store, m: manual.save_lesson(store, title="经验", month=m)),
    "segments": (segments.SegmentError, lambda store, m: segments.snapshot_segments(store, m)),
    "watch": (watch.WatchError, lambda store, m: watch.month_alert_summary(store, m)),
    "charts": (dashboard.PeriodError, lambda store, m: dashboard.Period.month(m)),
}


@pytest.mark.parametrize("caller", sorted(CALLERS))
@pytest.mark.parametrize("bad", ["2026-13", "2026-5", "２０２６-05", "0000-05", "2026/05"])
def test_a_bad_month_gets_the_one_message_in_the_callers_error(store: Store, caller: str, bad: str) -> None:
    error, call = CALLERS[caller]
    with pytest.raises(error) as caught:
        call(store, bad)
    assert caught.value.template == BAD_MONTH
    assert str(caught.value) == f"月份 {bad} 看不懂，请写成 2026-03 这样。"


def test_months_are_read_the_same_way_everywhere(store: Store) -> None:
    """Good months behave as before: inclusive chart periods, the even pace, stored months as typed."""
    february = dashboard.Period.month("2024-02")
    assert (february.start.isoformat(), february.end.isoformat(), february.days) == ("2024-02-01", "2024-02-29", 29)
    assert dashboard.Period.month("2026-01").previous() == dashboard.Period.month("2025-12")
    winter = dashboard.Period.custom(dashboard.Period.month("2025-11").start, dashboard.Period.month("2026-02").end)
    assert winter.months() == ["2025-11", "2025-12", "2026-01", "2026-02"]
    march_first = dashboard.Period.month("2026-03").start
    assert goals.expected_by(310, "2026-03", march_first) == 10
    assert goals.expected_by(310, "2026-03", march_first.replace(day=31)) == 310
    assert topics.month_plan(store, "2026-10").month == "2026-10"
    manual.save_lesson(store, title="经验", month="2026-03")
    assert [row["month"] for row in manual.lessons(store, month="2026-03")] == ["2026-03"]


@pytest.mark.parametrize("argv", [["diagnose", "--month", "2026-5"], ["goals", "--month", "2026-13"],
                                  ["calendar", "--month", "２０２６-05"]])
def test_cli_refuses_a_bad_month_with_the_one_message(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                                     argv: list[str]) -> None:
    code = main([*argv, "--json"])
    error = json.loads(capsys.readouterr().out)["error"]
    assert code == 2 and error == f"月份 {argv[-1]} 看不懂，请写成 2026-03 这样。"


def _parses_a_month(node: ast.AST) -> bool:
    """A YYYY-MM regex, `+ "-01"`, `month.split("-")` or a slice of a month's text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return r"\d{4}-" in node.value or "{4})-" in node.value
    if isinstance(node, ast.BinOp):
        return isinstance(node.right, ast.Constant) and node.right.value == "-01"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split":
        return _names_a_month(node.func.value)
    return isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice) and _names_a_month(node.value)


def _names_a_month(node: ast.AST) -> bool:
    """`month`, `row.month`, `review["month"]`: an expression that holds one month's text."""
    return re.search(r"\bmonth\W*$", ast.unparse(node)) is not None


def test_no_module_parses_a_month_by_hand() -> None:
    """`Month.parse` is the one reader; the import's lenient reader of files is the one exception."""
    allowed = {APP / "vocabulary.py", APP / "services" / "importing" / "values.py"}
    offenders = [f"{path.relative_to(APP.parent)}:{node.lineno}" for path in sorted(APP.rglob("*.py"))
                 if path not in allowed and "migrations" not in path.parts
                 for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if _parses_a_month(node)]
    assert offenders == []
