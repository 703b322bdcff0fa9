"""Why a file is refused, in the operator's words (exit code 2: the file itself is unusable)."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, UserError


class ImportRefusedError(UserError):
    """The file cannot be imported at all; nothing was written."""

    context = "import"


NOT_FOUND = QT_TRANSLATE_NOOP("import", "找不到文件“{file}”。")
NOT_A_FILE = QT_TRANSLATE_NOOP(
    "import", "“{file}”不是普通文件（是文件夹、管道或设备），无法导入。请选平台后台下载的 Excel 或 CSV 文件。"
)
UNREADABLE = QT_TRANSLATE_NOOP("import", "读不了“{file}”：{reason}。请检查文件权限，或把文件复制到别的文件夹再导入。")
NOT_SPREADSHEET = QT_TRANSLATE_NOOP(
    "import", "“{file}”不是表格文件（Excel、WPS 表格或 CSV），无法导入。"
)
TRUNCATED = QT_TRANSLATE_NOOP(
    "import", "“{file}”已损坏或没有下载完整，打不开。请重新从平台后台下载后再导入。"
)
ENCRYPTED = QT_TRANSLATE_NOOP(
    "import", "“{file}”设置了打开密码。请在 Excel 或 WPS 里取消密码、另存一份后再导入。"
)
EMPTY = QT_TRANSLATE_NOOP("import", "“{file}”是空的，里面没有可导入的数据。")
UNKNOWN_SHAPE = QT_TRANSLATE_NOOP(
    "import",
    "认不出“{file}”是哪个平台的什么数据。文件里的列：{columns}。请用“自定义列对应”告诉 OpsDesk 每一列是什么。",
)
XML_BOMB = QT_TRANSLATE_NOOP(
    "import", "“{file}”的内部结构异常（疑似恶意构造的文件），已拒绝导入。"
)
ZIP_BOMB = QT_TRANSLATE_NOOP(
    "import", "“{file}”解压后异常巨大（疑似恶意构造的文件），已拒绝导入。"
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "import", "“{file}”超过 {limit} 行，太大了。请按时间分成几个文件再导入。"
)
NO_DATA_ROWS = QT_TRANSLATE_NOOP(
    "import", "“{file}”只有表头，没有数据行。"
)
AMBIGUOUS_ACCOUNT = QT_TRANSLATE_NOOP(
    "import", "有好几个自己的{platform}账号：{names}。请用 --account 指定导入到哪一个。"
)
ACCOUNT_NOT_OWN = QT_TRANSLATE_NOOP(
    "import", "“{name}”是对标账号，不是自己的账号，不能把后台数据导入到它名下。"
)
UNKNOWN_PROFILE = QT_TRANSLATE_NOOP("import", "没有叫“{name}”的导入格式。")
UNKNOWN_PLATFORM = QT_TRANSLATE_NOOP("import", "不认识的平台“{value}”。可以写：{names}。")
PROFILE_PLATFORM_MISMATCH = QT_TRANSLATE_NOOP(
    "import", "“{file}”看起来不是{platform}的导出文件（找到的列：{columns}）。"
)
MAPPING_NEEDS = QT_TRANSLATE_NOOP(
    "import", "自定义列对应至少要指定{fields}这几列。"
)
BATCH_NOT_FOUND = QT_TRANSLATE_NOOP("import", "没有编号为 {batch_id} 的导入记录。")
BATCH_ALREADY_UNDONE = QT_TRANSLATE_NOOP("import", "导入记录 {batch_id} 已经撤销过了。")
BATCH_UNDO_BLOCKED = QT_TRANSLATE_NOOP(
    "import",
    "导入记录 {batch_id} 之后又导入了 {later}，改动了同样的数据。请先撤销后面的导入，再撤销这一次。",
)
