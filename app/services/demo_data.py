"""Reference tables for the demo data: Vietnamese names, places, products and note texts.

Plain tuples only, so `app.services.demo` can draw from them without touching the
database. Weights are rough real-world shares, enough for lists and reports to look
like a real counter's.
"""

from __future__ import annotations

from app.models import (
    Channel,
    ClaimKind,
    ClaimStatus,
    ComplaintStatus,
    Direction,
    Outcome,
    Severity,
)

IN, OUT = Direction.INBOUND, Direction.OUTBOUND

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

# (code, name, province, address, phone). The call centre is last: it has no counter.
STORES: tuple[tuple[str, str, str, str, str], ...] = (
    ("HN01", "Điện máy Sao Việt - Cầu Giấy", "Hà Nội",
     "128 Trần Duy Hưng, Cầu Giấy, Hà Nội", "024 3556 7788"),
    ("HN02", "Điện máy Sao Việt - Hà Đông", "Hà Nội",
     "245 Quang Trung, Hà Đông, Hà Nội", "024 3355 2468"),
    ("HCM01", "Điện máy Sao Việt - Quận 3", "TP. Hồ Chí Minh",
     "312 Cách Mạng Tháng Tám, Quận 3, TP. Hồ Chí Minh", "028 3930 1122"),
    ("HCM02", "Điện máy Sao Việt - Thủ Đức", "TP. Hồ Chí Minh",
     "88 Võ Văn Ngân, TP. Thủ Đức, TP. Hồ Chí Minh", "028 3722 4455"),
    ("DN01", "Điện máy Sao Việt - Hải Châu", "Đà Nẵng",
     "156 Nguyễn Văn Linh, Hải Châu, Đà Nẵng", "0236 3822 668"),
    ("HP01", "Điện máy Sao Việt - Ngô Quyền", "Hải Phòng",
     "72 Lạch Tray, Ngô Quyền, Hải Phòng", "0225 3736 999"),
    ("CT01", "Điện máy Sao Việt - Ninh Kiều", "Cần Thơ",
     "45 đường 30 Tháng 4, Ninh Kiều, Cần Thơ", "0292 3838 777"),
    ("TD01", "Tổng đài chăm sóc khách hàng Sao Việt", "TP. Hồ Chí Minh",
     "20 Cộng Hòa, Tân Bình, TP. Hồ Chí Minh", "1800 6868"),
)  # fmt: skip
CALL_CENTRE = "TD01"

# Province -> the counters its customers go to (nearest first).
HOME_STORES: dict[str, tuple[str, ...]] = {
    "TP. Hồ Chí Minh": ("HCM01", "HCM02"), "Hà Nội": ("HN01", "HN02"), "Đà Nẵng": ("DN01",),
    "Hải Phòng": ("HP01",), "Cần Thơ": ("CT01",), "Đồng Nai": ("HCM02",),
    "Bình Dương": ("HCM02",), "Khánh Hòa": ("HCM01", "DN01"), "Thừa Thiên Huế": ("DN01",),
    "Nghệ An": ("HN02",), "Quảng Ninh": ("HP01",), "Thanh Hóa": ("HN02",),
    "Lâm Đồng": ("HCM01",), "Bắc Ninh": ("HN01",), "Bà Rịa - Vũng Tàu": ("HCM01", "HCM02"),
}  # fmt: skip

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
)  # fmt: skip

