"""The Dashboard (supervisors, administrators) and an agent's own scorecard."""
