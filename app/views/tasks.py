"""Background work for the views: run a function off the UI thread, get its result on the UI thread.

Modelled on Picard's `run_task` (picard/util/thread.py). Every later feature that imports,
exports, prints or runs a big query uses it:

    task = ctx.tasks.run(
        import_file, path,                  # any callable and its arguments
        on_result=self.imported,            # called on the UI thread with the return value
        on_error=self.import_failed,        # optional; default: the global exception hook
        progress=self.tr("正在导入…"),      # optional: a progress dialog with 取消
        parent=self,                        # the dialog's parent widget
        writes=True,                        # writes the store: runs on the single writer thread
    )

- A plain function runs to its end. A **generator** function reports progress by yielding
  `(done, total, text)` tuples (total 0 = unknown) and returns its result with `return value`;
  between two yields the runner checks the cancel flag and, when the user pressed 取消, closes the
  generator (so a `with store.writing()` around the loop rolls back) and calls `on_cancelled`.
- `on_error` gets the exception object; without it the error goes to `sys.excepthook`, which logs
  it and shows a dialog (a `UserError` shows as a plain warning).
- Never touch widgets inside the function: hand back plain values.
- `pause()` holds the tasks started from then on until `resume()`: while the window paints its
  first tab at start-up, no worker competes with the UI thread for the interpreter.
- Tests: `TaskRunner(synchronous=True)` runs everything in place, callbacks included, without a
  dialog; or keep it asynchronous and call `runner.wait()`.
"""

from __future__ import annotations

import inspect
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class TaskCancelledError(Exception):
    """Raised inside the runner when the user cancelled a generator task."""


class Task(QObject):
    """One piece of background work; lives on the UI thread and relays the worker's reports.

    Signals:
        progressed(int, int, str): done, total (0 = unknown), text.
        finished(object): the function's result.
        failed(object): the exception it raised.
        cancelled(): the user cancelled it.
    """

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        super().__init__()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        """Ask the task to stop at its next progress report (generators only)."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def execute(self) -> None:
        """Run the function here and emit exactly one of finished / failed / cancelled."""
        try:
            result = self._fn(*self._args, **self._kwargs)
            if inspect.isgenerator(result):
                result = self._drive(result)
        except TaskCancelledError:
            self.cancelled.emit()
        except BaseException as exc:
            self.failed.emit(exc)
        else:
            self.finished.emit(result)

    def _drive(self, gen: Any) -> Any:
        while True:
            if self._cancel.is_set():
                gen.close()
                raise TaskCancelledError
            try:
                report = next(gen)
            except StopIteration as stop:
                return stop.value
            if report is not None:
                done, total, text = report
                self.progressed.emit(int(done), int(total), str(text))


class _Job(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.execute()


class TaskRunner(QObject):
    """Runs tasks on a read pool or on the single writer thread; see the module docstring."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._active: set[Task] = set()
        self._held: list[tuple[Task, bool]] | None = None

    def run(
        self,
        fn: Callable[..., Any],
        /,
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        progress: str | None = None,
        parent: QWidget | None = None,
        writes: bool = False,
        **kwargs: Any,
    ) -> Task:
        """Start `fn(*args, **kwargs)`; callbacks run on the UI thread. Returns the Task."""
        task = Task(fn, args, kwargs)
        self._active.add(task)
        dialog = None if (progress is None or self.synchronous) else self._dialog(task, progress, parent)

        def finish() -> None:
            task.done = True
            self._active.discard(task)
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()

        def report(done: int, total: int, text: str) -> None:
            if dialog is not None:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)
                if text:
                    dialog.setLabelText(text)
            if on_progress is not None:
                on_progress(done, total, text)

        def succeeded(result: Any) -> None:
            finish()
            if on_result is not None:
                on_result(result)

        def failed(exc: BaseException) -> None:
            finish()
            if on_error is not None:
                on_error(exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        def cancelled() -> None:
            finish()
            if on_cancelled is not None:
                on_cancelled()

        task.progressed.connect(report)
        task.finished.connect(succeeded)
        task.failed.connect(failed)
        task.cancelled.connect(cancelled)
        if self._held is not None:
            self._held.append((task, writes))
        else:
            self._start(task, writes)
        return task

    def _start(self, task: Task, writes: bool) -> None:
        if self.synchronous:
            task.execute()
        else:
            (self._writer if writes else self._pool).start(_Job(task))

    def pause(self) -> None:
        """Hold the tasks started from now on (in order) until `resume()`."""
        if self._held is None:
            self._held = []

    def resume(self) -> None:
        """Start the tasks held since `pause()`, in the order they came."""
        held, self._held = self._held or [], None
        for task, writes in held:
            self._start(task, writes)

    @staticmethod
    def _dialog(task: Task, label: str, parent: QWidget | None) -> QProgressDialog:
        dialog = QProgressDialog(
            label, QCoreApplication.translate("TaskRunner", "取消"), 0, 0, parent
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)
        return dialog

    @Slot()
    def cancel_all(self) -> None:
        for task in list(self._active):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Start what is held, block until queued work is done and its callbacks ran (tests and shutdown)."""
        self.resume()
        ok = self._pool.waitForDone(msecs) and self._writer.waitForDone(msecs)
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
        return ok

    def shutdown(self) -> None:
        """Drop what is held, cancel what can be cancelled and wait for the rest (on quit)."""
        for task, _writes in self._held or []:
            self._active.discard(task)
        self._held = None
        self.cancel_all()
        self._pool.waitForDone()
        self._writer.waitForDone()
