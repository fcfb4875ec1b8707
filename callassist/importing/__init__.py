"""Lead import, the Qt-free half: read a file, map its columns, clean rows, merge the file's own duplicates.

Every public value is a plain frozen dataclass, so the database merge, the CLI and the wizard consume them
from any thread.
"""

from callassist.importing.cleaning import Lead, Rejection, RejectReason, clean_row
from callassist.importing.dedupe import WithinFileMerge, merge_within_file
from callassist.importing.header_names import LeadField
from callassist.importing.mapping import ColumnMapping, auto_map
from callassist.importing.pipeline import PreparedImport, prepare
from callassist.importing.reader import RawRow, Table, preview, read_table
from callassist.importing.rejects import write_rejects
from callassist.importing.summary import ImportSummary

__all__ = [
    "ColumnMapping",
    "ImportSummary",
    "Lead",
    "LeadField",
    "PreparedImport",
    "RawRow",
    "RejectReason",
    "Rejection",
    "Table",
    "WithinFileMerge",
    "auto_map",
    "clean_row",
    "merge_within_file",
    "prepare",
    "preview",
    "read_table",
    "write_rejects",
]
