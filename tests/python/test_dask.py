"""vigil.dask on a LocalCluster of two worker processes (loopback): the same events as one
process, each worker loading the dictionaries once."""

import pytest

dask = pytest.importorskip("dask", reason="python3-dask is not installed")
distributed = pytest.importorskip("distributed", reason="python3-distributed is not installed")

import dask.bag as db
import dask.dataframe as dd
import pandas as pd

import vigil
import vigil.dask

from conftest import written_documents

# Debian's tornado under distributed 2022.12 warns about its own event loop setup.
pytestmark = pytest.mark.filterwarnings("ignore:make_current is deprecated:DeprecationWarning")


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        with distributed.Client(cluster) as c:
            yield c


def test_code_bag_equals_one_process_and_loads_once_per_worker(client, coder):
    docs = written_documents(40)
    bag = db.from_sequence(docs, npartitions=6)
    events = vigil.dask.code_bag(bag).compute()
    assert events == coder.code_many(docs, threads=1)
    loads = client.run(vigil.dask.loaded_coders)
    assert len(loads) == 2
    # Six tasks on two workers: without the per-process Coder one worker would load twice.
    assert sorted(loads.values()) in ([1, 1], [0, 1]), loads


def test_code_dataframe_equals_to_pandas_of_one_process(client, coder):
    docs = written_documents(20)
    ddf = dd.from_pandas(pd.DataFrame(docs), npartitions=3)
    frame = vigil.dask.code_dataframe(ddf).compute().reset_index(drop=True)
    expected = vigil.to_pandas(coder.code_many(docs, threads=1))
    pd.testing.assert_frame_equal(frame, expected)
