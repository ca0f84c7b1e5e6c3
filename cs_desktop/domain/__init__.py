"""Pure domain rules: no Qt, no SQL. Imports only the standard library."""