# (sku, name, brand, category, warranty months, return days, list price VND, weight)
PRODUCTS: tuple[tuple[str, str, str, str, int, int, int, int], ...] = (
    ("SS-A55-128", "Samsung Galaxy A55 5G 128GB", "Samsung", "phone", 12, 30, 9_490_000, 6),
    ("SS-S24U-256", "Samsung Galaxy S24 Ultra 256GB", "Samsung", "phone", 12, 30, 29_990_000, 2),
    ("AP-IP15-128", "iPhone 15 128GB", "Apple", "phone", 12, 30, 19_990_000, 5),
    ("AP-IP15PM-256", "iPhone 15 Pro Max 256GB", "Apple", "phone", 12, 30, 30_990_000, 3),
    ("XM-RN13-256", "Xiaomi Redmi Note 13 8GB/256GB", "Xiaomi", "phone", 18, 30, 5_290_000, 6),
    ("OP-RENO11F", "OPPO Reno11 F 5G 256GB", "OPPO", "phone", 12, 30, 8_990_000, 4),
    ("AS-X1504ZA", "Laptop Asus Vivobook 15 X1504ZA i5", "Asus", "laptop", 24, 15, 14_490_000, 3),
    ("DL-INS3530", "Laptop Dell Inspiron 15 3530 i5", "Dell", "laptop", 12, 15, 16_990_000, 2),
    ("AP-MBA13-M2", "MacBook Air 13 M2 8GB/256GB", "Apple", "laptop", 12, 15, 22_990_000, 2),
    ("LN-IPS3-I5", "Laptop Lenovo IdeaPad Slim 3 i5", "Lenovo", "laptop", 24, 15, 13_990_000, 2),
    ("AP-IPAD10-64", "iPad Gen 10 Wi-Fi 64GB", "Apple", "tablet", 12, 30, 8_990_000, 3),
    ("SS-UA55CU8000", "Smart Tivi Samsung 4K 55 inch UA55CU8000", "Samsung", "tv", 24, 15,
     12_900_000, 4),
    ("LG-55UR7550", "Smart Tivi LG 4K 55 inch 55UR7550", "LG", "tv", 24, 15, 11_490_000, 3),
    ("SN-KD65X80L", "Google Tivi Sony 4K 65 inch KD-65X80L", "Sony", "tv", 24, 15,
     22_900_000, 2),
    ("TCL-43P737", "Google Tivi TCL 4K 43 inch 43P737", "TCL", "tv", 24, 15, 6_990_000, 3),
    ("XM-A43PRO", "Tivi Xiaomi A Pro 43 inch", "Xiaomi", "tv", 24, 15, 7_490_000, 2),
    ("PN-NR-BV360", "Tủ lạnh Panasonic Inverter 322 lít NR-BV360QSVN", "Panasonic", "fridge",
     24, 15, 13_490_000, 3),
    ("SS-RT35CG", "Tủ lạnh Samsung Inverter 348 lít RT35CG5544S9SV", "Samsung", "fridge", 24,
     15, 9_990_000, 3),
    ("TSB-GR-RT395", "Tủ lạnh Toshiba Inverter 311 lít GR-RT395WE-PMV", "Toshiba", "fridge",
     24, 15, 8_690_000, 3),
    ("AQ-AQR-T239", "Tủ lạnh Aqua Inverter 189 lít AQR-T239FA", "Aqua", "fridge", 24, 15,
     5_290_000, 3),
    ("LG-GN-D372", "Tủ lạnh LG Inverter 335 lít GN-D372BL", "LG", "fridge", 24, 15,
     10_490_000, 2),
    ("LG-FV1410S4P", "Máy giặt LG Inverter 10 kg FV1410S4P", "LG", "washer", 24, 15,
     9_990_000, 3),
    ("EL-EWF9024", "Máy giặt Electrolux Inverter 9 kg EWF9024P5WB", "Electrolux", "washer",
     24, 15, 8_490_000, 3),
    ("TSB-DUK1150", "Máy giặt Toshiba Inverter 10.5 kg AW-DUK1150HV", "Toshiba", "washer",
     24, 15, 7_290_000, 3),
    ("SS-WW90T634", "Máy giặt Samsung AI Inverter 9 kg WW90T634DLE", "Samsung", "washer", 24,
     15, 10_990_000, 2),
    ("DK-FTKB25", "Máy lạnh Daikin Inverter 1 HP FTKB25WAVMV", "Daikin", "aircon", 12, 7,
     10_290_000, 4),
    ("PN-XU9ZKH", "Máy lạnh Panasonic Inverter 1 HP CU/CS-XU9ZKH-8", "Panasonic", "aircon", 12,
     7, 12_690_000, 3),
    ("LG-V10WIN1", "Máy lạnh LG Inverter 1 HP V10WIN1", "LG", "aircon", 24, 7, 7_990_000, 3),
    ("CS-GC09IS35", "Máy lạnh Casper Inverter 1 HP GC-09IS35", "Casper", "aircon", 36, 7,
     5_490_000, 3),
    ("SH-SHD8955", "Nồi cơm điện tử Sunhouse Mama 1.8 lít SHD8955", "Sunhouse", "kitchen", 12,
     7, 1_290_000, 8),
    ("SH-SHD4062", "Nồi chiên không dầu Sunhouse 6 lít SHD4062", "Sunhouse", "kitchen", 12, 7,
     1_490_000, 8),
    ("PL-HD9252", "Nồi chiên không dầu Philips 4.1 lít HD9252/90", "Philips", "kitchen", 24, 7,
     2_490_000, 5),
    ("SH-SHD5112", "Máy xay sinh tố Sunhouse SHD5112", "Sunhouse", "kitchen", 12, 7, 690_000,
     6),
    ("PN-MX-EX1011", "Máy xay sinh tố Panasonic MX-EX1011WRA", "Panasonic", "kitchen", 12, 7,
     990_000, 4),
    ("SH-SHD1182", "Bình đun siêu tốc Sunhouse 1.8 lít SHD1182", "Sunhouse", "kitchen", 6, 7,
     250_000, 8),
    ("EL-EMM23D22B", "Lò vi sóng Electrolux 23 lít EMM23D22B", "Electrolux", "kitchen", 24, 7,
     2_590_000, 4),
    ("XM-S10", "Robot hút bụi Xiaomi Robot Vacuum S10", "Xiaomi", "home", 12, 7, 5_990_000, 3),
    ("KG-KG50F", "Quạt điều hòa Kangaroo KG50F", "Kangaroo", "home", 12, 7, 3_290_000, 3),
    ("KG-KG10A3", "Máy lọc nước RO Kangaroo 10 lõi KG10A3", "Kangaroo", "home", 24, 7,
     5_990_000, 3),
    ("AR-SL2-20", "Máy nước nóng Ariston 20 lít SL2 20 R", "Ariston", "home", 36, 7,
     3_190_000, 2),
    ("SN-WH1000XM5", "Tai nghe Sony WH-1000XM5", "Sony", "audio", 12, 30, 7_490_000, 2),
    ("AP-AW9-41", "Apple Watch Series 9 GPS 41mm", "Apple", "watch", 12, 30, 9_490_000, 2),
)  # fmt: skip

