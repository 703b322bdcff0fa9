"""问卷星 答卷 exports (按选项文本 and 按选项序号; .xls, .xlsx, .csv) → a survey and its responses.

The questions are columns `N、题干` (exactly as written, trailing spaces and all); `reshape` packs
them into one `答卷` cell per row (a dict in column order), so the fixed columns (序号, 提交答卷时间,
所用时间 `125秒`, 来源, 来自IP `IP(省-市)`) are recognised by the profile and the question columns,
whatever they are called, travel with the row. The resolver then reads each question's kind from
its cells: `┋`-joined options are a multi-select, `→` a ranking, `第N题(选项)` 0/1 columns a
multi-select in 按选项序号, small whole numbers a coded single choice, long or varied text a free
answer; `(跳过)`, −2 and −3 are "not answered". Free answers become feedback (source 问卷, tagged
with the question) so they reach the 用户需求清单; questions about 性别/年龄/地区/职业 are marked
with a role for the persona page. The survey's title is the file name (the export has none).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from app.services.importing import sqlrows as sq
from app.services.importing.reader import Sheet, Workbook
from app.services.importing.values import header_key
from app.services.importing.writer import Changes, _upsert

ANSWERS = "答卷"
HEADER_SCAN_ROWS = 30
MULTI_SEP = "┋"
RANK_SEP = "→"
#: Cells meaning "this question was not answered" (skipped by logic, or not shown).
SKIPPED = frozenset({"(跳过)", "（跳过）", "跳过", "-2", "-3", "-2.0", "-3.0"})
_QUESTION = re.compile(r"^\s*(\d+)、(.*)$", re.S)
_OPTION_COLUMN = re.compile(r"^\s*第(\d+)题\s*[(（](.*)[)）]\s*$", re.S)
_FILE_SUFFIX = re.compile(r"(?:_\d+){2,3}$")
_IP_PLACE = re.compile(r"[(（]([^()（）]+)[)）]\s*$")
#: A text question with more distinct answers than this (or any answer longer) is free text.
MAX_OPTIONS = 15
MAX_OPTION_CHARS = 24
ROLES = (
    ("gender", re.compile(r"性别")),
    ("age", re.compile(r"年龄|年纪|出生|岁")),
    ("region", re.compile(r"地区|城市|省份|所在地|居住地|来自哪")),
    ("occupation", re.compile(r"职业|行业|工作|身份")),
)
_FREE_WORDS = re.compile(r"建议|意见|说说|想法|为什么|原因|描述|填写|留言|补充|其他")


def _is_question(cell: Any) -> bool:
    return isinstance(cell, str) and bool(_QUESTION.match(cell) or _OPTION_COLUMN.match(cell))


def _header_at(sheet: Sheet) -> int | None:
    for index, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        keys = {header_key(c) for c in row}
        if "序号" in keys and keys & {"提交答卷时间", "所用时间", "来自ip"} and any(map(_is_question, row)):
            return index
    return None


def reshape(book: Workbook, _profiles: Any, _file_stem: str) -> Workbook:
    """An answer sheet's question columns packed into one `答卷` column; other books unchanged."""
    for number, sheet in enumerate(book.sheets):
        header = _header_at(sheet)
        if header is None:
            continue
        head = sheet.rows[header]
        questions = [c for c, cell in enumerate(head) if _is_question(cell)]
        fixed = [c for c, cell in enumerate(head) if c not in questions and cell not in (None, "")]
        rows: list[list[Any]] = [list(r) for r in sheet.rows[:header]]
        rows.append([head[c] for c in fixed] + [ANSWERS])
        for row in sheet.rows[header + 1:]:
            if not any(c is not None and c != "" for c in row):
                rows.append([])
                continue
            answers = {head[c]: row[c] if c < len(row) else None for c in questions}
            rows.append([row[c] if c < len(row) else None for c in fixed] + [answers])
        sheets = list(book.sheets)
        sheets[number] = Sheet(sheet.name, rows, dict(sheet.problems))
        return Workbook(book.format, sheets, book.modified, book.sha256)
    return book


