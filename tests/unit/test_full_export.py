"""A full export: every table to its CSV file with a README, values a program reads back,
in a folder that holds nothing else, complete or not at all."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.errors import ValidationError
from app.models import Base, Channel, Direction
from app.services.exports.full_export import export_all
from tests.factories import make_customer, make_interaction, make_store
from tests.unit.export_reading import Recorder, Stop, csv_table

CALLED = datetime(2026, 11, 19, 16, 30, 5, tzinfo=UTC)  # 23:30:05 in Hà Nội


@pytest.fixture
def shop(db, admin):
    """The first administrator, a store, An (two phones, a tag) and Bình, and one call
    from An whose note a spreadsheet would run as a formula."""
    with db.session_scope() as s:
        hn = make_store(s).id
        an = make_customer(
            s, "Nguyễn Văn An", code="KH02", phones=["0912 345 678", "0987 654 321"], tags=["vip"]
        ).id
        make_customer(s, "Trần Thị Bình", code="KH01", phones=["0903 123 456"])
        make_interaction(
            s,
            an,
            started_at=CALLED,
            channel=Channel.EMAIL,
            direction=Direction.OUTBOUND,
            notes="=1+1",
            store_id=hn,
            script_answers={"hỏi": "có"},
        )
    return {"an": an}


# Rows each table holds in `shop`; every other table is empty.
FILLED = {
    "audit_entries": 1,  # the first administrator's creation
    "users": 1,
    "stores": 1,
    "customers": 2,
    "customer_phones": 3,
    "customer_tags": 1,
    "customer_name_tokens": 6,  # nguyen, van, an; tran, thi, binh
    "interactions": 1,
}


def test_every_table_has_its_file_with_its_rows(db, shop, tmp_path):
    folder = tmp_path / "toan-bo"  # made by the export
    counts = export_all(db, folder)
    tables = sorted(Base.metadata.tables)
    assert counts == {name: FILLED.get(name, 0) for name in tables}
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{name}.csv" for name in tables] + ["README.txt"]
    )
    for name in tables:
        assert len(csv_table(folder / f"{name}.csv")) == 1 + FILLED.get(name, 0)


def test_values_are_written_for_a_program_to_read_back(db, shop, tmp_path):
    export_all(db, tmp_path / "toan-bo")
    calls = csv_table(tmp_path / "toan-bo" / "interactions.csv")
    call = dict(zip(calls[0], calls[1], strict=True))
    assert call["customer_id"] == str(shop["an"])
    assert call["started_at"] == "2026-11-19T16:30:05+00:00"  # UTC, with the offset
    assert (call["channel"], call["direction"]) == ("email", "out")  # stored values
    assert call["notes"] == "'=1+1"  # never run as a formula
    assert call["script_answers"] == '{"hỏi": "có"}'  # JSON text
    assert call["ended_at"] == "" and call["duration_seconds"] == ""  # no value
    customers = csv_table(tmp_path / "toan-bo" / "customers.csv")
    # Key order, whatever the codes: An was added first.
    assert [row[customers[0].index("code")] for row in customers[1:]] == ["KH02", "KH01"]
    assert {row[customers[0].index("marketing_consent")] for row in customers[1:]} == {"0"}
    phones = csv_table(tmp_path / "toan-bo" / "customer_phones.csv")
    assert [row[phones[0].index("is_primary")] for row in phones[1:]] == ["1", "0", "1"]


def test_password_hashes_stay_in_the_database(db, shop, tmp_path):
    export_all(db, tmp_path / "toan-bo")
    header = csv_table(tmp_path / "toan-bo" / "users.csv")[0]
    assert "password_hash" not in header and "username" in header
    assert "users.password_hash" in (tmp_path / "toan-bo" / "README.txt").read_text("utf-8")


def _section(readme: str, file: str) -> dict[str, str]:
    """README's lines about `file`'s columns, by column name (spaces squeezed)."""
    block = readme.split(f"\n{file}: ", 1)[1].split("\n\n", 1)[0].splitlines()[1:]
    return {line.split()[0]: " ".join(line.split()[1:]) for line in block}


def test_the_readme_names_each_file_its_rows_and_its_columns(db, shop, tmp_path):
    export_all(db, tmp_path / "toan-bo")
    readme = (tmp_path / "toan-bo" / "README.txt").read_text(encoding="utf-8")
    assert "customer_phones.csv: 3 rows" in readme and "slips.csv: 0 rows" in readme
    calls = _section(readme, "interactions.csv")
    assert readme.count("interactions.csv: 1 row\n") == 1
    assert calls["id"] == "whole number always filled; key"
    assert calls["customer_id"] == "whole number may be empty; refers to customers.id"
    assert calls["started_at"] == "date and time in UTC (ISO 8601, with the offset) always filled"
    assert calls["channel"].startswith("text, one of: phone, email, chat, social")
    assert calls["script_answers"] == "JSON may be empty"
    assert list(_section(readme, "stores.csv"))[:3] == ["id", "code", "name"]


def test_a_folder_with_other_files_is_refused_and_left_alone(db, shop, tmp_path):
    folder = tmp_path / "tai-lieu"
    folder.mkdir()
    (folder / "bao-cao.docx").write_bytes(b"ban cu")
    with pytest.raises(ValidationError, match=r"holds other files \(bao-cao\.docx\)"):
        export_all(db, folder)
    assert [p.name for p in folder.iterdir()] == ["bao-cao.docx"]


def test_a_previous_full_export_is_replaced(db, shop, tmp_path):
    folder = tmp_path / "toan-bo"
    export_all(db, folder)
    with db.session_scope() as s:
        make_customer(s, "Lê Văn Cường", code="KH03")
    with db.session_scope() as s:  # a session the caller holds works too
        counts = export_all(s, folder)
    assert counts["customers"] == 3
    assert len(csv_table(folder / "customers.csv")) == 4


def test_a_cancelled_export_leaves_the_previous_one_as_it_was(db, shop, tmp_path):
    folder = tmp_path / "toan-bo"
    export_all(db, folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "README.txt"}
    with db.session_scope() as s:
        make_customer(s, "Lê Văn Cường", code="KH03")
    with pytest.raises(Stop):
        export_all(db, folder, control=Recorder(stop_at=5))
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "README.txt"}
    assert after == before  # no hidden folder left, no file half replaced


def test_progress_runs_over_all_the_rows_to_the_end(db, shop, tmp_path):
    control = Recorder()
    export_all(db, tmp_path / "toan-bo", control=control)
    percents = [percent for percent, _ in control.reports]
    assert percents == sorted(percents) and percents[-1] == 100
    assert ("interactions: 1 of 1 row") in [message for _, message in control.reports]


def test_a_file_where_the_folder_should_be_is_refused(db, shop, tmp_path):
    (tmp_path / "toan-bo").write_text("x", encoding="utf-8")
    with pytest.raises(ValidationError, match="is a file, not a folder"):
        export_all(db, tmp_path / "toan-bo")
