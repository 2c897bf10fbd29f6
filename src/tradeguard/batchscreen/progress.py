"""A rich progress bar with rows/s and an ETA, fed by `screen_file`'s progress callback."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from tradeguard.batchscreen.run import Progress as ProgressCallback

REFRESH_PER_SECOND = 2


class RowsPerSecond(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("-- rows/s" if speed is None else f"{speed:,.0f} rows/s")


@contextmanager
def progress_bar(console: Console) -> Iterator[ProgressCallback]:
    columns = (
        TextColumn("screening"),
        BarColumn(),
        MofNCompleteColumn(),
        RowsPerSecond(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    # Redrawn twice a second, not rich's default ten: the bar shares the cores with the
    # workers, and ten redraws a second cost about 3 % of one of them.
    with Progress(*columns, console=console, refresh_per_second=REFRESH_PER_SECOND) as bar:
        task = bar.add_task("screening", total=None)
        resumed: list[int] = []

        def update(done: int, total: int) -> None:
            if not resumed:
                # Rows finished by an earlier run are shown, but left out of rows/s and ETA.
                resumed.append(done)
                bar.update(task, total=total - done)
            bar.update(task, completed=done - resumed[0])

        yield update
