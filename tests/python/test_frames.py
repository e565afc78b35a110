"""vigil.to_pandas: events as a DataFrame with the same columns and types every time."""

import pytest

pd = pytest.importorskip("pandas", reason="python3-pandas is not installed")

import vigil


def test_columns_are_the_fields_flattened(coder, docs):
    events = coder.code_many(docs, threads=2)
    frame = vigil.to_pandas(events)
    assert len(frame) == len(events)
    for column in ("doc_id", "sentence_index", "event_date", "source_code", "source_country",
                   "target_code", "cameo", "cameo_root", "goldstein", "quad_class", "plover_event",
                   "quote_speaker", "location_lat", "evidence_begin", "evidence_mentions",
                   "modality", "mentions", "joint"):
        assert column in frame.columns, column
    assert "source" not in frame.columns and "evidence" not in frame.columns
    first = events[0]
    row = frame.iloc[0]
    assert row["source_code"] == first["source"]["code"]
    assert row["cameo"] == first["cameo"]
    assert row["evidence_mentions"] == first["evidence"]["mentions"]
    assert str(frame["quad_class"].dtype) == "Int64"
    assert str(frame["goldstein"].dtype) == "float64"


def test_a_missing_target_is_null_in_each_of_its_columns():
    frame = vigil.to_pandas([{"doc_id": "a", "target": None, "source": {"code": "CAN"}}])
    assert frame.loc[0, "source_code"] == "CAN"
    assert frame.loc[0, "target_code"] is None and frame.loc[0, "target_country"] is None


def test_no_events_give_the_same_columns_and_types(coder, docs):
    full = vigil.to_pandas(coder.code_many(docs[:3]))
    empty = vigil.to_pandas([])
    assert len(empty) == 0
    assert list(empty.columns) == list(full.columns)
    assert list(empty.dtypes) == list(full.dtypes)


def test_fields_beyond_the_standard_ones_become_columns_too(coder):
    events = coder.code("Canada condemned China.", date="2020-06-01")
    events[0]["documents"] = 2
    frame = vigil.to_pandas(events)
    assert frame.columns[-1] == "documents" and frame.loc[0, "documents"] == 2


def test_events_by_month_and_quad_class(coder, docs):
    frame = vigil.to_pandas(coder.code_many(docs))
    counts = frame.groupby([frame["event_date"].str[:7], "quad_class"]).size()
    assert counts.sum() == len(frame)
    assert counts.index.names == ["event_date", "quad_class"]


def test_dataframe_values_are_documents_too(coder):
    """Rows of a DataFrame (ids as numbers, Timestamps, NaT and NaN for missing dates)."""
    frame = pd.DataFrame({"id": [1, 2, 3],
                          "date": pd.to_datetime(["2020-06-01", None, "2020-06-03"]),
                          "text": ["Canada condemned China."] * 3})
    events = coder.code_many(frame.to_dict("records"))
    assert [(e["doc_id"], e["date"]) for e in events] == [("1", "2020-06-01"), ("2", None), ("3", "2020-06-03")]
    frame["date"] = ["2020-06-01", float("nan"), None]
    events = coder.code_many(frame.to_dict("records"))
    assert [e["date"] for e in events] == ["2020-06-01", None, None]
