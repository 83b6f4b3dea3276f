"""Prepared databases, so hundreds of tests do not each run Alembic and pull 200 demo orders.

Per test process, Alembic migrates one SQLite file, and a station with the demo shop's queue
pulled is built once per station name. A test's station starts on a copy: the same schema and
rows as its own first start would make, in a fraction of the time. Anything unusual (another
database, another shop, files already in the data folder, a disk that refuses the copy) takes
the ordinary path.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

from sqlalchemy import Engine

from packstation.config import Settings
from packstation.services.audit_anchor import ENV_AUDIT_KEY
from packstation.shop.demo.shop import DEFAULT_ORDER_COUNT, DemoShop
from packstation.storage.db import make_engine, sqlite_url
from packstation.storage.migrate import upgrade

# Every demo shop of this test process places its orders before this moment, so the orders
# (and their times) are the same in the prepared database as in each test's shop.
EPOCH = datetime.now(UTC)
DEMO_STATE = "demo-shop.json"
DB_FILE = "packstation.sqlite3"
CHANGES = ("fulfillments", "cancelled", "holds", "progress")  # a demo shop's state beyond orders


def seed_demo_epoch(state_path: Path) -> None:
    """Give a new demo shop this process's epoch (a shop with a state already keeps its own)."""
    if state_path.exists():
        return
    state_path.parent.mkdir(parents=True, exist_ok=True)
    state_path.write_text(json.dumps({"epoch": EPOCH.isoformat()}), encoding="utf-8")


class Templates:
    """The prepared databases of one test process, in a temporary folder of their own."""

    def __init__(self, root: Path | None = None) -> None:
        self._root = root
        self._migrated: Path | None = None
        self._pulled: dict[tuple[str, str, str], Path] = {}

    @property
    def root(self) -> Path:
        """The folder of the prepared files (made on first use, removed when the process ends)."""
        if self._root is None:
            self._root = Path(tempfile.mkdtemp(prefix="packstation-templates-"))
            atexit.register(shutil.rmtree, self._root, ignore_errors=True)
        return self._root

    # -- a migrated, empty database ---------------------------------------------------------

    def upgrade(self, engine: Engine) -> None:
        """Alembic's upgrade, starting from a copy of a migrated file where the file is new."""
        target = sqlite_file(engine)
        if target is not None and not target.exists() and not wal_of(target).exists():
            copy_file(self.migrated(), target)
        upgrade(engine)

    def migrated(self) -> Path:
        """A SQLite file that Alembic brought to the newest revision (made on first use)."""
        if self._migrated is None:
            path = self.root / "migrated" / DB_FILE
            engine = make_engine(sqlite_url(path))
            try:
                upgrade(engine)
            finally:
                engine.dispose()
            self._migrated = path
        return self._migrated

    # -- a station with the demo shop's queue pulled ----------------------------------------

    def prepare_pulled(self, settings: Settings, shop: object) -> bool:
        """Fill ``settings.data_dir`` as a first start and pull from ``shop`` would; False
        (nothing done) where the copy would not be exactly that."""
        data = settings.data_dir
        if settings.db_url or not fresh_demo_shop(shop) or (data / DB_FILE).exists():
            return False
        key = (settings.station_name, settings.user, os.environ.get(ENV_AUDIT_KEY, ""))
        template = self._pulled.get(key)
        if template is None:
            template = self._build_pulled(settings, len(self._pulled))
            self._pulled[key] = template
        try:
            data.mkdir(parents=True, exist_ok=True)
            for path in template.iterdir():
                if path.is_file() and path.name != DEMO_STATE:
                    shutil.copy2(path, data / path.name)
        except OSError:
            for path in template.iterdir():
                (data / path.name).unlink(missing_ok=True)
            return False
        return True

    def _build_pulled(self, settings: Settings, number: int) -> Path:
        from packstation.app import build_station  # the composition root, as the tests use it

        data = self.root / f"pulled-{number}"
        seed_demo_epoch(data / DEMO_STATE)
        shop = DemoShop(data / DEMO_STATE, cancel_after=None)
        built = build_station(replace(settings, data_dir=data), connector=shop)
        try:
            built.puller.pull()
        finally:
            built.close()
        return data


def fresh_demo_shop(shop: object) -> bool:
    """A demo shop with this process's orders, as it starts: nothing fulfilled, held, cancelled
    or reported, and online (the prepared database holds exactly that shop's queue)."""
    return (
        type(shop) is DemoShop
        and shop.online
        and getattr(shop, "_epoch", None) == EPOCH
        and len(getattr(shop, "_order_ids", ())) == DEFAULT_ORDER_COUNT
        and not any(getattr(shop, f"_{part}", None) for part in CHANGES)
    )


def sqlite_file(engine: Engine) -> Path | None:
    """The file of a SQLite engine (None for another database or one in memory)."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    return Path(database)


def wal_of(path: Path) -> Path:
    """SQLite's write-ahead log beside a database file."""
    return path.with_name(path.name + "-wal")


def copy_file(source: Path, target: Path) -> None:
    """Copy whole or not at all: a full or read-only disk leaves no partial file behind."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".template-")
    except OSError:
        return
    os.close(handle)
    try:
        shutil.copyfile(source, temporary)
        os.chmod(temporary, 0o644)  # as SQLite creates it (mkstemp made it 0600)
        os.replace(temporary, target)
    except OSError:
        Path(temporary).unlink(missing_ok=True)


TEMPLATES = Templates()  # this test process's prepared databases


def prepare_pulled(settings: Settings, shop: object) -> bool:
    """Fill a new station's data folder as its first start and pull would (see Templates)."""
    return TEMPLATES.prepare_pulled(settings, shop)


def prepare_demo_folder(data_dir: Path, env: dict[str, str]) -> bool:
    """A data folder for ``packstation --demo`` as its first start leaves it, queue pulled,
    for the application started with the environment ``env`` (the real-window suite)."""
    from packstation.config import load_settings

    with mock.patch.dict(os.environ, env):
        settings = load_settings(demo=True, data_dir=data_dir)
        seed_demo_epoch(settings.demo_shop_state)
        shop = DemoShop(settings.demo_shop_state, cancel_after=None)
        return prepare_pulled(settings, shop)
