"""A slip payload drawn as a PDF: A5 portrait, or an 80 mm thermal receipt.

Every piece of text is a Paragraph, so long names, addresses and fault descriptions
wrap inside their column instead of running over the next one or off the paper. The
thermal layout is one page as long as its content: the flowables are measured at the
paper's width first and the page is cut to their height.
"""

from __future__ import annotations

import io
import itertools
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.i18n import t
from app.slips import labels
from app.slips.fonts import BOLD, register_fonts
from app.slips.payload import COPY_MARK, LAYOUTS, SlipPayload

# Room under the measured content of a thermal slip: the cutter needs a margin anyway.
_THERMAL_SLACK = 8 * mm
_MEASURE_HEIGHT = 10_000 * mm
# Longer values are printed under their label rather than in the label / value table.
_LONG_VALUE = 400


@dataclass(frozen=True)
class _Geometry:
    page_width: float
    page_height: float  # 0: grows with the content
    margin: float
    font_size: float
    label_width: float  # the label column of the detail tables
    qr_size: float
    signature_space: float


_GEOMETRY = {
    "a5": _Geometry(A5[0], A5[1], 10 * mm, 9, 35 * mm, 20 * mm, 13 * mm),
    "thermal80": _Geometry(80 * mm, 0, 4 * mm, 8, 23 * mm, 22 * mm, 16 * mm),
}


def text(value: str) -> str:
    """User text as paragraph markup: NFC (a decomposed "ễ" prints as one glyph),
    markup characters escaped, line breaks kept."""
    value = unicodedata.normalize("NFC", value or "")
    return "<br/>".join(escape(line) for line in value.strip().splitlines())


class _Styles:
    def __init__(self, g: _Geometry) -> None:
        family = register_fonts()
        size = g.font_size
        self.body = ParagraphStyle(
            "body", fontName=family, fontSize=size, leading=size * 1.22, alignment=TA_LEFT
        )
        self.label = ParagraphStyle("label", parent=self.body, textColor=colors.HexColor("#333"))
        self.value = ParagraphStyle("value", parent=self.body, fontName=BOLD)
        self.long_label = ParagraphStyle(
            "long_label", parent=self.label, spaceBefore=2, keepWithNext=1
        )
        self.long_value = ParagraphStyle(
            "long_value", parent=self.value, leftIndent=4 * mm, spaceAfter=2
        )
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER)
        self.store = ParagraphStyle(
            "store",
            parent=self.body,
            fontName=BOLD,
            fontSize=size + 2.5,
            leading=(size + 2.5) * 1.25,
        )
        self.store_center = ParagraphStyle("store_center", parent=self.store, alignment=TA_CENTER)
        self.title = ParagraphStyle(
            "title",
            parent=self.center,
            fontName=BOLD,
            fontSize=size + 5,
            leading=(size + 5) * 1.25,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.2,
        )
        self.copy = ParagraphStyle(
            "copy",
            parent=self.center,
            fontName=BOLD,
            fontSize=size + 3.5,
            leading=(size + 3.5) * 1.25,
            textColor=colors.HexColor("#b00020"),
        )
        self.heading = ParagraphStyle(
            "heading",
            parent=self.body,
            fontName=BOLD,
            fontSize=size + 0.5,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.2,
            keepWithNext=1,
        )
        self.terms = ParagraphStyle(
            "terms", parent=self.body, fontSize=size - 1, leading=(size - 1) * 1.3
        )
        self.sign = ParagraphStyle("sign", parent=self.center, fontName=BOLD)
        self.small = ParagraphStyle(
            "small", parent=self.center, fontSize=size - 1.5, leading=(size - 1.5) * 1.3
        )


