"""Reading a text for the watch (品牌与舆情): watch terms found as words, sentiment with negation.

Pure text analysis, no store: `app.services.watch` keeps the watch words, mentions and alerts and
calls `scan_text` on what it scans.

Matching is by WORDS, not characters: the text is segmented with jieba, every enabled watch term
(and every lexicon word) added to the segmenter's dictionary, so 小美面膜 stays one word and 骗 is
not found inside 欺骗性. A term counts where its occurrence starts and ends on word boundaries,
or inside a word of the negative lexicon (骗 in 被骗/骗子). Fixed neutral phrases
(`watch_neutral.txt`: 曝光量, 无理由退款, 过敏原 …) are shielded from terms and sentiment.

Sentiment comes from `sentiment_positive.txt` / `sentiment_negative.txt` with negation handling
(`negations.txt`: a negation up to three words before a word in the same clause flips it — 不过敏
is positive, 不好用 negative); complaint words marked `!` (退款, 假货, 投诉 …) never flip (不给退款
is a complaint) and count in questions, while other words in a question count for nothing
(敏感肌会过敏吗？ is a question). After 但是/不过 a word weighs 1.5.

A negative text that names a watched brand or product is an alert; said to the brand (`direct`:
a comment under our post, feedback) a complaint word (`!`) with any watch term is one too.

jieba takes about a second to load its dictionary: it loads on first use (`warm_up()` on a worker
in the GUI), with its logger quietened.
"""

from __future__ import annotations

import logging
import re
import threading
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

from app.models.watch import Sentiment, WatchKind
from app.resources import resource_path

#: Kinds whose negative mention is an alert on its own.
ALERT_KINDS = frozenset({WatchKind.brand.value, WatchKind.product.value})


# ---------------------------------------------------------------------------------------------
# Lexicon and segmenter


@dataclass(frozen=True)
class Lexicon:
    positive: frozenset[str]
    #: negative word -> True when it never flips (complaints: 退款, 假货 …)
    negative: Mapping[str, bool]
    negations: tuple[str, ...]
    shield_words: tuple[str, ...]
    shield_patterns: tuple[re.Pattern[str], ...]


