"""Mutations of small valid list files, and the laws every list loader must keep under them.

A list arrives from outside: cut off by a failed download, re-saved by a spreadsheet in another
code page, edited by hand. Whatever the bytes, a loader either loads them or raises a
ListFormatError that says what is wrong; and a file that fails leaves the version already
loaded in service. The laws are checked by catching ListFormatError alone, so any other
exception fails the test.
"""

from __future__ import annotations

import io
import os
import re
import signal
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from types import FrameType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradeguard.engine import Engine
from tradeguard.lists.base import ListData, ListFormatError
from tradeguard.lists.registry import loader

# Enough to shake out most faults in a few seconds per test; raise it for a long local run,
# e.g. TRADEGUARD_FUZZ_EXAMPLES=2000 pytest tests/lists -k fuzz.
EXAMPLES = int(os.environ.get("TRADEGUARD_FUZZ_EXAMPLES", "40"))
# A seed is a few rows, which load in milliseconds; many seconds means a runaway regex or
# loop. Generous, because a shared CI runner under load has slowed one example to 7 s.
DEADLINE = timedelta(seconds=15)
# A true hang never returns to hypothesis to be timed, so an alarm ends it.
HANG_SECONDS = 30


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def fuzz_settings(examples: int = EXAMPLES) -> settings:
    # CI runs a fixed sequence of examples, so a build fails on a change and not by luck;
    # local runs draw new examples each time and keep failures in .hypothesis/.
    chosen = settings(
        max_examples=examples,
        deadline=DEADLINE,
        derandomize=_in_ci(),
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    return settings(chosen, database=None) if _in_ci() else chosen


class Hang(Exception):
    """Raised by the alarm: the code under test ran past HANG_SECONDS."""


@contextmanager
def time_limit(seconds: int = HANG_SECONDS) -> Iterator[None]:
    def _expire(signum: int, frame: FrameType | None) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- mutations -----------------------------------------------------------------------------

# Values lists get wrong in real life: nulls in several spellings, numbers no column expects,
# impossible dates, control and direction characters, markup where text belongs.
NASTY: tuple[bytes, ...] = (
    b"",
    b"-0-",
    b"NaN",
    b"nan",
    b"Infinity",
    b"-inf",
    b"1e309",
    b"-1",
    b"-0",
    b"0",
    b"00",
    b"13",
    b"30",
    b"99",
    b"9" * 400,
    b"-" + b"9" * 40,
    b"0x1A",
    b"2024-02-30",
    b"2024-13-45",
    b"31/02/2024",
    b"00/00/0000",
    b"0000-00-00",
    b"99/99/9999",
    b"1 to 9999",
    b"circa",
    b"\x00",
    b"\x1a",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xe2\x80\xae",
    b"\xf0\x9f\x92\xa5",
    b"\xc3",
    b"\r",
    b"\n",
    b'"',
    b"'",
    b",",
    b"\t",
    b";",
    b"(",
    b")",
    b"<",
    b">",
    b"&amp",
    b"&nosuch;",
    b"]]>",
    b"<!--",
    b"{",
    b"}",
    b"[",
    b"[]",
    b"{}",
    # Digits by str.isdigit() that int() refuses: superscript one and two.
    b"\xc2\xb9",
    b"\xc2\xb2",
    # Nesting deep enough to exhaust a recursive parser.
    b"[" * 5000,
    b"{" * 5000,
    b"- " * 3000,
    b"<a>" * 5000,
    b"null",
    b"true",
    b"- ",
    b": ",
    b"!!python/object:os.system",
    b"*alias",
    b"&anchor ",
    b"Linked To: ",
    b"a.k.a. '",
    b"DOB ",
)
_TOKEN = re.compile(rb"[0-9]+|[A-Za-z]+")
_DELIMITERS = (b",", b"\t", b";")
_CLOSING_TAG = re.compile(rb"</[^>]*>")
# A thousand-fold entity expansion: entities are not resolved, so this must stay small.
_LAUGHS = (
    b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 4)
    )
    + b"]>"
)

