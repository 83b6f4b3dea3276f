"""CSV that spreadsheets open safely: cells from customer data cannot become formulas."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

# A cell starting with one of these is run as a formula by Excel, LibreOffice and Sheets
# (tab and carriage return too, per OWASP's CSV-injection advice). Spreadsheets skip leading
# spaces before they look, so " =1+1" is a formula too; so are the full-width signs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def neutralise(value: object) -> str:
    """The cell as text; a formula character first, after any blanks, is made inert with a
    quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.lstrip(" \u00a0\u3000").startswith(FORMULA_STARTS) else text


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """UTF-8 with a BOM (so Excel reads Å and Ø), every cell neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
