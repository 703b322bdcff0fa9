"""品牌手册: the brand guide form (tone, visuals, service phrasing, taboo words), saved, previewed and
exported as PDF; the printed guide itself is `app.report.brand_guide`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.report.brand_guide import render_brand_guide, write_brand_guide_pdf
from app.report.sheet import a4_layout
from app.services import brand
from app.views.context import ViewContext
from app.views.print_preview import PrintPreview, show_print_preview
from app.views.watch.display import translate


class GuidePage(QWidget):
    """One field per part of the guide; a tone preset fills the tone.

    Signals:
        stored(): the guide was saved (the panel reloads).
    """

    stored = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.guide = brand.BrandGuide()
        self.guide_fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()

        def line(key: str, label: str, placeholder: str) -> None:
            edit = QLineEdit(self)
            edit.setPlaceholderText(placeholder)
            self.guide_fields[key] = edit
            form.addRow(label, edit)

        def text(key: str, label: str, placeholder: str) -> None:
            edit = QPlainTextEdit(self)
            edit.setPlaceholderText(placeholder)
            edit.setMaximumHeight(70)
            self.guide_fields[key] = edit
            form.addRow(label, edit)

        line("brand", translate("WatchPanel", "品牌名"), translate("WatchPanel", "如：小美研究所"))
        self.tone_preset = QComboBox(self)
        self.tone_preset.addItem(translate("WatchPanel", "选一个语气模板…"), None)
        for name, body in brand.TONE_PRESETS.items():
            self.tone_preset.addItem(translate("brand", name), body)
        self.tone_preset.activated.connect(self._tone_preset_chosen)
        form.addRow(translate("WatchPanel", "语气模板"), self.tone_preset)
        text("tone", translate("WatchPanel", "语气"), translate("WatchPanel", "专业严谨，还是轻松活泼？写清楚怎么说话。"))
        line("avatar", translate("WatchPanel", "头像"), translate("WatchPanel", "如：品牌 logo 白底，各平台统一"))
        line("cover_style", translate("WatchPanel", "封面风格"),
             translate("WatchPanel", "如：大字标题 + 产品实拍，左上角固定品牌角标"))
        line("colors", translate("WatchPanel", "品牌色"), translate("WatchPanel", "如：主色 #2B64E3，辅色浅灰"))
        text("service_phrasing", translate("WatchPanel", "客服用语"),
             translate("WatchPanel", "如：称呼“宝子”；先道歉再给方案；不说“亲”"))
        line("taboo", translate("WatchPanel", "禁用词"), translate("WatchPanel", "用逗号或顿号分开；保存后写草稿时会提醒"))
        text("notes", translate("WatchPanel", "其他"), "")
        save = QPushButton(translate("WatchPanel", "保存品牌手册"), self)
        save.setObjectName("saveGuide")
        save.clicked.connect(self.save_guide)
        preview = QPushButton(translate("WatchPanel", "打印预览…"), self)
        preview.clicked.connect(self.print_preview)
        pdf = QPushButton(translate("WatchPanel", "导出 PDF…"), self)
        pdf.clicked.connect(self.export_pdf)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addStretch(1)
        buttons.addWidget(preview)
        buttons.addWidget(pdf)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_guide(self, guide: brand.BrandGuide) -> None:
        self.guide = guide
        for key, edit in self.guide_fields.items():
            value = getattr(guide, key)
            value = "、".join(value) if isinstance(value, list) else value
            if isinstance(edit, QLineEdit):
                edit.setText(value)
            else:
                edit.setPlainText(value)

    def _tone_preset_chosen(self, index: int) -> None:
        body = self.tone_preset.itemData(index)
        if body:
            self.guide_fields["tone"].setPlainText(f"{self.tone_preset.itemText(index)}：{body}")

    def guide_from_form(self) -> brand.BrandGuide:
        values = {key: (edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()).strip()
                  for key, edit in self.guide_fields.items()}
        return brand.BrandGuide.from_value({**values, "taboo": values["taboo"], "synced_taboo": self.guide.synced_taboo})

    def save_guide(self) -> None:
        self.ctx.tasks.run(brand.save_guide, self.ctx.store, self.guide_from_form(),
                           on_result=lambda _g: (self.ctx.signals.notify("setting"), self.stored.emit()), writes=True)

    def print_preview(self) -> PrintPreview:
        """Open the print preview of the guide as the form shows it; it stays open without blocking."""
        guide, translate = self.guide_from_form(), QCoreApplication.translate
        return show_print_preview(self, translate("BrandGuide", "品牌手册 打印预览"), a4_layout(),
                                  lambda printer: render_brand_guide(printer, guide, translate=translate))

    def export_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("WatchPanel", "导出品牌手册"),
                                              translate("WatchPanel", "品牌手册.pdf"), "PDF (*.pdf)")
        if path:
            write_brand_guide_pdf(Path(path), self.guide_from_form(), translate=QCoreApplication.translate)
