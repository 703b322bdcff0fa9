"""The tables' validation schemas are built when a table is first validated or dumped, not when the
models are imported: start-up and an import load every table but validate rows of few (issue 17)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
from sqlmodel import SQLModel
import app.models as m

tables = [c for c in (getattr(m, n) for n in m.__all__) if isinstance(c, type) and issubclass(c, SQLModel)]
print("built on import:", sum(t.__pydantic_complete__ for t in tables), "of", len(tables))
topic = m.Topic.model_validate({"title": "早八通勤妆"})
post = m.Post(title="开箱", account_id=1)
print("used:", topic.title, topic.status.value, post.model_dump()["status"],
      m.Topic.__pydantic_complete__, m.Post.__pydantic_complete__, m.PostMetrics.__pydantic_complete__)
"""


def test_models_build_their_validation_when_first_used_and_then_validate() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True)
    assert "built on import: 0 of " in result.stdout
    assert "used: 早八通勤妆 idea drafting True True False" in result.stdout
