"""Where demo customers live: provinces with their wards, streets and area codes.

Addresses have two levels since 1 July 2025: house number and street, ward (phường) or
commune (xã), province. A province that took in others keeps one area per old province
(TP. Hồ Chí Minh with Bình Dương and Bà Rịa – Vũng Tàu), each with the share of customers,
the streets and the landline area code it had, and the wards that are there now.
"""

from __future__ import annotations

HCMC = "TP. Hồ Chí Minh"

# fmt: off
_GENERIC_STREETS = (
    "Trần Hưng Đạo", "Lê Lợi", "Nguyễn Trãi", "Hai Bà Trưng", "Quang Trung", "Lý Thường Kiệt",
    "Hùng Vương", "Nguyễn Du", "Phan Chu Trinh", "Lê Lai", "Bà Triệu", "Nguyễn Huệ",
)


def _wards(*names: str) -> tuple[str, ...]:
    return tuple(f"Phường {name}" for name in names)


# (province, weight, wards and communes, streets, landline area code or None)
AREAS: tuple[tuple[str, float, tuple[str, ...], tuple[str, ...], str | None], ...] = (
    (HCMC, 28, _wards("Sài Gòn", "Bến Thành", "Tân Định", "Cầu Ông Lãnh", "Xuân Hòa",
     "Bàn Cờ", "Nhiêu Lộc", "Tân Thuận", "Tân Mỹ", "Vườn Lài", "Diên Hồng", "Gia Định",
     "Bình Thạnh", "Thạnh Mỹ Tây", "Gò Vấp", "Hạnh Thông", "Tân Sơn Nhất", "Tân Bình",
     "Bảy Hiền", "Phú Nhuận", "Đức Nhuận", "Cầu Kiệu", "Thủ Đức", "Hiệp Bình", "Linh Xuân",
     "Tăng Nhơn Phú"), ("Nguyễn Huệ", "Lê Lợi", "Cách Mạng Tháng Tám", "Điện Biên Phủ",
     "Nguyễn Thị Minh Khai", "Võ Văn Tần", "Phan Xích Long", "Quang Trung", "Nguyễn Văn Linh",
     "Võ Văn Ngân"), "28"),
    # Bình Dương until 2025.
    (HCMC, 4, _wards("Thủ Dầu Một", "Phú Lợi", "Bình Dương", "Thuận An", "Lái Thiêu",
     "Dĩ An", "Đông Hòa", "Bến Cát"), _GENERIC_STREETS, None),
    # Bà Rịa – Vũng Tàu until 2025.
    (HCMC, 2.5, _wards("Vũng Tàu", "Tam Thắng", "Rạch Dừa", "Phước Thắng", "Bà Rịa",
     "Long Hương", "Phú Mỹ"), _GENERIC_STREETS, None),
    ("Hà Nội", 24, _wards("Hoàn Kiếm", "Cửa Nam", "Ba Đình", "Ngọc Hà", "Giảng Võ", "Đống Đa",
     "Láng", "Ô Chợ Dừa", "Cầu Giấy", "Nghĩa Đô", "Yên Hòa", "Hai Bà Trưng", "Bạch Mai",
     "Thanh Xuân", "Long Biên", "Bồ Đề", "Hà Đông"), ("Kim Mã", "Láng Hạ", "Trần Duy Hưng",
     "Xuân Thủy", "Nguyễn Trãi", "Giải Phóng", "Bạch Mai", "Nguyễn Văn Cừ", "Tây Sơn",
     "Hoàng Quốc Việt"), "24"),
    ("Đà Nẵng", 6, _wards("Hải Châu", "Hòa Cường", "Thanh Khê", "An Khê", "Sơn Trà", "An Hải",
     "Ngũ Hành Sơn", "Liên Chiểu", "Hội An"), ("Nguyễn Văn Linh", "Lê Duẩn", "Hùng Vương",
     "Điện Biên Phủ", "Võ Nguyên Giáp"), None),
    ("Hải Phòng", 5, _wards("Hồng Bàng", "Ngô Quyền", "Gia Viên", "Lê Chân", "An Biên",
     "Hải An", "Kiến An"), ("Lạch Tray", "Văn Cao", "Tô Hiệu", "Lê Lợi", "Trần Nguyên Hãn"),
     None),
    ("Cần Thơ", 4, _wards("Ninh Kiều", "Cái Khế", "Tân An", "An Bình", "Bình Thủy",
     "Cái Răng", "Hưng Phú", "Ô Môn"), ("30 Tháng 4", "Trần Hưng Đạo", "Mậu Thân",
     "Nguyễn Văn Cừ", "Hòa Bình"), None),
    ("Đồng Nai", 4, (*_wards("Biên Hòa", "Trấn Biên", "Tam Hiệp", "Long Bình", "Trảng Dài",
     "Long Khánh"), "Xã Trảng Bom", "Xã Nhơn Trạch"), _GENERIC_STREETS, None),
    ("Khánh Hòa", 2.5, _wards("Nha Trang", "Bắc Nha Trang", "Tây Nha Trang", "Nam Nha Trang",
     "Cam Ranh", "Ninh Hòa"), _GENERIC_STREETS, None),
    ("Huế", 2, _wards("Phú Xuân", "Thuận Hóa", "Vỹ Dạ", "An Cựu", "Kim Long", "Hương Thủy"),
     _GENERIC_STREETS, None),
    ("Nghệ An", 3, (*_wards("Trường Vinh", "Thành Vinh", "Vinh Hưng", "Vinh Phú", "Cửa Lò"),
     "Xã Diễn Châu"), _GENERIC_STREETS, None),
    ("Quảng Ninh", 2.5, _wards("Hạ Long", "Bãi Cháy", "Hồng Gai", "Cẩm Phả", "Uông Bí",
     "Móng Cái 1"), _GENERIC_STREETS, None),
    ("Thanh Hóa", 3, _wards("Hạc Thành", "Hàm Rồng", "Nguyệt Viên", "Sầm Sơn", "Bỉm Sơn"),
     _GENERIC_STREETS, None),
    ("Lâm Đồng", 2, (*_wards("Xuân Hương - Đà Lạt", "Lâm Viên - Đà Lạt", "Cam Ly - Đà Lạt",
     "1 Bảo Lộc", "B'Lao"), "Xã Đức Trọng"), _GENERIC_STREETS, None),
    ("Bắc Ninh", 2.5, _wards("Kinh Bắc", "Võ Cường", "Vũ Ninh", "Từ Sơn", "Đồng Nguyên",
     "Quế Võ"), _GENERIC_STREETS, None),
)
# fmt: on
