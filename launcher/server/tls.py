"""TLS: the self-signed certificate of ``--self-signed`` and SSL contexts."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import ssl
from asyncio import sslproto
from collections.abc import Sequence
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CERT_NAME = "cert.pem"
KEY_NAME = "key.pem"
_WILDCARD_HOSTS = {"", "0.0.0.0", "::"}  # noqa: S104 - names, not a bind
#: What asyncio reads a TLS connection's socket into, allocated and zeroed for each
#: connection: 256 KiB by default, nearly all of what an idle connection costs. 32 KiB
#: still takes two full TLS records per read.
TLS_READ_BUFFER = 32 * 1024


def san_names(host: str, extra: Sequence[str] = ()) -> list[str]:
    """Names a certificate for ``host`` should carry (plus ``extra`` ones)."""
    names = [host] if host not in _WILDCARD_HOSTS else []
    if host in _WILDCARD_HOSTS or is_loopback_host(host):
        names += ["127.0.0.1", "localhost", "::1"]
    names += [name for name in extra if name]
    return list(dict.fromkeys(names))


def is_loopback_host(host: str) -> bool:
    """``localhost`` or a loopback IP address (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _cert_names(cert_path: Path) -> set[str]:
    try:
        cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except (ValueError, x509.ExtensionNotFound):
        return set()
    addresses = {str(ip) for ip in san.get_values_for_type(x509.IPAddress)}
    return addresses | set(san.get_values_for_type(x509.DNSName))


def ensure_self_signed(
    tls_dir: Path, host: str, extra_names: Sequence[str] = ()
) -> tuple[Path, Path]:
    """Create ``cert.pem``/``key.pem`` in ``tls_dir`` unless a fitting pair exists.

    The certificate is its own CA (clients add it as an extra CA file) and
    valid for the listen host and ``extra_names`` (the public URL's host). An
    existing pair is reused as is while it names all of them; otherwise (say
    the public address changed) a new pair replaces it.
    """
    cert_path, key_path = tls_dir / CERT_NAME, tls_dir / KEY_NAME
    wanted = san_names(host, extra_names)
    if cert_path.exists() and key_path.exists():
        have = _cert_names(cert_path)
        if all(_canonical(name) in have for name in wanted):
            return cert_path, key_path
    tls_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    alt_names: list[x509.GeneralName] = []
    for name in wanted:
        try:
            alt_names.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alt_names.append(x509.DNSName(name))
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, wanted[0][:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Meeting Launcher built-in server"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    _write_new(key_path, key_pem, 0o600)
    _write_new(cert_path, cert.public_bytes(serialization.Encoding.PEM), 0o644)
    return cert_path, key_path


def _canonical(name: str) -> str:
    try:
        return str(ipaddress.ip_address(name))
    except ValueError:
        return name


def _write_new(path: Path, data: bytes, mode: int) -> None:
    """Write through a temp file created with ``mode``, then rename into place."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    """An SSL context serving ``cert``; ValueError with a plain reason on bad files."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(cert, key)
    except FileNotFoundError as exc:
        raise ValueError(f"TLS file not found: {exc.filename}") from None
    except ssl.SSLError as exc:
        raise ValueError(f"cannot use TLS certificate {cert} with key {key}: {exc}") from None
    return context


def limit_tls_read_buffer(size: int = TLS_READ_BUFFER) -> None:
    """Give asyncio's TLS connections made from now on in this process a read buffer
    of ``size`` bytes (a class attribute of asyncio's SSLProtocol: there is no
    per-server setting). Large bodies take more, smaller reads; nothing else changes."""
    sslproto.SSLProtocol.max_size = size
