"""Supervisor statistics: the report's shape (``report``) and, later, its aggregation from the database."""
