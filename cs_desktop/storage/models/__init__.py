"""All ORM models. Importing this package registers every table on ``Base.metadata``."""

from .activity import Followup, Transaction, Visit
from .base import Base, Synced, synced_tables
from .complaints import Complaint, ComplaintAction, ComplaintPromise, ComplaintStageRecord
from .customers import (
    Customer,
    CustomerAddress,
    CustomerConsent,
    CustomerDistinctPair,
    CustomerMerge,
    CustomerPhone,
    CustomerRelation,
    CustomerStats,
    CustomerTag,
    CustomFieldDef,
    CustomFieldValue,
    Tag,
)
from .org import AppSetting, Site, Staff
from .search import CustomerSearch, CustomerSearchKey
from .surveys import SurveyAnswer, SurveyDefinition, SurveyItem, SurveyResponse
from .sync import SyncRowState
from .system import AuditEvent, SyncConflict, SyncPackage
from .tiers import TierHistory, TierPolicy, TierRuleSet, TierRun

metadata = Base.metadata

__all__ = [
    "AppSetting", "AuditEvent", "Base", "Complaint", "ComplaintAction", "ComplaintPromise",
    "ComplaintStageRecord", "CustomFieldDef", "CustomFieldValue", "Customer", "CustomerAddress",
    "CustomerConsent", "CustomerDistinctPair", "CustomerMerge", "CustomerPhone", "CustomerSearch", "CustomerSearchKey", "CustomerRelation", "CustomerStats", "CustomerTag",
    "Followup", "Site", "Staff", "SurveyAnswer", "SurveyDefinition", "SurveyItem",
    "SurveyResponse", "Synced", "SyncConflict", "SyncPackage", "SyncRowState", "Tag", "TierHistory", "TierPolicy",
    "TierRuleSet", "TierRun", "Transaction", "Visit", "metadata", "synced_tables",
]  # fmt: skip
