"""What printed forms need: each form's site settings, and the data read for it."""
