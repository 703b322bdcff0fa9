"""Deciding what a file changes, and writing it in one transaction (or not at all).

The `resolve_*` functions only read: they match every record to what the store holds and collect
the inserts and updates (with the old values) in a `Changes`. The plan runs them once, on a read
connection, to say what would happen; `execute` writes that same `Changes` (`Changes.write()`, the
executemany calls), matching again inside the write transaction only if the store changed in
between. The undo data are exactly the inserted ids and the old values.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import operator
import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.models.base import now
from app.models.vocabulary import platform_name
from app.services.importing import sqlrows as sq
from app.services.importing.profiles import SUBTOTAL_WORDS, lookup
from app.services.importing.rows import Records, RowError
from app.services.importing.values import header_key
from app.services.metrics import DAILY_TABLE, stored_columns
from app.services.text import title_key, title_keys

DAILY_METRICS = stored_columns(DAILY_TABLE)
MEMBER_FIELDS = (
    "region", "gender", "first_seen", "last_active", "active_days_30", "browse_minutes_30", "purchases", "spend",
    "tags", "notes",
)
PROGRESS_EVERY = 2000
MATCH_WINDOW_MINUTES = 2
#: The shortest title key that may be a platform's truncation of a longer one.
TRUNCATED_MIN = 6
DRAFT_WINDOW = dt.timedelta(days=1)
ALL_SCOPES = frozenset({"全部", "所有", "全平台", "全部平台", "所有平台", "全部账号", "所有账号", "all", "合计", "总计", ""})


class Changes:
    """Inserts and updates one import would make, with what each update replaces."""

    def __init__(self, cursor: Any, batch_id: int | None) -> None:
        self.cursor = cursor
        self.batch_id = batch_id
        self.stamp = sq.encode(now())
        self.inserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.updates: dict[str, dict[int, tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(dict)
        self.counts = {"inserted": 0, "updated": 0, "unchanged": 0, "linked": 0}
        self.errors: list[RowError] = []
        self._next_id: dict[str, int] = {}
        self._cache: dict[str, Any] = {}
        self.compact: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        self._packed: dict[str, tuple[str, ...]] = {}
        self._fixed: dict[str, dict[str, Any]] = {}
        self._bases: dict[str, dict[str, Any]] = {}
        self._first_new: dict[str, int] = {}
        self._decided = 0
        #: Called with the number of records decided so far, every `PROGRESS_EVERY`.
        self.on_rows: Callable[[int], None] | None = None

    # -- collecting ---------------------------------------------------------------------------

    def new_id(self, table: str) -> int:
        """The id the next new row of `table` gets (new ids come after every stored one)."""
        if table not in self._next_id:
            self.cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")
            self._next_id[table] = self._first_new[table] = int(self.cursor.fetchone()[0]) + 1
        row_id = self._next_id[table]
        self._next_id[table] += 1
        return row_id

    def new_ids(self, table: str, n: int) -> range:
        """Ids for `n` new rows of `table` at once."""
        first = self.new_id(table)
        self._next_id[table] += n - 1
        return range(first, first + n)

    def insert(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        row["id"] = self.new_id(table)
        self.inserts[table].append(row)
        return row

    def is_new(self, table: str, row: dict[str, Any]) -> bool:
        """Whether `row` is one this import inserts (met again further down the file): new ids come after all old ones."""
        return table in self._first_new and row["id"] >= self._first_new[table]

    def base(self, table: str) -> dict[str, Any]:
        """Every column's value for a new row unless the row says otherwise: model defaults, this batch, now."""
        base = self._bases.get(table)
        if base is None:
            defaults = sq.defaults_of(table)
            base = {c: defaults.get(c) for c in sq.columns_of(table)}
            if "import_batch_id" in base:
                base["import_batch_id"] = self.batch_id
            if "created_at" in base:
                base["created_at"] = base["updated_at"] = self.stamp
            self._bases[table] = base
        return base

    def packer(self, table: str, fields: tuple[str, ...], fixed: dict[str, Any] | None = None) -> None:
        """New rows of `table` will be tuples of `fields` in that order (`insert_packed`), the other
        columns from `base`: a tenth of a dict's memory, and only those values bound when written.
        `fixed` are fields every row of this call holds the same (encoded) value in — the account,
        the snapshot day, None for a column the file does not have: written once in the INSERT,
        not bound per row (binding costs as much as storing), unless another call's rows differ."""
        assert not self.inserts[table], "a table's new rows are either all packed or none"
        assert self._packed.get(table, fields) == fields, "one layout per table"
        self._packed[table] = fields
        fixed = dict(fixed or {})
        before = self._fixed.get(table, fixed)
        self._fixed[table] = {f: x for f, x in fixed.items() if f in before and before[f] == x}

    def has_new(self, table: str) -> bool:
        """Whether this import already inserts rows into `table`."""
        return bool(self.inserts.get(table) or self.compact.get(table))

    def insert_packed(self, table: str, *rows: tuple[Any, ...]) -> None:
        """New rows as `packer` said (their ids from `new_id` or `new_ids`)."""
        self.compact[table].extend(rows)

    def amend(self, table: str, row_id: int, values: dict[str, Any]) -> None:
        """Change a row this import inserts (the same item twice in one file: the later row wins)."""
        at = row_id - self._first_new[table]
        stored = list(self.compact[table][at])
        fields = self._packed[table]
        fixed = self._fixed[table]
        for column, value in values.items():
            stored[fields.index(column)] = value
            if column in fixed and fixed[column] != value:
                del fixed[column]  # this row differs now: bind the field
        self.compact[table][at] = tuple(stored)

    def change(self, table: str, current: dict[str, Any], new: dict[str, Any]) -> bool:
        """Record new values for an existing row (encoded); False when nothing differs."""
        diff = {c: v for c, v in new.items() if not sq.same(table, c, v, current.get(c))}
        if not diff:
            return False
        row_id = current["id"]
        if row_id in self.updates[table]:
            pending, old = self.updates[table][row_id]
            for column in diff:
                old.setdefault(column, current.get(column))
            pending.update(diff)
        else:
            old = {c: current.get(c) for c in diff}
            if "updated_at" in sq.columns_of(table):
                old["updated_at"] = current.get("updated_at")
                diff["updated_at"] = self.stamp
            self.updates[table][row_id] = (dict(diff), old)
        current.update(diff)
        return True

    def count(self, outcome: str, n: int = 1) -> None:
        """One more record decided; every few thousand, report progress (which may cancel)."""
        self.counts[outcome] += n
        if outcome != "linked":
            before, self._decided = self._decided, self._decided + n
            if self.on_rows is not None and before // PROGRESS_EVERY != self._decided // PROGRESS_EVERY:
                self.on_rows(self._decided)

    def cached(self, key: str, load: Callable[[], Any]) -> Any:
        if key not in self._cache:
            self._cache[key] = load()
        return self._cache[key]

    # -- writing ------------------------------------------------------------------------------

    def _bound(self, table: str, rows: list[dict[str, Any]]) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
        """The columns some new row sets, and each row's values of them (the rest is `base` for all)."""
        base = self.base(table)
        named = set().union(*rows)
        bound = tuple(c for c in sq.columns_of(table) if c in named)
        get = operator.itemgetter(*bound)
        try:
            return bound, [get(r) for r in rows] if len(bound) > 1 else [(get(r),) for r in rows]
        except KeyError:  # rows that set different columns
            return bound, [tuple(map({**base, **r}.get, bound)) for r in rows]

    def _packed_params(self, table: str, rows: list[tuple[Any, ...]]) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
        fields, fixed = self._packed[table], self._fixed[table]
        if not fixed:
            return fields, rows
        bound = tuple(f for f in fields if f not in fixed)
        pick = operator.itemgetter(*(fields.index(f) for f in bound))
        return bound, list(map(pick, rows))

    def _insert_sql(self, table: str, bound: tuple[str, ...]) -> str:
        """INSERT binding `bound`, the other columns written as literals of their one `base` value.

        Binding a value costs about as much as SQLite storing it: a new post has 30 columns, 5 of
        which differ from row to row. The literals are model defaults, the batch id and the stamp.
        """
        base = {**self.base(table), **self._fixed.get(table, {})}
        fixed = [c for c in sq.columns_of(table) if c not in bound]
        columns = ", ".join((*bound, *fixed))
        values = ", ".join(["?"] * len(bound) + [sq.literal(base[c], c in sq.boolean_columns(table)) for c in fixed])
        return f"INSERT INTO {table} ({columns}) VALUES ({values})"


    def write(self, progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
        """Run the inserts and updates; returns the undo record."""
        total = sum(map(len, self.inserts.values())) + sum(map(len, self.compact.values()))
        total += sum(map(len, self.updates.values()))
        done = 0
        new_ids: dict[str, list[int]] = defaultdict(list)
        for table in sq.TABLE_ORDER:
            rows = self.inserts.get(table, [])
            packed = self.compact.get(table, [])
            if not rows and not packed:
                continue
            if rows:
                bound, params = self._bound(table, rows)
            else:
                bound, params = self._packed_params(table, packed)
            sql = self._insert_sql(table, bound)
            id_at = bound.index("id")
            for part in sq.chunks(params, 5000):
                self.cursor.executemany(sql, part)
                new_ids[table] += [p[id_at] for p in part]
                done += len(part)
                if progress:
                    progress(done, total)
        undo_updates: dict[str, list[dict[str, Any]]] = {}
        for table, changed in self.updates.items():
            grouped: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
            for row_id, (new, _old) in changed.items():
                keys = tuple(sorted(new))
                grouped[keys].append((*(new[k] for k in keys), row_id))
            for keys, params in grouped.items():
                sets = ", ".join(f"{k} = ?" for k in keys)
                self.cursor.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", params)
            undo_updates[table] = [{"id": row_id, "old": old} for row_id, (_new, old) in changed.items()]
            done += len(changed)
            if progress:
                progress(done, total)
        return {
            "inserted": {t: sq.to_ranges(ids) for t, ids in new_ids.items() if ids},
            "updated": {t: rows for t, rows in undo_updates.items() if rows},
        }


def _minute(value: dt.datetime) -> int:
    """Minutes since year 1, for the ±2 minute match (local wall-clock time, no zone arithmetic)."""
    return value.toordinal() * 1440 + value.hour * 60 + value.minute


def _when(value: Any) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


# -- accounts ---------------------------------------------------------------------------------


def own_accounts(cursor: Any, platform: str) -> list[dict[str, Any]]:
    """The platform's own accounts in use: an archived one is never where a new export goes unasked."""
    return sq.fetch_dicts(
        cursor, "SELECT id, name FROM account WHERE platform = ? AND is_own = TRUE AND archived = FALSE ORDER BY id", (platform,))


def platform_account(changes: Changes, platform: str, name: str | None = None) -> int:
    """The account rows of this platform go to (created when the platform has none)."""
    key = f"account:{platform}:{name}"

    def load() -> int:
        if name:
            found = sq.fetch_dicts(changes.cursor, "SELECT id FROM account WHERE platform = ? AND name = ?", (platform, name))
            if found:
                return int(found[0]["id"])
        else:
            found = own_accounts(changes.cursor, platform)
            if found:
                return int(found[0]["id"])
        label = name or platform_name(platform)
        row = changes.insert("account", {"platform": platform, "name": label, "is_own": 1})
        return int(row["id"])

    return int(changes.cached(key, load))


# -- posts and their snapshots ----------------------------------------------------------------


def _put(index: dict[Any, Any], key: Any, row: dict[str, Any]) -> None:
    held = index.setdefault(key, row)
    if held is row:
        return
    if isinstance(held, list):
        held.append(row)
    else:
        index[key] = [held, row]


def _get(index: dict[Any, Any], key: Any) -> list[dict[str, Any]]:
    held = index.get(key)
    if held is None:
        return []
    return held if isinstance(held, list) else [held]


def same_work_title(a: str, b: str) -> int:
    """How well two title keys name one work: 2 the same, 1 one cut short from the other, 0 not the same.

    Platforms truncate long titles in some exports (and add `…`, which the key drops), so a key
    that starts another one counts, but only from `TRUNCATED_MIN` characters on: `作品` is not `作品乙`.
    """
    if a == b:
        return 2 if a else 0
    short, full = (a, b) if len(a) < len(b) else (b, a)
    return 1 if len(short) >= TRUNCATED_MIN and full.startswith(short) else 0


class _PostIndex:
    """The account's posts, findable by platform id, link, publish minute, title key and day.

    `find` answers the issue-16 rule: the platform's id (or link) where both sides have one;
    otherwise the same title (or a truncation of it) *and* a publish time within
    `MATCH_WINDOW_MINUTES` or on the same day. A different work is never matched, so never renamed.
    """

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.by_ext: dict[str, dict[str, Any]] = {}
        self.by_url: dict[str, dict[str, Any]] = {}
        # Each key holds one row, or a list once a second row shares it (most keys are unique).
        self.by_minute: dict[int, Any] = {}
        self.by_key_date: dict[tuple[str, dt.date], Any] = {}
        self.by_head_date: dict[tuple[str, dt.date], Any] = {}
        self.by_key: dict[str, Any] = {}
        self.drafts: list[tuple[dt.datetime, dict[str, Any]]] = []
        self.unscheduled: dict[str, Any] = {}  # drafts without a date, by the head of their title key
        for row in rows:
            self.add(row)
        self.drafts.sort(key=lambda d: d[0])

    def add(self, row: dict[str, Any], published: dt.datetime | None = None) -> None:
        key = row["_key"] = row["title_key"] or title_key(row.get("title"))
        ext, url = row.get("external_id"), row.get("url")
        if ext:
            self.by_ext[ext] = row
        if url:
            self.by_url[url] = row
        if published is None:
            published = _when(row.get("published_at"))
        row["_published"] = published
        if published is not None:
            day = published.date()
            _put(self.by_minute, _minute(published), row)
            _put(self.by_key_date, (key, day), row)
            if len(key) >= TRUNCATED_MIN:
                _put(self.by_head_date, (key[:TRUNCATED_MIN], day), row)
        _put(self.by_key, key, row)
        if published is None and row.get("status") not in (None, "published"):
            scheduled = _when(row.get("scheduled_at"))
            if scheduled is not None:
                self.drafts.append((scheduled, row))
            elif key:
                _put(self.unscheduled, key[:TRUNCATED_MIN], row)

    def find(self, key: str, published: dt.datetime | None, timed: bool, ext: str | None, url: str | None,
             claimed: set[int]) -> dict[str, Any] | None:
        """The stored (or earlier in this file) post a record of this title key, time, id and link names."""
        if ext and ext in self.by_ext:
            return self.by_ext[ext]
        if url and url in self.by_url:
            return self.by_url[url]

        def other_work(row: dict[str, Any]) -> bool:
            """Told apart by id, or already matched by an earlier, different row of this file."""
            if ext and row.get("external_id"):
                return True  # both sides have the platform's id and they differ (equal ids returned above)
            return row["id"] in claimed and not (row["_key"] == key and row["_published"] == published)

        if published is None:
            if not key:
                return None
            candidates = [r for r in _get(self.by_key, key) if not other_work(r)]
            return candidates[0] if len(candidates) == 1 else None
        day = published.date()
        minute = _minute(published)
        found: list[Any] = []  # rows or lists of rows (a row met twice is simply ranked twice)
        if timed:
            by_minute = self.by_minute
            found += [by_minute[m] for m in range(minute - MATCH_WINDOW_MINUTES, minute + MATCH_WINDOW_MINUTES + 1)
                      if m in by_minute]
        found.append(self.by_key_date.get((key, day)))
        if len(key) >= TRUNCATED_MIN:
            found.append(self.by_head_date.get((key[:TRUNCATED_MIN], day)))
        if not any(found):  # most records of an export meet no candidate at all
            return None
        best: tuple[tuple[int, int, int], dict[str, Any]] | None = None
        for row in (r for held in found if held is not None for r in (held if isinstance(held, list) else (held,))):
            if other_work(row):
                continue
            when: dt.datetime = row["_published"]
            distance = abs(_minute(when) - minute)
            near = timed and distance <= MATCH_WINDOW_MINUTES
            fits = same_work_title(key, row["_key"])
            if not fits and not (near and not (key and row["_key"])):
                continue  # a different title; only a missing title may be matched by time alone
            if not near and when.date() != day:
                continue
            rank = (0 if near else 1, -fits, distance)
            if best is None or rank < best[0]:
                best = (rank, row)
        return best[1] if best else None

    def draft_for(self, key: str, published: dt.datetime | None, claimed: set[int]) -> dict[str, Any] | None:
        """OpsDesk's own draft of this work: scheduled within a day of the publish time, or not yet dated.

        Only a draft with the same title (or one the export cut short, or one the export added
        hashtags to) is linked; a draft of another work is left alone.
        """
        if not key or not (self.drafts or self.unscheduled):
            return None

        def fits(row: dict[str, Any]) -> bool:
            other = row["_key"]
            return row["id"] not in claimed and bool(other) and (
                same_work_title(key, other) > 0 or (len(other) >= TRUNCATED_MIN // 2 and key.startswith(other)))

        if published is not None and self.drafts:
            times = [d[0] for d in self.drafts]
            lo = bisect.bisect_left(times, published - DRAFT_WINDOW)
            hi = bisect.bisect_right(times, published + DRAFT_WINDOW)
            found = [d[1] for d in self.drafts[lo:hi] if fits(d[1])]
            if found:
                return min(found, key=lambda r: abs(_when(r["scheduled_at"]) - published))  # type: ignore[operator]
        for head in {key[:TRUNCATED_MIN], *(key[:n] for n in range(TRUNCATED_MIN // 2, TRUNCATED_MIN))}:
            found = [r for r in _get(self.unscheduled, head) if fits(r)]
            if found:
                return found[0]
        return None


#: A snapshot's columns that are not metrics.
_SNAPSHOT_OWN = frozenset({"id", "post_id", "captured_on", "extra", "capped", "import_batch_id"})
#: What a new post from an export sets (the rest are the model's defaults).
_NEW_POST = ("id", "account_id", "title", "title_key", "format", "status", "published_at", "external_id", "url")


#: Publish times this far apart always fall in minutes further apart than the match window.
_CLEAR_OF_WINDOW = dt.timedelta(minutes=MATCH_WINDOW_MINUTES + 1)


def _apart(keys: list[str], times: list[dt.datetime | None], exts: list[Any], urls: list[Any]) -> bool:
    """Whether no record can name the same work as another one of the file (`_PostIndex.find`'s
    ways, checked in bulk): ids and links distinct, every record dated, publish minutes further
    apart than the match window, title keys and their heads distinct on each day."""
    if None in times:
        return False
    for ids in (exts, urls):
        given = list(filter(None, ids))
        if len(set(given)) != len(given):
            return False
    ordered = sorted(times)
    if len(ordered) > 1 and min(map(operator.sub, ordered[1:], ordered)) < _CLEAR_OF_WINDOW:
        minutes = list(map(_minute, ordered))  # two records this close: compare their publish minutes
        if any(later - earlier <= MATCH_WINDOW_MINUTES for earlier, later in zip(minutes, minutes[1:], strict=False)):
            return False
    days = list(map(dt.datetime.date, times))
    titled = set(zip(keys, days, strict=True))
    heads = [(k[:TRUNCATED_MIN], d) for k, d in zip(keys, days, strict=True) if len(k) >= TRUNCATED_MIN]
    return len(titled) == len(keys) and len(set(heads)) == len(heads)


def resolve_posts(changes: Changes, records: Records, account_id: int, captured_on: dt.date,
                  defaults: dict[str, Any], metric_fields: set[str]) -> None:
    """Match each record to a post (or a draft, or a new post) and its snapshot of `captured_on`.

    Works on the records' columns: a new snapshot is a packed row, so an export of 100,000 works
    that are all new costs no dict per row beyond the new post itself.
    """
    cur = changes.cursor
    rows = sq.fetch_dicts(
        cur,
        "SELECT id, title, title_key, external_id, url, published_at, scheduled_at, status, format, updated_at "
        "FROM post WHERE account_id = ?",
        (account_id,),
    )
    index = _PostIndex(rows)
    snapshots = {
        r["post_id"]: r
        for r in sq.fetch_dicts(
            cur,
            "SELECT m.* FROM post_metrics m JOIN post p ON p.id = m.post_id WHERE p.account_id = ? AND m.captured_on = ?",
            (account_id, captured_on.isoformat()),
        )
    }
    new_snapshots: dict[int, int] = {}  # post id → id of the snapshot this import inserts
    claimed: set[int] = set()
    captured = captured_on.isoformat()
    fmt_default = defaults.get("format", "other")
    metrics = tuple(c for c in sq.columns_of("post_metrics") if c not in _SNAPSHOT_OWN)
    changes.packer("post_metrics", ("id", "post_id", "captured_on", *metrics, "extra", "capped"),
                   fixed={"captured_on": captured, **dict.fromkeys(frozenset(metrics) - metric_fields),
                          **({} if records.capped else {"capped": None})})
    column, unmeasured = records.column, [None] * len(records.rows)
    titles, times, formats = column("title"), column("published_at"), column("format")
    exts, urls = column("external_id"), column("url")
    timed = records.timed or [False] * len(records.rows)
    values_at = list(zip(*(column(f) if f in metric_fields else unmeasured for f in metrics), strict=True))
    capped_at, encode, encode_json = records.capped, sq.encode, sq.encode_json
    extras = sq.json_objects(records)
    stamps = ([None if p is None else p.isoformat(" ", "microseconds") for p in times] if None in times
              else list(map(dt.datetime.isoformat, times, itertools.repeat(" "), itertools.repeat("microseconds"))))
    positions = list(records.positions())
    every = len(positions) == len(records.rows)  # no row left out: each column as it is, by position

    def at_positions(values: list[Any]) -> list[Any]:
        return values if every else [values[at] for at in positions]

    keys = title_keys(at_positions(titles))

    def measured(values: tuple[Any, ...], extra: Any, capped: Any) -> dict[str, Any]:
        return {**{f: x for f, x in zip(metrics, values, strict=True) if f in metric_fields},
                "extra": extra, "capped": capped}

    if not rows and not changes.has_new("post") and _apart(keys, at_positions(times), at_positions(exts),
                                                           at_positions(urls)):
        # The account's first export: nothing stored to match and no two records the same work.
        absent = {"external_id": None, "url": None, "format": fmt_default}
        fixed = {"account_id": account_id, "status": "published",
                 **{f: x for f, x in absent.items() if f not in records.fields}}
        if "format" not in fixed and len(kinds := set(at_positions(formats))) == 1:  # one kind of work
            fixed["format"] = kinds.pop() or fmt_default
        changes.packer("post", _NEW_POST, fixed=fixed)
        post_ids = changes.new_ids("post", len(positions))
        changes.insert_packed("post", *(
            (post_id, account_id, titles[at] or "", key, formats[at] or fmt_default, "published", stamps[at],
             exts[at], urls[at])
            for post_id, at, key in zip(post_ids, positions, keys, strict=True)))
        changes.insert_packed("post_metrics", *(
            (snapshot_id, post_id, captured, *values_at[at], extras[at],
             encode_json(capped_at[at]) if at in capped_at else None)
            for snapshot_id, post_id, at in zip(changes.new_ids("post_metrics", len(positions)), post_ids, positions,
                                                strict=True)))
        changes.count("inserted", len(positions))
        return
    for at, key in zip(positions, keys, strict=True):
        title, published, ext, url, fmt = titles[at], times[at], exts[at], urls[at], formats[at]
        post = index.find(key, published, timed[at], ext, url, claimed)
        linked = False
        if post is None:
            post = index.draft_for(key, published, claimed)
            linked = post is not None
        outcome = "unchanged"
        if post is None:
            post = changes.insert("post", {
                "account_id": account_id, "title": title or "", "title_key": key, "format": fmt or fmt_default,
                "status": "published", "published_at": stamps[at], "external_id": ext, "url": url,
            })
            index.add(post, published)
            outcome = "inserted"
        elif changes.is_new("post", post):
            outcome = "updated"  # the same work again further down the file: counted once as new
            for name, value in (("external_id", ext), ("url", url)):
                if value and not post.get(name):
                    post[name] = value
        else:
            new: dict[str, Any] = {}
            stored_key = post["_key"]
            if title is not None and title != post["title"] and (
                    same_work_title(key, stored_key) != 1 or len(key) > len(stored_key)):
                new["title"], new["title_key"] = title, key  # a truncated title never replaces the whole one
            for name, value in (("external_id", ext), ("url", url)):
                if value and value != post.get(name):
                    new[name] = value
            if fmt and fmt != post.get("format"):
                new["format"] = fmt
            if published is not None and (post.get("published_at") is None or linked or timed[at]):
                new["published_at"] = encode(published)
            if post.get("status") != "published":
                new["status"] = "published"
            if changes.change("post", post, new):
                outcome = "updated"
            if linked:
                changes.count("linked")
        post_id = post["id"]
        claimed.add(post_id)
        values = values_at[at]
        extra, capped = extras[at], capped_at.get(at)
        capped = encode_json(capped) if capped else None
        existing = snapshots.get(post_id)
        if post_id in new_snapshots:  # the same post twice in one file: the later row wins
            changes.amend("post_metrics", new_snapshots[post_id], measured(values, extra, capped))
        elif existing is None:
            snapshot_id = new_snapshots[post_id] = changes.new_id("post_metrics")
            changes.insert_packed("post_metrics", (snapshot_id, post_id, captured, *values, extra, capped))
            if outcome == "unchanged":
                outcome = "updated"
        elif changes.change("post_metrics", existing, measured(values, extra, capped)) and outcome == "unchanged":
            outcome = "updated"
        changes.count(outcome)


# -- account-level files ----------------------------------------------------------------------


def resolve_daily(changes: Changes, tables: list[tuple[Any, list[dict[str, Any]]]], account_id: int,
                  captured_on: dt.date) -> None:
    days: dict[dt.date, dict[str, Any]] = {}
    record_days: list[dt.date] = []
    for profile, records in tables:
        for record in records:
            if profile.kind == "summary":
                day = captured_on
                entry = days.setdefault(day, {"_extra": {}})
                summary = entry["_extra"].setdefault("账号总体", {})
                if record.get("key"):
                    summary[str(record["key"]).strip()] = record.get("value")
                record_days.append(day)
                continue
            day = record.get("day")
            entry = days.setdefault(day, {"_extra": {}})
            record_days.append(day)
            extra = entry["_extra"]
            if profile.list_key:
                item = {k: sq.encode(v) for k, v in record.items() if not k.startswith("_") and k != "day"}
                item.update(record["_extra"])
                extra.setdefault(profile.list_key, []).append(item)
                continue
            channel = record.get("channel")
            metrics = {f: record[f] for f in DAILY_METRICS if record.get(f) is not None}
            if channel is not None and header_key(channel) not in SUBTOTAL_WORDS:
                extra.setdefault("渠道", {})[str(channel)] = {**metrics, **record["_extra"]}
                continue
            entry.update(metrics)
            extra.update(record["_extra"])
    existing = {
        r["day"]: r
        for r in sq.fetch_dicts(changes.cursor, "SELECT * FROM account_daily WHERE account_id = ?", (account_id,))
    }
    outcome_by_day: dict[dt.date, str] = {}
    for day, entry in days.items():
        extra = entry.pop("_extra")
        current = existing.get(day.isoformat())
        if current is None:
            changes.insert("account_daily", {
                "account_id": account_id, "day": day.isoformat(), **entry, "extra": sq.encode(extra or None),
            })
            outcome_by_day[day] = "inserted"
            continue
        merged = dict(sq.json_load(current.get("extra")) or {})
        merged.update(extra)
        changed = changes.change("account_daily", current, {**entry, "extra": sq.encode(merged or None)})
        outcome_by_day[day] = "updated" if changed else "unchanged"
    for day in record_days:
        changes.count(outcome_by_day[day])


# -- OpsDesk templates ------------------------------------------------------------------------


def _bad(changes: Changes, record: dict[str, Any], column: str, value: Any, message: str) -> None:
    changes.errors.append(RowError(record["_row"], column, value, message))


def resolve_members(changes: Changes, records: list[dict[str, Any]]) -> None:
    cur = changes.cursor
    communities = changes.cached("communities", lambda: {
        r["name"]: r["id"] for r in sq.fetch_dicts(cur, "SELECT id, name FROM community")
    })
    members = sq.fetch_dicts(cur, f"SELECT id, platform, external_id, nickname, community_id, {', '.join(MEMBER_FIELDS)} FROM member")
    by_ext = {(m["platform"], m["external_id"]): m for m in members if m["external_id"]}
    by_name = {(m["nickname"], m["community_id"]): m for m in members}
    for record in records:
        community_id = None
        name = (record.get("community") or "").strip()
        if name:
            if name not in communities:
                communities[name] = changes.insert("community", {"name": name, "platform": record.get("platform")})["id"]
            community_id = communities[name]
        platform, ext, nickname = record.get("platform"), record.get("external_id"), record["nickname"].strip()
        fields = {f: sq.encode(record[f]) for f in MEMBER_FIELDS if record.get(f) is not None}
        member = by_ext.get((platform, ext)) if ext else None
        if member is None:
            member = by_name.get((nickname, community_id))
            if member is not None and ext and member.get("external_id") and member["external_id"] != ext:
                member = None
        if member is None:
            member = changes.insert("member", {
                "platform": platform, "external_id": ext, "nickname": nickname, "community_id": community_id, **fields,
            })
            outcome = "inserted"
        elif changes.is_new("member", member):
            member.update(fields)
            outcome = "inserted"
        else:
            new = dict(fields)
            if ext and member.get("external_id") != ext:
                new["external_id"] = ext
            if platform and member.get("platform") != platform:
                new["platform"] = platform
            if nickname != member["nickname"]:
                new["nickname"] = nickname
            if community_id is not None and member.get("community_id") != community_id:
                new["community_id"] = community_id
            outcome = "updated" if changes.change("member", member, new) else "unchanged"
        if ext:
            by_ext[(platform, ext)] = member
        by_name[(nickname, community_id)] = member
        changes.count(outcome)


def _upsert(changes: Changes, table: str, existing: dict[Any, dict[str, Any]], key: Any, row: dict[str, Any]) -> None:
    current = existing.get(key)
    if current is None:
        existing[key] = changes.insert(table, row)
        changes.count("inserted")
    elif changes.is_new(table, current):
        current.update(row)
        changes.count("inserted")
    else:
        changes.count("updated" if changes.change(table, current, row) else "unchanged")


def resolve_topics(changes: Changes, records: list[dict[str, Any]]) -> None:
    existing: dict[Any, dict[str, Any]] = {}
    for row in sq.fetch_dicts(changes.cursor, "SELECT * FROM topic"):
        existing.setdefault(row["title_key"] or row["title"], row)
    for record in records:
        key = title_key(record["title"]) or record["title"]
        row = {"title": record["title"], "title_key": title_key(record["title"])}
        for field in ("description", "source", "tags", "platforms", "target_month", "due_date",
                      "score_timeliness", "score_value", "score_conversion", "status"):
            if record.get(field) is not None:
                row[field] = sq.encode(record[field])
        _upsert(changes, "topic", existing, key, row)


def _scope_account(changes: Changes, record: dict[str, Any]) -> tuple[bool, int | None]:
    scope = (record.get("scope") or "").strip()
    if header_key(scope) in ALL_SCOPES:
        return True, None
    named = sq.fetch_dicts(changes.cursor, "SELECT id FROM account WHERE name = ? AND is_own = TRUE", (scope,))
    if len(named) == 1:
        return True, int(named[0]["id"])
    platform = lookup("platform", scope)
    if platform is None:
        _bad(changes, record, "平台/账号", scope, QT_TRANSLATE_NOOP("import", "既不是平台名，也不是自己的账号名"))
        return False, None
    accounts = own_accounts(changes.cursor, platform)
    if len(accounts) > 1:
        _bad(changes, record, "平台/账号", scope, QT_TRANSLATE_NOOP("import", "这个平台有多个账号，请写账号名"))
        return False, None
    return True, platform_account(changes, platform)


def resolve_goals(changes: Changes, records: list[dict[str, Any]]) -> None:
    existing = {
        (r["month"], r["account_id"], r["metric"]): r for r in sq.fetch_dicts(changes.cursor, "SELECT * FROM goal")
    }
    for record in records:
        ok, account_id = _scope_account(changes, record)
        if not ok:
            continue
        row = {"month": record["month"], "account_id": account_id, "metric": record["metric"], "target": float(record["target"])}
        if record.get("notes"):
            row["notes"] = record["notes"]
        _upsert(changes, "goal", existing, (record["month"], account_id, record["metric"]), row)


def resolve_campaign_daily(changes: Changes, records: list[dict[str, Any]]) -> None:
    cur = changes.cursor
    campaigns = {r["name"]: r["id"] for r in sq.fetch_dicts(cur, "SELECT id, name FROM campaign ORDER BY id DESC")}
    spans: dict[str, list[dt.date]] = defaultdict(list)
    for record in records:
        spans[record["campaign"].strip()].append(record["day"])
    for name, days in spans.items():
        if name not in campaigns:
            campaigns[name] = changes.insert("campaign", {
                "name": name, "start_day": min(days).isoformat(), "end_day": max(days).isoformat(), "status": "live",
            })["id"]
    existing = {
        (r["campaign_id"], r["day"]): r for r in sq.fetch_dicts(cur, "SELECT * FROM campaign_daily")
    }
    for record in records:
        campaign_id = campaigns[record["campaign"].strip()]
        row = {"campaign_id": campaign_id, "day": record["day"].isoformat()}
        for field in ("participants", "shares", "new_followers", "conversions", "cost", "revenue"):
            if field in record:
                row[field] = record[field]
        _upsert(changes, "campaign_daily", existing, (campaign_id, row["day"]), row)


def _content_index(changes: Changes) -> tuple[dict[str, int], dict[tuple[str | None, str], int], dict[int, int]]:
    def load() -> tuple[dict[str, int], dict[tuple[str | None, str], int], dict[int, int]]:
        rows = sq.fetch_dicts(
            changes.cursor,
            "SELECT p.id, p.url, p.external_id, p.title_key, p.account_id, a.platform FROM post p JOIN account a ON a.id = p.account_id "
            "ORDER BY p.published_at DESC",
        )
        by_url = {r["url"]: r["id"] for r in rows if r["url"]}
        by_url.update({r["external_id"]: r["id"] for r in rows if r["external_id"]})
        by_key: dict[tuple[str | None, str], int] = {}
        for r in rows:
            if r["title_key"]:
                by_key.setdefault((r["platform"], r["title_key"]), r["id"])
                by_key.setdefault((None, r["title_key"]), r["id"])
        return by_url, by_key, {r["id"]: r["account_id"] for r in rows}

    return changes.cached("content", load)


_URLISH = re.compile(r"^(https?://|www\.)", re.I)


def find_post(changes: Changes, platform: str | None, ref: str | None) -> int | None:
    """A post named by its link, platform id or title (title key, same platform first)."""
    if not ref:
        return None
    by_url, by_key, _accounts = _content_index(changes)
    ref = ref.strip()
    if ref in by_url:
        return by_url[ref]
    if _URLISH.match(ref):
        return None
    key = title_key(ref)
    found = by_key.get((platform, key)) or by_key.get((None, key))
    if found or len(key) < 4:
        return found
    # Douyin stores title + caption: a reference by the title alone matches the one post it starts.
    prefixed = changes.cached(f"prefix:{platform}:{key}", lambda: [
        post_id for (p, k), post_id in by_key.items() if p == platform and k.startswith(key)
    ])
    return prefixed[0] if len(prefixed) == 1 else None


def resolve_promotions(changes: Changes, records: list[dict[str, Any]]) -> None:
    existing = {
        (r["tool"], r["start_at"], r["post_id"], r["name"]): r
        for r in sq.fetch_dicts(changes.cursor, "SELECT * FROM promotion")
    }
    _by_url, _by_key, post_accounts = _content_index(changes)
    for record in records:
        post_id = find_post(changes, record.get("platform"), record.get("post_ref"))
        account_id = post_accounts.get(post_id) if post_id else None
        row: dict[str, Any] = {"tool": record["tool"], "start_at": sq.encode(record.get("start_at")), "post_id": post_id,
                               "name": record.get("name") or record.get("post_ref"), "account_id": account_id}
        if record.get("objective"):
            row["objective"] = record["objective"]
        for field in ("hours", "budget", "spend", "impressions", "clicks", "follows_gained", "conversions", "revenue",
                      "audience_age", "audience_gender", "audience_regions", "audience_interests"):
            if field in record:
                row[field] = record[field]
        if record["_extra"]:
            row["notes"] = "；".join(f"{k}：{v}" for k, v in record["_extra"].items())
        _upsert(changes, "promotion", existing, (row["tool"], row["start_at"], post_id, row["name"]), row)


def resolve_comments(changes: Changes, records: list[dict[str, Any]]) -> None:
    cur = changes.cursor
    existing = {
        (r["text"], r["received_at"]): r
        for r in sq.fetch_dicts(cur, "SELECT * FROM feedback WHERE source = 'comment'")
    }
    members = {}
    for m in sq.fetch_dicts(cur, "SELECT id, platform, nickname FROM member ORDER BY id DESC"):
        members[(m["platform"], m["nickname"])] = m["id"]
        members[(None, m["nickname"])] = m["id"]
    stamp = now()
    for record in records:
        platform, user = record.get("platform"), (record.get("user") or "").strip() or None
        post_id = find_post(changes, platform, record.get("content_ref"))
        member_id = (members.get((platform, user)) or members.get((None, user))) if user else None
        received = sq.encode(record.get("received_at") or stamp)
        extra = {"platform": platform, "content_ref": record.get("content_ref"), "post_id": post_id, "user": user}
        extra.update(record["_extra"])
        row = {"source": "comment", "text": record["text"], "member_id": member_id, "received_at": received,
               "extra": sq.encode(extra)}
        _upsert(changes, "feedback", existing, (record["text"], received), row)


def resolve_conversions(changes: Changes, records: list[dict[str, Any]]) -> None:
    existing = {
        (r["day"], r["platform"], r["content_ref"], r["channel"]): r
        for r in sq.fetch_dicts(changes.cursor, "SELECT * FROM conversion")
    }
    for record in records:
        ref = (record.get("content_ref") or "").strip() or None
        row = {"day": record["day"].isoformat(), "platform": record.get("platform"), "content_ref": ref,
               "channel": record.get("channel"), "post_id": find_post(changes, record.get("platform"), ref),
               "leads": record.get("leads"), "orders": record.get("orders"), "revenue": record.get("revenue"),
               "clicks": record.get("clicks")}
        key = (row["day"], row["platform"], ref, row["channel"])
        _upsert(changes, "conversion", existing, key, row)


TEMPLATE_RESOLVERS: dict[str, Callable[[Changes, list[dict[str, Any]]], None]] = {
    "members": resolve_members,
    "topics": resolve_topics,
    "goals": resolve_goals,
    "campaign_daily": resolve_campaign_daily,
    "promotions": resolve_promotions,
    "comments": resolve_comments,
    "conversions": resolve_conversions,
}