def _lines(name: str) -> list[str]:
    text = resource_path("wordlists", name).read_text(encoding="utf-8-sig")
    return [s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#")]


@cache
def lexicon() -> Lexicon:
    """The shipped sentiment lexicon, negations and neutral phrases (read once)."""
    negative: dict[str, bool] = {}
    for line in _lines("sentiment_negative.txt"):
        word, _, flag = line.partition("|")
        negative[_fold(word.strip())] = flag.strip() == "!"
    shield_words, patterns = [], []
    for line in _lines("watch_neutral.txt"):
        if line.startswith("re:"):
            patterns.append(re.compile(line[3:]))
        else:
            shield_words.append(_fold(line))
    negations = sorted({_fold(w) for w in _lines("negations.txt")}, key=len, reverse=True)
    return Lexicon(frozenset(_fold(w) for w in _lines("sentiment_positive.txt")), negative, tuple(negations),
                   tuple(shield_words), tuple(patterns))


def starter_negative_terms() -> list[str]:
    """The starter negative watch words (`resources/wordlists/watch_negative.txt`)."""
    return _lines("watch_negative.txt")


# Full-width ASCII to half-width and A–Z to a–z, each 1:1, so offsets in the folded text are offsets
# in the original (Ｏｌａｙ and OLAY both match olay).
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_FOLD |= {cp: chr(cp - 0xFEE0).lower() for cp in range(0xFF21, 0xFF3B)}
_FOLD |= {cp: cp + 32 for cp in range(ord("A"), ord("Z") + 1)}


def _fold(text: str) -> str:
    return text.translate(_FOLD)


class _Segmenter:
    """One private jieba tokenizer, loaded on first use, guarded by a lock (jieba is not thread-safe).

    Its dictionary holds the lexicon and the watch terms of the current call: terms of an earlier
    call that are not watched now are taken out again (a deleted 小美面膜 must not hide 小美).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokenizer: Any = None
        self._lexicon_words: set[str] = set()
        self._terms: frozenset[str] = frozenset()

    def _ready(self) -> Any:
        if self._tokenizer is None:
            with warnings.catch_warnings():  # jieba's old regexes warn on first compile
                warnings.simplefilter("ignore", DeprecationWarning)
                warnings.simplefilter("ignore", SyntaxWarning)
                import jieba

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            lex = lexicon()
            self._lexicon_words = {w for w in (*lex.positive, *lex.negative, *lex.shield_words) if len(w) > 1}
            for word in self._lexicon_words:
                tokenizer.add_word(word)
            self._tokenizer = tokenizer
        return self._tokenizer

    def _use_terms(self, terms: frozenset[str]) -> None:
        if terms == self._terms:
            return
        for word in self._terms - terms - self._lexicon_words:
            self._tokenizer.del_word(word)
        for word in terms - self._terms - self._lexicon_words:
            self._tokenizer.add_word(word)
        self._terms = terms

    def tokens(self, text: str, terms: Iterable[str] = ()) -> list[tuple[str, int, int]]:
        with self._lock:
            self._ready()
            self._use_terms(frozenset(t for t in terms if len(t) > 1))
            return list(self._tokenizer.tokenize(text))

    def warm(self) -> None:
        with self._lock:
            self._ready()


_SEGMENTER = _Segmenter()


def warm_up() -> None:
    """Load jieba's dictionary now (≈1 s) — call on a worker so the first scan is instant."""
    _SEGMENTER.warm()


# ---------------------------------------------------------------------------------------------
# Scanning text


@dataclass(frozen=True)
class Keyword:
    term: str
    kind: str = WatchKind.brand.value


@dataclass
class ScanResult:
    """What one text says: the watch terms found (in order), its sentiment, whether it is an alert,
    and `spans` — (start, end, term) code-point offsets of each term for highlighting."""

    terms: list[str]
    sentiment: str
    alert: bool
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    #: (start, end, +1/-1) of the sentiment words that counted, after negation.
    cues: list[tuple[int, int, int]] = field(default_factory=list)


#: Punctuation and spaces: they end a clause, and a watch term may not contain them.
PUNCT = set("，,。.！!？?；;：:~～…\n\r\t、 （）()【】[]「」“”\"'‘’/|")
_QUESTION_END = {"？", "?"}
_QUESTION_PARTICLES = {"吗", "么", "嘛"}
_CONTRAST = {"但是", "但", "可是", "不过", "然而", "结果", "只是"}
_RECOVERY = ("少了", "消了", "退了", "没了", "好了", "减轻", "淡了", "不见", "改善", "好多了", "下去了")
_NEGATION_WINDOW = 3


def _as_keywords(keywords: Iterable[Keyword | tuple[str, str] | str] | None) -> list[Keyword]:
    if keywords is None:
        return [Keyword(t, WatchKind.negative.value) for t in starter_negative_terms()]
    out = []
    for k in keywords:
        if isinstance(k, Keyword):
            out.append(k)
        elif isinstance(k, str):
            out.append(Keyword(k, WatchKind.brand.value))
        else:
            out.append(Keyword(str(k[0]), str(k[1])))
    return [k for k in out if k.term.strip()]


def _shielded(folded: str, lex: Lexicon) -> list[tuple[int, int]]:
    spans = []
    for word in lex.shield_words:
        start = folded.find(word)
        while start >= 0:
            spans.append((start, start + len(word)))
            start = folded.find(word, start + 1)
    for pattern in lex.shield_patterns:
        spans.extend(m.span() for m in pattern.finditer(folded) if m.end() > m.start())
    return spans


def _glued_ascii(folded: str, start: int, end: int) -> bool:
    """An ASCII term inside a longer ASCII word (olay in olayx): jieba would cut it out, we do not."""
    def word_char(ch: str) -> bool:
        return ch.isascii() and ch.isalnum()

    return (word_char(folded[start]) and start > 0 and word_char(folded[start - 1])) or (
        word_char(folded[end - 1]) and end < len(folded) and word_char(folded[end]))


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def scan_text(text: str, keywords: Iterable[Keyword | tuple[str, str] | str] | None = None, *,
              direct: bool = False) -> ScanResult:
    """Find the watch terms in `text` as words and judge its sentiment and whether it is an alert.

    `keywords`: (term, kind) pairs or `Keyword`s — the enabled watch list (`enabled_keywords`);
    None means the starter negative words only. An alert is a negative text naming a watched brand
    or product; with `direct` (said to the brand: a comment under our post, a DM, feedback) a
    negative text with a watch term and a complaint word (退款, 投诉, 不回复 …) is one too.
    """
    words = _as_keywords(keywords)
    lex = lexicon()
    folded = _fold(text)
    shield = _shielded(folded, lex)
    tokens = _SEGMENTER.tokens(folded, (_fold(k.term.strip()) for k in words))
    starts = {s for _, s, _ in tokens}
    ends = {e for _, _, e in tokens}
    token_at = {}
    for token in tokens:
        for i in range(token[1], token[2]):
            token_at[i] = token

    found: list[tuple[int, int, str, str]] = []
    for kw in words:
        term = _fold(kw.term.strip())
        pos = folded.find(term)
        while pos >= 0:
            end = pos + len(term)
            if not _inside(pos, end, shield) and not _glued_ascii(folded, pos, end):
                on_boundaries = pos in starts and end in ends
                host = token_at.get(pos)
                in_negative_word = host is not None and host[2] >= end and host[0] in lex.negative
                if on_boundaries or (kw.kind == WatchKind.negative.value and in_negative_word):
                    found.append((pos, end, kw.term.strip(), kw.kind))
            pos = folded.find(term, pos + 1)
    # A longer term at the same place wins (小美研究所 over 小美); overlapping shorter ones drop.
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str, str]] = []
    for f in found:
        if not any(k[0] <= f[0] < k[1] or f[0] <= k[0] < f[1] for k in kept):
            kept.append(f)
    terms = list(dict.fromkeys(f[2] for f in kept))

    cues, score_pos, score_neg, complaint = _sentiment(folded, tokens, shield, lex)
    if score_neg > score_pos:
        sentiment = Sentiment.negative.value
    elif score_pos > score_neg:
        sentiment = Sentiment.positive.value
    else:
        sentiment = Sentiment.neutral.value
    alert = sentiment == Sentiment.negative.value and bool(kept) and (
        any(f[3] in ALERT_KINDS for f in kept) or (direct and complaint))
    return ScanResult(terms, sentiment, alert, [(f[0], f[1], f[2]) for f in kept], cues)


