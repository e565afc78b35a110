"""vigil.Coder: the command line's events and quotations from Python."""

import ast
import datetime
import os
import pickle
import threading
import time

import pytest

import vigil
from vigil import _vigil

from conftest import run_cli, written_documents


def test_code_gives_exactly_the_command_lines_events(coder):
    events = coder.code("Canada condemned China.", date="2020-06-01", doc_id="a")
    doc = {"id": "a", "date": "2020-06-01", "text": "Canada condemned China."}
    assert events == run_cli(["code", "-j", "1"], [doc])
    assert len(events) == 1
    e = events[0]
    assert (e["doc_id"], e["source"]["code"], e["target"]["code"], e["cameo"]) == ("a", "CAN", "CHN", "111")
    assert e["quad_class"] == 3 and e["date"] == "2020-06-01"


def test_code_many_equals_the_command_line_in_input_order(coder, docs):
    cli = run_cli(["code", "-j", "2"], docs)
    assert len(cli) > len(docs)
    for threads in (1, 2, 5):
        assert coder.code_many(docs, threads=threads) == cli
    # Any iterable: a generator in, the same events out.
    assert coder.code_many((d for d in docs), threads=3) == cli
    assert coder.code_many([], threads=2) == []


def test_code_iter_yields_the_same_events_chunk_by_chunk(coder, docs):
    assert list(coder.code_iter(iter(docs), threads=2, chunk_size=7)) == coder.code_many(docs, threads=1)


def test_all_modalities_gives_negated_events():
    text = "Canada did not condemn China."
    assert vigil.Coder().code(text, date="2020-06-01") == []
    negated = vigil.Coder(all_modalities=True).code(text, date="2020-06-01")
    assert [e["modality"] for e in negated] == ["negated"]


def test_dates_are_read_as_the_command_line_reads_them(coder):
    text = "Canada condemned China."
    assert coder.code(text, date=datetime.date(2020, 6, 1))[0]["date"] == "2020-06-01"
    assert coder.code(text, date=datetime.datetime(2020, 6, 1, 10, 30))[0]["date"] == "2020-06-01"
    assert coder.code(text, date="1 June 2020")[0]["date"] == "2020-06-01"
    assert coder.code(text)[0]["date"] is None
    with pytest.warns(vigil.VigilWarning, match=r"date \"06/01/2020\".*ambiguous"):
        events = coder.code(text, date="06/01/2020", doc_id="amb")
    assert events[0]["date"] is None


def test_ids_may_be_numbers(coder):
    events = coder.code_many([{"id": 7, "date": "2020-06-01", "text": "Canada condemned China."}])
    assert events[0]["doc_id"] == "7"


def test_bad_documents_raise_or_are_skipped(coder):
    good = {"id": "g", "date": "2020-06-01", "text": "Canada condemned China."}
    bad = {"id": "b", "date": "2020-06-01"}
    with pytest.raises(ValueError, match=r"document 1 \(id 'b'\): missing string field \"text\""):
        coder.code_many([good, bad])
    with pytest.warns(vigil.VigilWarning, match=r"document 1 \(id 'b'\).*skipped"):
        events = coder.code_many([good, bad, good], errors="skip")
    assert [e["doc_id"] for e in events] == ["g", "g"]
    with pytest.raises(ValueError, match=r"field \"id\" is empty"):
        coder.code("Canada condemned China.", doc_id="")
    with pytest.raises(TypeError, match="a document is a dict"):
        coder.code_many(["Canada condemned China."])
    with pytest.raises(ValueError, match="threads must be 1 or more"):
        coder.code_many([good], threads=0)
    with pytest.raises(ValueError, match="errors must be one of"):
        coder.code_many([good], errors="ignore")


def test_bad_text_is_repaired_not_refused(coder):
    with pytest.warns(vigil.VigilWarning, match="U\\+FFFD"):
        events = coder.code("Canada condemned China.\udc80", date="2020-06-01")
    assert [e["cameo"] for e in events] == ["111"]


def test_opening_errors_are_exceptions_with_the_message():
    with pytest.raises(vigil.VigilError, match="/nonexistent/PETR_config.ini"):
        vigil.Coder(petrarch_config="/nonexistent/PETR_config.ini")
    assert issubclass(vigil.VigilError, RuntimeError)


