"""The staged import: each file read once and matched once, sources and hooks from the registry,
and one `import_files` for the dialog and the CLI."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from app.services.importing import (
    ImportOptions,
    analyse_file,
    execute,
    import_files,
    list_batches,
    sources,
)
from app.services.importing.profiles import builtin_profiles, profiles_in
from app.services.workbook import export_store
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def douyin(make: Any, name: str, rows: list[tuple[str, str, str]]) -> Path:
    return make.xlsx(name, [make.douyin_headers] + [make.douyin_row(t, p, views=v) for t, p, v in rows])


def counting(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_the_plan_previewed_is_the_plan_written_matched_once(store: Store, make: Any, db: Any,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import app.services.importing.service as service

    matched = counting(monkeypatch, service, "resolve_posts")
    path = douyin(make, "a.xlsx", [("一", "2026-07-01 10:00:00", "10"), ("二", "2026-07-02 10:00:00", "20")])
    plan = analyse_file(store, path)
    assert plan.counts is not None and plan.counts["inserted"] == 2
    result = execute(store, plan)
    assert (result.status, result.inserted) == ("imported", 2)
    assert len(matched) == 1
    assert {r["title"] for r in db("SELECT title FROM post")} == {"一", "二"}
    assert {r["import_batch_id"] for r in db("SELECT import_batch_id FROM post")} == {result.batch_id}


def test_a_store_changed_since_the_plan_is_matched_again(store: Store, make: Any, db: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import app.services.importing.service as service

    later = analyse_file(store, douyin(make, "b.xlsx", [("一", "2026-07-01 10:00:00", "15")]))
    assert later.counts is not None and later.counts["inserted"] == 1
    first = execute(store, analyse_file(store, douyin(make, "a.xlsx", [("一", "2026-07-01 10:00:00", "10")])))
    assert first.inserted == 1
    matched = counting(monkeypatch, service, "resolve_posts")
    result = execute(store, later)  # planned before "一" was in the store: must not insert it twice
    assert len(matched) == 1
    assert (result.inserted, result.updated) == (0, 1)
    assert len(db("SELECT id FROM post")) == 1
    assert [r["views"] for r in db("SELECT views FROM post_metrics ORDER BY id")] == [15]
    assert [b["id"] for b in list_batches(store)] == [result.batch_id, first.batch_id]


def test_an_opsdesk_workbook_is_read_once(store: Store, make: Any, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    execute(store, analyse_file(store, douyin(make, "a.xlsx", [("一", "2026-07-01 10:00:00", "10")])))
    out = tmp_path / "all.xlsx"
    export_store(store, out)
    other = Store.open(tmp_path / "other")
    opened = counting(monkeypatch, CalamineWorkbook, "from_path")
    result = execute(other, analyse_file(other, out))
    other.close()
    assert result.status == "imported" and result.inserted > 0
    assert len(opened) == 1


def test_every_profile_comes_from_a_registered_source() -> None:
    registered = [p for s in sources.SOURCES if s.profiles for p in profiles_in(s.profiles)]
    assert builtin_profiles() == tuple(registered)
    shipped = {p.name for p in Path("resources/profiles").glob("*.json") if p.name != "vocab.json"}
    assert shipped == {s.profiles for s in sources.SOURCES if s.profiles}


def test_after_import_hooks_run_for_the_tables_changed(store: Store, make: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(sources, "AFTER_IMPORT", (("member", lambda conn: seen.append("member")),
                                                  ("topic", lambda conn: seen.append("topic"))))
    headers = ["昵称", "平台", "社群"]
    result = execute(store, analyse_file(store, make.xlsx("members.xlsx", [headers, ["小林", "公众号", "干货1群"]])))
    assert result.inserted == 1
    assert seen == ["member"]


def test_import_files_goes_on_after_a_refused_file_and_dry_runs_write_nothing(store: Store, make: Any, db: Any) -> None:
    good = douyin(make, "a.xlsx", [("一", "2026-07-01 10:00:00", "10")])
    junk = make.csv("x.csv", [["姓名", "电话"], ["张三", "123"]])
    dry = import_files(store, [junk, good], ImportOptions(dry_run=True))
    assert [r.status for r in dry.results] == ["refused", "dry_run"]
    assert dry.results[0].refusal is not None and dry.results[1].inserted == 1
    assert db("SELECT id FROM post") == []
    run = import_files(store, [junk, good, good])
    assert [r.status for r in run.results] == ["refused", "imported", "duplicate"]
    assert "message" in run.results[0].as_dict() and not run.cancelled


def test_import_files_cancel_rolls_back_the_file_being_written(store: Store, make: Any, db: Any) -> None:
    good = douyin(make, "a.xlsx", [("一", "2026-07-01 10:00:00", "10")])
    other = douyin(make, "b.xlsx", [("二", "2026-07-02 10:00:00", "10")])
    seen: list[int] = []
    run = import_files(store, [good, other], progress=lambda index, *_: seen.append(index),
                       cancel=lambda: 1 in seen)
    assert run.cancelled and [r.status for r in run.results] == ["imported"]
    assert [r["title"] for r in db("SELECT title FROM post")] == ["一"]



def test_a_file_is_read_from_disk_once(store: Store, make: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make.csv("a.csv", [make.douyin_headers, make.douyin_row("一", "2026-07-01 10:00:00")])
    data = path.read_bytes()
    reads: list[str] = []
    for name in ("read_bytes", "open"):
        real = getattr(Path, name)

        def counted(self: Path, *args: Any, real: Any = real, name: str = name, **kwargs: Any) -> Any:
            if self == path:
                reads.append(name)
            return real(self, *args, **kwargs)

        monkeypatch.setattr(Path, name, counted)
    plan = analyse_file(store, path)
    assert reads in (["read_bytes"], ["read_bytes", "open"])  # read_bytes opens the file itself
    assert plan.sha256 == hashlib.sha256(data).hexdigest()
