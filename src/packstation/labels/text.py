"""Text as the documents print it: glyphs the font has, Arabic and Hebrew shaped and right to
left, and lines measured with the font's own metrics, shortened or wrapped to fit.

Callers keep text in logical order (as typed) and call :func:`shown` just before drawing.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from packstation.labels.fonts import advance, covered

if TYPE_CHECKING:
    from arabic_reshaper import ArabicReshaper

ELLIPSIS = "…"
# Invisible helpers of emoji and other scripts: dropped rather than shown as "?"
_DROP = (
    {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x20E3}
    | set(range(0xFE00, 0xFE10))
    | set(range(0x1F3FB, 0x1F400))
    | set(range(0xE0000, 0xE0080))
)


def printable(text: str, bold: bool = False) -> str:
    """``text`` on one line with only characters the font has: an emoji or other symbol it
    lacks is dropped, a letter it lacks becomes "?"."""
    glyphs = covered(bold)
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = ord(ch)
        if code in _DROP:
            continue
        if ch.isspace() or unicodedata.category(ch) == "Cc":
            out.append(" ")
        elif unicodedata.category(ch) in ("Cf", "Mn") and code not in glyphs:
            continue
        elif code in glyphs:
            out.append(ch)
        elif unicodedata.category(ch) not in ("So", "Sk", "Co", "Cs", "Cn"):
            out.append("?")  # a letter the font lacks: mark its place
        # else an emoji or symbol the font lacks: dropped
    return " ".join("".join(out).split())


def is_rtl(text: str) -> bool:
    """True when the text has right-to-left letters (Arabic, Hebrew)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


@lru_cache(maxsize=2)
def _reshaper(bold: bool) -> ArabicReshaper:
    from arabic_reshaper import ArabicReshaper  # only when right-to-left text is drawn
    from arabic_reshaper.ligatures import LIGATURES

    # Only the ligatures the font has a glyph for (DejaVu has lam-alef, not "Allah")
    glyphs = covered(bold)
    config: dict[str, object] = {"delete_harakat": True}
    for name, (_letters, forms) in LIGATURES:
        config[name] = all(ord(ch) in glyphs for form in forms for ch in form)
    return ArabicReshaper(configuration=config)


@lru_cache(maxsize=4096)
def shown(text: str, bold: bool = False) -> str:
    """The characters to draw, left to right: printable, Arabic joined, RTL runs reversed."""
    clean = printable(text, bold)
    if not is_rtl(clean):
        return clean
    from bidi import get_display

    joined = printable(_reshaper(bold).reshape(clean), bold)
    return str(get_display(joined))


def width(text: str, size: float, bold: bool = False) -> float:
    """Printed width of ``text`` at ``size`` (points or dots)."""
    return advance(shown(text, bold), size, bold)


def fit(text: str, size: float, room: float, bold: bool = False) -> str:
    """``text`` (made printable) shortened with "…" until it fits ``room``."""
    clean = printable(text, bold)
    if width(clean, size, bold) <= room:
        return clean
    low, high = 0, len(clean)  # the longest prefix that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if width(clean[:middle].rstrip() + ELLIPSIS, size, bold) <= room:
            low = middle
        else:
            high = middle - 1
    return clean[:low].rstrip() + ELLIPSIS


def wrap(text: str, size: float, room: float, bold: bool = False) -> list[str]:
    """``text`` broken at spaces into lines that fit ``room``; a word too long is split."""
    lines: list[str] = []
    current = ""
    for word in printable(text, bold).split(" "):
        candidate = f"{current} {word}" if current else word
        if width(candidate, size, bold) <= room:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while width(current, size, bold) > room and len(current) > 1:
            cut = len(current) - 1
            while cut > 1 and width(current[:cut], size, bold) > room:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current or not lines:
        lines.append(current)
    return lines


def wrap_lines(
    text: str, size: float, room: float, max_lines: int, bold: bool = False
) -> list[str]:
    """:func:`wrap`, at most ``max_lines`` lines; the last one ends in "…" when text is left."""
    lines = wrap(text, size, room, bold)
    if len(lines) <= max_lines:
        return lines
    rest = " ".join(lines[max_lines - 1 :])
    return [*lines[: max_lines - 1], fit(rest + ELLIPSIS, size, room, bold)]


def address_block(
    lines: list[str], size: float, room: float, max_lines: int, *, min_size: float | None = None
) -> list[tuple[str, float]]:
    """An address in at most ``max_lines`` lines of at most ``room``: (text, size) per line.

    The last line (the country) is never dropped: when there are too many lines, the two
    neighbours that make the shortest joined line are joined with ", ". The block prints a
    little smaller if that makes every line fit; else a line too wide continues on a free line;
    then the block prints smaller still (down to ``min_size``); only then is a line cut with
    "…". Every line of the block has the same size.
    """
    min_size = min(min_size or size, size)
    block = [printable(line) for line in lines if printable(line)]
    while len(block) > max_lines and len(block) > 2:
        pairs = range(len(block) - 2)  # never join into the last line
        i = min(pairs, key=lambda j: width(f"{block[j]}, {block[j + 1]}", size))
        block[i : i + 2] = [f"{block[i]}, {block[i + 1]}"]
    free = max(0, max_lines - len(block))
    mild = max(min_size, size * 0.9)
    for wraps in range(free + 1):  # as few wrapped lines as can be, each a little smaller
        for candidate in _sizes(size, mild):
            flowed = _flow(block, candidate, room, wraps)
            if all(width(line, candidate) <= room for line in flowed):
                return [(line, candidate) for line in flowed]
    for candidate in _sizes(size, min_size):
        flowed = _flow(block, candidate, room, free)
        if all(width(line, candidate) <= room for line in flowed):
            return [(line, candidate) for line in flowed]
    flowed = _flow(block, min_size, room, free)
    return [(fit(line, min_size, room), min_size) for line in flowed[:max_lines]]


def _sizes(size: float, smallest: float) -> list[float]:
    out = [size]
    while out[-1] - 1 >= smallest:
        out.append(out[-1] - 1)
    return out


def _flow(block: list[str], size: float, room: float, wraps: int) -> list[str]:
    """``block`` with up to ``wraps`` more lines: the widest line too wide continues below."""
    out = list(block)
    for _ in range(wraps):
        wide = [i for i, line in enumerate(out) if width(line, size) > room]
        if not wide:
            break
        i = max(wide, key=lambda j: width(out[j], size))
        head, *tail = wrap(out[i], size, room)
        out[i : i + 1] = [head, " ".join(tail)]
    return out