def test_errors_have_the_type_of_their_kind(coder, tmp_path):
    # A missing file: NotFoundError, also the FileNotFoundError Python code catches.
    with pytest.raises(FileNotFoundError) as missing:
        vigil.Coder(petrarch_config="/nonexistent/PETR_config.ini")
    assert type(missing.value) is vigil.NotFoundError and missing.value.code == "not_found"
    assert isinstance(missing.value, vigil.VigilError)
    # A bad line in a dictionary the config names (strict options are not needed: an
    # unreadable option value refuses the config): DataError.
    config = tmp_path / "PETR_config.ini"
    config.write_text("[Options]\nrequire_dyad = perhaps\n")
    with pytest.raises(vigil.DataError, match="require_dyad") as bad:
        vigil.Coder(petrarch_config=str(config))
    assert bad.value.code == "data_error" and not isinstance(bad.value, OSError)
    # A document that is no document: InvalidArgumentError, a ValueError.
    with pytest.raises(vigil.InvalidArgumentError) as no_text:
        coder.code_many([{"id": "a", "date": "2020-06-01"}])
    assert isinstance(no_text.value, ValueError) and no_text.value.code == "invalid_argument"
    codes = {t.code for t in (vigil.InvalidArgumentError, vigil.NotFoundError, vigil.IoError,
                              vigil.DataError, vigil.FailedPreconditionError,
                              vigil.UnavailableError, vigil.InternalError)}
    assert len(codes) == 7


def test_quotes_equal_the_command_line(coder):
    text = "\u201cWe will keep marching,\u201d said Alex Neve, secretary general of Amnesty International."
    quotes = coder.quotes(text, date="2020-06-01", doc_id="q")
    assert quotes == run_cli(["quotes"], [{"id": "q", "date": "2020-06-01", "text": text}])
    assert quotes[0]["speaker"] == "Alex Neve" and quotes[0]["kind"] == "full"
    assert quotes[0]["text"] == "We will keep marching"
    assert coder.quotes(text, kinds=["partial"]) == []
    with pytest.raises(ValueError, match="unknown quotation kind 'bogus'"):
        coder.quotes(text, kinds=["bogus"])


def test_a_pickled_coder_is_reopened_once_per_process(coder):
    again = pickle.loads(pickle.dumps(coder))
    assert again is pickle.loads(pickle.dumps(coder))
    assert again.code("Canada condemned China.") == coder.code("Canada condemned China.")


def test_the_gil_is_released_while_coding(coder):
    docs = written_documents(2000)
    done = threading.Event()

    def ticks_until(stop):
        """Sleeps of 1 ms this thread gets in while `stop` is false: each needs the GIL."""
        ticks, started = 0, time.monotonic()
        while not stop():
            ticks += 1
            time.sleep(0.001)
        return ticks, time.monotonic() - started

    def work():
        # One call into C++ for all the documents.
        list(coder.code_iter(docs, threads=1, chunk_size=len(docs)))
        done.set()

    alone, alone_time = ticks_until(lambda t0=time.monotonic(): time.monotonic() - t0 > 0.1)
    worker = threading.Thread(target=work)
    worker.start()
    during, during_time = ticks_until(done.is_set)
    worker.join()
    # Held through the C++ call, this thread would only run while the documents are
    # turned into JSON and back (a few percent of the ticks it gets alone).
    assert during / during_time >= 0.3 * alone / alone_time, (during, during_time, alone, alone_time)


def test_the_type_stub_names_what_the_module_has():
    stub = ast.parse(open(os.path.join(os.path.dirname(vigil.__file__), "_vigil.pyi")).read())
    names = {n.name for n in stub.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    names |= {n.target.id for n in stub.body if isinstance(n, ast.AnnAssign)}
    public = {n for n in dir(_vigil) if not n.startswith("_")} | {"__version__"}
    assert names == public
    engine_stub = next(n for n in stub.body if isinstance(n, ast.ClassDef) and n.name == "Engine")
    methods = {n.name for n in engine_stub.body if isinstance(n, ast.FunctionDef)} - {"__init__"}
    assert methods == {n for n in dir(_vigil.Engine) if not n.startswith("_")}


def test_everything_public_is_documented():
    for obj in (vigil, vigil.Coder, vigil.Coder.code, vigil.Coder.code_many, vigil.Coder.code_iter,
                vigil.Coder.quotes, vigil.to_pandas, vigil.VigilWarning):
        assert obj.__doc__, obj
