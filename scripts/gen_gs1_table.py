"""Generate src/packstation/domain/gs1_table.py from the GS1 Barcode Syntax Dictionary.

Source: scripts/gs1/gs1-syntax-dictionary.txt, a copy of ``gs1-syntax-dictionary.txt`` from
GS1's public repository gs1/gs1-syntax-dictionary (Apache License 2.0, GS1 AISBL; the licence
is beside it). To update: replace that file with a newer release, note its commit in
SOURCE below, run ``python scripts/gen_gs1_table.py``, and run tests/domain/test_gs1.py.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DICTIONARY = ROOT / "scripts" / "gs1" / "gs1-syntax-dictionary.txt"
TARGET = ROOT / "src" / "packstation" / "domain" / "gs1_table.py"
SOURCE = "gs1/gs1-syntax-dictionary @ ff2eb4bfc8f647aa3244626bdb875165d067a3e6 (2026-07-27)"

# "N14,csum", "X..20", "[X..17]" or "[N3],iso3166" (optional, with a linter)
_COMPONENT = re.compile(r"^(\[)?([NXYZ])(\.\.)?(\d+)\]?((?:,\w+)*)$")
Component = tuple[str, int, int, bool, tuple[str, ...]]


def _ais(spec: str) -> list[str]:
    if "-" not in spec:
        return [spec]
    first, last = spec.split("-")
    return [f"{n:0{len(first)}d}" for n in range(int(first), int(last) + 1)]


def _component(token: str) -> Component | None:
    match = _COMPONENT.match(token)
    if match is None:
        return None
    opening, cset, variable, size, linters = match.groups()
    maximum = int(size)
    return (
        cset,
        1 if variable else maximum,
        maximum,
        bool(opening),
        tuple(name for name in linters.split(",") if name),
    )


def parse(text: str) -> dict[str, tuple[str, bool, tuple[Component, ...]]]:
    """AI → (title, predefined length, components)."""
    table: dict[str, tuple[str, bool, tuple[Component, ...]]] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        body, _, title = line.partition("#")
        tokens = body.split()
        ais = tokens.pop(0)
        predefined = False
        if tokens and not tokens[0][0].isalpha() and not tokens[0].startswith("["):
            predefined = "*" in tokens.pop(0)
        components: list[Component] = []
        for token in tokens:
            component = _component(token)
            if component is None:
                break  # attributes (req=, ex=, dlpkey…) follow the components
            components.append(component)
        if not components:
            raise SystemExit(f"no components in: {raw}")
        for ai in _ais(ais):
            table[ai] = (title.strip(), predefined, tuple(components))
    return table


def render(table: dict[str, tuple[str, bool, tuple[Component, ...]]]) -> str:
    """The Python module's text."""
    lines = [
        '"""The GS1 Application Identifier table (generated: do not edit).',
        "",
        f"From the GS1 Barcode Syntax Dictionary, {SOURCE},",
        "Apache License 2.0, GS1 AISBL. Regenerate with scripts/gen_gs1_table.py.",
        "",
        "AI → (title, predefined length (no separator needed), components); a component is",
        "(character set N/X/Y/Z, minimum length, maximum length, optional, linters).",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "Component = tuple[str, int, int, bool, tuple[str, ...]]",
        "",
        "AIS: dict[str, tuple[str, bool, tuple[Component, ...]]] = {",
    ]
    for ai, (title, predefined, components) in table.items():
        lines.append(f"    {ai!r}: ({title!r}, {predefined}, {components!r}),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    table = parse(DICTIONARY.read_text(encoding="utf-8"))
    TARGET.write_text(render(table), encoding="utf-8")
    print(f"{len(table)} AIs written to {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