# Bulky goods are delivered and installed; the warranty runs from delivery.
DELIVERED = frozenset({"tv", "fridge", "washer", "aircon", "home"})

# Serial prefixes, brand-ish like the labels on the boxes.
SERIAL_PREFIX = {
    "Samsung": "SM", "Apple": "AP", "Xiaomi": "XM", "OPPO": "OP", "Asus": "AS", "Dell": "DL",
    "Lenovo": "LN", "LG": "LG", "Sony": "SN", "TCL": "TC", "Panasonic": "PN", "Toshiba": "TS",
    "Aqua": "AQ", "Electrolux": "EL", "Daikin": "DK", "Casper": "CS", "Sunhouse": "SH",
    "Philips": "PH", "Kangaroo": "KG", "Ariston": "AR",
}  # fmt: skip

TAGS = (
    ("thân thiết", 40), ("khách sỉ", 10), ("doanh nghiệp", 12), ("hay khiếu nại", 8),
    ("gọi giờ hành chính", 10), ("chỉ liên hệ qua Zalo", 10), ("người cao tuổi", 10),
)  # fmt: skip

CUSTOMER_NOTES = (
    "Khách lớn tuổi, nói chậm và rõ.", "Chỉ liên hệ qua Zalo, không gọi điện.",
    "Gọi sau 18h, giờ hành chính khách bận.", "Khách doanh nghiệp, xuất hóa đơn công ty.",
    "Giao hàng gọi trước 30 phút.", "Nhà trong hẻm nhỏ, xe tải không vào được.",
)  # fmt: skip

IMPORTANT_DATES = ("Ngày cưới", "Sinh nhật con", "Ngày thành lập công ty", "Sinh nhật vợ/chồng")

