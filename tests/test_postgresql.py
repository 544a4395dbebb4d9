"""What only a shared server asks of the book, tested against a real PostgreSQL server.

Search finds the same meetings on both backends; person searches use the trigram indexes and free
words the full-text ones, not a scan of the table; secretaries working at the same moment, in
real parallel processes, lose nothing and make nothing twice; a book moves between SQLite and
PostgreSQL and back without a byte of its export changing; a server that refuses the connection
is one line that says what to check and never shows the password.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

import store
import store.db
import store.db_check
import store.importer
import store.repo
from store.search import _plan
from tests.helpers import until
from tests.postgres import PASSWORD, Server

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "meetings.json"
_spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
assert _spec is not None and _spec.loader is not None
generator = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = generator
_spec.loader.exec_module(generator)


@pytest.fixture
def pg_url(pg_server: Server) -> Iterator[str]:
    name = pg_server.new_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


GENERATED = 600  # meetings: enough for common, rare and absent words, quick to import


def write_generated(path: Path, count: int, *, start: int = 0, seed: int = 3) -> Path:
    records = list(generator.generate(start + count, seed=seed))[start:]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_generated(tmp_path_factory.mktemp("gen") / "m.ndjson", GENERATED)


MOVED = 200  # meetings carried to PostgreSQL and back: every kind of row, a third of the time


@pytest.fixture(scope="module")
def moved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_generated(tmp_path_factory.mktemp("moved") / "m.ndjson", MOVED)


def minutebook(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", "import cli; cli.main()", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=ROOT)


# The same answers on both backends --------------------------------------------------------------

QUERIES = [
    "nguyen dinh khang", "person:khang", 'chair:"nguyen dinh khang"', "hoi nghi", "hội nghị",
    '"ban chap hanh"', "cong doan date:2022", "date:2023-05", "date:2019..2020 person:hai",
    "org:ldld", "org:\"tong lien doan\"", "place:ha noi", "kind:giao ban", "doc:02-NQ/TW",
    "doc:249", "thoa uoc lao dong tap the", "khan", "ngh",
    "nguyen van hai", "nguyễn văn hải", "person:hai person:hài", "xyzzy", "date:2031",
]  # fmt: skip


def all_ids(book: store.db.Store, query: str) -> list[int]:
    with book.session() as session:
        return store.search.search(store.parse_query(query), session=session, limit=None).ids


def test_search_finds_the_same_meetings_on_both_backends(
    pg_url: str, generated: Path, tmp_path: Path
) -> None:
    lite = store.db.open_store(str(tmp_path / "book.db"), create=True)
    pg = store.db.open_store(pg_url)
    try:
        for book in (lite, pg):
            store.importer.import_files([str(SAMPLE), str(generated)], store=book)
        empty = []
        for query in QUERIES:
            on_sqlite, on_postgresql = all_ids(lite, query), all_ids(pg, query)
            assert on_postgresql == on_sqlite, query
            if not on_sqlite:
                empty.append(query)
        assert empty == ["xyzzy", "date:2031"]  # the table asks real questions
    finally:
        lite.close()
        pg.close()


# The plans: indexes, not scans --------------------------------------------------------------


def plan_of(conn: Any, statement: Any) -> str:
    sql = statement.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
    # With (empty) parameters the driver reads the compiled text's "%%" as the "%" it stands for.
    return "\n".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {sql}", ()))


def test_person_and_word_searches_can_read_their_indexes(pg_url: str, generated: Path) -> None:
    """A person's name is read through the trigram index (its LIKE fits the operator class), free
    words and phrases through the full-text index of the word vectors (migration 0008).

    A book this small is read whole by a sensible planner, so reading whole tables and whole
    indexes is switched off here to ask whether the trigram index *can* answer; docs/postgresql.md
    shows the plans the planner chooses by itself at 100,000 meetings.
    """
    from sqlalchemy import select

    from store.models import Person

    book = store.db.open_store(pg_url)
    try:
        store.importer.import_files([str(generated)], store=book)
        with book.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
            conn.execute(text("SET LOCAL enable_seqscan = off"))
            conn.execute(text("SET LOCAL enable_indexscan = off"))  # nor a whole index, unsorted
            people = Person.__table__
            person = select(people.c.id).where(people.c.search_key.like("% khang %"))
            assert "ix_person_search_key_trgm" in plan_of(conn, person)
            for typed in ("thoa uoc lao dong", '"thoa uoc" lao', "Thoả ước"):
                words = (
                    _plan(store.parse_query(typed), "postgresql", conn, page=True)
                    .stage(skip=1)
                    .limit(50)
                )
                shown = plan_of(conn, words)
                index = "marked" if typed[0] == "T" else "body"
                assert f"ix_meeting_search_{index}_words" in shown, shown
                assert "_trgm" not in shown and "Seq Scan on meeting_search" not in shown, shown
    finally:
        book.close()


# Working at the same moment --------------------------------------------------------------------

EDIT = textwrap.dedent(
    """
    import sys, time, pathlib, store, store.db, store.repo
    url, title, go = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
    book = store.db.open_store(url)
    with book.session() as session:
        record = store.repo.get_record(1, session=session)
        version = record.version
    pathlib.Path(sys.argv[3] + "." + title).touch()  # read, ready
    while not go.exists():
        time.sleep(0.01)
    changed = record.model_copy(update={"title": title})
    try:
        with book.session(write=True) as session:
            store.repo.update_meeting(1, changed, expected_version=version, session=session)
        print("saved")
    except store.VersionConflict as exc:
        print("conflict:", exc)
    """
)


def test_two_secretaries_saving_one_meeting_the_second_gets_a_conflict(
    pg_url: str, tmp_path: Path
) -> None:
    book = store.db.open_store(pg_url)
    store.importer.import_files([str(SAMPLE)], store=book)
    go = tmp_path / "go"
    editors = [
        subprocess.Popen(
            [sys.executable, "-c", EDIT, pg_url, title, str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for title in ("Ban A sửa", "Ban B sửa")
    ]
    for title in ("Ban A sửa", "Ban B sửa"):
        ready = Path(f"{go}.{title}")
        for _ in range(3000):
            if ready.exists():
                break
            subprocess.run(["sleep", "0.01"], check=True)
    go.touch()
    outputs = [editor.communicate(timeout=120) for editor in editors]
    said = sorted(out.strip().split(":")[0] for out, _ in outputs)
    assert said == ["conflict", "saved"], outputs
    winner = "Ban A sửa" if outputs[0][0].startswith("saved") else "Ban B sửa"
    with book.session() as session:
        record = store.repo.get_record(1, session=session)
    assert (record.title, record.version) == (winner, 2)  # the saved change is there, once
    book.close()


def test_two_imports_of_overlapping_files_at_once_make_nothing_twice(
    pg_url: str, tmp_path: Path
) -> None:
    first = write_generated(tmp_path / "a.ndjson", 600)
    second = write_generated(tmp_path / "b.ndjson", 600, start=300)  # 300 in common
    store.db.open_store(pg_url).close()
    imports = [
        subprocess.Popen(
            [sys.executable, "-c", "import cli; cli.main()", "--db", pg_url, "import", str(f)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for f in (first, second)
    ]
    results = [process.communicate(timeout=300) for process in imports]
    assert [process.returncode for process in imports] == [0, 0], results
    book = store.db.open_store(pg_url)
    try:
        with book.engine.connect() as conn:
            meetings = conn.execute(text("SELECT count(*), count(DISTINCT uid) FROM meeting")).one()
            people = conn.execute(text("SELECT count(*), count(DISTINCT name_key) FROM person"))
            assert tuple(meetings) == (900, 900)
            total, distinct = people.one()
            assert total == distinct
    finally:
        book.close()


async def test_an_open_minute_book_shows_what_others_added_on_f5(
    pg_url: str, tmp_path: Path
) -> None:
    from tui.app import make_app
    from tui.widgets.meeting_list import MeetingList

    book = store.db.open_store(pg_url)
    store.importer.import_files([str(SAMPLE)], store=book)
    book.close()
    app = make_app(pg_url, lang="en", settings_folder=tmp_path / "config")
    try:
        async with app.run_test(size=(160, 40)) as pilot:
            await pilot.pause()
            assert len(app.screen.query_one(MeetingList).ids) == 5
            added = minutebook(
                "--db", pg_url, "add", "--title", "Giao ban tháng 12 của Ban Thường vụ",
                "--date", "2099-12-01", "--place", "Nghệ An",
            )  # fmt: skip
            assert added.returncode == 0, added.stderr
            await pilot.press("f5")
            listed = app.screen.query_one(MeetingList)
            await until(pilot, lambda: len(listed.ids) == 6, what="the new meeting listed")
            assert "Giao ban tháng 12" in listed.render_line(0).text  # newest first
    finally:
        app.book.close()


# Moving a book -------------------------------------------------------------------------------


def word_indexes(url: str) -> list[str]:
    """The definitions of `meeting_search`'s indexes in the book at `url`."""
    book = store.db.open_store(url)
    try:
        with book.engine.connect() as conn:
            listed = "SELECT indexdef FROM pg_indexes WHERE tablename = 'meeting_search'"
            return sorted(conn.execute(text(listed)).scalars())
    finally:
        book.close()


