"""Shared fixtures: one Coder per test session and documents written for these tests."""

import json
import os
import subprocess

import pytest

import vigil

SOURCES = ["Canada", "France", "Japan", "Brazil", "Kenya", "Germany"]
TARGETS = ["China", "Russia", "Iran", "the United States"]
VERBS = ["condemned", "praised", "met with", "accused", "thanked"]


def written_documents(n):
    """n documents whose events differ from one to the next (so reordering shows)."""
    docs = []
    for i in range(n):
        text = (
            f"{SOURCES[i % 6]} {VERBS[i % 5]} {TARGETS[i % 4]} on Tuesday. "
            f"The minister said it was statement number {i}. "
            f"{TARGETS[(i + 1) % 4]} criticised {SOURCES[(i + 2) % 6]}."
        )
        docs.append({"id": f"doc-{i}", "date": f"2020-0{1 + i % 9}-1{i % 10}", "text": text})
    return docs


@pytest.fixture(scope="session")
def coder():
    return vigil.Coder()


@pytest.fixture(scope="session")
def docs():
    return written_documents(30)


def run_cli(args, docs):
    """`vigil ARGS` over docs as JSON Lines on standard input; its output lines as dicts."""
    binary = os.environ["VIGIL_BINARY"]
    stdin = "".join(json.dumps(d) + "\n" for d in docs)
    out = subprocess.run([binary, *args], input=stdin.encode(), capture_output=True, check=True)
    return [json.loads(line) for line in out.stdout.decode().splitlines()]
