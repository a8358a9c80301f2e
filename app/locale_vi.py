"""Vietnamese text for messages produced outside Qt (CLI, errors, slips): English -> Vietnamese.

tests/unit/test_translations.py checks that every t("...") in app/ and main.py is here,
with the same {placeholders}.
"""

# fmt: off
CATALOG: dict[str, str] = {
    # CLI
    "Run “{prog} --help” for the list of commands and options.":
        "Chạy “{prog} --help” để xem danh sách lệnh và tuỳ chọn.",
    "{v} is negative; give 0 or more": "{v} là số âm; hãy nhập 0 trở lên",
    "“{v}” is not a whole number": "“{v}” không phải là số nguyên",
    "CareDesk, post-sale customer care. Without a command it opens the window; "
    "with one it runs an administration command.":
        "CareDesk, chăm sóc khách hàng sau bán hàng. Không có lệnh thì mở cửa sổ; "
        "có lệnh thì chạy lệnh quản trị.",
    "database: sqlite:///path/file.db or postgresql+psycopg://user@host/db "
    "(also CAREDESK_DB; default: caredesk.db in the data folder)":
        "cơ sở dữ liệu: sqlite:///đường/dẫn/tệp.db hoặc postgresql+psycopg://user@host/db "
        "(hoặc biến CAREDESK_DB; mặc định: caredesk.db trong thư mục dữ liệu)",
    "language of the interface": "ngôn ngữ giao diện",
    "render one screen to a PNG file and exit": "chụp một màn hình ra tệp PNG rồi thoát",
    "screen to open or render": "màn hình cần mở hoặc chụp",
    "upgrade the database schema to this version":
        "nâng cấp cấu trúc cơ sở dữ liệu lên phiên bản này",
    "machine-readable output": "xuất kết quả dạng máy đọc được (JSON)",
    "fill an empty database with realistic demo data":
        "nạp dữ liệu mẫu như thật vào một cơ sở dữ liệu trống",
    "how many customers": "số khách hàng",
    "random seed (same seed, same data)": "hạt giống ngẫu nhiên (cùng hạt giống, cùng dữ liệu)",
    "Demo data loaded into {db}:": "Đã nạp dữ liệu mẫu vào {db}:",
    "{db}: schema upgraded from {before} to {after}.":
        "{db}: đã nâng cấp cấu trúc từ {before} lên {after}.",
    "{db}: schema {rev} is up to date; nothing to do.":
        "{db}: cấu trúc {rev} đã mới nhất; không cần làm gì.",
    "The previous file was saved as {path}.": "Tệp trước khi nâng cấp được lưu tại {path}.",
    "unexpected error; the details are in {path}.": "lỗi không mong đợi; chi tiết ghi tại {path}.",
    "interrupted; nothing more was changed.": "đã dừng; không thay đổi gì thêm.",
    "empty": "trống",
    "unknown screen “{name}”; choose one of: {names}":
        "không có màn hình “{name}”; hãy chọn một trong: {names}",
    # Database
    "“{url}” is not a database address: use sqlite:///path/to/caredesk.db "
    "or postgresql+psycopg://user@host:5432/dbname.":
        "“{url}” không phải là địa chỉ cơ sở dữ liệu: hãy dùng sqlite:///đường/dẫn/caredesk.db "
        "hoặc postgresql+psycopg://user@host:5432/tên_csdl.",
    "{path} is on a network share. SQLite is for one machine only: "
    "for several seats use PostgreSQL (--db postgresql+psycopg://...).":
        "{path} nằm trên ổ mạng dùng chung. SQLite chỉ dành cho một máy: "
        "nhiều máy dùng chung hãy dùng PostgreSQL (--db postgresql+psycopg://...).",
    "Cannot write to {folder}: it is read-only. Choose another place with "
    "--db sqlite:///path/to/caredesk.db or the CAREDESK_DATA_DIR variable.":
        "Không ghi được vào {folder}: thư mục chỉ đọc. Hãy chọn nơi khác bằng "
        "--db sqlite:///đường/dẫn/caredesk.db hoặc biến CAREDESK_DATA_DIR.",
    "Cannot create the data folder {folder}: {reason}.":
        "Không tạo được thư mục dữ liệu {folder}: {reason}.",
    "The PostgreSQL driver is missing: install caredesk[postgres].":
        "Thiếu trình điều khiển PostgreSQL: hãy cài caredesk[postgres].",
    "Cannot reach {what}: {reason}. Check that the server is running and the address is right.":
        "Không kết nối được {what}: {reason}. Hãy kiểm tra máy chủ đang chạy và địa chỉ đúng.",
    "Cannot open {what}: {reason}.": "Không mở được {what}: {reason}.",
    "{what} was written by a newer version of CareDesk (schema {rev}). "
    "Install the newer version; the database was left untouched.":
        "{what} được tạo bởi phiên bản CareDesk mới hơn (cấu trúc {rev}). "
        "Hãy cài phiên bản mới hơn; cơ sở dữ liệu được giữ nguyên.",
    "Someone else changed this record while you were editing it. "
    "Reload it to see their change; your input is kept.":
        "Người khác đã sửa hồ sơ này trong lúc bạn đang sửa. "
        "Hãy tải lại để xem thay đổi của họ; dữ liệu bạn nhập vẫn được giữ.",
    "{path} is not a CareDesk database (it is not an SQLite file). It was left untouched.":
        "{path} không phải là cơ sở dữ liệu CareDesk (không phải tệp SQLite). "
        "Tệp được giữ nguyên.",
    # Phones
    "Type a phone number, such as 0912 345 678 or +84 912 345 678.":
        "Hãy nhập số điện thoại, ví dụ 0912 345 678 hoặc +84 912 345 678.",
    "“{raw}” is not a phone number: type a Vietnamese number such as "
    "0912 345 678 or +84 912 345 678.":
        "“{raw}” không phải là số điện thoại: hãy nhập số Việt Nam, ví dụ "
        "0912 345 678 hoặc +84 912 345 678.",
    "“{raw}” is too short for a phone number: a Vietnamese mobile has 10 digits, "
    "such as 0912 345 678, and a landline 11, such as 028 3823 4567.":
        "“{raw}” quá ngắn: số di động Việt Nam có 10 chữ số, ví dụ 0912 345 678, "
        "số cố định có 11 chữ số, ví dụ 028 3823 4567.",
    "“{raw}” is not a valid Vietnamese phone number: check the digits; a mobile "
    "looks like 0912 345 678 and a landline like 028 3823 4567.":
        "“{raw}” không phải số điện thoại Việt Nam hợp lệ: hãy kiểm tra các chữ số; "
        "số di động có dạng 0912 345 678, số cố định có dạng 028 3823 4567.",
    "“{raw}” does not start with a known country code: type a Vietnamese number "
    "such as 0912 345 678, or + and the country code, such as +65 6123 4567.":
        "“{raw}” không bắt đầu bằng mã quốc gia nào: hãy nhập số Việt Nam, ví dụ "
        "0912 345 678, hoặc dấu + và mã quốc gia, ví dụ +65 6123 4567.",
    "“{raw}” is not a valid number for country code +{code}: check the digits, "
    "or type a Vietnamese number such as 0912 345 678.":
        "“{raw}” không phải số hợp lệ của mã quốc gia +{code}: hãy kiểm tra các chữ số, "
        "hoặc nhập số Việt Nam, ví dụ 0912 345 678.",
    # Demo data
    "This database already has {n} customers: demo data goes only into an empty database. "
    "Use --db with a new file.":
        "Cơ sở dữ liệu này đã có {n} khách hàng: dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống. "
        "Hãy dùng --db với một tệp mới.",
    "Give a number of demo customers of at least 1.": "Hãy nhập số khách hàng mẫu từ 1 trở lên.",
    "Creating stores, staff and products": "Đang tạo cửa hàng, nhân viên và sản phẩm",
    "Creating customers, purchases and contacts": "Đang tạo khách hàng, đơn mua và liên hệ",
    "Numbering complaints and claims": "Đang đánh số khiếu nại và yêu cầu bảo hành",
    "Saving": "Đang lưu",
    "Demo data ready": "Dữ liệu mẫu đã sẵn sàng",
    "Stores": "Cửa hàng",
    "Staff": "Nhân viên",
    "Products": "Sản phẩm",
    "Customers": "Khách hàng",
    "Phone numbers": "Số điện thoại",
    "Tags": "Nhãn",
    "Important dates": "Ngày quan trọng",
    "Points entries": "Giao dịch điểm",
    "Purchases": "Đơn mua",
    "Contacts": "Liên hệ",
    "Reminders": "Nhắc việc",
    "Complaints": "Khiếu nại",
    "Complaint events": "Sự kiện khiếu nại",
    "Claims": "Yêu cầu bảo hành",
    "Claim events": "Sự kiện bảo hành",
    "Document counters": "Bộ đếm số chứng từ",
    # Users, sign-in, permissions, settings, stores
    "Wrong username or password.": "Sai tên đăng nhập hoặc mật khẩu.",
    "Too many wrong passwords for {username}: try again in {minutes} min.":
        "Nhập sai mật khẩu quá nhiều lần cho {username}: hãy thử lại sau {minutes} phút.",
    "An administrator already exists: sign in instead.":
        "Đã có quản trị viên: hãy đăng nhập.",
    "The account {username} is disabled: ask an administrator.":
        "Tài khoản {username} đã bị vô hiệu hoá: hãy liên hệ quản trị viên.",
    "This account is no longer active: choose Switch user.":
        "Tài khoản này không còn hoạt động: hãy chọn Chuyển người dùng.",
    "The current password is not right.": "Mật khẩu hiện tại không đúng.",
    "That is not the password of {name}. Only {name} can unlock this seat; "
    "to work as yourself, choose Switch user.":
        "Đó không phải mật khẩu của {name}. Chỉ {name} mới mở khoá được máy này; "
        "để làm việc bằng tài khoản của bạn, hãy chọn Chuyển người dùng.",
    "Type a password.": "Hãy nhập mật khẩu.",
    "The password is too short: use at least {n} characters.":
        "Mật khẩu quá ngắn: hãy dùng ít nhất {n} ký tự.",
    "The password is too long: use at most {n} characters.":
        "Mật khẩu quá dài: tối đa {n} ký tự.",
    "The password cannot be only spaces.": "Mật khẩu không được chỉ gồm dấu cách.",
    "The two passwords are not the same: type the same password twice.":
        "Hai mật khẩu không khớp: hãy nhập cùng một mật khẩu hai lần.",
    "agents": "nhân viên",
    "supervisors": "giám sát viên",
    "administrators": "quản trị viên",
    " and ": " và ",
    "manage users": "quản lý người dùng",
    "manage stores": "quản lý cửa hàng",
    "change settings": "thay đổi cài đặt",
    "see the audit trail": "xem nhật ký thay đổi",
    "load data into the database": "nạp dữ liệu vào cơ sở dữ liệu",
    "change other people's work": "thay đổi công việc của người khác",
    "Only {roles} may {what}.": "Chỉ {roles} mới được {what}.",
    "Lock an idle seat after (minutes)": "Khoá máy khi không dùng sau (phút)",
    "Unknown setting {key}.": "Không có cài đặt {key}.",
    "{label}: type a number from {low} to {high}.": "{label}: hãy nhập số từ {low} đến {high}.",
    "{label}: type a whole number.": "{label}: hãy nhập số nguyên.",
    "A store code has 2 to 20 letters A-Z, digits, dashes or underscores, as in HN01.":
        "Mã cửa hàng gồm 2 đến 20 chữ cái A-Z, chữ số, dấu gạch ngang hoặc gạch dưới, "
        "ví dụ HN01.",
    "The store code {code} is taken.": "Mã cửa hàng {code} đã được dùng.",
    "Type the store's name.": "Hãy nhập tên cửa hàng.",
    "That store does not exist any more.": "Cửa hàng này không còn tồn tại.",
    "Someone else changed {name} while you were editing. Reload to see their change; "
    "your input is kept.":
        "Người khác đã sửa {name} trong lúc bạn đang sửa. Hãy tải lại để xem thay đổi "
        "của họ; dữ liệu bạn nhập vẫn được giữ.",
    "Type a username.": "Hãy nhập tên đăng nhập.",
    "A username cannot contain spaces: use a dot, as in lan.nguyen.":
        "Tên đăng nhập không được có dấu cách: hãy dùng dấu chấm, ví dụ lan.nguyen.",
    "The username is too long: use at most {n} characters.":
        "Tên đăng nhập quá dài: tối đa {n} ký tự.",
    "A username has 2 or more letters a-z without accents, digits, dots, dashes or "
    "underscores, as in lan.nguyen.":
        "Tên đăng nhập gồm từ 2 ký tự: chữ a-z không dấu, chữ số, dấu chấm, gạch ngang "
        "hoặc gạch dưới, ví dụ lan.nguyen.",
    "The username {username} is taken.": "Tên đăng nhập {username} đã được dùng.",
    "Type the person's full name.": "Hãy nhập họ và tên.",
    "The full name is too long: at most 200 characters.": "Họ và tên quá dài: tối đa 200 ký tự.",
    "The escalation tier is 1 (agent), 2 (supervisor) or 3 (manager).":
        "Bậc xử lý là 1 (nhân viên), 2 (giám sát) hoặc 3 (quản lý).",
    "There is no store with the code {code}.": "Không có cửa hàng nào mã {code}.",
    "That user does not exist.": "Người dùng này không tồn tại.",
    "There is no user {username}.": "Không có người dùng {username}.",
    "{name} is the last active administrator: make another user administrator first.":
        "{name} là quản trị viên cuối cùng còn hoạt động: hãy cho người khác làm quản trị "
        "viên trước.",
    "You cannot disable your own account.": "Bạn không thể vô hiệu hoá tài khoản của chính mình.",
    "Unknown role “{role}”: choose agent, supervisor or admin.":
        "Không có vai trò “{role}”: hãy chọn agent, supervisor hoặc admin.",
    # CLI: users, demo staff, --user
    "with --screenshot: the user the screen is shown as (default: the first active administrator)":
        "dùng với --screenshot: chụp màn hình dưới tên người dùng này "
        "(mặc định: quản trị viên đầu tiên còn hoạt động)",
    "the password of every demo staff account (default: {password})":
        "mật khẩu của mọi tài khoản nhân viên mẫu (mặc định: {password})",
    "Demo staff sign in with their username (for example {username}, administrator) "
    "and the password {password}.":
        "Nhân viên mẫu đăng nhập bằng tên đăng nhập của mình (ví dụ {username}, quản trị viên) "
        "và mật khẩu {password}.",
    "Demo staff sign in with their username (for example {username}, administrator) "
    "and the password given with --staff-password.":
        "Nhân viên mẫu đăng nhập bằng tên đăng nhập của mình (ví dụ {username}, quản trị viên) "
        "và mật khẩu đã nhập ở --staff-password.",
    "manage the people who sign in: add, set a password, disable, list":
        "quản lý người đăng nhập: thêm, đặt mật khẩu, vô hiệu hoá, liệt kê",
    "add a person who can sign in": "thêm một người được phép đăng nhập",
    "sign-in name: letters a-z without accents, digits and dots, as in lan.nguyen":
        "tên đăng nhập: chữ a-z không dấu, chữ số và dấu chấm, ví dụ lan.nguyen",
    "what the person may do: agent (own work), supervisor (a team), admin (everything)":
        "quyền của người này: agent (việc của mình), supervisor (một nhóm), admin (mọi việc)",
    "the person's full name, as records and slips show it (required)":
        "họ và tên của người này, như ghi trên hồ sơ và phiếu (bắt buộc)",
    "code of the person's store, as in HN01": "mã cửa hàng của người này, ví dụ HN01",
    "escalation tier for complaints: 1 agent, 2 supervisor, 3 manager (default: from the role)":
        "bậc xử lý khiếu nại: 1 nhân viên, 2 giám sát, 3 quản lý (mặc định: theo vai trò)",
    "read the password from the first line of standard input instead of asking for it":
        "đọc mật khẩu từ dòng đầu tiên của đầu vào chuẩn (stdin) thay vì hỏi",
    "the user's sign-in name, as in lan.nguyen": "tên đăng nhập của người dùng, ví dụ lan.nguyen",
    "set a new password for a user (also lifts a lockout)":
        "đặt mật khẩu mới cho người dùng (đồng thời mở khoá tài khoản bị khoá)",
    "stop a user signing in (their records stay)":
        "không cho người dùng đăng nhập nữa (hồ sơ của họ vẫn được giữ)",
    "let a disabled user sign in again": "cho người dùng đã bị vô hiệu hoá đăng nhập lại",
    "list the users with their role, store and status":
        "liệt kê người dùng cùng vai trò, cửa hàng và trạng thái",
    "give the person's full name with --full-name, as in --full-name \"Nguyễn Thị Lan\": "
    "records and slips name who did the work":
        "hãy nhập họ và tên bằng --full-name, ví dụ --full-name \"Nguyễn Thị Lan\": "
        "hồ sơ và phiếu cần ghi tên người thực hiện",
    "Cannot ask for the password: standard input is not a terminal. "
    "Send the password on standard input and add --password-stdin.":
        "Không thể hỏi mật khẩu: đầu vào chuẩn không phải là cửa sổ dòng lệnh. "
        "Hãy gửi mật khẩu qua đầu vào chuẩn và thêm --password-stdin.",
    "No password on standard input: --password-stdin reads it from the first line, "
    "and that line was empty.":
        "Không có mật khẩu trên đầu vào chuẩn: --password-stdin đọc mật khẩu ở dòng đầu tiên, "
        "và dòng đó trống.",
    "New password for {username}: ": "Mật khẩu mới cho {username}: ",
    "Type it again: ": "Nhập lại mật khẩu: ",
    "No password was typed; nothing was changed.": "Chưa nhập mật khẩu; không có gì thay đổi.",
    "agent": "nhân viên",
    "supervisor": "giám sát viên",
    "admin": "quản trị viên",
    "Added user {username} ({role}, store {store}).":
        "Đã thêm người dùng {username} ({role}, cửa hàng {store}).",
    "Added user {username} ({role}, no store).":
        "Đã thêm người dùng {username} ({role}, chưa gán cửa hàng).",
    "New password set for {username}.": "Đã đặt mật khẩu mới cho {username}.",
    "New password set for {username}; the lockout is lifted.":
        "Đã đặt mật khẩu mới cho {username}; tài khoản đã được mở khoá.",
    "{username} is disabled: run “{command}” so they can sign in.":
        "{username} đang bị vô hiệu hoá: hãy chạy “{command}” để người này đăng nhập được.",
    "{username} is already active; nothing changed.":
        "{username} vẫn đang hoạt động; không có gì thay đổi.",
    "{username} is already disabled; nothing changed.":
        "{username} đã bị vô hiệu hoá từ trước; không có gì thay đổi.",
    "Enabled {username} ({name}): they can sign in again.":
        "Đã kích hoạt lại {username} ({name}): người này đăng nhập được trở lại.",
    "Disabled {username} ({name}): they can no longer sign in; their records stay.":
        "Đã vô hiệu hoá {username} ({name}): người này không đăng nhập được nữa; "
        "hồ sơ vẫn được giữ.",
    "No users yet. Add the first administrator with: {command}":
        "Chưa có người dùng nào. Hãy thêm quản trị viên đầu tiên bằng lệnh: {command}",
    "Username": "Tên đăng nhập",
    "Full name": "Họ và tên",
    "Role": "Vai trò",
    "Tier": "Bậc",
    "Store": "Cửa hàng",
    "Status": "Trạng thái",
    "active": "đang hoạt động",
    "disabled": "đã vô hiệu hoá",
    "locked until {time}": "bị khoá đến {time}",
    "The demo would create {names}, which this database already has: demo data goes only "
    "into a new database. Use --db with a new file.":
        "Dữ liệu mẫu sẽ tạo {names}, nhưng cơ sở dữ liệu này đã có: dữ liệu mẫu chỉ nạp vào "
        "cơ sở dữ liệu mới. Hãy dùng --db với một tệp mới.",
    # customer search and list (services/customers/, cli/find.py)
    "{month} is not a month: choose a birthday month from 1 to 12.":
        "{month} không phải là một tháng: hãy chọn tháng sinh từ 1 đến 12.",
    "find customers by phone, last digits, code, serial, invoice, e-mail or name":
        "tìm khách hàng theo số điện thoại, mấy số cuối, mã khách hàng, số serial, số hoá đơn, "
        "e-mail hoặc tên",
    "what you know about the customer, as in “0912 345 678”, “5678”, “nguyen thi dao” or "
    "KH0000123 (empty: the customers contacted most recently)":
        "điều bạn biết về khách hàng, ví dụ “0912 345 678”, “5678”, “nguyen thi dao” hoặc "
        "KH0000123 (để trống: những khách hàng được liên hệ gần đây nhất)",
    "show at most N customers (default: {n})": "hiển thị tối đa N khách hàng (mặc định: {n})",
    "No customer matches “{query}”.": "Không có khách hàng nào khớp với “{query}”.",
    "Code": "Mã",
    "Phone": "Điện thoại",
    "Loyalty tier": "Hạng",
    "Birthday": "Ngày sinh",
    "Found by": "Tìm thấy theo",
    "Member": "Thành viên",
    "Silver": "Bạc",
    "Gold": "Vàng",
    "Platinum": "Bạch kim",
    "VIP": "VIP",
    "phone number": "số điện thoại",
    "last digits of a phone": "số cuối điện thoại",
    "customer code": "mã khách hàng",
    "serial number": "số serial",
    "invoice number": "số hoá đơn",
    "e-mail": "e-mail",
    "name": "tên",
    "recent contact": "liên hệ gần đây",
    # Customers: create, edit, merge, loyalty, import (app/services/customer*.py, loyalty.py)
    "check every row and report what would happen, changing nothing":
        "kiểm tra mọi dòng và báo trước kết quả, không thay đổi gì",
    "Columns not imported (unknown names): {names}.":
        "Các cột không được nhập (tên không nhận ra): {names}.",
    "Dry run, nothing was changed: {created} would be created, {updated} updated, "
    "{skipped} rows skipped.":
        "Chạy thử, không có gì thay đổi: sẽ tạo {created}, cập nhật {updated}, "
        "bỏ qua {skipped} dòng.",
    "Customers created: {created}, updated: {updated}; rows skipped: {skipped}.":
        "Khách hàng đã tạo: {created}, đã cập nhật: {updated}; số dòng bỏ qua: {skipped}.",
    "There is no file {path}.": "Không có tệp {path}.",
    "Cannot read {path}: {reason}.": "Không đọc được {path}: {reason}.",
    "Row {row}, {column}: {message}": "Dòng {row}, {column}: {message}",
    "Row {row}: {message}": "Dòng {row}: {message}",
    "{who} changed {fields} of {name} while you were editing. Reload to see the change; "
    "your input is kept.":
        "{who} đã sửa {fields} của {name} trong lúc bạn đang sửa. Hãy tải lại để xem thay "
        "đổi; dữ liệu bạn nhập vẫn được giữ.",
    "full name": "họ tên",
    "phones": "số điện thoại",
    "birthday": "ngày sinh",
    "gender": "giới tính",
    "province": "tỉnh/thành phố",
    "district": "quận/huyện",
    "address": "địa chỉ",
    "tier": "hạng",
    "points": "điểm",
    "marketing consent": "đồng ý nhận tiếp thị",
    "store": "cửa hàng",
    "notes": "ghi chú",
    "tags": "nhãn",
    "important dates": "ngày đáng nhớ",
    "archived": "lưu trữ",
    "Unknown tier “{value}”: use Member, Silver, Gold, Platinum or VIP (or Thành viên, Bạc, "
    "Vàng, Bạch kim, VIP).":
        "Không có hạng “{value}”: hãy dùng Thành viên, Bạc, Vàng, Bạch kim hoặc VIP (hoặc "
        "Member, Silver, Gold, Platinum, VIP).",
    "The file is empty: its first line must name the columns, such as full_name,phone,email. "
    "Nothing was loaded.":
        "Tệp trống: dòng đầu tiên phải ghi tên các cột, ví dụ Họ tên,Số điện thoại,email. "
        "Chưa có gì được nạp.",
    "“{value}” is not a number of points: write a whole number of 0 or more, such as 1200.":
        "“{value}” không phải là số điểm: hãy viết số nguyên từ 0 trở lên, ví dụ 1200.",
    "The columns “{first}” and “{second}” are the same column: keep one of them. "
    "Nothing was loaded.":
        "Cột “{first}” và cột “{second}” là cùng một cột: hãy giữ lại một cột. "
        "Chưa có gì được nạp.",
    "This row has {cells} cells but the header has {columns}: put a value that contains "
    "the separator in double quotes.":
        "Dòng này có {cells} ô nhưng dòng tiêu đề có {columns} cột: hãy đặt giá trị có chứa "
        "dấu phân cách trong dấu ngoặc kép.",
    "“{code}” is not a customer code: letters and digits, at most {n}, such as KH0000123.":
        "“{code}” không phải là mã khách hàng: gồm chữ và số, tối đa {n} ký tự, "
        "ví dụ KH0000123.",
    "{code} was merged into another customer: use that customer's code.":
        "{code} đã được gộp vào một khách hàng khác: hãy dùng mã của khách hàng đó.",
    "Type the customer's full name.": "Hãy nhập họ tên khách hàng.",
    "{code} is also on row {row} of this file.": "{code} cũng có ở dòng {row} của tệp này.",
    "Balance set by an import": "Số dư được đặt khi nhập dữ liệu",
    "{old} was converted to {new} (2017 landline renumbering).":
        "{old} đã được đổi thành {new} (chuyển đổi mã vùng điện thoại cố định năm 2017).",
    "{old} was converted to {new} (2018 renumbering).":
        "{old} đã được đổi thành {new} (chuyển đổi đầu số di động năm 2018).",
    "Unknown phone label “{label}”: use mobile, home, work or other.":
        "Không có loại số “{label}”: hãy dùng mobile (di động), home (nhà riêng), "
        "work (cơ quan) hoặc other (khác).",
    "The full name is too long: at most {n} characters.": "Họ tên quá dài: tối đa {n} ký tự.",
    "“{email}” is not an e-mail address: it looks like name@example.com.":
        "“{email}” không phải là địa chỉ e-mail: địa chỉ có dạng ten@example.com.",
    "The birthday {day} is in the future: check the year.":
        "Ngày sinh {day} ở tương lai: hãy kiểm tra lại năm.",
    "The birthday {day} is before 1900: check the year.":
        "Ngày sinh {day} trước năm 1900: hãy kiểm tra lại năm.",
    "Too long: at most {n} characters.": "Quá dài: tối đa {n} ký tự.",
    "Unknown gender “{gender}”: use female, male or other, or leave it empty.":
        "Không có giới tính “{gender}”: hãy dùng female (nữ), male (nam) hoặc other (khác), "
        "hoặc để trống.",
    "Unknown tier “{tier}”: use member, silver, gold, platinum or vip.":
        "Không có hạng “{tier}”: hãy dùng member, silver, gold, platinum hoặc vip.",
    "The tag “{tag}” is too long: at most {n} characters.":
        "Nhãn “{tag}” quá dài: tối đa {n} ký tự.",
    "Choose two different customers to merge.": "Hãy chọn hai khách hàng khác nhau để gộp.",
    "That customer does not exist.": "Khách hàng này không tồn tại.",
    "{code} was merged into {kept}: open that customer instead.":
        "{code} đã được gộp vào {kept}: hãy mở khách hàng đó.",
    "{code} is archived: restore it before changing it.":
        "{code} đang được lưu trữ: hãy khôi phục trước khi sửa.",
    "Say what the date is, such as “Wedding anniversary”.":
        "Hãy ghi đó là ngày gì, ví dụ “Kỷ niệm ngày cưới”.",
    "Choose a date from 1900 on.": "Hãy chọn một ngày từ năm 1900 trở đi.",
    "That date is not on this customer any more.": "Ngày này không còn trong hồ sơ khách hàng.",
    "Points earned": "Tích điểm",
    "Points redeemed": "Đổi điểm",
    "Give the reason: the customer's history will show it.":
        "Hãy ghi lý do: lịch sử của khách hàng sẽ hiển thị lý do này.",
    "{name} has {balance} points, so {points} cannot be taken: the balance cannot go below "
    "zero.":
        "{name} có {balance} điểm nên không thể trừ {points} điểm: số dư không được âm.",
    "Type a whole number of points above zero.": "Hãy nhập số điểm nguyên lớn hơn 0.",
    "Type how many points to add, or to take with a minus sign.":
        "Hãy nhập số điểm cần cộng, hoặc số điểm cần trừ kèm dấu trừ.",
    "edit customers": "sửa thông tin khách hàng",
    "archive or restore customers": "lưu trữ hoặc khôi phục khách hàng",
    "merge customers": "gộp khách hàng",
    "set a customer's tier by hand": "đặt hạng khách hàng thủ công",
    "adjust loyalty points": "điều chỉnh điểm tích luỹ",
    "Customer tiers follow (spend or points)": "Hạng khách hàng tính theo (chi tiêu hoặc điểm)",
    "Silver from (VND spent in the last 12 months)":
        "Hạng Bạc từ (số tiền chi tiêu trong 12 tháng qua, VND)",
    "Gold from (VND spent in the last 12 months)":
        "Hạng Vàng từ (số tiền chi tiêu trong 12 tháng qua, VND)",
    "Platinum from (VND spent in the last 12 months)":
        "Hạng Bạch kim từ (số tiền chi tiêu trong 12 tháng qua, VND)",
    "VIP from (VND spent in the last 12 months)":
        "Hạng VIP từ (số tiền chi tiêu trong 12 tháng qua, VND)",
    "Silver from (points)": "Hạng Bạc từ (điểm)",
    "Gold from (points)": "Hạng Vàng từ (điểm)",
    "Platinum from (points)": "Hạng Bạch kim từ (điểm)",
    "VIP from (points)": "Hạng VIP từ (điểm)",
    "{label}: choose one of {choices}.": "{label}: hãy chọn một trong các giá trị {choices}.",
    # Purchases import (app/services/imports/purchase_*.py, cli/imports.py)
    "load records from a file: customers, purchases":
        "nạp dữ liệu từ tệp: khách hàng, đơn mua hàng",
    "Dry run, nothing was changed: {created} purchases would be created, {products} new "
    "products, {skipped} rows skipped.":
        "Chạy thử, không thay đổi gì: sẽ tạo {created} đơn mua hàng, {products} sản phẩm mới, "
        "bỏ qua {skipped} dòng.",
    "Purchases created: {created}, new products: {products}; rows skipped: {skipped}.":
        "Đã tạo {created} đơn mua hàng, {products} sản phẩm mới; bỏ qua {skipped} dòng.",
    "The file has no column that says whose purchase it is: the first line must name "
    "“customer_code” (Mã khách hàng) or “phone” (Số điện thoại). It names: {names}. "
    "Nothing was loaded.":
        "Tệp không có cột cho biết đơn mua của ai: dòng đầu tiên phải có cột "
        "“customer_code” (Mã khách hàng) hoặc “phone” (Số điện thoại). Các cột trong tệp: "
        "{names}. Chưa nạp gì.",
    "The file has no “{english}” column (“{vietnamese}”): the first line must name one. "
    "It names: {names}. Nothing was loaded.":
        "Tệp không có cột “{english}” (“{vietnamese}”): dòng đầu tiên phải có cột này. "
        "Các cột trong tệp: {names}. Chưa nạp gì.",
    "“{sku}” is not a product code (SKU): 1 to {n} letters A-Z, digits, dots, dashes or "
    "slashes, such as TV-55.":
        "“{sku}” không phải mã sản phẩm (SKU): từ 1 đến {n} ký tự gồm chữ A-Z, chữ số, dấu "
        "chấm, gạch ngang hoặc gạch chéo, ví dụ TV-55.",
    "“{value}” is too long: at most {n} characters.": "“{value}” quá dài: tối đa {n} ký tự.",
    "The product name is too long: at most {n} characters.":
        "Tên sản phẩm quá dài: tối đa {n} ký tự.",
    "The purchase date {day} is in the future: check the day and the year.":
        "Ngày mua {day} nằm trong tương lai: hãy kiểm tra lại ngày và năm.",
    "“{value}” is not a price: write whole đồng, such as 12990000 or 12.990.000.":
        "“{value}” không phải là giá: hãy ghi số đồng chẵn, ví dụ 12990000 hoặc 12.990.000.",
    "The price {value} is negative: write 0 or more.":
        "Giá {value} là số âm: hãy ghi từ 0 trở lên.",
    "“{value}” is not a number of months: write a whole number such as 12 or 24.":
        "“{value}” không phải là số tháng: hãy ghi số nguyên, ví dụ 12 hoặc 24.",
    "The warranty of {value} months is negative: write 0 or more.":
        "Thời hạn bảo hành {value} tháng là số âm: hãy ghi từ 0 trở lên.",
    "A warranty of {value} months is too long: at most {n} months.":
        "Thời hạn bảo hành {value} tháng quá dài: tối đa {n} tháng.",
    "“{code}” is not a store code: letters and digits, at most {n}, such as HN01.":
        "“{code}” không phải mã cửa hàng: chữ và số, tối đa {n} ký tự, ví dụ HN01.",
    "No customer has the code {code}: check it, or import the customer first "
    "(import customers).":
        "Không có khách hàng nào mang mã {code}: hãy kiểm tra lại, hoặc nạp khách hàng trước "
        "(import customers).",
    "{phone} belongs to {name} ({code}), not to {given}: check which customer bought this.":
        "{phone} là số của {name} ({code}), không phải của {given}: hãy kiểm tra xem khách "
        "nào đã mua.",
    "{phone} belongs to several customers ({codes}): add a customer_code column to say "
    "which one.":
        "{phone} thuộc về nhiều khách hàng ({codes}): hãy thêm cột customer_code để chỉ rõ "
        "khách nào.",
    "No customer has the number {phone}: import the customer first, or add a customer_code "
    "column.":
        "Không có khách hàng nào có số {phone}: hãy nạp khách hàng trước, hoặc thêm cột "
        "customer_code.",
    "Fill in the customer code or the phone number of the buyer.":
        "Hãy điền mã khách hàng hoặc số điện thoại của người mua.",
    "{code} was merged into {kept}: use {kept}.": "{code} đã được gộp vào {kept}: hãy dùng {kept}.",
    "{name} ({code}) is archived: restore the customer first, then import this row again.":
        "{name} ({code}) đã được lưu trữ: hãy khôi phục khách hàng trước, rồi nạp lại dòng này.",
    "Fill in the product code (SKU).": "Hãy điền mã sản phẩm (SKU).",
    "Unknown product {sku}: fill in product_name to add it to the catalogue, or check the "
    "code.":
        "Không có sản phẩm {sku}: hãy điền product_name (tên sản phẩm) để thêm vào danh mục, "
        "hoặc kiểm tra lại mã.",
    "Unknown store {code}: the stores are {codes}.":
        "Không có cửa hàng {code}: các cửa hàng hiện có là {codes}.",
    "Fill in the purchase date.": "Hãy điền ngày mua.",
    "Serial {serial} of {sku} is also on row {row} of this file.":
        "Số serial {serial} của {sku} cũng có ở dòng {row} của tệp này.",
    "Serial {serial} of {sku} is already registered to {name} ({code}), bought on {day}.":
        "Số serial {serial} của {sku} đã được ghi nhận cho {name} ({code}), mua ngày {day}.",
    # Contacts and the call log
    "The end date is before the start date; swap them or pick another.":
        "Ngày kết thúc trước ngày bắt đầu; hãy đổi chỗ hai ngày hoặc chọn ngày khác.",
    "Time": "Thời gian",
    "Customer code": "Mã khách hàng",
    "Customer": "Khách hàng",
    "Channel": "Kênh",
    "Direction": "Chiều",
    "Topic": "Chủ đề",
    "Outcome": "Kết quả",
    "Agent": "Nhân viên",
    "Duration": "Thời lượng",
    "Satisfaction": "Mức hài lòng",
    "Notes": "Ghi chú",
    "Call log": "Nhật ký liên hệ",
    "Export to a .csv or .xlsx file.": "Hãy xuất ra tệp .csv hoặc .xlsx.",
    "The folder {folder} does not exist.": "Thư mục {folder} không tồn tại.",
    "{n} of {total} contacts": "{n} / {total} lượt liên hệ",
    "There is no call topic “{key}”.": "Không có chủ đề cuộc gọi “{key}”.",
    "A script holds at most {n} questions; this one has {count}.":
        "Kịch bản có tối đa {n} câu hỏi; kịch bản này có {count}.",
    "“{start}…” is {count} characters long; a question holds at most {n}.":
        "“{start}…” dài {count} ký tự; mỗi câu hỏi tối đa {n} ký tự.",
    "Give the topic a name.": "Hãy đặt tên cho chủ đề.",
    "A topic name holds at most {n} characters.": "Tên chủ đề tối đa {n} ký tự.",
    "There is already a topic “{label}”.": "Đã có chủ đề “{label}”.",
    "Email": "Email",
    "Chat": "Chat",
    "Social media": "Mạng xã hội",
    "SMS": "SMS",
    "Store visit": "Đến cửa hàng",
    "On site": "Tại nhà khách",
    "Web form": "Biểu mẫu web",
    "Inbound": "Gọi đến",
    "Outbound": "Gọi đi",
    "Product question": "Hỏi về sản phẩm",
    "Usage guidance": "Hướng dẫn sử dụng",
    "Warranty": "Bảo hành",
    "Return": "Đổi trả",
    "Delivery": "Giao hàng",
    "Billing": "Thanh toán",
    "Complaint": "Khiếu nại",
    "Praise": "Khen ngợi",
    "Other": "Khác",
    "Resolved on first contact": "Giải quyết ngay lần đầu",
    "Information given": "Đã cung cấp thông tin",
    "Callback needed": "Cần gọi lại",
    "Complaint opened": "Đã mở khiếu nại",
    "Escalated": "Đã chuyển cấp trên",
    "No answer": "Không nghe máy",
    "Wrong number": "Nhầm số",
    "channel": "kênh",
    "direction (in or out)": "chiều (gọi đến hay gọi đi)",
    "complaint": "khiếu nại",
    "claim": "yêu cầu bảo hành",
    "outcome": "kết quả",
    "The start ({start}) is in the future; correct the start time.":
        "Thời điểm bắt đầu ({start}) ở tương lai; hãy sửa lại giờ bắt đầu.",
    "A duration cannot be negative.": "Thời lượng không thể âm.",
    "A contact cannot last more than 24 hours; check the start and end times.":
        "Một lượt liên hệ không thể kéo dài quá 24 giờ; hãy kiểm tra giờ bắt đầu và kết thúc.",
    "The text is {count} characters long; at most {limit} fit. Shorten it: nothing you typed is "
    "lost.":
        "Nội dung dài {count} ký tự; tối đa {limit} ký tự. Hãy rút gọn: những gì bạn đã gõ vẫn "
        "được giữ nguyên.",
    "{name} ({code}) is archived; restore the customer before logging a contact.":
        "{name} ({code}) đã được lưu trữ; hãy khôi phục khách hàng trước khi ghi liên hệ.",
    "There is no {what} {number}.": "Không có {what} {number}.",
    "{what} {number} belongs to another customer.": "{what} {number} thuộc về khách hàng khác.",
    "The topic “{name}” is no longer offered; choose another.":
        "Chủ đề “{name}” không còn được dùng; hãy chọn chủ đề khác.",
    "Satisfaction is a score from 1 to 5.": "Mức hài lòng là điểm từ 1 đến 5.",
    "Choose the customer, or type the caller's phone number to log it by number.":
        "Hãy chọn khách hàng, hoặc nhập số điện thoại người gọi để ghi theo số.",
    "That contact does not exist.": "Lượt liên hệ này không tồn tại.",
    "Type the correction.": "Hãy nhập nội dung đính chính.",
    "This contact is already linked to a customer.":
        "Lượt liên hệ này đã được gắn với một khách hàng.",
    "Choose the {what}.": "Hãy chọn {what}.",
    "The end ({end}) is before the start ({start}); correct one of them.":
        "Thời điểm kết thúc ({end}) trước thời điểm bắt đầu ({start}); hãy sửa một trong hai.",
    "Say when to call back.": "Hãy cho biết khi nào gọi lại.",
    "The callback time is before the contact started; choose a later time.":
        "Giờ gọi lại trước lúc bắt đầu liên hệ; hãy chọn giờ muộn hơn.",
    "Call back {who}": "Gọi lại cho {who}",
    "log contacts": "ghi nhận liên hệ",
    "edit call topics and scripts": "sửa chủ đề và kịch bản cuộc gọi",
    "Which product (model) is it about?": "Khách hỏi về sản phẩm nào (model)?",
    "Did the customer buy it from us? Which store?":
        "Khách đã mua ở chỗ mình chưa? Ở cửa hàng nào?",
    "Which product and model?": "Sản phẩm và model nào?",
    "What is the customer trying to do?": "Khách đang muốn làm gì?",
    "Did the guidance solve it while on the line?": "Hướng dẫn xong khách đã làm được ngay chưa?",
    "What is the serial number on the product label?": "Số serial trên tem sản phẩm là gì?",
    "When and where was it bought (invoice number)?": "Mua khi nào, ở đâu (số hóa đơn)?",
    "What is the fault, and since when?": "Lỗi thế nào, xuất hiện từ bao giờ?",
    "What is the invoice number?": "Số hóa đơn là gì?",
    "Why does the customer want to return it?": "Vì sao khách muốn trả hàng?",
    "Is the product unused, with its box and accessories?":
        "Sản phẩm còn mới, đủ hộp và phụ kiện không?",
    "What is the invoice or order number?": "Số hóa đơn hoặc số đơn hàng là gì?",
    "Which delivery address and time suit the customer?":
        "Khách muốn giao đến địa chỉ nào, vào giờ nào?",
    "Which amount is in question?": "Khoản tiền nào khách thắc mắc?",
    "What happened, and when?": "Chuyện gì đã xảy ra, vào lúc nào?",
    "What would the customer like us to do?": "Khách mong muốn mình giải quyết thế nào?",
    "open the window on the customer who has this phone number, or on a new contact form for it "
    "(for a softphone's incoming-call action); a CareDesk already running on the same database is "
    "brought to the front instead":
        "mở cửa sổ tại khách hàng có số điện thoại này, hoặc mở phiếu liên hệ mới với số đó (dùng "
        "cho thao tác cuộc gọi đến của softphone); nếu CareDesk đang chạy trên cùng cơ sở dữ liệu "
        "thì cửa sổ đó được đưa lên trước",
    "--lookup opens the window; it cannot be used with a command or --screenshot":
        "--lookup mở cửa sổ; không dùng được cùng một lệnh hay --screenshot",
    # Complaints
    "changed its status": "đã đổi trạng thái",
    "resolved it": "đã giải quyết",
    "closed it": "đã đóng",
    "reopened it": "đã mở lại",
    "cancelled it": "đã hủy",
    "opened it": "đã tiếp nhận",
    "changed it": "đã thay đổi",
    "resolution": "cách giải quyết",
    "Satisfaction (CSAT)": "Mức hài lòng (CSAT)",
    "Customer effort (CES)": "Mức nỗ lực của khách (CES)",
    "reason for reopening": "lý do mở lại",
    "reason for cancelling": "lý do hủy",
    "New": "Mới",
    "In progress": "Đang xử lý",
    "Waiting for customer": "Chờ khách hàng",
    "Resolved": "Đã giải quyết",
    "Closed": "Đã đóng",
    "Reopened": "Mở lại",
    "Cancelled": "Đã hủy",
    "That complaint does not exist.": "Khiếu nại này không tồn tại.",
    "{who} {what} ({number}, now {status}) while you were editing. Reload to see their change; "
    "what you typed is kept.":
        "{who} {what} khiếu nại ({number}, hiện ở trạng thái {status}) trong lúc bạn đang sửa. Hãy"
        " tải lại để xem thay đổi; nội dung bạn đã gõ vẫn được giữ.",
    "A complaint that is {current} cannot become {target}.":
        "Khiếu nại đang ở trạng thái “{current}” không thể chuyển sang “{target}”.",
    "step": "bước xử lý",
    "Choose how the complaint was resolved.": "Hãy chọn cách đã giải quyết khiếu nại.",
    "Compensation cannot be negative: give the amount the customer receives.":
        "Khoản bồi thường không thể âm: hãy nhập số khách hàng được nhận.",
    "{name} is a score from 1 to 5.": "{name} là điểm từ 1 đến 5.",
    "Close only when the customer has confirmed the resolution.":
        "Chỉ đóng khi khách hàng đã xác nhận cách giải quyết.",
    "It was resolved more than {days} days ago: open a new complaint instead.":
        "Khiếu nại đã được giải quyết hơn {days} ngày trước: hãy mở khiếu nại mới.",
    "Someone": "Một người khác",
    "Describe the {what}.": "Hãy mô tả {what}.",
    "Choose the customer the complaint is from.": "Hãy chọn khách hàng gửi khiếu nại.",
    "{name} ({code}) is archived; restore the customer before taking a complaint.":
        "{name} ({code}) đã được lưu trữ; hãy khôi phục khách hàng trước khi tiếp nhận khiếu nại.",
    "The category “{name}” is no longer offered; choose another.":
        "Danh mục “{name}” không còn được dùng; hãy chọn danh mục khác.",
    "Choose the channel the complaint came in by.": "Hãy chọn kênh tiếp nhận khiếu nại.",
    "Choose the severity.": "Hãy chọn mức độ nghiêm trọng.",
    "That purchase is not this customer's.": "Đơn mua này không phải của khách hàng này.",
    "handle complaints": "xử lý khiếu nại",
    "note": "ghi chú",
    "reason for escalating": "lý do chuyển cấp",
    "reason": "lý do",
    "This complaint is closed; reopen it first.": "Khiếu nại này đã đóng; hãy mở lại trước.",
    "This complaint is already with a manager, the top tier.":
        "Khiếu nại đã ở cấp quản lý, cấp cao nhất.",
    "Give the reason for the new priority.": "Hãy ghi lý do đổi mức ưu tiên.",
    "That user does not exist or is disabled.": "Người dùng này không tồn tại hoặc đã bị khóa.",
    "Choose the priority.": "Hãy chọn mức ưu tiên.",
    "assigned it": "đã giao việc",
    "escalated it": "đã chuyển cấp",
    "changed its priority": "đã đổi mức ưu tiên",
    "added a note to it": "đã thêm ghi chú vào",
    "replied on it": "đã trả lời khách về",
    "change a complaint's priority": "đổi mức ưu tiên của khiếu nại",
    "Escalated automatically: the SLA was breached.": "Tự động chuyển cấp: đã quá hạn SLA.",
    "SLA at risk: {number}": "Sắp quá hạn SLA: {number}",
    "SLA breached: {number}": "Đã quá hạn SLA: {number}",
    "Only supervisors and administrators see every complaint.":
        "Chỉ giám sát viên và quản trị viên được xem mọi khiếu nại.",
    "Critical: first response within (e.g. 1h)": "Khẩn cấp: phản hồi đầu tiên trong (vd. 1h)",
    "Critical: resolved within (e.g. 8h)": "Khẩn cấp: giải quyết trong (vd. 8h)",
    "High: first response within": "Cao: phản hồi đầu tiên trong",
    "High: resolved within": "Cao: giải quyết trong",
    "Normal: first response within": "Bình thường: phản hồi đầu tiên trong",
    "Normal: resolved within (e.g. 3d = 3 business days)":
        "Bình thường: giải quyết trong (vd. 3d = 3 ngày làm việc)",
    "Low: first response within": "Thấp: phản hồi đầu tiên trong",
    "Low: resolved within": "Thấp: giải quyết trong",
    "Open days (1 = Monday … 7 = Sunday, e.g. 1-6)":
        "Ngày làm việc (1 = Thứ Hai … 7 = Chủ nhật, vd. 1-6)",
    "Business hours start (HH:MM)": "Giờ làm việc bắt đầu (HH:MM)",
    "Business hours end (HH:MM)": "Giờ làm việc kết thúc (HH:MM)",
    "Extra closed days besides public holidays (dd/mm/yyyy, …)":
        "Ngày nghỉ thêm ngoài ngày lễ (dd/mm/yyyy, …)",
    "Write a target as hours or business days, e.g. 8h, 3d or 1d 4h.":
        "Hãy ghi thời hạn theo giờ hoặc ngày làm việc, vd. 8h, 3d, 1d 4h hoặc 3 ngày.",
    "A target must be longer than zero.": "Thời hạn phải lớn hơn 0.",
    "At least one day of the week must be open.": "Phải có ít nhất một ngày làm việc trong tuần.",
    "Write a time of day as HH:MM, e.g. 08:00.": "Hãy ghi giờ theo dạng HH:MM, vd. 08:00.",
    "Write the open days as numbers from 1 (Monday) to 7 (Sunday), e.g. 1-6.":
        "Hãy ghi ngày làm việc bằng số từ 1 (Thứ Hai) đến 7 (Chủ nhật), vd. 1-6.",
    "“{text}” is not a date: write closed days as dd/mm/yyyy, separated by commas.":
        "“{text}” không phải là ngày: hãy ghi ngày nghỉ dạng dd/mm/yyyy, cách nhau bằng dấu phẩy.",
    "edit reply templates": "sửa mẫu trả lời",
    "register purchases": "ghi nhận đơn mua hàng",
    "Satisfaction with the resolution (CSAT, 1-5)": "Mức hài lòng với cách giải quyết (CSAT, 1-5)",
    "Effort to get it resolved (CES, 1-5)": "Mức công sức để được giải quyết (CES, 1-5)",
    "Scores go from 1 to 5.": "Điểm từ 1 đến 5.",
    "{label}: choose on or off.": "{label}: chọn bật hoặc tắt.",
    "manage products": "quản lý sản phẩm",
    "handle warranty and return claims": "xử lý yêu cầu bảo hành và đổi trả",
    "approve a return outside the return window": "duyệt trả hàng quá hạn đổi trả",
    "print slips": "in phiếu",
    "work on reminders": "xử lý nhắc việc",
    "Give the template a title.": "Hãy đặt tiêu đề cho mẫu.",
    "Write the text of the template.": "Hãy viết nội dung mẫu.",
    "At most {n} characters fit here.": "Ô này chứa tối đa {n} ký tự.",
    "Choose a complaint category, or none for all of them.":
        "Hãy chọn danh mục khiếu nại, hoặc để trống để dùng cho mọi danh mục.",
    "{fields} cannot be filled in; the placeholders are {allowed}.":
        "Không điền được {fields}; các chỗ điền được là {allowed}.",
    "That template does not exist any more.": "Mẫu này không còn nữa.",
    "Compensation for complaint {number}": "Bồi thường cho khiếu nại {number}",
    "check every open complaint's SLA clock once":
        "kiểm tra hạn SLA của mọi khiếu nại đang mở một lần",
    "as of this moment (default: now; without a zone, Vietnam time)":
        "tính tại thời điểm này (mặc định: bây giờ; không ghi múi giờ thì theo giờ Việt Nam)",
    "{checked} open complaints checked: {at_risk} now at risk, {breached} breached, {escalated} "
    "escalated.":
        "Đã kiểm tra {checked} khiếu nại đang mở: {at_risk} sắp quá hạn, {breached} đã quá hạn, "
        "{escalated} đã chuyển cấp.",
    "“{v}” is not a date and time; write it as 2026-11-20T09:30":
        "“{v}” không phải ngày giờ; hãy ghi dạng 2026-11-20T09:30",
    # Printed slips
    "Purchase date": "Ngày mua",
    "Delivery date": "Ngày giao hàng",
    "Warranty period": "Thời hạn bảo hành",
    "Warranty until": "Bảo hành đến ngày",
    "Price paid": "Giá mua",
    "Claim number": "Số yêu cầu",
    "Request": "Loại yêu cầu",
    "Received": "Đã tiếp nhận",
    "Fault as described": "Lỗi theo khách báo",
    "Condition on receipt": "Tình trạng khi nhận",
    "Accessories received": "Phụ kiện kèm theo",
    "Expected return date": "Ngày hẹn trả",
    "Quoted repair cost": "Chi phí sửa chữa báo giá",
    "Replacement serial number": "Số serial sản phẩm đổi",
    "Amount refunded": "Số tiền hoàn lại",
    "Reason": "Lý do",
    "Handled as": "Hình thức xử lý",
    "Completed": "Hoàn tất",
    "Complaint number": "Số khiếu nại",
    "Category": "Loại",
    "Received via": "Kênh tiếp nhận",
    "Description": "Nội dung",
    "Answer expected by": "Hạn giải quyết dự kiến",
    "WARRANTY SLIP": "PHIẾU BẢO HÀNH",
    "WARRANTY / RETURN RECEIPT": "PHIẾU TIẾP NHẬN BẢO HÀNH / ĐỔI TRẢ",
    "PICKUP / RETURN SLIP": "PHIẾU TRẢ HÀNG / ĐỔI TRẢ",
    "COMPLAINT RECEIPT": "PHIẾU TIẾP NHẬN KHIẾU NẠI",
    "Taken in": "Thông tin tiếp nhận",
    "Warranty repair": "Sửa chữa bảo hành",
    "Exchange": "Đổi sản phẩm",
    "Return and refund": "Trả hàng, hoàn tiền",
    "Diagnosing": "Đang kiểm tra",
    "Waiting for parts": "Chờ linh kiện",
    "Repairing": "Đang sửa chữa",
    "Ready for pickup": "Chờ khách nhận",
    "Returned to customer": "Đã trả khách",
    "Rejected": "Từ chối",
    "Exchanged": "Đã đổi sản phẩm",
    "Refunded": "Đã hoàn tiền",
    "Product defect": "Lỗi sản phẩm",
    "Installation": "Lắp đặt",
    "Staff attitude": "Thái độ nhân viên",
    "Warranty service": "Dịch vụ bảo hành",
    "Product": "Sản phẩm",
    "Serial number": "Số serial",
    "Invoice": "Số hóa đơn",
    "{number}, page {page}": "{number}, trang {page}",
    "Tel. {phone}": "ĐT: {phone}",
    "Number:": "Số:",
    "Date:": "Ngày:",
    "Customer (sign and write full name)": "Khách hàng (ký, ghi rõ họ tên)",
    "Address": "Địa chỉ",
    "Terms": "Điều khoản",
    "{months} months": "{months} tháng",
    "{months} months + {extra} months extended": "{months} tháng + {extra} tháng gia hạn",
    "In warranty": "Còn bảo hành",
    "Out of warranty": "Hết bảo hành",
    "No warranty slip, serial number or invoice number is {number}; check the number, or "
    "register the purchase first.": (
        "Không có phiếu bảo hành, số serial hay số hóa đơn nào là {number}; hãy kiểm tra lại "
        "số, hoặc ghi nhận đơn mua hàng trước."
    ),
    "Choose a kind of slip: {kinds}.": "Hãy chọn loại phiếu: {kinds}.",
    "That slip does not exist.": "Phiếu này không tồn tại.",
    "The purchase to print a slip for no longer exists.":
        "Đơn mua hàng cần in phiếu không còn nữa.",
    "The claim to print a slip for no longer exists.": "Yêu cầu cần in phiếu không còn nữa.",
    "The complaint to print a slip for no longer exists.":
        "Khiếu nại cần in phiếu không còn nữa.",
    "Claim {number} is still being worked on ({status}); a pickup / return slip is printed "
    "once it is ready for pickup, exchanged, refunded or rejected.": (
        "Yêu cầu {number} vẫn đang được xử lý ({status}); phiếu trả hàng / đổi trả chỉ in "
        "khi sản phẩm chờ khách nhận, đã đổi, đã hoàn tiền hoặc bị từ chối."
    ),
    "Choose the slip paper: {layouts}.": "Hãy chọn khổ giấy in phiếu: {layouts}.",
    "Say where the slip went: {targets}.": "Hãy cho biết phiếu đã in ra đâu: {targets}.",
    "Type the number of the slip or of what it is for.":
        "Hãy nhập số phiếu, hoặc số của hồ sơ cần in phiếu.",
    "No claim or claim slip has the number {number}; claim numbers look like YC-2026-000123.": (
        "Không có yêu cầu hay phiếu nào mang số {number}; số yêu cầu có dạng YC-2026-000123."
    ),
    "{number} is a slip of another kind; run “slip {kind} {number}” instead.":
        "{number} là phiếu loại khác; hãy chạy “slip {kind} {number}”.",
    "No complaint or complaint slip has the number {number}; complaint numbers look like "
    "KN-2026-000123.": (
        "Không có khiếu nại hay phiếu nào mang số {number}; số khiếu nại có dạng KN-2026-000123."
    ),
    "Several purchases have the number {number}; give the product's serial number instead.":
        "Có nhiều đơn mua hàng mang số {number}; hãy nhập số serial của sản phẩm.",
    "Slip paper (A5 sheet or 80 mm receipt roll)": "Khổ giấy in phiếu (tờ A5 hoặc cuộn 80 mm)",
    "Terms printed on warranty slips": "Điều khoản in trên phiếu bảo hành",
    "Terms printed on warranty / return receipts":
        "Điều khoản in trên phiếu tiếp nhận bảo hành / đổi trả",
    "Terms printed on pickup / return slips": "Điều khoản in trên phiếu trả hàng / đổi trả",
    "Terms printed on complaint receipts": "Điều khoản in trên phiếu tiếp nhận khiếu nại",
    "write a warranty, claim, return or complaint slip to a PDF file":
        "ghi phiếu bảo hành, tiếp nhận, trả hàng hoặc khiếu nại ra tệp PDF",
    "which slip": "loại phiếu",
    "the slip's number (a reprint, marked as a copy), or a claim number (YC-...), a complaint "
    "number (KN-...), or for a warranty slip a serial or invoice number": (
        "số phiếu (in lại, có dấu bản sao), hoặc số yêu cầu (YC-...), số khiếu nại (KN-...), "
        "hoặc với phiếu bảo hành là số serial hay số hóa đơn"
    ),
    "the PDF file to write": "tệp PDF cần ghi",
    "a5 or thermal80 (80 mm receipt); default: the slip paper setting":
        "a5 hoặc thermal80 (giấy in nhiệt 80 mm); mặc định: theo cài đặt khổ giấy in phiếu",
    "Cannot write {path}: {reason}. Choose another file or folder.":
        "Không ghi được {path}: {reason}. Hãy chọn tệp hoặc thư mục khác.",
    "Copy of slip {number} written to {path}.": "Đã ghi bản sao phiếu {number} ra {path}.",
    "Slip {number} written to {path}.": "Đã ghi phiếu {number} ra {path}.",
    # Purchases, products, warranty check and claims (app/services/claims/products.py, purchases.py,
    # warranty_check.py, claims.py, claim_*.py)
    "This claim is closed; nothing is left to assign.":
        "Yêu cầu này đã đóng; không còn gì để giao.",
    "Only an out-of-warranty repair has a quote: this one costs the customer nothing.":
        "Chỉ sửa chữa ngoài bảo hành mới có báo giá: yêu cầu này khách không phải trả tiền.",
    "The repair has already started or ended; the quote can no longer change.":
        "Việc sửa chữa đã bắt đầu hoặc đã xong; không thể đổi báo giá nữa.",
    "Give the quoted cost.": "Hãy nhập chi phí báo giá.",
    "Misuse or damage": "Sử dụng sai hoặc hư hỏng do người dùng",
    "No fault found": "Không phát hiện lỗi",
    "took it in": "đã tiếp nhận",
    "rejected it": "đã từ chối",
    "exchanged the product": "đã đổi sản phẩm",
    "refunded the customer": "đã hoàn tiền cho khách",
    "recorded a quote": "đã ghi báo giá",
    "In warranty until {date}": "Còn bảo hành đến {date}",
    "Warranty ended on {date}": "Hết bảo hành từ {date}",
    "To hand back": "Chờ trả khách",
    "That product does not exist.": "Sản phẩm này không tồn tại.",
    "{name} is no longer sold; choose another product or ask a supervisor to restore it.":
        "{name} đã ngừng bán; hãy chọn sản phẩm khác hoặc nhờ giám sát khôi phục sản phẩm.",
    "Type the serial number of the replacement unit.": "Hãy nhập số serial của máy đổi cho khách.",
    "Give the amount refunded, a whole number of đồng above 0.":
        "Hãy nhập số tiền hoàn, là số đồng nguyên lớn hơn 0.",
    "A refund of {amount} is more than the {paid} paid for it; refund at most {paid}.":
        "Hoàn {amount} là nhiều hơn số tiền {paid} khách đã trả; chỉ hoàn tối đa {paid}.",
    "reason for rejecting": "lý do từ chối",
    "That claim does not exist.": "Yêu cầu này không tồn tại.",
    "A {kind} claim that is {current} cannot become {target}.":
        "Yêu cầu {kind} đang ở trạng thái {current} không thể chuyển sang {target}.",
    "This repair is out of warranty: record the customer's acceptance of the quoted cost "
    "before starting it.":
        "Máy đã hết bảo hành: hãy ghi nhận khách đồng ý báo giá trước khi bắt đầu sửa.",
    "Choose why it is rejected: out of warranty, misuse or no fault found.":
        "Hãy chọn lý do từ chối: hết bảo hành, sử dụng sai hoặc không phát hiện lỗi.",
    "reason for the return": "lý do trả hàng",
    "fault": "lỗi",
    "The quoted cost is a whole number of đồng, 0 or more.":
        "Chi phí báo giá là số đồng nguyên, từ 0 trở lên.",
    "Give the quoted cost the customer accepted.": "Hãy nhập chi phí báo giá mà khách đã đồng ý.",
    "Choose the purchase the claim is about: check the serial, invoice or phone first, and "
    "register the purchase if it is not found.":
        "Hãy chọn đơn mua của yêu cầu: tra serial, số hoá đơn hoặc số điện thoại trước, "
        "nếu không thấy thì ghi nhận đơn mua.",
    "That purchase does not exist.": "Đơn mua này không tồn tại.",
    "{name} ({code}) is archived; restore the customer before taking a claim.":
        "{name} ({code}) đã được lưu trữ; hãy khôi phục khách hàng trước khi tiếp nhận yêu cầu.",
    "This unit is already in claim {number}; continue that claim instead.":
        "Máy này đang nằm trong yêu cầu {number}; hãy tiếp tục xử lý yêu cầu đó.",
    "This return comes {days} days after the sale, past the {window}-day return window: a "
    "supervisor must approve it. Ask a supervisor to take it in.":
        "Khách trả hàng sau {days} ngày kể từ khi mua, quá thời hạn đổi trả {window} ngày: "
        "cần giám sát duyệt. Hãy nhờ giám sát tiếp nhận.",
    "The expected return date is in the past; give a later date.":
        "Ngày hẹn trả đã qua; hãy chọn một ngày sau hôm nay.",
    "Choose repair, exchange or return.": "Hãy chọn bảo hành sửa chữa, đổi máy hoặc trả hàng.",
    "The warranty is a whole number of months from 0 to {max}.":
        "Thời hạn bảo hành là số tháng nguyên từ 0 đến {max}.",
    "The return window is a whole number of days from 0 to {max}.":
        "Thời hạn đổi trả là số ngày nguyên từ 0 đến {max}.",
    "The price is a whole number of đồng, 0 or more.": "Giá là số đồng nguyên, từ 0 trở lên.",
    "A SKU has 1 to 40 letters A-Z, digits, dots, dashes or slashes, as in TV-55.":
        "Mã SKU gồm 1 đến 40 chữ cái A-Z, chữ số, dấu chấm, gạch ngang hoặc gạch chéo, "
        "ví dụ TV-55.",
    "The SKU {sku} is already used by {name}.": "Mã SKU {sku} đã được dùng cho {name}.",
    "Type the product's name.": "Hãy nhập tên sản phẩm.",
    "The warranty": "Thời hạn bảo hành",
    "The extended warranty": "Thời hạn bảo hành mở rộng",
    "The serial {serial} is already registered to {name} ({code}) for this product. Check the "
    "number on the unit, or open that customer.":
        "Số serial {serial} của sản phẩm này đã được ghi nhận cho {name} ({code}). Hãy kiểm "
        "tra lại số trên máy, hoặc mở hồ sơ khách hàng đó.",
    "{what} is a whole number of months from 0 to {max}.":
        "{what} là số tháng nguyên từ 0 đến {max}.",
    "Choose the customer who bought it.": "Hãy chọn khách hàng đã mua.",
    "{name} ({code}) is archived; restore the customer before registering a purchase.":
        "{name} ({code}) đã được lưu trữ; hãy khôi phục khách hàng trước khi ghi nhận đơn mua.",
    "Choose the product that was bought.": "Hãy chọn sản phẩm đã mua.",
    "Give the purchase date.": "Hãy nhập ngày mua.",
    "The purchase date {date} is in the future; give the date on the invoice.":
        "Ngày mua {date} là ngày trong tương lai; hãy nhập ngày ghi trên hoá đơn.",
    "The delivery date is before the purchase date; check both dates.":
        "Ngày giao hàng trước ngày mua; hãy kiểm tra lại hai ngày này.",
    # reminders (issue 8)
    "{count} reminders open and due.": "{count} nhắc việc đang mở và đã đến hạn.",
    "list the follow-up reminders due now": "liệt kê các nhắc việc chăm sóc đã đến hạn",
    "run the reminder rules first (nothing is created twice)":
        "chạy các quy tắc nhắc việc trước (không tạo trùng)",
    "Rules run: {count} new reminders.": "Đã chạy quy tắc: {count} nhắc việc mới.",
    "No reminder is open and due at {time}.":
        "Không có nhắc việc nào đang mở và đến hạn lúc {time}.",
    "(pool)": "(chung)",
    "Export to a .csv file.": "Hãy xuất ra tệp .csv.",
    "Name": "Tên",
    "Text": "Nội dung",
    "Follow-up “{title}”: {outcome}": "Chăm sóc “{title}”: {outcome}",
    "Reached the customer": "Đã liên lạc được khách",
    "The customer declined": "Khách từ chối",
    "Done in person": "Đã gặp trực tiếp",
    "15 minutes": "15 phút",
    "1 hour": "1 giờ",
    "Tomorrow 08:00": "08:00 ngày mai",
    "Choose how long to snooze the reminder.": "Hãy chọn thời gian hoãn nhắc việc.",
    "took": "nhận",
    "snoozed": "hoãn",
    "completed": "hoàn thành",
    "reassigned": "chuyển người xử lý",
    "{who} {did} this reminder at {time}. Reload to see it; nothing was changed.":
        "{who} đã {did} nhắc việc này lúc {time}. Hãy tải lại để xem; chưa có gì bị thay đổi.",
    "That reminder does not exist any more.": "Nhắc việc này không còn nữa.",
    "{time} has already passed; choose a later time to snooze to.":
        "{time} đã qua; hãy chọn thời điểm muộn hơn để hoãn đến.",
    "Choose how the follow-up went.": "Hãy chọn kết quả cuộc chăm sóc.",
    "Choose an active user to give the reminder to.":
        "Hãy chọn một người dùng đang hoạt động để giao nhắc việc.",
    "Someone else is taking this reminder at this moment; choose another one.":
        "Người khác đang nhận nhắc việc này ngay lúc này; hãy chọn nhắc việc khác.",
    "The customer's purchase was delivered a few days ago: a check-in call keeps them.":
        "Hàng khách mua đã giao được vài ngày: một cuộc gọi hỏi thăm giúp giữ chân khách.",
    (
        "A complaint of this customer was resolved: ask whether they are satisfied (CSAT) "
        "and how easy it was (CES)."
    ): (
        "Khiếu nại của khách đã được giải quyết: hỏi khách có hài lòng không (CSAT) "
        "và việc giải quyết có dễ dàng không (CES)."
    ),
    "It is the customer's birthday.": "Hôm nay là sinh nhật của khách.",
    "A warranty of this customer ends soon.": "Một sản phẩm của khách sắp hết bảo hành.",
    "The customer has not bought or been in touch for a long time.":
        "Đã lâu khách không mua hàng hay liên hệ.",
    "A holiday greeting for a valued customer.": "Lời chúc dịp lễ cho khách hàng thân thiết.",
    "A callback was promised to the customer.": "Đã hẹn gọi lại cho khách.",
    "A complaint is close to or past its SLA target.":
        "Một khiếu nại sắp hoặc đã quá hạn SLA.",
    (
        "Greet the customer and thank them for the purchase. Ask whether delivery and "
        "installation went well and the product works as expected. Offer help with using it."
    ): (
        "Chào khách và cảm ơn khách đã mua hàng. Hỏi việc giao hàng, lắp đặt có ổn không "
        "và sản phẩm có hoạt động như mong đợi không. Đề nghị hướng dẫn sử dụng nếu cần."
    ),
    (
        "Remind the customer of the complaint and how it was resolved. Ask: how satisfied "
        "are you, 1 to 5? How easy was it to get this resolved? Note anything still wrong."
    ): (
        "Nhắc lại khiếu nại và cách đã giải quyết. Hỏi: mức hài lòng từ 1 đến 5? Việc giải "
        "quyết có dễ dàng không? Ghi lại điều gì còn chưa ổn."
    ),
    "Wish the customer a happy birthday; mention their member benefits. Keep it short.":
        "Chúc mừng sinh nhật khách; nhắc đến quyền lợi thành viên. Nói ngắn gọn.",
    (
        "Tell the customer when the warranty ends. Offer a check-up before then, or an "
        "extended warranty."
    ): (
        "Báo khách ngày hết bảo hành. Đề nghị kiểm tra máy trước ngày đó, hoặc gia hạn "
        "bảo hành."
    ),
    (
        "Ask how the customer is and whether their products serve them well. Mention what "
        "is new and the offers for their tier."
    ): (
        "Hỏi thăm khách và sản phẩm khách dùng có tốt không. Giới thiệu sản phẩm mới và "
        "ưu đãi cho hạng thành viên của khách."
    ),
    "Send the greeting, or call the most valued customers in person.":
        "Gửi lời chúc, hoặc gọi điện trực tiếp cho những khách thân thiết nhất.",
    "Call back as promised; read the notes of the last contact first.":
        "Gọi lại như đã hẹn; đọc ghi chú của lần liên hệ trước.",
    "Open the complaint and act on it before (or now that) its target passes.":
        "Mở khiếu nại và xử lý trước khi (hoặc ngay khi đã) quá hạn.",
    "Only supervisors and administrators see every reminder.":
        "Chỉ giám sát viên và quản trị viên mới xem được mọi nhắc việc.",
    "Tết Nguyên Đán": "Tết Nguyên Đán",
    "International Women's Day 8/3": "Ngày Quốc tế Phụ nữ 8/3",
    "Vietnamese Women's Day 20/10": "Ngày Phụ nữ Việt Nam 20/10",
    "Greeting day {date}": "Ngày chúc mừng {date}",
    "After a purchase": "Sau khi mua hàng",
    "After a complaint was resolved": "Sau khi giải quyết khiếu nại",
    "Warranty ending": "Sắp hết bảo hành",
    "Customer gone quiet": "Khách lâu không liên hệ",
    "Holiday greeting": "Chúc mừng dịp lễ",
    "Promised callback": "Hẹn gọi lại",
    "Complaint SLA": "SLA khiếu nại",
    "Check-in call this many days after delivery": "Gọi hỏi thăm sau khi giao hàng (số ngày)",
    "Callback this many days after a complaint is resolved":
        "Gọi lại sau khi giải quyết khiếu nại (số ngày)",
    "Warn this many days before a warranty ends": "Nhắc trước khi hết bảo hành (số ngày)",
    "A customer is quiet after this many days without a purchase or contact":
        "Khách được coi là lâu không liên hệ sau số ngày không mua hàng hay liên hệ này",
    "Quiet customers of these tiers (e.g. gold,vip)":
        "Khách lâu không liên hệ thuộc các hạng này (vd. gold,vip)",
    "Holiday greetings for these tiers (e.g. gold,vip)":
        "Chúc mừng dịp lễ cho các hạng này (vd. gold,vip)",
    "Holiday greetings also for customers with these tags":
        "Chúc mừng dịp lễ cho cả khách có các nhãn này",
    "Extra greeting days besides Tết, 8/3 and 20/10 (dd/mm, …)":
        "Ngày chúc mừng thêm ngoài Tết, 8/3 và 20/10 (dd/mm, …)",
    "Reminders: {rule} (on or off)": "Nhắc việc: {rule} (bật hoặc tắt)",
    "Greeting text: {rule}": "Lời chúc: {rule}",
    (
        "A brace in the text has no partner: write each placeholder as a name between "
        "braces, e.g. {example}."
    ): (
        "Có dấu ngoặc nhọn không thành cặp: hãy viết mỗi chỗ điền là một tên trong "
        "ngoặc nhọn, vd. {example}."
    ),
    "“{word}” is not a tier; choose from {tiers}.":
        "“{word}” không phải hạng thành viên; hãy chọn trong {tiers}.",
    "“{text}” is not a day of the year: write dates as dd/mm, separated by commas.":
        "“{text}” không phải ngày trong năm: hãy ghi ngày dạng dd/mm, cách nhau bằng dấu phẩy.",
    "Check-in call after the purchase: {product}": "Gọi hỏi thăm sau mua hàng: {product}",
    "Callback after complaint {number} was resolved":
        "Gọi lại sau khi giải quyết khiếu nại {number}",
    "Birthday greeting: {name}": "Chúc mừng sinh nhật: {name}",
    "The warranty of {product} ends on {date}": "Bảo hành {product} hết hạn ngày {date}",
    "No purchase or contact for {days} days: {name}":
        "{days} ngày không mua hàng hay liên hệ: {name}",
    "{occasion} greeting: {name}": "Chúc mừng {occasion}: {name}",
    # Imports, phones, dates, provinces
    "Read as: {source}.":
        "Đã đọc dưới dạng: {source}.",
    "customers from a CSV or Excel file with a header row (English or Vietnamese column names); "
    "a row whose code exists updates that customer":
        "khách hàng từ tệp CSV hoặc Excel có dòng tiêu đề (tên cột tiếng Anh hoặc tiếng Việt); "
        "dòng có mã đã tồn tại sẽ cập nhật khách hàng đó",
    "leave customers who already exist (same code, or same phone and name) as they are instead "
    "of updating them":
        "giữ nguyên khách hàng đã có (cùng mã, hoặc cùng số điện thoại và họ tên) thay vì cập "
        "nhật",
    "purchases of existing customers (found by customer code or phone) from a CSV or Excel file "
    "with a header row; an unknown SKU with a product name adds that product":
        "đơn mua của khách hàng đã có (tìm theo mã khách hàng hoặc số điện thoại) từ tệp CSV "
        "hoặc Excel có dòng tiêu đề; mã sản phẩm chưa có kèm tên sản phẩm sẽ được thêm vào danh "
        "mục",
    "the CSV or XLSX file to load":
        "tệp CSV hoặc XLSX cần nạp",
    "the text encoding of a CSV file, when the one detected is wrong":
        "bảng mã của tệp CSV, khi bảng mã tự nhận ra bị sai",
    "the sheet of a workbook to read":
        "trang tính cần đọc trong sổ Excel",
    "Note: ":
        "Ghi chú: ",
    "Type a date, such as 21/03/1985.":
        "Hãy nhập ngày, ví dụ 21/03/1985.",
    "“{text}” is not a date. Type the date as dd/mm/yyyy, such as 21/03/1985.":
        "“{text}” không phải là ngày. Hãy nhập ngày dạng dd/mm/yyyy, ví dụ 21/03/1985.",
    "“{text}” is not a date: the month is 1 to 12.":
        "“{text}” không phải là ngày: tháng chỉ từ 1 đến 12.",
    "“{text}” is not a date: there is no year 0.":
        "“{text}” không phải là ngày: không có năm 0.",
    "“{text}” is not a date: {month} {year} has {days} days.":
        "“{text}” không phải là ngày: {month} năm {year} chỉ có {days} ngày.",
    "January":
        "tháng 1",
    "February":
        "tháng 2",
    "March":
        "tháng 3",
    "April":
        "tháng 4",
    "May":
        "tháng 5",
    "June":
        "tháng 6",
    "July":
        "tháng 7",
    "August":
        "tháng 8",
    "September":
        "tháng 9",
    "October":
        "tháng 10",
    "November":
        "tháng 11",
    "December":
        "tháng 12",
    "{old} is now called {new}.":
        "{old} nay là {new}.",
    "{old} is now part of {new} (since 1 July 2025).":
        "{old} nay thuộc {new} (từ ngày 1/7/2025).",
    "“{text}” is not a province of Vietnam: choose one of the 34 provinces and cities.":
        "“{text}” không phải là tỉnh, thành phố của Việt Nam: hãy chọn một trong 34 tỉnh, thành "
        "phố.",
    "ward / commune":
        "phường/xã",
    "{people} and {person}":
        "{people} và {person}",
    "{phone} is also the number of {who}.":
        "{phone} cũng là số của {who}.",
    "“{value}” is not a date: write it as 21/03/1985 or 1985-03-21.":
        "“{value}” không phải là ngày: hãy viết dạng 21/03/1985 hoặc 1985-03-21.",
    "Saving customers: {done} of {total}…":
        "Đang lưu khách hàng: {done} / {total}…",
    "Row {row} has the same name and phone with other details: merge the two rows into one.":
        "Dòng {row} có cùng họ tên và số điện thoại nhưng thông tin khác: hãy gộp hai dòng "
        "thành một.",
    "{name} ({code}) is already a customer: skipped, as chosen.":
        "{name} ({code}) đã là khách hàng: bỏ qua theo lựa chọn.",
    "{phone} is also the number of {name} ({code}): both keep it (same household).":
        "{phone} cũng là số của {name} ({code}): cả hai cùng giữ số này (cùng hộ gia đình).",
    "{phone} is also the number of {name} on row {row}: both keep it (same household).":
        "{phone} cũng là số của {name} ở dòng {row}: cả hai cùng giữ số này (cùng hộ gia đình).",
    "Row {row} says the same: skipped.":
        "Giống hệt dòng {row}: đã bỏ qua.",
    "Unknown gender “{value}”: use Nam, Nữ or Khác (or male, female, other), or leave it empty.":
        "Giới tính “{value}” không hợp lệ: dùng Nam, Nữ hoặc Khác (hoặc male, female, other), "
        "hoặc để trống.",
    "The file cannot be read as {label}: the byte 0x{byte} at offset {offset} (line {line}) is "
    "not valid in this encoding. Choose another encoding, or open the file in Excel and save it "
    "as “CSV UTF-8 (Comma delimited)”.":
        "Không đọc được tệp theo bảng mã {label}: byte 0x{byte} ở vị trí {offset} (dòng {line}) "
        "không hợp lệ trong bảng mã này. Hãy chọn bảng mã khác, hoặc mở tệp bằng Excel rồi chọn "
        "Lưu như > “CSV UTF-8 (Comma delimited)”.",
    "UTF-8":
        "UTF-8",
    "UTF-16 (Excel “Unicode text”)":
        "UTF-16 (“Unicode text” của Excel)",
    "Windows-1258 (Vietnamese ANSI)":
        "Windows-1258 (ANSI tiếng Việt)",
    "TCVN3 (ABC)":
        "TCVN3 (ABC)",
    "VNI":
        "VNI",
    "“{code}” is not an encoding CareDesk can read: choose one of {choices}.":
        "CareDesk không đọc được bảng mã “{code}”: hãy chọn một trong các bảng mã {choices}.",
    "E-mail":
        "Email",
    "Gender":
        "Giới tính",
    "Ward / commune":
        "Phường / xã",
    "Province / city":
        "Tỉnh / thành phố",
    "Points":
        "Điểm",
    "Invoice number":
        "Số hoá đơn",
    "Product code (SKU)":
        "Mã sản phẩm (SKU)",
    "Product name":
        "Tên sản phẩm",
    "Price (VND)":
        "Giá (VND)",
    "Warranty (months)":
        "Bảo hành (tháng)",
    "Store code":
        "Mã cửa hàng",
    "This is an Excel 97-2003 workbook (.xls), which CareDesk does not read. Open it in Excel "
    "and choose File > Save As > “Excel Workbook (.xlsx)”, then import that file. Nothing was "
    "loaded.":
        "Đây là sổ Excel 97-2003 (.xls), CareDesk không đọc được. Hãy mở trong Excel, chọn Tệp "
        "> Lưu thành > “Excel Workbook (.xlsx)”, rồi nhập tệp đó. Chưa nạp gì.",
    "This file is neither a CSV file nor an Excel workbook (.xlsx). In Excel, choose File > "
    "Save As and pick “Excel Workbook (.xlsx)” or “CSV UTF-8 (Comma delimited)”. Nothing was "
    "loaded.":
        "Tệp này không phải tệp CSV cũng không phải sổ Excel (.xlsx). Trong Excel, chọn Tệp > "
        "Lưu thành rồi chọn “Excel Workbook (.xlsx)” hoặc “CSV UTF-8 (Comma delimited)”. Chưa "
        "nạp gì.",
    "{path} is a folder, not a file to import.":
        "{path} là thư mục, không phải tệp để nhập.",
    "The file is {size} MB; CareDesk imports files of up to {limit} MB at a time. Split it into "
    "smaller files (for example by year) and import them one after the other. Nothing was "
    "loaded.":
        "Tệp nặng {size} MB; CareDesk nhập mỗi lần tệp tối đa {limit} MB. Hãy tách thành các "
        "tệp nhỏ hơn (ví dụ theo năm) rồi nhập lần lượt. Chưa nạp gì.",
    "The first row holds data (“{cells}”), not column names: add a first row that names each "
    "column (such as Họ tên, Số điện thoại, Ngày sinh) and import the file again. Nothing was "
    "loaded.":
        "Dòng đầu tiên là dữ liệu (“{cells}”), không phải tên cột: hãy thêm một dòng đầu ghi "
        "tên từng cột (ví dụ Họ tên, Số điện thoại, Ngày sinh) rồi nhập lại. Chưa nạp gì.",
    "Saving purchases: {done} of {total}…":
        "Đang lưu đơn mua hàng: {done} trên {total}…",
    "Row":
        "Dòng",
    "Column":
        "Cột",
    "Kind":
        "Loại",
    "Message":
        "Nội dung",
    "Error":
        "Lỗi",
    "Note":
        "Ghi chú",
    "Created":
        "Đã tạo",
    "Updated":
        "Đã cập nhật",
    "Skipped":
        "Bỏ qua",
    "New products":
        "Sản phẩm mới",
    "tab":
        "tab",
    "CSV, {encoding}, separator “{separator}”":
        "CSV, {encoding}, dấu phân cách “{separator}”",
    "Excel workbook, sheet “{sheet}”":
        "Sổ Excel, trang “{sheet}”",
    "Reading the file…":
        "Đang đọc tệp…",
    "Checking the rows…":
        "Đang kiểm tra các dòng…",
    "Matching the rows with what is already in CareDesk…":
        "Đang đối chiếu các dòng với dữ liệu đã có trong CareDesk…",
    "This cell has {n} characters; a cell holds at most 32,767. A quotation mark that was "
    "opened and never closed makes one cell of many lines: check the row.":
        "Ô này có {n} ký tự; mỗi ô chứa tối đa 32.767 ký tự. Một dấu ngoặc kép mở mà không đóng "
        "sẽ gộp nhiều dòng thành một ô: hãy kiểm tra dòng này.",
    "Line {line} of the file cannot be read as CSV ({reason}). Nothing was loaded.":
        "Không đọc được dòng {line} của tệp dưới dạng CSV ({reason}). Chưa nạp gì.",
    "The workbook cannot be read ({reason}): open it in Excel, save it again as “Excel Workbook "
    "(.xlsx)” and import that file. Nothing was loaded.":
        "Không đọc được sổ Excel ({reason}): hãy mở trong Excel, lưu lại dưới dạng “Excel "
        "Workbook (.xlsx)” rồi nhập tệp đó. Chưa nạp gì.",
    "Every sheet of the workbook is empty. Nothing was loaded.":
        "Mọi trang tính trong sổ đều trống. Chưa nạp gì.",
    "The table has {n} columns; a list of customers or purchases has at most {limit}. Check "
    "that this is the right file (or sheet) and keep only the columns to import. Nothing was "
    "loaded.":
        "Bảng có {n} cột; danh sách khách hàng hoặc đơn mua có tối đa {limit} cột. Hãy kiểm tra "
        "đúng tệp (hoặc đúng trang tính) và chỉ giữ các cột cần nhập. Chưa nạp gì.",
    "“{raw}” is not a Vietnamese phone number: no mobile or landline starts with {start}. Check "
    "the digits; a mobile looks like 0912 345 678 and a landline like 028 3823 4567.":
        "“{raw}” không phải số điện thoại Việt Nam: không có số di động hay số cố định nào bắt "
        "đầu bằng {start}. Hãy kiểm tra các chữ số; số di động có dạng 0912 345 678, số cố định "
        "có dạng 028 3823 4567.",
    "“{raw}” is too short for a mobile number: a Vietnamese mobile has 10 digits, such as 0912 "
    "345 678.":
        "“{raw}” quá ngắn so với một số di động: số di động Việt Nam có 10 chữ số, ví dụ 0912 "
        "345 678.",
    "“{raw}” is too long for a mobile number: a Vietnamese mobile has 10 digits, such as 0912 "
    "345 678.":
        "“{raw}” quá dài so với một số di động: số di động Việt Nam có 10 chữ số, ví dụ 0912 "
        "345 678.",
    "“{raw}” is too short for an old mobile number: before 2018 the numbers starting with "
    "{prefix} had 11 digits, such as {example}.":
        "“{raw}” quá ngắn so với một số di động cũ: trước năm 2018, các số bắt đầu bằng "
        "{prefix} có 11 chữ số, ví dụ {example}.",
    "“{raw}” is too long for an old mobile number: before 2018 the numbers starting with "
    "{prefix} had 11 digits, such as {example}.":
        "“{raw}” quá dài so với một số di động cũ: trước năm 2018, các số bắt đầu bằng {prefix} "
        "có 11 chữ số, ví dụ {example}.",
    "“{raw}” is too short for a landline number of {province}: numbers with the area code "
    "{code} have {digits} digits, such as {example}.":
        "“{raw}” quá ngắn so với một số cố định của {province}: các số có mã vùng {code} có "
        "{digits} chữ số, ví dụ {example}.",
    "“{raw}” is too long for a landline number of {province}: numbers with the area code {code} "
    "have {digits} digits, such as {example}.":
        "“{raw}” quá dài so với một số cố định của {province}: các số có mã vùng {code} có "
        "{digits} chữ số, ví dụ {example}.",
    "“{raw}” is too short for an old landline number of {province}: numbers with the area code "
    "{code}, used until 2017, had {digits} digits, such as {example}.":
        "“{raw}” quá ngắn so với một số cố định cũ của {province}: các số có mã vùng {code} "
        "(dùng đến năm 2017) có {digits} chữ số, ví dụ {example}.",
    "“{raw}” is too long for an old landline number of {province}: numbers with the area code "
    "{code}, used until 2017, had {digits} digits, such as {example}.":
        "“{raw}” quá dài so với một số cố định cũ của {province}: các số có mã vùng {code} "
        "(dùng đến năm 2017) có {digits} chữ số, ví dụ {example}.",
    # Imports, phones, dates, provinces
    "Member tier":
        "Hạng thành viên",
    # Imports, phones, dates, provinces
    # Imports, phones, dates, provinces
    "The file has no full name column: the first line must name one “full_name” or “Họ tên” (a "
    "file that only updates customers may name “code” instead). It names: {names}. Nothing was "
    "loaded.":
        "Tệp không có cột họ tên: dòng đầu phải có cột “full_name” hoặc “Họ tên” (tệp chỉ cập "
        "nhật khách hàng có thể dùng cột “code” thay thế). Tệp có các cột: {names}. Chưa nạp "
        "gì.",
}
# fmt: on
