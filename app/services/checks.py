"""Checks while writing: length limits, structure, hashtags, keywords and banned or risky words.

`lint()` runs on every keystroke of the draft editor, so it holds no database access and builds
nothing per call: the word lists are merged once (`load_wordlists`) and each platform's matcher is
a single compiled regular expression, built on first use and cached on the `WordLists` object.
Every `Finding` names its field and the code-point offsets (`start`, `end`, Python string
indices) of the flagged text in that field, so the editor can highlight it.

Word lists are data in `resources/wordlists/<category>.txt` (`word|suggestion[|platforms]`,
`#` comments); `allow.txt` lists ordinary words that contain a flagged word (最近 contains 最) and
are never flagged. The operator's own additions and removals live in the setting
`checks.wordlists` and are merged at lint time.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.models.base import Platform
from app.resources import resource_path

Severity = Literal["error", "warning", "hint"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "hint")

#: The setting holding the operator's word-list edits: {category: {"added": {word: suggestion}, "removed": [word]}}.
WORDLIST_SETTING = "checks.wordlists"
ALLOW = "allow"


@dataclass(frozen=True)
class Category:
    """A kind of risky word: how bad it is and on which platforms it is checked (None = all)."""

    code: str
    label: str
    severity: Severity
    platforms: frozenset[str] | None = None


#: Word categories, each with its file `resources/wordlists/<code>.txt`; labels are shown to the user.
CATEGORIES: dict[str, Category] = {
    "ad_law": Category("ad_law", QT_TRANSLATE_NOOP("checks", "广告法极限词"), "error"),
    "medical": Category("medical", QT_TRANSLATE_NOOP("checks", "功效/医疗用语"), "error"),
    "diversion": Category("diversion", QT_TRANSLATE_NOOP("checks", "小红书站外导流词"), "error",
                          frozenset({Platform.xiaohongshu.value})),
    "sensitive": Category("sensitive", QT_TRANSLATE_NOOP("checks", "平台敏感词"), "warning"),
}

#: Names of the draft fields, for messages.
FIELD_LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("checks", "标题"),
    "body": QT_TRANSLATE_NOOP("checks", "正文"),
    "author": QT_TRANSLATE_NOOP("checks", "作者"),
    "digest": QT_TRANSLATE_NOOP("checks", "摘要"),
    "caption": QT_TRANSLATE_NOOP("checks", "文案"),
    "hook": QT_TRANSLATE_NOOP("checks", "开头钩子"),
    "cover_text": QT_TRANSLATE_NOOP("checks", "封面文字"),
    "pain_point": QT_TRANSLATE_NOOP("checks", "开头痛点"),
    "method": QT_TRANSLATE_NOOP("checks", "方法"),
    "cta": QT_TRANSLATE_NOOP("checks", "行动号召"),
    "hashtags": QT_TRANSLATE_NOOP("checks", "话题标签"),
    "scenes": QT_TRANSLATE_NOOP("checks", "分镜脚本"),
}
_TRANSLATED_PARAMS = ("field_name", "label")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one field.

    `start`/`end` are Python code-point offsets into that field's text (None when the finding is
    about the whole draft, e.g. a missing call to action); `field` is `title`, `body`, another
    draft field name, or `hashtags[2]` / `scenes[0]` for an item of a list field. `message` is
    the Chinese text; `translated()` gives it in the UI language.
    """

    rule: str
    severity: Severity
    field: str
    message: str
    start: int | None = None
    end: int | None = None
    text: str = ""
    suggestion: str = ""
    template: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)

    def translated(self, translate: Callable[[str, str], str]) -> str:
        if not self.template:
            return self.message
        params = {k: translate("checks", v) if k in _TRANSLATED_PARAMS else v for k, v in self.params.items()}
        return translate("checks", self.template).format(**params)

    def to_dict(self, translate: Callable[[str, str], str] | None = None) -> dict[str, Any]:
        """The JSON shape of `opsdesk-cli lint`."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "field": self.field,
            "message": self.translated(translate) if translate else self.message,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "suggestion": self.suggestion,
        }


def _finding(rule: str, severity: Severity, field_name: str, template: str, *, start: int | None = None,
             end: int | None = None, text: str = "", suggestion: str = "", **params: Any) -> Finding:
    params.setdefault("field_name", FIELD_LABELS.get(field_name.split("[")[0], field_name))
    params.setdefault("text", text)
    params.setdefault("suggestion", suggestion)
    return Finding(rule, severity, field_name, template.format(**params), start, end, text, suggestion,
                   template, params)


def has_errors(findings: Iterable[Finding]) -> bool:
    """True while something must be fixed before publishing."""
    return any(f.severity == "error" for f in findings)


#: Warnings a check run (`opsdesk-cli lint`) still fails on: an opening that promises nothing loses the
#: video in its first seconds, so a script gating drafts stops there, while the editor only warns.
FAILING_WARNINGS = frozenset({"weak_hook", "missing_hook"})


def fails_check(findings: Iterable[Finding]) -> bool:
    """True when a lint run should exit 1: an error, or an opening that keeps nobody."""
    return any(f.severity == "error" or f.rule in FAILING_WARNINGS for f in findings)


class UnknownPlatformError(UserError):
    pass


# ---------------------------------------------------------------------------------------------
# Platform rules


@dataclass(frozen=True)
class PlatformRules:
    """A platform's field limits (code points), hashtag counts and forms, from platform_limits.json."""

    platform: str
    format: str
    limits: Mapping[str, Mapping[str, int]]
    hashtags_recommended: tuple[int, int]
    hashtags_max: int
    hashtag_style: str
    video: bool
    text_field: str = "body"
    #: The draft fields this platform's editor shows (plus the structure fields), in order.
    draft_fields: tuple[str, ...] = ()

    def max_length(self, field_name: str) -> int | None:
        return self.limits.get(field_name, {}).get("max")


