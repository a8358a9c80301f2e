<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+32"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file</source>
        <translation>Tệp nhật ký</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About CareDesk</source>
        <translation>Giới thiệu CareDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post-sale customer care: calls, complaints, warranty and follow-ups.</source>
        <translation>Chăm sóc khách hàng sau bán hàng: cuộc gọi, khiếu nại, bảo hành và nhắc việc.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../ui/labels.py" line="+15"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat trực tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Mạng xã hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>Tin nhắn SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store visit</source>
        <translation>Tại cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On site</source>
        <translation>Tận nơi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web form</source>
        <translation>Biểu mẫu web</translation>
    </message>
</context>
<context>
    <name>ClaimStatus</name>
    <message>
        <location line="+53"/>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosing</source>
        <translation>Đang kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for parts</source>
        <translation>Chờ linh kiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repairing</source>
        <translation>Đang sửa chữa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for pickup</source>
        <translation>Chờ khách nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to customer</source>
        <translation>Đã trả khách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanged</source>
        <translation>Đã đổi sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Đã hoàn tiền</translation>
    </message>
</context>
<context>
    <name>ComplaintStatus</name>
    <message>
        <location line="-20"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for customer</source>
        <translation>Chờ khách hàng phản hồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <location line="-41"/>
        <source>Inbound</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound</source>
        <translation>Đi</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="+96"/>
        <source>Something went wrong. What you were doing may not have been finished.</source>
        <translation>Đã xảy ra lỗi. Thao tác bạn đang làm có thể chưa hoàn tất.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records that were already saved are safe. Try again; if it happens again, restart CareDesk and tell your supervisor or IT support, giving them the log file:
{path}</source>
        <translation>Dữ liệu đã lưu trước đó vẫn an toàn. Hãy thử lại; nếu lỗi vẫn lặp lại, hãy khởi động lại CareDesk và báo cho trưởng nhóm hoặc bộ phận IT, kèm theo tệp nhật ký:
{path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CareDesk</source>
        <translation>CareDesk</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/home/home_screen.py" line="+56"/>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the figures again (F5)</source>
        <translation>Tải lại số liệu (F5)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active customer records</source>
        <translation>Hồ sơ khách hàng đang hoạt động</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA breached</source>
        <translation>Quá hạn SLA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open complaints past their deadline</source>
        <translation>Khiếu nại đang mở đã quá hạn xử lý</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders due today</source>
        <translation>Nhắc việc hôm nay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-ups to finish today</source>
        <translation>Việc cần hoàn thành trong hôm nay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue reminders</source>
        <translation>Nhắc việc quá hạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-ups from earlier days not done yet</source>
        <translation>Việc của những ngày trước chưa hoàn thành</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open complaints</source>
        <translation>Khiếu nại đang mở</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By status</source>
        <translation>Theo trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claims in progress</source>
        <translation>Bảo hành, đổi trả đang xử lý</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warranty repairs, exchanges and returns</source>
        <translation>Sửa chữa bảo hành, đổi sản phẩm và trả hàng</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Latest interactions</source>
        <translation>Tương tác gần nhất</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No interactions logged yet.</source>
        <translation>Chưa có tương tác nào được ghi nhận.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Updated {time}</source>
        <translation>Cập nhật lúc {time}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The overview could not be read from the database. Press Refresh (F5) to try again; if it keeps failing, tell IT support.</source>
        <translation>Không đọc được số liệu tổng quan từ cơ sở dữ liệu. Hãy bấm Làm mới (F5) để thử lại; nếu vẫn không được, hãy báo bộ phận IT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The figures shown are from {time}.</source>
        <translation>Số liệu đang hiển thị là của lúc {time}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not updated</source>
        <translation>Chưa cập nhật được</translation>
    </message>
</context>
<context>
    <name>InteractionsModel</name>
    <message>
        <location filename="../../ui/models/interactions_model.py" line="+29"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Hướng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown caller</source>
        <translation>Người gọi chưa xác định</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Unknown caller: not linked to a customer yet</source>
        <translation>Người gọi chưa xác định: chưa gắn với khách hàng nào</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code: {code}</source>
        <translation>Mã: {code}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+77"/>
        <source>Database: {what}</source>
        <translation>Cơ sở dữ liệu: {what}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language: {name}</source>
        <translation>Ngôn ngữ: {name}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the current screen again (F5)</source>
        <translation>Tải lại màn hình hiện tại (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CareDesk</source>
        <translation>&amp;Giới thiệu CareDesk</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../ui/labels.py" line="+20"/>
        <source>Resolved on first contact</source>
        <translation>Giải quyết ngay lần đầu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information given</source>
        <translation>Đã cung cấp thông tin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback needed</source>
        <translation>Cần gọi lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint opened</source>
        <translation>Đã tạo khiếu nại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Đã chuyển cấp trên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Không nghe máy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong number</source>
        <translation>Nhầm số</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="+35"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-8"/>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng cho tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="+80"/>
        <source>CareDesk cannot start</source>
        <translation>Không khởi động được CareDesk</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unknown screen “{name}”. Choose one of: {names}.</source>
        <translation>Không có màn hình “{name}”. Hãy chọn một trong các màn hình: {names}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The screen did not finish loading within {seconds} seconds.</source>
        <translation>Màn hình chưa tải xong sau {seconds} giây.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the picture to {path}.</source>
        <translation>Không ghi được ảnh vào {path}.</translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <location filename="../../ui/labels.py" line="-22"/>
        <source>Product question</source>
        <translation>Hỏi về sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage guidance</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty</source>
        <translation>Bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Đổi trả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Giao hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Praise</source>
        <translation>Khen ngợi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
</TS>
