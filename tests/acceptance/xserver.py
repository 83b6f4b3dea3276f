"""A real X server for the acceptance suite: Xvfb, a window manager, XTest keys, screenshots.

Keys go through XTest, so the application receives them exactly as from a USB keyboard: a
wedge scanner (Shift pressed before each capital, keys 2–8 ms apart) or a person (80–200 ms).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from PIL import Image
from Xlib import XK, X, display
from Xlib.error import XError
from Xlib.ext import xtest

T = TypeVar("T")
GS = "\x1d"
PICK_UP_S = 0.5  # a packer's fastest next unit of the same item
HAND_S = 0.4  # from the last key typed by hand to the scanner's trigger


def wait_for(what: str, probe: Callable[[], T | None], timeout: float = 15.0) -> T:
    """Poll ``probe`` until it returns something truthy; fail with ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.05)


def _need(program: str) -> str:
    path = shutil.which(program)
    if path is None:  # .ci/run installs these; a developer machine needs them too
        raise AssertionError(f"{program} is not installed: apt-get install xvfb openbox")
    return path


class XServer:
    """Xvfb on a free display number, with openbox managing windows and focus."""

    def __init__(self, workdir: Path, size: tuple[int, int] = (1600, 1000)) -> None:
        self.size = size
        read_fd, write_fd = os.pipe()
        with (workdir / "xvfb.log").open("wb") as log:  # the child keeps its own descriptor
            self._xvfb = subprocess.Popen(
                [
                    _need("Xvfb"),
                    "-displayfd",
                    str(write_fd),
                    "-screen",
                    "0",
                    f"{size[0]}x{size[1]}x24",
                    "-nolisten",
                    "tcp",
                    "-noreset",
                ],
                pass_fds=(write_fd,),
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:  # Xvfb writes the display number once it listens
            number = pipe.readline().strip()
        if not number:
            self._xvfb.kill()
            raise AssertionError(f"Xvfb did not start: see {workdir / 'xvfb.log'}")
        self.name = f":{number}"
        self.display = display.Display(self.name)
        self.root = self.display.screen().root
        with (workdir / "openbox.log").open("wb") as log:
            self._wm = subprocess.Popen(
                [_need("openbox"), "--sm-disable"],
                env={**os.environ, "DISPLAY": self.name},
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        check = self.display.intern_atom("_NET_SUPPORTING_WM_CHECK")
        wait_for(
            "the window manager", lambda: self.root.get_full_property(check, X.AnyPropertyType)
        )
        self.keyboard = Keyboard(self.display)

    def close(self) -> None:
        """Stop the window manager and the server."""
        self.display.close()
        for process in (self._wm, self._xvfb):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)

    # Windows -------------------------------------------------------------------------------

    def _prop(self, window: int, name: str) -> object:
        atom = self.display.intern_atom(name)
        try:
            prop = self.display.create_resource_object("window", window).get_full_property(
                atom, X.AnyPropertyType
            )
        except XError:
            return None
        return None if prop is None else prop.value

    def title(self, window: int) -> str:
        """A window's title (``_NET_WM_NAME``, else ``WM_NAME``)."""
        value = self._prop(window, "_NET_WM_NAME") or self._prop(window, "WM_NAME") or b""
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)

    def windows(self, pid: int | None = None) -> list[tuple[int, str]]:
        """Managed top-level windows as ``(id, title)``, optionally only those of ``pid``."""
        clients = self._prop(self.root.id, "_NET_CLIENT_LIST")
        found = []
        for window in list(clients or []):
            owner = self._prop(window, "_NET_WM_PID")
            if pid is None or (owner is not None and pid in list(owner)):
                found.append((window, self.title(window)))
        return found

    def state(self, window: int) -> list[str]:
        """A window's ``_NET_WM_STATE`` atoms by name (e.g. ``_NET_WM_STATE_MAXIMIZED_HORZ``)."""
        atoms = self._prop(window, "_NET_WM_STATE") or []
        return [self.display.get_atom_name(atom) for atom in list(atoms)]

    def set_layout(self, layout: str) -> None:
        """Switch the server's keyboard layout (``us``, ``dk``, ``se``, ``no``, ``fr``)."""
        subprocess.run([_need("setxkbmap"), "-display", self.name, layout], check=True, timeout=20)
        self.display.sync()

    def active_title(self) -> str:
        """The title of the window that has the keyboard focus, per the window manager."""
        self.display.sync()
        active = self._prop(self.root.id, "_NET_ACTIVE_WINDOW")
        window = next(iter(active or []), 0)
        return self.title(window) if window else ""

    def wait_active(self, title: str, timeout: float = 15.0) -> str:
        """Wait until the focused window's title contains ``title``."""
        return wait_for(
            f"the window “{title}” to have focus (now “{self.active_title()}”)",
            lambda: self.active_title() if title in self.active_title() else None,
            timeout,
        )

    def screenshot(self, path: Path) -> Path:
        """The whole screen as a PNG."""
        width, height = self.size
        raw = self.root.get_image(0, 0, width, height, X.ZPixmap, 0xFFFFFFFF)
        Image.frombytes("RGB", (width, height), raw.data, "raw", "BGRX").save(path)
        return path


