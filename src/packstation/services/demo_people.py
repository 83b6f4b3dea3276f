"""The demo station's people, so that sign-in and lead authorisations can be tried at once."""

from __future__ import annotations

from packstation.domain.users import Role
from packstation.services.auth import AuthService

# (name, role, PIN, badge): printed in docs/operations.md for people trying the demo
DEMO_PEOPLE = (
    ("Åse Ørsted", Role.PACKER, "", "PACKER-0001"),
    ("Jan de Vries", Role.PACKER, "", "PACKER-0002"),
    ("Sven Lindqvist", Role.PACKER, "", "PACKER-0003"),
    ("Mette Hansen", Role.LEAD, "1234", "LEAD-0001"),
)


def seed_demo_people(auth: AuthService) -> bool:
    """Add the demo people when nobody is set up yet; True when they were added."""
    if auth.people():
        return False
    for name, role, pin, badge in DEMO_PEOPLE:
        auth.add_user(name, role, pin=pin, badge=badge)
    return True
