"""What a printed slip holds, read back from the PDF: every kind, both papers.

The text is extracted with pypdf, so a name printed as boxes, with marks split from
their letters, cut off at the edge or left out would not be found.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace

import pytest
from pypdf import PdfReader

from app import i18n
from app.services.slips import slips
from app.slips import COPY_MARK, SlipPayload, render_slip
from tests import scenarios
from tests.pdf_reading import flat, pdf_text
from tests.scenarios import SLIPS_NOW

KINDS = ("warranty", "claim", "return", "complaint")
LAYOUTS = ("a5", "thermal80")
NAME, ADDRESS = "Nguyễn Thị Ánh", "Số 7 ngõ 12 Phố Huế, phường Phạm Đình Hổ, Hai Bà Trưng"
PRODUCT = "Điều hòa Daikin Inverter 1,5 HP FTKB35XVMV"
NFD = "NFD"


def fonts_of(pdf: bytes) -> dict[str, bool]:
    """Each font the PDF uses -> whether its TrueType program is embedded (FontFile2)."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            found[str(font["/BaseFont"])] = (
                descriptor is not None and "/FontFile2" in descriptor.get_object()
            )
    return found


def pages_of(pdf: bytes) -> list:
    return list(PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("form", ["NFC", NFD])
def test_the_slip_holds_the_customer_and_product_as_entered(db, admin, kind, layout, form):
    typed = {
        k: unicodedata.normalize(form, v)
        for k, v in {"name": NAME, "address": ADDRESS, "product": PRODUCT}.items()
    }
    with db.session_scope() as s:
        world = scenarios.slip_world(s, **typed)
        view = slips.issue_slip(s, admin, kind, world.subject(kind), now=SLIPS_NOW)
        pdf = slips.render(s, view.id, layout=layout)
        copy = slips.render(s, view.id, copy=True, layout=layout)
    text = pdf_text(pdf)
    # Found exactly as typed, in composed form: "ễ" is one letter, not "e" and two marks.
    for entered in (NAME, ADDRESS, PRODUCT, view.number):
        assert flat(entered) in text
    assert unicodedata.normalize(NFD, NAME) not in text
    fonts = fonts_of(pdf)
    assert fonts and all(fonts.values()), fonts
    # Regular and bold faces of one family: the bold lines print bold.
    assert any("NotoSans-Bold" in name for name in fonts)
    assert any("NotoSans" in name and "Bold" not in name for name in fonts)
    assert COPY_MARK not in text
    assert COPY_MARK in pdf_text(copy)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_long_texts_wrap_and_are_printed_whole(layout):
    address = (
        "Căn hộ 12.07 tầng 12 tòa nhà Sài Gòn Mới, số 123/45/6 đường Nguyễn Thị Minh "
        "Khai, phường Bến Thành, Quận 1, Thành phố Hồ Chí Minh (gọi trước khi giao)"
    )
    fault = " ".join(["Máy kêu to khi vắt, rung lắc mạnh, có mùi khét sau mười phút chạy;"] * 8)
    payload = SlipPayload(
        kind="claim",
        number="PTN-2026-000042",
        issued_on="22/11/2026",
        store_name="Điện máy Tràng Tiền",
        customer_name=NAME,
        customer_phone="0912 345 678",
        customer_address=address,
        product=PRODUCT,
        serial="SN-" + "0123456789" * 4,
        details=(("fault", fault), ("accessories", "Dây nguồn, ống xả, sách hướng dẫn")),
        terms="1. Quý khách vui lòng giữ phiếu.\n2. Ngày hẹn trả là dự kiến.",
    )
    pdf = render_slip(payload, layout)
    text = pdf_text(pdf)
    assert flat(address) in text
    assert flat(fault) in text
    assert "Customer (sign and write full name)" in text  # the signature lines made it too
    pages = pages_of(pdf)
    if layout == "thermal80":
        # One strip of paper, 80 mm wide, as long as the content.
        assert len(pages) == 1
        assert round(float(pages[0].mediabox.width) / 72 * 25.4) == 80
        short = pages_of(render_slip(replace(payload, details=(("fault", "Kêu to"),)), layout))
        assert float(pages[0].mediabox.height) > float(short[0].mediabox.height) + 50


def test_an_a5_slip_that_runs_over_names_itself_on_the_next_page():
    fault = " ".join(["Máy kêu to khi vắt, rung lắc mạnh, có mùi khét sau mười phút chạy;"] * 40)
    payload = SlipPayload(
        kind="claim",
        number="PTN-2026-000043",
        issued_on="22/11/2026",
        customer_name=NAME,
        details=(("fault", fault),),
        copy=True,
    )
    pages = pages_of(render_slip(payload, "a5"))
    assert len(pages) >= 2
    assert flat(fault) in " ".join(" ".join(p.extract_text().split()) for p in pages)
    for n, page in enumerate(pages[1:], start=2):
        assert f"PTN-2026-000043, page {n}" in page.extract_text()
        assert COPY_MARK in page.extract_text()


def test_markup_characters_in_what_was_typed_print_as_typed():
    payload = SlipPayload(
        kind="complaint",
        number="PKN-2026-000001",
        issued_on="22/11/2026",
        customer_name="Công ty A & B <HN>",
        details=(("description", "Giá > 5 triệu & lỗi <màn hình>"),),
    )
    text = pdf_text(render_slip(payload))
    assert "Công ty A & B <HN>" in text and "Giá > 5 triệu & lỗi <màn hình>" in text


def test_labels_follow_the_ui_language():
    payload = SlipPayload(
        kind="warranty",
        number="PBH-2026-000001",
        issued_on="22/11/2026",
        customer_name=NAME,
        details=(("warranty_end", "01/11/2028"),),
    )
    assert "WARRANTY SLIP" in pdf_text(render_slip(payload))
    i18n.set_language("vi")
    text = pdf_text(render_slip(payload, "thermal80"))
    for words in ("PHIẾU BẢO HÀNH", "Bảo hành đến ngày 01/11/2028", "Họ và tên", "Nhân viên"):
        assert words in text


def test_the_payload_survives_being_stored():
    payload = SlipPayload(
        kind="return",
        number="PTH-2026-000001",
        issued_on="22/11/2026",
        details=(("refund", "9.000.000 ₫"),),
        copy=True,
    )
    stored = payload.to_json()
    assert "copy" not in stored  # whether it is a copy is decided at each print
    assert SlipPayload.from_json({**stored, "added_later": 1}) == SlipPayload(
        kind="return",
        number="PTH-2026-000001",
        issued_on="22/11/2026",
        details=(("refund", "9.000.000 ₫"),),
    )
