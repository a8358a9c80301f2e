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
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../ui/customers/loyalty_dialogs.py" line="+31"/>
        <source>Adjust points of {name}</source>
        <translation>Điều chỉnh điểm của {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance now: {points} points. The balance cannot go below zero.</source>
        <translation>Số dư hiện tại: {points} điểm. Số dư không được xuống dưới 0.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. points of invoice HD2025… not added</source>
        <translation>ví dụ: chưa cộng điểm hoá đơn HD2025…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Points</source>
        <translation>Đ&amp;iểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A minus sign takes points away.</source>
        <translation>Thêm dấu trừ để trừ điểm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason</source>
        <translation>&amp;Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust points</source>
        <translation>Điều chỉnh điểm</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../ui/admin/admin_screen.py" line="+51"/>
        <source>&amp;Import data…</source>
        <translation>Nhậ&amp;p dữ liệu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring customers or purchases in from a CSV file or an Excel workbook</source>
        <translation>Nhập khách hàng hoặc giao dịch mua hàng từ tệp CSV hoặc sổ làm việc Excel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read users, stores and settings again (F5)</source>
        <translation>Đọc lại người dùng, cửa hàng và cài đặt (F5)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Users</source>
        <translation>&amp;Người dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tores</source>
        <translation>&amp;Cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setti&amp;ngs</source>
        <translation>Cà&amp;i đặt</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{users} users, {stores} stores · updated {time}</source>
        <translation>{users} người dùng, {stores} cửa hàng · cập nhật lúc {time}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Users and stores could not be read from the database. Press Refresh (F5) to try again; if it keeps failing, tell IT support.</source>
        <translation>Không đọc được người dùng và cửa hàng từ cơ sở dữ liệu. Hãy bấm Làm mới (F5) để thử lại; nếu vẫn không được, hãy báo bộ phận IT.</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <location filename="../../ui/notifications/announcer.py" line="+58"/>
        <source>{who} and {count} more</source>
        <translation>{who} và {count} nhắc việc khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders fell due</source>
        <translation>Nhắc việc đã đến hạn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 reminder fell due while CareDesk was closed</source>
        <translation>1 nhắc việc đã đến hạn trong lúc CareDesk đóng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} reminders fell due while CareDesk was closed</source>
        <translation>{count} nhắc việc đã đến hạn trong lúc CareDesk đóng</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../ui/customers/archive_dialog.py" line="+26"/>
        <source>Restore {name}?</source>
        <translation>Khôi phục {name}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer is found by search and listed again, with all their history.</source>
        <translation>Khách hàng sẽ lại tìm thấy được và hiện trong danh sách, cùng toàn bộ lịch sử.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive {name}?</source>
        <translation>Lưu trữ {name}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search and the customer list stop showing this customer. Nothing is deleted: calls, complaints, claims and purchases stay, and a supervisor can restore the customer at any time.</source>
        <translation>Tìm kiếm và danh sách khách hàng sẽ không hiện khách hàng này nữa. Không có gì bị xoá: cuộc gọi, khiếu nại, yêu cầu bảo hành và đơn mua vẫn còn, và giám sát viên có thể khôi phục khách hàng bất cứ lúc nào.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../ui/audit/audit_text.py" line="+45"/>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Ngừng sử dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Cho dùng lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong password</source>
        <translation>Sai mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocked</source>
        <translation>Mở khoá máy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed own password</source>
        <translation>Tự đổi mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First administrator created</source>
        <translation>Tạo quản trị viên đầu tiên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo data loaded</source>
        <translation>Nạp dữ liệu mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Giao việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Chuyển cấp trên</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Closed</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Reopened</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Imported</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date added</source>
        <translation>Thêm ngày quan trọng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date removed</source>
        <translation>Xoá ngày quan trọng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Gộp hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points earned</source>
        <translation>Cộng điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points redeemed</source>
        <translation>Đổi điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points adjusted</source>
        <translation>Điều chỉnh điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier recomputed</source>
        <translation>Tính lại hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier set by hand</source>
        <translation>Đặt hạng thủ công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier by hand cleared</source>
        <translation>Bỏ hạng đặt thủ công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>Đính chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to a customer</source>
        <translation>Gắn với khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note added</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied</source>
        <translation>Trả lời khách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority changed</source>
        <translation>Đổi mức ưu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote recorded</source>
        <translation>Ghi nhận báo giá</translation>
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
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Ngừng sử dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Đã in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Nhận việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed</source>
        <translation>Đã hoãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassigned</source>
        <translation>Giao lại</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../ui/audit/audit_details.py" line="+33"/>
        <source>&amp;Open record</source>
        <translation>&amp;Mở bản ghi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select an entry to see everything it changed.</source>
        <translation>Chọn một dòng nhật ký để xem mọi thay đổi của nó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{time} · {who} · {action} · {entity} {record}</source>
        <translation>{time} · {who} · {action} · {entity} {record}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This entry records the action only: no field values were kept with it.</source>
        <translation>Dòng này chỉ ghi lại thao tác, không kèm giá trị của trường nào.</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <location filename="../../ui/audit/audit_text.py" line="-67"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>Yêu cầu bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Lượt liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Nhắc việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase</source>
        <translation>Lần mua hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slip</source>
        <translation>Phiếu in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call topic</source>
        <translation>Chủ đề cuộc gọi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply template</source>
        <translation>Mẫu trả lời</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <location filename="../../ui/audit/audit_fields.py" line="+18"/>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Bậc xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Active</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong passwords in a row</source>
        <translation>Số lần sai mật khẩu liên tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked until</source>
        <translation>Bị khoá đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in</source>
        <translation>Đăng nhập gần nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Đã đổi mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward / commune</source>
        <translation>Phường / xã</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Hạt giống ngẫu nhiên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer code</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Sinh nhật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees to offers</source>
        <translation>Đồng ý nhận khuyến mãi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Important dates</source>
        <translation>Ngày quan trọng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points added or taken</source>
        <translation>Điểm cộng hoặc trừ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier set by hand</source>
        <translation>Hạng đặt thủ công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was set by hand</source>
        <translation>Lý do đặt thủ công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier based on</source>
        <translation>Hạng tính theo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured</source>
        <translation>Đã tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Merged customer</source>
        <translation>Khách hàng đã gộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved over</source>
        <translation>Đã chuyển sang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases</source>
        <translation>Đơn mua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claims</source>
        <translation>Bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slips</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Nhắc việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points entries</source>
        <translation>Các dòng điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records merged earlier</source>
        <translation>Hồ sơ đã gộp trước đó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Mức độ nghiêm trọng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase</source>
        <translation>Lần mua hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In warranty</source>
        <translation>Còn bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Người duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted cost</source>
        <translation>Chi phí báo giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote accepted</source>
        <translation>Đã đồng ý báo giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected because</source>
        <translation>Lý do từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement serial</source>
        <translation>Số serial thay thế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement purchase</source>
        <translation>Giao dịch mua thay thế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>Yêu cầu bảo hành</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
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
        <source>Callback reminder</source>
        <translation>Nhắc gọi lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Đính chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts linked</source>
        <translation>Liên hệ đã gắn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>Mã hàng (SKU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Thương hiệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty (months)</source>
        <translation>Bảo hành (tháng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return within (days)</source>
        <translation>Đổi trả trong (ngày)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List price</source>
        <translation>Giá niêm yết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Số serial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Số hoá đơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase date</source>
        <translation>Ngày mua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery date</source>
        <translation>Ngày giao hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended warranty (months)</source>
        <translation>Bảo hành mở rộng (tháng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty ends</source>
        <translation>Hết bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces purchase</source>
        <translation>Thay cho giao dịch mua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snoozed until</source>
        <translation>Hoãn đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done at</source>
        <translation>Hoàn thành lúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done by</source>
        <translation>Người hoàn thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken at</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loyalty tier</source>
        <translation>Hạng thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim type</source>
        <translation>Loại yêu cầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slip type</source>
        <translation>Loại phiếu</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <location filename="../../ui/audit/audit_filters.py" line="+78"/>
        <source>Fro&amp;m</source>
        <translation>Từ ngà&amp;y</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>Tớ&amp;i ngày</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Only entries on or after this day</source>
        <translation>Chỉ những dòng từ ngày này trở đi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries on or before this day</source>
        <translation>Chỉ những dòng đến hết ngày này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation>Xoá &amp;bộ lọc</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Who</source>
        <translation>&amp;Người làm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record</source>
        <translation>&amp;Loại bản ghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action</source>
        <translation>Th&amp;ao tác</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Everyone</source>
        <translation>Tất cả mọi người</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All records</source>
        <translation>Mọi loại bản ghi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All actions</source>
        <translation>Mọi thao tác</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/models/audit_model.py" line="+34"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Người làm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
</context>
<context>
    <name>AuditRecord</name>
    <message>
        <location filename="../../ui/audit/audit_records.py" line="+29"/>
        <source>{entity} #{id} (no longer exists)</source>
        <translation>{entity} #{id} (không còn nữa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown caller</source>
        <translation>Người gọi chưa rõ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{product} · serial {serial}</source>
        <translation>{product} · số serial {serial}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{product} · invoice {invoice}</source>
        <translation>{product} · hóa đơn {invoice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{product} · bought {day}</source>
        <translation>{product} · mua ngày {day}</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../ui/audit/audit_screen.py" line="+69"/>
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the trail again (F5)</source>
        <translation>Đọc lại nhật ký (F5)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No entries match these filters.</source>
        <translation>Không có dòng nhật ký nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Entries: {count}</source>
        <translation>Số dòng: {count}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The audit trail could not be read from the database. Press Refresh (F5) to try again; if it keeps failing, tell IT support.</source>
        <translation>Không đọc được nhật ký thay đổi từ cơ sở dữ liệu. Hãy bấm Làm mới (F5) để thử lại; nếu vẫn không được, hãy báo bộ phận IT.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show this record on its screen (Enter)</source>
        <translation>Mở bản ghi này trên màn hình của nó (Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select an entry first</source>
        <translation>Hãy chọn một dòng nhật ký trước</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Users, stores and settings are on the Admin screen, which only administrators have.</source>
        <translation>Người dùng, cửa hàng và cài đặt nằm ở màn hình Quản trị, chỉ quản trị viên mới có.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CareDesk has no screen that shows {entity} records.</source>
        <translation>CareDesk không có màn hình nào hiển thị bản ghi loại “{entity}”.</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../../ui/audit/audit_text.py" line="+64"/>
        <source>{login} (command line)</source>
        <translation>{login} (dòng lệnh)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SLA check</source>
        <translation>Kiểm tra SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{process} (automatic)</source>
        <translation>{process} (tự động)</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_values.py" line="+67"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>AuditValue</name>
    <message>
        <location line="+27"/>
        <source>{phone} ({kind}, main)</source>
        <translation>{phone} ({kind}, số chính)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phone} ({kind})</source>
        <translation>{phone} ({kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} ({day}, once)</source>
        <translation>{label} ({day}, một lần)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} ({day})</source>
        <translation>{label} ({day})</translation>
    </message>
</context>
<context>
    <name>CallCustomerPicker</name>
    <message>
        <location filename="../../ui/calls/customer_choice.py" line="+22"/>
        <source>Choose the customer:</source>
        <translation>Chọn khách hàng:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer matches.</source>
        <translation>Không có khách hàng nào khớp.</translation>
    </message>
</context>
<context>
    <name>CallExport</name>
    <message>
        <location filename="../../ui/calls/call_export.py" line="+56"/>
        <source>call-log-{day}</source>
        <translation>nhat-ky-lien-he-{day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the call log</source>
        <translation>Xuất nhật ký liên hệ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting the call log…</source>
        <translation>Đang xuất nhật ký liên hệ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+89"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Exporting the call log: {progress}</source>
        <translation>Đang xuất nhật ký liên hệ: {progress}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 contact was exported to:
{path}</source>
        <translation>Đã xuất 1 lượt liên hệ vào:
{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} contacts were exported to:
{path}</source>
        <translation>Đã xuất {count} lượt liên hệ vào:
{path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file could not be written: {reason}</source>
        <translation>Không ghi được tệp: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the file if it is open in another program, or choose another folder, and export again.</source>
        <translation>Hãy đóng tệp nếu nó đang mở trong chương trình khác, hoặc chọn thư mục khác, rồi xuất lại.</translation>
    </message>
</context>
<context>
    <name>CallFilterBar</name>
    <message>
        <location filename="../../ui/calls/call_filters.py" line="+47"/>
        <source>Only contacts on or after this day</source>
        <translation>Chỉ các lượt liên hệ từ ngày này trở đi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only contacts on or before this day</source>
        <translation>Chỉ các lượt liên hệ đến hết ngày này</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All channels</source>
        <translation>Mọi kênh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both directions</source>
        <translation>Cả gọi đến và gọi đi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All outcomes</source>
        <translation>Mọi kết quả</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+119"/>
        <source>C&amp;ustomer…</source>
        <translation>Khách hàn&amp;g…</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>List only the contacts of one customer</source>
        <translation>Chỉ liệt kê các lượt liên hệ của một khách hàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All customers</source>
        <translation>Mọi khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the contacts of every customer again</source>
        <translation>Liệt kê lại lượt liên hệ của mọi khách hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Xóa bộ lọc</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Agent</source>
        <translation>&amp;Nhân viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Store</source>
        <translation>&amp;Cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kênh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>Chiề&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To&amp;pic</source>
        <translation>C&amp;hủ đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>Kết &amp;quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Từ ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>Đến ngà&amp;y</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>All agents</source>
        <translation>Mọi nhân viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All stores</source>
        <translation>Mọi cửa hàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All topics</source>
        <translation>Mọi chủ đề</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Other c&amp;ustomer…</source>
        <translation>Đổi khách hàn&amp;g…</translation>
    </message>
</context>
<context>
    <name>CallLogModel</name>
    <message>
        <location filename="../../ui/models/call_log_model.py" line="+53"/>
        <source>Store</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>CallRowActions</name>
    <message>
        <location filename="../../ui/calls/call_row_actions.py" line="+41"/>
        <source>&amp;Link to customer…</source>
        <translation>&amp;Gắn với khách hàng…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This caller is a customer: link the contact, and every other one from the number, to them</source>
        <translation>Người gọi là khách hàng: gắn lượt liên hệ này, cùng mọi lượt khác từ số đó, với khách hàng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;reate customer…</source>
        <translation>Tạo khách hàng mớ&amp;i…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The caller is a new customer: create them with this number, and their contacts from it go to them</source>
        <translation>Người gọi là khách hàng mới: tạo khách hàng với số này, các lượt liên hệ từ số đó sẽ thuộc về họ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;correction…</source>
        <translation>Thêm đính &amp;chính…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something in this contact is wrong: add a note that corrects it</source>
        <translation>Lượt liên hệ có chỗ sai: thêm ghi chú đính chính</translation>
    </message>
</context>
<context>
    <name>CallbackRow</name>
    <message>
        <location filename="../../ui/calls/contact_fields.py" line="+56"/>
        <source>Leave it to the shared &amp;pool</source>
        <translation>Để ch&amp;o nhóm chung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone on the team may take the callback; otherwise it is yours</source>
        <translation>Ai trong nhóm cũng có thể nhận cuộc gọi lại; nếu không, việc này là của bạn</translation>
    </message>
</context>
<context>
    <name>CallerPhone</name>
    <message>
        <location filename="../../ui/calls/contact_customer.py" line="+160"/>
        <source>The number the customer calls from</source>
        <translation>Số điện thoại khách gọi đến</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create customer…</source>
        <translation>Tạo khách hàng…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the new-customer form with this number; the contact is then theirs</source>
        <translation>Mở phiếu khách hàng mới với số này; lượt liên hệ sẽ thuộc về khách hàng đó</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No customer has {phone}: the contact is logged against the number; you can link it later.</source>
        <translation>Chưa khách hàng nào có số {phone}: lượt liên hệ được ghi theo số; bạn có thể gắn với khách hàng sau.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The number could not be looked up; you can still save the contact.</source>
        <translation>Không tra được số này; bạn vẫn có thể lưu lượt liên hệ.</translation>
    </message>
</context>
<context>
    <name>CallerToCustomer</name>
    <message>
        <location filename="../../ui/calls/caller_to_customer.py" line="+59"/>
        <source>The customer was created, but the caller&apos;s contacts could not be linked to them: use Link to customer… in the call log.</source>
        <translation>Đã tạo khách hàng, nhưng chưa gắn được các lượt liên hệ của người gọi: hãy dùng Gắn với khách hàng… trong nhật ký liên hệ.</translation>
    </message>
</context>
<context>
    <name>CallsScreen</name>
    <message>
        <location filename="../../ui/calls/calls_screen.py" line="+62"/>
        <source>&amp;New contact (F2)</source>
        <translation>&amp;Liên hệ mới (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a call, visit or message (F2)</source>
        <translation>Ghi một cuộc gọi, lượt ghé hoặc tin nhắn (F2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics and &amp;scripts…</source>
        <translation>Chủ đề và &amp;kịch bản…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The topics agents choose, and the questions each topic&apos;s script asks</source>
        <translation>Các chủ đề nhân viên chọn, và câu hỏi trong kịch bản của từng chủ đề</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calls</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the log again (F5)</source>
        <translation>Đọc lại nhật ký (F5)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+115"/>
        <source>No contacts match these filters.</source>
        <translation>Không có lượt liên hệ nào khớp bộ lọc.</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Excel…</source>
        <translation>Xuất &amp;Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the contacts these filters list to a file</source>
        <translation>Lưu các lượt liên hệ theo bộ lọc này ra tệp</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>No contacts have been logged yet.</source>
        <translation>Chưa có lượt liên hệ nào được ghi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The call log could not be read from the database. Press Refresh (F5) to try again; if it keeps failing, tell IT support.</source>
        <translation>Không đọc được nhật ký liên hệ từ cơ sở dữ liệu. Nhấn Làm mới (F5) để thử lại; nếu vẫn lỗi, hãy báo bộ phận IT.</translation>
    </message>
</context>
<context>
    <name>CancelStep</name>
    <message>
        <location filename="../../ui/complaints/complaint_steps.py" line="+172"/>
        <source>Cancel {number}</source>
        <translation>Hủy {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cancelled complaint cannot be reopened.</source>
        <translation>Khiếu nại đã hủy không thể mở lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel complaint</source>
        <translation>Hủy khiếu nại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
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
    <name>ChooseCustomerDialog</name>
    <message>
        <location filename="../../ui/calls/customer_choice.py" line="+9"/>
        <location line="+1"/>
        <source>Contacts of one customer</source>
        <translation>Lượt liên hệ của một khách hàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the customer by name, phone or code: the log then lists only their contacts.</source>
        <translation>Tìm khách hàng theo tên, số điện thoại hoặc mã: nhật ký sẽ chỉ liệt kê lượt liên hệ của họ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show their contacts</source>
        <translation>Xem lượt liên hệ</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../ui/imports/choose_page.py" line="+37"/>
        <source>&amp;Customers</source>
        <translation>&amp;Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purchases</source>
        <translation>&amp;Mua hàng</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A .csv or .xlsx file</source>
        <translation>Tệp .csv hoặc .xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A CSV file (any Vietnamese encoding, separated by commas, semicolons or tabs) or an Excel workbook (.xlsx), up to 100 MB. The first row, or a row under a title, must name the columns. Excel 97-2003 files (.xls): save them as .xlsx first.</source>
        <translation>Tệp CSV (mọi bảng mã tiếng Việt, phân cách bằng dấu phẩy, dấu chấm phẩy hoặc tab) hoặc sổ làm việc Excel (.xlsx), tối đa 100 MB. Hàng đầu tiên, hoặc một hàng dưới tiêu đề, phải ghi tên các cột. Tệp Excel 97-2003 (.xls): hãy lưu lại thành .xlsx trước.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What to import:</source>
        <translation>Loại dữ liệu:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File:</source>
        <translation>Tệ&amp;p:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the file to import</source>
        <translation>Chọn tệp cần nhập</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv)</source>
        <translation>Bảng tính (*.csv *.xlsx *.txt *.tsv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../../ui/claims/claim_dialog.py" line="+127"/>
        <source>Claim</source>
        <translation>Yêu cầu bảo hành</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+105"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>&amp;Diagnose…</source>
        <translation>&amp;Kiểm tra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waiting for parts…</source>
        <translation>&amp;Chờ linh kiện…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;pair…</source>
        <translation>&amp;Sửa chữa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for pic&amp;kup…</source>
        <translation>Chờ khách &amp;nhận…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ret&amp;urned to customer…</source>
        <translation>Đã t&amp;rả khách…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject…</source>
        <translation>&amp;Từ chối…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange…</source>
        <translation>Đổi sản phẩ&amp;m…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fund…</source>
        <translation>&amp;Hoàn tiền…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quote…</source>
        <translation>&amp;Báo giá…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take it</source>
        <translation>Nhận &amp;việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;note…</source>
        <translation>Thêm &amp;ghi chú…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print &amp;receipt…</source>
        <translation>In &amp;phiếu tiếp nhận…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The claim receipt the customer keeps (a reprint is marked COPY)</source>
        <translation>Phiếu tiếp nhận giao cho khách giữ (bản in lại có dấu BẢN SAO)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print return s&amp;lip…</source>
        <translation>&amp;In phiếu trả hàng…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The slip handed over with the unit or the money (a reprint is marked COPY)</source>
        <translation>Phiếu giao cho khách kèm máy hoặc tiền hoàn (bản in lại có dấu BẢN SAO)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;load</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Timeline</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed slips</source>
        <translation>Phiếu đã in</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Claim {number}: {name}</source>
        <translation>Yêu cầu {number}: {name}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The claim could not be read. Press Reload to try again.</source>
        <translation>Không đọc được yêu cầu. Nhấn Tải lại để thử lại.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Claim receipt</source>
        <translation>Phiếu tiếp nhận bảo hành</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return slip</source>
        <translation>Phiếu trả hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer</source>
        <translation>máy in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF file</source>
        <translation>tệp PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command line</source>
        <translation>dòng lệnh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>copy</source>
        <translation>bản sao</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>original</source>
        <translation>bản gốc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} · {slip} {number} · {what} · {target} · {who}</source>
        <translation>{time} · {slip} {number} · {what} · {target} · {who}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>admin command line</source>
        <translation>dòng lệnh quản trị</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing printed yet.</source>
        <translation>Chưa in phiếu nào.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Printed once the unit is ready to hand back, exchanged or refunded</source>
        <translation>In được khi máy đã sẵn sàng trả khách, đã đổi hoặc đã hoàn tiền</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your role can read claims but not work on them.</source>
        <translation>Vai trò của bạn chỉ được xem yêu cầu, không được xử lý.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is working on this claim: only they or a supervisor can move it on.</source>
        <translation>{name} đang xử lý yêu cầu này: chỉ người đó hoặc giám sát viên mới chuyển được sang bước tiếp theo.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This could not be saved: the database did not answer as expected. Try again.</source>
        <translation>Không lưu được: cơ sở dữ liệu không phản hồi như mong đợi. Hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>ClaimFilterBar</name>
    <message>
        <location filename="../../ui/claims/claim_filters.py" line="+37"/>
        <source>Claim number, serial, customer or phone</source>
        <translation>Số yêu cầu, số serial, khách hàng hoặc số điện thoại</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>All stores</source>
        <translation>Mọi cửa hàng</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>C&amp;lear filters</source>
        <translation>Xoá &amp;bộ lọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every claim</source>
        <translation>Hiện mọi yêu cầu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fi&amp;nd</source>
        <translation>Tì&amp;m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;ore</source>
        <translation>&amp;Cửa hàng</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <location filename="../../ui/claims/claim_form.py" line="+76"/>
        <source>New claim</source>
        <translation>Yêu cầu bảo hành mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the fault as the customer describes it, and what you receive.</source>
        <translation>Ghi lỗi theo lời khách mô tả, và những gì bạn nhận từ khách.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In the customer&apos;s words</source>
        <translation>Theo lời khách</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scratches, dents, missing screws… as received</source>
        <translation>Trầy xước, móp, thiếu ốc… khi nhận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote, charger, box… or nothing</source>
        <translation>Điều khiển, sạc, hộp… hoặc không có</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer &amp;accepts the quote</source>
        <translation>Khách hàng đồng ý &amp;báo giá</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>Máy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty</source>
        <translation>Bảo hành</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fault</source>
        <translation>Lỗ&amp;i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Condition</source>
        <translation>&amp;Tình trạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acc&amp;essories</source>
        <translation>&amp;Phụ kiện</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xpected back</source>
        <translation>&amp;Ngày hẹn trả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date the customer is told to come back.</source>
        <translation>Ngày hẹn khách quay lại nhận máy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quoted cost</source>
        <translation>&amp;Chi phí báo giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of warranty: the repair starts once the customer accepts.</source>
        <translation>Hết bảo hành: bắt đầu sửa khi khách đồng ý báo giá.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take it in</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the claim ({keys})</source>
        <translation>Lưu yêu cầu ({keys})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The purchase has no serial or invoice number to check; the warranty is decided when it is saved.</source>
        <translation>Đơn mua không có số serial hay số hoá đơn để tra; tình trạng bảo hành sẽ được xác định khi lưu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no serial</source>
        <translation>không có số serial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{product} · {serial}
{name} · {code}</source>
        <translation>{product} · {serial}
{name} · {code}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New claim: {name}</source>
        <translation>Yêu cầu mới: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The purchase could not be read; close the form and check the warranty again.</source>
        <translation>Không đọc được đơn mua; hãy đóng biểu mẫu và tra cứu bảo hành lại.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{state}: the warranty ended on {end} ({days}). A repair is charged.</source>
        <translation>{state}: bảo hành đã hết vào ngày {end} ({days}). Sửa chữa sẽ tính phí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{state}: until {end} ({days}).</source>
        <translation>{state}: đến {end} ({days}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>as a supervisor, you approve this late return by taking it in.</source>
        <translation>là giám sát viên, bạn duyệt trả hàng quá hạn này khi tiếp nhận.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a supervisor must approve a late return: ask a supervisor to take it in.</source>
        <translation>trả hàng quá hạn cần giám sát viên duyệt: hãy nhờ giám sát viên tiếp nhận.</translation>
    </message>
</context>
<context>
    <name>ClaimGroup</name>
    <message>
        <location filename="../../ui/labels.py" line="+157"/>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To hand back</source>
        <translation>Chờ trả khách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
</context>
<context>
    <name>ClaimHeader</name>
    <message>
        <location filename="../../ui/claims/claim_header.py" line="+29"/>
        <source>Open the customer&apos;s profile</source>
        <translation>Mở hồ sơ khách hàng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Máy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty</source>
        <translation>Bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Tiếp nhận lúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected back</source>
        <translation>Ngày hẹn trả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Báo giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Người duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories</source>
        <translation>Phụ kiện</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Claim {number}</source>
        <translation>Yêu cầu bảo hành {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} · {code}</source>
        <translation>{name} · {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>serial {serial}</source>
        <translation>số serial {serial}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no serial</source>
        <translation>không có số serial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bought {day}</source>
        <translation>mua ngày {day}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Out of warranty at intake: {reason}</source>
        <translation>Hết bảo hành khi tiếp nhận: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nobody yet</source>
        <translation>Chưa có ai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No quote yet: the repair cannot start before one is accepted.</source>
        <translation>Chưa có báo giá: chỉ bắt đầu sửa được khi khách đã đồng ý báo giá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cost}, accepted by the customer</source>
        <translation>{cost}, khách đã đồng ý</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cost}, not accepted yet</source>
        <translation>{cost}, khách chưa đồng ý</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} (return past the window)</source>
        <translation>{name} (trả hàng quá hạn đổi trả)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exchanged for serial {serial}</source>
        <translation>Đã đổi sang máy số serial {serial}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded {amount} (paid {paid})</source>
        <translation>Đã hoàn {amount} (khách đã trả {paid})</translation>
    </message>
</context>
<context>
    <name>ClaimKind</name>
    <message>
        <location filename="../../ui/labels.py" line="-11"/>
        <source>Repair</source>
        <translation>Sửa chữa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Đổi sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Trả hàng</translation>
    </message>
</context>
<context>
    <name>ClaimListModel</name>
    <message>
        <location filename="../../ui/models/claim_list_model.py" line="+40"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial</source>
        <translation>Số serial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty</source>
        <translation>Bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected back</source>
        <translation>Ngày hẹn trả</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>In warranty</source>
        <translation>Còn bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of warranty</source>
        <translation>Hết bảo hành</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no store</source>
        <translation>không có cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unassigned</source>
        <translation>chưa giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received {time} at {store} · {who}</source>
        <translation>Tiếp nhận lúc {time} tại {store} · {who}</translation>
    </message>
</context>
<context>
    <name>ClaimRejection</name>
    <message>
        <location filename="../../ui/labels.py" line="+23"/>
        <source>Out of warranty</source>
        <translation>Hết bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misuse or damage</source>
        <translation>Sử dụng sai hoặc hư hỏng do người dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No fault found</source>
        <translation>Không phát hiện lỗi</translation>
    </message>
</context>
<context>
    <name>ClaimStatus</name>
    <message>
        <location line="-122"/>
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
    <name>ClaimStep</name>
    <message>
        <location filename="../../ui/claims/claim_steps.py" line="+39"/>
        <source>Start the diagnosis of {number}</source>
        <translation>Bắt đầu kiểm tra {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A technician is looking at the unit.</source>
        <translation>Kỹ thuật viên đang kiểm tra máy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} is waiting for parts</source>
        <translation>{number} đang chờ linh kiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say which parts were ordered in the note.</source>
        <translation>Ghi rõ linh kiện đã đặt trong phần ghi chú.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the repair of {number}</source>
        <translation>Bắt đầu sửa chữa {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit is being repaired.</source>
        <translation>Máy đang được sửa chữa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} is ready for pickup</source>
        <translation>{number} đã sẵn sàng trả khách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the customer to collect it; print the return slip when they come.</source>
        <translation>Gọi khách đến nhận máy; in phiếu trả hàng khi khách đến.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hand {number} back to the customer</source>
        <translation>Trả {number} cho khách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer has the unit back; the claim is finished.</source>
        <translation>Khách đã nhận lại máy; yêu cầu đã hoàn tất.</translation>
    </message>
</context>
<context>
    <name>ClaimTimeline</name>
    <message>
        <location filename="../../ui/claims/claim_dialog.py" line="-356"/>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>replacement serial {serial}</source>
        <translation>số serial máy đổi {serial}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{cost}, accepted</source>
        <translation>{cost}, khách đã đồng ý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cost}, not accepted</source>
        <translation>{cost}, khách chưa đồng ý</translation>
    </message>
</context>
<context>
    <name>ClaimsScreen</name>
    <message>
        <location filename="../../ui/claims/claims_screen.py" line="+71"/>
        <source>Claims</source>
        <translation>Bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the claims again (F5)</source>
        <translation>Đọc lại danh sách yêu cầu (F5)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check a warranty ({keys})</source>
        <translation>Tra cứu bảo hành ({keys})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Claims taken in</source>
        <translation>Yêu cầu đã tiếp nhận</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No claims yet. Check a warranty above to take one in.</source>
        <translation>Chưa có yêu cầu nào. Hãy tra cứu bảo hành ở trên để tiếp nhận yêu cầu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No claims match these filters.</source>
        <translation>Không có yêu cầu nào khớp bộ lọc.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The claims could not be read from the database. Press Refresh (F5) to try again; if it keeps failing, tell IT support.</source>
        <translation>Không đọc được yêu cầu bảo hành từ cơ sở dữ liệu. Nhấn Làm mới (F5) để thử lại; nếu vẫn lỗi, hãy báo bộ phận IT.</translation>
    </message>
</context>
<context>
    <name>CloseStep</name>
    <message>
        <location filename="../../ui/complaints/complaint_steps.py" line="-65"/>
        <source>Close {number}</source>
        <translation>Đóng {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close only once the customer has confirmed the resolution.</source>
        <translation>Chỉ đóng khi khách hàng đã xác nhận cách giải quyết.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer &amp;confirmed the resolution</source>
        <translation>Khách hàng đã &amp;xác nhận cách giải quyết</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Satisfaction (CSAT)</source>
        <translation>Mức &amp;hài lòng (CSAT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 very unhappy … 5 very happy</source>
        <translation>1 rất không hài lòng … 5 rất hài lòng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Effort (CES)</source>
        <translation>Mức &amp;nỗ lực (CES)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 very hard … 5 very easy</source>
        <translation>1 rất vất vả … 5 rất dễ dàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close complaint</source>
        <translation>Đóng khiếu nại</translation>
    </message>
</context>
<context>
    <name>ComplaintCategory</name>
    <message>
        <location filename="../../ui/labels.py" line="+66"/>
        <source>Product defect</source>
        <translation>Lỗi sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff attitude</source>
        <translation>Thái độ nhân viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Giao hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation</source>
        <translation>Lắp đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty service</source>
        <translation>Dịch vụ bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/complaints/complaint_dialog.py" line="+60"/>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+71"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Start work</source>
        <translation>&amp;Bắt đầu xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waiting for customer</source>
        <translation>&amp;Chờ khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take it</source>
        <translation>&amp;Nhận việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reass&amp;ign to…</source>
        <translation>Giao lạ&amp;i cho…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Escalate…</source>
        <translation>Chuyển &amp;cấp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;priority…</source>
        <translation>Đổi mức ư&amp;u tiên…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;olve…</source>
        <translation>&amp;Giải quyết…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose…</source>
        <translation>Đó&amp;ng…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reo&amp;pen…</source>
        <translation>&amp;Mở lại…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel complai&amp;nt…</source>
        <translation>Hủ&amp;y khiếu nại…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What you said to the customer, or a note for the team</source>
        <translation>Điều bạn đã nói với khách, hoặc ghi chú cho nhóm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply to &amp;customer</source>
        <translation>&amp;Trả lời khách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;note</source>
        <translation>Thêm ghi &amp;chú</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reload</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Timeline</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Complaint {number}: {name}</source>
        <translation>Khiếu nại {number}: {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The complaint could not be read. Press Reload to try again.</source>
        <translation>Không đọc được khiếu nại. Nhấn Tải lại để thử lại.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>This could not be saved: the database did not answer as expected. What you typed is still here; try again.</source>
        <translation>Không lưu được: cơ sở dữ liệu không phản hồi như mong đợi. Nội dung bạn gõ vẫn còn; hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../ui/complaints/complaint_form.py" line="+55"/>
        <source>New complaint</source>
        <translation>Khiếu nại mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write down what the customer says in their words; the complaint gets its number, priority and due times when it is saved.</source>
        <translation>Ghi lại lời khách hàng nói; khiếu nại sẽ có số, mức ưu tiên và thời hạn khi được lưu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take the complaint for another customer</source>
        <translation>Tiếp nhận khiếu nại cho khách hàng khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>— none —</source>
        <translation>— không —</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>e.g. noisy compressor (optional)</source>
        <translation>vd. máy nén kêu to (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;ustomer</source>
        <translation>&amp;Khách hàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Purchase</source>
        <translation>Đơn &amp;mua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product the complaint is about, if any.</source>
        <translation>Sản phẩm bị khiếu nại, nếu có.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ategory</source>
        <translation>&amp;Danh mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Detail</source>
        <translation>C&amp;hi tiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>Kê&amp;nh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A VIP customer&apos;s complaint gets one step higher priority.</source>
        <translation>Khiếu nại của khách VIP được nâng ưu tiên một bậc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity</source>
        <translation>Mức độ &amp;nghiêm trọng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desc&amp;ription</source>
        <translation>Mô &amp;tả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open complaint</source>
        <translation>Tiếp nhận khiếu nại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the complaint ({keys})</source>
        <translation>Lưu khiếu nại ({keys})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New complaint: {name}</source>
        <translation>Khiếu nại mới: {name}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The customer&apos;s purchases could not be read; the complaint can be saved without one.</source>
        <translation>Không đọc được các đơn mua của khách; vẫn có thể lưu khiếu nại không kèm đơn mua.</translation>
    </message>
</context>
<context>
    <name>ComplaintHeader</name>
    <message>
        <location filename="../../ui/complaints/complaint_header.py" line="+42"/>
        <source>Open the customer&apos;s profile</source>
        <translation>Mở hồ sơ khách hàng</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase</source>
        <translation>Đơn mua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Tiếp nhận lúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Complaint {number}</source>
        <translation>Khiếu nại {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} · {code}</source>
        <translation>{name} · {code}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody yet (in the queue)</source>
        <translation>Chưa có ai (đang trong hàng đợi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ComplaintQueueModel</name>
    <message>
        <location filename="../../ui/models/complaint_queue_model.py" line="+104"/>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} giờ {minutes} phút</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h</source>
        <translation>{hours} giờ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min</source>
        <translation>{minutes} phút</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overdue {time}</source>
        <translation>quá hạn {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>Thời gian còn lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Unassigned</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Breached: the first response was due {due}.</source>
        <translation>Quá hạn: phản hồi đầu tiên phải xong trước {due}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breached: the resolution was due {due}.</source>
        <translation>Quá hạn: phải giải quyết xong trước {due}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk: three quarters of the time to the first response is used; it is due {due}.</source>
        <translation>Sắp quá hạn: đã dùng ba phần tư thời gian phản hồi đầu tiên; hạn là {due}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At risk: three quarters of the time to the resolution is used; it is due {due}.</source>
        <translation>Sắp quá hạn: đã dùng ba phần tư thời gian giải quyết; hạn là {due}.</translation>
    </message>
</context>
<context>
    <name>ComplaintSla</name>
    <message>
        <location filename="../../ui/complaints/complaint_sla.py" line="+64"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} giờ {minutes:02d} phút</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No clock runs: the complaint is finished.</source>
        <translation>Không còn tính giờ: khiếu nại đã kết thúc.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first response</source>
        <translation>phản hồi đầu tiên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution</source>
        <translation>giải quyết</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} overdue by {time} (business hours)</source>
        <translation>Quá hạn {what} {time} (giờ làm việc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} left to {what} (business hours)</source>
        <translation>Còn {time} đến hạn {what} (giờ làm việc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paused while waiting for the customer</source>
        <translation>tạm dừng khi chờ khách hàng</translation>
    </message>
</context>
<context>
    <name>ComplaintStatus</name>
    <message>
        <location filename="../../ui/labels.py" line="-92"/>
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
    <name>ComplaintTimeline</name>
    <message>
        <location filename="../../ui/complaints/complaint_timeline.py" line="+34"/>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opened the complaint</source>
        <translation>Tiếp nhận khiếu nại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved: {type}</source>
        <translation>Đã giải quyết: {type}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{points} points</source>
        <translation>{points} điểm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>compensation {what}</source>
        <translation>bồi thường {what}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed · CSAT {csat}/5 · CES {ces}/5</source>
        <translation>Đã đóng · CSAT {csat}/5 · CES {ces}/5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalated to tier {tier}</source>
        <translation>Chuyển lên cấp {tier}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status changed</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority changed from {old} to {new}</source>
        <translation>Đổi mức ưu tiên từ {old} sang {new}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internal note</source>
        <translation>Ghi chú nội bộ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply to the customer</source>
        <translation>Trả lời khách hàng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assigned to {name}</source>
        <translation>Giao cho {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned</source>
        <translation>Giao việc</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Put back in the queue</source>
        <translation>Trả về hàng đợi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SLA at risk</source>
        <translation>Sắp quá hạn SLA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA breached</source>
        <translation>Quá hạn SLA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
</context>
<context>
    <name>ComplaintsScreen</name>
    <message>
        <location filename="../../ui/complaints/complaints_screen.py" line="+90"/>
        <source>New complaint… (Ctrl+K)</source>
        <translation>Khiếu nại mới… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take down a customer&apos;s complaint (Ctrl+K)</source>
        <translation>Tiếp nhận khiếu nại của khách hàng (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply &amp;templates…</source>
        <translation>&amp;Mẫu trả lời…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the canned replies agents insert into complaints (supervisors)</source>
        <translation>Soạn các câu trả lời mẫu để nhân viên chèn vào khiếu nại (giám sát viên)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the queues again (F5)</source>
        <translation>Đọc lại các hàng đợi (F5)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My team</source>
        <translation>Nhóm tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{queue} ({count})</source>
        <translation>{queue} ({count})</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No open complaints in this queue.</source>
        <translation>Không có khiếu nại đang mở trong hàng đợi này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open complaints match these filters.</source>
        <translation>Không có khiếu nại đang mở nào khớp bộ lọc.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The complaints could not be read from the database. Press Refresh (F5) to try again; if it keeps failing, tell IT support.</source>
        <translation>Không đọc được khiếu nại từ cơ sở dữ liệu. Nhấn Làm mới (F5) để thử lại; nếu vẫn lỗi, hãy báo bộ phận IT.</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../ui/reminders/reminder_dialogs.py" line="+84"/>
        <source>Complete reminder</source>
        <translation>Hoàn tất nhắc việc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Kết quả</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Not asked</source>
        <translation>Chưa hỏi</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+4"/>
        <source>{score} of 5</source>
        <translation>{score} trên 5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Satisfaction</source>
        <translation>Mức độ &amp;hài lòng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How satisfied the customer is with how the complaint was resolved.</source>
        <translation>Khách hài lòng thế nào với cách giải quyết khiếu nại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Effort (CES)</source>
        <translation>Mức &amp;nỗ lực (CES)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How easy it was to get it resolved: 1 very hard … 5 very easy.</source>
        <translation>Mức độ dễ dàng để được giải quyết: 1 rất khó … 5 rất dễ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was said, what was agreed</source>
        <translation>Đã nói gì, đã thống nhất gì</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact is logged on the customer&apos;s timeline with this note.</source>
        <translation>Lần liên hệ được ghi vào lịch sử của khách kèm ghi chú này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Hoàn tất</translation>
    </message>
</context>
<context>
    <name>ContactClock</name>
    <message>
        <location filename="../../ui/calls/contact_timer.py" line="+51"/>
        <source>&amp;End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contact is over: stamp the end time and the length ({keys})</source>
        <translation>Liên hệ đã xong: ghi giờ kết thúc và thời lượng ({keys})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Length of the contact</source>
        <translation>Thời lượng liên hệ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running since the start</source>
        <translation>Đang tính từ lúc bắt đầu</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../ui/calls/contact_form.py" line="+68"/>
        <source>New contact</source>
        <translation>Liên hệ mới</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;ustomer</source>
        <translation>&amp;Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone</source>
        <translation>Điện &amp;thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel</source>
        <translation>Kê&amp;nh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>Chiề&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;art</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. KN-2025-00012 (optional)</source>
        <translation>vd. KN-2025-00012 (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. BH-2025-00007 (optional)</source>
        <translation>vd. BH-2025-00007 (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topic</source>
        <translation>C&amp;hủ đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>Kết &amp;quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;back</source>
        <translation>&amp;Gọi lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>Gh&amp;i chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satis&amp;faction</source>
        <translation>Mức hài &amp;lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mplaint no.</source>
        <translation>&amp;Số khiếu nại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cla&amp;im no.</source>
        <translation>Số &amp;yêu cầu BH</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log the contact ({keys})</source>
        <translation>Ghi lượt liên hệ ({keys})</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>New contact: {name}</source>
        <translation>Liên hệ mới: {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New contact: {phone}</source>
        <translation>Liên hệ mới: {phone}</translation>
    </message>
    <message>
        <location filename="../../ui/calls/contact_fields.py" line="-18"/>
        <source>1 · very unhappy</source>
        <translation>1 · rất không hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · very happy</source>
        <translation>5 · rất hài lòng</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Close without logging this contact? The notes and answers typed here will be lost.</source>
        <translation>Đóng mà không ghi lượt liên hệ này? Ghi chú và câu trả lời đã nhập sẽ mất.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/calls/correction_dialog.py" line="+38"/>
        <source>Correct a contact</source>
        <translation>Đính chính lượt liên hệ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact stays as it was logged. Your note is added under it, with your name and the time, and everyone sees both.</source>
        <translation>Lượt liên hệ giữ nguyên như đã ghi. Ghi chú của bạn được thêm bên dưới, kèm tên bạn và thời gian, và mọi người đều thấy cả hai.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <translation>Lượt liên hệ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was wrong or missing, e.g. “The serial number is 5CD1234XYZ.”</source>
        <translation>Chỗ nào sai hoặc thiếu, vd. “Số serial đúng là 5CD1234XYZ.”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Correction</source>
        <translation>Đính &amp;chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add correction</source>
        <translation>Thêm đính chính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the note under the contact ({keys})</source>
        <translation>Thêm ghi chú dưới lượt liên hệ ({keys})</translation>
    </message>
</context>
<context>
    <name>CustomerChoice</name>
    <message>
        <location filename="../../ui/calls/contact_customer.py" line="-187"/>
        <source>Change…</source>
        <translation>Đổi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log this contact for another customer</source>
        <translation>Ghi lượt liên hệ này cho khách hàng khác</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} · {code}</source>
        <translation>{name} · {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archived: restore the customer to log a contact</source>
        <translation>đã lưu trữ: hãy khôi phục khách hàng để ghi liên hệ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The customer could not be read; choose them again.</source>
        <translation>Không đọc được khách hàng; hãy chọn lại.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/customers/customer_dialog.py" line="+88"/>
        <source>New customer</source>
        <translation>Khách hàng mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create customer</source>
        <translation>Tạo khách hàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit {name} ({code})</source>
        <translation>Sửa {name} ({code})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>ví dụ: Nguyễn Thị Lan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. lan.nguyen@gmail.com</source>
        <translation>ví dụ: lan.nguyen@gmail.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not given</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Phường Bến Thành</source>
        <translation>ví dụ: Phường Bến Thành</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>House number and street</source>
        <translation>Số nhà và tên đường</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No store</source>
        <translation>Không thuộc cửa hàng nào</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. người cao tuổi, doanh nghiệp</source>
        <translation>ví dụ: người cao tuổi, doanh nghiệp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agrees to receive offers (SMS, Zalo, e-mail)</source>
        <translation>Đồng ý nhận khuyến mãi (SMS, Zalo, e-mail)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Full name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones</source>
        <translation>Số điện th&amp;oại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birthday</source>
        <translation>Ngày &amp;sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender</source>
        <translation>&amp;Giới tính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro&amp;vince</source>
        <translation>&amp;Tỉnh/thành</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ward / commune</source>
        <translation>&amp;Phường / xã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Store</source>
        <translation>&amp;Cửa hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags</source>
        <translation>&amp;Nhãn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Separate tags with commas.</source>
        <translation>Các nhãn cách nhau bằng dấu phẩy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing</source>
        <translation>Tiếp thị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>Gh&amp;i chú</translation>
    </message>
</context>
<context>
    <name>CustomerFilterBar</name>
    <message>
        <location filename="../../ui/customers/customer_filters.py" line="+50"/>
        <source>All tiers</source>
        <translation>Mọi hạng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any tag</source>
        <translation>Mọi nhãn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>All stores</source>
        <translation>Mọi cửa hàng</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Any province</source>
        <translation>Mọi tỉnh/thành</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday in any month</source>
        <translation>Sinh nhật tháng bất kỳ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Birthday in {month}</source>
        <translation>Sinh nhật {month}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With or without complaints</source>
        <translation>Có hoặc không có khiếu nại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With open complaints</source>
        <translation>Có khiếu nại đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without open complaints</source>
        <translation>Không có khiếu nại đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show ar&amp;chived</source>
        <translation>Hiện khách đã &amp;lưu trữ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list archived and merged customers (to restore one)</source>
        <translation>Liệt kê cả khách hàng đã lưu trữ và đã gộp (để khôi phục)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear filters</source>
        <translation>Xoá &amp;bộ lọc</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tier</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday month</source>
        <translation>Tháng sinh nhật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open complaints</source>
        <translation>Khiếu nại đang mở</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <location filename="../../ui/customers/customer_list_page.py" line="+63"/>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Khách hàng mới…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a customer ({keys})</source>
        <translation>Tạo khách hàng ({keys})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập từ tệp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring customers or purchases in from a CSV file or an Excel workbook</source>
        <translation>Nhập khách hàng hoặc giao dịch mua hàng từ tệp CSV hoặc sổ làm việc Excel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the list again (F5)</source>
        <translation>Đọc lại danh sách (F5)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No customer matches these filters.</source>
        <translation>Không có khách hàng nào khớp với bộ lọc này.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <location line="+14"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 customer</source>
        <translation>1 khách hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} customers</source>
        <translation>{count} khách hàng</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The customer list could not be read from the database. Press Refresh (F5) to try again; if it keeps failing, tell IT support.</source>
        <translation>Không đọc được danh sách khách hàng từ cơ sở dữ liệu. Bấm Làm mới (F5) để thử lại; nếu vẫn lỗi, hãy báo bộ phận IT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not updated</source>
        <translation>Chưa cập nhật được</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../ui/search/customer_picker.py" line="+32"/>
        <source>Name, phone or customer code</source>
        <translation>Tên, số điện thoại hoặc mã khách hàng</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the customer to keep:</source>
        <translation>Chọn khách hàng được giữ lại:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other customer matches.</source>
        <translation>Không có khách hàng nào khác khớp.</translation>
    </message>
</context>
<context>
    <name>CustomerText</name>
    <message>
        <location filename="../../ui/customer_text.py" line="+39"/>
        <source>{points} points</source>
        <translation>{points} điểm</translation>
    </message>
</context>
<context>
    <name>CustomerTier</name>
    <message>
        <location filename="../../ui/labels.py" line="+52"/>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silver</source>
        <translation>Bạc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gold</source>
        <translation>Vàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platinum</source>
        <translation>Bạch kim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../ui/models/customers_model.py" line="+71"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Sinh nhật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Liên hệ cuối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Tags: {tags}</source>
        <translation>Nhãn: {tags}</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Open complaints</source>
        <translation>Khiếu nại đang mở</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to sort</source>
        <translation>Bấm để sắp xếp</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="+91"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the date as dd/mm/yyyy</source>
        <translation>Nhập ngày dạng dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the day in a calendar (F4)</source>
        <translation>Chọn ngày trên lịch (F4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the calendar</source>
        <translation>Mở lịch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the date empty (Delete)</source>
        <translation>Để trống ngày (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date</source>
        <translation>Xoá ngày</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <location filename="../../ui/labels.py" line="-97"/>
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
        <location line="+25"/>
        <source>CareDesk</source>
        <translation>CareDesk</translation>
    </message>
</context>
<context>
    <name>EscalateStep</name>
    <message>
        <location filename="../../ui/complaints/complaint_steps.py" line="+58"/>
        <source>Escalate {number}</source>
        <translation>Chuyển cấp {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It moves one tier up, into that tier&apos;s queue, unassigned.</source>
        <translation>Khiếu nại được chuyển lên một cấp, vào hàng đợi của cấp đó, chưa giao cho ai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalate</source>
        <translation>Chuyển cấp</translation>
    </message>
</context>
<context>
    <name>ExchangeStep</name>
    <message>
        <location filename="../../ui/claims/claim_steps.py" line="+81"/>
        <source>Exchange {number}</source>
        <translation>Đổi sản phẩm {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The replacement becomes the customer&apos;s purchase and keeps the original warranty end.</source>
        <translation>Máy đổi trở thành sản phẩm khách đã mua và giữ nguyên ngày hết bảo hành ban đầu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As printed on the replacement unit</source>
        <translation>Như in trên máy đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement &amp;serial</source>
        <translation>Số &amp;serial máy đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Đổi sản phẩm</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/session/first_admin_dialog.py" line="+22"/>
        <source>Create the first administrator</source>
        <translation>Tạo quản trị viên đầu tiên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database has no administrator yet. The account you create now manages users, stores and settings: after this, each agent and supervisor gets their own account from the Admin screen. Keep its password safe.</source>
        <translation>Cơ sở dữ liệu này chưa có quản trị viên. Tài khoản bạn tạo bây giờ sẽ quản lý người dùng, cửa hàng và cài đặt; sau đó mỗi nhân viên và giám sát được cấp tài khoản riêng ở màn hình Quản trị. Hãy giữ kỹ mật khẩu của tài khoản này.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. lan.nguyen</source>
        <translation>ví dụ: lan.nguyen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>ví dụ: Nguyễn Thị Lan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Username</source>
        <translation>&amp;Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters a-z without accents, digits and dots; used to sign in.</source>
        <translation>Chữ a-z không dấu, chữ số và dấu chấm; dùng để đăng nhập.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters.</source>
        <translation>Ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password &amp;again</source>
        <translation>&amp;Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create administrator</source>
        <translation>Tạo quản trị viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close CareDesk without creating an account (Esc)</source>
        <translation>Đóng CareDesk mà không tạo tài khoản (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the account…</source>
        <translation>Đang tạo tài khoản…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/widgets/form_dialog.py" line="+54"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>This could not be saved: the database did not answer as expected. What you typed is still here; try again, and if it keeps failing, tell IT support.</source>
        <translation>Chưa lưu được: cơ sở dữ liệu không trả lời như mong đợi. Những gì bạn đã nhập vẫn còn đây; hãy thử lại, nếu vẫn không được, hãy báo bộ phận IT.</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../../ui/labels.py" line="+102"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../ui/search/global_search.py" line="+50"/>
        <source>Find a customer: name, phone, code, serial… ({keys})</source>
        <translation>Tìm khách hàng: tên, số điện thoại, mã, số serial… ({keys})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a name (accents optional), a phone number or its last 4 digits, a customer code, a serial or invoice number, or an e-mail. From anywhere: {keys}.</source>
        <translation>Gõ tên (có dấu hay không đều được), số điện thoại hoặc 4 số cuối, mã khách hàng, số serial hoặc số hoá đơn, hay e-mail. Từ bất kỳ đâu: {keys}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+6"/>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recent customers: type to search</source>
        <translation>Khách hàng gần đây: gõ để tìm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers found: {count}</source>
        <translation>Tìm thấy {count} khách hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customers yet: create the first one.</source>
        <translation>Chưa có khách hàng nào: hãy tạo khách hàng đầu tiên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer matches “{query}”.</source>
        <translation>Không có khách hàng nào khớp với “{query}”.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/home/home_screen.py" line="+55"/>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the figures again (F5)</source>
        <translation>Tải lại số liệu (F5)</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+55"/>
        <source>Updated {time}</source>
        <translation>Cập nhật lúc {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The overview could not be read from the database. Press Refresh (F5) to try again; if it keeps failing, tell IT support.</source>
        <translation>Không đọc được số liệu tổng quan từ cơ sở dữ liệu. Hãy bấm Làm mới (F5) để thử lại; nếu vẫn không được, hãy báo bộ phận IT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The figures shown are from {time}.</source>
        <translation>Số liệu đang hiển thị là của lúc {time}.</translation>
    </message>
</context>
<context>
    <name>ImportAction</name>
    <message>
        <location filename="../../ui/imports/preview_model.py" line="+37"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../../ui/imports/mapping_check.py" line="+29"/>
        <source>column {letter}</source>
        <translation>cột {letter}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“{field}” is chosen for {columns}: keep it for one column only.</source>
        <translation>“{field}” đang được chọn cho {columns}: chỉ giữ cho một cột.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the column that holds “{field}”.</source>
        <translation>Hãy chọn cột chứa “{field}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the column that holds “{first}” or “{second}”.</source>
        <translation>Hãy chọn cột chứa “{first}” hoặc “{second}”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One row per customer. It needs a column with the customer&apos;s full name; the code, phones, e-mail, birthday, gender, address, ward, province, tier, points, tags and notes are taken when the file has them.</source>
        <translation>Mỗi hàng là một khách hàng. Cần có cột họ tên khách hàng; mã, số điện thoại, e-mail, ngày sinh, giới tính, địa chỉ, phường/xã, tỉnh/thành phố, hạng, điểm, nhãn và ghi chú được lấy khi tệp có.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One row per product bought. It needs the customer code or phone (the customer must already be in CareDesk), the product code (SKU) and the purchase date; the invoice, product name, serial number, price, warranty and store are taken when the file has them. An SKU CareDesk does not know, with a product name, becomes a new product.</source>
        <translation>Mỗi hàng là một sản phẩm đã mua. Cần có mã khách hàng hoặc số điện thoại (khách hàng phải có sẵn trong CareDesk), mã sản phẩm (SKU) và ngày mua; số hoá đơn, tên sản phẩm, số sê-ri, giá, bảo hành và cửa hàng được lấy khi tệp có. Một SKU CareDesk chưa có, kèm tên sản phẩm, sẽ thành sản phẩm mới.</translation>
    </message>
</context>
<context>
    <name>ImportSeparator</name>
    <message>
        <location filename="../../ui/imports/source_page.py" line="+249"/>
        <source>comma</source>
        <translation>dấu phẩy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>dấu chấm phẩy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vertical bar</source>
        <translation>gạch đứng</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="+226"/>
        <source>1 row: {new} new, {update} to update, {skipped} skipped, {errors} with errors</source>
        <translation>1 hàng: {new} mới, {update} cập nhật, {skipped} bỏ qua, {errors} có lỗi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{rows} rows: {new} new, {update} to update, {skipped} skipped, {errors} with errors</source>
        <translation>{rows} hàng: {new} mới, {update} cập nhật, {skipped} bỏ qua, {errors} có lỗi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 row: {new} new purchases, {skipped} skipped, {errors} with errors</source>
        <translation>1 hàng: {new} giao dịch mua mới, {skipped} bỏ qua, {errors} có lỗi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{rows} rows: {new} new purchases, {skipped} skipped, {errors} with errors</source>
        <translation>{rows} hàng: {new} giao dịch mua mới, {skipped} bỏ qua, {errors} có lỗi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; {count} new products</source>
        <translation>; {count} sản phẩm mới</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/imports/import_wizard.py" line="+103"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Import purchases</source>
        <translation>Nhập giao dịch mua hàng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import customers</source>
        <translation>Nhập khách hàng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to import</source>
        <translation>Chọn dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the file reads</source>
        <translation>Cách đọc tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Các cột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check and preview</source>
        <translation>Kiểm tra và xem trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step {step} of {steps}: {name}</source>
        <translation>Bước {step}/{steps}: {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../ui/imports/stop_question.py" line="+15"/>
        <source>Stop the import?</source>
        <translation>Dừng nhập dữ liệu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel undoes everything imported so far: the database stays as it was before the import.</source>
        <translation>Hủy sẽ hoàn tác mọi thứ đã nhập đến giờ: cơ sở dữ liệu giữ nguyên như trước khi nhập.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Stop and undo</source>
        <translation>&amp;Dừng và hoàn tác</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep importing</source>
        <translation>&amp;Tiếp tục nhập</translation>
    </message>
</context>
<context>
    <name>InteractionText</name>
    <message>
        <location filename="../../ui/calls/interaction_text.py" line="+54"/>
        <source>Agent: {name}</source>
        <translation>Nhân viên: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length: {length}</source>
        <translation>Thời lượng: {length}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome: {outcome}</source>
        <translation>Kết quả: {outcome}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Satisfaction: {score}/5</source>
        <translation>Hài lòng: {score}/5</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Correction, {when}, {agent}:</source>
        <translation>Đính chính, {when}, {agent}:</translation>
    </message>
</context>
<context>
    <name>InteractionsModel</name>
    <message>
        <location filename="../../ui/models/interactions_model.py" line="+25"/>
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
        <location line="+20"/>
        <source>Unknown caller</source>
        <translation>Người gọi chưa xác định</translation>
    </message>
    <message>
        <location line="+31"/>
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
    <name>LinkCallerDialog</name>
    <message>
        <location filename="../../ui/calls/link_caller_dialog.py" line="+29"/>
        <source>Find the customer who called from {phone}. Every contact from this number that is not linked yet goes to them as well.</source>
        <translation>Tìm khách hàng đã gọi từ số {phone}. Mọi lượt liên hệ chưa gắn từ số này cũng sẽ được gắn với họ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find the customer this contact was with.</source>
        <translation>Tìm khách hàng của lượt liên hệ này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to customer</source>
        <translation>Gắn với khách hàng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Customer</source>
        <translation>&amp;Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Gắn</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The contact will show under {name} ({code}).</source>
        <translation>Lượt liên hệ sẽ hiện trong hồ sơ {name} ({code}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Find and choose the customer first.</source>
        <translation>Hãy tìm và chọn khách hàng trước.</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <location filename="../../ui/screen.py" line="+95"/>
        <source>Updated {time}</source>
        <translation>Cập nhật lúc {time}</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ui/session/lock_page.py" line="+43"/>
        <source>This seat is locked</source>
        <translation>Máy đang khoá</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({username}) is signed in. Their open screens and forms are kept as they were; type {name}&apos;s password to go on.</source>
        <translation>{name} ({username}) đang đăng nhập. Các màn hình và biểu mẫu đang mở được giữ nguyên; hãy nhập mật khẩu của {name} để làm tiếp.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password of {name}</source>
        <translation>Mật khẩu của {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Mở khoá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock with the password (Enter)</source>
        <translation>Mở khoá bằng mật khẩu (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch user</source>
        <translation>Chuyển người dùng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign {name} out and let someone else sign in; {name}&apos;s open forms are closed</source>
        <translation>Đăng xuất {name} để người khác đăng nhập; các biểu mẫu {name} đang mở sẽ bị đóng</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The password could not be checked: the database did not answer. Try again; if it keeps failing, choose Switch user or tell IT support.</source>
        <translation>Chưa kiểm tra được mật khẩu: cơ sở dữ liệu không trả lời. Hãy thử lại; nếu vẫn không được, hãy chọn Chuyển người dùng hoặc báo bộ phận IT.</translation>
    </message>
</context>
<context>
    <name>LoyaltyBasis</name>
    <message>
        <location filename="../../ui/labels.py" line="-37"/>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly spend</source>
        <translation>Chi tiêu trong năm</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window_chrome.py" line="+113"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed in as {username}</source>
        <translation>Đăng nhập với tên {username}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: {what}</source>
        <translation>Cơ sở dữ liệu: {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language: {name}</source>
        <translation>Ngôn ngữ: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+175"/>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+193"/>
        <source>Reminders</source>
        <translation>Nhắc việc</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claims</source>
        <translation>Bảo hành</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admin</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>“{title}” is not about a customer on file: {reason}</source>
        <translation>“{title}” không gắn với khách hàng nào trong hồ sơ: {reason}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{screen} ({count})</source>
        <translation>{screen} ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/window_chrome.py" line="-89"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Liên hệ mới…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a call, visit or message; for the customer on screen or highlighted in the search (F2)</source>
        <translation>Ghi một cuộc gọi, lượt ghé hoặc tin nhắn; cho khách hàng đang mở hoặc đang chọn trong ô tìm kiếm (F2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Lock seat</source>
        <translation>&amp;Khoá máy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the seat while you are away (Ctrl+L)</source>
        <translation>Khoá máy khi bạn rời chỗ (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Switch user…</source>
        <translation>&amp;Chuyển người dùng…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign out and let someone else sign in (Ctrl+Shift+L)</source>
        <translation>Đăng xuất để người khác đăng nhập (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the current screen again (F5)</source>
        <translation>Tải lại màn hình hiện tại (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find a customer…</source>
        <translation>&amp;Tìm khách hàng…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by name, phone, code, serial or invoice (Ctrl+F, F3)</source>
        <translation>Tìm theo tên, số điện thoại, mã, số serial hoặc số hoá đơn (Ctrl+F, F3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CareDesk</source>
        <translation>&amp;Giới thiệu CareDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+103"/>
        <source>CareDesk (locked)</source>
        <translation>CareDesk (đang khoá)</translation>
    </message>
    <message>
        <location filename="../../ui/window_chrome.py" line="+60"/>
        <source>Close open forms?</source>
        <translation>Đóng các biểu mẫu đang mở?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms still open: {count}. What was typed in them and not saved will be lost.</source>
        <translation>Số biểu mẫu còn đang mở: {count}. Những gì đã nhập mà chưa lưu sẽ bị mất.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="+53"/>
        <source>Matched as you chose last time for a file with the same column names.</source>
        <translation>Đã ghép cột như bạn chọn lần trước cho tệp có cùng tên cột.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Suggest from the names</source>
        <translation>&amp;Gợi ý theo tên cột</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>When a customer already exists (same code, or same phone and name):</source>
        <translation>Khi khách hàng đã có (cùng mã, hoặc cùng số điện thoại và họ tên):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Update with the file&apos;s values</source>
        <translation>&amp;Cập nhật theo giá trị trong tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave as it is (skip)</source>
        <translation>Giữ &amp;nguyên (bỏ qua)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Nhập thành</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{first} or {second}</source>
        <translation>{first} hoặc {second}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose what each column of the file holds; a column set to “— Not imported —” is left out. Needed: {fields}.</source>
        <translation>Chọn nội dung của từng cột trong tệp; cột đặt “— Không nhập —” sẽ được bỏ qua. Bắt buộc: {fields}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(empty in the first rows)</source>
        <translation>(trống ở các hàng đầu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— Not imported —</source>
        <translation>— Không nhập —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import “{column}” as</source>
        <translation>Nhập “{column}” thành</translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <location filename="../../ui/claims/warranty_check.py" line="+88"/>
        <source>Serial {serial}</source>
        <translation>Số serial {serial}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No serial</source>
        <translation>Không có số serial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice {invoice}</source>
        <translation>Hoá đơn {invoice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} · {code}</source>
        <translation>{name} · {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>archived customer</source>
        <translation>khách hàng đã lưu trữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought {bought} · warranty until {end} ({days})</source>
        <translation>Mua ngày {bought} · bảo hành đến {end} ({days})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>counted from delivery on {day}</source>
        <translation>tính từ ngày giao hàng {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exchanged: the customer now has serial {serial}</source>
        <translation>Đã đổi: khách hiện dùng máy số serial {serial}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open claim {number}</source>
        <translation>Mở yêu cầu {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unit is already in this claim: show it</source>
        <translation>Máy đã nằm trong yêu cầu này: mở yêu cầu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New claim…</source>
        <translation>Yêu cầu mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the unit in for repair, exchange or return</source>
        <translation>Tiếp nhận máy để sửa chữa, đổi sản phẩm hoặc trả hàng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The unit is already in claim {number}; continue that claim instead.</source>
        <translation>Máy đã nằm trong yêu cầu {number}; hãy tiếp tục xử lý yêu cầu đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warranty slip…</source>
        <translation>Phiếu bảo hành…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show and print the purchase&apos;s warranty slip</source>
        <translation>Xem và in phiếu bảo hành của đơn mua</translation>
    </message>
</context>
<context>
    <name>MatchedBy</name>
    <message>
        <location filename="../../ui/labels.py" line="+149"/>
        <source>Phone number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last digits of a phone</source>
        <translation>Số cuối điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer code</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Số serial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Số hoá đơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent contact</source>
        <translation>Liên hệ gần đây</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/customers/merge_dialog.py" line="+27"/>
        <source>Merge {name} ({code}) into…</source>
        <translation>Gộp {name} ({code}) vào…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this when one person has two records. Find the record to keep: everything of {code} moves to it.</source>
        <translation>Dùng khi một người có hai hồ sơ. Tìm hồ sơ được giữ lại: mọi thứ của {code} sẽ chuyển sang hồ sơ đó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep</source>
        <translation>&amp;Giữ lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Gộp khách hàng</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{gone} ({gone_code}) goes into {kept} ({kept_code}{phone}): contacts, complaints, claims, purchases, points, phone numbers and tags all move. {gone_code} is archived; searching for it finds {kept_code}.</source>
        <translation>{gone} ({gone_code}) được gộp vào {kept} ({kept_code}{phone}): liên hệ, khiếu nại, yêu cầu bảo hành, đơn mua, điểm, số điện thoại và nhãn đều được chuyển sang. {gone_code} được lưu trữ; tìm mã này sẽ ra {kept_code}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Find and choose the customer to keep first.</source>
        <translation>Hãy tìm và chọn khách hàng được giữ lại trước.</translation>
    </message>
</context>
<context>
    <name>NewProductFields</name>
    <message>
        <location filename="../../ui/claims/product_picker.py" line="+143"/>
        <source>SKU, e.g. TV-55</source>
        <translation>Mã SKU, vd. TV-55</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product name</source>
        <translation>Tên sản phẩm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brand (optional)</source>
        <translation>Thương hiệu (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
</context>
<context>
    <name>NoteStep</name>
    <message>
        <location filename="../../ui/claims/claim_steps.py" line="+74"/>
        <source>Note on {number}</source>
        <translation>Ghi chú cho {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Thêm ghi chú</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../ui/labels.py" line="-204"/>
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
    <name>PhoneLabel</name>
    <message>
        <location line="+83"/>
        <source>Mobile</source>
        <translation>Di động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Nhà riêng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>PhoneLine</name>
    <message>
        <location filename="../../ui/customers/profile_header.py" line="+57"/>
        <location line="+20"/>
        <source>Copy</source>
        <translation>Chép</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Copy {number} to paste into the dialler</source>
        <translation>Chép {number} để dán vào phần mềm gọi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copied</source>
        <translation>Đã chép</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <location filename="../../ui/customers/phone_rows.py" line="+69"/>
        <source>e.g. 0912 345 678</source>
        <translation>ví dụ: 0912 345 678</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Primary</source>
        <translation>Số chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number to call first</source>
        <translation>Số gọi trước tiên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Will be saved as the landline {number}.</source>
        <translation>Sẽ được lưu là số cố định {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will be saved as the mobile {number}.</source>
        <translation>Sẽ được lưu là số di động {number}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the old landline {number}</source>
        <translation>Đây là số cố định cũ {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is the mobile {number}</source>
        <translation>Đây là số di động {number}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Will be saved as {number}.</source>
        <translation>Sẽ được lưu là {number}.</translation>
    </message>
</context>
<context>
    <name>PhoneRows</name>
    <message>
        <location line="+34"/>
        <source>Add another number</source>
        <translation>Thêm số khác</translation>
    </message>
</context>
<context>
    <name>PointsSource</name>
    <message>
        <location filename="../../ui/labels.py" line="+117"/>
        <source>Purchase</source>
        <translation>Mua hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/imports/preview_model.py" line="+114"/>
        <source>Row</source>
        <translation>Hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the file&apos;s column “{column}”</source>
        <translation>Từ cột “{column}” của tệp</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="-198"/>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Only rows with problems</source>
        <translation>&amp;Chỉ hàng có vấn đề</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking every row against CareDesk…</source>
        <translation>Đang đối chiếu từng hàng với CareDesk…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing to import: every row is skipped or has an error.</source>
        <translation>Không có gì để nhập: mọi hàng đều bị bỏ qua hoặc có lỗi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import saves the {count} rows without errors; the rows with errors are left out and listed in the report, to correct and import again.</source>
        <translation>Khi nhập sẽ lưu {count} hàng không có lỗi; các hàng có lỗi được để lại và liệt kê trong báo cáo để sửa rồi nhập lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is saved until you press Import.</source>
        <translation>Chưa có gì được lưu cho đến khi bạn bấm Nhập.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No row has a problem.</source>
        <translation>Không hàng nào có vấn đề.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}: no problem.</source>
        <translation>Hàng {row}: không có vấn đề.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… and {count} more</source>
        <translation>… và {count} mục nữa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}:</source>
        <translation>Hàng {row}:</translation>
    </message>
</context>
<context>
    <name>PrintTarget</name>
    <message>
        <location filename="../../ui/labels.py" line="+17"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF file</source>
        <translation>Tệp PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command line</source>
        <translation>Dòng lệnh</translation>
    </message>
</context>
<context>
    <name>PriorityStep</name>
    <message>
        <location filename="../../ui/complaints/complaint_steps.py" line="+15"/>
        <source>Change the priority of {number}</source>
        <translation>Đổi mức ưu tiên của {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The due times are counted again from the opening for the new priority.</source>
        <translation>Thời hạn được tính lại từ lúc tiếp nhận theo mức ưu tiên mới.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Priority</source>
        <translation>Mức ư&amp;u tiên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change priority</source>
        <translation>Đổi mức ưu tiên</translation>
    </message>
</context>
<context>
    <name>ProductChoice</name>
    <message>
        <location filename="../../ui/claims/product_picker.py" line="+14"/>
        <source>&amp;New product, not in the list yet</source>
        <translation>Sản phẩm &amp;mới, chưa có trong danh sách</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <location line="-114"/>
        <source>SKU or part of the product&apos;s name</source>
        <translation>Mã SKU hoặc một phần tên sản phẩm</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{months} months</source>
        <translation>{months} tháng</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No product matches; tick “New product” to add it.</source>
        <translation>Không có sản phẩm nào khớp; hãy đánh dấu “Sản phẩm mới” để thêm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue is empty; add the product below.</source>
        <translation>Danh mục sản phẩm đang trống; hãy thêm sản phẩm ở bên dưới.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The products could not be read; type again to retry.</source>
        <translation>Không đọc được danh sách sản phẩm; hãy gõ lại để thử lại.</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <location filename="../../ui/customers/profile_actions.py" line="+61"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Liên hệ mới…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a call, visit or message with this customer ({keys})</source>
        <translation>Ghi một cuộc gọi, lượt ghé hoặc tin nhắn với khách hàng này ({keys})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ne&amp;w complaint…</source>
        <translation>Khiếu &amp;nại mới…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take a complaint from this customer</source>
        <translation>Tiếp nhận khiếu nại của khách hàng này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change details, phones and tags ({keys})</source>
        <translation>Sửa thông tin, số điện thoại và nhãn ({keys})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adjust &amp;points…</source>
        <translation>Điều chỉnh đ&amp;iểm…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or take points, with the reason</source>
        <translation>Cộng hoặc trừ điểm, kèm lý do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;tier…</source>
        <translation>Đặt &amp;hạng…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the tier by hand, or go back to the automatic tier</source>
        <translation>Đặt hạng thủ công, hoặc quay về hạng tự động</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Gộp vào…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person has another record: move everything to it</source>
        <translation>Người này có hồ sơ khác: chuyển mọi thứ sang hồ sơ đó</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Restore the customer first</source>
        <translation>Hãy khôi phục khách hàng trước</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this customer in search and lists again</source>
        <translation>Hiện lại khách hàng này trong tìm kiếm và danh sách</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Archive…</source>
        <translation>&amp;Lưu trữ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide this customer from search and lists; nothing is deleted</source>
        <translation>Ẩn khách hàng này khỏi tìm kiếm và danh sách; không có gì bị xoá</translation>
    </message>
</context>
<context>
    <name>ProfileHeaderCard</name>
    <message>
        <location filename="../../ui/customers/profile_header.py" line="+56"/>
        <source>Phones</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Sinh nhật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing</source>
        <translation>Tiếp thị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Liên hệ gần nhất</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tier set by hand</source>
        <translation>Hạng do giám sát viên đặt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Never</source>
        <translation>Chưa bao giờ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agrees to receive offers</source>
        <translation>Đồng ý nhận khuyến mãi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No offers: do not send marketing</source>
        <translation>Không nhận khuyến mãi: không gửi tiếp thị</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{kind}, primary</source>
        <translation>{kind}, số chính</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No phone number</source>
        <translation>Chưa có số điện thoại</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{age} years old</source>
        <translation>{age} tuổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birthday today</source>
        <translation>sinh nhật hôm nay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birthday tomorrow</source>
        <translation>sinh nhật ngày mai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in {days} days</source>
        <translation>còn {days} ngày</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="+57"/>
        <source>← Customer list</source>
        <translation>← Danh sách khách hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the customer list ({keys})</source>
        <translation>Quay lại danh sách khách hàng ({keys})</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{old} was merged into this customer; this is the record to use.</source>
        <translation>{old} đã được gộp vào khách hàng này; hãy dùng hồ sơ này.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This customer is archived: search and the list do not show them. Restore them to make changes.</source>
        <translation>Khách hàng này đã được lưu trữ: tìm kiếm và danh sách không hiện họ. Hãy khôi phục để chỉnh sửa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also found by the merged records {codes}.</source>
        <translation>Cũng tìm thấy qua các hồ sơ đã gộp {codes}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This customer could not be read from the database. Press F5 to try again; if it keeps failing, tell IT support.</source>
        <translation>Không đọc được khách hàng này từ cơ sở dữ liệu. Bấm F5 để thử lại; nếu vẫn lỗi, hãy báo bộ phận IT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not updated</source>
        <translation>Chưa cập nhật được</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{old} was merged into this customer.</source>
        <translation>{old} đã được gộp vào khách hàng này.</translation>
    </message>
</context>
<context>
    <name>ProfileSections</name>
    <message>
        <location filename="../../ui/customers/profile_sections.py" line="+77"/>
        <source>No calls, complaints, claims or reminders yet.</source>
        <translation>Chưa có cuộc gọi, khiếu nại, yêu cầu bảo hành hay nhắc việc nào.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No purchases recorded.</source>
        <translation>Chưa ghi nhận đơn mua nào.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No points earned or spent yet.</source>
        <translation>Chưa tích hay đổi điểm nào.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No important dates. Birthdays are shown above.</source>
        <translation>Chưa có ngày quan trọng nào. Sinh nhật được hiện ở trên.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New claim…</source>
        <translation>Yêu cầu bảo hành mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty slip…</source>
        <translation>Phiếu bảo hành…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases</source>
        <translation>Đơn mua</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/models/profile_models.py" line="+83"/>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Important dates</source>
        <translation>Ngày quan trọng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The latest {count} are shown.</source>
        <translation>Đang hiện {count} mục mới nhất.</translation>
    </message>
    <message>
        <location filename="../../ui/models/profile_models.py" line="-3"/>
        <location filename="../../ui/models/timeline_model.py" line="+155"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="-9"/>
        <source>Correction</source>
        <translation>Đính chính</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../ui/models/profile_models.py" line="+19"/>
        <location filename="../../ui/models/timeline_model.py" line="+5"/>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Warranty ended {date}</source>
        <translation>Hết bảo hành từ {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ending soon: until {date} ({days} days left)</source>
        <translation>Sắp hết bảo hành: đến {date} (còn {days} ngày)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In warranty until {date}</source>
        <translation>Còn bảo hành đến {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>Số serial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice</source>
        <translation>Hoá đơn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bought</source>
        <translation>Ngày mua</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warranty</source>
        <translation>Bảo hành</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Past</source>
        <translation>Đã qua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {days} days</source>
        <translation>Còn {days} ngày</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every year</source>
        <translation>Hằng năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <translation>Một lần</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occasion</source>
        <translation>Dịp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Lần tới</translation>
    </message>
</context>
<context>
    <name>ProvinceCombo</name>
    <message>
        <location filename="../../ui/widgets/province_combo.py" line="+66"/>
        <source>Type or choose, e.g. Hà Nội</source>
        <translation>Gõ hoặc chọn, ví dụ: Hà Nội</translation>
    </message>
</context>
<context>
    <name>PurchaseForm</name>
    <message>
        <location filename="../../ui/claims/purchase_form.py" line="+82"/>
        <source>Register a purchase</source>
        <translation>Ghi nhận đơn mua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the sale from the invoice; the warranty slip is printed next.</source>
        <translation>Ghi nhận đơn bán theo hoá đơn; phiếu bảo hành sẽ được in ngay sau đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register it for another customer</source>
        <translation>Ghi nhận cho khách hàng khác</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As printed on the unit</source>
        <translation>Như in trên máy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— this seat&apos;s store —</source>
        <translation>— cửa hàng của máy làm việc này —</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ustomer</source>
        <translation>&amp;Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Product</source>
        <translation>&amp;Sản phẩm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New product</source>
        <translation>Sản phẩm mới</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Brand, terms</source>
        <translation>Thương hiệu, thời hạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warranty</source>
        <translation>bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returns</source>
        <translation>đổi trả</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Serial number</source>
        <translation>Số s&amp;erial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Invoice</source>
        <translation>Số &amp;hoá đơn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tore</source>
        <translation>&amp;Cửa hàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchase &amp;date</source>
        <translation>&amp;Ngày mua</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;livered</source>
        <translation>Ngày &amp;giao</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered later: the warranty counts from delivery.</source>
        <translation>Giao hàng sau: bảo hành tính từ ngày giao.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rice paid</source>
        <translation>Giá đã &amp;trả</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Warranty</source>
        <translation>&amp;Bảo hành</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xtended by</source>
        <translation>Gi&amp;a hạn thêm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filled in from the product; change it if the invoice says otherwise.</source>
        <translation>Lấy theo sản phẩm; hãy sửa nếu hoá đơn ghi khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register purchase</source>
        <translation>Ghi nhận đơn mua</translation>
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
    <name>QueueFilterBar</name>
    <message>
        <location filename="../../ui/complaints/queue_filters.py" line="+36"/>
        <source>All open</source>
        <translation>Tất cả đang mở</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All categories</source>
        <translation>Mọi danh mục</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All priorities</source>
        <translation>Mọi mức ưu tiên</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>All stores</source>
        <translation>Mọi cửa hàng</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+52"/>
        <source>All products</source>
        <translation>Mọi sản phẩm</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+53"/>
        <source>Anyone</source>
        <translation>Mọi nhân viên</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Xóa bộ lọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every open complaint of the queue</source>
        <translation>Hiện mọi khiếu nại đang mở của hàng đợi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status</source>
        <translation>&amp;Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ategory</source>
        <translation>&amp;Danh mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority</source>
        <translation>Mức ư&amp;u tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;ore</source>
        <translation>&amp;Cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;duct</source>
        <translation>&amp;Sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gent</source>
        <translation>&amp;Nhân viên</translation>
    </message>
</context>
<context>
    <name>QuoteStep</name>
    <message>
        <location filename="../../ui/claims/claim_steps.py" line="-31"/>
        <source>Quote for {number}</source>
        <translation>Báo giá cho {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of warranty: the repair starts only once the customer accepts.</source>
        <translation>Hết bảo hành: chỉ bắt đầu sửa khi khách đồng ý báo giá.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer &amp;accepts the quote</source>
        <translation>Khách hàng đồng ý &amp;báo giá</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cost</source>
        <translation>&amp;Chi phí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save quote</source>
        <translation>Lưu báo giá</translation>
    </message>
</context>
<context>
    <name>ReasonStep</name>
    <message>
        <location filename="../../ui/complaints/complaint_steps.py" line="-67"/>
        <source>&amp;Reason</source>
        <translation>&amp;Lý do</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../ui/reminders/reminder_dialogs.py" line="+35"/>
        <source>Reassign reminder</source>
        <translation>Giao lại nhắc việc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared pool (anyone of the store)</source>
        <translation>Việc chung (ai trong cửa hàng cũng nhận được)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the staff list…</source>
        <translation>Đang đọc danh sách nhân viên…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Give to</source>
        <translation>&amp;Giao cho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reassign</source>
        <translation>Giao lại</translation>
    </message>
</context>
<context>
    <name>ReassignStep</name>
    <message>
        <location filename="../../ui/complaints/reassign_step.py" line="+33"/>
        <source>nobody (in the queue)</source>
        <translation>chưa có ai (đang trong hàng đợi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reassign {number}</source>
        <translation>Giao lại {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is with {name} now. The new assignee sees it in their queue, and the timeline keeps who gave it to whom.</source>
        <translation>Hiện {name} đang phụ trách. Người được giao mới sẽ thấy khiếu nại trong hàng đợi của mình, và diễn biến vẫn ghi lại ai đã giao cho ai.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading staff…</source>
        <translation>Đang tải danh sách nhân viên…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Give it to</source>
        <translation>&amp;Giao cho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign</source>
        <translation>Giao lại</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The staff list could not be read. Close this and try again.</source>
        <translation>Không đọc được danh sách nhân viên. Hãy đóng cửa sổ này và thử lại.</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../ui/admin/record_tab.py" line="+65"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>RefundStep</name>
    <message>
        <location filename="../../ui/claims/claim_steps.py" line="-39"/>
        <source>Refund {number}</source>
        <translation>Hoàn tiền {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer paid {price}; a refund is never more than that.</source>
        <translation>Khách đã trả {price}; số tiền hoàn không bao giờ vượt quá số này.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Amount</source>
        <translation>&amp;Số tiền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
</context>
<context>
    <name>RejectStep</name>
    <message>
        <location line="-69"/>
        <source>Reject {number}</source>
        <translation>Từ chối {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit is then handed back to the customer as it is.</source>
        <translation>Sau đó máy được trả lại nguyên trạng cho khách.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the customer is told</source>
        <translation>Nội dung báo cho khách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why</source>
        <translation>&amp;Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Giải thích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
</context>
<context>
    <name>ReminderInboxModel</name>
    <message>
        <location filename="../../ui/models/reminder_inbox_model.py" line="+63"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{outcome} · {who}</source>
        <translation>{outcome} · {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snoozed</source>
        <translation>Đã hoãn</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Shared pool</source>
        <translation>Việc chung</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Due {due}; snoozed until {until}.</source>
        <translation>Hạn {due}; đã hoãn đến {until}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue: it was due {due}.</source>
        <translation>Quá hạn: hạn là {due}.</translation>
    </message>
</context>
<context>
    <name>ReminderOutcome</name>
    <message>
        <location filename="../../ui/labels.py" line="-54"/>
        <source>Reached</source>
        <translation>Đã liên lạc được</translation>
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
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Khách từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done in person</source>
        <translation>Đã gặp trực tiếp</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <location filename="../../ui/reminders/reminder_panel.py" line="+64"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Hoãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the reminder off for a while</source>
        <translation>Hoãn nhắc việc một lúc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mplete…</source>
        <translation>Hoàn &amp;tất…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record how the follow-up went; the contact goes on the timeline</source>
        <translation>Ghi kết quả chăm sóc; lần liên hệ được ghi vào lịch sử</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy greeting</source>
        <translation>&amp;Chép lời chúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the greeting text to paste into SMS or Zalo</source>
        <translation>Chép lời chúc để dán vào SMS hoặc Zalo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide the reminder (it stays in the inbox)</source>
        <translation>Ẩn nhắc việc (vẫn còn trong danh sách)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Greeting for SMS or Zalo</source>
        <translation>Lời chúc gửi SMS hoặc Zalo</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&lt;b&gt;{kind}:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;{kind}:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;What to say:&lt;/b&gt; {script}</source>
        <translation>&lt;b&gt;Nên nói:&lt;/b&gt; {script}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Done {time} · {outcome} · {who}</source>
        <translation>Xong lúc {time} · {outcome} · {who}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snoozed to {time}</source>
        <translation>Hoãn đến {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due {time}</source>
        <translation>Hạn {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is {who}&apos;s reminder: they or a supervisor can work it.</source>
        <translation>Đây là nhắc việc của {who}: chỉ người đó hoặc giám sát viên mới xử lý được.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Copied.</source>
        <translation>Đã chép.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Completed. The contact is on the timeline below.</source>
        <translation>Đã hoàn tất. Lần liên hệ có trong lịch sử bên dưới.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snoozed: it comes back {time}.</source>
        <translation>Đã hoãn: sẽ nhắc lại lúc {time}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The reminder could not be read from the database. Open it again from the inbox; if it keeps failing, tell IT support.</source>
        <translation>Không đọc được nhắc việc từ cơ sở dữ liệu. Hãy mở lại từ danh sách nhắc việc; nếu vẫn lỗi, hãy báo bộ phận IT.</translation>
    </message>
</context>
<context>
    <name>ReminderRule</name>
    <message>
        <location filename="../../ui/labels.py" line="-18"/>
        <source>After purchase</source>
        <translation>Sau mua hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After resolution</source>
        <translation>Sau giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Sinh nhật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty ending</source>
        <translation>Sắp hết bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet customer</source>
        <translation>Khách lâu không liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday greeting</source>
        <translation>Chúc mừng ngày lễ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised callback</source>
        <translation>Hẹn gọi lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint SLA</source>
        <translation>SLA khiếu nại</translation>
    </message>
</context>
<context>
    <name>ReminderStatus</name>
    <message>
        <location line="-16"/>
        <source>To do</source>
        <translation>Cần làm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed</source>
        <translation>Đã bỏ qua</translation>
    </message>
</context>
<context>
    <name>ReminderWork</name>
    <message>
        <location filename="../../ui/reminders/reminder_work.py" line="+122"/>
        <source>The reminder could not be changed: the database did not answer as expected. Try again; if it keeps failing, tell IT support.</source>
        <translation>Không thay đổi được nhắc việc: cơ sở dữ liệu không trả lời như mong đợi. Hãy thử lại; nếu vẫn lỗi, hãy báo bộ phận IT.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Choose a time…</source>
        <translation>Chọn giờ…</translation>
    </message>
</context>
<context>
    <name>RemindersScreen</name>
    <message>
        <location filename="../../ui/reminders/reminders_screen.py" line="+73"/>
        <source>Export today&apos;s greetings…</source>
        <translation>Xuất lời chúc hôm nay…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write today&apos;s greetings (phone, name, text) to a CSV file for the SMS gateway; CareDesk sends nothing itself</source>
        <translation>Ghi lời chúc hôm nay (số điện thoại, tên, nội dung) ra tệp CSV cho cổng SMS; CareDesk không tự gửi gì</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminders</source>
        <translation>Nhắc việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the reminders again (F5)</source>
        <translation>Đọc lại nhắc việc (F5)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Show</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Take</source>
        <translation>&amp;Nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this reminder from the shared pool yours ({keys})</source>
        <translation>Nhận nhắc việc này từ việc chung về mình ({keys})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Hoãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the reminder off for a while</source>
        <translation>Hoãn nhắc việc một lúc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Complete…</source>
        <translation>Hoàn &amp;tất…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record how the follow-up went; the contact goes on the customer&apos;s timeline ({keys})</source>
        <translation>Ghi kết quả chăm sóc; lần liên hệ được ghi vào lịch sử của khách ({keys})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reassign…</source>
        <translation>&amp;Giao lại…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the reminder to someone else or back to the shared pool</source>
        <translation>Giao nhắc việc cho người khác hoặc trả về việc chung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the customer&apos;s profile with the reason, the call script and the greeting (Enter)</source>
        <translation>Mở hồ sơ khách với lý do, kịch bản gọi và lời chúc (Enter)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Sắp tới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{tab} ({count})</source>
        <translation>{tab} ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared pool</source>
        <translation>Việc chung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All reminders</source>
        <translation>Tất cả nhắc việc</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Nothing done here yet.</source>
        <translation>Chưa có việc nào xong ở đây.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing overdue waits in the shared pool.</source>
        <translation>Việc chung không có việc quá hạn nào chờ nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing due today waits in the shared pool.</source>
        <translation>Việc chung không có việc hôm nay nào chờ nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing planned waits in the shared pool.</source>
        <translation>Việc chung không có việc sắp tới nào chờ nhận.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing overdue. Well done.</source>
        <translation>Không có việc quá hạn. Tốt lắm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing more due today.</source>
        <translation>Hôm nay không còn việc nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing planned yet.</source>
        <translation>Chưa có việc nào sắp tới.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reminders could not be read from the database. Press Refresh (F5) to try again; if it keeps failing, tell IT support.</source>
        <translation>Không đọc được nhắc việc từ cơ sở dữ liệu. Bấm Làm mới (F5) để thử lại; nếu vẫn lỗi, hãy báo bộ phận IT.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Completed: {title}. It is under Done.</source>
        <translation>Đã hoàn tất: {title}. Việc nằm ở mục Đã xong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snoozed to {time}: {title}. It is under Upcoming.</source>
        <translation>Đã hoãn đến {time}: {title}. Việc nằm ở mục Sắp tới.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snoozed to {time}: {title}.</source>
        <translation>Đã hoãn đến {time}: {title}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken: {title} is in your reminders (Show: Mine).</source>
        <translation>Đã nhận: {title} nằm trong nhắc việc của bạn (Xem: Của tôi).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given to {who}: {title}.</source>
        <translation>Đã giao cho {who}: {title}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>greetings-{date}.csv</source>
        <translation>loi-chuc-{date}.csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export today&apos;s greetings</source>
        <translation>Xuất lời chúc hôm nay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{count} greetings written to {path}.</source>
        <translation>Đã ghi {count} lời chúc vào {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No greetings are due today; {path} holds only the header row.</source>
        <translation>Hôm nay không có lời chúc nào; {path} chỉ có dòng tiêu đề.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The greetings could not be written. Check that the folder exists and you may write there, then try again.</source>
        <translation>Không ghi được lời chúc. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi, rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>ReopenStep</name>
    <message>
        <location filename="../../ui/complaints/complaint_steps.py" line="+8"/>
        <source>Reopen {number}</source>
        <translation>Mở lại {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
</context>
<context>
    <name>ReplyTemplates</name>
    <message>
        <location filename="../../ui/complaints/template_list.py" line="+51"/>
        <source>New template</source>
        <translation>Mẫu mới</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} (switched off)</source>
        <translation>{name} (đã tắt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not offered on complaints.</source>
        <translation>Không dùng cho khiếu nại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed, not saved yet.</source>
        <translation>Đã sửa, chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/template_editor.py" line="+43"/>
        <source>Every category</source>
        <translation>Mọi danh mục</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer&apos;s full name</source>
        <translation>Họ và tên khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The complaint number, e.g. KN-2026-000123</source>
        <translation>Số khiếu nại, vd. KN-2026-000123</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product of the purchase concerned</source>
        <translation>Sản phẩm của đơn mua liên quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the resolution is due, date and time</source>
        <translation>Hạn giải quyết, gồm ngày và giờ</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/imports/report_page.py" line="+64"/>
        <source>Back checks the file again, to import it once more; Close ends here.</source>
        <translation>Quay lại để kiểm tra tệp lần nữa và nhập lại; Đóng để kết thúc.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save report as CSV…</source>
        <translation>&amp;Lưu báo cáo thành CSV…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Row</source>
        <translation>Hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created: {count}</source>
        <translation>Tạo mới: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: {count}</source>
        <translation>Bỏ qua: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New products: {count}</source>
        <translation>Sản phẩm mới: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated: {count}</source>
        <translation>Cập nhật: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as: {source}</source>
        <translation>Đọc theo: {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns not imported: {columns}</source>
        <translation>Các cột không nhập: {columns}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Errors: {errors} · Notes: {notes}</source>
        <translation>Lỗi: {errors} · Lưu ý: {notes}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Đã hủy: không có gì thay đổi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import did not finish: what it had saved was undone.</source>
        <translation>Việc nhập không hoàn tất: những gì đã lưu đã được hoàn tác.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>import-report-{day}</source>
        <translation>bao-cao-nhap-{day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the import report</source>
        <translation>Lưu báo cáo nhập dữ liệu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved to {path}</source>
        <translation>Đã lưu vào {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report could not be written: {reason}. Close the file if it is open in another program, or choose another folder.</source>
        <translation>Không ghi được báo cáo: {reason}. Hãy đóng tệp nếu nó đang mở trong chương trình khác, hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report could not be saved. Try again, or tell IT support.</source>
        <translation>Không lưu được báo cáo. Hãy thử lại hoặc báo bộ phận IT.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/admin/user_dialogs.py" line="+220"/>
        <source>New password for {name}</source>
        <translation>Mật khẩu mới cho {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the new password to {name} in person. It also lifts a lock after too many wrong passwords.</source>
        <translation>Hãy trực tiếp báo mật khẩu mới cho {name}. Việc này cũng mở khoá tài khoản bị khoá do nhập sai mật khẩu quá nhiều lần.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;password</source>
        <translation>&amp;Mật khẩu mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters.</source>
        <translation>Ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password &amp;again</source>
        <translation>&amp;Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
</context>
<context>
    <name>ResolutionType</name>
    <message>
        <location filename="../../ui/complaints/complaint_timeline.py" line="-71"/>
        <source>Explanation given</source>
        <translation>Giải thích cho khách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair</source>
        <translation>Sửa chữa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Đổi sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill voucher</source>
        <translation>Phiếu quà tặng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty points</source>
        <translation>Điểm tích lũy</translation>
    </message>
</context>
<context>
    <name>ResolveStep</name>
    <message>
        <location filename="../../ui/complaints/complaint_steps.py" line="-102"/>
        <source>Resolve {number}</source>
        <translation>Giải quyết {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was done for the customer</source>
        <translation>Đã làm gì cho khách hàng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resolved on the first contact</source>
        <translation>Giải quyết ngay lần liên hệ đầu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;How</source>
        <translation>&amp;Cách giải quyết</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Notes</source>
        <translation>Ghi &amp;chú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compensation (&amp;VND)</source>
        <translation>Bồi thường (&amp;VND)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compensation (p&amp;oints)</source>
        <translation>Bồi thường (đ&amp;iểm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve</source>
        <translation>Giải quyết</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/labels.py" line="-102"/>
        <source>Agent</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/imports/run_page.py" line="+12"/>
        <location line="+22"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cancel undoes everything imported so far. Other seats can keep working meanwhile.</source>
        <translation>Hủy sẽ hoàn tác mọi thứ đã nhập đến giờ. Các máy khác vẫn làm việc bình thường trong lúc này.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Starting…</source>
        <translation>Đang bắt đầu…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undoing what was imported so far…</source>
        <translation>Đang hoàn tác những gì đã nhập…</translation>
    </message>
</context>
<context>
    <name>ScreenHeader</name>
    <message>
        <location filename="../../ui/widgets/screen_header.py" line="+57"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not updated</source>
        <translation>Chưa cập nhật được</translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <location filename="../../ui/screen_pop.py" line="+103"/>
        <source>A caller is waiting: their record opens once the seat is unlocked.</source>
        <translation>Có người đang gọi: hồ sơ sẽ mở khi máy được mở khóa.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{count} customers share the number {phone}; this is the first. Search the number to see the others.</source>
        <translation>{count} khách hàng dùng chung số {phone}; đây là người đầu tiên. Tìm theo số để xem những người còn lại.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database did not answer; the details are in the log file.</source>
        <translation>Cơ sở dữ liệu không phản hồi; chi tiết có trong tệp nhật ký.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot look up the caller {phone}: {reason}</source>
        <translation>Không tra được người gọi {phone}: {reason}</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../ui/search/search_popup.py" line="+67"/>
        <source>↑ ↓ choose · Enter opens the customer · F2 logs a contact · Esc closes</source>
        <translation>↑ ↓ chọn · Enter mở khách hàng · F2 ghi liên hệ · Esc đóng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New customer… ({keys})</source>
        <translation>Khách hàng mới… ({keys})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a customer from what you typed</source>
        <translation>Tạo khách hàng từ nội dung vừa gõ</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/models/search_results_model.py" line="+27"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Liên hệ gần nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open complaints</source>
        <translation>Khiếu nại đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by</source>
        <translation>Tìm theo</translation>
    </message>
</context>
<context>
    <name>SearchRunner</name>
    <message>
        <location filename="../../ui/search/search_runner.py" line="+123"/>
        <source>The search could not be run: the database did not answer. Try again; if it keeps failing, tell IT support.</source>
        <translation>Không tìm được: cơ sở dữ liệu không phản hồi. Hãy thử lại; nếu vẫn lỗi, hãy báo bộ phận IT.</translation>
    </message>
</context>
<context>
    <name>SetActiveDialog</name>
    <message>
        <location filename="../../ui/admin/user_dialogs.py" line="-45"/>
        <source>Enable {name}?</source>
        <translation>Cho {name} dùng lại tài khoản?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} can sign in again with their password.</source>
        <translation>{name} sẽ đăng nhập lại được bằng mật khẩu của mình.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable</source>
        <translation>Cho dùng lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disable {name}?</source>
        <translation>Ngừng tài khoản của {name}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} can no longer sign in. Their calls, complaints and the audit trail keep their name; you can enable the account again at any time.</source>
        <translation>{name} sẽ không đăng nhập được nữa. Cuộc gọi, khiếu nại và nhật ký thay đổi vẫn giữ tên người này; bạn có thể cho dùng lại tài khoản bất cứ lúc nào.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disable</source>
        <translation>Ngừng sử dụng</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="+111"/>
        <source>A customer reaches a tier once the chosen measure is at least its threshold. Only the thresholds of the chosen measure are shown; the others are kept.</source>
        <translation>Khách hàng lên một hạng khi chỉ số đã chọn đạt từ ngưỡng của hạng đó trở lên. Chỉ hiện các ngưỡng của chỉ số đã chọn; các ngưỡng còn lại vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A seat nobody touches for this long locks until its user types the password again. Applies from the next sign-in on other seats.</source>
        <translation>Máy không ai dùng trong khoảng thời gian này sẽ khoá lại cho đến khi người dùng nhập lại mật khẩu. Ở các máy khác, thay đổi có hiệu lực từ lần đăng nhập sau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yearly spend: what the customer paid in the last 12 months. Points: the customer&apos;s points balance.</source>
        <translation>Chi tiêu trong năm: số tiền khách đã chi trong 12 tháng gần nhất. Điểm: số điểm hiện có của khách.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Lưu cài đặt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seats</source>
        <translation>Máy làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty tiers</source>
        <translation>Hạng khách hàng thân thiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service levels (SLA) and business hours</source>
        <translation>Mức dịch vụ (SLA) và giờ làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed slips</source>
        <translation>Phiếu in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other settings</source>
        <translation>Cài đặt khác</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Không có gì để lưu: chưa có cài đặt nào thay đổi.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was saved. {reason}</source>
        <translation>Chưa lưu thay đổi nào. {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings could not be saved: the database did not answer. Try again; if it keeps failing, tell IT support.</source>
        <translation>Chưa lưu được cài đặt: cơ sở dữ liệu không trả lời. Hãy thử lại; nếu vẫn không được, hãy báo bộ phận IT.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../ui/labels.py" line="+56"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Nghiêm trọng</translation>
    </message>
</context>
<context>
    <name>SharedNumberBox</name>
    <message>
        <location filename="../../ui/customers/phone_rows.py" line="+70"/>
        <source>Same household: save</source>
        <translation>Cùng hộ gia đình: lưu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customers live together and share this number: save it on both</source>
        <translation>Các khách hàng sống cùng nhà và dùng chung số này: lưu số cho cả hai</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open {name}</source>
        <translation>Mở {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close this form and open {name} ({code})</source>
        <translation>Đóng biểu mẫu này và mở {name} ({code})</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/session/sign_in_dialog.py" line="+26"/>
        <source>Sign in to CareDesk</source>
        <translation>Đăng nhập CareDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every call, complaint and change you make is recorded under your name.</source>
        <translation>Mọi cuộc gọi, khiếu nại và thay đổi bạn thực hiện đều được ghi dưới tên bạn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. lan.nguyen</source>
        <translation>ví dụ: lan.nguyen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Username</source>
        <translation>&amp;Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: {what}</source>
        <translation>Cơ sở dữ liệu: {what}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close CareDesk without signing in (Esc)</source>
        <translation>Đóng CareDesk mà không đăng nhập (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
</context>
<context>
    <name>SlipKind</name>
    <message>
        <location filename="../../ui/claims/claim_windows.py" line="+26"/>
        <location filename="../../ui/labels.py" line="+104"/>
        <source>Warranty slip</source>
        <translation>Phiếu bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/labels.py" line="+1"/>
        <source>Claim receipt</source>
        <translation>Phiếu tiếp nhận bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/labels.py" line="+1"/>
        <source>Return slip</source>
        <translation>Phiếu trả hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/labels.py" line="+1"/>
        <source>Complaint receipt</source>
        <translation>Phiếu tiếp nhận khiếu nại</translation>
    </message>
</context>
<context>
    <name>SlipLayout</name>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="-285"/>
        <source>A5 sheet</source>
        <translation>Tờ A5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 mm receipt roll</source>
        <translation>Cuộn giấy in nhiệt 80 mm</translation>
    </message>
</context>
<context>
    <name>SlipPreviewDialog</name>
    <message>
        <location filename="../../ui/slips/preview_dialog.py" line="+100"/>
        <source>Slip</source>
        <translation>Phiếu in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reprint: marked BẢN SAO / COPY</source>
        <translation>In lại: có dấu BẢN SAO / COPY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Phóng to (Ctrl++)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as &amp;PDF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the slip as a PDF file</source>
        <translation>Lưu phiếu thành tệp PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the slip (Ctrl+P)</source>
        <translation>In phiếu (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing the slip…</source>
        <translation>Đang chuẩn bị phiếu…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{title} {number}</source>
        <translation>{title} {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This slip was printed before: what you print now is a copy with the same number.</source>
        <translation>Phiếu này đã được in trước đây: lần in này là bản sao, mang cùng số phiếu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the slip, then print it or save it as a PDF.</source>
        <translation>Kiểm tra phiếu, rồi in hoặc lưu thành PDF.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The slip could not be prepared. Close this window and try again; if it keeps failing, tell IT support.</source>
        <translation>Không chuẩn bị được phiếu. Hãy đóng cửa sổ này và thử lại; nếu vẫn lỗi, hãy báo bộ phận IT.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Print {number}</source>
        <translation>In {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing was cancelled: the slip is not recorded as printed.</source>
        <translation>Đã hủy in: phiếu không được ghi nhận là đã in.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The printer did not print the slip, so it is not recorded as printed. Check that the printer is on and has paper, then press Print again.</source>
        <translation>Máy in không in được phiếu nên phiếu không được ghi nhận là đã in. Hãy kiểm tra máy in đã bật và còn giấy, rồi bấm In một lần nữa.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save {number} as PDF</source>
        <translation>Lưu {number} thành PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF file (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving was cancelled: the slip is not recorded as printed.</source>
        <translation>Đã hủy lưu: phiếu không được ghi nhận là đã in.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PDF could not be saved to {path} ({error}), so the slip is not recorded as printed. Choose another folder and try again.</source>
        <translation>Không lưu được PDF vào {path} ({error}) nên phiếu không được ghi nhận là đã in. Hãy chọn thư mục khác và thử lại.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recording the print…</source>
        <translation>Đang ghi nhận lần in…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved as PDF and recorded.</source>
        <translation>Đã lưu thành PDF và ghi nhận.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the printer and recorded.</source>
        <translation>Đã gửi đến máy in và ghi nhận.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A further print is marked as a copy.</source>
        <translation>Lần in sau sẽ được đánh dấu là bản sao.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The slip went out but its print could not be recorded in the database. Tell IT support; do not print it again just to record it.</source>
        <translation>Phiếu đã được xuất nhưng không ghi nhận được lần in vào cơ sở dữ liệu. Hãy báo bộ phận IT; đừng in lại chỉ để ghi nhận.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/reminders/reminder_dialogs.py" line="-110"/>
        <source>Snooze reminder</source>
        <translation>Hoãn nhắc việc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remind me at</source>
        <translation>&amp;Nhắc lại lúc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local time of the store. It comes back in the inbox then.</source>
        <translation>Giờ địa phương của cửa hàng. Việc sẽ hiện lại trong danh sách lúc đó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze</source>
        <translation>Hoãn</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../ui/imports/source_page.py" line="-179"/>
        <source>Check that the names below read right; if not, pick another encoding.</source>
        <translation>Hãy kiểm tra các tên bên dưới có đọc đúng không; nếu không, hãy chọn bảng mã khác.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Separator:</source>
        <translation>Dấu phân cách:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;heet:</source>
        <translation>T&amp;rang tính:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column names:</source>
        <translation>Tên cột:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file as read: the column names (in bold) and the first rows.</source>
        <translation>Tệp như đã đọc: tên cột (chữ đậm) và các hàng đầu tiên.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CSV file</source>
        <translation>Tệp CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook</source>
        <translation>Sổ làm việc Excel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>row {row}; {count} rows of data below it</source>
        <translation>hàng {row}; bên dưới có {count} hàng dữ liệu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Detected: {encoding}</source>
        <translation>Nhận dạng: {encoding}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="+92"/>
        <source>CareDesk cannot start</source>
        <translation>Không khởi động được CareDesk</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Unknown screen “{name}”. Choose one of: {names}.</source>
        <translation>Không có màn hình “{name}”. Hãy chọn một trong các màn hình: {names}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{user} ({role}) cannot open the screen “{name}”.</source>
        <translation>{user} ({role}) không được mở màn hình “{name}”.</translation>
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
    <name>StatusStep</name>
    <message>
        <location filename="../../ui/claims/claim_steps.py" line="-32"/>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional: what was found or done.</source>
        <translation>Không bắt buộc: đã phát hiện hoặc đã làm gì.</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <location filename="../../ui/admin/store_dialog.py" line="+31"/>
        <source>The name, address and phone are printed on warranty and return slips.</source>
        <translation>Tên, địa chỉ và điện thoại được in trên phiếu bảo hành và phiếu đổi trả.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a store</source>
        <translation>Thêm cửa hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit {name}</source>
        <translation>Sửa {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. HN01</source>
        <translation>ví dụ: HN01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Cửa hàng Hoàn Kiếm</source>
        <translation>ví dụ: Cửa hàng Hoàn Kiếm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 12 Tràng Tiền, Phường Hoàn Kiếm (street and ward)</source>
        <translation>ví dụ: 12 Tràng Tiền, Phường Hoàn Kiếm (số nhà, đường và phường/xã)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 024 3826 1234</source>
        <translation>ví dụ: 024 3826 1234</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code</source>
        <translation>&amp;Mã cửa hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 to 20 letters A-Z, digits or dashes; short, it appears on slip numbers.</source>
        <translation>Từ 2 đến 20 chữ A-Z, chữ số hoặc gạch ngang; nên ngắn vì mã có trong số phiếu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;rovince</source>
        <translation>Tỉnh/thành &amp;phố</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;hone</source>
        <translation>Điện t&amp;hoại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add store</source>
        <translation>Thêm cửa hàng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open (staff can be assigned to it)</source>
        <translation>Đang hoạt động (có thể gán nhân viên)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>StoresModel</name>
    <message>
        <location filename="../../ui/models/stores_model.py" line="+23"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Đã đóng cửa</translation>
    </message>
</context>
<context>
    <name>StoresTab</name>
    <message>
        <location filename="../../ui/admin/stores_tab.py" line="+30"/>
        <source>&amp;Add store</source>
        <translation>Thê&amp;m cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a store</source>
        <translation>Thêm một cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected store&apos;s details, or close it</source>
        <translation>Sửa thông tin cửa hàng đang chọn, hoặc đánh dấu đã đóng cửa</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/complaints/template_editor.py" line="+16"/>
        <source>e.g. Late delivery: apology</source>
        <translation>vd. Giao hàng trễ: xin lỗi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Offered on complaints</source>
        <translation>Dùng cho &amp;khiếu nại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switched off, agents no longer see it in “Insert template”; it is kept and can be switched on again.</source>
        <translation>Khi tắt, nhân viên không còn thấy mẫu trong “Chèn mẫu”; mẫu vẫn được giữ và có thể bật lại.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. Dear {customer_name}, we are sorry that ... Your complaint {complaint_no} will be resolved by {due_date}.</source>
        <translation>vd. Kính gửi {customer_name}, chúng tôi rất tiếc vì ... Khiếu nại {complaint_no} của quý khách sẽ được giải quyết trước {due_date}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{what}. Click to insert it at the cursor.</source>
        <translation>{what}. Bấm để chèn vào vị trí con trỏ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save template</source>
        <translation>&amp;Lưu mẫu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this template ({keys})</source>
        <translation>Lưu mẫu này ({keys})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placeholders (click one to insert it):</source>
        <translation>Chỗ điền (bấm vào một chỗ điền để chèn):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ategory</source>
        <translation>&amp;Danh mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Tiêu đề</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Te&amp;xt</source>
        <translation>&amp;Nội dung</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{count} of at most {n} characters.</source>
        <translation>{count} / tối đa {n} ký tự.</translation>
    </message>
</context>
<context>
    <name>TemplateTools</name>
    <message>
        <location filename="../../ui/complaints/template_tools.py" line="+49"/>
        <source>Insert te&amp;mplate</source>
        <translation>Chèn &amp;mẫu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put a reply template, filled in for this complaint, at the cursor</source>
        <translation>Chèn một mẫu trả lời, đã điền sẵn thông tin của khiếu nại này, vào vị trí con trỏ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cop&amp;y text</source>
        <translation>&amp;Sao chép nội dung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the text to the clipboard, to paste into an e-mail or SMS</source>
        <translation>Sao chép nội dung vào bộ nhớ tạm để dán vào e-mail hoặc SMS</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The templates could not be read.</source>
        <translation>Không đọc được các mẫu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No templates for this category yet</source>
        <translation>Chưa có mẫu nào cho danh mục này</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Inserted “{title}”.</source>
        <translation>Đã chèn “{title}”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template could not be filled in; try again.</source>
        <translation>Không điền được mẫu; hãy thử lại.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to copy yet: write or insert a text first.</source>
        <translation>Chưa có gì để sao chép: hãy viết hoặc chèn nội dung trước.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied {count} characters for an e-mail or SMS.</source>
        <translation>Đã sao chép {count} ký tự để gửi e-mail hoặc SMS.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../ui/complaints/templates_dialog.py" line="+64"/>
        <source>Reply templates</source>
        <translation>Mẫu trả lời</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Agents insert these into a complaint&apos;s reply or note, or copy them for an e-mail or SMS, with the complaint&apos;s details filled in. Each template is saved on its own with its Save button.</source>
        <translation>Nhân viên chèn các mẫu này vào câu trả lời hoặc ghi chú của khiếu nại, hoặc sao chép để gửi e-mail hay SMS, với thông tin khiếu nại được điền sẵn. Mỗi mẫu được lưu riêng bằng nút Lưu của nó.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>T&amp;emplates</source>
        <translation>&amp;Mẫu trả lời</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add template</source>
        <translation>T&amp;hêm mẫu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a template ({keys})</source>
        <translation>Thêm mẫu ({keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No templates yet: add the first one.</source>
        <translation>Chưa có mẫu nào: hãy thêm mẫu đầu tiên.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading templates…</source>
        <translation>Đang tải các mẫu…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The reply templates could not be read from the database. Close this window and open it again; if it keeps failing, tell IT support.</source>
        <translation>Không đọc được các mẫu trả lời từ cơ sở dữ liệu. Hãy đóng cửa sổ này và mở lại; nếu vẫn lỗi, hãy báo bộ phận IT.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved “{title}”.</source>
        <translation>Đã lưu “{title}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This template could not be saved: the database did not answer as expected. What you typed is still here; try again, and if it keeps failing, tell IT support.</source>
        <translation>Không lưu được mẫu: cơ sở dữ liệu không phản hồi như mong đợi. Nội dung bạn gõ vẫn còn; hãy thử lại, nếu vẫn lỗi hãy báo bộ phận IT.</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <location filename="../../ui/labels.py" line="-159"/>
        <source>1 · Agent</source>
        <translation>1 · Nhân viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · Supervisor</source>
        <translation>2 · Giám sát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Manager</source>
        <translation>3 · Quản lý</translation>
    </message>
</context>
<context>
    <name>TierDialog</name>
    <message>
        <location filename="../../ui/customers/loyalty_dialogs.py" line="+26"/>
        <source>A tier set by hand stays whatever the customer spends, until it is cleared.</source>
        <translation>Hạng đặt thủ công được giữ nguyên dù khách chi tiêu bao nhiêu, cho đến khi được gỡ bỏ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tier} was set by hand by {who} on {day}: “{reason}”.</source>
        <translation>Hạng {tier} do {who} đặt thủ công ngày {day}: “{reason}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tier of {name}</source>
        <translation>Hạng của {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. key account of the Hà Đông store</source>
        <translation>ví dụ: khách hàng lớn của cửa hàng Hà Đông</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the tier from spend or points</source>
        <translation>Quay về hạng tính theo chi tiêu hoặc điểm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tier</source>
        <translation>&amp;Hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Lý do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Set tier</source>
        <translation>Đặt hạng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear manual tier</source>
        <translation>Gỡ hạng thủ công</translation>
    </message>
</context>
<context>
    <name>TimelineDetail</name>
    <message>
        <location filename="../../ui/customers/timeline_detail.py" line="+49"/>
        <source>Add &amp;correction…</source>
        <translation>Thêm đính &amp;chính…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a note under this contact; what was logged stays as it was</source>
        <translation>Thêm ghi chú dưới lượt liên hệ này; nội dung đã ghi giữ nguyên</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a row to read it in full.</source>
        <translation>Chọn một dòng để đọc đầy đủ.</translation>
    </message>
</context>
<context>
    <name>TimelineKind</name>
    <message>
        <location filename="../../ui/labels.py" line="+122"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>Bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Nhắc việc</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../ui/notifications/toast.py" line="+36"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Đóng thông báo</translation>
    </message>
</context>
<context>
    <name>ToastStack</name>
    <message>
        <location line="+64"/>
        <source>1 more reminder fell due.</source>
        <translation>Thêm 1 nhắc việc đã đến hạn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} more reminders fell due.</source>
        <translation>Thêm {count} nhắc việc đã đến hạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More reminders</source>
        <translation>Nhắc việc khác</translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <location filename="../../ui/labels.py" line="-204"/>
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
<context>
    <name>TopicCombo</name>
    <message>
        <location filename="../../ui/calls/script_answers.py" line="+60"/>
        <source>The call topics could not be read; the contact is saved under “Other”.</source>
        <translation>Không đọc được danh sách chủ đề; lượt liên hệ được lưu với chủ đề “Khác”.</translation>
    </message>
</context>
<context>
    <name>TopicEditor</name>
    <message>
        <location filename="../../ui/calls/topic_editor.py" line="+42"/>
        <source>e.g. Installation booking</source>
        <translation>vd. Đặt lịch lắp đặt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Offered for new contacts</source>
        <translation>&amp;Dùng cho liên hệ mới</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switched off, the topic is no longer offered when a contact is logged; contacts logged with it keep it.</source>
        <translation>Khi tắt, chủ đề không còn được chọn khi ghi liên hệ; các lượt đã ghi vẫn giữ chủ đề này.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g.
Which model is it, and when was it bought?
Is the invoice or the warranty card at hand?</source>
        <translation>vd.
Máy model nào, mua khi nào?
Khách có sẵn hóa đơn hoặc phiếu bảo hành không?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save topic</source>
        <translation>&amp;Lưu chủ đề</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this topic&apos;s name, switch and questions ({keys})</source>
        <translation>Lưu tên, trạng thái và câu hỏi của chủ đề này ({keys})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Questions</source>
        <translation>&amp;Câu hỏi</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Built-in topics keep their name; every seat shows it in its own language.</source>
        <translation>Chủ đề có sẵn giữ nguyên tên; mỗi máy hiển thị theo ngôn ngữ của mình.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most {n} characters; it must differ from the other topics.</source>
        <translation>Tối đa {n} ký tự; không được trùng với chủ đề khác.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A built-in topic&apos;s name cannot change.</source>
        <translation>Không đổi được tên của chủ đề có sẵn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One question per line, in the order they are asked: {count} of at most {n}.</source>
        <translation>Mỗi dòng một câu hỏi, theo thứ tự sẽ hỏi: {count} / tối đa {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A line is longer than {n} characters.</source>
        <translation>Có dòng dài quá {n} ký tự.</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location filename="../../ui/calls/topic_list.py" line="+59"/>
        <source>New topic</source>
        <translation>Chủ đề mới</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} (switched off)</source>
        <translation>{name} (đã tắt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not offered for new contacts.</source>
        <translation>Không dùng cho liên hệ mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed, not saved yet.</source>
        <translation>Đã sửa, chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/list_editor_dialog.py" line="+55"/>
        <source>Close without saving?</source>
        <translation>Đóng mà không lưu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes not saved yet: {names}. Closing now loses them.</source>
        <translation>Thay đổi chưa lưu: {names}. Đóng bây giờ sẽ mất các thay đổi này.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close without saving</source>
        <translation>Đóng không lưu</translation>
    </message>
    <message>
        <location filename="../../ui/calls/topics_dialog.py" line="+59"/>
        <source>Call topics and scripts</source>
        <translation>Chủ đề và kịch bản cuộc gọi</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Agents choose a topic for every contact and see its questions while they talk.</source>
        <translation>Nhân viên chọn chủ đề cho mỗi lượt liên hệ và xem các câu hỏi trong lúc trao đổi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only supervisors and administrators can change them.</source>
        <translation>Chỉ giám sát viên và quản trị viên được thay đổi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each topic is saved on its own with its Save button.</source>
        <translation>Mỗi chủ đề được lưu riêng bằng nút Lưu của nó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Topics</source>
        <translation>C&amp;hủ đề</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add topic…</source>
        <translation>&amp;Thêm chủ đề…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a topic of your own ({keys})</source>
        <translation>Thêm chủ đề riêng ({keys})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading topics…</source>
        <translation>Đang tải chủ đề…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The call topics could not be read from the database. Close this window and open it again; if it keeps failing, tell IT support.</source>
        <translation>Không đọc được danh sách chủ đề từ cơ sở dữ liệu. Hãy đóng cửa sổ này và mở lại; nếu vẫn lỗi, hãy báo bộ phận IT.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved “{name}”.</source>
        <translation>Đã lưu “{name}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This topic could not be saved: the database did not answer as expected. What you typed is still here; try again, and if it keeps failing, tell IT support.</source>
        <translation>Không lưu được chủ đề: cơ sở dữ liệu không phản hồi như mong đợi. Nội dung bạn gõ vẫn còn; hãy thử lại, nếu vẫn lỗi hãy báo bộ phận IT.</translation>
    </message>
</context>
<context>
    <name>TotalsLine</name>
    <message>
        <location filename="../../ui/calls/call_totals.py" line="+36"/>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not counted: press Refresh (F5) to try again</source>
        <translation>Chưa đếm được: nhấn Làm mới (F5) để thử lại</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 contact</source>
        <translation>1 lượt liên hệ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} contacts</source>
        <translation>{count} lượt liên hệ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} · total {total} · average {average}</source>
        <translation>{count} · tổng {total} · trung bình {average}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/admin/user_dialogs.py" line="-152"/>
        <source>Add a user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person signs in with this username and password; give them the password in person.</source>
        <translation>Người này đăng nhập bằng tên đăng nhập và mật khẩu dưới đây; hãy trực tiếp báo mật khẩu cho họ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit {name}</source>
        <translation>Sửa {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. lan.nguyen</source>
        <translation>ví dụ: lan.nguyen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>ví dụ: Nguyễn Thị Lan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No store</source>
        <translation>Không thuộc cửa hàng nào</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Username</source>
        <translation>&amp;Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letters a-z without accents, digits and dots; used to sign in.</source>
        <translation>Chữ a-z không dấu, chữ số và dấu chấm; dùng để đăng nhập.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalation &amp;tier</source>
        <translation>&amp;Bậc xử lý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who complaints go to when they are escalated.</source>
        <translation>Khiếu nại được chuyển lên ai khi cần cấp trên xử lý.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Store</source>
        <translation>&amp;Cửa hàng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 8 characters.</source>
        <translation>Ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password &amp;again</source>
        <translation>&amp;Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can sign in</source>
        <translation>Được đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A username cannot change: it names the person in the audit trail.</source>
        <translation>Không đổi được tên đăng nhập: nhật ký thay đổi dùng tên này để chỉ người làm.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../ui/models/users_model.py" line="+36"/>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Bậc xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked until</source>
        <translation>Bị khoá đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in</source>
        <translation>Đăng nhập gần nhất</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Active</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Ngừng sử dụng</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../ui/admin/users_tab.py" line="+32"/>
        <source>&amp;Add user</source>
        <translation>Thê&amp;m người dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a user</source>
        <translation>Thêm một người dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected user&apos;s name, role, tier, store and status</source>
        <translation>Sửa tên, vai trò, bậc xử lý, cửa hàng và trạng thái của người dùng đang chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>&amp;Disable</source>
        <translation>Ngừng sử &amp;dụng</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Reset &amp;password</source>
        <translation>Đặt lại mật &amp;khẩu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a new password for the selected user; also lifts a lock</source>
        <translation>Đặt mật khẩu mới cho người dùng đang chọn; đồng thời mở khoá tài khoản</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Ena&amp;ble</source>
        <translation>Cho dùng &amp;lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the selected user sign in again</source>
        <translation>Cho người dùng đang chọn đăng nhập lại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop the selected user from signing in; their records stay</source>
        <translation>Không cho người dùng đang chọn đăng nhập nữa; dữ liệu của họ vẫn được giữ</translation>
    </message>
</context>
<context>
    <name>WarrantyCheck</name>
    <message>
        <location filename="../../ui/claims/warranty_check.py" line="-115"/>
        <source>ends today</source>
        <translation>hết hạn hôm nay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 day left</source>
        <translation>còn 1 ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} days left</source>
        <translation>còn {days} ngày</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ended 1 day ago</source>
        <translation>đã hết hạn 1 ngày trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended {days} days ago</source>
        <translation>đã hết hạn {days} ngày trước</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Return window closed</source>
        <translation>Đã hết hạn đổi trả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return window open: last day today</source>
        <translation>Còn hạn đổi trả: hôm nay là ngày cuối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return window open: 1 day left</source>
        <translation>Còn hạn đổi trả: còn 1 ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return window open: {days} days left</source>
        <translation>Còn hạn đổi trả: còn {days} ngày</translation>
    </message>
</context>
<context>
    <name>WarrantyCheckPanel</name>
    <message>
        <location line="+125"/>
        <source>Warranty check</source>
        <translation>Tra cứu bảo hành</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial number, invoice number or the customer&apos;s phone</source>
        <translation>Số serial, số hoá đơn hoặc số điện thoại của khách</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Check</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look the number up (Enter)</source>
        <translation>Tra cứu số này (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Register purchase…</source>
        <translation>&amp;Ghi nhận đơn mua…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a sale so its warranty can be checked</source>
        <translation>Ghi nhận đơn bán để có thể tra cứu bảo hành</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Type a serial number, an invoice number or a phone number, then press Enter.</source>
        <translation>Nhập số serial, số hoá đơn hoặc số điện thoại, rồi nhấn Enter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking…</source>
        <translation>Đang tra cứu…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing is registered under “{query}”. Check the number on the unit or the invoice; if the sale is not in CareDesk yet, register the purchase.</source>
        <translation>Không có gì được ghi nhận với “{query}”. Hãy kiểm tra số trên máy hoặc trên hoá đơn; nếu đơn bán chưa có trong CareDesk, hãy ghi nhận đơn mua.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The warranty could not be checked: the database did not answer. Press Enter to try again.</source>
        <translation>Không tra cứu được bảo hành: cơ sở dữ liệu không phản hồi. Nhấn Enter để thử lại.</translation>
    </message>
</context>
<context>
    <name>WarrantyState</name>
    <message>
        <location filename="../../ui/labels.py" line="+144"/>
        <source>In warranty</source>
        <translation>Còn bảo hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ending within 30 days</source>
        <translation>Sắp hết bảo hành (trong 30 ngày)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Hết hạn bảo hành</translation>
    </message>
</context>
</TS>
