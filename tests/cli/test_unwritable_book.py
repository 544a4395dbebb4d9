"""A book that cannot be written just now is still a book you can read and export: issue 13,
item 10 ("a read-only folder or a full disk makes the book unreadable even for export").

Each case runs the installed `minutebook` in a private mount namespace (`unshare -m`), where
the book's folder is remounted read-only, or is a tiny tmpfs filled to the last byte: what a
mounted archive, a colleague's read-only share or a full disk does to SQLite, which must create
files beside the book to open it for writing. Outside the namespace nothing is remounted.
"""

from __future__ import annotations

import hashlib
import shlex
import subprocess
from pathlib import Path

import pytest

from tests.helpers import SAMPLE, console_script, old_book


def _can_remount() -> bool:
    try:
        probe = subprocess.run(
            ["unshare", "-m", "sh", "-c", "mount -t tmpfs none /mnt"],
            capture_output=True, timeout=10, check=False,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(
    not _can_remount(), reason="needs a private mount namespace (unshare -m, as root)"
)

READ_ONLY = "mount --bind {d} {d} && mount -o remount,bind,ro {d}"
FULL = "mount -t tmpfs -o size=2m none {d} && cp {book} {d}/ && (cat /dev/zero > {d}/fill || true)"


def in_namespace(setup: str, command: list[str]) -> subprocess.CompletedProcess[str]:
    """Run `setup`, then `command`, in a private mount namespace of their own."""
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", f"{setup} >/dev/null 2>&1 && exec {shlex.join(command)}"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    book = folder / "book.db"
    made = subprocess.run(
        [str(console_script()), "--db", str(book), "--create", "import", str(SAMPLE)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return book


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.splitlines()
    assert result.returncode == 1 and len(lines) == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    return lines[0]


def test_a_book_in_a_read_only_folder_reads_exports_and_refuses_writes(
    sample: Path, tmp_path: Path
) -> None:
    script, out = str(console_script()), tmp_path / "out.json"
    before = digest(sample)
    exported, listed, checked, added = (
        in_namespace(READ_ONLY.format(d=shlex.quote(str(sample.parent))), command)
        for command in (
            [script, "--db", str(sample), "export", "--format", "json", "-o", str(out)],
            [script, "--db", str(sample), "search", "khang", "--format", "json"],
            [script, "--db", str(sample), "db", "check"],
            [script, "--db", str(sample), "add", "--title", "Họp mới", "--date", "2024"],
        )
    )
    assert exported.returncode == 0, exported.stderr
    assert out.read_text(encoding="utf-8").count('"uid"') == 5
    assert listed.returncode == 0 and "Nguyễn Đình Khang" in listed.stdout, listed.stderr
    assert checked.returncode == 0 and "read only" in checked.stdout, checked.stdout
    assert "Integrity: ok" in checked.stdout
    line = one_line(added)
    assert "can be read but not written" in line and "read-only" in line
    assert digest(sample) == before
    assert sorted(p.name for p in sample.parent.iterdir()) == ["book.db"]


def test_a_book_on_a_full_disk_reads_exports_and_says_the_disk_is_full(
    sample: Path, tmp_path: Path
) -> None:
    script, out, mount = str(console_script()), tmp_path / "out.csv", tmp_path / "full"
    mount.mkdir()
    book = mount / "book.db"
    full = FULL.format(d=shlex.quote(str(mount)), book=shlex.quote(str(sample)))
    exported, added = (
        in_namespace(full, command)
        for command in (
            [script, "--db", str(book), "export", "--format", "csv", "-o", str(out)],
            [script, "--db", str(book), "add", "--title", "Họp mới", "--date", "2024"],
        )
    )
    assert exported.returncode == 0, exported.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) > 5
    assert "disk" in one_line(added) and "full" in one_line(added)


def test_a_book_needing_an_upgrade_in_a_read_only_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    book = folder / "old.db"
    old_book(book)
    before = digest(book)
    listed = in_namespace(
        READ_ONLY.format(d=shlex.quote(str(folder))),
        [str(console_script()), "--db", str(book), "list"],
    )
    line = one_line(listed)
    assert "needs upgrading" in line and "read-only" in line
    assert digest(book) == before