Mutation = Callable[[bytes], bytes]


def _at(data: st.DataObject, blob: bytes) -> int:
    return data.draw(st.integers(0, len(blob)), label="position")


def _flip(data: st.DataObject, blob: bytes) -> bytes:
    if not blob:
        return blob
    index = data.draw(st.integers(0, len(blob) - 1), label="flip at")
    mask = data.draw(st.integers(1, 255), label="mask")
    return blob[:index] + bytes([blob[index] ^ mask]) + blob[index + 1 :]


def _truncate(data: st.DataObject, blob: bytes) -> bytes:
    return blob[: _at(data, blob)]


def _insert(data: st.DataObject, blob: bytes) -> bytes:
    junk = data.draw(st.sampled_from(NASTY) | st.binary(max_size=12), label="junk")
    index = _at(data, blob)
    return blob[:index] + junk + blob[index:]


def _delete(data: st.DataObject, blob: bytes) -> bytes:
    start = _at(data, blob)
    end = data.draw(st.integers(start, min(len(blob), start + 200)), label="delete to")
    return blob[:start] + blob[end:]


def _duplicate(data: st.DataObject, blob: bytes) -> bytes:
    start = _at(data, blob)
    end = data.draw(st.integers(start, min(len(blob), start + 400)), label="repeat to")
    times = data.draw(st.integers(1, 50), label="times")
    return blob[:end] + blob[start:end] * times + blob[end:]


def _replace_token(data: st.DataObject, blob: bytes) -> bytes:
    tokens = list(_TOKEN.finditer(blob))
    if not tokens:
        return blob
    token = data.draw(st.sampled_from(tokens), label="token")
    value = data.draw(st.sampled_from(NASTY), label="value")
    return blob[: token.start()] + value + blob[token.end() :]


def _reencode(data: st.DataObject, blob: bytes) -> bytes:
    encoding = data.draw(
        st.sampled_from(("utf-16", "utf-16-be", "utf-32", "latin-1", "cp1252", "cp1251")),
        label="encoding",
    )
    return blob.decode("utf-8", errors="replace").encode(encoding, errors="replace")


def _line_endings(data: st.DataObject, blob: bytes) -> bytes:
    unified = blob.replace(b"\r\n", b"\n")
    ending = data.draw(st.sampled_from((b"\n", b"\r\n", b"\r")), label="line ending")
    return unified.replace(b"\n", ending)


def _lines(blob: bytes) -> list[bytes]:
    return blob.split(b"\n")


def _columns(data: st.DataObject, blob: bytes) -> bytes:
    """One row loses a field or gains one: the delimiter-level form of a broken row."""
    lines = _lines(blob)
    index = data.draw(st.integers(0, len(lines) - 1), label="line")
    line = lines[index]
    delimiter = next((d for d in _DELIMITERS if d in line), b",")
    fields = line.split(delimiter)
    if data.draw(st.booleans(), label="drop a field") and len(fields) > 1:
        del fields[data.draw(st.integers(0, len(fields) - 1), label="field")]
    else:
        extra = data.draw(st.sampled_from(NASTY), label="extra field")
        fields.insert(data.draw(st.integers(0, len(fields)), label="field"), extra)
    lines[index] = delimiter.join(fields)
    return b"\n".join(lines)


def _shuffle_lines(data: st.DataObject, blob: bytes) -> bytes:
    lines = _lines(blob)
    first = data.draw(st.integers(0, len(lines) - 1), label="line a")
    second = data.draw(st.integers(0, len(lines) - 1), label="line b")
    lines[first], lines[second] = lines[second], lines[first]
    return b"\n".join(lines)


_ELEMENT = re.compile(rb"<([A-Za-z][\w.-]*)[^<>]*>.*?</\1>", re.S)


