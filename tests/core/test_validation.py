"""Input checks of the account form and ``account add`` (no network here)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from launcher.core import validation as v


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://meet.office.lan:8443", "https://meet.office.lan:8443"),
        (" https://Meet.Office.lan/ ", "https://meet.office.lan"),
        ("https://meet.office.lan/v1/meetings/", "https://meet.office.lan"),
        ("http://127.0.0.1:5000", "http://127.0.0.1:5000"),
        ("http://localhost:5000/v1/meetings", "http://localhost:5000"),
    ],
)
def test_server_urls_are_normalised(text: str, expected: str) -> None:
    assert v.normalize_server_url(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("meet.office.lan", "url"),
        ("ftp://meet.office.lan", "url"),
        ("https://", "url"),
        ("https://user:pw@meet.office.lan", "url"),
        ("https://meet.office.lan/?a=1", "url"),
        ("https://meet.office.lan:99999", "url"),
        ("http://meet.office.lan", "insecure"),
    ],
)
def test_bad_server_urls_are_refused(text: str, reason: str) -> None:
    with pytest.raises(v.InvalidInput) as caught:
        v.normalize_server_url(text)
    assert caught.value.field == "server"
    assert caught.value.reason == reason


def test_application_id_must_be_a_uuid() -> None:
    value = uuid.uuid4()
    assert v.validate_application_id(f" {str(value).upper()} ") == str(value)
    with pytest.raises(v.InvalidInput, match="UUID"):
        v.validate_application_id("my-app")


def test_names_are_trimmed_and_unique() -> None:
    assert v.validate_name("  Front   desk ") == "Front desk"
    with pytest.raises(v.InvalidInput) as caught:
        v.validate_name("front DESK", {"Front desk"})
    assert caught.value.reason == "duplicate"
    with pytest.raises(v.InvalidInput):
        v.validate_name("   ")


def test_private_key_plain_and_encrypted(rsa_2048_pem: str) -> None:
    assert v.load_private_key(rsa_2048_pem) == rsa_2048_pem
    key = serialization.load_pem_private_key(rsa_2048_pem.encode(), None)
    encrypted = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.BestAvailableEncryption(b"correct horse"),
    )
    assert v.is_encrypted_key(encrypted)
    assert not v.is_encrypted_key(rsa_2048_pem.encode())
    with pytest.raises(v.InvalidInput) as caught:
        v.load_private_key(encrypted)
    assert caught.value.reason == "encrypted"
    with pytest.raises(v.InvalidInput) as caught:
        v.load_private_key(encrypted, b"wrong")
    assert caught.value.reason == "bad_passphrase"
    # Decrypted, it is stored as plain PKCS#8: the keyring is its protection.
    assert v.load_private_key(encrypted, b"correct horse") == rsa_2048_pem


def test_private_key_refusals(rsa_2048_pem: str, tmp_path: Path) -> None:
    damaged = rsa_2048_pem.replace(rsa_2048_pem.splitlines()[3], "A" * 10)
    for text, reason in [("hello", "not_pem"), (damaged, "not_pem")]:
        with pytest.raises(v.InvalidInput) as caught:
            v.load_private_key(text)
        assert (caught.value.field, caught.value.reason) == ("private_key", reason)
    ec_pem = (
        ec.generate_private_key(ec.SECP256R1())
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )
    with pytest.raises(v.InvalidInput) as caught:
        v.load_private_key(ec_pem)
    assert caught.value.reason == "not_rsa"
    with pytest.raises(v.InvalidInput) as caught:
        v.read_key_file(tmp_path / "absent.pem")
    assert caught.value.reason == "missing"
    # No message ever quotes the key.
    assert rsa_2048_pem.splitlines()[1] not in str(caught.value)


def test_ca_file(tmp_path: Path, rsa_2048_pem: str) -> None:
    bogus = tmp_path / "ca.pem"
    bogus.write_text("not a certificate", encoding="utf-8")
    with pytest.raises(v.InvalidInput) as caught:
        v.validate_ca_file(bogus)
    assert (caught.value.field, caught.value.reason) == ("ca_file", "not_pem")
    with pytest.raises(v.InvalidInput) as caught:
        v.validate_ca_file(tmp_path / "absent.pem")
    assert caught.value.reason == "missing"
