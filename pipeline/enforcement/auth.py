"""Who may ask an enforcement point (``control.http.auth`` and ``control.http.tls``).

``/v1/check``, ``/v1/revocations`` (which lists every restricted agent with its reason) and
ext_authz answer only authenticated callers: a bearer token (compared in constant time), a
client certificate signed by ``tls.client_ca`` (mTLS), or either, by ``auth.mode``;
``/healthz`` stays open. The token is ``auth.token`` (``MISSIONGUARD_CONTROL__HTTP__AUTH__TOKEN``),
else the content of ``auth.token_file``, which is created with a random token (mode 0600) on
first use when missing and ``auth.generate_dev_token`` is set, as the dev signing key is.
"""

from __future__ import annotations

import hmac
import logging
import os
import secrets
import ssl
from pathlib import Path

from aiohttp import web

from missionguard.pipeline.settings.control import HttpCheckSettings

__all__ = ["CallerAuth", "check_command", "load_token"]

log = logging.getLogger(__name__)


def load_token(http: HttpCheckSettings) -> str:
    """The bearer token callers must present (created in ``token_file`` if allowed)."""
    auth = http.auth
    if auth.token is not None:
        token = auth.token.get_secret_value().strip()
        if len(token) < 16:
            raise ValueError("control.http.auth.token must hold at least 16 characters")
        return token
    path = auth.token_file.expanduser()
    if not path.is_file():
        if not auth.generate_dev_token:
            raise FileNotFoundError(
                f"no check-service token: set MISSIONGUARD_CONTROL__HTTP__AUTH__TOKEN or "
                f"write one to {path} (control.http.auth.token_file)"
            )
        _create_token_file(path)
    token = path.read_text().strip()
    if len(token) < 16:
        raise ValueError(f"the check-service token in {path} must hold at least 16 characters")
    return token


def _create_token_file(path: Path) -> None:
    """Write a random token to ``path`` unless another process got there first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_urlsafe(32) + "\n")
        try:
            os.link(tmp, path)  # atomic and never overwrites: racing processes agree
        except FileExistsError:
            return
        log.warning(
            "created a development token for the check service in %s: callers send "
            "'Authorization: Bearer <its content>'; for production set "
            "control.http.auth.token (or generate_dev_token: false)",
            path,
        )
    finally:
        tmp.unlink(missing_ok=True)


def check_command(http: HttpCheckSettings, check_url: str) -> str:
    """A curl command an operator can paste to ask ``check_url`` (``.../v1/check``) about an
    agent, with the credentials the settings call for (the dev token read from its file)."""
    auth = http.auth
    target = f"'{check_url}?agent_id=AGENT'"
    if auth.mode == "none":
        return f"curl {target}"
    if auth.token is None and "token" in auth.mode:
        return f'curl -H "Authorization: Bearer $(cat {auth.token_file})" {target}'
    return f"curl (with your token or client certificate) {target}"


class CallerAuth:
    """Decides whether a request may be answered; builds the server's TLS context."""

    def __init__(self, http: HttpCheckSettings) -> None:
        self.mode = http.auth.mode
        self.header = http.auth.token_header
        self._token = load_token(http).encode() if "token" in self.mode else None
        tls = http.tls
        self.ssl_context: ssl.SSLContext | None = None
        if "mtls" in self.mode and (tls.cert_file is None or tls.client_ca is None):
            raise ValueError(
                f"control.http.auth.mode {self.mode!r} needs control.http.tls.cert_file, "
                "key_file and client_ca"
            )
        if tls.cert_file is not None:
            ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            ctx.minimum_version = ssl.TLSVersion.TLSv1_2
            ctx.load_cert_chain(tls.cert_file, tls.key_file)
            if tls.client_ca is not None:
                ctx.load_verify_locations(cafile=tls.client_ca)
                # Optional at the handshake so that /healthz stays open; a certificate that
                # is presented must verify, and the protected paths require one (below).
                ctx.verify_mode = ssl.CERT_OPTIONAL
            self.ssl_context = ctx

    def refusal(self, request: web.Request) -> str | None:
        """Why ``request`` is not authenticated (``None`` when it is)."""
        if self.mode == "none":
            return None
        if "mtls" in self.mode and self._client_certificate(request):
            return None
        if self._token is not None and self._presents_token(request):
            return None
        wanted = {
            "token": "a bearer token",
            "mtls": "a client certificate",
            "token_or_mtls": "a bearer token or a client certificate",
        }[self.mode]
        return f"authentication required: {wanted}"

    def _presents_token(self, request: web.Request) -> bool:
        assert self._token is not None
        offered = [
            v[7:].strip()
            for v in request.headers.getall("Authorization", [])
            if v[:7].lower() == "bearer "
        ]
        offered += request.headers.getall(self.header, [])
        ok = False
        for value in offered:  # every one compared, in constant time each
            ok |= hmac.compare_digest(value.strip().encode(), self._token)
        return ok

    @staticmethod
    def _client_certificate(request: web.Request) -> bool:
        transport = request.transport
        if transport is None or transport.get_extra_info("sslcontext") is None:
            return False
        return bool(transport.get_extra_info("peercert"))  # only verified ones are returned