def _repeat_record(data: st.DataObject, blob: bytes) -> bytes:
    """A whole line or element twice: the same id listed twice, as a bad merge leaves it."""
    units = list(_ELEMENT.finditer(blob)) or list(re.finditer(rb"[^\n]*\n", blob))
    if not units:
        return blob
    unit = data.draw(st.sampled_from(units), label="record")
    return blob[: unit.end()] + unit.group() + blob[unit.end() :]


def _break_tag(data: st.DataObject, blob: bytes) -> bytes:
    tags = list(_CLOSING_TAG.finditer(blob))
    if not tags:
        return blob
    tag = data.draw(st.sampled_from(tags), label="closing tag")
    replacement = data.draw(
        st.sampled_from((b"", b"</WRONG>", tag.group()[:-1], b"<" + tag.group()[2:], b"</>")),
        label="broken tag",
    )
    return blob[: tag.start()] + replacement + blob[tag.end() :]


def _entity_bomb(data: st.DataObject, blob: bytes) -> bytes:
    start = blob.find(b"?>") + 2 if blob.startswith(b"<?xml") else 0
    tags = list(re.finditer(rb"<[A-Za-z][^<>]*>", blob))
    body = blob[:start] + _LAUGHS + blob[start:]
    if not tags:
        return body
    tag = data.draw(st.sampled_from(tags), label="element")
    end = tag.end() + len(_LAUGHS)
    return body[:end] + b"&lol3;" + body[end:]


_MUTATIONS = (
    _flip,
    _truncate,
    _insert,
    _delete,
    _duplicate,
    _replace_token,
    _reencode,
    _line_endings,
    _columns,
    _shuffle_lines,
    _repeat_record,
    _break_tag,
    _entity_bomb,
)


@st.composite
def mutated(draw: st.DrawFn, seed: bytes, most: int = 3) -> bytes:
    """`seed` after one to `most` mutations."""
    data = draw(st.data())
    blob = seed
    for _ in range(draw(st.integers(1, most), label="mutations")):
        mutation = draw(st.sampled_from(_MUTATIONS), label="mutation")
        blob = mutation(data, blob)
    return blob


@st.composite
def mutated_zip(draw: st.DrawFn, seed: bytes) -> bytes:
    """A workbook with one member mutated and re-zipped, or the zip's own bytes mutated."""
    if draw(st.booleans(), label="raw bytes"):
        return draw(mutated(seed))
    with zipfile.ZipFile(io.BytesIO(seed)) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    name = draw(st.sampled_from(sorted(members)), label="member")
    members[name] = draw(mutated(members[name]))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return out.getvalue()


def cut_points(seed: bytes) -> st.SearchStrategy[int]:
    return st.integers(0, max(len(seed) - 1, 0))


# --- the laws -------------------------------------------------------------------------------


def load_or_refuse(fmt: str, paths: Sequence[Path]) -> ListData | None:
    """The list, or None after a ListFormatError that names one of the files and the problem."""
    try:
        with time_limit():
            data = loader(fmt).load(paths)
    except ListFormatError as error:
        assert error.path in {str(path) for path in paths}, error
        assert error.problem.strip(), error
        return None
    check_consistent(data)
    return data


def check_consistent(data: ListData) -> None:
    """What the store and the matcher rely on in every loaded list."""
    ids = [entity.id for entity in data.entities]
    assert len(ids) == len(set(ids)), f"duplicate entity ids in {data.list_id}"
    assert data.report.entities == len(data.entities)
    for entity in data.entities:
        assert entity.list_id == data.list_id
        assert entity.names, f"{entity.id} has no name to screen against"


def names(data: ListData) -> set[str]:
    return {name.value for entity in data.entities for name in entity.names}


def check_cut(fmt: str, full: ListData, paths: Sequence[Path]) -> None:
    """A file cut short either fails or yields only names the whole file has.

    A cut inside a row must never load as a shortened name: screening would then match a
    name no list ever gave.
    """
    data = load_or_refuse(fmt, paths)
    if data is not None:
        assert names(data) <= names(full), names(data) - names(full)


