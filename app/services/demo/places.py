"""Where demo customers live: provinces with their districts, streets and area codes."""

from __future__ import annotations

_GENERIC_STREETS = (
    "Trần Hưng Đạo", "Lê Lợi", "Nguyễn Trãi", "Hai Bà Trưng", "Quang Trung", "Lý Thường Kiệt",
    "Hùng Vương", "Nguyễn Du", "Phan Chu Trinh", "Lê Lai", "Bà Triệu", "Nguyễn Huệ",
)  # fmt: skip

# (province, weight, districts, streets, landline area code or None)
PROVINCES: tuple[tuple[str, float, tuple[str, ...], tuple[str, ...], str | None], ...] = (
    ("TP. Hồ Chí Minh", 28, ("Quận 1", "Quận 3", "Quận 7", "Quận 10", "Bình Thạnh", "Gò Vấp",
     "Tân Bình", "Phú Nhuận", "TP. Thủ Đức"), ("Nguyễn Huệ", "Lê Lợi", "Cách Mạng Tháng Tám",
     "Điện Biên Phủ", "Nguyễn Thị Minh Khai", "Võ Văn Tần", "Phan Xích Long", "Quang Trung",
     "Nguyễn Văn Linh", "Võ Văn Ngân"), "28"),
    ("Hà Nội", 24, ("Ba Đình", "Hoàn Kiếm", "Đống Đa", "Cầu Giấy", "Hai Bà Trưng", "Thanh Xuân",
     "Long Biên", "Hà Đông"), ("Kim Mã", "Láng Hạ", "Trần Duy Hưng", "Xuân Thủy", "Nguyễn Trãi",
     "Giải Phóng", "Bạch Mai", "Nguyễn Văn Cừ", "Tây Sơn", "Hoàng Quốc Việt"), "24"),
    ("Đà Nẵng", 6, ("Hải Châu", "Thanh Khê", "Sơn Trà", "Ngũ Hành Sơn", "Liên Chiểu"),
     ("Nguyễn Văn Linh", "Lê Duẩn", "Hùng Vương", "Điện Biên Phủ", "Võ Nguyên Giáp"), None),
    ("Hải Phòng", 5, ("Lê Chân", "Ngô Quyền", "Hồng Bàng", "Kiến An", "Hải An"),
     ("Lạch Tray", "Văn Cao", "Tô Hiệu", "Lê Lợi", "Trần Nguyên Hãn"), None),
    ("Cần Thơ", 4, ("Ninh Kiều", "Cái Răng", "Bình Thủy", "Ô Môn"),
     ("30 Tháng 4", "Trần Hưng Đạo", "Mậu Thân", "Nguyễn Văn Cừ", "Hòa Bình"), None),
    ("Đồng Nai", 4, ("Biên Hòa", "Long Khánh", "Nhơn Trạch", "Trảng Bom"), _GENERIC_STREETS, None),
    ("Bình Dương", 4, ("Thủ Dầu Một", "Thuận An", "Dĩ An", "Bến Cát"), _GENERIC_STREETS, None),
    ("Khánh Hòa", 2.5, ("Nha Trang", "Cam Ranh", "Ninh Hòa"), _GENERIC_STREETS, None),
    ("Thừa Thiên Huế", 2, ("TP. Huế", "Hương Thủy", "Phú Vang"), _GENERIC_STREETS, None),
    ("Nghệ An", 3, ("TP. Vinh", "Cửa Lò", "Diễn Châu"), _GENERIC_STREETS, None),
    ("Quảng Ninh", 2.5, ("Hạ Long", "Cẩm Phả", "Uông Bí", "Móng Cái"), _GENERIC_STREETS, None),
    ("Thanh Hóa", 3, ("TP. Thanh Hóa", "Sầm Sơn", "Bỉm Sơn"), _GENERIC_STREETS, None),
    ("Lâm Đồng", 2, ("Đà Lạt", "Bảo Lộc", "Đức Trọng"), _GENERIC_STREETS, None),
    ("Bắc Ninh", 2.5, ("TP. Bắc Ninh", "Từ Sơn", "Quế Võ"), _GENERIC_STREETS, None),
    ("Bà Rịa - Vũng Tàu", 2.5, ("Vũng Tàu", "Bà Rịa", "Phú Mỹ"), _GENERIC_STREETS, None),
)  # fmt: skip