def survey_title(file_stem: str) -> str:
    """`<问卷标题>_28_28` → `<问卷标题>`; `[问卷星数据]800_800_0` keeps what is left of it."""
    title = _FILE_SUFFIX.sub("", file_stem).replace("[问卷星数据]", "").strip(" _-")
    return title or file_stem


def _cell(value: Any) -> Any:
    """A cell as an answer: None when skipped or empty; whole floats as ints; text stripped."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if text == "" or text in SKIPPED:
        return None
    return value if isinstance(value, int) else text


def _small_int(value: Any) -> bool:
    return isinstance(value, int) or (isinstance(value, str) and value.isdigit() and len(value) <= 2)


def _questions(headers: list[str], answer_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each question (in column order) with its kind, options, role and the header(s) it reads."""
    questions: dict[str, dict[str, Any]] = {}
    for header in headers:
        option = _OPTION_COLUMN.match(header)
        if option:
            no, text = option.group(1), option.group(2).strip()
            question = questions.setdefault(no, {"no": no, "text": f"第{no}题", "kind": "multi", "options": [],
                                                 "columns": {}})
            question["kind"] = "multi"
            question["options"].append(text)
            question["columns"][header] = text
            continue
        match = _QUESTION.match(header)
        assert match is not None
        no, text = match.group(1), match.group(2).strip()
        if no in questions:  # a matrix or multi-blank question's next sub-column: `N、子项`
            part = f"{no}.{len(questions[no].get('parts', [])) + 2}"
            questions[no].setdefault("parts", []).append(part)
            questions[part] = {"no": part, "text": f"{questions[no]['text'].split('—')[0]}—{text}", "header": header}
        else:
            questions[no] = {"no": no, "text": text, "header": header}
    out = []
    for question in questions.values():
        question.pop("parts", None)
        if question.get("kind") != "multi":
            values = [_cell(a.get(question["header"])) for a in answer_rows]
            _kind_of(question, [v for v in values if v is not None])
        question["role"] = next((role for role, words in ROLES if words.search(question["text"])), None)
        out.append(question)
    return out


def _kind_of(question: dict[str, Any], answered: list[Any]) -> None:
    texts = [str(v) for v in answered]
    if any(MULTI_SEP in t for t in texts):
        question["kind"] = "multi"
        question["options"] = list(dict.fromkeys(o for t in texts for o in t.split(MULTI_SEP) if o))
    elif any(RANK_SEP in t for t in texts):
        question["kind"] = "rank"
        question["options"] = list(dict.fromkeys(o for t in texts for o in t.split(RANK_SEP) if o))
    elif answered and all(_small_int(v) for v in answered):
        question["kind"] = "single"
        question["coded"] = True
        question["options"] = [str(n) for n in sorted({int(v) for v in answered})]
    else:
        distinct = list(dict.fromkeys(texts))
        free = (len(distinct) > MAX_OPTIONS or any(len(t) > MAX_OPTION_CHARS for t in texts)
                or (_FREE_WORDS.search(question["text"]) is not None and len(distinct) > len(texts) / 2))
        question["kind"] = "text" if free else "single"
        question["options"] = [] if free else distinct


def _answer(question: dict[str, Any], answers: dict[str, Any]) -> Any:
    if "columns" in question:  # 按选项序号 multi-select: one 0/1 column per option
        marks = {option: _cell(answers.get(header)) for header, option in question["columns"].items()}
        if all(mark is None for mark in marks.values()):
            return None
        return [option for option, mark in marks.items() if mark not in (None, 0, "0")]
    value = _cell(answers.get(question["header"]))
    if value is None:
        return None
    kind = question["kind"]
    if kind == "multi":
        return [o for o in str(value).split(MULTI_SEP) if o]
    if kind == "rank":
        return [o for o in str(value).split(RANK_SEP) if o]
    if question.get("coded"):
        return int(value)
    return str(value)


