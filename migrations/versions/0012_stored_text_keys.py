"""stored text as kinds and values: reminder title keys, contact summaries

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 17:00:00

Reminders get title_key + title_params and contacts summary_key + summary_params, so the
words are rendered in the reader's language when shown. Existing rows are filled where the
kind and values can be derived from the record itself (the rule, the subject, the key):
the title then reads in either language; a row that cannot be derived keeps showing its
stored text. Follow-up contacts lose their generated first line from the notes (found
through the reminder's audit entry), and the SLA pass's automatic escalation note goes
(its event's kind and data say it all). The downgrade writes the English back.

Self-contained: it names tables with sa.table() and words nothing through app code,
which may change after this revision.
"""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import holidays
import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")  # the rules' local days (app.config.DEFAULT_TIMEZONE)
CHUNK = 2000
ESCALATED_NOTES = (
    "Escalated automatically: the SLA was breached.",
    "Tự động chuyển cấp: đã quá hạn SLA.",
)
FOLLOW_UP_PREFIXES = ("Follow-up “", "Chăm sóc “")
OUTCOMES_EN = {
    "reached": "Reached the customer",
    "no_answer": "No answer",
    "wrong_number": "Wrong number",
    "declined": "The customer declined",
    "in_person": "Done in person",
}

reminders = sa.table(
    "reminders",
    sa.column("id", sa.Integer),
    sa.column("unique_key", sa.String),
    sa.column("rule", sa.String),
    sa.column("subject_type", sa.String),
    sa.column("subject_id", sa.Integer),
    sa.column("customer_id", sa.Integer),
    sa.column("due_at", sa.DateTime(timezone=True)),
    sa.column("title", sa.String),
    sa.column("outcome", sa.String),
    sa.column("title_key", sa.String),
    sa.column("title_params", sa.JSON),
)
customers = sa.table("customers", sa.column("id", sa.Integer), sa.column("full_name", sa.String))
complaints = sa.table("complaints", sa.column("id", sa.Integer), sa.column("number", sa.String))
products = sa.table("products", sa.column("id", sa.Integer), sa.column("name", sa.String))
purchases = sa.table(
    "purchases",
    sa.column("id", sa.Integer),
    sa.column("product_id", sa.Integer),
    sa.column("warranty_end", sa.Date),
)
interactions = sa.table(
    "interactions",
    sa.column("id", sa.Integer),
    sa.column("phone_e164", sa.String),
    sa.column("notes", sa.Text),
    sa.column("summary_key", sa.String),
    sa.column("summary_params", sa.JSON),
)
audit_entries = sa.table(
    "audit_entries",
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.String),
    sa.column("action", sa.String),
    sa.column("after", sa.JSON),
)
complaint_events = sa.table(
    "complaint_events",
    sa.column("kind", sa.String),
    sa.column("actor_id", sa.Integer),
    sa.column("note", sa.Text),
)


def upgrade() -> None:
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('title_key', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('title_params', sa.JSON(), nullable=True))
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('summary_key', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('summary_params', sa.JSON(), nullable=True))

    conn = op.get_bind()
    _fill_titles(conn)
    _fill_follow_ups(conn)
    conn.execute(
        complaint_events.update()
        .where(
            complaint_events.c.kind == "escalated",
            complaint_events.c.actor_id.is_(None),
            complaint_events.c.note.in_(ESCALATED_NOTES),
        )
        .values(note="")
    )


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(
        complaint_events.update()
        .where(
            complaint_events.c.kind == "escalated",
            complaint_events.c.actor_id.is_(None),
            complaint_events.c.note == "",
        )
        .values(note=ESCALATED_NOTES[0])
    )
    _restore_follow_up_notes(conn)
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_column('summary_params')
        batch_op.drop_column('summary_key')
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.drop_column('title_params')
        batch_op.drop_column('title_key')


# --- reminder titles ------------------------------------------------------------------


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _key_day(unique_key: str) -> date:
    """The day at the end of "<rule>:<subject_type>:<id>:<day>"."""
    return date.fromisoformat(unique_key.rsplit(":", 1)[1])


def _national(e164: str | None) -> str | None:
    """+84912345678 -> 0912345678, as the callback's title named an unknown caller."""
    if not e164 or not e164.startswith("+84"):
        return None
    return "0" + e164[3:]


