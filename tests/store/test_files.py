"""Files a person names are read within bounds: no device, no FIFO, no endless input."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import pytest

import store
from store.files import read_limited, read_stream_limited


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_without_reading_it(device: str) -> None:
    if not Path(device).exists():
        pytest.fail(f"{device} is missing on this machine")
    with pytest.raises(store.StoreError, match="is not a regular file"):
        store.read_report(device)


def test_a_fifo_is_refused_instead_of_waiting_forever(tmp_path: Path) -> None:
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    outcome: list[object] = []
    reader = threading.Thread(target=lambda: outcome.append(_try(fifo)), daemon=True)
    reader.start()
    reader.join(5)
    assert not reader.is_alive(), "reading a FIFO hung"
    assert isinstance(outcome[0], store.StoreError) and "not a regular file" in str(outcome[0])


def _try(path: Path) -> object:
    try:
        return read_limited(path, 1024)
    except store.StoreError as exc:
        return exc


def test_a_file_bigger_than_its_cap_is_refused_whatever_it_claims(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2048)
    assert read_limited(big, 2048) == b"x" * 2048
    with pytest.raises(store.StoreError, match="too big"):
        read_limited(big, 1024)


def test_standard_input_has_the_same_cap() -> None:
    with pytest.raises(store.StoreError, match="standard input: more than"):
        read_stream_limited(io.BytesIO(b"y" * 5000), 4096, what="report file")


def test_a_folder_and_a_missing_file_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(store.StoreError, match="is a folder"):
        read_limited(tmp_path, 10)
    with pytest.raises(store.StoreError, match="cannot read it: no such file"):
        read_limited(tmp_path / "none.txt", 10)


def test_a_fifo_named_keymap_toml_does_not_hang_the_start(tmp_path: Path) -> None:
    from tui.settings import load_keymap, load_settings

    os.mkfifo(tmp_path / "keymap.toml")
    os.mkfifo(tmp_path / "settings.json")
    keys, problem = load_keymap(tmp_path)
    assert keys == {} and problem is not None and "not a regular file" in problem
    assert load_settings(tmp_path) == {}
