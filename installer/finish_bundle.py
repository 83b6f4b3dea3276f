"""Add resources/ to a built application folder: templates, fonts, the logo, translations.

``python installer/finish_bundle.py APP_FOLDER`` (Linux and Windows). The .ts translation
sources are compiled to .qm with PySide6's lrelease; resources_dir() and the window's
translations look for resources/ beside the program.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def lrelease() -> list[str]:
    """The lrelease command that comes with PySide6."""
    scripts = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (scripts / name).exists():
            return [str(scripts / name)]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lrelease"]


def finish(app: Path) -> None:
    """Copy the resources into ``app`` and compile the translations."""
    target = app / "resources"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(ROOT / "resources" / "templates", target / "templates")
    shutil.copytree(ROOT / "resources" / "fonts", target / "fonts")  # with their licence
    shutil.copy2(ROOT / "resources" / "demo-logo.png", target)
    (target / "i18n").mkdir()
    for source in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        qm = target / "i18n" / f"{source.stem}.qm"
        subprocess.run([*lrelease(), "-silent", str(source), "-qm", str(qm)], check=True)
        shutil.copy2(source, target / "i18n")  # printed documents read the catalogues themselves
    shutil.copy2(ROOT / "LICENSE", app)


if __name__ == "__main__":
    finish(Path(sys.argv[1]))