# Interaction notes by topic; {product} is the product talked about.
NOTES: dict[str, tuple[str, ...]] = {
    "product_question": (
        "Khách hỏi thông số và giá {product}.",
        "Khách hỏi {product} còn hàng ở cửa hàng gần nhà không.",
        "Tư vấn so sánh {product} với mẫu khác cùng tầm giá.",
        "Khách hỏi chương trình khuyến mãi cho {product}.",
    ),
    "usage_guidance": (
        "Hướng dẫn khách cài đặt và sử dụng {product}.",
        "Khách không kết nối được wifi cho {product}, đã hướng dẫn từng bước.",
        "Hướng dẫn vệ sinh và bảo quản {product}.",
        "Khách hỏi cách cập nhật phần mềm cho {product}.",
    ),
    "warranty": (
        "Khách hỏi thời hạn bảo hành {product}.",
        "Kiểm tra bảo hành {product} theo số serial, báo khách còn hạn.",
        "Khách báo {product} có lỗi, hẹn mang ra cửa hàng kiểm tra.",
        "Khách hỏi tiến độ sửa chữa {product}.",
    ),
    "return": (
        "Khách muốn trả {product} vì không vừa ý, đã giải thích chính sách đổi trả.",
        "Hướng dẫn thủ tục đổi trả {product} trong thời hạn.",
    ),
    "delivery": (
        "Khách hỏi lịch giao hàng {product}.",
        "Giao {product} trễ hẹn, đã liên hệ kho để đẩy nhanh.",
        "Xác nhận lịch giao và lắp đặt {product} với khách.",
    ),
    "billing": (
        "Khách yêu cầu xuất hóa đơn VAT cho công ty.",
        "Khách hỏi về trả góp 0% khi mua {product}.",
        "Kiểm tra lại số tiền khách đã chuyển khoản.",
    ),
    "praise": (
        "Khách khen nhân viên giao hàng lắp đặt nhiệt tình.",
        "Khách cảm ơn vì được hỗ trợ nhanh.",
        "Khách hài lòng với {product}, hứa giới thiệu bạn bè.",
    ),
    "other": (
        "Khách hỏi giờ mở cửa cửa hàng.",
        "Khách cập nhật địa chỉ nhận hàng mới.",
        "Khách hỏi cách tích và đổi điểm thành viên.",
    ),
}
NO_ANSWER_NOTE = "Gọi không nghe máy, sẽ gọi lại sau."
WRONG_NUMBER_NOTE = "Sai số, người nghe không phải khách hàng."
CALLBACK_SUFFIX = " Hẹn gọi lại cho khách."
UNKNOWN_CALLER_NOTES = (
    "Người gọi chưa có trong hệ thống, hỏi giá sản phẩm.",
    "Khách lạ hỏi địa chỉ cửa hàng.",
    "Người gọi không để lại tên, hỏi về bảo hành.",
)

# Complaint category -> (subcategory, description) pairs.
COMPLAINTS: dict[str, tuple[tuple[str, str], ...]] = {
    "product_defect": (
        ("Lỗi sau khi mua", "{product} mới mua được vài ngày đã bị lỗi, khách rất bức xúc."),
        ("Lỗi lặp lại", "{product} đã bảo hành hai lần nhưng vẫn lỗi như cũ."),
    ),
    "delivery": (
        ("Giao trễ", "Giao {product} trễ hai ngày so với hẹn, khách phải nghỉ làm để chờ."),
        ("Hàng móp méo", "{product} giao tới bị móp vỏ hộp và trầy xước."),
    ),
    "installation": (
        ("Lắp đặt sai", "Thợ lắp {product} không đúng kỹ thuật, nước chảy ra sàn."),
        ("Thu thêm phí", "Thợ lắp đặt thu thêm phí vật tư không báo trước."),
    ),
    "billing": (
        ("Sai hóa đơn", "Hóa đơn ghi sai tên công ty và mã số thuế."),
        ("Trừ tiền hai lần", "Thẻ của khách bị trừ tiền hai lần cho một đơn hàng."),
    ),
    "staff_attitude": (
        ("Thái độ nhân viên", "Nhân viên cửa hàng trả lời cộc lốc, không nhiệt tình."),
        ("Hứa không làm", "Nhân viên hẹn gọi lại nhưng không gọi."),
    ),
    "warranty_service": (
        ("Bảo hành chậm", "{product} gửi bảo hành quá ba tuần chưa có kết quả."),
        ("Từ chối bảo hành", "Trung tâm từ chối bảo hành {product} mà không giải thích rõ."),
    ),
    "other": (("Khác", "Khách không hài lòng với chương trình khuyến mãi đã quảng cáo."),),
}
RESOLUTIONS = (
    ("repair", "Đã sửa chữa miễn phí và xin lỗi khách."),
    ("replacement", "Đã đổi sản phẩm mới cho khách."),
    ("refund", "Đã hoàn tiền cho khách theo chính sách."),
    ("compensation", "Tặng phiếu mua hàng và điểm thưởng để xin lỗi khách."),
    ("explanation", "Đã giải thích rõ chính sách, khách đồng ý."),
    ("apology", "Quản lý cửa hàng đã gọi xin lỗi khách."),
)  # fmt: skip

