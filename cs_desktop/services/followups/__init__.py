"""Follow-up use cases: the site's settings, generation from the rules, the due list, the
actions on a follow-up (complete, could not reach, reschedule) and recording visits."""