def test_a_book_moves_to_postgresql_and_back_with_an_identical_export(
    pg_url: str, tmp_path: Path, moved: Path, pg_server: Server
) -> None:
    source = tmp_path / "source.db"
    last = str(5 + MOVED)
    for args in (["import", str(SAMPLE)], ["import", str(moved)], ["delete", last, "--yes"]):
        assert minutebook("--db", str(source), "--create", *args).returncode == 0
    exports = []
    previous = str(source)
    for db in (str(source), pg_url, str(tmp_path / "back.db")):
        if db != previous:
            copied = minutebook("--db", previous, "db", "copy", "--to", db)
            assert copied.returncode == 0, copied.stderr
            assert PASSWORD not in copied.stdout + copied.stderr
        out = tmp_path / f"export-{len(exports)}.json"
        assert minutebook("--db", db, "export", "--format", "json", "-o", str(out)).returncode == 0
        exports.append(out.read_bytes())
        previous = db
    assert exports[0] == exports[1] == exports[2]
    # The figures' summaries, made once the rows were in, agree with the rows on both copies.
    for db in (pg_url, str(tmp_path / "back.db")):
        checked = minutebook("--db", db, "db", "check")
        assert checked.returncode == 0, checked.stdout + checked.stderr
    # The word indexes the copy dropped while it filled the book are all back, as they were.
    fresh = pg_server.new_database()
    try:
        assert word_indexes(pg_url) == word_indexes(pg_server.url(fresh))
    finally:
        pg_server.drop_database(fresh)
    assert any("USING gin" in index for index in word_indexes(pg_url))
    # Numbers go on where the source's did: the last one was deleted and is not given again.
    added = minutebook("--db", pg_url, "add", "--title", "Họp mới", "--date", "2099-01-01")
    assert f"#{5 + MOVED + 1}" in added.stdout, added.stdout
    # ... and the summaries' triggers, made again after the copy, count the new meeting.
    assert minutebook("--db", pg_url, "db", "check").returncode == 0