class _QrCode(Flowable):
    """The number as a QR code, drawn as filled squares (no font, no graphics renderer).

    Encoded with mask pattern 0 instead of the best of eight: every mask gives a valid
    code, and trying all eight is a full encoding each time (5 ms a slip in pure Python).
    """

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        self.width = self.height = size
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(value)
        code.version = code.calculate_version()
        code.makeImpl(False, 0)
        self._modules = code.modules
        self._count = code.getModuleCount()

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        # In module units, written as plain PDF operators: a code is a few hundred
        # squares, and formatting each coordinate through the canvas costs more than
        # the rest of the slip.
        border = 2
        squares = []
        for r, row in enumerate(self._modules):
            y = self._count - 1 - r + border
            c = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    squares.append(f"{c + border} {y} {length} 1 re")
                c += length
        self.canv.saveState()
        self.canv.scale(
            self.width / (self._count + 2 * border), self.height / (self._count + 2 * border)
        )
        self.canv.addLiteral("0 g\n" + "\n".join(squares) + "\nf")
        self.canv.restoreState()


def _qr(number: str, size: float) -> _QrCode:
    return _QrCode(number, size)


def _table(rows: list[tuple[str, str]], width: float, g: _Geometry, st: _Styles) -> Table:
    data = [
        [Paragraph(text(label), st.label), Paragraph(text(value), st.value)]
        for label, value in rows
    ]
    table = Table(data, colWidths=[g.label_width, width - g.label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 4),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8c8c8")),
            ]
        )
    )
    return table


def _rows(rows: list[tuple[str, str]], width: float, g: _Geometry, st: _Styles) -> list[Flowable]:
    """Label / value lines; each cell wraps within its column. A table row cannot run
    onto the next page, so a long text (a fault described at length) goes under its
    label as paragraphs of its own, which can."""
    flowables: list[Flowable] = []
    short: list[tuple[str, str]] = []
    for label, value in rows:
        if len(value) <= _LONG_VALUE:
            short.append((label, value))
            continue
        if short:
            flowables.append(_table(short, width, g, st))
            short = []
        flowables.append(Paragraph(text(label), st.long_label))
        flowables.extend(
            Paragraph(text(line), st.long_value) for line in value.splitlines() if line.strip()
        )
    if short:
        flowables.append(_table(short, width, g, st))
    return flowables


def _store_block(p: SlipPayload, st: _Styles, style: ParagraphStyle) -> list[Paragraph]:
    block = []
    if p.store_name:
        block.append(
            Paragraph(text(p.store_name), st.store if style is st.body else st.store_center)
        )
    if p.store_address:
        block.append(Paragraph(text(p.store_address), style))
    if p.store_phone:
        block.append(Paragraph(text(t("Tel. {phone}", phone=p.store_phone)), style))
    return block


def _header(p: SlipPayload, width: float, g: _Geometry, st: _Styles, wide: bool) -> list:
    # The labels outside the f-string: the message extractor reads literal t() calls only.
    number_label, date_label = text(t("Number:")), text(t("Date:"))
    number = Paragraph(
        f"{number_label} <b>{text(p.number)}</b> &nbsp;&nbsp; "
        f"{date_label} <b>{text(p.issued_on)}</b>",
        st.center,
    )
    qr = _qr(p.number, g.qr_size)
    title = Paragraph(text(labels.title(p.kind)), st.title)
    if wide:  # A5: the store on the left, the QR code on the right
        block = _store_block(p, st, st.body) or [Spacer(1, 1)]
        top = Table([[block, qr]], colWidths=[width - g.qr_size - 4 * mm, g.qr_size + 4 * mm])
        top.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ]
            )
        )
        return [top, title, number]
    centered = _store_block(p, st, st.center)
    code = Table([[qr]], colWidths=[width])
    code.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [*centered, title, number, code]


