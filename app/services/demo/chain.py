"""The demo retail chain: its stores, the call centre, which store serves which
province, and the staff. Addresses have the two levels of 2025: street, ward, province.
"""

from __future__ import annotations

# (code, name, province, address, phone). The call centre is last: it has no counter.
STORES: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "HN01",
        "Điện máy Sao Việt - Cầu Giấy",
        "Hà Nội",
        "128 Trần Duy Hưng, Phường Yên Hòa, Hà Nội",
        "024 3556 7788",
    ),
    (
        "HN02",
        "Điện máy Sao Việt - Hà Đông",
        "Hà Nội",
        "245 Quang Trung, Phường Hà Đông, Hà Nội",
        "024 3355 2468",
    ),
    (
        "HCM01",
        "Điện máy Sao Việt - Quận 3",
        "TP. Hồ Chí Minh",
        "312 Cách Mạng Tháng Tám, Phường Nhiêu Lộc, TP. Hồ Chí Minh",
        "028 3930 1122",
    ),
    (
        "HCM02",
        "Điện máy Sao Việt - Thủ Đức",
        "TP. Hồ Chí Minh",
        "88 Võ Văn Ngân, Phường Thủ Đức, TP. Hồ Chí Minh",
        "028 3722 4455",
    ),
    (
        "DN01",
        "Điện máy Sao Việt - Hải Châu",
        "Đà Nẵng",
        "156 Nguyễn Văn Linh, Phường Hải Châu, Đà Nẵng",
        "0236 3822 668",
    ),
    (
        "HP01",
        "Điện máy Sao Việt - Ngô Quyền",
        "Hải Phòng",
        "72 Lạch Tray, Phường Ngô Quyền, Hải Phòng",
        "0225 3736 999",
    ),
    (
        "CT01",
        "Điện máy Sao Việt - Ninh Kiều",
        "Cần Thơ",
        "45 đường 30 Tháng 4, Phường Ninh Kiều, Cần Thơ",
        "0292 3838 777",
    ),
    (
        "TD01",
        "Tổng đài chăm sóc khách hàng Sao Việt",
        "TP. Hồ Chí Minh",
        "20 Cộng Hòa, Phường Tân Sơn Nhất, TP. Hồ Chí Minh",
        "1800 6868",
    ),
)
CALL_CENTRE = "TD01"

# Province -> the counters its customers go to (nearest first).
HOME_STORES: dict[str, tuple[str, ...]] = {
    "TP. Hồ Chí Minh": ("HCM01", "HCM02"),
    "Hà Nội": ("HN01", "HN02"),
    "Đà Nẵng": ("DN01",),
    "Hải Phòng": ("HP01",),
    "Cần Thơ": ("CT01",),
    "Đồng Nai": ("HCM02",),
    "Khánh Hòa": ("HCM01", "DN01"),
    "Huế": ("DN01",),
    "Nghệ An": ("HN02",),
    "Quảng Ninh": ("HP01",),
    "Thanh Hóa": ("HN02",),
    "Lâm Đồng": ("HCM01",),
    "Bắc Ninh": ("HN01",),
}

# (username, full name, role, tier, store code)
USERS: tuple[tuple[str, str, str, int, str], ...] = (
    ("bao.tran", "Trần Quốc Bảo", "admin", 3, "TD01"),
    ("ha.le", "Lê Thị Thu Hà", "supervisor", 3, "TD01"),
    ("tam.dang", "Đặng Thanh Tâm", "supervisor", 2, "TD01"),
    ("hung.nguyen", "Nguyễn Văn Hùng", "supervisor", 2, "HN01"),
    ("tuan.pham", "Phạm Minh Tuấn", "supervisor", 2, "HCM01"),
    ("anh.vo", "Võ Thị Ngọc Ánh", "supervisor", 2, "DN01"),
    ("yen.tran", "Trần Thị Yến", "agent", 1, "TD01"),
    ("khoa.ly", "Lý Minh Khoa", "agent", 1, "TD01"),
    ("trang.do", "Đỗ Thu Trang", "agent", 1, "TD01"),
    ("lan.nguyen", "Nguyễn Thị Lan", "agent", 1, "HN01"),
    ("anh.hoang", "Hoàng Đức Anh", "agent", 1, "HN02"),
    ("mai.bui", "Bùi Thị Mai", "agent", 1, "HCM01"),
    ("phuc.huynh", "Huỳnh Văn Phúc", "agent", 1, "HCM02"),
    ("huy.ngo", "Ngô Quang Huy", "agent", 1, "HP01"),
    ("hanh.duong", "Dương Thị Hạnh", "agent", 1, "CT01"),
    ("long.phan", "Phan Văn Long", "agent", 1, "DN01"),
)
