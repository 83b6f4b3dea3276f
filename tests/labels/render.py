"""Independent renderers for tests: zpl-renderer-js (Node) for ZPL, pdftoppm for PDF."""

from __future__ import annotations

import atexit
import io
import json
import selectors
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from PIL import Image

ZPL_TOOL = Path(__file__).resolve().parents[2] / "tools" / "zpl-render"


def _require(condition: bool, why: str) -> None:
    if not condition:
        pytest.skip(why)


class _ZplRenderer:
    """One zpl-renderer-js process per test process (``render.mjs --serve``): starting Node
    and its WebAssembly costs about half a second, rendering a label a few milliseconds."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()

    def render(self, zpl: bytes, prefix: Path, dots_per_mm: int) -> list[str]:
        """Paths of the PNG files of each label in ``zpl``."""
        request = {
            "zpl": zpl.decode("utf-8", errors="replace"),  # as the renderer reads its input
            "prefix": str(prefix),
            "width": 101.6,
            "height": 152.4,
            "dpmm": dots_per_mm,
        }
        with self._lock:
            process = self._running()
            assert process.stdin is not None and process.stdout is not None
            process.stdin.write(json.dumps(request) + "\n")
            process.stdin.flush()
            answer = self._read_line(process, timeout=120)
        reply = json.loads(answer)
        if "error" in reply:
            raise RuntimeError(f"zpl-renderer-js: {reply['error']}")
        return list(reply["paths"])

    def _running(self) -> subprocess.Popen[str]:
        if self._process is None or self._process.poll() is not None:
            self._process = subprocess.Popen(
                ["node", str(ZPL_TOOL / "render.mjs"), "--serve"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                encoding="utf-8",
            )
            atexit.register(self.close)
        return self._process

    def _read_line(self, process: subprocess.Popen[str], timeout: float) -> str:
        assert process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            if not selector.select(timeout):
                self.close()
                raise TimeoutError(f"zpl-renderer-js gave no answer in {timeout:.0f} s")
        line = process.stdout.readline()
        if not line:
            self.close()
            raise RuntimeError("zpl-renderer-js stopped")
        return line

    def close(self) -> None:
        """Stop the renderer (at exit, or after it failed)."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.kill()
            process.wait(timeout=10)


_RENDERER = _ZplRenderer()


def render_zpl(zpl: bytes, tmp_path: Path, dpi: int = 203) -> list[Image.Image]:
    """Render 4×6 in ZPL labels to images with zpl-renderer-js."""
    _require(shutil.which("node") is not None, "node is not installed (.ci/run installs it)")
    _require(
        (ZPL_TOOL / "node_modules" / "zpl-renderer-js").exists(),
        "zpl-renderer-js missing: run `npm ci --prefix tools/zpl-render` (.ci/run does)",
    )
    paths = _RENDERER.render(zpl, tmp_path / f"zpl{dpi}", 8 if dpi == 203 else 12)
    # Read each page into memory, so no file handle outlives the call.
    return [Image.open(io.BytesIO(Path(path).read_bytes())) for path in paths]


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