def _occasions(years: set[int]) -> dict[date, str]:
    """As the holiday rule chose them: 8/3 and 20/10 over an admin's day, Tết over all."""
    found = {}
    for year in years:
        found[date(year, 3, 8)] = "womens_day"
        found[date(year, 10, 20)] = "vietnamese_womens_day"
    calendar = holidays.country_holidays("VN", years=sorted(years), language="en_US")
    found.update({day: "tet" for day, name in calendar.items() if name == "Lunar New Year"})
    return found


def _derived(rule: str, row, values: dict) -> tuple[str, dict] | None:
    """(title_key, title_params) of one old reminder, from its subject's `values`."""
    if rule in ("post_purchase", "warranty_ending"):
        if values.get("product") is None:
            return None
        if rule == "post_purchase":
            return rule, {"product": values["product"]}
        if values.get("warranty_end") is None:
            return None
        return rule, {"product": values["product"], "date": values["warranty_end"].isoformat()}
    if rule in ("post_resolution", "sla"):
        if values.get("number") is None:
            return None
        if rule == "post_resolution":
            return rule, {"number": values["number"]}
        state = row.unique_key.split(":")[1]  # sla:<at_risk|breached>:<target>:complaint:<id>
        if state not in ("at_risk", "breached"):
            return None
        return f"sla_{state}", {"number": values["number"]}
    if rule == "callback":
        who = values.get("name") or _national(values.get("phone"))
        return (rule, {"who": who}) if who else None
    name = values.get("name")
    if name is None:
        return None
    if rule == "birthday":
        return rule, {"name": name}
    day = _key_day(row.unique_key)
    if rule == "inactive":  # due 08:00 local, the rule's number of days after the spell began
        days = (_utc(row.due_at).astimezone(ZONE).date() - day).days
        # A key dated on the due day itself (as older demo data wrote them) says nothing
        # of the spell: those keep their stored words rather than read "0 days".
        return (rule, {"days": days, "name": name}) if days > 0 else None
    if rule == "holiday":
        occasion = values["occasions"].get(day, "greeting_day")
        return rule, {"occasion": occasion, "day": day.isoformat(), "name": name}
    return None


def _by_id(conn, query, column, ids: list[int]) -> list:
    """`query`'s rows for `ids`, asked a chunk at a time (bound parameters are limited)."""
    rows = []
    for start in range(0, len(ids), CHUNK):
        rows += conn.execute(query.where(column.in_(ids[start : start + CHUNK]))).all()
    return rows


def _subjects(conn, rule: str, ids: list[int]) -> dict[int, dict]:
    """What each reminder's title named, by the reminder's subject id."""
    if rule in ("post_purchase", "warranty_ending"):
        query = sa.select(purchases.c.id, products.c.name, purchases.c.warranty_end).join(
            products, products.c.id == purchases.c.product_id
        )
        rows = _by_id(conn, query, purchases.c.id, ids)
        return {i: {"product": name, "warranty_end": end} for i, name, end in rows}
    if rule in ("post_resolution", "sla"):
        query = sa.select(complaints.c.id, complaints.c.number)
        return {i: {"number": n} for i, n in _by_id(conn, query, complaints.c.id, ids)}
    if rule == "callback":
        query = sa.select(interactions.c.id, interactions.c.phone_e164)
        return {i: {"phone": p} for i, p in _by_id(conn, query, interactions.c.id, ids)}
    query = sa.select(customers.c.id, customers.c.full_name)
    return {i: {"name": n} for i, n in _by_id(conn, query, customers.c.id, ids)}


_SUBJECT_TYPES = {
    "post_purchase": "purchase",
    "warranty_ending": "purchase",
    "post_resolution": "complaint",
    "sla": "complaint",
    "callback": "interaction",
    "birthday": "customer",
    "inactive": "customer",
    "holiday": "customer",
}


