"""Writers that turn a ``StatsReport`` into files a supervisor can e-mail: CSV and XLSX.

Every text cell goes through ``safe.safe_cell`` (PRODUCT.md rule 12) and every file is written to a temporary
name and moved into place, so a failed export never leaves a half-written file behind.
"""