def _clauses(tokens: list[tuple[str, int, int]]) -> list[tuple[list[tuple[str, int, int]], bool]]:
    """Tokens split at punctuation, each clause with whether it is a question."""
    clauses, current = [], []
    for token in tokens:
        if token[0].strip() and all(ch in PUNCT for ch in token[0]):
            if current:
                clauses.append((current, token[0] in _QUESTION_END))
                current = []
            elif clauses and token[0] in _QUESTION_END:
                clauses[-1] = (clauses[-1][0], True)
            continue
        if token[0].strip():
            current.append(token)
    if current:
        clauses.append((current, False))
    return [(c, q or c[-1][0] in _QUESTION_PARTICLES) for c, q in clauses]


def _split_negation(word: str, lex: Lexicon) -> tuple[str, bool]:
    """不太好 → (好, True): a word jieba glued to its negation."""
    if word in lex.positive or word in lex.negative:
        return word, False
    for neg in lex.negations:
        rest = word[len(neg):]
        if word.startswith(neg) and (rest in lex.positive or rest in lex.negative):
            return rest, True
    return word, False


def _sentiment(folded: str, tokens: list[tuple[str, int, int]], shield: Sequence[tuple[int, int]],
               lex: Lexicon) -> tuple[list[tuple[int, int, int]], float, float, bool]:
    """(cues, positive score, negative score, whether a complaint word counted)."""
    cues: list[tuple[int, int, int]] = []
    complaint = False
    pos_score = neg_score = 0.0
    weight = 1.0
    negations = set(lex.negations)
    for clause, question in _clauses(tokens):
        for i, (raw, start, end) in enumerate(clause):
            if raw in _CONTRAST:
                weight = 1.5
                continue
            if _inside(start, end, shield):
                continue
            word, negated = _split_negation(raw, lex)
            if word in lex.negative:
                polarity, immune = -1, lex.negative[word]
            elif word in lex.positive:
                polarity, immune = 1, False
            else:
                continue
            complaint = complaint or immune
            if not immune:
                if question:
                    continue
                before = [t[0] for t in clause[max(0, i - _NEGATION_WINDOW):i]]
                negated = negated or any(t in negations for t in before)
                after = folded[end:end + 4]
                recovered = polarity < 0 and after.startswith(_RECOVERY)
                if negated or recovered:
                    polarity = -polarity
            value = weight * (0.5 if polarity > 0 and word in lex.negative else 1.0)
            if polarity > 0:
                pos_score += value
            else:
                neg_score += value
            cues.append((start, end, polarity))
    return cues, pos_score, neg_score, complaint


# ---------------------------------------------------------------------------------------------
# What a complaint is about


@dataclass(frozen=True)
class ComplaintKind:
    """A kind of complaint (`resources/wordlists/complaint_kinds.txt`): its code, its name as the
    operator says it (过敏, 退款 …) and the words that put a text in it."""

    code: str
    name: str
    cues: tuple[str, ...]

    def names_template(self, template_name: str) -> bool:
        """Whether a reply template is meant for this kind: its name holds the kind's name or a cue
        (过敏安抚, 物流延迟致歉, 回应「智商税」质疑)."""
        folded = _fold(template_name)
        return any(_fold(word) in folded for word in (self.name, *self.cues))


@cache
def complaint_kinds() -> tuple[ComplaintKind, ...]:
    """The complaint kinds in the file's order."""
    kinds = []
    for line in _lines("complaint_kinds.txt"):
        code, name, cues = (part.strip() for part in (line.split("|") + ["", ""])[:3])
        words = tuple(w.strip() for w in cues.replace("，", ",").split(",") if w.strip())
        if code and name:
            kinds.append(ComplaintKind(code, name, words or (name,)))
    return tuple(kinds)


def classify_complaint(text: str) -> list[str]:
    """The kinds of complaint a text makes, by where they are first named (退款 before 客服 in
    "退款申请一周没人理"); empty when it names none."""
    folded = _fold(text or "")
    found = []
    for kind in complaint_kinds():
        places = [folded.find(_fold(cue)) for cue in kind.cues]
        places = [p for p in places if p >= 0]
        if places:
            found.append((min(places), kind.code))
    return [code for _, code in sorted(found)]


def result_dict(result: ScanResult, text: str) -> dict[str, Any]:
    """A scan result as the CLI's JSON item."""
    d = asdict(result)
    return {"text": text, "terms": d["terms"], "sentiment": d["sentiment"], "alert": d["alert"]}
