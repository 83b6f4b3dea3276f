"""Drawing text on reportlab pages as every document should: printable, shaped, measured."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas

from packstation.labels.fonts import BOLD, REGULAR
from packstation.labels.text import fit, printable, shown, width, wrap_lines


def draw(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    *,
    size: float = 10,
    bold: bool = False,
    room: float | None = None,
    align: str = "left",
) -> None:
    """One line at (x, y), shortened with "…" to ``room`` points if given."""
    value = fit(text, size, room, bold) if room is not None else printable(text, bold)
    canvas.setFont(BOLD if bold else REGULAR, size)
    drawn = shown(value, bold)
    if align == "right":
        canvas.drawRightString(x, y, drawn)
    elif align == "centre":
        canvas.drawCentredString(x, y, drawn)
    else:
        canvas.drawString(x, y, drawn)


def draw_wrapped(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    *,
    room: float,
    max_lines: int,
    leading: float,
    size: float = 10,
    bold: bool = False,
) -> float:
    """``text`` wrapped to ``room`` in at most ``max_lines`` lines; returns the next line's y."""
    for line in wrap_lines(text, size, room, max_lines, bold):
        draw(canvas, x, y, line, size=size, bold=bold)
        y -= leading
    return y


def column_widths(
    rows: Sequence[Sequence[str]],
    headers: Sequence[str],
    *,
    size: float,
    gap: float,
    caps: Sequence[float],
    bold: Sequence[bool] = (),
) -> list[float]:
    """Each column as wide as its widest cell (the heading in bold) plus ``gap``, at most its
    cap; ``bold`` says which columns' cells print in bold."""
    natural = [
        max(
            [width(h, size, bold=True)]
            + [width(r[i], size, bold=i < len(bold) and bold[i]) for r in rows]
        )
        + gap
        for i, h in enumerate(headers)
    ]
    return [min(n, cap) for n, cap in zip(natural, caps, strict=True)]
