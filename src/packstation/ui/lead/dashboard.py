"""The lead's dashboard: per-packer figures and orders per hour, refreshed live."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.app import Station
from packstation.domain.figures import ShiftFigures
from packstation.services.figures import DEFAULT_SHIFT
from packstation.storage.db import StorageError
from packstation.ui.shared import words
from packstation.ui.shared.sizes import READ_PT, bench_font
from packstation.ui.shared.tasks import ResultPoster

REFRESH_MS = 10_000


class HourlyChart(QWidget):
    """Bars of orders completed per hour, drawn with QPainter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int]] = []
        self.setMinimumHeight(180)

    def show_bars(self, bars: list[tuple[str, int]]) -> None:
        """New bars: (hour label, orders)."""
        self.bars = bars
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """Draw the bars with their counts above and hours below."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        if not self.bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No orders yet"))
            return
        top = max(count for _, count in self.bars) or 1
        slot = min(width / len(self.bars), 90.0)
        chart_height = height - 40
        for index, (label, count) in enumerate(self.bars):
            bar_height = chart_height * count / top
            x = index * slot + slot * 0.15
            rect = QRectF(x, 20 + chart_height - bar_height, slot * 0.7, bar_height)
            painter.fillRect(rect, QColor("#1b7f3b"))
            painter.drawText(
                QRectF(x, rect.top() - 18, slot * 0.7, 16),
                Qt.AlignmentFlag.AlignCenter,
                str(count),
            )
            painter.drawText(
                QRectF(index * slot, height - 18, slot, 16), Qt.AlignmentFlag.AlignCenter, label
            )


class DashboardView(QDialog):
    """Layout of the dashboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shift dashboard"))
        self.resize(1100, 720)
        self.setFont(bench_font(self, READ_PT))  # every child reads at the bench size
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("dashboardSummary")
        layout.addWidget(self.summary)
        self.cutoff = QLabel(self)
        self.cutoff.setObjectName("dashboardCutoff")
        self.cutoff.setStyleSheet(f"font-size: {READ_PT}pt; font-weight: bold;")
        layout.addWidget(self.cutoff)
        self.chart = HourlyChart(self)
        layout.addWidget(self.chart)
        self.table = QTableWidget(0, 8, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setObjectName("packerFigures")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Packer"),
                self.tr("Orders"),
                self.tr("Orders/h"),
                self.tr("Units/h"),
                self.tr("Mis-scans"),
                self.tr("Overrides"),
                self.tr("Avg per order"),
                self.tr("Weight stops"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.saved = QLabel(self)
        self.saved.setObjectName("dashboardSaved")
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.saved)
        buttons = QHBoxLayout()
        self.report_pdf_button = QPushButton(self.tr("Shift report (PDF)"), self)
        self.report_csv_button = QPushButton(self.tr("Shift report (CSV)"), self)
        self.manifest_button = QPushButton(self.tr("Today's carrier manifest"), self)
        for button in (self.report_pdf_button, self.report_csv_button, self.manifest_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)


class DashboardController(QObject):
    """Refreshes the figures every few seconds, on a worker thread."""

    refreshed = Signal(object)
    saved = Signal(bool, str)  # ok, message

    def __init__(self, station: Station, view: DashboardView) -> None:
        super().__init__(view)
        self.station = station
        self.view = view
        self.poster = ResultPoster(self)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dashboard")
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        view.finished.connect(self._stop)
        view.report_pdf_button.clicked.connect(lambda: self.save_report("pdf"))
        view.report_csv_button.clicked.connect(lambda: self.save_report("csv"))
        view.manifest_button.clicked.connect(self.save_manifest)
        self.refresh()

    def _stop(self, _code: int) -> None:
        self._timer.stop()
        self._executor.shutdown(wait=False)

    def refresh(self) -> None:
        """Ask for fresh figures (the query never runs on the GUI thread)."""
        self.poster.run(self._executor, self.station.figures.shift, self._show)

    def _show(self, figures: ShiftFigures | None, error: BaseException | None) -> None:
        if error is not None:
            if not isinstance(error, StorageError):
                raise error
            self.view.summary.setText(self.tr("Figures unavailable: {0}").format(words.said(error)))
            return
        assert figures is not None
        counts = (
            self.tr("%n orders packed", "", sum(p.orders for p in figures.packers)),
            self.tr("%n still open", "", figures.open_orders),
            self.tr("%n waiting to sync", "", figures.sync_backlog),
            self.tr("%n open exceptions", "", figures.exceptions_open),
        )
        last = self.tr("Last %n h", "", round(figures.hours))
        self.view.summary.setText(f"{last}: {' · '.join(counts)}")
        self.view.cutoff.setText(self._cutoff_words(figures))
        self.view.cutoff.setStyleSheet(
            f"font-size: {READ_PT}pt; font-weight: bold;"
            + (" color: #b3261e;" if figures.open_before_cutoff else " color: #1b7f3b;")
        )
        self.view.chart.show_bars(
            [
                (hour.astimezone().strftime("%H:00"), count)
                for hour, count in figures.orders_per_hour
            ]
        )
        table = self.view.table
        table.setRowCount(len(figures.packers))
        for row, packer in enumerate(figures.packers):
            orders_h, units_h = packer.per_hour(figures.hours)
            cells = (
                packer.user,
                str(packer.orders),
                words.number(orders_h),
                words.number(units_h),
                words.percent(packer.mis_scan_rate),
                str(packer.overrides),
                words.minutes(packer.average_seconds_per_order),
                str(packer.weight_stops),
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        self.refreshed.emit(figures)

    def _cutoff_words(self, figures: ShiftFigures) -> str:
        cutoff = figures.cutoff
        if cutoff is None:
            return ""
        at = cutoff.astimezone().strftime("%H:%M")
        minutes = int((cutoff - figures.end).total_seconds() // 60)
        still_open = figures.open_before_cutoff
        if minutes >= 0:
            when = self.tr("Carrier cut-off {0} (in {1} h {2:02d} min)").format(
                at, minutes // 60, minutes % 60
            )
            if not still_open:
                return self.tr("{0}: every order placed before it is packed").format(when)
            return self.tr("{0}: %n orders still open", "", still_open).format(when)
        if not still_open:
            return self.tr("Carrier cut-off {0} passed: every order placed before it left").format(
                at
            )
        return self.tr(
            "Carrier cut-off {0} passed: %n orders missed today's collection", "", still_open
        ).format(at)

    def save_report(self, kind: str) -> None:
        """Save the end-of-shift report (the last 8 hours) into the reports folder."""
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        self._save(
            lambda: self.station.reports.shift_report(DEFAULT_SHIFT.total_seconds() / 3600, kind),
            f"shift-{stamp}.{kind}",
        )

    def save_manifest(self) -> None:
        """Save today's carrier manifest into the reports folder."""
        self._save(
            lambda: self.station.reports.manifest(),
            f"manifest-{datetime.now():%Y-%m-%d}.pdf",
        )

    def _save(self, render: Callable[[], tuple[bytes, int]], name: str) -> None:
        folder = self.station.settings.reports_dir

        def job() -> tuple[Path, int]:
            data, count = render()
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / name
            part = target.with_name(target.name + ".part")
            part.write_bytes(data)
            os.replace(part, target)
            return target, count

        def done(result: tuple[Path, int] | None, error: BaseException | None) -> None:
            if error is not None:
                if not isinstance(error, OSError | StorageError):
                    raise error
                reason = error.strerror if isinstance(error, OSError) else words.said(error)
                message = self.tr("Not saved: {0}").format(reason)
            else:
                assert result is not None
                message = self.tr("Saved {0} (%n shipments)", "", result[1]).format(result[0])
            self.view.saved.setText(message)
            self.saved.emit(error is None, message)

        self.view.saved.setText(self.tr("Saving…"))
        self.poster.run(self._executor, job, done)
