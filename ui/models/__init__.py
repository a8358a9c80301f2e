"""Qt table models over service results (QAbstractTableModel adapters)."""
