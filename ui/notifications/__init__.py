"""What the desk says without being asked: in-window toasts and tray messages."""
