"""vigil on Dask: a bag (or DataFrame) of documents in, a bag (or DataFrame) of events out.

Each worker process loads the dictionaries once (a per-process Coder, reused by every
task it runs) and codes its partitions in input order, so the result equals a
single-process ``Coder().code_many(docs)``::

    import dask.bag as db, vigil.dask
    docs = db.read_text("news-*.jsonl").map(json.loads)
    events = vigil.dask.code_bag(docs)           # a bag of event dicts
    frame = vigil.dask.code_dataframe(ddf)        # a DataFrame of id/date/text -> events

Workers need the vigil package importable (PYTHONPATH=BUILD/python) and the data folder
(the build's source tree data/, or $VIGIL_DATA) on every machine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional

import vigil

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe

__all__ = ["code_bag", "code_dataframe", "loaded_coders"]


def _code_partition(
    docs: Iterable[Dict[str, Any]],
    petrarch_config: Optional[str],
    data_dir: Optional[str],
    all_modalities: bool,
    threads: int,
    errors: str,
) -> List[Dict[str, Any]]:
    coder = vigil._cached_coder(petrarch_config or "", data_dir or "", all_modalities)
    return coder.code_many(docs, threads=threads, errors=errors)


def code_bag(
    bag: "dask.bag.Bag",
    petrarch_config: Optional[str] = None,
    *,
    data_dir: Optional[str] = None,
    all_modalities: bool = False,
    threads: int = 1,
    errors: str = "raise",
) -> "dask.bag.Bag":
    """A bag of document dicts (``{"id", "date", "text"}``, as :meth:`vigil.Coder.code_many`
    takes) -> a lazy bag of event dicts, partition by partition, in input order.
    ``threads`` are coding threads per task (Dask's own workers are usually the
    parallelism, hence 1); the other options are :class:`vigil.Coder`'s."""
    return bag.map_partitions(
        _code_partition, petrarch_config, data_dir, all_modalities, threads, errors
    )


def _code_frame(frame, petrarch_config, data_dir, all_modalities, threads, errors):
    docs = frame.to_dict("records")
    events = _code_partition(docs, petrarch_config, data_dir, all_modalities, threads, errors)
    return vigil.to_pandas(events)


def code_dataframe(
    ddf: "dask.dataframe.DataFrame",
    petrarch_config: Optional[str] = None,
    *,
    data_dir: Optional[str] = None,
    all_modalities: bool = False,
    threads: int = 1,
    errors: str = "raise",
) -> "dask.dataframe.DataFrame":
    """A Dask DataFrame of documents (columns id, text and date; title, source, url
    optional) -> a Dask DataFrame of events with :func:`vigil.to_pandas`'s columns."""
    return ddf.map_partitions(
        _code_frame,
        petrarch_config,
        data_dir,
        all_modalities,
        threads,
        errors,
        meta=vigil.to_pandas([]),
        align_dataframes=False,
    )


def loaded_coders() -> int:
    """How many times this process has loaded the dictionaries for Dask tasks (once per
    set of options; run on the workers with ``client.run(vigil.dask.loaded_coders)``)."""
    return vigil._cache_loads
