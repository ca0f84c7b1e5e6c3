"""Follow-ups (回访): when each kind of follow-up falls due, and which customers may be called.

Pure rules, no storage: birthdays in the solar or the lunar calendar (``birthdays``), care
around the site's holidays (``care``), the routine interval of a tier, the days after a closed
complaint or a visit, consent and the dedupe key of each cause (``rules``).
"""
