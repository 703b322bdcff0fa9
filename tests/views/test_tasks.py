"""The background-work helper: results, errors, progress and cancel, synchronous and threaded."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from app.views.tasks import TaskRunner


def counting(n: int) -> Iterator[tuple[int, int, str]]:
    for i in range(n):
        yield i + 1, n, f"第 {i + 1} 步"
    return n * 10


def test_synchronous_runner_delivers_result_and_progress(qapp: object) -> None:
    runner = TaskRunner(synchronous=True)
    results: list[object] = []
    progress: list[tuple[int, int, str]] = []
    task = runner.run(counting, 3, on_result=results.append, on_progress=lambda *p: progress.append(p))
    assert task.done
    assert results == [30]
    assert progress == [(1, 3, "第 1 步"), (2, 3, "第 2 步"), (3, 3, "第 3 步")]


def test_errors_go_to_on_error(qapp: object) -> None:
    runner = TaskRunner(synchronous=True)
    errors: list[BaseException] = []
    runner.run(lambda: 1 / 0, on_result=lambda _r: pytest.fail("no result expected"), on_error=errors.append)
    assert isinstance(errors[0], ZeroDivisionError)


def test_errors_without_handler_reach_the_exception_hook(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr("sys.excepthook", lambda t, e, tb: seen.append(t))
    TaskRunner(synchronous=True).run(lambda: [][1])
    assert seen == [IndexError]


def test_threaded_runner_works_off_the_ui_thread_and_reports_on_it(qtbot: object, qapp: object) -> None:
    runner = TaskRunner()
    ui_thread = threading.get_ident()
    worker_threads: list[int] = []
    callback_threads: list[int] = []

    def work() -> str:
        worker_threads.append(threading.get_ident())
        return "ok"

    task = runner.run(work, writes=True, on_result=lambda _r: callback_threads.append(threading.get_ident()))
    qtbot.waitUntil(lambda: task.done)  # type: ignore[attr-defined]
    assert worker_threads and worker_threads[0] != ui_thread
    assert callback_threads == [ui_thread]


def test_cancel_stops_a_generator_and_closes_it(qtbot: object, qapp: object) -> None:
    runner = TaskRunner()
    closed = threading.Event()
    outcome: list[str] = []

    def endless() -> Iterator[tuple[int, int, str]]:
        try:
            i = 0
            while True:
                i += 1
                time.sleep(0.005)
                yield i, 0, ""
        finally:
            closed.set()

    task = runner.run(endless, on_result=lambda _r: outcome.append("result"),
                      on_cancelled=lambda: outcome.append("cancelled"),
                      on_progress=lambda done, _total, _text: task.cancel() if done >= 3 else None)
    qtbot.waitUntil(lambda: task.done)  # type: ignore[attr-defined]
    assert outcome == ["cancelled"]
    assert closed.is_set()


def test_a_paused_runner_holds_tasks_until_resumed_then_runs_them_in_order(qtbot: object, qapp: object) -> None:
    runner = TaskRunner()
    ran: list[str] = []
    results: list[str] = []
    runner.pause()
    for name, writes in (("read", False), ("write", True)):
        runner.run(lambda name=name: ran.append(name) or name, writes=writes, on_result=results.append)
    qtbot.wait(200)  # type: ignore[attr-defined]
    assert ran == [] and results == []
    runner.resume()
    qtbot.waitUntil(lambda: len(results) == 2)  # type: ignore[attr-defined]
    assert sorted(ran) == ["read", "write"] and sorted(results) == ["read", "write"]
    runner.run(lambda: ran.append("after"))  # no longer paused: starts at once
    runner.wait()
    assert ran[-1] == "after"


def test_wait_starts_what_is_held_and_shutdown_drops_it(qapp: object) -> None:
    runner = TaskRunner(synchronous=True)
    ran: list[int] = []
    runner.pause()
    runner.run(ran.append, 1)
    assert ran == []
    runner.wait()
    assert ran == [1]
    runner.pause()
    runner.run(ran.append, 2)
    runner.shutdown()
    runner.resume()
    assert ran == [1]
