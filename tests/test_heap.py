import functools
import gc

import pytest

from tradeguard import heap


def test_nested_pauses_resume_the_collector_after_the_last() -> None:
    assert gc.isenabled()
    with heap.collector_paused():
        with heap.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with heap.collector_paused():
            pass
        assert not gc.isenabled()  # not turned on by a pause when it was off before
    finally:
        gc.enable()


def test_the_collector_comes_back_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), heap.collector_paused():
        raise RuntimeError("the build failed")
    assert gc.isenabled()


pymalloc = pytest.mark.skipif(
    not heap.free_small_blocks(), reason="no CPython small-object allocator statistics"
)


@pymalloc
def test_filling_takes_the_free_blocks_of_partly_used_pools() -> None:
    # 64-byte blocks (bytes of 31), every other one freed: each pool keeps half its blocks free.
    kept = [bytes(31) for _ in range(40_000)]
    del kept[::2]
    # Reading the statistics allocates a little, which may take back a few of the 20,000.
    assert heap.free_small_blocks().get(64, 0) >= 15_000
    held = heap.fill_free_blocks()
    assert len(held) >= 15_000
    # What the statistics' own reading freed again is all that is left.
    assert heap.free_small_blocks().get(64, 0) < 2_000
    del held, kept


@pymalloc
def test_free_blocks_are_counted_per_block_size() -> None:
    sizes = heap.free_small_blocks()
    assert all(size % 16 == 0 and 16 <= size <= 512 and free > 0 for size, free in sizes.items())


def test_word_memos_are_emptied_and_tables_kept() -> None:
    @functools.lru_cache(maxsize=heap.MEMO_MIN_ENTRIES)
    def memo(word: str) -> str:
        return word.upper()

    @functools.lru_cache(maxsize=1)
    def small(name: str) -> str:
        return name

    @functools.cache
    def table(name: str) -> str:
        return name

    for function in (memo, small, table):
        function("kim")
    assert heap.clear_word_memos() >= 1
    assert memo.cache_info().currsize == 0
    assert small.cache_info().currsize == 1
    assert table.cache_info().currsize == 1
