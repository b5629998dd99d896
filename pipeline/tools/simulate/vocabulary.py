"""Words shared by every cohort: people, mail addresses, hosts, ids.

Customer and employee ids come from large pools so that two tasks rarely share one, and a
person's mail address is derived from their id, so the same person always has the same
address (an agent mailing a customer mails the address on file, not a new one).
"""

from __future__ import annotations

import random

from missionguard.pipeline.records import stable_id

__all__ = [
    "ATTACKER_PREFIXES",
    "ATTACKER_USER_AGENTS",
    "attachment_bytes",
    "customer_id",
    "employee_id",
    "foreign_email",
    "hexid",
    "ip_in",
    "person_email",
]

_FIRST = (
    "ana", "ben", "chen", "dara", "eli", "fatima", "gus", "hana", "ivan", "jo", "kemal", "lea",
    "mo", "nia", "omar", "pia", "quinn", "raj", "sara", "tom", "uma", "vik", "wen", "yara",
)  # fmt: skip
_LAST = (
    "adams", "bauer", "costa", "dubois", "evans", "fischer", "garcia", "haddad", "ito", "jensen",
    "kowalski", "lopez", "murphy", "nguyen", "okafor", "patel", "rossi", "silva", "tanaka",
)  # fmt: skip
_CONSUMER_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "gmx.de", "web.de")
# Where stolen data goes: free mailboxes (as customers use), throwaway and look-alike domains.
_DROP_DOMAINS = (
    "gmail.com", "proton.me", "tutanota.com", "mail-drop.io", "outlook.com", "acme-support.co",
    "acme-corp-billing.com", "yandex.com", "inbox.lv",
)  # fmt: skip

# Networks an attacker replays a stolen credential from: anonymising exits, bullet-proof
# hosting, and public cloud ranges that also host plenty of legitimate automation.
ATTACKER_PREFIXES = ("185.220.", "45.155.", "193.32.", "3.88.", "34.201.", "104.244.", "91.219.")
ATTACKER_USER_AGENTS = (
    "python-requests/2.31.0",
    "curl/8.4.0",
    "Go-http-client/1.1",
    "aws-cli/2.15.30 Python/3.11.6 Linux/6.5.0 exe/x86_64",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36",
)


def hexid(rng: random.Random, n: int = 8) -> str:
    return f"{rng.getrandbits(4 * n):0{n}x}"


def customer_id(rng: random.Random) -> str:
    return f"cus_{rng.randrange(100_000, 999_999)}"


def employee_id(rng: random.Random) -> str:
    return f"emp-{rng.randrange(1000, 9999)}"


def person_email(person: str, corporate: str | None = None) -> str:
    """The address on file for a person id (stable: derived from the id only)."""
    h = int(stable_id("email", person)[:8], 16)
    first, last = _FIRST[h % len(_FIRST)], _LAST[(h // 31) % len(_LAST)]
    domain = corporate or _CONSUMER_DOMAINS[(h // 997) % len(_CONSUMER_DOMAINS)]
    return f"{first}.{last}{h % 97}@{domain}"


def foreign_email(rng: random.Random) -> str:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    separator, number = rng.choice((".", "_", "")), rng.randrange(1, 999)
    return f"{first}{separator}{last}{number}@{rng.choice(_DROP_DOMAINS)}"


def ip_in(prefix: str, rng: random.Random) -> str:
    """An address under a dotted prefix such as ``"10.20."`` or ``"185.220.101."``."""
    missing = 4 - prefix.count(".")
    return prefix + ".".join(str(rng.randrange(1, 255)) for _ in range(missing))


def attachment_bytes(rng: random.Random, _: object = None) -> int:
    """Size of what an ordinary business mail carries: often nothing, else a PDF or two."""
    return 0 if rng.random() < 0.55 else int(rng.lognormvariate(12.0, 1.0))