def check_engine(engine: Engine, paths: Sequence[Path], fmt: str = "auto") -> None:
    """A load through the Engine either replaces its list whole or changes nothing at all."""
    before = engine.versions()
    try:
        with time_limit():
            loaded = engine.load(paths, fmt)
    except ListFormatError as error:
        assert engine.versions() == before, "a failed load changed the active versions"
        assert engine.store.failures(1)[0].error == str(error)
        return
    for item in loaded:
        check_consistent(item.data)
        active = engine.store.active_version(item.data.list_id)
        assert active is not None
        assert active.content_hash == item.data.content_hash
        assert active.entities == len(item.data.entities)
        stored = list(engine.store.entities([active.id]))
        assert len(stored) == len(item.data.entities)


def write_files(folder: Path, files: dict[str, bytes]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    paths = []
    for name, content in files.items():
        path = folder / name
        path.write_bytes(content)
        paths.append(path)
    return paths


# --- the tests each loader's fuzz module runs ----------------------------------------------

LoaderTests = tuple[Callable[..., None], Callable[..., None], Callable[..., None]]


def loader_tests(fmt: str, seed: dict[str, bytes], zipped: bool = False) -> LoaderTests:
    """The three fuzz tests of one format, for `test_a, test_b, test_c = loader_tests(...)`.

    `seed` maps file names to the bytes of a small valid list; each example mutates one file.
    Each test loads the seed once before hypothesis starts, so that first-use costs (lazy
    imports, country tables) do not count against the first example's deadline.
    """
    mutate = mutated_zip if zipped else mutated
    names_ = st.sampled_from(sorted(seed))

    def load_seed(base: Path) -> ListData:
        return loader(fmt).load(write_files(base / f"{fmt}-seed", seed))

    def test_mutated_file_loads_or_is_refused(tmp_path_factory: pytest.TempPathFactory) -> None:
        base = tmp_path_factory.getbasetemp()
        load_seed(base)

        @fuzz_settings()
        @given(name=names_, data=st.data())
        def run(name: str, data: st.DataObject) -> None:
            blob = data.draw(mutate(seed[name]), label="file")
            load_or_refuse(fmt, write_files(base / f"{fmt}-mutated", {**seed, name: blob}))

        run()

    def test_cut_file_never_loads_a_shortened_name(
        tmp_path_factory: pytest.TempPathFactory,
    ) -> None:
        base = tmp_path_factory.getbasetemp()
        full = load_seed(base)

        @fuzz_settings()
        @given(name=names_, data=st.data())
        def run(name: str, data: st.DataObject) -> None:
            cut = data.draw(cut_points(seed[name]), label="cut at")
            check_cut(fmt, full, write_files(base / f"{fmt}-cut", {**seed, name: seed[name][:cut]}))

        run()

    def test_failed_load_keeps_the_active_version(
        tmp_path_factory: pytest.TempPathFactory,
    ) -> None:
        base = tmp_path_factory.getbasetemp()
        engine = Engine.open(base / f"{fmt}-home")
        engine.load(write_files(base / f"{fmt}-first", seed), fmt)

        @fuzz_settings(max(EXAMPLES // 2, 1))
        @given(name=names_, data=st.data())
        def run(name: str, data: st.DataObject) -> None:
            blob = data.draw(mutate(seed[name]), label="file")
            # "auto" sends the bytes through every format's sniffer as well.
            fmt_used = data.draw(st.sampled_from((fmt, "auto")), label="format")
            next_files = write_files(base / f"{fmt}-next", {**seed, name: blob})
            check_engine(engine, next_files, fmt_used)

        run()

    return (
        test_mutated_file_loads_or_is_refused,
        test_cut_file_never_loads_a_shortened_name,
        test_failed_load_keeps_the_active_version,
    )
