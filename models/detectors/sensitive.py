"""Sensitive targets: credential material that the mission's purpose does not explain."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from models.features import tokens

from .base import Explanation, StatelessDetector

__all__ = ["SensitiveTarget", "sensitive_kind"]

# Kinds of credential material, each with the names that betray it in a resource path or an
# argument, and the purpose words that explain reaching it (stemmed like models.features).
# The names are the ones secret scanners and detection rules look for (ssh keys, dotenv
# files, Terraform state, kubeconfig, key stores, secret stores), not any one log's words.
_KINDS: tuple[tuple[str, frozenset[str], tuple[str, ...], frozenset[str]], ...] = (
    (
        "secret store entry",
        frozenset({"secret", "secrets", "vault"}),
        (),
        frozenset({"secret", "vault"}),
    ),
    (
        "credential",
        frozenset({"credential", "credentials", "password", "passwords", "passwd", "htpasswd",
                   "shadow", "netrc", "pgpass", "npmrc", "pypirc"}),
        (),
        frozenset({"credential", "password"}),
    ),
    (
        "private key",
        frozenset({"id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "keystore", "private_key",
                   "privatekey", "deploy_key", "api_key", "apikey"}),
        (".pem", ".key", ".pfx", ".p12", ".jks", ".kdbx", ".ppk"),
        frozenset({"key", "certificate", "cert", "tls", "ssh"}),
    ),
    (
        "environment file",
        frozenset({".env", ".envrc"}),
        (".env",),
        frozenset({"env", "environment", "dotenv"}),
    ),
    (
        "infrastructure state",
        frozenset({"kubeconfig"}),
        (".tfstate",),
        frozenset({"terraform", "tfstate", "kubeconfig"}),
    ),
)  # fmt: skip
# Words that say "credential" without saying which: they explain nothing by themselves.
_MATERIAL_WORDS = frozenset({"secret", "credential", "password", "key", "token", "private"})
_SEGMENTS = re.compile(r"[/:?&=\s\"']+")
_WORDS = re.compile(r"[a-z0-9_]+|\.[a-z0-9]+")


@lru_cache(maxsize=16384)
def sensitive_kind(text: str) -> str | None:
    """The kind of credential material a resource or argument names, if any.

    >>> [sensitive_kind(r) for r in ("github://acme/app/contents/id_rsa", "repo/.env",
    ...     "k8s://c/namespaces/web/secrets/db", "s3://b/state/prod.tfstate", "repo/src/app.py")]
    ['private key', 'environment file', 'secret store entry', 'infrastructure state', None]
    """
    low = text.lower().replace("-", "_")
    for segment in _SEGMENTS.split(low):
        if not segment:
            continue
        words = set(_WORDS.findall(segment))
        words.add(segment)
        for kind, names, suffixes, _ in _KINDS:
            if names & words or (suffixes and segment.endswith(suffixes)):
                return kind
    return None


def _explaining_words(kind: str) -> frozenset[str]:
    for name, _, _, words in _KINDS:
        if name == kind:
            return words
    return frozenset()


class SensitiveTarget(StatelessDetector):
    """Flags a request for credential material (an ssh key, a dotenv file, Terraform state, a
    secret-store entry, a password file) that the mission's purpose does not explain.

    Credential material is the usual first goal of an agent turned against its operator (a
    prompt-injected coding agent reading ``id_rsa`` and ``.env`` across repositories, an ops
    agent reading another namespace's secrets). Agents whose purpose names the material
    (``rotate TLS certificates``, ``rotate a CI secret``) reach it legitimately: for them the
    finding is ``explained_score``, below an alert on its own. Stateless, like mission
    conformance: the purpose is the model.

    Parameters
    ----------
    unexplained_score, explained_score
        Score of an allowed request for credential material the purpose does not / does
        explain.
    refused_score, refused_explained_score
        The same when IAM refused the request: reaching for credential material one may not
        read is the stronger sign, even for an agent whose purpose names such material.
    seed
        Unused (deterministic); kept for the common constructor shape.

    Examples
    --------
    >>> from models.features import tokens
    >>> det = SensitiveTarget(seed=5)
    >>> x = {"resource": "github://acme/app/contents/.env", "arguments": (),
    ...      "purpose_tokens": tokens("Fix issues and review pull requests")}
    >>> det.score_one(x)
    0.6
    >>> det.score_one({**x, "purpose_tokens": tokens("Rotate environment files")})
    0.2
    >>> det.score_one({**x, "outcome": "deny"})
    0.85
    >>> det.score_one({**x, "resource": "github://acme/app/contents/README.md"})
    0.0
    >>> det.score_one({**x, "resource": "k8s://c/namespaces/web/secrets/tls-cert",
    ...     "purpose_tokens": tokens("restart pods and rotate TLS certificates")})
    0.2
    """

    name = "sensitive_target"

    def __init__(
        self,
        unexplained_score: float = 0.6,
        explained_score: float = 0.2,
        refused_score: float = 0.85,
        refused_explained_score: float = 0.6,
        seed: int = 0,
    ) -> None:
        self.unexplained_score = unexplained_score
        self.explained_score = explained_score
        self.refused_score = refused_score
        self.refused_explained_score = refused_explained_score
        self.seed = seed

    def explain_one(self, x: dict[str, Any]) -> Explanation:
        where = x.get("resource", "")
        kind = sensitive_kind(where)
        if kind is None:
            # Arguments count when they are paths (a pod running ``cat /run/secrets/x``), not
            # words (a ticket about a password reset mentions a password, reaches none).
            for _, value in x.get("arguments", ()):
                text = str(value)
                if "/" in text:
                    kind = sensitive_kind(text)
                    if kind is not None:
                        where = text
                        break
        if kind is None:
            return {}
        purpose = x.get("purpose_tokens") or frozenset()
        # Explained when the purpose names the kind of material, or the item itself: the
        # last two parts of its path (``secrets/tls-cert`` for "rotate TLS certificates").
        item = tokens(" ".join(_SEGMENTS.split(where)[-2:])) - _MATERIAL_WORDS
        explained = bool(_explaining_words(kind) & purpose or item & purpose)
        if x.get("outcome") == "deny":
            # IAM refused it: the agent reached for credential material it may not read,
            # whatever its purpose says (a rotation task is granted the secrets it rotates).
            score = self.refused_explained_score if explained else self.refused_score
            return {
                "refused": (
                    score,
                    f"{where!r} is a {kind}; the request was refused"
                    + (" (the purpose names such material)" if explained else ""),
                )
            }
        if explained:
            return {
                "explained": (
                    self.explained_score,
                    f"{where!r} is a {kind}, which the mission purpose names",
                )
            }
        return {
            "credential_material": (
                self.unexplained_score,
                f"{where!r} is a {kind}, which nothing in the mission purpose explains",
            )
        }
