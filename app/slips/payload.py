"""What a slip says, as already-formatted strings: the snapshot stored with the slip."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

# warranty: phiếu bảo hành; claim: phiếu tiếp nhận bảo hành / đổi trả;
# return: phiếu trả hàng / đổi trả; complaint: phiếu tiếp nhận khiếu nại.
SLIP_KINDS = ("warranty", "claim", "return", "complaint")
LAYOUTS = ("a5", "thermal80")
# Bilingual on purpose: a copy must read as one to anyone, whatever the UI language.
COPY_MARK = "BẢN SAO / COPY"


@dataclass(frozen=True)
class SlipPayload:
    kind: str
    number: str
    issued_on: str  # the issue date as printed (dd/mm/yyyy)
    store_name: str = ""
    store_address: str = ""
    store_phone: str = ""
    customer_name: str = ""
    customer_phone: str = ""
    customer_address: str = ""
    product: str = ""
    serial: str = ""
    invoice: str = ""
    # The kind's own lines as (field key, formatted value); labels.detail_label names them.
    details: tuple[tuple[str, str], ...] = ()
    terms: str = ""
    staff_name: str = ""
    # A reprint: the copy mark is printed. Never stored as True (set when rendering).
    copy: bool = False

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["details"] = [list(pair) for pair in self.details]
        data.pop("copy")
        return data

    @classmethod
    def from_json(cls, data: dict[str, object]) -> SlipPayload:
        """The payload stored with a slip; keys a newer version added are ignored."""
        known = {f.name for f in fields(cls)} - {"copy"}
        values = {k: v for k, v in data.items() if k in known}
        values["details"] = tuple(
            (str(key), str(value))
            for key, value in values.get("details") or ()  # type: ignore[union-attr]
        )
        return cls(**values)  # type: ignore[arg-type]
