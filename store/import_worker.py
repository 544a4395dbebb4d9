"""An import's reading side: records read, validated and turned into rows, in a second process
when the input is big.

`checked_records` yields each record as read (`RawRecord`) with its outcome: the rows to write
(`store.rows.Prepared`), the problems that refuse it, or None when the reader refused it itself
(`raw.problem`). Reading, validating and preparing rows is most of an import's Python work: from
`WORKER_MIN_BYTES` of input on it runs in a worker process while the importer writes, so that an
import costs little more than its writes. Smaller imports and standard input are read in place:
starting a process costs more than it saves there.

The worker only reads files and computes; the importer's process alone touches the database. The
worker ends when the importer stops reading from it, whatever the reason (a pipe that nobody
reads stops its writer), so an interrupted import leaves no process behind.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import queue
import threading
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import replace
from multiprocessing.connection import Connection
from typing import Any

from store.errors import Problem, StoreError
from store.exchange.decoding import read_records
from store.exchange.raw import RawRecord
from store.record import validate_record
from store.rows import Prepared, prepare

WORKER_MIN_BYTES = 4_000_000  # about 1,000 meetings: the worker's start-up (~0.4 s) pays off
SEND_EVERY = 200  # records per message: few enough pickles, small enough to keep both busy
AHEAD = 8  # messages the worker may have ready before the importer takes them

Outcome = Prepared | list[Problem] | None


def check(raw: RawRecord) -> Outcome:
    """What a record read from a file becomes: its rows, or the problems that refuse it."""
    if raw.problem is not None:
        return None
    checked = validate_record(raw.data, source=raw.source, record=raw.number)
    if isinstance(checked, list):
        return [raw.locate(problem) for problem in checked]
    return prepare(checked)


def checked_records(
    paths: Sequence[str],
    fmt: str | None,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    warnings: list[Problem],
    worker: bool | None = None,
) -> Iterator[tuple[RawRecord, Outcome]]:
    """Every record of `paths`, in order, with its outcome (see the module's docstring).

    `worker` None decides by the size of the input; True or False forces it (tests do).
    """
    if worker is None:
        worker = "-" not in paths and _input_bytes(paths) >= WORKER_MIN_BYTES
    if worker and "-" not in paths:
        yield from _from_worker(paths, fmt, encoding, delimiter, warnings)
        return
    for raw in read_records(paths, fmt, encoding=encoding, delimiter=delimiter, warnings=warnings):
        yield raw, check(raw)


def _input_bytes(paths: Sequence[str]) -> int:
    total = 0
    for path in paths:
        with contextlib.suppress(OSError):  # the reader names a file it cannot open
            total += os.path.getsize(path)
    return total


def _from_worker(
    paths: Sequence[str],
    fmt: str | None,
    encoding: str | None,
    delimiter: str | None,
    warnings: list[Problem],
) -> Iterator[tuple[RawRecord, Outcome]]:
    # spawn, not fork: the importer holds a database connection and may run a progress thread,
    # neither of which a forked child should inherit.
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_work,
        args=(sender, list(paths), fmt, encoding, delimiter),
        name="minutebook-import-reader",
        daemon=True,
    )
    process.start()
    sender.close()  # the worker holds the only sending end: its exit ends our reading
    try:
        while True:
            try:
                kind, payload = receiver.recv()
            except EOFError:
                process.join(5)
                raise StoreError(
                    f"the import's reading process stopped unexpectedly (exit code "
                    f"{process.exitcode}); nothing was imported"
                ) from None
            if kind == "records":
                yield from payload
            elif kind == "done":
                warnings.extend(payload)
                return
            elif kind == "error":
                raise payload
            else:
                raise RuntimeError(f"the import's reading process failed:\n{payload}")
    finally:
        receiver.close()
        process.join(1)
        if process.is_alive():
            process.kill()
            process.join()


def _work(
    sender: Connection,
    paths: list[str],
    fmt: str | None,
    encoding: str | None,
    delimiter: str | None,
) -> None:
    """The worker process: read and check records, send them in batches, then the warnings.

    A thread does the sending, so that checking goes on while the importer is busy writing and
    not reading the pipe; `AHEAD` batches may wait, which bounds the worker's memory.
    """
    outbox: queue.Queue[tuple[str, Any] | None] = queue.Queue(maxsize=AHEAD)
    thread = threading.Thread(target=_send_all, args=(sender, outbox), daemon=True)
    thread.start()
    warnings: list[Problem] = []
    try:
        batch: list[tuple[RawRecord, Outcome]] = []
        records = read_records(
            paths, fmt, encoding=encoding, delimiter=delimiter, warnings=warnings
        )
        for raw in records:
            outcome = check(raw)
            if isinstance(outcome, Prepared):
                raw = replace(raw, data=None)  # its rows say it all; a refused record keeps it
            batch.append((raw, outcome))
            if len(batch) >= SEND_EVERY:
                _post(outbox, thread, ("records", batch))
                batch = []
        _post(outbox, thread, ("records", batch))
        _post(outbox, thread, ("done", warnings))
    except _ImporterGone:
        return
    except BaseException as exc:  # every failure must reach the importer
        with contextlib.suppress(_ImporterGone):
            _post(outbox, thread, _failure(exc))
    finally:
        # The end mark goes in only while the sender lives: once the importer is gone, the
        # queue may stay full for ever.
        with contextlib.suppress(_ImporterGone):
            _post(outbox, thread, None)
        thread.join()  # it ends when all is sent, or at once when the pipe breaks
        sender.close()


class _ImporterGone(Exception):
    """The importer stopped reading: nothing left to do."""


def _post(outbox: queue.Queue[tuple[str, Any] | None], thread: threading.Thread, item: Any) -> None:
    while True:
        if not thread.is_alive():
            raise _ImporterGone
        try:
            outbox.put(item, timeout=0.5)
            return
        except queue.Full:
            continue


def _send_all(sender: Connection, outbox: queue.Queue[tuple[str, Any] | None]) -> None:
    while (item := outbox.get()) is not None:
        try:
            sender.send(item)
        except OSError:  # a broken pipe: the importer is gone
            return


def _failure(exc: BaseException) -> tuple[str, Any]:
    """Our own errors go as themselves (the importer reports them as usual); anything else (a
    bug) as its traceback."""
    if isinstance(exc, StoreError):
        try:
            pickle.loads(pickle.dumps(exc))
            return ("error", exc)
        except Exception:  # an error that does not survive pickling
            return ("error", StoreError(str(exc)))
    return ("crash", "".join(traceback.format_exception(exc)))