def _fill_titles(conn) -> None:
    write = (
        reminders.update()
        .where(reminders.c.id == sa.bindparam("rid"))
        .values(title_key=sa.bindparam("key"), title_params=sa.bindparam("params", type_=sa.JSON))
    )
    for rule, subject_type in _SUBJECT_TYPES.items():
        rows = conn.execute(
            sa.select(
                reminders.c.id,
                reminders.c.unique_key,
                reminders.c.subject_id,
                reminders.c.customer_id,
                reminders.c.due_at,
            ).where(
                reminders.c.rule == rule,
                reminders.c.subject_type == subject_type,
                reminders.c.subject_id.is_not(None),
                reminders.c.title_key.is_(None),
            )
        ).all()
        if not rows:
            continue
        subjects = _subjects(conn, rule, sorted({r.subject_id for r in rows}))
        names = {}
        if rule == "callback":  # a known customer is named; the number only for a stranger
            query = sa.select(customers.c.id, customers.c.full_name)
            known = sorted({r.customer_id for r in rows if r.customer_id is not None})
            names = dict(_by_id(conn, query, customers.c.id, known))
        occasions = _occasions({_key_day(r.unique_key).year for r in rows}) if rule == "holiday" else {}
        updates = []
        for row in rows:
            values = dict(subjects.get(row.subject_id, {}))
            if rule == "callback":
                values["name"] = names.get(row.customer_id)
            values["occasions"] = occasions
            try:
                derived = _derived(rule, row, values)
            except (ValueError, IndexError):  # a key not in the rule's form: keep the text
                derived = None
            if derived is not None:
                updates.append({"rid": row.id, "key": derived[0], "params": derived[1]})
        for start in range(0, len(updates), CHUNK):
            conn.execute(write, updates[start : start + CHUNK])


# --- follow-up contacts ---------------------------------------------------------------


def _fill_follow_ups(conn) -> None:
    """A completed reminder's audit entry names the contact it logged; that contact's
    first line was the generated "Follow-up “<title>”: <outcome>"."""
    logged = {}
    for entity_id, after in conn.execute(
        sa.select(audit_entries.c.entity_id, audit_entries.c.after).where(
            audit_entries.c.entity == "reminder", audit_entries.c.action == "complete"
        )
    ):
        if isinstance(after, dict) and after.get("interaction_id") and entity_id.isdigit():
            logged[int(after["interaction_id"])] = (int(entity_id), after.get("outcome"))
    if not logged:
        return
    write = (
        interactions.update()
        .where(interactions.c.id == sa.bindparam("iid"))
        .values(
            notes=sa.bindparam("new_notes"),
            summary_key="follow_up",
            summary_params=sa.bindparam("params", type_=sa.JSON),
        )
    )
    ids = sorted(logged)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        notes = dict(
            conn.execute(
                sa.select(interactions.c.id, interactions.c.notes).where(interactions.c.id.in_(chunk))
            ).all()
        )
        wanted = {logged[i][0] for i in chunk}
        titles = {
            r.id: r
            for r in conn.execute(
                sa.select(
                    reminders.c.id,
                    reminders.c.title,
                    reminders.c.title_key,
                    reminders.c.title_params,
                    reminders.c.outcome,
                ).where(reminders.c.id.in_(wanted))
            )
        }
        updates = []
        for iid in chunk:
            reminder_id, outcome = logged[iid]
            reminder, text = titles.get(reminder_id), notes.get(iid)
            if reminder is None or text is None or not text.startswith(FOLLOW_UP_PREFIXES):
                continue
            outcome = reminder.outcome or outcome
            if outcome not in OUTCOMES_EN:
                continue
            params = {
                "title_key": reminder.title_key,
                "title_params": reminder.title_params,
                "title": reminder.title,
                "outcome": outcome,
            }
            rest = text.split("\n", 1)[1] if "\n" in text else ""
            updates.append({"iid": iid, "new_notes": rest.strip(), "params": params})
        if updates:
            conn.execute(write, updates)


def _restore_follow_up_notes(conn) -> None:
    rows = conn.execute(
        sa.select(interactions.c.id, interactions.c.notes, interactions.c.summary_params).where(
            interactions.c.summary_key == "follow_up"
        )
    ).all()
    write = (
        interactions.update()
        .where(interactions.c.id == sa.bindparam("iid"))
        .values(notes=sa.bindparam("new_notes"))
    )
    updates = []
    for iid, notes, params in rows:
        params = params if isinstance(params, dict) else {}
        outcome = str(params.get("outcome", ""))
        summary = "Follow-up “{title}”: {outcome}".format(
            title=params.get("title", ""), outcome=OUTCOMES_EN.get(outcome, outcome)
        )
        updates.append({"iid": iid, "new_notes": f"{summary}\n{notes or ''}".strip()})
    for start in range(0, len(updates), CHUNK):
        conn.execute(write, updates[start : start + CHUNK])