# Product category -> typical faults written on the claim form.
FAULTS: dict[str, tuple[str, ...]] = {
    "phone": ("Máy tự khởi động lại liên tục.", "Màn hình bị sọc xanh.",
              "Pin tụt nhanh, sạc không vào.", "Loa ngoài rè khi gọi."),
    "laptop": ("Laptop không nhận sạc.", "Bàn phím liệt một số phím.",
               "Máy tắt đột ngột khi nóng."),
    "tablet": ("Cảm ứng không nhạy.", "Không lên nguồn."),
    "tv": ("Tivi có tiếng nhưng không lên hình.", "Màn hình xuất hiện điểm chết.",
           "Không kết nối được wifi."),
    "fridge": ("Ngăn mát không lạnh.", "Tủ kêu to khi chạy.", "Đọng nước dưới ngăn rau."),
    "washer": ("Máy giặt không vắt, báo lỗi UE.", "Máy rung lắc mạnh khi vắt.",
               "Không xả nước."),
    "aircon": ("Dàn lạnh chảy nước.", "Không lạnh, dàn nóng không chạy.",
               "Điều khiển không nhận."),
    "kitchen": ("Không lên nguồn.", "Nồi nấu cơm bị sống.", "Có mùi khét khi dùng."),
    "home": ("Máy báo lỗi không chạy.", "Rò nước ở đáy máy.", "Không lên nguồn."),
    "audio": ("Tai nghe bên trái không có tiếng.", "Không kết nối Bluetooth."),
    "watch": ("Đồng hồ không sạc được.", "Màn hình bị hở keo."),
}  # fmt: skip
ACCESSORIES: dict[str, str] = {
    "phone": "Hộp, sạc, cáp USB-C", "laptop": "Sạc", "tablet": "Cáp sạc", "tv": "Điều khiển",
    "fridge": "Không", "washer": "Không", "aircon": "Điều khiển", "kitchen": "Hộp, dây nguồn",
    "home": "Không", "audio": "Hộp, cáp sạc, túi đựng", "watch": "Dây đeo, sạc",
}  # fmt: skip
CONDITIONS = (
    "Còn mới, không trầy xước.", "Trầy xước nhẹ ở cạnh.", "Vỏ móp nhẹ ở góc.",
    "Có vết bẩn, đã vệ sinh sơ bộ.",
)  # fmt: skip
RETURN_REASONS = (
    "Khách đổi ý, sản phẩm còn nguyên hộp.", "Sản phẩm không đúng màu khách đặt.",
    "Khách mua nhầm mẫu.",
)  # fmt: skip
EXCHANGE_REASONS = ("Lỗi phần cứng trong 30 ngày đầu, đổi máy mới theo chính sách 1 đổi 1.",)
REJECTIONS = (
    "Máy bị vào nước, không thuộc diện bảo hành.", "Tem bảo hành bị rách.",
    "Sản phẩm đã qua sử dụng, thiếu phụ kiện.", "Lỗi do người dùng làm rơi vỡ.",
)  # fmt: skip

# ---------------------------------------------------------------- how often things happen

PURCHASES_PER_CUSTOMER = ((0, 20), (1, 35), (2, 25), (3, 12), (4, 8))
CONTACTS_PER_CUSTOMER = ((0, 22), (1, 30), (2, 22), (3, 12), (4, 7), (5, 4), (6, 3))
SATISFACTION = ((1, 4), (2, 6), (3, 15), (4, 30), (5, 45))
CSAT = ((1, 5), (2, 7), (3, 13), (4, 30), (5, 45))
CES = ((1, 3), (2, 4), (3, 6), (4, 12), (5, 20), (6, 30), (7, 25))
# Lifetime spend (VND) from which a customer is in a tier.
TIER_SPEND = ((20_000_000, "silver"), (32_000_000, "gold"), (45_000_000, "vip"))

