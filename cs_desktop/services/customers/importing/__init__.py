"""Customer import from .csv (UTF-8, UTF-8 with BOM, GBK/GB18030) and .xlsx files."""

from .columns import CUSTOM_PREFIX, FIELDS, IGNORE, MULTI
from .plan import Action, MatchKey, OnMatch, Rejection
from .service import (
    ColumnInfo,
    CustomerImportService,
    FilePreview,
    ImportOptions,
    ImportReport,
)
from .writer import ImportCancelled

__all__ = ["CUSTOM_PREFIX", "FIELDS", "IGNORE", "MULTI", "Action", "ColumnInfo",
           "CustomerImportService", "FilePreview", "ImportCancelled", "ImportOptions",
           "ImportReport", "MatchKey", "OnMatch", "Rejection"]  # fmt: skip
