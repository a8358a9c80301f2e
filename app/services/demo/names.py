"""Vietnamese personal names and e-mail domains for demo customers.

Weights are rough real-world shares.
"""

from __future__ import annotations

# Surname -> weight (per cent of the population, roughly).
SURNAMES: tuple[tuple[str, float], ...] = (
    ("Nguyễn", 38.0), ("Trần", 11.0), ("Lê", 9.5), ("Phạm", 7.0), ("Hoàng", 4.0),
    ("Huỳnh", 3.5), ("Phan", 4.5), ("Vũ", 3.0), ("Võ", 3.5), ("Đặng", 2.0), ("Bùi", 2.0),
    ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1.0), ("Lý", 0.5), ("Trương", 0.7),
    ("Đinh", 0.5), ("Lâm", 0.4), ("Mai", 0.4),
)  # fmt: skip

MALE_MIDDLE = (
    "Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Công", "Quốc", "Xuân",
    "Gia", "Hoàng", "Mạnh", "Tiến", "Trọng", "Ngọc",
)  # fmt: skip
FEMALE_MIDDLE = (
    "Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Kim", "Thùy",
    "Phương", "Bảo", "Mỹ", "Thị Thu", "Thị Ngọc", "Thị Kim", "Thị Thanh",
)  # fmt: skip
OTHER_MIDDLE = ("Minh", "Thanh", "Ngọc", "Gia")

MALE_GIVEN = (
    "Anh", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy",
    "Khánh", "Khoa", "Long", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang",
    "Sơn", "Tài", "Thắng", "Thành", "Tiến", "Trung", "Tuấn", "Tùng", "Việt", "Vinh",
    "Bảo", "Hưng", "Lâm", "Toàn", "Kiên", "Lộc",
)  # fmt: skip
FEMALE_GIVEN = (
    "Anh", "Châu", "Chi", "Dung", "Đào", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa",
    "Hồng", "Hương", "Huyền", "Lan", "Linh", "Loan", "Ly", "Mai", "My", "Nga", "Ngân",
    "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thơ", "Thủy", "Trang",
    "Trinh", "Tuyết", "Uyên", "Vân", "Vy", "Yến",
)  # fmt: skip
OTHER_GIVEN = ("Anh", "Minh", "Khánh", "Tâm", "Giang", "An")

EMAIL_DOMAINS = (
    ("gmail.com", 70), ("yahoo.com", 10), ("outlook.com", 8), ("hotmail.com", 6),
    ("fpt.vn", 3), ("vnpt.vn", 3),
)  # fmt: skip
