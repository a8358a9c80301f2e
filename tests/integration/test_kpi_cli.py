"""`python main.py kpi`: the KPIs of a period for a script (JSON), a terminal (a table),
a spreadsheet (Excel, CSV) or a meeting (one PDF page), with one line saying what is
wrong with a bad period or breakdown."""

from __future__ import annotations

import io
import json
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from app.models import Outcome, Role
from app.services.actor import Actor
from app.services.kpis.kpi_report import kpi_report
from app.services.kpis.period import Period
from tests.factories import local_noon, make_customer, make_interaction, make_store, make_user

NOVEMBER = ("--from", "2025-11-01", "--to", "2025-11-30")


def small_shop(db) -> None:
    """Two agents' inbound calls in November 2025 and one call in October.

    An: resolved at first contact (3 Nov), information given (20 Nov): 2 settled of 2.
    Bình: callback needed (10 Nov): 0 of 1; no answer (25 Nov): not a request, still a
    contact. The shop: 2 settled of 3 requests = 66.67 %, 4 contacts. October: 1 contact,
    information given: 1 settled of 1 = 100 %.
    """
    with db.session_scope() as s:
        store = make_store(s)
        an = make_user(s, "an.nguyen", "Nguyễn Văn An", Role.AGENT, store_id=store.id)
        binh = make_user(s, "binh.tran", "Trần Thị Bình", Role.AGENT, store_id=store.id)
        lan = make_customer(s, "Lê Thị Lan").id
        minh = make_customer(s, "Phạm Văn Minh").id
        for customer, agent, day, outcome in (
            (lan, an, date(2025, 11, 3), Outcome.RESOLVED_FIRST_CONTACT),
            (minh, binh, date(2025, 11, 10), Outcome.CALLBACK_NEEDED),
            (lan, an, date(2025, 11, 20), Outcome.INFORMATION_GIVEN),
            (minh, binh, date(2025, 11, 25), Outcome.NO_ANSWER),
            (lan, an, date(2025, 10, 15), Outcome.INFORMATION_GIVEN),
        ):
            make_interaction(
                s,
                customer,
                started_at=local_noon(day),
                outcome=outcome,
                agent_id=agent.id,
                store_id=store.id,
                topic="warranty" if day.day < 15 else "delivery",
            )


def test_json_names_each_kpi_with_value_target_count_and_status(db, cli):
    small_shop(db)
    code, out, err = cli("kpi", *NOVEMBER, "--json")
    assert code == 0, err
    found = json.loads(out)
    assert found["period"] == {"from": "2025-11-01", "to": "2025-11-30"}
    assert found["previous"] == {"from": "2025-10-02", "to": "2025-10-31"}
    assert len(found["kpis"]) == 36 and found["breakdown"] == []
    fcr = found["kpis"]["fcr_rate"]
    assert round(fcr["value"], 2) == 66.67 and fcr["count"] == 3
    # 66.67 % is under the 75 % target but at or above the 65 % amber limit.
    assert (fcr["target"], fcr["amber"], fcr["status"]) == (75, 65, "amber")
    contacts = found["kpis"]["contacts"]
    assert (contacts["value"], contacts["count"], contacts["previous"]) == (4, 4, 1)
    assert contacts["status"] is None  # a volume has no target
    median = found["kpis"]["first_response_median"]
    # No complaint: nothing to count is null, not 0; the 2-hour target is in seconds.
    assert (median["value"], median["count"], median["target"]) == (None, 0, 7200)


