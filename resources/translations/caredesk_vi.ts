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
    <name>AdminScreen</name>
    <message>
        <location filename="../../ui/admin/admin_screen.py" line="+44"/>
        <source>Admin</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read users, stores and settings again (F5)</source>
        <translation>Đọc lại người dùng, cửa hàng và cài đặt (F5)</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+23"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{users} users, {stores} stores · updated {time}</source>
        <translation>{users} người dùng, {stores} cửa hàng · cập nhật lúc {time}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Users and stores could not be read from the database. Press Refresh (F5) to try again; if it keeps failing, tell IT support.</source>
        <translation>Không đọc được người dùng và cửa hàng từ cơ sở dữ liệu. Hãy bấm Làm mới (F5) để thử lại; nếu vẫn không được, hãy báo bộ phận IT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not updated</source>
        <translation>Chưa cập nhật được</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../ui/audit/audit_text.py" line="+38"/>
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
        <source>Closed</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Nhập dữ liệu</translation>
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
        <location line="+4"/>
        <source>{time} · {who} · {action} · {entity} {id}</source>
        <translation>{time} · {who} · {action} · {entity} {id}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This entry records the action only: no field values were kept with it.</source>
        <translation>Dòng này chỉ ghi lại thao tác, không kèm giá trị của trường nào.</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <location filename="../../ui/audit/audit_text.py" line="-36"/>
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
        <source>Interaction</source>
        <translation>Liên hệ</translation>
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
</context>
<context>
    <name>AuditField</name>
    <message>
        <location line="+31"/>
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
        <source>Store (id)</source>
        <translation>Cửa hàng (mã số)</translation>
    </message>
    <message>
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
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <location filename="../../ui/audit/audit_filters.py" line="+50"/>
        <source>Fro&amp;m</source>
        <translation>Từ ngà&amp;y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>Tớ&amp;i ngày</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+22"/>
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
        <location line="+32"/>
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
        <location filename="../../ui/models/audit_model.py" line="+36"/>
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
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>Mã số</translation>
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
    <name>AuditScreen</name>
    <message>
        <location filename="../../ui/audit/audit_screen.py" line="+59"/>
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the trail again (F5)</source>
        <translation>Đọc lại nhật ký (F5)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No entries match these filters.</source>
        <translation>Không có dòng nhật ký nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Entries: {count}</source>
        <translation>Số dòng: {count}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The audit trail could not be read from the database. Press Refresh (F5) to try again; if it keeps failing, tell IT support.</source>
        <translation>Không đọc được nhật ký thay đổi từ cơ sở dữ liệu. Hãy bấm Làm mới (F5) để thử lại; nếu vẫn không được, hãy báo bộ phận IT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not updated</source>
        <translation>Chưa cập nhật được</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show this record on its screen (Enter)</source>
        <translation>Mở bản ghi này trên màn hình của nó (Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select an entry first</source>
        <translation>Hãy chọn một dòng nhật ký trước</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users, stores and settings are on the Admin screen, which only administrators have.</source>
        <translation>Người dùng, cửa hàng và cài đặt nằm ở màn hình Quản trị, chỉ quản trị viên mới có.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CareDesk has no screen that shows {entity} records.</source>
        <translation>CareDesk không có màn hình nào hiển thị bản ghi loại “{entity}”.</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../../ui/audit/audit_text.py" line="+7"/>
        <source>{login} (command line)</source>
        <translation>{login} (dòng lệnh)</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../../ui/widgets/form_dialog.py" line="+51"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>This could not be saved: the database did not answer as expected. What you typed is still here; try again, and if it keeps failing, tell IT support.</source>
        <translation>Chưa lưu được: cơ sở dữ liệu không trả lời như mong đợi. Những gì bạn đã nhập vẫn còn đây; hãy thử lại, nếu vẫn không được, hãy báo bộ phận IT.</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window_chrome.py" line="+80"/>
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
        <location filename="../../ui/main_window.py" line="+145"/>
        <source>Home</source>
        <translation>Trang chủ</translation>
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
        <location filename="../../ui/window_chrome.py" line="-59"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CareDesk</source>
        <translation>&amp;Giới thiệu CareDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+75"/>
        <source>CareDesk (locked)</source>
        <translation>CareDesk (đang khoá)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close open forms?</source>
        <translation>Đóng các biểu mẫu đang mở?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forms still open: {count}. What was typed in them and not saved will be lost.</source>
        <translation>Số biểu mẫu còn đang mở: {count}. Những gì đã nhập mà chưa lưu sẽ bị mất.</translation>
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
    <name>RecordTab</name>
    <message>
        <location filename="../../ui/admin/record_tab.py" line="+64"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/admin/user_dialogs.py" line="+207"/>
        <source>New password for {name}</source>
        <translation>Mật khẩu mới cho {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the new password to {name} in person. It also lifts a lock after too many wrong passwords.</source>
        <translation>Hãy trực tiếp báo mật khẩu mới cho {name}. Việc này cũng mở khoá tài khoản bị khoá do nhập sai mật khẩu quá nhiều lần.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;password</source>
        <translation>&amp;Mật khẩu mới</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>Role</name>
    <message>
        <location filename="../../ui/labels.py" line="+39"/>
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
    <name>SetActiveDialog</name>
    <message>
        <location filename="../../ui/admin/user_dialogs.py" line="-39"/>
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
        <location line="+1"/>
        <source>{name} can no longer sign in. Their calls, complaints and the audit trail keep their name; you can enable the account again at any time.</source>
        <translation>{name} sẽ không đăng nhập được nữa. Cuộc gọi, khiếu nại và nhật ký thay đổi vẫn giữ tên người này; bạn có thể cho dùng lại tài khoản bất cứ lúc nào.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disable</source>
        <translation>Ngừng sử dụng</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="+44"/>
        <source>A seat nobody touches for this long locks until its user types the password again. Applies from the next sign-in on other seats.</source>
        <translation>Máy không ai dùng trong khoảng thời gian này sẽ khoá lại cho đến khi người dùng nhập lại mật khẩu. Ở các máy khác, thay đổi có hiệu lực từ lần đăng nhập sau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Lưu cài đặt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seats</source>
        <translation>Máy làm việc</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The settings could not be saved: the database did not answer. Try again; if it keeps failing, tell IT support.</source>
        <translation>Chưa lưu được cài đặt: cơ sở dữ liệu không trả lời. Hãy thử lại; nếu vẫn không được, hãy báo bộ phận IT.</translation>
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
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="+81"/>
        <source>CareDesk cannot start</source>
        <translation>Không khởi động được CareDesk</translation>
    </message>
    <message>
        <location line="+82"/>
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
    <name>StoreDialog</name>
    <message>
        <location filename="../../ui/admin/store_dialog.py" line="+30"/>
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
        <source>e.g. Hà Nội</source>
        <translation>ví dụ: Hà Nội</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 024 3826 1234</source>
        <translation>ví dụ: 024 3826 1234</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code</source>
        <translation>&amp;Mã cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>P&amp;rovince</source>
        <translation>Tỉnh/thành &amp;phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone</source>
        <translation>Điện t&amp;hoại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add store</source>
        <translation>Thêm cửa hàng</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../ui/models/stores_model.py" line="+27"/>
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
        <location line="+14"/>
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
    <name>Tier</name>
    <message>
        <location filename="../../ui/labels.py" line="+7"/>
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
    <name>Topic</name>
    <message>
        <location line="-72"/>
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
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/admin/user_dialogs.py" line="-139"/>
        <source>Add a user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person signs in with this username and password; give them the password in person.</source>
        <translation>Người này đăng nhập bằng tên đăng nhập và mật khẩu dưới đây; hãy trực tiếp báo mật khẩu cho họ.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+5"/>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>A username cannot change: it names the person in the audit trail.</source>
        <translation>Không đổi được tên đăng nhập: nhật ký thay đổi dùng tên này để chỉ người làm.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../ui/models/users_model.py" line="+40"/>
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
        <location line="+23"/>
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
</TS>
