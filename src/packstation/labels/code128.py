"""Code 128: one encoding shared by the ZPL, PDF and PNG renderers, so they print alike.

The value is split into code set B and code set C runs with the fewest symbols, as a Zebra
printer's automatic mode (``^BC…,A``) does, so the printer draws the bars the PDF and the
preview draw. A value with ">" (an invocation character in ZPL) is all code set B, printed in
mode N with ">" written "><".
"""

from __future__ import annotations

STOP = "1100011101011"
START = {"B": 104, "C": 105}
SWITCH = {"B": 100, "C": 99}  # "Code B" / "Code C" symbols


def printable_ascii(value: str) -> str:
    """Only what code set B can carry: printable ASCII, anything else becomes "?"."""
    return "".join(ch if 32 <= ord(ch) < 127 else "?" for ch in value)


def segments(value: str) -> list[tuple[str, str]]:
    """``value`` as (code set, text) runs with the fewest symbols (set B unless C is shorter)."""
    text = printable_ascii(value)
    n = len(text)
    if n == 0 or ">" in text:
        return [("B", text)]
    infinity = 10**9
    # cost[i][s]: fewest symbols for text[i:] when code set s is active at i
    cost = [{"B": 0, "C": 0} if i == n else {"B": infinity, "C": infinity} for i in range(n + 1)]
    step: list[dict[str, tuple[str, int]]] = [{} for _ in range(n)]
    for i in range(n - 1, -1, -1):
        for active in ("B", "C"):
            options: list[tuple[int, str, int]] = []
            if active == "B":
                options.append((1 + cost[i + 1]["B"], "B", i + 1))
            elif text[i : i + 2].isdigit() and len(text[i : i + 2]) == 2:
                options.append((1 + cost[i + 2]["C"], "C", i + 2))
            other = "C" if active == "B" else "B"
            if other == "B":
                options.append((2 + cost[i + 1]["B"], "B", i + 1))
            elif text[i : i + 2].isdigit() and len(text[i : i + 2]) == 2:
                options.append((2 + cost[i + 2]["C"], "C", i + 2))
            if options:
                best = min(options, key=lambda o: (o[0], o[1] != "B"))
                cost[i][active] = best[0]
                step[i][active] = (best[1], best[2])
    first_c = text[:2].isdigit() and len(text) >= 2 and cost[0]["C"] < cost[0]["B"]
    active = "C" if first_c else "B"
    runs: list[tuple[str, str]] = []
    i = 0
    while i < n:
        chosen, nxt = step[i][active]
        if runs and runs[-1][0] == chosen:
            runs[-1] = (chosen, runs[-1][1] + text[i:nxt])
        else:
            runs.append((chosen, text[i:nxt]))
        active, i = chosen, nxt
    return runs


def symbols(value: str) -> list[int]:
    """The symbol values: start, data (with code set switches), check symbol."""
    runs = segments(value)
    out = [START[runs[0][0]]]
    for number, (code_set, text) in enumerate(runs):
        if number:
            out.append(SWITCH[code_set])
        if code_set == "C":
            out.extend(int(text[i : i + 2]) for i in range(0, len(text), 2))
        else:
            out.extend(ord(ch) - 32 for ch in text)
    check = (out[0] + sum(i * v for i, v in enumerate(out[1:], start=1))) % 103
    return [*out, check]


def modules(value: str) -> str:
    """The bar/space pattern of ``value`` as a string of '1' (bar) and '0' (space)."""
    from barcode.charsets.code128 import CODES  # python-barcode's table, read when drawing

    return "".join(CODES[s] for s in symbols(value)) + STOP


def zpl_field(value: str) -> tuple[str, str]:
    """The ``^BC`` mode and field data (before ``^FH`` escaping) that print :func:`modules`."""
    text = printable_ascii(value)
    return ("N", text.replace(">", "><")) if ">" in text else ("A", text)
