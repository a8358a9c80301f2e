"""The one-page KPI summary a manager takes to a meeting: A4 landscape, the headline KPI
tiles over four small charts, in Noto Sans so Vietnamese prints right.

Each tile shows the KPI's name, its value ("—" when there was nothing to count), its
target, its colour as a band and as a word (never colour alone), and the change against
the previous period with an arrow coloured by whether it is better or worse. The whole
table is in the Excel export; this page is the overview.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from datetime import datetime
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.errors import ValidationError
from app.formatting import format_datetime
from app.i18n import t
from app.services.kpis import summary_charts
from app.services.kpis.catalogue import kpi_names
from app.services.kpis.kpi_text import format_change, format_kpi, is_better, status_names
from app.services.kpis.results import Dashboard, KpiValue
from app.slips.fonts import BOLD, register_fonts

# The headline KPIs, two rows of eight: service speed and quality, then volume and sales.
TILE_KEYS = (
    "first_response_median", "resolution_median", "sla_first_response_rate",
    "sla_resolution_rate", "fcr_rate", "repeat_contact_rate", "reopen_rate", "csat_mean",
    "contacts", "complaints_opened", "complaints_resolved", "backlog_open",
    "inflow_outflow_ratio", "callbacks_on_time_rate", "complaints_per_100_purchases",
    "returns_per_100_purchases",
)  # fmt: skip
PAGE = landscape(A4)
MARGIN, GAP = 28.0, 6.0
PER_ROW, TILE_HEIGHT = 8, 64.0
BANDS = {"green": "#3A9A5B", "amber": "#E0A21E", "red": "#C8474B"}
TINTS = {"green": "#EEF7F0", "amber": "#FDF6E3", "red": "#FBECEC"}
BETTER, WORSE, NEUTRAL = "#2E7D4A", "#B23B3F", "#666666"
INK, MUTED, EMPTY_BAND = "#222222", "#666666", "#BBBBBB"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


def _fit(text: str, font: str, size: float, room: float, smallest: float = 5) -> float:
    """The font size at which `text` fits `room`, down to `smallest`."""
    while size > smallest and stringWidth(text, font, size) > room:
        size -= 0.25
    return size


def _lines(text: str, font: str, size: float, room: float, most: int = 2) -> list[str]:
    """`text` wrapped into at most `most` lines of `room` points; the last one cut short."""
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= room:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    if len(lines) > most:
        lines = lines[: most - 1] + [" ".join(lines[most - 1 :])]
    last = lines[-1] if lines else ""
    while last and stringWidth(last, font, size) > room:
        last = last[:-2] + "…"
    return [*lines[:-1], last] if lines else []


def _arrow(c: Canvas, x: float, y: float, up: bool, colour: str) -> None:
    """A small triangle: Noto Sans has no ▲ ▼ glyphs."""
    path = c.beginPath()
    if up:
        path.moveTo(x, y), path.lineTo(x + 6, y), path.lineTo(x + 3, y + 5)
    else:
        path.moveTo(x, y + 5), path.lineTo(x + 6, y + 5), path.lineTo(x + 3, y)
    path.close()
    c.setFillColor(colors.HexColor(colour))
    c.drawPath(path, stroke=0, fill=1)


def _tile(c: Canvas, x: float, y: float, w: float, kpi: KpiValue, name: str) -> None:
    font, h = register_fonts(), TILE_HEIGHT
    c.setFillColor(colors.HexColor(TINTS.get(kpi.status or "", "#F6F6F6")))
    c.setStrokeColor(colors.HexColor("#D8D8D8"))
    c.rect(x, y, w, h, stroke=1, fill=1)
    c.setFillColor(colors.HexColor(BANDS.get(kpi.status or "", EMPTY_BAND)))
    c.rect(x, y, 4, h, stroke=0, fill=1)
    left, room = x + 8, w - 11
    c.setFillColor(colors.HexColor(INK))
    c.setFont(font, 6.8)
    for i, line in enumerate(_lines(name, font, 6.8, room)):
        c.drawString(left, y + h - 10 - i * 8, line)
    value = format_kpi(kpi.key, kpi.value)
    size = _fit(value, BOLD, 15, room, smallest=9)
    c.setFont(BOLD, size)
    c.drawString(left, y + 25, value)
    c.setFillColor(colors.HexColor(MUTED))
    below = []
    if kpi.target is not None:
        below.append(t("Target {value}", value=format_kpi(kpi.key, kpi.target)))
    if kpi.status:
        below.append(status_names()[kpi.status])
    text = " · ".join(below)
    c.setFont(font, _fit(text, font, 6.3, room))
    c.drawString(left, y + 15, text)
    change = format_change(kpi.key, kpi.change)
    if kpi.change is None:
        return
    better = is_better(kpi.key, kpi.change)
    colour = NEUTRAL if better is None else BETTER if better else WORSE
    offset = 0.0
    if change != "±0":
        _arrow(c, left, y + 5, kpi.change > 0, colour)
        offset = 9
    text = t("{change} vs previous period", change=change)
    c.setFillColor(colors.HexColor(colour))
    c.setFont(font, _fit(text, font, 6.3, room - offset))
    c.drawString(left + offset, y + 5, text)


def _heading(c: Canvas, dashboard: Dashboard, store_name: str) -> float:
    """The title block; returns the height it took from the top margin."""
    font, report = register_fonts(), dashboard.report
    width, top = PAGE[0] - 2 * MARGIN, PAGE[1] - MARGIN
    title = t("How the service is doing")
    if store_name:
        title = f"{title} · {_nfc(store_name)}"
    c.setFillColor(colors.HexColor(INK))
    c.setFont(BOLD, _fit(title, BOLD, 15, width * 0.7))
    c.drawString(MARGIN, top - 14, title)
    period = t(
        "Period {period}, compared with {previous}",
        period=report.period.text(),
        previous=report.previous.text(),
    )
    c.setFont(font, 9)
    c.drawString(MARGIN, top - 28, period)
    c.setFillColor(colors.HexColor(MUTED))
    c.setFont(font, 7)
    when = report.computed_at or datetime.now().astimezone()
    c.drawRightString(MARGIN + width, top - 14, t("Computed {when}", when=format_datetime(when)))
    c.drawRightString(
        MARGIN + width,
        top - 28,
        t(
            "Band: green on target, amber close to it, red off target, grey no target or "
            "nothing to count."
        ),
    )
    return 38


def _draw(c: Canvas, dashboard: Dashboard, store_name: str) -> None:
    names, values = kpi_names(), dashboard.report.values
    width = PAGE[0] - 2 * MARGIN
    top = PAGE[1] - MARGIN - _heading(c, dashboard, store_name)
    tile_w = (width - (PER_ROW - 1) * GAP) / PER_ROW
    for i, key in enumerate(TILE_KEYS):
        row, col = divmod(i, PER_ROW)
        x = MARGIN + col * (tile_w + GAP)
        y = top - (row + 1) * TILE_HEIGHT - row * GAP
        _tile(c, x, y, tile_w, values.get(key) or KpiValue(key, None, 0), names[key])
    rows = -(-len(TILE_KEYS) // PER_ROW)
    charts_top = top - rows * (TILE_HEIGHT + GAP) - 2 * GAP
    chart_w = (width - 3 * GAP) / 2
    chart_h = (charts_top - MARGIN - GAP) / 2
    drawings = (
        summary_charts.contacts_chart(dashboard.charts, chart_w, chart_h),
        summary_charts.backlog_chart(dashboard.charts, chart_w, chart_h),
        summary_charts.pareto_chart(dashboard.charts.pareto_category, chart_w, chart_h),
        summary_charts.csat_chart(dashboard.charts, chart_w, chart_h),
    )
    for i, drawing in enumerate(drawings):
        row, col = divmod(i, 2)
        x = MARGIN + col * (chart_w + 3 * GAP)
        y = charts_top - (row + 1) * chart_h - row * GAP
        renderPDF.draw(drawing, c, x, y)


def write_summary_pdf(dashboard: Dashboard, path: str | os.PathLike, store_name: str = "") -> Path:
    """Write the one-page summary of `dashboard` to `path` (written whole or not at all);
    a ValidationError when the folder does not exist."""
    target = Path(path)
    if not target.parent.is_dir():
        raise ValidationError(t("The folder {folder} does not exist.", folder=target.parent))
    if target.is_dir():
        raise ValidationError(
            t("{path} is a folder; give the name of a file to write.", path=target), "path"
        )
    fd, temp = tempfile.mkstemp(prefix=".caredesk-", suffix=".pdf", dir=target.parent)
    os.close(fd)
    try:
        canvas = Canvas(temp, pagesize=PAGE)
        canvas.setTitle(t("KPI summary {period}", period=dashboard.report.period.text()))
        canvas.setAuthor("CareDesk")
        _draw(canvas, dashboard, store_name)
        canvas.showPage()
        canvas.save()
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target