@cache
def _platform_data() -> dict[str, Any]:
    with resource_path("wordlists", "platform_limits.json").open(encoding="utf-8") as fh:
        return {k: v for k, v in json.load(fh).items() if not k.startswith("_")}


def platform_codes() -> list[str]:
    """Platforms the checks know, in the data file's order."""
    return list(_platform_data())


@cache
def platform_rules(platform: str) -> PlatformRules:
    """The rules of one platform; an unknown code is the user's mistake (UnknownPlatformError)."""
    data = _platform_data().get(str(platform))
    if data is None:
        raise UnknownPlatformError(
            QT_TRANSLATE_NOOP("errors", "不认识平台“{platform}”。可用的平台代码：{codes}。"),
            platform=str(platform), codes=", ".join(platform_codes()),
        )
    low, high = data["hashtags"]["recommended"]
    return PlatformRules(
        platform=str(platform), format=data["format"], limits=data["fields"],
        hashtags_recommended=(low, high), hashtags_max=data["hashtags"]["max"],
        hashtag_style=data["hashtag_style"], video=data["video"], text_field=data.get("text_field", "body"),
        draft_fields=tuple(data.get("draft_fields", ())),
    )


# ---------------------------------------------------------------------------------------------
# Word lists


@dataclass(frozen=True)
class WordEntry:
    """A flagged word with its suggested replacement; `platforms` limits it (`!` entries exclude)."""

    word: str
    suggestion: str
    platforms: frozenset[str] | None = None
    exclude: bool = False
    user: bool = False

    def applies_to(self, platform: str) -> bool:
        if self.platforms is None:
            return True
        return (platform in self.platforms) != self.exclude


def _parse_line(line: str) -> WordEntry | None:
    line = line.strip()
    if not line or line.startswith("#"):
        return None
    word, _, rest = line.partition("|")
    suggestion, _, scope = rest.partition("|")
    scope = scope.strip()
    exclude = scope.startswith("!")
    codes = frozenset(c.strip() for c in scope.lstrip("!").split(",") if c.strip())
    return WordEntry(word.strip(), suggestion.strip(), codes or None, exclude and bool(codes))


@cache
def _builtin_entries(category: str) -> tuple[WordEntry, ...]:
    text = resource_path("wordlists", f"{category}.txt").read_text(encoding="utf-8-sig")
    return tuple(e for e in map(_parse_line, text.splitlines()) if e is not None and e.word)


