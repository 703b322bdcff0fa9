"""The goals dialog: an annual target split evenly or by weights, shared among accounts, months editable."""

from __future__ import annotations

import pytest

from app.models import GoalMetric
from app.services.goals import annual_targets
from app.store import Store
from app.views.context import ViewContext
from app.views.goals_dialog import GoalsDialog

YEAR = 2026


@pytest.fixture
def dialog(ctx: ViewContext, qtbot: object) -> GoalsDialog:
    widget = GoalsDialog(ctx, YEAR)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    return widget


def choose_metric(dialog: GoalsDialog, metric: GoalMetric) -> None:
    dialog.metric_box.setCurrentIndex(dialog.metric_box.findData(metric.value))


def test_even_split_sums_to_the_annual_target(dialog: GoalsDialog, seeded_store: Store) -> None:
    choose_metric(dialog, GoalMetric.followers_gained)
    dialog.total.setValue(1000)
    dialog.apply_button.click()
    months = annual_targets(seeded_store, YEAR)[(None, GoalMetric.followers_gained)]
    assert sum(m or 0 for m in months) == 1000
    assert sorted(set(months)) == [83.0, 84.0]  # largest remainders, never 996 or 1008
    assert dialog.row_total(None) == 1000
    assert "1000" in dialog.sum_label.text()
    assert dialog.changed


def test_weighted_split_follows_the_weights(dialog: GoalsDialog, seeded_store: Store) -> None:
    choose_metric(dialog, GoalMetric.revenue)
    dialog.total.setValue(120000)
    dialog.weighted.setChecked(True)
    for spin in dialog.weights:
        spin.setValue(1)
    dialog.weights[10].setValue(5)  # 双11 month weighs five times
    dialog.apply_button.click()
    months = annual_targets(seeded_store, YEAR)[(None, GoalMetric.revenue)]
    assert sum(m or 0 for m in months) == pytest.approx(120000)
    assert months[10] == pytest.approx(5 * months[0])  # type: ignore[operator]


def test_allocation_among_accounts_adds_up(dialog: GoalsDialog, seeded_store: Store) -> None:
    choose_metric(dialog, GoalMetric.posts_published)
    dialog.total.setValue(365)
    dialog.to_accounts.setChecked(True)
    shares = {1: 50, 2: 30, 3: 20}
    for account_id, share in shares.items():
        dialog.shares[account_id].setValue(share)
    dialog.apply_button.click()
    targets = annual_targets(seeded_store, YEAR)
    per_account = {a: sum(v or 0 for v in targets[(a, GoalMetric.posts_published)]) for a in shares}
    assert sum(per_account.values()) == 365
    assert per_account[1] > per_account[2] > per_account[3]
    assert sum(dialog.row_total(a) for a in shares) == 365


def test_a_single_month_is_editable_and_clearing_removes_it(dialog: GoalsDialog, seeded_store: Store) -> None:
    choose_metric(dialog, GoalMetric.views)
    row = [key for key, _name in dialog.rows()].index(2)
    dialog.model.item(row, 2).setText("50000")
    assert annual_targets(seeded_store, YEAR)[(2, GoalMetric.views)][2] == 50000
    dialog.model.item(row, 2).setText("五万")  # not a number: refused, nothing written
    assert "不是数字" in dialog.message.text()
    assert annual_targets(seeded_store, YEAR)[(2, GoalMetric.views)][2] == 50000
    dialog.model.item(row, 2).setText("")
    assert (2, GoalMetric.views) not in annual_targets(seeded_store, YEAR)
