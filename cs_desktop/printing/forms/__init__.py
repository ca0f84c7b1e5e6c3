"""One module per printed form (DESIGN.md rule 12): each turns a services DTO (or nothing, for
a blank form to fill by hand) into the flowables of its sections."""
