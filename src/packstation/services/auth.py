"""Who may do what: people, PINs (argon2) and a lead's authorisation on the spot."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.users import MAX_WRONG_PINS, Role
from packstation.i18n.said import said
from packstation.services.audit import record_audit
from packstation.services.context import StationContext
from packstation.storage.models import UserRow
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow


class AuthorisationRefused(Exception):
    """No authorisation: wrong PIN, unknown badge, not a lead, or no reason given."""


@dataclass(frozen=True)
class Authorisation:
    """A lead's yes to one action, with the reason given."""

    lead: str
    action: str
    reason: str


MIN_PIN_LENGTH = 4


class PeopleRefused(Exception):
    """A person cannot be added as asked; ``str()`` says why."""


class UnknownPerson(Exception):
    """No active person of that name."""


class SignInRefused(Exception):
    """Nobody signed in: unknown badge, unknown name, inactive, or a wrong PIN."""


@dataclass(frozen=True)
class Person:
    """Someone who may sign in at a station."""

    name: str
    role: Role
    needs_pin: bool
    has_badge: bool = False


class AuthService:
    """People and authorisations; every grant and refusal is audited."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        context: StationContext,
        *,
        clock: Clock = utcnow,
        hasher: PasswordHasher | None = None,
    ) -> None:
        self._factory = session_factory
        self._ctx = context
        self._clock = clock
        self._hasher = hasher or PasswordHasher()

    def add_user(self, name: str, role: Role, *, pin: str = "", badge: str | None = None) -> None:
        """Add a person (or bring back someone deactivated); a PIN is stored only as its
        argon2 hash. Raises PeopleRefused for a name or badge in use, or a lead without a PIN
        of at least 4 digits or a badge."""
        name, badge = name.strip(), (badge or "").strip() or None
        if not name:
            raise PeopleRefused(said("People", "Give the person's name"))
        if pin and len(pin) < MIN_PIN_LENGTH:
            raise PeopleRefused(said("People", "A PIN needs at least %n digits", MIN_PIN_LENGTH))
        if role.may_authorise and not pin and not badge:
            raise PeopleRefused(
                said("People", "A lead needs a PIN of at least 4 digits, or a badge")
            )
        with UnitOfWork(self._factory) as uow:
            existing = uow.users.by_name(name)
            if existing is not None and existing.active:
                raise PeopleRefused(said("People", "{name} is already set up", name=name))
            holder = uow.users.by_badge(badge) if badge else None
            if holder is not None and holder is not existing:
                raise PeopleRefused(
                    said("People", "That badge belongs to {name}", name=holder.name)
                )
            user = existing or UserRow(name=name)
            user.role, user.badge = role.value, badge
            user.pin_hash = self._hasher.hash(pin) if pin else ""
            user.failed_pins, user.active = 0, True
            if existing is None:
                uow.users.add(user)
            record_audit(uow, self._ctx, self._clock(), "user.added", name, {"role": role.value})
            uow.commit()

    def set_pin(self, name: str, pin: str) -> None:
        """A new PIN for someone (also lifts the lock after too many wrong PINs)."""
        if len(pin) < MIN_PIN_LENGTH:
            raise PeopleRefused(said("People", "A PIN needs at least %n digits", MIN_PIN_LENGTH))
        with UnitOfWork(self._factory) as uow:
            user = self._existing(uow, name)
            user.pin_hash, user.failed_pins = self._hasher.hash(pin), 0
            record_audit(uow, self._ctx, self._clock(), "user.pin_set", name, {})
            uow.commit()

    def deactivate(self, name: str) -> None:
        """Someone leaves: no more sign-ins or authorisations (their history stays)."""
        with UnitOfWork(self._factory) as uow:
            user = self._existing(uow, name)
            user.active = False
            record_audit(uow, self._ctx, self._clock(), "user.deactivated", name, {})
            uow.commit()

    def _existing(self, uow: UnitOfWork, name: str) -> UserRow:
        user = uow.users.by_name(name)
        if user is None or not user.active:
            raise UnknownPerson(said("People", "Nobody called {name} is set up", name=name))
        return user

    def people(self) -> list[Person]:
        """Everyone who may sign in, by name."""
        with UnitOfWork(self._factory) as uow:
            rows = uow.users.with_roles(*(role.value for role in Role))
            return [Person(u.name, Role(u.role), bool(u.pin_hash), bool(u.badge)) for u in rows]

    def sign_in(self, *, badge: str = "", name: str = "", pin: str = "") -> Person:
        """Sign a person in by badge, or by name (with the PIN when the person has one)."""
        with UnitOfWork(self._factory) as uow:
            user = uow.users.by_badge(badge) if badge else uow.users.by_name(name)
            problem = self._sign_in_problem(user, pin, badge)
            if problem:
                if user is not None and not badge and user.pin_hash:
                    user.failed_pins += 1
                detail: dict[str, object] = {
                    "who": user.name if user else (name or "badge"),
                    "problem": problem,
                }
                record_audit(uow, self._ctx, self._clock(), "station.sign_in_refused", "", detail)
                uow.commit()
                raise SignInRefused(problem)
            assert user is not None
            user.failed_pins = 0
            self._ctx.sign_in(user.name, user.role)
            record_audit(
                uow,
                self._ctx,
                self._clock(),
                "station.signed_in",
                self._ctx.station,
                {"role": user.role, "by": "badge" if badge else "name"},
            )
            uow.commit()
            return Person(user.name, Role(user.role), bool(user.pin_hash))

    def lock(self, why: str = "locked") -> None:
        """Sign the current person out; the station waits for the next sign-in."""
        self._ctx.lock()
        self.record_lock(self._ctx.user, why)

    def record_lock(self, user: str, why: str = "locked") -> None:
        """Audit a lock of ``user``'s session (the window locks its context at once, and has
        this written later, when someone else may already be signing in)."""
        with UnitOfWork(self._factory) as uow:
            record_audit(
                uow,
                self._ctx,
                self._clock(),
                "station.locked",
                self._ctx.station,
                {"why": why},
                user=user,
            )
            uow.commit()

    def _sign_in_problem(self, user: UserRow | None, pin: str, badge: str) -> str:
        if user is None or not user.active:
            return said("SignIn", "Unknown badge") if badge else said("SignIn", "Choose your name")
        if badge or not user.pin_hash:
            return ""
        return self._pin_problem(user, pin)

    def _pin_problem(self, user: UserRow, pin: str) -> str:
        if user.failed_pins >= MAX_WRONG_PINS:
            return said(
                "SignIn", "Too many wrong PINs for {name}: scan the badge instead", name=user.name
            )
        try:
            self._hasher.verify(user.pin_hash, pin)
        except (VerificationError, InvalidHashError):
            return said("SignIn", "Wrong PIN for {name}", name=user.name)
        return ""

    def leads(self) -> list[str]:
        """Names of the people who can authorise."""
        with UnitOfWork(self._factory) as uow:
            return [u.name for u in uow.users.with_roles(Role.LEAD.value, Role.ADMIN.value)]

    def authorise(
        self,
        action: str,
        subject: str,
        reason: str,
        *,
        lead: str = "",
        pin: str = "",
        badge: str = "",
    ) -> Authorisation:
        """A lead's badge, or name and PIN, for one action with a reason."""
        reason = reason.strip()
        if not reason:
            raise AuthorisationRefused(said("SignIn", "Give a reason"))
        with UnitOfWork(self._factory) as uow:
            user = uow.users.by_badge(badge) if badge else uow.users.by_name(lead)
            problem = self._problem(user, pin, badge)
            if problem:
                if user is not None and not badge and user.pin_hash:
                    user.failed_pins += 1
                detail = {
                    "action": action,
                    "lead": user.name if user else (lead or "badge"),
                    "problem": problem,
                    "wrong_pins": user.failed_pins if user else 0,
                }
                record_audit(uow, self._ctx, self._clock(), "auth.refused", subject, detail)
                uow.commit()
                raise AuthorisationRefused(problem)
            assert user is not None
            user.failed_pins = 0
            record_audit(
                uow,
                self._ctx,
                self._clock(),
                "auth.granted",
                subject,
                {"action": action, "lead": user.name, "reason": reason},
            )
            uow.commit()
            return Authorisation(lead=user.name, action=action, reason=reason)

    def signed_in_lead(self) -> str:
        """The lead signed in at the station (who needs no PIN for a yes), else ``""``."""
        ctx = self._ctx
        return "" if ctx.locked or not Role(ctx.role).may_authorise else ctx.user

    def authorise_signed_in(self, action: str, subject: str, reason: str) -> Authorisation:
        """The signed-in lead's own yes, with a reason: no PIN, they signed in with one."""
        reason = reason.strip()
        lead = self.signed_in_lead()
        if not lead:
            raise AuthorisationRefused(
                said("SignIn", "{name} is not a shift lead", name=self._ctx.user)
            )
        if not reason:
            raise AuthorisationRefused(said("SignIn", "Give a reason"))
        with UnitOfWork(self._factory) as uow:
            record_audit(
                uow,
                self._ctx,
                self._clock(),
                "auth.granted",
                subject,
                {"action": action, "lead": lead, "reason": reason, "by": "signed_in"},
            )
            uow.commit()
        return Authorisation(lead=lead, action=action, reason=reason)

    def _problem(self, user: UserRow | None, pin: str, badge: str) -> str:
        if user is None:
            return said("SignIn", "Unknown badge") if badge else said("SignIn", "Choose a lead")
        if not Role(user.role).may_authorise:
            return said("SignIn", "{name} is not a shift lead", name=user.name)
        if badge:
            return ""
        return self._pin_problem(user, pin)