# Full-width ASCII (Ｖｘ, １００％) matches like half-width; a 1:1 map keeps offsets unchanged.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _key(word: str) -> str:
    return word.translate(_FOLD).casefold()


def _piece(word: str) -> str:
    """The regex of one word; ASCII words do not match inside longer ASCII words (vx in vxlan)."""
    folded = word.translate(_FOLD)
    pattern = re.escape(folded)
    first, last = folded[0], folded[-1]
    if first.isascii() and first.isalpha():
        pattern = "(?<![A-Za-z])" + pattern
    elif first.isascii() and first.isdigit():
        pattern = "(?<![0-9.])" + pattern
    if last.isascii() and last.isalpha():
        pattern += "(?![A-Za-z])"
    elif last.isascii() and last.isdigit():
        pattern += "(?![0-9])"
    return pattern


@dataclass(frozen=True)
class _Matcher:
    pattern: re.Pattern[str] | None
    #: folded word -> (category code, entry); category ALLOW for allow-listed words.
    lookup: Mapping[str, tuple[str, WordEntry]]


class WordLists:
    """The merged word lists (built-in plus the operator's edits) and their per-platform matchers.

    Build once with `load_wordlists()` and pass it to every `lint()` call; it is immutable, so a
    matcher compiled for a platform is reused for the life of the object.
    """

    def __init__(self, entries: Mapping[str, Sequence[WordEntry]], allow: Iterable[str]) -> None:
        self._entries = {code: tuple(entries.get(code, ())) for code in CATEGORIES}
        self.allow: frozenset[str] = frozenset(w for w in allow if w)
        self._matchers: dict[str, _Matcher] = {}

    def entries(self, category: str) -> tuple[WordEntry, ...]:
        """The words of one category (for the settings page), or the allow-list as entries."""
        if category == ALLOW:
            return tuple(WordEntry(w, "") for w in sorted(self.allow))
        return self._entries[category]

    def matcher(self, platform: str) -> _Matcher:
        found = self._matchers.get(platform)
        if found is None:
            found = self._matchers[platform] = self._build(platform)
        return found

    def _build(self, platform: str) -> _Matcher:
        lookup: dict[str, tuple[str, WordEntry]] = {}
        rank = {code: SEVERITIES.index(cat.severity) for code, cat in CATEGORIES.items()}
        for code, category in CATEGORIES.items():
            if category.platforms is not None and platform not in category.platforms:
                continue
            for entry in self._entries[code]:
                if not entry.applies_to(platform):
                    continue
                key = _key(entry.word)
                held = lookup.get(key)
                if held is None or rank[code] < rank[held[0]]:
                    lookup[key] = (code, entry)
        for word in self.allow:
            lookup[_key(word)] = (ALLOW, WordEntry(word, ""))
        if not lookup:
            return _Matcher(None, lookup)
        # Longest first: at one position the longest word wins, so 最近 (allowed) beats 最.
        words = sorted({entry.word.translate(_FOLD) for _, entry in lookup.values()}, key=lambda w: (-len(w), w))
        pattern = re.compile("|".join(_piece(w) for w in words), re.IGNORECASE)
        return _Matcher(pattern, lookup)


def _merge(edits: Mapping[str, Any]) -> WordLists:
    entries: dict[str, list[WordEntry]] = {}
    for code in CATEGORIES:
        edit = edits.get(code) or {}
        removed = {_key(w) for w in edit.get("removed", [])}
        added = {w: s for w, s in (edit.get("added") or {}).items() if w.strip()}
        kept = [e for e in _builtin_entries(code) if _key(e.word) not in removed and e.word not in added]
        entries[code] = kept + [WordEntry(w.strip(), (s or "").strip(), user=True) for w, s in added.items()]
    allow_edit = edits.get(ALLOW) or {}
    removed_allow = {_key(w) for w in allow_edit.get("removed", [])}
    allow = {e.word for e in _builtin_entries(ALLOW) if _key(e.word) not in removed_allow}
    allow |= {w.strip() for w in (allow_edit.get("added") or {}) if w.strip()}
    return WordLists(entries, allow)


