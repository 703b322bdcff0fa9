"""Translation markers and user-facing errors for code that must not import Qt.

Chinese is the source language. Qt-free code marks its user-facing strings with
`QT_TRANSLATE_NOOP(context, text)` — a no-op here, extracted by `pyside6-lupdate` — and whoever
shows the string (a view, or the CLI under `--lang en`) translates it with the same context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def untranslated(_context: str, text: str) -> str:
    return text


class UserError(Exception):
    """The user's file, input or environment is wrong (not a bug): say so plainly, lose nothing.

    `template` is a marked Chinese string with `{name}` fields filled from `params` after
    translation; `exit_code` is what the CLI exits with (DESIGN §5.1).
    """

    context = "errors"
    exit_code = 2

    def __init__(self, template: str, /, **params: Any) -> None:
        super().__init__(template)
        self.template = template
        self.params = params

    def message(self, translate: Translate = untranslated) -> str:
        return translate(self.context, self.template).format(**self.params)

    def __str__(self) -> str:
        return self.message()
