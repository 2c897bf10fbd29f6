"""Files replaced whole: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def replace_atomically(
    path: Path, write: Callable[[str], object], prefix: str = ".tmp-", suffix: str = ""
) -> None:
    """`write(temporary)` beside `path`, then rename it over `path`.

    The temporary file is removed whatever fails; its name starts with `prefix`, so that an
    owner can find the ones a killed writer left behind.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=suffix)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
