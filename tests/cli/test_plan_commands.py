"""`opsdesk-cli plan`: the JSON document's exact shape, accept once, take back."""

from __future__ import annotations

import json
from typing import Any

import pytest
import sqlalchemy as sa

from app.cli import main
from app.models import ActionItem, Goal, MonthPlan, Topic
from app.store import Store
from tests.services.test_plan import MONTH, world  # noqa: F401 - the fixture

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = main([*argv, "--json"])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def counts(store: Store) -> dict[str, int]:
    with store.reading() as s:
        return {m.__name__: s.execute(sa.select(sa.func.count()).select_from(m)).scalar_one()
                for m in (Goal, Topic, ActionItem, MonthPlan)}


def test_plan_json_has_exactly_the_documented_shape(store: Store, world: dict[str, Any],  # noqa: F811
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, data, _ = run_json(capsys, "plan", "--month", MONTH)
    assert code == 0
    assert set(data) == {"month", "goals", "topics", "actions"} and data["month"] == MONTH
    assert data["goals"] and data["topics"] and data["actions"]
    for goal in data["goals"]:
        assert set(goal) == {"account_id", "platform", "metric", "target", "basis", "existing"}
        assert (goal["account_id"] is None) == (goal["platform"] is None)
    for topic in data["topics"]:
        assert set(topic) == {"title", "reason", "sources", "scores", "explain"}
        assert topic["reason"] in ("reuse", "need", "hot_date", "competitor_gap", "lesson", "carry_over")
        assert set(topic["scores"]) == {"timeliness", "value", "conversion"}
        for source in topic["sources"]:
            assert source["kind"] in ("post", "feedback", "hot_date", "competitor", "lesson", "topic", "finding")
            assert "id" in source
    for action in data["actions"]:
        assert set(action) == {"platform", "text", "applies_to", "source"}
    assert counts(store)["MonthPlan"] == 0  # showing the plan writes nothing


def test_accept_twice_then_take_back(store: Store, world: dict[str, Any],  # noqa: F811
                                     capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(store)
    code, data, err = run_json(capsys, "plan", "--accept")  # default month: after the reviewed October
    assert code == 0 and data["month"] == MONTH
    assert "已接受" in err
    accepted = counts(store)
    assert accepted["MonthPlan"] == 1 and accepted["Topic"] > before["Topic"] and accepted["Goal"] > before["Goal"]
    assert accepted["ActionItem"] == before["ActionItem"] + len(data["actions"])
    code, again, err = run_json(capsys, "plan", "--accept", "--month", MONTH)
    assert code == 0 and "没有写入新内容" in err
    assert counts(store) == accepted
    assert again == data
    code, _, err = run_json(capsys, "plan", "--take-back", "--month", MONTH)
    assert code == 0 and "已撤回" in err
    assert counts(store) == before


def test_take_back_without_an_accept_and_a_bad_month_are_refused(store: Store, world: dict[str, Any],  # noqa: F811
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, data, err = run_json(capsys, "plan", "--take-back", "--month", MONTH)
    assert code == 2 and "还没有接受" in data["error"]
    code, data, _ = run_json(capsys, "plan", "--month", "2026-13")
    assert code == 2 and data["error"]


def test_goals_warns_where_the_total_contradicts_its_accounts(store: Store, world: dict[str, Any],  # noqa: F811
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["goals", "set", "--month", MONTH, "--metric", "followers_gained", "--target", "500"]) == 0
    capsys.readouterr()
    code, data, _ = run_json(capsys, "goals", "--month", MONTH)
    assert code == 0
    assert [(c["metric"], c["total"], c["accounts_sum"]) for c in data["conflicts"]] == [("followers_gained", 500, 999)]
    assert main(["goals", "--month", MONTH]) == 0
    assert "对不上" in capsys.readouterr().out
