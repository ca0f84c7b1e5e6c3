"""The printed KPI report and ``cs-desktop kpis``: ms to read the report's data and to lay it out.

    python bench/kpi_report.py                     # builds /tmp/cs-kpi-report-bench.sqlite3 once
    python bench/kpi_report.py --customers 1000000 --visits 5000000 --complaints 200000

The data is bench/kpi.py's (written straight in SQL). It prints, in ms (median of 5 after one
cold run): the report's data for a month (the dashboard, loyalty per tier and the two warning
counts), the PDF laid out from it, the --json payload and the workbook written.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from kpi import _ms, data  # noqa: E402

from cs_desktop.cli_kpis import as_json  # noqa: E402
from cs_desktop.domain.kpis import PeriodKind  # noqa: E402
from cs_desktop.printing.document import make  # noqa: E402
from cs_desktop.printing.forms import kpi_report  # noqa: E402
from cs_desktop.services.database import open_database  # noqa: E402
from cs_desktop.services.forms.kpi_report import KpiReportService  # noqa: E402
from cs_desktop.services.forms.settings import FormSetting  # noqa: E402
from cs_desktop.services.kpis import Scope  # noqa: E402
from cs_desktop.services.kpis.export import ReportExport  # noqa: E402
from cs_desktop.services.kpis.workbook import tables  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = data(argv, __doc__.split("\n")[0], Path("/tmp/cs-kpi-report-bench.sqlite3"),
                (100_000, 500_000, 20_000))  # fmt: skip
    db = open_database(args.db)
    service = KpiReportService(db.factory)
    month = Scope(dt.date.today(), PeriodKind.MONTH)
    report = service.report(month)
    print(f"{args.customers:,} customers, {args.visits:,} visits, {args.complaints:,} complaints;"
          f" {report.board.responses:,} answers this month")  # fmt: skip

    def pdf() -> bytes:
        return make(kpi_report.TITLE, FormSetting(), "演示诊所",
                    lambda b: kpi_report.sections(b, report)).pdf  # fmt: skip

    folder = Path(tempfile.mkdtemp())
    cases = [
        ("report data, month + 12 before", lambda: service.report(month)),
        ("PDF laid out (2 pages, charts)", pdf),
        ("--json payload", lambda: as_json(report)),
        ("workbook written", lambda: ReportExport(db.factory).write(
            folder / "报表.xlsx", tables(report.board, "本月", report.tiers), "bench")),
    ]  # fmt: skip
    print(f"{'':34} {'cold ms':>9} {'warm ms':>9}")
    for label, fn in cases:
        cold, warm, _ = _ms(fn)
        print(f"{label:34} {cold:9.0f} {warm:9.0f}")
    print(f"PDF size: {len(pdf()) / 1024:.0f} KB")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
