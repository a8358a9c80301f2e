"""The audit trail screen."""

from ui.audit.audit_screen import AuditScreen

__all__ = ["AuditScreen"]