def _copy_banner(width: float, st: _Styles) -> Table:
    banner = Table([[Paragraph(text(COPY_MARK), st.copy)]], colWidths=[width * 0.7])
    banner.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                ("BOX", (0, 0), (-1, -1), 1.4, colors.HexColor("#b00020")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    banner.spaceBefore = 4
    return banner


def _signatures(p: SlipPayload, width: float, g: _Geometry, st: _Styles) -> Table:
    """Customer and staff signature spaces: one table row, so it never splits across pages
    (a name left alone at the top of a second page)."""
    half = width / 2

    def cell(caption: str, name: str) -> list[Flowable]:
        return [
            Paragraph(text(caption), st.sign),
            Spacer(1, g.signature_space),
            Paragraph(text(name), st.center),
        ]

    table = Table(
        [[cell(t("Customer (sign and write full name)"), ""), cell(t("Staff"), p.staff_name)]],
        colWidths=[half, half],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    table.spaceBefore = g.font_size
    return table


def _story(p: SlipPayload, g: _Geometry, st: _Styles) -> list[Flowable]:
    width = g.page_width - 2 * g.margin
    story: list[Flowable] = _header(p, width, g, st, wide=g.page_height > 0)
    if p.copy:
        story.append(_copy_banner(width, st))
    story.append(Paragraph(text(t("Customer")), st.heading))
    story.extend(
        _rows(
            [
                (t("Full name"), p.customer_name),
                (t("Phone"), p.customer_phone),
                (t("Address"), p.customer_address),
            ],
            width,
            g,
            st,
        )
    )
    product = [(t("Product"), p.product), (t("Serial number"), p.serial), (t("Invoice"), p.invoice)]
    product = [(label, value) for label, value in product if value]
    if product:
        story.append(Paragraph(text(t("Product")), st.heading))
        story.extend(_rows(product, width, g, st))
    if p.details:
        story.append(Paragraph(text(labels.details_heading(p.kind)), st.heading))
        story.extend(_rows([(labels.detail_label(k), v) for k, v in p.details], width, g, st))
    if p.terms.strip():
        story.append(Paragraph(text(t("Terms")), st.heading))
        for line in unicodedata.normalize("NFC", p.terms).strip().splitlines():
            story.append(Paragraph(text(line), st.terms) if line.strip() else Spacer(1, 3))
    story.append(_signatures(p, width, g, st))
    return story


def _height_of(story: list[Flowable], width: float) -> float:
    total = 0.0
    scratch = Canvas(io.BytesIO())  # some flowables measure themselves on a canvas
    for flowable in story:
        _, height = flowable.wrapOn(scratch, width, _MEASURE_HEIGHT)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def render_slip(payload: SlipPayload, layout: str = "a5") -> bytes:
    """The slip as PDF bytes, fonts embedded; `layout` is "a5" or "thermal80"."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown slip layout {layout!r}")
    g = _GEOMETRY[layout]
    st = _Styles(g)
    story = _story(payload, g, st)
    width = g.page_width - 2 * g.margin
    height = g.page_height or _height_of(story, width) + 2 * g.margin + _THERMAL_SLACK
    out = io.BytesIO()
    title = f"{labels.title(payload.kind)} {payload.number}"
    doc = BaseDocTemplate(
        out,
        pagesize=(g.page_width, height),
        leftMargin=g.margin,
        rightMargin=g.margin,
        topMargin=g.margin,
        bottomMargin=g.margin,
        title=unicodedata.normalize("NFC", title),
        author=unicodedata.normalize("NFC", payload.store_name),
        creator="CareDesk",
        # Not the canvas's default Helvetica: a font that is not embedded prints differently.
        initialFontName=register_fonts(),
        initialFontSize=g.font_size,
    )
    frame = Frame(
        g.margin,
        g.margin,
        width,
        height - 2 * g.margin,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def later_pages(canvas, document) -> None:
        # A5 slips that run over: each further page names the slip (and says copy).
        if document.page > 1:
            canvas.saveState()
            canvas.setFont(BOLD, g.font_size - 1.5)
            note = t("{number}, page {page}", number=payload.number, page=document.page)
            if payload.copy:
                note = f"{note} · {COPY_MARK}"
            canvas.drawCentredString(g.page_width / 2, g.margin / 2, note)
            canvas.restoreState()

    doc.addPageTemplates([PageTemplate("slip", [frame], onPage=later_pages)])
    doc.build(story)
    return out.getvalue()
