"""OpsDesk's own import templates (members, topics, goals …) as workbooks the operator fills in.

The headers and the example row come from the template profiles in `resources/profiles/`, so a
filled-in template always comes back in through the same profile.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services.importing.profiles import ColumnSpec, template_profiles
from app.services.importing.values import parse_date, parse_datetime

_KINDS = {"date": "date", "datetime": "datetime", "money": "money", "count": "int", "number": "float", "score": "int"}


def _example(spec: ColumnSpec) -> Any:
    value = spec.example
    if value in (None, ""):
        return None
    if spec.type == "date":
        return parse_date(value)
    if spec.type == "datetime":
        return parse_datetime(value)
    return value


def write_template(kind: str, path: Path) -> Path:
    """Write the `kind` template (Chinese headers, one example row) to `path`."""
    from app.services.excel import Column, export_rows

    profile = template_profiles()[kind]
    specs = list(profile.columns)
    columns = [Column(spec.header, _KINDS.get(spec.type, "text")) for spec in specs]
    export_rows(path, profile.label.replace("OpsDesk ", "")[:31], columns, [[_example(s) for s in specs]])
    return path
