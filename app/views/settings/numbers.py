"""Pages of numbers: each `Field` a spin box, groups read and written by their own functions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from app.views.context import ViewContext
from app.views.settings.page import SettingsPage, note_label


@dataclass(frozen=True)
class Field:
    """One number on a page: its key, label, unit, range and how it is shown."""

    key: str
    label: str
    unit: str = ""
    minimum: float = 0
    maximum: float = 1_000_000
    decimals: int = 0
    percent: bool = False  # a fraction 0–1 shown as 0–100 %


class NumbersPage(SettingsPage):
    """Groups of numbers, each group read and written by its own functions."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.boxes: dict[tuple[int, str], QDoubleSpinBox] = {}
        self.groups: list[tuple[list[Field], Callable[[], dict[str, float]], Callable[[dict[str, float]], set[str]]]] = []
        self._loaded: list[dict[str, float]] = []

    def add_group(self, heading: str, fields: list[Field], read: Callable[[], dict[str, float]],
                  write: Callable[[dict[str, float]], set[str]], note: str = "") -> None:
        index = len(self.groups)
        title = QLabel(heading)
        title.setObjectName("sectionHeading")
        self.layout_.addWidget(title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long (English) labels: the box goes below
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for field in fields:
            box = QDoubleSpinBox(self)
            box.setObjectName(f"number_{field.key}")
            box.setDecimals(field.decimals)
            box.setRange(field.minimum * (100 if field.percent else 1), field.maximum * (100 if field.percent else 1))
            box.setSingleStep(0.1 if field.decimals else 1)
            box.setSuffix(" %" if field.percent else (f" {field.unit}" if field.unit else ""))
            box.setMinimumWidth(110)
            self.boxes[(index, field.key)] = box
            form.addRow(field.label, box)
        self.layout_.addLayout(form)
        if note:
            self.layout_.addWidget(note_label(note))
        self.groups.append((fields, read, write))
        self._loaded.append({})

    def values(self, index: int) -> dict[str, float]:
        fields = self.groups[index][0]
        out = {}
        for field in fields:
            value = self.boxes[(index, field.key)].value()
            value = value / 100 if field.percent else value
            out[field.key] = int(round(value)) if field.decimals == 0 and not field.percent else round(value, 4)
        return out

    def load(self) -> None:
        for index, (fields, read, _write) in enumerate(self.groups):
            current = read()
            for field in fields:
                value = float(current.get(field.key, 0))
                self.boxes[(index, field.key)].setValue(value * 100 if field.percent else value)
            self._loaded[index] = self.values(index)

    def save(self) -> set[str]:
        changed: set[str] = set()
        for index, (_fields, _read, write) in enumerate(self.groups):
            values = self.values(index)
            if values != self._loaded[index]:
                changed |= write(values)
                self._loaded[index] = values
        return changed


def store_setting(ctx: ViewContext, key: str) -> Callable[[dict[str, float]], set[str]]:
    def write(values: dict[str, float]) -> set[str]:
        ctx.store.set_setting(key, values)
        return {"setting"}

    return write