@cache
def _merged_cached(edits_json: str) -> WordLists:
    return _merge(json.loads(edits_json))


def builtin_wordlists() -> WordLists:
    """The shipped lists without the operator's edits (what `lint` uses when given none)."""
    return _merged_cached("{}")


def wordlist_edits(store: Any) -> dict[str, Any]:
    """The operator's edits as stored: {category: {"added": {word: suggestion}, "removed": [word]}}."""
    value = store.setting(WORDLIST_SETTING, {}) or {}
    return value if isinstance(value, dict) else {}


def load_wordlists(store: Any = None) -> WordLists:
    """The lists to lint with: built-in merged with the store's edits. Cheap to call again."""
    if store is None:
        return builtin_wordlists()
    return _merged_cached(json.dumps(wordlist_edits(store), sort_keys=True, ensure_ascii=False))


class UnknownCategoryError(UserError):
    pass


def save_wordlist_edits(store: Any, category: str, *, added: Mapping[str, str] | Iterable[str] = (),
                        removed: Iterable[str] = ()) -> None:
    """Add words (with suggestions) to a category, or remove words, built-in ones included.

    `category` is a key of `CATEGORIES` or `"allow"`; `added` is {word: suggestion} or a list of
    words. Adding a removed word brings it back; removing an added word drops the addition.
    """
    if category not in CATEGORIES and category != ALLOW:
        raise UnknownCategoryError(QT_TRANSLATE_NOOP("errors", "没有“{category}”这个词库。"), category=category)
    new = dict(added) if isinstance(added, Mapping) else {w: "" for w in added}
    new = {w.strip(): (s or "").strip() for w, s in new.items() if w and w.strip()}
    gone = {w.strip() for w in removed if w and w.strip()}
    edits = wordlist_edits(store)
    edit = dict(edits.get(category) or {})
    current_added = dict(edit.get("added") or {})
    current_removed = [w for w in edit.get("removed", []) if w not in new]
    current_added.update(new)
    builtin = {_key(e.word) for e in _builtin_entries(category)}
    for word in gone:
        current_added.pop(word, None)
        if _key(word) in builtin and word not in current_removed:
            current_removed.append(word)
    edits[category] = {"added": current_added, "removed": sorted(current_removed)}
    store.set_setting(WORDLIST_SETTING, edits)


def reset_wordlist_edits(store: Any, category: str | None = None) -> None:
    """Back to the shipped lists, for one category or all."""
    edits = {} if category is None else {k: v for k, v in wordlist_edits(store).items() if k != category}
    store.set_setting(WORDLIST_SETTING, edits)


# ---------------------------------------------------------------------------------------------
# Lint


