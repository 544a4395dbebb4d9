"""Tests for bench/history_bench.py, the cost of history, and the importer's switch it uses.

The figures depend on the machine, so nothing here is timed: the script must run end to end on a
small book, print every figure against its target and leave no scratch files behind; and
`import_files(..., history=False)` must write the same meetings with no history rows.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import store
from tests.helpers import ROOT, SAMPLE

SCRIPT = ROOT / "bench" / "history_bench.py"


def test_the_script_prints_every_figure(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--meetings", "300", "--tmp", str(tmp_path)],
        cwd=tmp_path,  # it runs from any folder
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert re.search(r"\d+ cores, Python [\d.]+, SQLite [\d.]+", out)
    assert "300 meetings" in out
    figures = {
        "import without history": r"[\d.]+ s, [\d,]+ meetings/s",
        "import with history": r"[\d.]+ s, [\d,]+ meetings/s .* [\d.]+× without",
        "import, CPU time of the writing process": r"[\d.]+ s with history, [\d.]+ s without",
        "save, 200 random meetings": r"p50 [\d.]+ ms, p99 [\d.]+ ms, max [\d.]+ ms",
        "… of which history's SQL": r"p50 [\d.]+ ms, p99 [\d.]+ ms, max [\d.]+ ms .*%",
        "… the 3 slowest saves": r"([\d.]+ ms, ){2}[\d.]+ ms \| on average history [\d.]+ ms",
        "book size, imported with / without history": r"[\d.]+ MB / [\d.]+ MB .* 300 history rows",
        "size growth per version": r"(-?[\d,]+ bytes|n/a.*) in history .* [\d,]+ bytes on average",
    }
    for measure, figure in figures.items():
        assert re.search(rf"^\| {re.escape(measure)}.*{figure}", out, re.MULTILINE), measure
    assert re.search(r"(met|\*\*missed\*\*)[^|]*\|$", out, re.MULTILINE)
    assert re.search(r"^targets met: \d of 2$", out, re.MULTILINE)
    assert list(tmp_path.iterdir()) == []  # the scratch folder, the NDJSON and books are gone


@pytest.mark.parametrize("history", [True, False])
def test_the_importer_writes_history_unless_told_not_to(tmp_path: Path, history: bool) -> None:
    path = tmp_path / "book.db"
    book = store.open_book(str(path), create=True)
    try:
        report = book.import_files([str(SAMPLE)], history=history)
    finally:
        book.close()
    conn = sqlite3.connect(path)
    try:
        meetings = conn.execute("SELECT count(*) FROM meeting").fetchone()[0]
        rows = conn.execute("SELECT count(*) FROM meeting_history").fetchone()[0]
    finally:
        conn.close()
    assert meetings == report.inserted > 0
    assert rows == (meetings if history else 0)
