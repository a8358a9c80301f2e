"""Settings for printed slips: layout and the terms printed on each kind.

The default terms are what a Vietnamese electronics store commonly prints; an
administrator rewrites them in Admin > Settings to the store's own policy.
"""

from __future__ import annotations

import unicodedata

from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.formatting import format_count
from app.i18n import t
from app.services.settings_store import SettingDef, read_setting

LAYOUT_SETTING = "slip.layout"
TERMS_MAX = 4000

WARRANTY_TERMS = """\
1. Sản phẩm được bảo hành miễn phí đối với lỗi kỹ thuật do nhà sản xuất, trong thời hạn \
ghi trên phiếu.
2. Không bảo hành khi tem bảo hành hoặc số serial bị rách, sửa, mờ; sản phẩm bị rơi vỡ, \
va đập, vào nước, côn trùng xâm nhập, cháy nổ do nguồn điện; tự ý sửa chữa hoặc dùng sai \
hướng dẫn.
3. Vui lòng mang theo phiếu này và hóa đơn mua hàng khi đến bảo hành.
4. Cửa hàng không chịu trách nhiệm về dữ liệu lưu trong sản phẩm; quý khách vui lòng sao \
lưu trước khi gửi bảo hành."""

CLAIM_TERMS = """\
1. Quý khách vui lòng giữ phiếu này để nhận lại sản phẩm; khi mất phiếu cần xuất trình \
CCCD của người đứng tên trên phiếu.
2. Ngày hẹn trả là dự kiến; cửa hàng sẽ gọi điện báo nếu có thay đổi.
3. Sản phẩm hết bảo hành chỉ được sửa khi quý khách đồng ý với chi phí báo giá.
4. Quá 30 ngày kể từ ngày hẹn trả mà quý khách không đến nhận, cửa hàng không chịu trách \
nhiệm về sản phẩm.
5. Cửa hàng không chịu trách nhiệm về dữ liệu lưu trong sản phẩm."""

RETURN_TERMS = """\
1. Quý khách đã kiểm tra sản phẩm, phụ kiện và số tiền hoàn lại (nếu có) trước khi ký nhận.
2. Sản phẩm đổi mới được bảo hành đến hết thời hạn bảo hành của sản phẩm ban đầu.
3. Lỗi đã sửa được bảo hành thêm 3 tháng kể từ ngày trả máy.
4. Mọi thắc mắc xin liên hệ số điện thoại của cửa hàng in trên phiếu."""

COMPLAINT_TERMS = """\
1. Khiếu nại của quý khách đã được ghi nhận theo số phiếu trên; vui lòng nêu số này mỗi \
khi liên hệ.
2. Cửa hàng sẽ liên hệ lại quý khách trước thời hạn giải quyết ghi trên phiếu.
3. Thông tin cá nhân của quý khách chỉ được dùng để giải quyết khiếu nại này."""


def check_terms(value: object) -> str:
    """Terms as typed: NFC, trailing spaces and blank end lines dropped, line breaks kept."""
    lines = unicodedata.normalize("NFC", str(value or "")).splitlines()
    cleaned = "\n".join(line.rstrip() for line in lines).strip("\n")
    if len(cleaned) > TERMS_MAX:
        raise ValidationError(
            t("At most {n} characters fit here.", n=format_count(TERMS_MAX)), "terms"
        )
    return cleaned


SLIP_SETTINGS: tuple[SettingDef, ...] = (
    SettingDef(LAYOUT_SETTING, str, "a5", choices=("a5", "thermal80")),
    SettingDef("slip.terms.warranty", str, WARRANTY_TERMS, check=check_terms, multiline=True),
    SettingDef("slip.terms.claim", str, CLAIM_TERMS, check=check_terms, multiline=True),
    SettingDef("slip.terms.return", str, RETURN_TERMS, check=check_terms, multiline=True),
    SettingDef("slip.terms.complaint", str, COMPLAINT_TERMS, check=check_terms, multiline=True),
)


def slip_labels() -> dict[str, str]:
    """Each slip setting's name on screen, in the current language."""
    return {
        LAYOUT_SETTING: t("Slip paper (A5 sheet or 80 mm receipt roll)"),
        "slip.terms.warranty": t("Terms printed on warranty slips"),
        "slip.terms.claim": t("Terms printed on warranty / return receipts"),
        "slip.terms.return": t("Terms printed on pickup / return slips"),
        "slip.terms.complaint": t("Terms printed on complaint receipts"),
    }


def slip_setting(session: Session, key: str) -> object:
    return read_setting(session, next(d for d in SLIP_SETTINGS if d.key == key))
