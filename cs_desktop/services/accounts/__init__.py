"""Staff accounts: first administrator, sign-in with lockout, passwords, roles (DOMAIN.md 8).

``actor`` holds the signed-in person for the services (imported by the audit recorder, so this
package imports nothing itself); ``service`` has the use cases; ``policy`` the sign-in rules.
"""
