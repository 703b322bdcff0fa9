"""The monthly review sheet prints the cause each diagnosis finding points to (issue 19 item 1)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.i18n import untranslated
from app.report.review_sheet import write_pdf
from app.services.review import build_review
from app.store import Store
from tests.report.test_render import pdf_text
from tests.views.test_diagnosis_causes import fill


def test_the_sheet_names_each_findings_cause(store: Store, qapp: object, tmp_path: Path) -> None:
    fill(store)
    review = build_review(store, "2026-05", as_of=dt.date(2026, 7, 1))
    causes = {f["subject"]["title"]: (f["cause"], f["cause_label"], f["missing"]) for f in review["diagnosis"]
              if f["rule"] == "low_completion" and f["subject"]["kind"] == "post"}
    assert causes == {"开头号弱": ("slow_opening", "开头太慢", []),
                      "无秒数号弱": ("unknown", "原因不明", ["bounce_2s", "completion_5s"])}
    path = tmp_path / "review.pdf"
    write_pdf(path, review, translate=untranslated)
    text = "".join(pdf_text(path).split())
    assert "完播率低（原因：开头太慢）" in text and "完播率低（原因：原因不明）" in text