# Valid mobile prefixes (after the 0), weighted roughly by network size: Viettel,
# VinaPhone, MobiFone, then Vietnamobile and Gmobile.
MOBILE_PREFIXES = (
    [(p, 6) for p in ("86", "96", "97", "98")]
    + [(p, 3) for p in ("32", "33", "34", "35", "36", "37", "38", "39")]
    + [(p, 3) for p in ("88", "91", "94", "81", "82", "83", "84", "85")]
    + [(p, 3) for p in ("90", "93", "70", "76", "77", "78", "79")]
    + [(p, 1) for p in ("92", "56", "58", "59")]
)

CHANNELS = (
    (Channel.PHONE, 50), (Channel.CHAT, 12), (Channel.SOCIAL, 10), (Channel.EMAIL, 8),
    (Channel.SMS, 4), (Channel.STORE_VISIT, 10), (Channel.ON_SITE, 3), (Channel.WEB_FORM, 3),
)  # fmt: skip
OUTBOUND_SHARE = {
    Channel.PHONE: 0.3, Channel.CHAT: 0.05, Channel.SOCIAL: 0.1, Channel.EMAIL: 0.2,
    Channel.SMS: 0.9, Channel.STORE_VISIT: 0.0, Channel.ON_SITE: 1.0, Channel.WEB_FORM: 0.0,
}  # fmt: skip
OUTCOMES = (
    (Outcome.INFORMATION_GIVEN, 42), (Outcome.RESOLVED_FIRST_CONTACT, 35),
    (Outcome.CALLBACK_NEEDED, 10), (Outcome.ESCALATED, 4),
)  # fmt: skip
TOPICS = (
    ("product_question", 20), ("usage_guidance", 18), ("warranty", 20), ("return", 5),
    ("delivery", 12), ("billing", 8), ("praise", 5), ("other", 12),
)  # fmt: skip
# The first interactions made take these, so even a small demo shows every channel,
# both directions and every outcome (complaint_opened comes with each complaint).
INTERACTION_COVER = (
    (Channel.PHONE, OUT, Outcome.NO_ANSWER), (Channel.PHONE, OUT, Outcome.WRONG_NUMBER),
    (Channel.PHONE, IN, Outcome.RESOLVED_FIRST_CONTACT),
    (Channel.EMAIL, IN, Outcome.INFORMATION_GIVEN), (Channel.CHAT, IN, Outcome.CALLBACK_NEEDED),
    (Channel.SOCIAL, IN, Outcome.ESCALATED), (Channel.SMS, OUT, Outcome.INFORMATION_GIVEN),
    (Channel.STORE_VISIT, IN, Outcome.RESOLVED_FIRST_CONTACT),
    (Channel.ON_SITE, OUT, Outcome.RESOLVED_FIRST_CONTACT),
    (Channel.WEB_FORM, IN, Outcome.INFORMATION_GIVEN),
)  # fmt: skip

_S = ComplaintStatus
COMPLAINT_STATUSES = (
    (_S.NEW, 2), (_S.IN_PROGRESS, 4), (_S.WAITING_CUSTOMER, 2), (_S.RESOLVED, 4),
    (_S.CLOSED, 79), (_S.REOPENED, 1), (_S.CANCELLED, 8),
)  # fmt: skip
SEVERITIES = (
    (Severity.LOW, 20),
    (Severity.NORMAL, 50),
    (Severity.HIGH, 22),
    (Severity.CRITICAL, 8),
)
# Hours to first response and to resolution, by severity.
SLA_HOURS = {
    Severity.LOW: (24, 240), Severity.NORMAL: (8, 120),
    Severity.HIGH: (4, 48), Severity.CRITICAL: (2, 24),
}  # fmt: skip
COMPLAINT_CHANNELS = (
    (Channel.PHONE, 45), (Channel.STORE_VISIT, 15), (Channel.EMAIL, 10), (Channel.SOCIAL, 10),
    (Channel.CHAT, 10), (Channel.WEB_FORM, 10),
)  # fmt: skip
COMPLAINT_CATEGORIES = (
    ("product_defect", 30), ("delivery", 15), ("installation", 10), ("warranty_service", 15),
    ("billing", 10), ("staff_attitude", 12), ("other", 8),
)  # fmt: skip
# Categories that are about something bought: they need a purchase to point at.
PRODUCT_CATEGORIES = frozenset({"product_defect", "delivery", "installation", "warranty_service"})
COMPLAINT_NOTES = {
    _S.IN_PROGRESS: "Đã liên hệ khách và tiếp nhận xử lý.",
    _S.WAITING_CUSTOMER: "Chờ khách gửi ảnh, video lỗi.",
    _S.CLOSED: "Khách xác nhận hài lòng, đóng khiếu nại.",
    _S.REOPENED: "Khách báo lỗi tái diễn, mở lại khiếu nại.",
    _S.CANCELLED: "Khách rút khiếu nại.",
}
COMPLAINT_CONTACT_NOTE = "Khách phàn nàn về {product}, đã ghi nhận khiếu nại."
COMPLAINT_RESULT_NOTE = "Gọi báo kết quả xử lý khiếu nại."

