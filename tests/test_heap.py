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