@cache
def _cues() -> dict[str, tuple[str, ...]]:
    with resource_path("wordlists", "structure_cues.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {key: tuple(data[key]) for key in ("hook", "cta", "hook_weak", "hook_conflict", "hook_change")}


@cache
def _number_with_unit() -> re.Pattern[str]:
    """A count the viewer can hold on to: 3 步, 三天, 7 个, 50% — not 一 alone (一款 is just "a")."""
    with resource_path("wordlists", "structure_cues.json").open(encoding="utf-8") as fh:
        units = json.load(fh)["hook_units"]
    numerals = "一二两三四五六七八九十百千万半"
    return re.compile(rf"(?:\d+(?:\.\d+)?|[{numerals[1:]}][{numerals}]*|一[{numerals}]+)\s*[" + re.escape(units) + "]")


_HASHTAG = re.compile(r"[#＃]([^\s#＃，。！？、,.!?；;：:（）()\[\]【】]+)")
_FIRST_SENTENCE = re.compile(r"[^。！？!?\n]*[。！？!?]?")
_FIELD_ORDER = ("title", "author", "digest", "cover_text", "hook", "pain_point", "body", "caption", "method", "cta")


def hashtags_in(text: str | None) -> list[str]:
    """The `#话题` (and `#话题#`) tags written inline in a text, in order, without the #."""
    return [m.group(1) for m in _HASHTAG.finditer(text or "")]


def _text_fields(title: str | None, body: str | None, fields: Mapping[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if title is not None:
        out.append(("title", title))
    if body is not None:
        out.append(("body", body))
    for name, value in fields.items():
        if name in ("title", "body"):
            continue
        if isinstance(value, str):
            out.append((name, value))
        elif isinstance(value, list | tuple):
            out += [(f"{name}[{i}]", item) for i, item in enumerate(value) if isinstance(item, str)]
    return out


def _word_findings(matcher: _Matcher, field_name: str, text: str) -> list[Finding]:
    if matcher.pattern is None or not text:
        return []
    found = []
    for m in matcher.pattern.finditer(text.translate(_FOLD)):
        code, entry = matcher.lookup.get(m.group().casefold(), (ALLOW, None))
        if code == ALLOW or entry is None:
            continue
        category = CATEGORIES[code]
        suggestion = entry.suggestion or QT_TRANSLATE_NOOP("checks", "删除或换个说法")
        template = (QT_TRANSLATE_NOOP("checks", "「{text}」是{label}，发布前必须改掉。建议：{suggestion}")
                    if category.severity == "error"
                    else QT_TRANSLATE_NOOP("checks", "「{text}」是{label}，可能被限流或审核不通过。建议：{suggestion}"))
        original = text[m.start():m.end()]
        found.append(_finding(code, category.severity, field_name, template, start=m.start(), end=m.end(),
                              text=original, suggestion=suggestion, label=category.label))
    return found


def _length_findings(rules: PlatformRules, field_name: str, text: str) -> list[Finding]:
    limit = rules.limits.get(field_name)
    if not limit:
        return []
    count = len(text)
    top, bottom = limit.get("max"), limit.get("min")
    if top is not None and count > top:
        return [_finding("length", "warning", field_name,
                         QT_TRANSLATE_NOOP("checks", "{field_name}最多 {limit} 字，现在 {count} 字，多出的部分已标出。"),
                         start=top, end=count, text=text[top:], limit=top, count=count)]
    if bottom is not None and 0 < count < bottom:
        return [_finding("length", "hint", field_name,
                         QT_TRANSLATE_NOOP("checks", "{field_name}至少 {limit} 字，现在只有 {count} 字。"),
                         start=0, end=count, text=text, limit=bottom, count=count)]
    return []


def _opening(text: str) -> str:
    match = _FIRST_SENTENCE.match(text.lstrip())
    return (match.group() if match else "")[:40]


def _promises(opening: str) -> bool:
    """Whether an opening gives a reason to stay: a question, a number with a unit (3 步, 三天), a
    conflict (结果, 千万别), a before/after (之前…现在, 救回来) or another hook cue (踩坑, 真相)."""
    cues = _cues()
    if any(ch in opening for ch in "？?") or _number_with_unit().search(opening):
        return True
    return any(cue in opening for key in ("hook", "hook_conflict", "hook_change") for cue in cues[key])


def _weak_start(opening: str) -> tuple[int, int] | None:
    """The span of a greeting or preamble the opening starts with (大家好, 今天, 欢迎来到 …)."""
    lead = len(opening) - len(opening.lstrip(" \t，,。.！!~～…、"))
    rest = opening[lead:].casefold()
    for cue in sorted(_cues()["hook_weak"], key=len, reverse=True):
        if rest.startswith(cue.casefold()):
            return lead, lead + len(cue)
    return None


def _weak_hook(field_name: str, opening: str, severity: Severity, video: bool) -> Finding:
    span = _weak_start(opening)
    if span is not None:
        template = QT_TRANSLATE_NOOP(
            "checks", "开头用「{text}」起头，没有给人留下来的理由。换成一个问题、带数字的结果、反差或前后对比，"
                      "例如：熬夜三天，脸垮了？这 3 步救回来。")
        return _finding("weak_hook", severity, field_name, template, start=span[0], end=span[1],
                        text=opening[span[0]:span[1]])
    template = (QT_TRANSLATE_NOOP("checks", "开头 3 秒没有承诺什么：用一个问题、带数字的结果、反差或前后对比留住观众。")
                if video else
                QT_TRANSLATE_NOOP("checks", "开头没有承诺什么：第一句试试用提问、带数字的结果或反差抓住读者。"))
    return _finding("weak_hook", severity, field_name, template, start=0, end=len(opening), text=opening)


def _hook_findings(rules: PlatformRules, body: str, fields: Mapping[str, Any]) -> list[Finding]:
    """The opening: missing (`missing_hook`), or there but promising nothing (`weak_hook`).

    A hook field (抖音, 视频号 …) must promise something; an opening sentence of the body passes
    with a 痛点 field, a promise or an exclamation, unless it starts with a greeting and promises
    nothing."""
    severity: Severity = "warning" if rules.video else "hint"
    if "hook" in fields:
        hook = str(fields.get("hook") or "")
        if not hook.strip():
            return [_finding("missing_hook", severity, "hook",
                             QT_TRANSLATE_NOOP("checks", "缺少开头 3 秒的钩子：第一句就抛出痛点、问题或结果，留住观众。"))]
        opening = _opening(hook) or hook
        return [] if _promises(opening) else [_weak_hook("hook", opening, severity, rules.video)]
    if str(fields.get("pain_point") or "").strip() or not body.strip():
        return []
    opening = _opening(body)
    offset = len(body) - len(body.lstrip())
    if _promises(opening):
        return []
    if _weak_start(opening) is not None:
        weak = _weak_hook("body", opening, severity, rules.video)
        return [dataclasses.replace(weak, start=(weak.start or 0) + offset, end=(weak.end or 0) + offset)]
    if any(ch in opening for ch in "！!"):
        return []
    template = (QT_TRANSLATE_NOOP("checks", "缺少开头 3 秒的钩子：第一句就抛出痛点、问题或结果，留住观众。")
                if rules.video else
                QT_TRANSLATE_NOOP("checks", "开头没有钩子：第一句试试用痛点、提问或数字抓住读者。"))
    return [_finding("missing_hook", severity, "body", template)]


def _structure_findings(rules: PlatformRules, body: str, fields: Mapping[str, Any]) -> list[Finding]:
    found = _hook_findings(rules, body, fields)
    if not body.strip():
        return found
    cta = str(fields.get("cta") or "").strip()
    texts = [body] + [str(fields.get(k) or "") for k in ("caption", "method")]
    if not cta and not any(cue in t for t in texts for cue in _cues()["cta"]):
        found.append(_finding("missing_cta", "warning", "cta" if "cta" in fields else "body",
                              QT_TRANSLATE_NOOP("checks", "缺少行动号召：结尾告诉读者下一步做什么（关注、收藏、评论、点链接 …）。")))
    return found


def _hashtag_findings(rules: PlatformRules, tags: list[str]) -> list[Finding]:
    count = len(dict.fromkeys(t.strip().lstrip("#＃").rstrip("#＃") for t in tags if t.strip()))
    low, high = rules.hashtags_recommended
    if count > rules.hashtags_max:
        return [_finding("hashtag_count", "warning", "hashtags",
                         QT_TRANSLATE_NOOP("checks", "话题标签有 {count} 个，超过平台上限 {limit} 个。"),
                         count=count, limit=rules.hashtags_max)]
    if count < low or count > high:
        return [_finding("hashtag_count", "hint", "hashtags",
                         QT_TRANSLATE_NOOP("checks", "话题标签有 {count} 个，建议 {low}–{high} 个。"),
                         count=count, low=low, high=high)]
    return []


def _keyword_findings(rules: PlatformRules, title: str | None, body: str | None,
                      keywords: Sequence[str]) -> list[Finding]:
    """Advice on the search keywords (a topic's `search_keywords`, not its tags): 小红书 is
    searched by title, so each belongs in the title, the first one early."""
    found = []
    folded_title = _key(title or "")
    folded_body = _key(body or "")
    if rules.platform == Platform.xiaohongshu.value and title is not None:
        positions = []
        for kw in keywords:
            at = folded_title.find(_key(kw))
            if at < 0:
                found.append(_finding("title_keywords", "warning", "title",
                                      QT_TRANSLATE_NOOP("checks", "建议把搜索词「{keyword}」写进标题：小红书用户常这样搜，标题里有它更容易被搜到。"),
                                      text=kw, suggestion=kw, keyword=kw))
            else:
                positions.append((at, kw))
        if positions and min(positions)[0] >= 10:
            at, kw = min(positions)
            found.append(_finding("title_keywords", "hint", "title",
                                  QT_TRANSLATE_NOOP("checks", "关键词「{keyword}」尽量放在标题最前面。"),
                                  start=at, end=at + len(kw), text=(title or "")[at:at + len(kw)], keyword=kw))
        return found
    for kw in keywords:
        if _key(kw) not in folded_title and _key(kw) not in folded_body:
            found.append(_finding("keywords", "hint", "title" if title is not None else "body",
                                  QT_TRANSLATE_NOOP("checks", "建议在标题或正文里写上搜索词「{keyword}」，方便用户搜到。"),
                                  text=kw, suggestion=kw, keyword=kw))
    return found


def _order(finding: Finding) -> tuple[int, int, str, int]:
    base = finding.field.split("[")[0]
    place = _FIELD_ORDER.index(base) if base in _FIELD_ORDER else len(_FIELD_ORDER)
    return (SEVERITIES.index(finding.severity), place, finding.field,
            -1 if finding.start is None else finding.start)


def lint(platform: str, title: str | None = None, body: str | None = None, *,
         fields: Mapping[str, Any] | None = None, keywords: Sequence[str] | None = None,
         wordlists: WordLists | None = None) -> list[Finding]:
    """Every finding for one draft on one platform, errors first, then by field and position.

    `title`/`body` are plain text (convert rich text first); `fields` holds the other draft
    fields by name (`digest`, `caption`, `hook`, `cta`, `cover_text`, `author`, `pain_point`,
    `method` as strings; `hashtags`, `scenes` as lists). A field left out is not checked; a
    `hook` or `cta` key present but empty counts as missing. `keywords` are the words people
    search for (the topic's `search_keywords`). `None` wordlists = built-in lists.
    """
    rules = platform_rules(platform)
    fields = dict(fields or {})
    matcher = (wordlists or builtin_wordlists()).matcher(rules.platform)
    findings: list[Finding] = []
    for name, text in _text_fields(title, body, fields):
        findings += _word_findings(matcher, name, text)
        findings += _length_findings(rules, name, text)
    if title is not None and not title.strip() and rules.max_length("title"):
        findings.append(_finding("missing_title", "warning", "title", QT_TRANSLATE_NOOP("checks", "还没有写标题。")))
    main_text = body or str(fields.get("caption") or "")
    if main_text.strip() or str(fields.get("hook") or "").strip():
        findings += _structure_findings(rules, main_text, fields)
    if main_text.strip() or "hashtags" in fields:
        tags = list(fields.get("hashtags") or [])
        for text in (title, body, fields.get("caption")):
            tags += hashtags_in(text if isinstance(text, str) else None)
        findings += _hashtag_findings(rules, tags)
    if keywords:
        findings += _keyword_findings(rules, title, main_text, [k for k in keywords if k and k.strip()])
    findings.sort(key=_order)
    return findings


# ---------------------------------------------------------------------------------------------
# Title helper


@cache
def _title_patterns() -> tuple[str, ...]:
    text = resource_path("wordlists", "title_patterns.txt").read_text(encoding="utf-8-sig")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def suggest_titles(platform: str, topic_title: str, keywords: Sequence[str] = (), *,
                   wordlists: WordLists | None = None, limit: int = 8) -> list[str]:
    """Title ideas (pain point + solution, numbers) that fit the platform's title length.

    The first keyword leads (小红书 search favours it); titles that would carry an error-level
    word are left out, so every suggestion can be used as is.
    """
    rules = platform_rules(platform)
    top = rules.max_length("title") or 30
    title = topic_title.strip()
    kws = [k.strip() for k in keywords if k and k.strip()]
    kw = kws[0] if kws else title
    lists = wordlists or builtin_wordlists()
    out: list[str] = []
    for i, pattern in enumerate(_title_patterns()):
        candidate = pattern.format(kw=kw, title=title, n=(3, 5, 7)[i % 3])
        if len(candidate) <= top and candidate not in out and not has_errors(lint(platform, candidate, wordlists=lists)):
            out.append(candidate)
        if len(out) >= limit:
            break
    return out
