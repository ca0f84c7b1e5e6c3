"""Recomputing the derived per-customer figures (customer_stats) from visits and transactions.

Value is what the customer's visits were worth (a visit's value_cents: what was sold at it, less
refunds). Balance is the management card's account: sales - refunds - payments.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Connection, case, delete, func, insert, select

from cs_desktop.domain.enums import ComplaintState, TransactionKind
from cs_desktop.storage.models import Complaint, Customer, CustomerStats, Transaction, Visit

_CLOSED = (ComplaintState.CLOSED.value, ComplaintState.REVIEWED.value)


def recompute_stats(conn: Connection, customer_ids: Sequence[uuid.UUID]) -> None:
    """Rewrite the stats rows of these customers. Only live cards (not deleted, not merged
    away) have one: the list's value and last-visit orders rely on that."""
    if not customer_ids:
        return
    conn.execute(delete(CustomerStats).where(CustomerStats.customer_id.in_(list(customer_ids))))
    ids = list(conn.scalars(select(Customer.id).where(
        Customer.id.in_(list(customer_ids)), Customer.deleted_at.is_(None),
        Customer.merged_into_id.is_(None))))  # fmt: skip
    if not ids:
        return
    visits = {r.customer_id: r for r in conn.execute(
        select(Visit.customer_id, func.count().label("n"), func.min(Visit.occurred_at).label("first"),
               func.max(Visit.occurred_at).label("last"), func.sum(Visit.value_cents).label("value"))
        .where(Visit.customer_id.in_(ids), Visit.deleted_at.is_(None)).group_by(Visit.customer_id))}  # fmt: skip
    owed = case((Transaction.kind == TransactionKind.PAYMENT.value, -Transaction.amount_cents),
                (Transaction.kind == TransactionKind.REFUND.value, -Transaction.amount_cents),
                else_=Transaction.amount_cents)  # fmt: skip
    money = {r.customer_id: r for r in conn.execute(
        select(Transaction.customer_id, func.sum(owed).label("balance"))
        .where(Transaction.customer_id.in_(ids), Transaction.deleted_at.is_(None))
        .group_by(Transaction.customer_id))}  # fmt: skip
    complaints = dict(conn.execute(
        select(Complaint.customer_id, func.count()).where(
            Complaint.customer_id.in_(ids), Complaint.deleted_at.is_(None),
            Complaint.state.not_in(_CLOSED)).group_by(Complaint.customer_id)).all())  # fmt: skip
    conn.execute(insert(CustomerStats), [
        {"customer_id": cid,
         "visit_count": visits[cid].n if cid in visits else 0,
         "first_visit_at": visits[cid].first if cid in visits else None,
         "last_visit_at": visits[cid].last if cid in visits else None,
         "value_cents": int(visits[cid].value or 0) if cid in visits else 0,
         "balance_cents": int(money[cid].balance or 0) if cid in money else 0,
         "open_complaints": int(complaints.get(cid, 0))}
        for cid in ids
    ])  # fmt: skip
