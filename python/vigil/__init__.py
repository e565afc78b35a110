"""vigil: political event data (CAMEO events, quotations) from news text.

A thin Python layer over vigil's C++ engine. Events are dicts with exactly the fields
``vigil code`` writes (docs/output.md)::

    import vigil
    coder = vigil.Coder()                       # loads the dictionaries once
    events = coder.code("Canada condemned China.", date="2020-06-01", doc_id="d1")
    events = coder.code_many(docs, threads=4)   # docs: {"id", "date", "text"} dicts
    df = vigil.to_pandas(events)                # one row per event, flattened columns

For Dask (a bag of documents in, a bag of events out) see :mod:`vigil.dask`.
"""

from __future__ import annotations

import datetime as _datetime
import json as _json
import math as _math
import threading as _threading
import warnings as _warnings
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence

from . import _vigil
from ._frames import to_pandas
from ._vigil import (
    DataError,
    FailedPreconditionError,
    InternalError,
    InvalidArgumentError,
    IoError,
    NotFoundError,
    UnavailableError,
    VigilError,
    default_data_dir,
    default_threads,
)

__all__ = [
    "Coder",
    "DataError",
    "FailedPreconditionError",
    "InternalError",
    "InvalidArgumentError",
    "IoError",
    "NotFoundError",
    "UnavailableError",
    "VigilError",
    "VigilWarning",
    "default_data_dir",
    "default_threads",
    "to_pandas",
]
__version__: str = _vigil.__version__

Event = Dict[str, Any]

# The document fields vigil reads (as in JSON Lines input); other keys are ignored.
_DOCUMENT_FIELDS = ("id", "text", "date", "title", "source", "url", "dateline")
_ERRORS = ("raise", "skip")


class VigilWarning(UserWarning):
    """A document was coded, but something about it should be known: a date that could
    not be read, repaired UTF-8, a sentence cut in pieces (the notes of ``vigil code``)."""


def _is_missing(value: Any) -> bool:
    """None, NaN and pandas' NaT (the missing values of a DataFrame column)."""
    if value is None:
        return True
    if isinstance(value, float):
        return _math.isnan(value)
    try:
        return bool(value != value)  # NaT, numpy.nan
    except (TypeError, ValueError):
        return False


def _field(value: Any) -> Any:
    """A document field as JSON: dates become ISO text, numbers (ids) text."""
    if _is_missing(value):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (_datetime.date, _datetime.datetime)) or hasattr(value, "isoformat"):
        return value.isoformat()  # datetime, date, pandas.Timestamp
    if isinstance(value, bool):
        return value  # left for the reader to refuse
    if isinstance(value, int) or type(value).__name__.startswith(("int", "uint")):
        return str(int(value))  # ids such as 7 or numpy.int64(7)
    return value


def _document_line(doc: Mapping[str, Any]) -> bytes:
    """One document as a JSON Lines line, read in C++ exactly as ``vigil code`` reads input."""
    if not isinstance(doc, Mapping):
        raise TypeError(f"a document is a dict with 'id', 'text' and 'date', not {type(doc).__name__}")
    fields = {}
    for key in _DOCUMENT_FIELDS:
        if key in doc:
            value = _field(doc[key])
            if value is not None:
                fields[key] = value
    # Lone surrogates pass through as bad UTF-8, which the reader repairs to U+FFFD.
    return _json.dumps(fields, ensure_ascii=False).encode("utf-8", "surrogatepass")


