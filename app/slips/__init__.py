"""Printed slips (ReportLab, no Qt): a payload of formatted strings rendered to PDF bytes.

The service (app/services/slips/slips.py) builds the payload from the records once, stores it
with the slip, and renders it again for every reprint, so a copy shows the same content.
"""

from __future__ import annotations

from app.slips.payload import COPY_MARK, LAYOUTS, SLIP_KINDS, SlipPayload
from app.slips.render import render_slip

__all__ = ["COPY_MARK", "LAYOUTS", "SLIP_KINDS", "SlipPayload", "render_slip"]
