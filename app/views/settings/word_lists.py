"""设置 → 词库: the banned and sensitive words the draft checks use."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services import checks
from app.views.context import ViewContext
from app.views.settings.page import SettingsPage, note_label


class WordListsPage(SettingsPage):
    """The checks' word lists per category: add, remove (built-in words too), reset. Acts at once."""

    key = "wordlists"

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.category = QComboBox(self)
        self.category.setObjectName("wordCategory")
        for code, category in checks.CATEGORIES.items():
            self.category.addItem(QCoreApplication.translate("checks", category.label), code)
        self.category.addItem(self.tr("放行词（不提示）"), checks.ALLOW)
        self.category.currentIndexChanged.connect(self.load)
        self.words = QTableWidget(0, 3, self)
        self.words.setObjectName("wordTable")
        self.words.setHorizontalHeaderLabels([self.tr("词"), self.tr("建议改成"), self.tr("来源")])
        self.words.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.words.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.words.verticalHeader().setVisible(False)
        self.words.horizontalHeader().setStretchLastSection(True)
        self.words.setColumnWidth(0, 160)
        self.words.setColumnWidth(1, 220)
        self.word = QLineEdit(self)
        self.word.setObjectName("newWord")
        self.word.setPlaceholderText(self.tr("新词"))
        self.suggestion = QLineEdit(self)
        self.suggestion.setObjectName("newSuggestion")
        self.suggestion.setPlaceholderText(self.tr("建议改成（可不填）"))
        add = QPushButton(self.tr("添加"), self)
        add.setObjectName("addWord")
        add.clicked.connect(self.add_word)
        self.word.returnPressed.connect(self.add_word)
        self.suggestion.returnPressed.connect(self.add_word)
        remove = QPushButton(self.tr("删除所选"), self)
        remove.setObjectName("removeWords")
        remove.clicked.connect(self.remove_selected)
        reset = QPushButton(self.tr("恢复这一类的默认词"), self)
        reset.setObjectName("resetWords")
        reset.clicked.connect(self.reset_category)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("词库："), self))
        top.addWidget(self.category)
        top.addStretch(1)
        top.addWidget(reset)
        add_row = QHBoxLayout()
        add_row.addWidget(self.word)
        add_row.addWidget(self.suggestion, 1)
        add_row.addWidget(add)
        add_row.addWidget(remove)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.words, 1)
        self.layout_.addLayout(add_row)
        self.layout_.addWidget(note_label(self.tr("写草稿时按这些词检查。这一页的修改马上生效，不用点确定。")))

    def title(self) -> str:
        return self.tr("词库")

    def current_category(self) -> str:
        return str(self.category.currentData())

    def load(self) -> None:
        entries = checks.load_wordlists(self.ctx.store).entries(self.current_category())
        self.words.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            source = self.tr("自己加的") if entry.user else self.tr("内置")
            for column, text in enumerate((entry.word, entry.suggestion, source)):
                self.words.setItem(row, column, QTableWidgetItem(text))

    def _changed(self) -> None:
        self.load()
        self.ctx.signals.notify("setting")

    def add_word(self) -> None:
        word = self.word.text().strip()
        if not word:
            self.word.setFocus()
            return
        checks.save_wordlist_edits(self.ctx.store, self.current_category(), added={word: self.suggestion.text().strip()})
        self.word.clear()
        self.suggestion.clear()
        self.word.setFocus()
        self._changed()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.words.selectedIndexes()})
        gone = [self.words.item(r, 0).text() for r in rows]
        if gone:
            checks.save_wordlist_edits(self.ctx.store, self.current_category(), removed=gone)
            self._changed()

    def reset_category(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("恢复默认词"),
            self.tr("「{name}」里自己加的词会删掉，删掉的内置词会回来。继续吗？").format(name=self.category.currentText()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            checks.reset_wordlist_edits(self.ctx.store, self.current_category())
            self._changed()
