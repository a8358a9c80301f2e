"""Writing what the app holds to files people open elsewhere: `table_file` (one streamed
table to CSV or XLSX, the writer every list export uses) and `full_export` (every table
of the database to CSV, with a README). Each list's own export lives in its area
(customers/customer_export.py, contacts/call_log_export.py...)."""
