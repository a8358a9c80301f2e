"""`python main.py slip KIND NUMBER -o FILE.pdf`: a slip from a terminal, on both databases."""

from __future__ import annotations

import io
import json

from pypdf import PdfReader
from sqlalchemy import func, select

from app.models import Slip, SlipPrint
from app.slips import COPY_MARK
from tests.pdf_reading import pdf_text


def prints(db) -> list[tuple[str, bool, str]]:
    with db.session_scope() as s:
        return [
            tuple(row)
            for row in s.execute(
                select(Slip.number, SlipPrint.is_copy, SlipPrint.target)
                .join(Slip, Slip.id == SlipPrint.slip_id)
                .order_by(SlipPrint.id)
            )
        ]


def slip_count(db) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(Slip))


def test_a_serial_number_prints_the_warranty_slip_and_its_number_a_copy(
    db, slip_world, cli, tmp_path
):
    first, again = tmp_path / "bao-hanh.pdf", tmp_path / "ban-sao.pdf"
    code, out, err = cli("slip", "warranty", "SN-LG-000123", "-o", str(first))
    assert (code, err) == (0, "")
    assert out.strip() == f"Slip PBH-2026-000001 written to {first}."
    text = pdf_text(first.read_bytes())
    assert "Nguyễn Thị Ánh" in text and "Máy giặt LG Inverter 9 kg" in text
    assert COPY_MARK not in text
    code, out, _ = cli("slip", "warranty", "PBH-2026-000001", "-o", str(again), "--json")
    assert code == 0
    assert json.loads(out) == {
        "number": "PBH-2026-000001",
        "kind": "warranty",
        "copy": True,
        "file": str(again),
        "bytes": again.stat().st_size,
    }
    assert COPY_MARK in pdf_text(again.read_bytes())
    assert slip_count(db) == 1
    assert prints(db) == [("PBH-2026-000001", False, "cli"), ("PBH-2026-000001", True, "cli")]


def test_claim_return_and_complaint_slips_by_their_records_numbers(db, slip_world, cli, tmp_path):
    for kind, number, expected in (
        ("claim", "YC-2026-100001", "PTN-2026-000001"),
        ("return", "yc-2026-100003", "PTH-2026-000001"),
        ("complaint", "KN-2026-100001", "PKN-2026-000001"),
    ):
        path = tmp_path / f"{kind}.pdf"
        code, out, err = cli("slip", kind, number, "-o", str(path), "--layout", "thermal80")
        assert (code, err) == (0, ""), err
        assert expected in out and expected in pdf_text(path.read_bytes())
        width = float(PdfReader(io.BytesIO(path.read_bytes())).pages[0].mediabox.width)
        assert round(width / 72 * 25.4) == 80


def test_an_unknown_number_is_one_line_and_nothing_is_written(db, slip_world, cli, tmp_path):
    path = tmp_path / "x.pdf"
    code, out, err = cli("slip", "warranty", "SN-KHONG-CO", "-o", str(path))
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [err.strip()]
    assert "No warranty slip, serial number or invoice number is SN-KHONG-CO" in err
    assert not path.exists() and slip_count(db) == 0
    code, _, err = cli("slip", "claim", "KN-2026-100001", "-o", str(path), lang="vi")
    assert code == 1 and "Không có yêu cầu hay phiếu nào mang số KN-2026-100001" in err


def test_a_file_that_cannot_be_written_leaves_no_slip_and_no_print(db, slip_world, cli, tmp_path):
    code, _, err = cli(
        "slip", "complaint", "KN-2026-100001", "-o", str(tmp_path / "nowhere" / "x.pdf")
    )
    assert code == 1 and "Cannot write" in err and "Choose another file or folder" in err
    assert slip_count(db) == 0 and prints(db) == []
    # The next try takes the first number: none was used up.
    code, out, _ = cli("slip", "complaint", "KN-2026-100001", "-o", str(tmp_path / "x.pdf"))
    assert code == 0 and "PKN-2026-000001" in out


def test_the_kind_must_be_one_of_the_four(cli, tmp_path):
    code, _, err = cli("slip", "invoice", "HD-1", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "invalid choice" in err
