"""Showing one customer's full ID or phone numbers: an explicit, audited action.

Lists, cards and printouts show the numbers masked (domain.masking) to roles that do not need
them; a person who does asks for one customer's numbers, and the audit trail keeps who asked.
"""

from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.roles import Permission
from cs_desktop.storage.models import Customer, CustomerPhone
from cs_desktop.storage.session import writing

from ..accounts.actor import require
from ..audit.recorder import record_in
from ..errors import ServiceError


class Revealed(StrEnum):
    ID_NUMBER = "id_number"
    PHONES = "phones"


_NEEDS = {Revealed.ID_NUMBER: Permission.REVEAL_ID, Revealed.PHONES: Permission.REVEAL_PHONE}


class RevealService:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def reveal(self, customer_id: uuid.UUID, what: Revealed) -> tuple[str, ...]:
        """The full values (the ID number; the live phones as typed, primary first)."""
        what = Revealed(what)
        with writing(self._factory) as s:
            require(s, _NEEDS[what])
            if s.get(Customer, customer_id) is None:
                raise ServiceError("customer_not_found", id=str(customer_id))
            if what is Revealed.ID_NUMBER:
                number = s.scalar(select(Customer.id_number).where(Customer.id == customer_id))
                values: tuple[str, ...] = (number,) if number else ()
            else:
                values = tuple(s.scalars(
                    select(CustomerPhone.raw)
                    .where(CustomerPhone.customer_id == customer_id,
                           CustomerPhone.deleted_at.is_(None))
                    .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.created_at)))  # fmt: skip
            record_in(s, "reveal", "customer", customer_id, customer_id=customer_id,
                      details={"field": what.value})  # fmt: skip
        return values


__all__ = ["RevealService", "Revealed"]