class Keyboard:
    """Key presses through XTest, as hardware sends them (US layout, like the X server's)."""

    def __init__(self, dpy: display.Display, seed: int = 12) -> None:
        self._display = dpy
        self._random = random.Random(seed)
        self._shift = dpy.keysym_to_keycode(XK.string_to_keysym("Shift_L"))
        self._ctrl = dpy.keysym_to_keycode(XK.string_to_keysym("Control_L"))
        self._last_scan = ("", 0.0)
        self._last_typed = 0.0
        # A scanner sends the keys where a US keyboard has them, whatever the computer's layout
        # says they mean: the key map is read once, while the server still has the US layout.
        self._us_keys = {char: self._lookup(char) for char in map(chr, range(32, 127))}

    def _keycode(self, char: str) -> tuple[int, bool]:
        return self._us_keys.get(char) or self._lookup(char)

    def _lookup(self, char: str) -> tuple[int, bool]:
        named = {"\r": "Return", "\n": "Return", "\t": "Tab", " ": "space", GS: "bracketright"}
        keysym = XK.string_to_keysym(named[char]) if char in named else ord(char)
        code = self._display.keysym_to_keycode(keysym)
        if not code:
            raise ValueError(f"no key types {char!r} on this keyboard map")
        return code, self._display.keycode_to_keysym(code, 0) != keysym

    def _event(self, kind: int, keycode: int, delay_ms: int) -> None:
        # XTest's delay makes the server wait before the event: the gaps are the server's,
        # exact whatever this process is doing, like keys from a real USB device.
        xtest.fake_input(self._display, kind, keycode, time=delay_ms)

    def _tap(self, keycode: int, delay_ms: int, gap: Callable[[], int], *mods: int) -> None:
        """One key ``delay_ms`` after the previous event; modifiers first, as keys of their own."""
        for mod in mods:
            self._event(X.KeyPress, mod, delay_ms)
            delay_ms = gap()
        self._event(X.KeyPress, keycode, delay_ms)
        self._event(X.KeyRelease, keycode, 1)
        for mod in reversed(mods):
            self._event(X.KeyRelease, mod, 1)

    def _type(self, text: str, gap: Callable[[], int], first_ms: int = 0) -> None:
        for index, char in enumerate(text):
            code, shifted = self._keycode(char)
            mods = [self._ctrl] if char == GS else [self._shift] if shifted else []
            self._tap(code, gap() if index else first_ms, gap, *mods)
        self._display.sync()  # returns once the server has handled every key

    def scan(self, code: str) -> None:
        """A USB wedge scanner: Shift before each capital, keys 2–8 ms apart, then Enter.

        The same code again comes no sooner than a packer can pick up the next unit (0.5 s):
        faster repeats are a double trigger, counted once by design.
        """
        since = time.monotonic() - self._last_scan[1]
        wait = PICK_UP_S - since if code == self._last_scan[0] else 0.0
        # …and a person's hand leaves the keyboard before picking up the scanner.
        wait = max(wait, HAND_S - (time.monotonic() - self._last_typed))
        self._type(code + "\r", lambda: self._random.randint(2, 8), max(0, round(wait * 1000)))
        self._last_scan = (code, time.monotonic())

    def type(self, text: str) -> None:
        """A person typing, 80–200 ms between keys (no Enter unless in ``text``)."""
        self._type(text, lambda: self._random.randint(80, 200))
        self._last_typed = time.monotonic()

    def press(self, *names: str) -> None:
        """One key by its X name (``F9``, ``Escape``, ``Down``), with modifiers before it."""
        codes = [self._display.keysym_to_keycode(XK.string_to_keysym(n)) for n in names]
        if not all(codes):
            raise ValueError(f"unknown key name in {names}")
        *mods, key = codes
        self._tap(key, 0, lambda: self._random.randint(80, 150), *mods)
        self._display.sync()


@contextmanager
def x_server(workdir: Path) -> Iterator[XServer]:
    """An X server for the duration of the block."""
    server = XServer(workdir)
    try:
        yield server
    finally:
        server.close()
