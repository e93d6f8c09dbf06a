"""The fault harness itself: the proxy cuts and heals, the cluster control stops, restarts and freezes.

The fault tests rely on these behaving exactly as a broken network or server does; if one of them
quietly did nothing, every fault test would pass without testing anything.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from harness import need_bin_dir
from pg import ThrowawayCluster
from proxy import Proxy


@pytest.fixture(scope="module")
def bare() -> Iterator[ThrowawayCluster]:
    c = ThrowawayCluster(need_bin_dir(), crash_safe=True)
    try:
        c.start()
        yield c
    finally:
        c.stop()


def _connect(port: int, **kw) -> psycopg.Connection:
    return psycopg.connect(host="127.0.0.1", port=port, user="postgres", dbname="postgres", autocommit=True,
                           connect_timeout=2, **kw)  # fmt: skip


def test_proxy_forwards_cuts_refuses_and_restores(bare: ThrowawayCluster):
    with Proxy(bare.port) as proxy:
        conn = _connect(proxy.port)
        assert conn.execute("SELECT 41 + 1").fetchone() == (42,)
        assert proxy.live() == 1
        assert proxy.cut() == 1
        with pytest.raises(psycopg.OperationalError):
            conn.execute("SELECT 1")
        with pytest.raises(psycopg.OperationalError):
            _connect(proxy.port)  # refused while cut
        assert proxy.refused >= 1
        proxy.restore()
        again = _connect(proxy.port)
        assert again.execute("SELECT 2").fetchone() == (2,)
        again.close()
        conn.close()
    assert proxy.live() == 0


def test_proxy_latency_is_added_each_way(bare: ThrowawayCluster):
    with Proxy(bare.port) as proxy:
        conn = _connect(proxy.port)
        t0 = time.perf_counter()
        conn.execute("SELECT 1")
        fast = time.perf_counter() - t0
        proxy.latency = 0.1
        t0 = time.perf_counter()
        conn.execute("SELECT 1")
        slow = time.perf_counter() - t0
        conn.close()
    assert slow >= 0.2 > fast


def test_freeze_hangs_the_server_and_thaw_resumes(bare: ThrowawayCluster):
    conn = _connect(bare.port, options="-c statement_timeout=0")
    pid = conn.info.backend_pid
    frozen = bare.freeze()
    try:
        assert bare.postmaster_pid() in frozen and pid in frozen
        assert Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "T"  # stopped
        # a new connection is accepted by the kernel but never answered: it times out, not refused
        t0 = time.perf_counter()
        with pytest.raises(psycopg.OperationalError):
            _connect(bare.port)
        assert time.perf_counter() - t0 >= 1.5
    finally:
        bare.thaw()
    assert conn.execute("SELECT 3").fetchone() == (3,)
    conn.close()


def test_stop_immediate_and_restart_on_the_same_port_and_data(bare: ThrowawayCluster):
    conn = _connect(bare.port)
    conn.execute("CREATE TABLE IF NOT EXISTS kept (n int)")
    conn.execute("INSERT INTO kept VALUES (7)")
    first = bare.postmaster_pid()
    bare.stop_server("immediate")
    assert not bare.is_running() and bare.postmaster_pid() is None
    with pytest.raises(psycopg.OperationalError):
        conn.execute("SELECT 1")
    bare.start_server()
    assert bare.is_running() and bare.postmaster_pid() != first
    again = _connect(bare.port)
    assert again.execute("SELECT n FROM kept").fetchall() == [(7,)]
    again.close()
    bare.restart_server("fast")
    third = _connect(bare.port)
    assert third.execute("SELECT count(*) FROM kept").fetchone() == (1,)
    third.close()


def test_password_auth_refuses_a_wrong_password(bare: ThrowawayCluster):
    bare.use_password_auth()
    with _connect(bare.port) as admin:  # the superuser stays trusted on loopback
        admin.execute("CREATE ROLE someone LOGIN PASSWORD 'right'")
    with pytest.raises(psycopg.OperationalError) as exc:
        psycopg.connect(host="127.0.0.1", port=bare.port, user="someone", password="wrong", dbname="postgres")
    assert "password authentication failed" in str(exc.value)
    psycopg.connect(
        host="127.0.0.1", port=bare.port, user="someone", password="right", dbname="postgres"
    ).close()


def test_stop_works_on_a_frozen_cluster():
    c = ThrowawayCluster(need_bin_dir(), crash_safe=True)
    c.start()
    c.freeze()
    c.stop()  # thaws first, else pg_ctl would wait on a stopped postmaster forever
    assert not c.dir.exists()
