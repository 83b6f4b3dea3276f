"""QR code module matrices (reportlab's encoder), drawn by our PDF and PNG renderers."""

from __future__ import annotations


def qr_matrix(value: str) -> list[list[bool]]:
    """Dark (True) and light modules of a QR code, row by row, without the quiet zone."""
    from reportlab.graphics.barcode import qrencoder  # reportlab, when a code is drawn

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    size = code.getModuleCount()
    return [[bool(code.isDark(row, col)) for col in range(size)] for row in range(size)]
