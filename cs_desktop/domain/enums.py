"""Enumerations shared by every layer. Stored in the database as their string values."""

from __future__ import annotations

from enum import StrEnum


class CustomerKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


class CalendarKind(StrEnum):
    """Which calendar a birthday is kept in (care follow-ups on the lunar birthday)."""

    SOLAR = "solar"
    LUNAR = "lunar"


class IdDocumentType(StrEnum):
    RESIDENT_ID = "resident_id"  # 18-digit mainland resident identity card
    PASSPORT = "passport"
    HK_MACAO_PERMIT = "hk_macao_permit"
    TAIWAN_PERMIT = "taiwan_permit"
    FOREIGN_PERMANENT = "foreign_permanent"
    OTHER = "other"


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    OTHER = "other"


class AddressKind(StrEnum):
    HOME = "home"
    WORK = "work"
    MAIL = "mail"
    OTHER = "other"


class ContactChannel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    WECHAT = "wechat"
    EMAIL = "email"
    POST = "post"


class Role(StrEnum):
    COUNTER = "counter"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class VisitKind(StrEnum):
    COUNTER = "counter"
    PHONE = "phone"
    ONLINE = "online"
    HOME = "home"


class TransactionKind(StrEnum):
    SALE = "sale"
    REFUND = "refund"
    PAYMENT = "payment"


class FollowupReason(StrEnum):
    MANUAL = "manual"
    VISIT = "visit"
    COMPLAINT = "complaint"
    TIER = "tier"
    BIRTHDAY = "birthday"
    HOLIDAY = "holiday"


class FollowupStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    UNREACHABLE = "unreachable"
    CANCELLED = "cancelled"


class ComplaintState(StrEnum):
    REGISTERED = "registered"
    INVESTIGATING = "investigating"
    RESOLVING = "resolving"
    FEEDBACK = "feedback"
    CLOSED = "closed"
    REVIEWED = "reviewed"
    WAITING_CUSTOMER = "waiting_customer"
    WAITING_THIRD_PARTY = "waiting_third_party"


class ComplaintStage(StrEnum):
    """The five stages of DOMAIN.md section 3; each has its own record."""

    INTAKE = "intake"
    INVESTIGATION = "investigation"
    RESOLUTION = "resolution"
    FEEDBACK = "feedback"
    PREVENTION = "prevention"


class DifficultType(StrEnum):
    """Difficult-customer types (DOMAIN.md section 3), noted to guide handling."""

    EMOTIONAL = "emotional"
    RIGHTEOUS = "righteous"
    STUBBORN = "stubborn"
    SELF_ABSORBED = "self_absorbed"
    WELL_PREPARED = "well_prepared"
    INFLUENTIAL = "influential"


class PromiseStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"


class TierRuleKind(StrEnum):
    PARETO = "pareto"
    FOUR_LEVEL = "four_level"
    RFM = "rfm"
    WEIGHTED = "weighted"


class TierCause(StrEnum):
    RULE = "rule"
    OVERRIDE = "override"
    OVERRIDE_EXPIRED = "override_expired"
    MERGE = "merge"
    IMPORT = "import"


class SurveyItemKind(StrEnum):
    SCALE = "scale"
    NPS = "nps"
    EXPECTATION = "expectation"
    YES_NO = "yes_no"


class SurveySource(StrEnum):
    FOLLOWUP = "followup"
    COUNTER = "counter"
    PAPER = "paper"


class CustomFieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"


class SyncDirection(StrEnum):
    EXPORT = "export"
    IMPORT = "import"