def test_a_copy_into_tables_another_role_owns_keeps_their_triggers(
    pg_url: str, pg_server: Server, tmp_path: Path
) -> None:
    # A team's server may keep a table under the role that made the schema: the copy cannot drop
    # its triggers or indexes there, so it writes the rows the old way, and the summaries hold.
    name = pg_url.rsplit("/", 1)[1]
    pg_server.admin("DO $$ BEGIN CREATE ROLE schema_keeper; EXCEPTION WHEN duplicate_object"
                    " THEN NULL; END $$")  # fmt: skip
    pg_server.admin("ALTER TABLE meeting OWNER TO schema_keeper", name)
    pg_server.admin("GRANT ALL ON meeting, meeting_id_seq TO minutebook", name)
    source = tmp_path / "s.db"
    assert minutebook("--db", str(source), "--create", "import", str(SAMPLE)).returncode == 0
    copied = minutebook("--db", str(source), "db", "copy", "--to", pg_url)
    assert copied.returncode == 0, copied.stderr
    checked = minutebook("--db", pg_url, "db", "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    triggers = pg_server.admin("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal", name)
    assert int(triggers) == 11


def test_copy_refuses_a_database_that_holds_meetings(pg_url: str, tmp_path: Path) -> None:
    source = tmp_path / "s.db"
    assert minutebook("--db", str(source), "--create", "import", str(SAMPLE)).returncode == 0
    assert minutebook("--db", pg_url, "import", str(SAMPLE)).returncode == 0
    refused = minutebook("--db", str(source), "db", "copy", "--to", pg_url)
    assert refused.returncode == 1
    assert "already holds 5 meetings" in refused.stderr
    assert PASSWORD not in refused.stderr


# A server that says no -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"password": "wrong-password"}, "check the user name and the password"),
        ({"database": "no_such_book"}, "does not exist"),
        ({"port": 1}, "is the server running"),
    ],
)
def test_a_refused_connection_is_one_line_that_says_what_to_check(
    pg_server: Server, change: dict[str, Any], expected: str
) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(pg_server.url("postgres")).set(**change)
    typed = url.render_as_string(hide_password=False)
    result = CliRunner().invoke(__import__("cli").app, ["--db", typed, "list"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("minutebook: cannot open"), result.output
    assert expected in lines[0]
    assert f"{url.host}:{url.port}" in lines[0]
    assert PASSWORD not in result.output and "wrong-password" not in result.output
    assert "Traceback" not in result.output


def test_an_empty_database_becomes_a_book_only_with_create(pg_server: Server) -> None:
    # A typo in a URL (the server's own `postgres` database) made a book there, tables and all,
    # by a command that only reads; a file named wrong is refused, and now a database too.
    name = pg_server.new_database(template="template0")
    url = pg_server.url(name)
    tables = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
    try:
        result = CliRunner().invoke(__import__("cli").app, ["--db", url, "list"])
        assert result.exit_code == 1, result.output
        (line,) = result.output.strip().splitlines()
        assert line.startswith("minutebook: no minute book at"), line
        assert "--create --db 'postgresql+psycopg" in line, line
        assert PASSWORD not in result.output
        assert pg_server.admin(tables, name) == "0"
        created = CliRunner().invoke(
            __import__("cli").app, ["--db", url, "--create", "import", str(SAMPLE)]
        )
        assert created.exit_code == 0, created.output
        assert store.open_book(url).search("nguyen dinh khang").total == 3
    finally:
        pg_server.drop_database(name)


async def test_a_server_gone_away_is_a_message_and_the_book_stays_open(
    pg_server: Server, pg_url: str, tmp_path: Path
) -> None:
    from sqlalchemy.engine import make_url

    from tui.app import make_app
    from tui.widgets.meeting_list import MeetingList

    book = store.db.open_store(pg_url)
    store.importer.import_files([str(SAMPLE)], store=book)
    book.close()
    name = make_url(pg_url).database
    app = make_app(pg_url, lang="en", settings_folder=tmp_path / "config")
    try:
        async with app.run_test(size=(160, 40)) as pilot:
            await pilot.pause()
            # As good as a stopped server: its connections cut, and no new one accepted.
            pg_server.admin(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
            pg_server.admin(
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
            )
            await pilot.press("f5")

            def said() -> list[str]:
                return [str(n.message) for n in app._notifications]

            await until(pilot, lambda: any("cannot be reached" in m for m in said()))
            messages = said()
            assert not any(PASSWORD in m for m in messages)
            assert app.is_running and app._exception is None
            pg_server.admin(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true')
            await pilot.press("f5")  # the server is back: so is the book
            listed = app.screen.query_one(MeetingList)
            await until(pilot, lambda: len(listed.ids) == 5, what="the list back")
    finally:
        pg_server.admin(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true')
        app.book.close()


def test_the_migrations_go_down_and_up_again_on_postgresql(pg_url: str) -> None:
    from alembic import command
    from alembic.config import Config

    from store.db import HEAD_REVISION, MIGRATIONS

    book = store.db.open_store(pg_url)
    store.importer.import_files([str(SAMPLE)], store=book)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with book.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0003")  # before the trigram indexes and the status

    def indexes() -> set[str]:
        with book.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%trgm'")
            )
            return set(rows.scalars())

    assert indexes() == set()
    book.close()
    store.open_book(pg_url).close()  # opening a book upgrades it, and fills in its words
    book = store.db.open_store(pg_url)
    try:
        assert store.db_check.check(book).revision == HEAD_REVISION
        assert len(indexes()) == 4  # the search words' went with migration 0008
        with book.session() as session:
            assert (
                len(store.search.search(store.parse_query("status:final"), session=session).ids)
                == 5
            )
            assert store.search.search(store.parse_query("nguyen dinh khang"), session=session).ids
    finally:
        book.close()
