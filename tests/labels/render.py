"""Independent renderers for tests: zpl-renderer-js (Node) for ZPL, pdftoppm for PDF."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

ZPL_TOOL = Path(__file__).resolve().parents[2] / "tools" / "zpl-render"


def _require(condition: bool, why: str) -> None:
    if not condition:
        pytest.skip(why)


def render_zpl(zpl: bytes, tmp_path: Path, dpi: int = 203) -> list[Image.Image]:
    """Render 4×6 in ZPL labels to images with zpl-renderer-js."""
    _require(shutil.which("node") is not None, "node is not installed (.ci/run installs it)")
    _require(
        (ZPL_TOOL / "node_modules" / "zpl-renderer-js").exists(),
        "zpl-renderer-js missing: run `npm ci --prefix tools/zpl-render` (.ci/run does)",
    )
    dots_per_mm = 8 if dpi == 203 else 12
    result = subprocess.run(
        [
            "node",
            str(ZPL_TOOL / "render.mjs"),
            str(tmp_path / f"zpl{dpi}"),
            "101.6",
            "152.4",
            str(dots_per_mm),
        ],
        input=zpl,
        capture_output=True,
        timeout=120,
        check=True,
    )
    # Read each page into memory, so no file handle outlives the call.
    return [
        Image.open(io.BytesIO(Path(path).read_bytes())) for path in result.stdout.decode().split()
    ]


def render_pdf(pdf: bytes, tmp_path: Path, dpi: int = 200) -> list[Image.Image]:
    """Render PDF pages to images with pdftoppm (poppler-utils)."""
    _require(
        shutil.which("pdftoppm") is not None, "pdftoppm missing (.ci/run installs poppler-utils)"
    )
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(source), str(tmp_path / "page")],
        check=True,
        timeout=120,
    )
    return [Image.open(io.BytesIO(p.read_bytes())) for p in sorted(tmp_path.glob("page*.png"))]
