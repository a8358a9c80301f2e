"""The Vietnamese wording of the demo: tags, notes, complaint and claim descriptions,
a few reminder titles (a complaint's timeline is worded in complaint_texts.py).

`{product}` and the like are filled in where the text is used.
"""

from __future__ import annotations

from app.models import ClaimKind

TAGS = (
    ("thân thiết", 40),
    ("khách sỉ", 10),
    ("doanh nghiệp", 12),
    ("hay khiếu nại", 8),
    ("gọi giờ hành chính", 10),
    ("chỉ liên hệ qua Zalo", 10),
    ("người cao tuổi", 10),
)

CUSTOMER_NOTES = (
    "Khách lớn tuổi, nói chậm và rõ.",
    "Chỉ liên hệ qua Zalo, không gọi điện.",
    "Gọi sau 18h, giờ hành chính khách bận.",
    "Khách doanh nghiệp, xuất hóa đơn công ty.",
    "Giao hàng gọi trước 30 phút.",
    "Nhà trong hẻm nhỏ, xe tải không vào được.",
)

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
CALLBACK_DONE_NOTE = "Gọi lại cho khách như đã hẹn."
REPEAT_NOTE = "Khách liên hệ lại về cùng vấn đề. "
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
# Product category -> typical faults written on the claim form.
FAULTS: dict[str, tuple[str, ...]] = {
    "phone": (
        "Máy tự khởi động lại liên tục.",
        "Màn hình bị sọc xanh.",
        "Pin tụt nhanh, sạc không vào.",
        "Loa ngoài rè khi gọi.",
    ),
    "laptop": (
        "Laptop không nhận sạc.",
        "Bàn phím liệt một số phím.",
        "Máy tắt đột ngột khi nóng.",
    ),
    "tablet": ("Cảm ứng không nhạy.", "Không lên nguồn."),
    "tv": (
        "Tivi có tiếng nhưng không lên hình.",
        "Màn hình xuất hiện điểm chết.",
        "Không kết nối được wifi.",
    ),
    "fridge": ("Ngăn mát không lạnh.", "Tủ kêu to khi chạy.", "Đọng nước dưới ngăn rau."),
    "washer": ("Máy giặt không vắt, báo lỗi UE.", "Máy rung lắc mạnh khi vắt.", "Không xả nước."),
    "aircon": ("Dàn lạnh chảy nước.", "Không lạnh, dàn nóng không chạy.", "Điều khiển không nhận."),
    "kitchen": ("Không lên nguồn.", "Nồi nấu cơm bị sống.", "Có mùi khét khi dùng."),
    "home": ("Máy báo lỗi không chạy.", "Rò nước ở đáy máy.", "Không lên nguồn."),
    "audio": ("Tai nghe bên trái không có tiếng.", "Không kết nối Bluetooth."),
    "watch": ("Đồng hồ không sạc được.", "Màn hình bị hở keo."),
}
ACCESSORIES: dict[str, str] = {
    "phone": "Hộp, sạc, cáp USB-C",
    "laptop": "Sạc",
    "tablet": "Cáp sạc",
    "tv": "Điều khiển",
    "fridge": "Không",
    "washer": "Không",
    "aircon": "Điều khiển",
    "kitchen": "Hộp, dây nguồn",
    "home": "Không",
    "audio": "Hộp, cáp sạc, túi đựng",
    "watch": "Dây đeo, sạc",
}
CONDITIONS = (
    "Còn mới, không trầy xước.",
    "Trầy xước nhẹ ở cạnh.",
    "Vỏ móp nhẹ ở góc.",
    "Có vết bẩn, đã vệ sinh sơ bộ.",
)
RETURN_REASONS = (
    "Khách đổi ý, sản phẩm còn nguyên hộp.",
    "Sản phẩm không đúng màu khách đặt.",
    "Khách mua nhầm mẫu.",
)
EXCHANGE_REASONS = ("Lỗi phần cứng trong 30 ngày đầu, đổi máy mới theo chính sách 1 đổi 1.",)
REJECTIONS = (
    "Máy bị vào nước, không thuộc diện bảo hành.",
    "Tem bảo hành bị rách.",
    "Sản phẩm đã qua sử dụng, thiếu phụ kiện.",
    "Lỗi do người dùng làm rơi vỡ.",
)

COMPLAINT_CONTACT_NOTE = "Khách phàn nàn về {product}, đã ghi nhận khiếu nại."
COMPLAINT_RESULT_NOTE = "Gọi báo kết quả xử lý khiếu nại."

_K = ClaimKind
CLAIM_WORDS = {_K.REPAIR: "bảo hành", _K.EXCHANGE: "đổi máy", _K.RETURN: "trả hàng"}
CLAIM_CONTACT_NOTE = "Tiếp nhận yêu cầu {what} {product} tại cửa hàng."
CLAIM_READY_NOTE = "Báo khách {product} đã sửa xong, mời đến nhận."

# Reminder titles of the rules whose values the demo does not have when it writes them;
# the others store a title key and values, as the rules do (demo/reminders.py).
REMINDER_TITLES = {
    "inactive": "Khách lâu không liên hệ: gọi chăm sóc",
    "post_resolution": "Hỏi ý kiến khách sau khi giải quyết khiếu nại",
}