_K, _C = ClaimKind, ClaimStatus
CLAIM_PLANS = (
    ((_K.REPAIR, _C.RECEIVED), 3), ((_K.REPAIR, _C.DIAGNOSING), 3),
    ((_K.REPAIR, _C.WAITING_PARTS), 2), ((_K.REPAIR, _C.REPAIRING), 3),
    ((_K.REPAIR, _C.READY), 2), ((_K.REPAIR, _C.RETURNED), 40), ((_K.REPAIR, _C.REJECTED), 6),
    ((_K.EXCHANGE, _C.DIAGNOSING), 1), ((_K.EXCHANGE, _C.EXCHANGED), 10),
    ((_K.EXCHANGE, _C.REJECTED), 2), ((_K.RETURN, _C.RECEIVED), 1),
    ((_K.RETURN, _C.REFUNDED), 12), ((_K.RETURN, _C.REJECTED), 3),
)  # fmt: skip
# The first claims take these: every kind and every status.
CLAIM_COVER = (
    (_K.REPAIR, _C.RECEIVED), (_K.REPAIR, _C.DIAGNOSING), (_K.REPAIR, _C.WAITING_PARTS),
    (_K.REPAIR, _C.REPAIRING), (_K.REPAIR, _C.READY), (_K.REPAIR, _C.RETURNED),
    (_K.REPAIR, _C.REJECTED), (_K.EXCHANGE, _C.EXCHANGED), (_K.RETURN, _C.REFUNDED),
)  # fmt: skip
# Status reached -> (hours after the previous step: min, max; note on the timeline).
CLAIM_STEPS = {
    _C.DIAGNOSING: (2, 48, "Kỹ thuật đang kiểm tra máy."),
    _C.WAITING_PARTS: (24, 96, "Chờ linh kiện từ hãng."),
    _C.REPAIRING: (12, 96, "Đang sửa chữa."),
    _C.READY: (12, 72, "Đã sửa xong, báo khách đến nhận."),
    _C.RETURNED: (4, 96, "Khách đã nhận lại máy."),
    _C.REJECTED: (24, 72, ""),
    _C.EXCHANGED: (2, 48, "Đã đổi máy mới cho khách."),
    _C.REFUNDED: (1, 48, "Đã hoàn tiền cho khách."),
}
CLAIM_WORDS = {_K.REPAIR: "bảo hành", _K.EXCHANGE: "đổi máy", _K.RETURN: "trả hàng"}
CLAIM_CONTACT_NOTE = "Tiếp nhận yêu cầu {what} {product} tại cửa hàng."
CLAIM_READY_NOTE = "Báo khách {product} đã sửa xong, mời đến nhận."

# Reminder titles by rule; {product}, {date} and {name} are filled in.
REMINDER_TITLES = {
    "post_purchase": "Gọi hỏi thăm sau mua hàng: {product}",
    "warranty_ending": "Bảo hành {product} hết hạn ngày {date}",
    "birthday": "Chúc mừng sinh nhật khách hàng {name}",
    "inactive": "Khách lâu không liên hệ: gọi chăm sóc",
    "callback": "Gọi lại cho khách theo hẹn",
    "post_resolution": "Hỏi ý kiến khách sau khi giải quyết khiếu nại",
}
