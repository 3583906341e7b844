"""Progress on stderr (rich), shown only on a terminal and only once a scan takes a moment."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, SpinnerColumn, TextColumn


class FileProgress:
    def __init__(self, label: str = "scanning", total: int | None = None) -> None:
        self._progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
            TextColumn("{task.fields[items]} items"), DownloadColumn(),
            console=Console(stderr=True), transient=True, refresh_per_second=5,
        )
        self._task = self._progress.add_task(label, total=total, items=0)
        self._items = 0

    def __enter__(self) -> FileProgress:
        self._progress.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._progress.stop()

    def advance(self, items: int, nbytes: int) -> None:
        self._items += items
        self._progress.update(self._task, advance=nbytes, items=self._items)
