"""Time that works for the client: working days, client time zones, calling hours and calendar export.

Plain functions and frozen values, no Qt and no database: services decide where the inputs come from.
"""
