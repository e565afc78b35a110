"""Events as a pandas DataFrame (pandas is imported only when asked for)."""

from __future__ import annotations

import functools
import json
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Tuple

from . import _vigil

if TYPE_CHECKING:  # pragma: no cover
    import pandas


@functools.lru_cache(maxsize=None)
def _schema() -> Tuple[Tuple[str, str, str, str], ...]:
    """(column, field, subfield or "", kind) for every field ``vigil code`` can write, in
    its order: nested objects flattened one level ("source" -> "source_code", ...)."""
    template = json.loads(_vigil.event_template())
    columns = []
    for key, value in template.items():
        if isinstance(value, dict):
            for sub, sub_value in value.items():
                columns.append((f"{key}_{sub}", key, sub, _kind(sub_value)))
        else:
            columns.append((key, key, "", _kind(value)))
    return tuple(columns)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "object"
    if isinstance(value, int):
        return "Int64"  # nullable integers: quad_class may be null
    if isinstance(value, float):
        return "float64"
    return "object"


def _flatten(event: Dict[str, Any], schema, known: frozenset, extra: Dict[str, None]) -> Dict[str, Any]:
    row: Dict[str, Any] = {}
    for column, key, sub, _ in schema:
        value = event.get(key)
        if sub:
            value = value.get(sub) if isinstance(value, dict) else None
        row[column] = value
    for key, value in event.items():
        if key not in known:
            extra[key] = None  # e.g. "documents" and "sources" after `vigil code --dedup day`
            row[key] = value
    return row


def to_pandas(events: Iterable[Dict[str, Any]]) -> "pandas.DataFrame":
    """One row per event, nested fields flattened into columns: ``source_code``,
    ``source_country``, ``target_code`` (None when there is no target), ``plover_event``,
    ``quote_speaker``, ``location_lat``, ``evidence_begin``, ``evidence_mentions`` (a list)
    ... The columns and their types are the same whatever the events (also for none):
    integers as nullable ``Int64``, numbers as ``float64``, text as objects (dates stay
    text, since ``event_date`` may be a month or a year). Needs pandas."""
    import pandas as pd

    schema = _schema()
    extra: Dict[str, None] = {}
    known = frozenset(key for _, key, _, _ in schema)
    rows: List[Dict[str, Any]] = [_flatten(e, schema, known, extra) for e in events]
    columns = [c for c, _, _, _ in schema] + list(extra)
    frame = pd.DataFrame.from_records(rows, columns=columns)
    return frame.astype({c: kind for c, _, _, kind in schema})
