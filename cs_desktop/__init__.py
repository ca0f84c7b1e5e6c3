"""cs_desktop: a customer-service desk for clinic front desks and service counters."""

__version__ = "0.1.0"