def test_json_equals_what_the_dashboard_computes(db, cli):
    small_shop(db)
    code, out, err = cli("kpi", *NOVEMBER, "--by", "agent", "--json")
    assert code == 0, err
    found = json.loads(out)
    with db.session_scope() as s:
        report = kpi_report(
            s, Actor.os_user(), Period(date(2025, 11, 1), date(2025, 11, 30)), "agent"
        )
    for key, v in report.values.items():
        shown = found["kpis"][key]
        assert (shown["value"], shown["count"], shown["status"]) == (v.value, v.count, v.status)
        assert (shown["target"], shown["previous"]) == (v.target, v.previous)
    assert [(r["key"], r["label"]) for r in found["breakdown"]] == [
        (r.key, r.label) for r in report.breakdown
    ]
    for shown, row in zip(found["breakdown"], report.breakdown, strict=True):
        assert {k: (v["value"], v["count"]) for k, v in shown["kpis"].items()} == {
            k: (v.value, v.count) for k, v in row.values.items()
        }
    by_name = {r["label"]: r["kpis"] for r in found["breakdown"]}
    assert by_name["Nguyễn Văn An"]["fcr_rate"]["value"] == 100
    assert by_name["Trần Thị Bình"]["fcr_rate"]["value"] == 0
    assert by_name["Trần Thị Bình"]["contacts"]["value"] == 2


def test_the_table_is_aligned_in_the_readers_language(db, cli):
    small_shop(db)
    code, out, _ = cli("kpi", *NOVEMBER)
    assert code == 0
    line = next(x for x in out.splitlines() if "First-contact resolution" in x)
    assert line.split("First-contact resolution")[1].split() == [
        "66.7", "%", "75.0", "%", "Close", "to", "target", "100.0", "%", "-33.3", "pp", "3",
    ]  # fmt: skip
    header = out.splitlines()[2]
    assert out.splitlines()[4].index("First response, median") == header.index("KPI")
    code, out, _ = cli("kpi", *NOVEMBER, lang="vi")
    assert code == 0 and "66,7 %" in out


def test_a_bad_period_or_breakdown_is_one_line_and_exit_1(db, cli):
    code, out, err = cli("kpi", "--from", "2025-11-30", "--to", "2025-11-01")
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0
    assert "ends (01/11/2025) before it starts (30/11/2025)" in err
    code, _, err = cli("kpi", "--from", "2015-11-30", "--to", "2025-11-30")
    assert code == 1 and "at most 10 years" in err
    code, _, err = cli("kpi", "--from", "2015-12-01", "--to", "2025-11-30", "--json")
    assert code == 0  # ten years less a day is allowed
    code, _, err = cli("kpi", *NOVEMBER, "--by", "region")
    assert code == 1 and "There is no breakdown by “region”" in err
    assert "agent" in err and err.strip().count("\n") == 0


def test_a_date_that_is_not_one_is_a_usage_error(db, cli):
    code, _, err = cli("kpi", "--from", "2025-13-01", "--to", "2025-11-30")
    assert code == 2 and "“2025-13-01” is not a date; write it as 2026-11-30" in err
    code, _, err = cli("kpi", "--from", "01/11/2025", "--to", "2025-11-30")
    assert code == 2 and "“01/11/2025” is not a date" in err
    code, _, err = cli("kpi", *NOVEMBER, "--pdf", "x.pdf", "--by", "agent")
    assert code == 2 and "--by cannot be used with --pdf" in err


def test_files_for_a_spreadsheet_and_a_meeting(db, cli, tmp_path):
    small_shop(db)
    book = tmp_path / "kpi.xlsx"
    code, out, _ = cli("kpi", *NOVEMBER, "--by", "agent", "--xlsx", str(book))
    assert code == 0 and out.strip() == f"Written to {book}."
    assert load_workbook(book).sheetnames == ["KPIs", "Agent"]
    table = tmp_path / "kpi.csv"
    code, out, _ = cli("kpi", *NOVEMBER, "--by", "agent", "--csv", str(table), "--json")
    assert code == 0
    assert json.loads(out)["files"] == [str(table), str(tmp_path / "kpi-agent.csv")]
    summary = tmp_path / "summary.pdf"
    code, out, _ = cli("kpi", *NOVEMBER, "--pdf", str(summary))
    assert code == 0 and out.strip() == f"Written to {summary}."
    pdf = PdfReader(io.BytesIO(summary.read_bytes()))
    assert len(pdf.pages) == 1
    assert "Cửa hàng Hà Nội" in pdf.pages[0].extract_text()  # the only store's name
    code, _, err = cli("kpi", *NOVEMBER, "--xlsx", str(tmp_path / "no" / "kpi.xlsx"))
    assert code == 1 and "does not exist" in err