class Coder:
    """vigil's dictionaries and data, loaded once; codes documents into event dicts.

    ``Coder()`` uses vigil's own dictionaries (the data folder is ``$VIGIL_DATA`` or the
    source tree's ``data/``); ``Coder(petrarch_config="PETR_config.ini")`` uses the
    dictionaries a PETRARCH2 config file names. ``all_modalities=True`` also gives
    negated and hypothetical events (``vigil code --all``). Loading problems raise
    :class:`VigilError` with every problem listed, as the subclass of its kind
    (``err.code``): :class:`NotFoundError` (also a FileNotFoundError) for a missing file,
    :class:`DataError` for a bad dictionary line or table, :class:`IoError` (an OSError)
    for a file that cannot be read.

    A Coder is safe to use from several Python threads; coding releases the GIL. Pickling
    it (as Dask or multiprocessing do) reopens it on the other side once per process.
    """

    def __init__(
        self,
        petrarch_config: Optional[str] = None,
        *,
        data_dir: Optional[str] = None,
        all_modalities: bool = False,
    ) -> None:
        self._options = (petrarch_config or "", data_dir or "", bool(all_modalities))
        self._engine = _vigil.Engine(*self._options)

    @property
    def petrarch_config(self) -> Optional[str]:
        """The PETRARCH2 config file whose dictionaries are used, or None (vigil's own)."""
        return self._options[0] or None

    @property
    def skipped_dictionary_lines(self) -> List[str]:
        """Dictionary lines that could not be read and were left out (``file:line: why``)."""
        return self._engine.skipped_dictionary_lines

    def __repr__(self) -> str:
        config = self.petrarch_config
        return f"vigil.Coder({'petrarch_config=' + repr(config) if config else ''})"

    def __reduce__(self) -> Any:
        return (_cached_coder, self._options)

    def code(
        self,
        text: str,
        date: Any = None,
        doc_id: str = "doc",
        *,
        title: Optional[str] = None,
        source: Optional[str] = None,
        url: Optional[str] = None,
    ) -> List[Event]:
        """Codes one document and returns its events (dicts with ``vigil code``'s fields).

        ``date`` is the publication date: ``"2020-06-01"``, a :class:`datetime.date`, or any
        form ``vigil code`` reads (an unreadable date gives a :class:`VigilWarning` and the
        document is coded without one). A document that cannot be read (an empty
        ``doc_id``, text that is no string) raises ValueError."""
        doc = {"id": doc_id, "text": text, "date": date, "title": title, "source": source, "url": url}
        return self.code_many([doc], threads=1)

    def code_many(
        self, docs: Iterable[Mapping[str, Any]], threads: Optional[int] = None, *, errors: str = "raise"
    ) -> List[Event]:
        """Codes documents (``{"id", "date", "text"}`` dicts; ``title``, ``source``, ``url``
        optional) over ``threads`` threads (None: every core) and returns all their events
        in input order, whatever the thread count.

        ``errors="raise"`` (the default) raises ValueError naming the first document that
        cannot be read (no id, no text); ``errors="skip"`` skips it with a VigilWarning."""
        return list(self.code_iter(docs, threads=threads, errors=errors))

    def code_iter(
        self,
        docs: Iterable[Mapping[str, Any]],
        threads: Optional[int] = None,
        *,
        errors: str = "raise",
        chunk_size: Optional[int] = None,
    ) -> Iterator[Event]:
        """As :meth:`code_many`, but yields the events as they are coded, reading ``docs``
        ``chunk_size`` documents at a time (default 64 per thread), so an unbounded
        iterable is coded in bounded memory."""
        if errors not in _ERRORS:
            raise ValueError(f"errors must be one of {_ERRORS}, not {errors!r}")
        threads = default_threads() if threads is None else int(threads)
        if threads < 1:
            raise ValueError(f"threads must be 1 or more, not {threads}")
        chunk_size = chunk_size or 64 * threads
        chunk: List[Mapping[str, Any]] = []
        position = 0
        for doc in docs:
            chunk.append(doc)
            if len(chunk) >= chunk_size:
                yield from self._code_chunk(chunk, position, threads, errors)
                position += len(chunk)
                chunk = []
        if chunk:
            yield from self._code_chunk(chunk, position, threads, errors)

    def _code_chunk(
        self, chunk: Sequence[Mapping[str, Any]], position: int, threads: int, errors: str
    ) -> Iterator[Event]:
        lines = [_document_line(doc) for doc in chunk]
        results = self._engine.code_lines(lines, threads)
        for i, (error, events, notes) in enumerate(results):
            doc_id = chunk[i].get("id")
            if error is not None:
                message = f"document {position + i} (id {doc_id!r}): {error}"
                if errors == "raise":
                    raise InvalidArgumentError(message)
                _warnings.warn(message + "; skipped", VigilWarning, stacklevel=3)
                continue
            for note in notes:
                _warnings.warn(f"document {doc_id!r}: {note}", VigilWarning, stacklevel=3)
            yield from _json.loads(events)

    def quotes(
        self, text: str, date: Any = None, doc_id: str = "doc", *, kinds: Optional[Iterable[str]] = None
    ) -> List[Dict[str, Any]]:
        """The direct quotations of a document with their speakers, as ``vigil quotes``
        writes them: dicts with doc_id, text, kind, speaker, speaker_role, speaker_org,
        speaker_code, begin, end (byte offsets in the UTF-8 text). ``kinds`` limits the
        kinds (full, partial, block, headline, chant, name, scare); by default every kind
        but names and scare quotes."""
        line = _document_line({"id": doc_id, "text": text, "date": date})
        return _json.loads(self._engine.quotes_line(line, list(kinds or [])))


# One Coder per process and options, for Dask workers and unpickled Coders: the
# dictionaries are loaded once per process, not once per task.
_cache: Dict[tuple, Coder] = {}
_cache_lock = _threading.Lock()
_cache_loads = 0


def _cached_coder(petrarch_config: str = "", data_dir: str = "", all_modalities: bool = False) -> Coder:
    global _cache_loads
    key = (petrarch_config or "", data_dir or "", bool(all_modalities))
    with _cache_lock:
        coder = _cache.get(key)
        if coder is None:
            coder = Coder(key[0] or None, data_dir=key[1] or None, all_modalities=key[2])
            _cache[key] = coder
            _cache_loads += 1
        return coder


def __getattr__(name: str) -> Any:
    # `vigil.dask` without importing Dask for users who never touch it.
    if name == "dask":
        import importlib

        return importlib.import_module(".dask", __name__)
    raise AttributeError(f"module 'vigil' has no attribute {name!r}")