def _merge_questions(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A newer export of the same survey: options seen before stay listed (in their order)."""
    before = {q["no"]: q for q in old}
    for question in new:
        earlier = before.get(question["no"])
        if earlier and earlier.get("kind") == question["kind"] and question.get("options") is not None:
            question["options"] = list(dict.fromkeys([*earlier.get("options", []), *question["options"]]))
            if question.get("coded"):
                question["options"] = sorted(question["options"], key=int)
    return new


def _stored_question(question: dict[str, Any]) -> dict[str, Any]:
    return {k: question[k] for k in ("no", "text", "kind", "options", "role", "coded") if k in question}


def region_of(ip: str | None) -> str | None:
    """`120.229.1.5(广东-深圳)` → `广东-深圳`; `(本地)` and no place → None."""
    if not ip:
        return None
    match = _IP_PLACE.search(ip)
    place = match.group(1).strip() if match else None
    return None if place in (None, "", "本地", "未知") else place


def resolve_survey(changes: Changes, plan: Any) -> None:
    """The survey (by title), its responses (by 序号) and a feedback row per free answer."""
    cur = changes.cursor
    title = survey_title(plan.path.stem)
    bad = {e.row for e in changes.errors}
    records = [r for table in plan.records for r in table if r["_row"] not in bad]
    answer_rows = [r["_extra"].get(ANSWERS) or {} for r in records]
    headers = list(dict.fromkeys(h for a in answer_rows for h in a))
    questions = _questions(headers, answer_rows)
    found = sq.fetch_dicts(cur, "SELECT * FROM survey WHERE title = ?", (title,))
    stored = [_stored_question(q) for q in questions]
    if found:
        survey = found[0]
        stored = _merge_questions(sq.json_load(survey["questions"]) or [], stored)
        changes.change("survey", survey, {"questions": sq.encode(stored)})
    else:
        survey = changes.insert("survey", {"title": title, "questions": sq.encode(stored)})
    survey_id = survey["id"]
    responses = {r["seq"]: r for r in sq.fetch_dicts(cur, "SELECT * FROM survey_response WHERE survey_id = ?", (survey_id,))}
    feedback = {}
    for row in sq.fetch_dicts(cur, "SELECT id, text, tags, received_at, extra FROM feedback WHERE source = 'survey'"):
        extra = sq.json_load(row["extra"]) or {}
        if extra.get("survey_id") == survey_id:
            feedback[(extra.get("seq"), extra.get("question"))] = row
    free = [q for q in questions if q["kind"] == "text"]
    for record, answers in zip(records, answer_rows, strict=True):
        seq = record["seq"]
        submitted = sq.encode(record.get("submitted_at"))
        duration = record.get("duration_seconds")
        row = {"survey_id": survey_id, "seq": seq, "submitted_at": submitted,
               "duration_seconds": None if duration is None else round(duration), "channel": record.get("channel"),
               "region": region_of(record.get("ip")),
               "answers": sq.encode({q["no"]: _answer(q, answers) for q in questions})}
        _upsert(changes, "survey_response", responses, seq, row)
        for question in free:
            text = _answer(question, answers)
            if text is None:
                continue
            item = {"source": "survey", "text": text, "tags": sq.encode([question["text"]]),
                    "received_at": submitted or changes.stamp,
                    "extra": sq.encode({"survey_id": survey_id, "survey": title, "seq": seq, "question": question["no"]})}
            current = feedback.get((seq, question["no"]))
            if current is None:
                feedback[(seq, question["no"])] = changes.insert("feedback", item)
            else:
                changes.change("feedback", current, {k: item[k] for k in ("text", "tags")})


def option_counts(question: dict[str, Any], answers: list[Any]) -> Counter[str]:
    """How often each option was chosen (multi-select and ranking count every option named)."""
    counts: Counter[str] = Counter({str(o): 0 for o in question.get("options", [])})
    for value in answers:
        if value is None:
            continue
        for option in value if isinstance(value, list) else [value]:
            counts[str(option)] += 1
    return counts
