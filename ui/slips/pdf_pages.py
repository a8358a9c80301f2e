"""A slip's PDF as pictures: pages for the preview, and pages painted onto a printer.

PySide6's wheels carry no QtPdf, so pages are rasterised with pypdfium2 (PDFium, the
engine Chrome prints with) into QImages. Printing paints each page at the printer's own
resolution (capped, so an A5 page at 1200 dpi does not need 280 MB), at its true
physical size, shrunk only when the paper is smaller than the slip.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

POINTS_PER_INCH = 72.0
# Above this a thermal or laser printer gains nothing visible and memory grows fast.
MAX_PRINT_DPI = 600


class PrintFailed(Exception):  # noqa: N818 - it names what happened to the paper
    """The printer would not take the pages (could not start, or stopped midway)."""


def _document(pdf: bytes) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(pdf)


def page_sizes(pdf: bytes) -> list[QSizeF]:
    """Each page's size in points (1/72 inch)."""
    doc = _document(pdf)
    try:
        return [QSizeF(*doc[i].get_size()) for i in range(len(doc))]
    finally:
        doc.close()


def _image(page: pdfium.PdfPage, dpi: float) -> QImage:
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, prefer_bgrx=True, rev_byteorder=True)
    try:
        data = bytes(bitmap.buffer)
        image = QImage(
            data, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
        )
        # QImage only borrows `data`: copy it before the bytes go away.
        return image.copy()
    finally:
        bitmap.close()


def render_pages(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page as an image at `dpi` dots per inch."""
    doc = _document(pdf)
    try:
        return [_image(doc[i], dpi) for i in range(len(doc))]
    finally:
        doc.close()


def suit_printer(printer: QPrinter, pdf: bytes) -> None:
    """Offer the slip's own paper size (A5, an 80 mm roll) when the print dialog opens."""
    sizes = page_sizes(pdf)
    if sizes:
        size = QPageSize(sizes[0], QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        printer.setPageSize(size)
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page of `pdf` onto `printer`; return the number of pages.

    Raises PrintFailed when the printer cannot start or refuses a page: then nothing
    may be counted as printed.
    """
    printer.setFullPage(True)  # the slip carries its own margins
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    doc = _document(pdf)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise PrintFailed("the printer could not be started")
        paper = printer.pageLayout().fullRectPoints()
        scale_to_device = printer.resolution() / POINTS_PER_INCH
        for index in range(len(doc)):
            if index and not printer.newPage():
                raise PrintFailed("the printer refused a new page")
            page = doc[index]
            width, height = page.get_size()
            # True size, unless the paper is smaller: then the whole slip, shrunk.
            fit = min(1.0, paper.width() / width, paper.height() / height)
            target = QRectF(0, 0, width * fit * scale_to_device, height * fit * scale_to_device)
            painter.drawImage(target, _image(page, dpi))
        if not painter.end():
            raise PrintFailed("the printer did not finish the job")
        return len(doc)
    finally:
        if painter.isActive():
            painter.end()
        doc.close()


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder: a file that
    was there stays whole until the new one is complete."""
    target = Path(path)
    fd, temp = tempfile.mkstemp(prefix=".caredesk-", suffix=target.suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
