"""The import window with Asterisk's Master.csv: no columns to match, straight from the
file as read to the check, then the calls imported and the report."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.models import PbxCall
from ui.imports import ImportWizard
from ui.imports.import_wizard import PREVIEW, REPORT, SOURCE
from ui.imports.preview_model import ERROR_TINT

TIMEOUT = 10_000
ANSWERED = (
    '"","0912345678","19001234","from-pstn","""Khách"" <0912345678>","SIP/viettel-00000001",'
    '"SIP/101-0000001a","Queue","hotline,t,,,300","2026-11-02 08:15:03","2026-11-02 08:15:18",'
    '"2026-11-02 08:17:18",135,120,"ANSWERED","DOCUMENTATION","1793600103.1",""'
)
BAD_OUTCOME = (
    '"","0987654321","19001234","from-pstn","","SIP/viettel-00000002","","Queue","hotline",'
    '"2026-11-02 08:20:00",,"2026-11-02 08:20:40",40,0,"HUNG UP","DOCUMENTATION"'
)


@pytest.fixture
def master(tmp_path) -> Path:
    path = tmp_path / "Master.csv"
    path.write_text(ANSWERED + "\n" + BAD_OUTCOME + "\n", encoding="utf-8")
    return path


def count(db) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(PbxCall))


def test_a_master_csv_from_choice_to_report(qtbot, db, admin, master):
    wizard = ImportWizard(db, admin)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_page.calls_radio.setChecked(True)
    assert wizard.windowTitle() == "Import call records"
    wizard.choose_page.set_path(str(master))
    wizard.next_button.click()
    qtbot.waitUntil(lambda: not wizard.is_reading(), timeout=TIMEOUT)

    source = wizard.source_page
    assert wizard.step() == SOURCE
    assert source.separator_label.text() == "comma (,)"
    assert source.header_label.text() == "none: every line is a call, in Asterisk's own columns"
    assert [source.model.cell(0, c) for c in (1, 9)] == ["src", "start"]
    assert source.model.cell(1, 1) == "0912345678"

    wizard.next_button.click()  # no Columns step: the check starts at once
    qtbot.waitUntil(lambda: wizard.plan() is not None, timeout=TIMEOUT)
    assert wizard.step() == PREVIEW
    preview = wizard.preview_page
    assert preview.summary_label.text() == "2 rows: 1 to import, 0 skipped, 1 with errors"
    model = preview.model
    assert model.columns()[2:] == (
        "caller",
        "dialled",
        "queue",
        "extension",
        "started_at",
        "answered_at",
        "ended_at",
        "duration",
        "talk_seconds",
        "disposition",
        "unique_id",
    )
    assert [model.text(0, k) for k in ("action", "queue", "extension", "started_at")] == [
        "New",
        "hotline",
        "101",
        "02/11/2026 08:15",
    ]
    outcome = model.index(1, model.columns().index("disposition"))
    assert outcome.data() == "HUNG UP"
    assert outcome.data(Qt.ItemDataRole.BackgroundRole).color().name() == ERROR_TINT
    assert "ANSWERED, NO ANSWER, BUSY" in outcome.data(Qt.ItemDataRole.ToolTipRole)

    wizard.back_button.click()  # back to the file as read, its columns being fixed
    assert wizard.step() == SOURCE
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.plan() is not None, timeout=TIMEOUT)

    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT) as done:
        wizard.next_button.click()
    assert wizard.step() == REPORT
    assert (done.args[0].created, done.args[0].skipped) == (1, 1)
    assert wizard.report_page.counts_label.text() == "Created: 1    Skipped: 1"
    assert count(db) == 1
