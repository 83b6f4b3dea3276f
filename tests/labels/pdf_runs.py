"""Where each text run of a PDF page lies, measured with the printing font's metrics (pypdf)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader

from packstation.labels.fonts import advance


@dataclass(frozen=True)
class Run:
    """One drawn string: its start, baseline, size, text and measured width, in points."""

    x: float
    y: float
    size: float
    text: str
    bold: bool

    @property
    def right(self) -> float:
        return self.x + advance(self.text, self.size, self.bold)


def runs(pdf: bytes) -> list[list[Run]]:
    """The text runs of each page. Pieces pypdf splits from one string (mixed directions)
    share its start and are joined again."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        pieces: dict[tuple[float, float], list[object]] = {}

        def visit(text, cm, tm, font, size, pieces=pieces):
            if not text.strip("\n") or font is None:
                return
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            key = (round(x, 1), round(y, 1))
            bold = "Bold" in str(font.get("/BaseFont", ""))
            entry = pieces.setdefault(key, ["", size * tm[0] * cm[0], bold])
            entry[0] = str(entry[0]) + text.strip("\n")

        page.extract_text(visitor_text=visit)
        pages.append(
            [
                Run(x, y, float(size), str(text), bool(bold))
                for (x, y), (text, size, bold) in pieces.items()
            ]  # type: ignore[misc]
        )
    return pages


def overlaps(page: list[Run], slack: float = 0.5) -> list[tuple[Run, Run]]:
    """Pairs of runs on one baseline where the first runs into the second."""
    found = []
    for run in page:
        for other in page:
            if other is run or abs(other.y - run.y) > 1 or other.x <= run.x:
                continue
            if run.right > other.x + slack:
                found.append((run, other))
    return found
