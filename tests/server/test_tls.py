"""docs/SERVER.md's TLS recipe, followed literally: a root CA and a server certificate made with openssl,
a server that takes only hostssl + scram-sha-256, and `sslmode=verify-full` with the root certificate."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from pg import ThrowawayCluster, find_bin_dir

from opsdesk.cli import main
from opsdesk.errors import ServerAuthFailed, ServerTlsError
from opsdesk.sync.server_admin import server_status

OWNER_PW = "owner-Secret-77"


def openssl(cwd: Path, *args: str) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_ca(d: Path, name: str = "opsdesk root CA") -> None:
    d.mkdir(parents=True, exist_ok=True)
    openssl(d, "req", "-new", "-x509", "-days", "3650", "-nodes", "-newkey", "rsa:2048",
            "-subj", f"/CN={name}", "-keyout", "ca.key", "-out", "root.crt")  # fmt: skip


def make_server_cert(d: Path, host: str) -> None:
    openssl(d, "req", "-new", "-nodes", "-newkey", "rsa:2048", "-subj", f"/CN={host}",
            "-keyout", "server.key", "-out", "server.csr")  # fmt: skip
    (d / "san.ext").write_text(f"subjectAltName=DNS:{host}\nextendedKeyUsage=serverAuth\n")
    openssl(d, "x509", "-req", "-in", "server.csr", "-days", "825", "-CA", "root.crt", "-CAkey", "ca.key",
            "-CAcreateserial", "-extfile", "san.ext", "-out", "server.crt")  # fmt: skip


@pytest.fixture(scope="module")
def tls_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ThrowawayCluster, Path]]:
    bin_dir = find_bin_dir()
    if bin_dir is None or shutil.which("openssl") is None:
        pytest.skip("needs PostgreSQL server binaries and openssl")
    certs = tmp_path_factory.mktemp("certs")
    make_ca(certs)
    make_server_cert(certs, "localhost")
    cluster = ThrowawayCluster(bin_dir)
    try:
        cluster.start()
        for f in ("server.crt", "server.key"):
            shutil.copy(certs / f, cluster.data / f)
            os.chmod(cluster.data / f, 0o600)
            if cluster.user is not None:
                os.chown(cluster.data / f, cluster.user.pw_uid, cluster.user.pw_gid)
        with (cluster.data / "postgresql.conf").open("a") as f:
            f.write("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n"
                    "ssl_min_protocol_version = 'TLSv1.2'\npassword_encryption = 'scram-sha-256'\n")  # fmt: skip
        (cluster.data / "pg_hba.conf").write_text(
            "local   all      postgres                 trust\n"
            "hostssl opsdesk  all       127.0.0.1/32   scram-sha-256\n"
            "host    all      all       127.0.0.1/32   reject\n"
        )
        cluster.stop_server("fast")
        cluster.start_server()
        with psycopg.connect(host=str(cluster.dir), port=cluster.port, user="postgres", dbname="postgres",
                             autocommit=True) as c:  # fmt: skip
            c.execute(f"CREATE ROLE opsdesk_owner LOGIN CREATEROLE PASSWORD '{OWNER_PW}'")
            c.execute("CREATE DATABASE opsdesk OWNER opsdesk_owner")
        yield cluster, certs
    finally:
        cluster.stop()


def _url(cluster: ThrowawayCluster, certs: Path, user: str = "opsdesk_owner", host: str = "localhost",
         root: Path | None = None, mode: str = "verify-full") -> str:  # fmt: skip
    return (f"postgresql://{user}@{host}:{cluster.port}/opsdesk?sslmode={mode}"
            f"&sslrootcert={root or certs / 'root.crt'}")  # fmt: skip


def test_init_and_sign_in_over_verified_tls(tls_cluster, monkeypatch, capsys, tmp_path) -> None:
    cluster, certs = tls_cluster
    monkeypatch.setattr("opsdesk.cli_sync._interactive", lambda: False)
    monkeypatch.setenv("PGPASSWORD", OWNER_PW)  # libpq's own source, as in a cron job
    url = _url(cluster, certs)
    assert main(["--lang", "en", "server", "init", "--url", url]) == 0, capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("Operator-pw-123\n"))
    assert main(["--lang", "en", "server", "add-operator", "li_si", "--password-stdin", "--url", url]) == 0
    monkeypatch.delenv("PGPASSWORD")
    # the operator signs in with an own password, over TLS, the server certificate checked
    with psycopg.connect(_url(cluster, certs, "li_si").replace("postgresql://li_si@", "postgresql://li_si:"
                                                                "Operator-pw-123@")) as c:  # fmt: skip
        assert c.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()[0] is True
        assert c.execute("SELECT count(*) FROM opsdesk_server").fetchone()[0] == 1
    assert server_status(url, OWNER_PW).user == "opsdesk_owner"
    # a wrong password is a sign-in refusal, said so, and the password is in no message
    with pytest.raises(ServerAuthFailed) as info:
        server_status(url, "not-the-password")
    assert "not-the-password" not in str(info.value)
    assert main(["--lang", "en", "server", "status", "--url", url]) == 1
    assert "refused the sign-in" in capsys.readouterr().err


def test_untrusted_or_wrong_host_certificate_is_refused(tls_cluster, tmp_path) -> None:
    cluster, certs = tls_cluster
    other = tmp_path / "other"
    make_ca(other, "someone else")
    with pytest.raises(ServerTlsError):
        server_status(_url(cluster, certs, root=other / "root.crt"), OWNER_PW)
    with pytest.raises(ServerTlsError):  # the certificate names localhost, not 127.0.0.1
        server_status(_url(cluster, certs, host="127.0.0.1"), OWNER_PW)
    with pytest.raises(ServerTlsError):  # no TLS at all: pg_hba.conf says reject
        server_status(_url(cluster, certs, mode="disable"), OWNER_PW)
