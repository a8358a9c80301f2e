"""The Vietnamese a demo complaint's timeline is written in: what agents typed, what
customers said, and the words of the defect wave.

`{product}` and `{agent}` are filled in where the text is used.
"""

from __future__ import annotations

# (resolution type of complaint_workflow.RESOLUTION_TYPES, what was done)
RESOLUTIONS = (
    ("repair", "Đã sửa chữa miễn phí và xin lỗi khách."),
    ("replacement", "Đã đổi sản phẩm mới cho khách."),
    ("refund", "Đã hoàn tiền cho khách theo chính sách."),
    ("goodwill_voucher", "Tặng phiếu mua hàng để xin lỗi khách."),
    ("points", "Tặng điểm thưởng để xin lỗi khách."),
    ("explanation", "Đã giải thích rõ chính sách, khách đồng ý."),
    ("explanation", "Quản lý cửa hàng đã gọi xin lỗi và giải thích cho khách."),
)
WAVE_RESOLUTION = ("repair", "Đã cập nhật lại phần mềm và thay bo mạch theo chương trình của hãng.")
FIRST_STEP = "Đã liên hệ khách và tiếp nhận xử lý."
AT_THE_COUNTER = "Xử lý ngay khi khách còn ở quầy."
REPLIES = (
    "Đã gọi điện xin lỗi khách và hẹn thời gian xử lý.",
    "Đã nhắn Zalo cho khách: đang kiểm tra và sẽ báo kết quả sớm.",
    "Đã gửi email xác nhận tiếp nhận khiếu nại cho khách.",
    "Đã báo khách tiến độ: đang chờ bộ phận kỹ thuật phản hồi.",
)
WAITING = (
    "Chờ khách gửi ảnh, video lỗi.",
    "Chờ khách gửi hóa đơn mua hàng.",
    "Chờ khách xác nhận lịch hẹn kỹ thuật đến nhà.",
)
ANSWERED = "Khách đã gửi thông tin, tiếp tục xử lý."
CUSTOMER_ANSWER = "Khách gửi ảnh và thông tin bổ sung cho khiếu nại."
ESCALATIONS = {
    2: "Vượt quá thẩm quyền xử lý, chuyển trưởng nhóm.",
    3: "Khách yêu cầu gặp quản lý, chuyển quản lý.",
}
REOPENED = (
    "Khách báo lỗi tái diễn, mở lại khiếu nại.",
    "Khách chưa nhận được tiền hoàn, mở lại khiếu nại.",
    "Kỹ thuật sửa chưa triệt để, khách phản ánh lại.",
)
REOPEN_CONTACT = "Khách gọi lại báo vấn đề chưa được giải quyết."
RESUMED = "Tiếp nhận lại và xử lý tiếp."
CANCELLED = (
    "Khách rút khiếu nại.",
    "Khách tự xử lý được, không cần hỗ trợ nữa.",
    "Trùng với khiếu nại đã mở trước đó.",
)
CHASER = "Khách gọi hỏi tiến độ xử lý khiếu nại."
# What customers who gave 5/5 said when their complaint was closed.
COMPLIMENTS = (
    "Cảm ơn {agent} đã hỗ trợ rất nhiệt tình, xử lý nhanh gọn.",
    "Nhân viên {agent} tư vấn tận tâm, tôi rất hài lòng.",
    "Xử lý nhanh hơn tôi nghĩ, cảm ơn cửa hàng!",
    "Bạn {agent} gọi lại đúng hẹn, giải thích rõ ràng. Sẽ tiếp tục ủng hộ.",
    "Rất hài lòng, dịch vụ hậu mãi chu đáo.",
)
COMPLIMENT_SHARE = 0.4

# The defect wave: what its owners reported, on complaints, claims and calls.
WAVE_COMPLAINT = (
    "Lỗi hàng loạt",
    "{product} tự khởi động lại liên tục sau khi cập nhật phần mềm, không dùng được.",
)
WAVE_FAULT = "Máy tự khởi động lại liên tục sau bản cập nhật phần mềm."
WAVE_CONTACT = "Khách báo {product} tự khởi động lại sau khi cập nhật, hướng dẫn mang ra cửa hàng."
