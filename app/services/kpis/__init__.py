"""How the service is doing: the overview on Home."""
