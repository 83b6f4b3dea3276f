"""F1 shows the one version; the sound cues live in the data folder, not the temp folder."""

from __future__ import annotations

import tempfile
from pathlib import Path

from packstation import __version__
from packstation.ui.shared.sound import prepare_cues
from packstation.ui.shell.about import about_text


def test_the_about_box_names_the_one_version():
    assert about_text().splitlines()[0] == f"Packstation {__version__}"


def test_sound_cues_are_written_once_in_the_data_folder(tmp_path):
    before = set(Path(tempfile.gettempdir()).glob("packstation-sounds-*"))
    folder = tmp_path / "sounds"
    paths = prepare_cues(folder)
    assert paths and all(p.parent == folder and p.stat().st_size > 44 for p in paths.values())
    written = {p: p.stat().st_mtime_ns for p in paths.values()}
    assert prepare_cues(folder) == paths
    assert {p: p.stat().st_mtime_ns for p in paths.values()} == written  # not rewritten
    assert set(Path(tempfile.gettempdir()).glob("packstation-sounds-*")) == before


def test_an_unwritable_sound_folder_means_the_system_beep(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    assert prepare_cues(blocked / "sounds") == {}
