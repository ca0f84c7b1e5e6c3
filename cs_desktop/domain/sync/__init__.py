"""The pure rules of sync between sites: the hybrid logical clock and the field merge."""
