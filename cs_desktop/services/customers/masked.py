"""Cards and list rows with ID and phone numbers masked for the signed-in person.

Masking happens here, in the service layer, not in the view: a window signed in as counter
staff never receives a full number it was not asked to reveal (services.customers.reveal), so
no widget, model, log line or copy-paste can leak one. Whoever is signed in sees the numbers
masked (README: "ID and phone numbers masked for display"); the system itself (command-line
jobs, start-up jobs, tests with no actor) gets them whole.

Editing a card shown masked must not destroy the numbers the person could not see. The masked
card therefore carries each hidden value *sealed*: encrypted with a key that lives only in this
process's service object (AES-GCM, deterministic nonce so an equal number seals equally and two
cards still compare). The view cannot read a sealed value; the service unseals it when the card
comes back for saving, but only where the field still shows exactly the mask of the sealed
value: a number the clerk typed over is a new number, a mask partly typed over is refused by
the card checks (``*`` is not a digit).
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from cs_desktop.domain.masking import MASK, mask_id_number, mask_phone

from .card_dto import CustomerCard, PhoneEntry, RelationEntry

SEAL_PREFIX = "sealed:"
ID_KEY = "id_number"
_AAD = b"cs-desktop masked number"


def relation_key(role: str, name: str) -> str:
    return f"relation:{role}:{name}"


class Sealer:
    """Encrypts values for a round trip through the view; a new key in every process."""

    def __init__(self) -> None:
        self._aead = AESGCM(os.urandom(32))
        self._mac = os.urandom(32)

    def seal(self, value: str) -> str:
        data = value.encode("utf-8", "surrogatepass")
        nonce = hmac.new(self._mac, data, hashlib.sha256).digest()[:12]
        sealed = nonce + self._aead.encrypt(nonce, data, _AAD)
        return SEAL_PREFIX + base64.urlsafe_b64encode(sealed).decode("ascii")

    def unseal(self, token: str) -> str | None:
        """The value, or None for a token this process did not seal."""
        if not token.startswith(SEAL_PREFIX):
            return None
        try:
            raw = base64.urlsafe_b64decode(token[len(SEAL_PREFIX) :].encode("ascii"))
            data = self._aead.decrypt(raw[:12], raw[12:], _AAD)
        except (ValueError, InvalidTag):
            return None
        return data.decode("utf-8", "surrogatepass")


def is_sealed_phone(entry: PhoneEntry) -> bool:
    """A phone shown masked and not typed over (the view keeps the loaded entry then)."""
    return entry.digits.startswith(SEAL_PREFIX) and MASK in entry.raw


def has_sealed_id(card: CustomerCard) -> bool:
    return bool(card.sealed.get(ID_KEY)) and MASK in card.id_number


def mask_card(card: CustomerCard, sealer: Sealer) -> CustomerCard:
    sealed: dict[str, str] = {}
    id_number = card.id_number
    if id_number:
        sealed[ID_KEY] = sealer.seal(id_number)
        id_number = mask_id_number(id_number)
    phones = tuple(
        dataclasses.replace(p, raw=mask_phone(p.raw), digits=sealer.seal(p.digits))
        for p in card.phones
    )
    relations = []
    for r in card.relations:
        if r.phone:
            sealed[relation_key(r.role, r.name)] = sealer.seal(r.phone)
            r = dataclasses.replace(r, phone=mask_phone(r.phone))
        relations.append(r)
    return dataclasses.replace(card, id_number=id_number, phones=phones,
                               relations=tuple(relations), sealed=sealed)  # fmt: skip


def unmask_card(card: CustomerCard, sealer: Sealer, stored_raw: dict[str, str]) -> CustomerCard:
    """The card with every still-masked number replaced by its sealed value.

    ``stored_raw``: the live phones of the card as typed, by digits, so an unchanged phone keeps
    its typed form. A value whose field no longer shows its mask stays as the view sent it."""
    id_number = card.id_number
    if has_sealed_id(card):
        real = sealer.unseal(card.sealed[ID_KEY])
        if real is not None and mask_id_number(real) == mask_id_number(id_number):
            id_number = real
    phones: list[PhoneEntry] = []
    for p in card.phones:
        if is_sealed_phone(p):
            digits = sealer.unseal(p.digits)
            if digits is not None:
                p = dataclasses.replace(p, raw=stored_raw.get(digits, digits), digits=digits)
        phones.append(p)
    relations: list[RelationEntry] = []
    for r in card.relations:
        token = card.sealed.get(relation_key(r.role, r.name))
        if token and MASK in r.phone:
            real = sealer.unseal(token)
            if real is not None and mask_phone(real) == r.phone:
                r = dataclasses.replace(r, phone=real)
        relations.append(r)
    return dataclasses.replace(card, id_number=id_number, phones=tuple(phones),
                               relations=tuple(relations), sealed={})  # fmt: skip


__all__ = ["SEAL_PREFIX", "Sealer", "has_sealed_id", "is_sealed_phone", "mask_card",
           "unmask_card"]  # fmt: skip
