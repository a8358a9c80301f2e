"""provinces of 2025 and wards

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 09:00:00

Addresses have two levels since 1 July 2025 (ward or commune, then one of 34 provinces
and cities): customers.district gives way to customers.ward, and province names written
the old way (63 provinces, or spellings such as "TP.HCM", "Bình Dương", "Daklak") become
today's names in customers and stores.

Nothing is lost: a district moves into the address (its last part), and a province this
revision does not recognise is left as it was. One UPDATE covers every customer that
changes (not one statement per row), so a million customers take seconds.
"""

import re
import unicodedata

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# A frozen copy of app.provinces as of this revision (Resolution 202/2025/QH15): today's
# name -> the matching keys of every spelling that means it (its own, the old provinces
# it took in, common short forms). Frozen so that this revision does the same thing
# whatever later versions of the app do to their table.
_KEYS = {
    "An Giang": ("angiang", "kiengiang"),
    "Bắc Ninh": ("bacninh", "bacgiang"),
    "Cà Mau": ("camau", "baclieu"),
    "Cao Bằng": ("caobang",),
    "Cần Thơ": ("cantho", "soctrang", "haugiang"),
    "Đà Nẵng": ("danang", "quangnam"),
    "Đắk Lắk": ("daklak", "phuyen", "daclac", "daklac", "daclak"),
    "Điện Biên": ("dienbien",),
    "Đồng Nai": ("dongnai", "binhphuoc"),
    "Đồng Tháp": ("dongthap", "tiengiang"),
    "Gia Lai": ("gialai", "binhdinh"),
    "Hà Nội": ("hanoi", "hn"),
    "Hà Tĩnh": ("hatinh",),
    "Hải Phòng": ("haiphong", "haiduong"),
    "TP. Hồ Chí Minh": (
        "hochiminh", "binhduong", "bariavungtau", "hcm", "tphcm", "hcmc", "saigon", "sg",
        "brvt", "vungtau", "baria",
    ),
    "Huế": ("hue", "thuathienhue", "tthue"),
    "Hưng Yên": ("hungyen", "thaibinh"),
    "Khánh Hòa": ("khanhhoa", "ninhthuan"),
    "Lai Châu": ("laichau",),
    "Lạng Sơn": ("langson",),
    "Lào Cai": ("laocai", "yenbai"),
    "Lâm Đồng": ("lamdong", "daknong", "binhthuan", "dacnong"),
    "Nghệ An": ("nghean",),
    "Ninh Bình": ("ninhbinh", "hanam", "namdinh"),
    "Phú Thọ": ("phutho", "vinhphuc", "hoabinh"),
    "Quảng Ngãi": ("quangngai", "kontum"),
    "Quảng Ninh": ("quangninh",),
    "Quảng Trị": ("quangtri", "quangbinh"),
    "Sơn La": ("sonla",),
    "Tây Ninh": ("tayninh", "longan"),
    "Thái Nguyên": ("thainguyen", "backan"),
    "Thanh Hóa": ("thanhhoa",),
    "Tuyên Quang": ("tuyenquang", "hagiang"),
    "Vĩnh Long": ("vinhlong", "bentre", "travinh"),
}
_NEW_NAME = {key: name for name, keys in _KEYS.items() for key in keys}
# Words around a name that do not change the place ("Tỉnh", "Thành phố", "TP.", "T.";
# "City", "Province" after it).
_PREFIXES = (("thanh", "pho"), ("tinh",), ("tp",), ("t",))
_SUFFIXES = (("city",), ("province",))
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")
_D = str.maketrans({"đ": "d", "ð": "d"})

ADDRESS_MAX = 400
# What a district that does not fit in the address is kept under, in the notes.
_DISTRICT_NOTE = "Quận/huyện (trước 7/2025): "


def _key(text):
    """Accent-, case-, spacing- and punctuation-free, without the administrative words."""
    folded = unicodedata.normalize("NFD", unicodedata.normalize("NFC", text).casefold())
    plain = "".join(c for c in folded if unicodedata.category(c) != "Mn").translate(_D)
    words = _NOT_LETTERS.sub(" ", plain).split()
    for prefix in _PREFIXES:
        if tuple(words[: len(prefix)]) == prefix and len(words) > len(prefix):
            words = words[len(prefix):]
            break
    for suffix in _SUFFIXES:
        if tuple(words[-len(suffix):]) == suffix and len(words) > len(suffix):
            words = words[: -len(suffix)]
            break
    return "".join(words)


def _renames(conn, table):
    """Old value -> today's name, for each distinct value of the table that needs one."""
    values = conn.execute(sa.select(table.c.province).distinct()).scalars().all()
    renames = {}
    for value in values:
        new = _NEW_NAME.get(_key(value or ""))
        if new is not None and new != value:
            renames[value] = new
    return renames


def _renamed(column, renames):
    return sa.case(renames, value=column, else_=column) if renames else column


def _map_store_provinces(conn):
    stores = sa.table("stores", sa.column("province", sa.String))
    renames = _renames(conn, stores)
    conn.execute(
        sa.update(stores).where(stores.c.province.in_(list(renames)))
        .values(province=_renamed(stores.c.province, renames))
    )


def _update_customers(conn):
    """Provinces renamed and districts moved in one pass: each row is written once at
    most (a row costs a new version and an entry in every index on PostgreSQL)."""
    c = sa.table(
        "customers", sa.column("province", sa.String), sa.column("address", sa.String),
        sa.column("district", sa.String), sa.column("notes", sa.Text),
    )
    renames = _renames(conn, c)
    find = sa.func.instr if conn.dialect.name == "sqlite" else sa.func.strpos
    pending = sa.and_(c.c.district != "", find(c.c.address, c.c.district) == 0)
    fits = sa.func.length(c.c.address) + 2 + sa.func.length(c.c.district) <= ADDRESS_MAX
    moved = sa.case((c.c.address == "", c.c.district), else_=c.c.address + ", " + c.c.district)
    # The rare address already too long to take it keeps the district in the notes.
    noted = sa.case(
        (c.c.notes == "", _DISTRICT_NOTE + c.c.district),
        else_=c.c.notes + "\n" + _DISTRICT_NOTE + c.c.district,
    )
    conn.execute(
        sa.update(c)
        .where(sa.or_(c.c.province.in_(list(renames)), pending))
        .values(
            province=_renamed(c.c.province, renames),
            address=sa.case((sa.and_(pending, fits), moved), else_=c.c.address),
            notes=sa.case((sa.and_(pending, sa.not_(fits)), noted), else_=c.c.notes),
        )
    )


def upgrade() -> None:
    conn = op.get_bind()
    _update_customers(conn)
    _map_store_provinces(conn)
    op.add_column(
        'customers',
        sa.Column('ward', sa.String(length=100), server_default='', nullable=False),
    )
    # Not batch_alter_table: on SQLite that rebuilds the table, which foreign keys (on
    # while migrating) refuse for a table other rows point at. SQLite 3.35+ drops a column
    # in place, keeping the indexes.
    op.drop_column('customers', 'district')


def downgrade() -> None:
    # The district comes back empty: the upgrade moved it into the address, where it stays.
    op.add_column(
        'customers',
        sa.Column('district', sa.String(length=100), server_default='', nullable=False),
    )
    op.drop_column('customers', 'ward')
