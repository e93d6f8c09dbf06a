"""A real PostgreSQL for the tests (DESIGN.md §5): OPSDESK_TEST_PG_URL, or a throwaway cluster.

The throwaway cluster is made from the installed server binaries (/usr/lib/postgresql/*/bin on
Debian/Ubuntu, or initdb/pg_ctl on PATH) in a temporary directory, on a free loopback port, with its
unix socket inside that directory, and is removed at the end of the session. PostgreSQL refuses to run
as root, so as root it runs as the `postgres` user (`runuser -u postgres --`, which the Debian package
creates) and the directory is handed to that user.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def find_bin_dir() -> Path | None:
    """The newest installed server's bin dir holding initdb and pg_ctl, or None."""
    found = []
    for d in glob.glob("/usr/lib/postgresql/*/bin"):
        p = Path(d)
        if (p / "initdb").exists() and (p / "pg_ctl").exists():
            with contextlib.suppress(ValueError):
                found.append((float(p.parent.name), p))
    if found:
        return max(found)[1]
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayCluster:
    def __init__(self, bin_dir: Path, *, crash_safe: bool = False) -> None:
        """`crash_safe`: commits survive `stop_server("immediate")` (synchronous_commit on; fsync stays off,
        as a killed server is a process crash, not a power cut). The fault tests need it; others want speed."""
        self.bin_dir = bin_dir
        self.crash_safe = crash_safe
        self.user: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            try:
                self.user = pwd.getpwnam("postgres")
            except KeyError:
                self.user = pwd.getpwnam("nobody")
        # not pytest's tmp dir: it sits under a root-only directory the postgres user cannot enter
        self.dir = Path(tempfile.mkdtemp(prefix="opsdesk-pg-", dir="/tmp" if self.user else None))
        self.data = self.dir / "data"
        self.port = _free_port()
        self.log = self.dir / "server.log"

    def _run(self, *args: str, timeout: float = 120) -> None:
        cmd = list(args)
        if self.user is not None:
            cmd = ["runuser", "-u", self.user.pw_name, "--", *cmd]
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False, cwd=self.dir)
        if out.returncode != 0:
            log = self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(cmd)} failed ({out.returncode}):\n{out.stdout}{out.stderr}{log}")

    def start(self) -> str:
        if self.user is not None:
            os.chown(self.dir, self.user.pw_uid, self.user.pw_gid)
        self._run(
            str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--no-locale", "--no-sync",
        )  # fmt: skip
        self.start_server()
        return self.url

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self.thaw()  # a frozen postmaster would never answer pg_ctl
                self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    # ---- control for the fault tests (tests/faults): stop, restart, freeze the running server ----
    def start_server(self) -> None:
        """Start the server on the same port and data dir (after `stop_server`)."""
        # durability is worthless for a throwaway cluster: skip fsyncs for speed
        opts = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            f"-c synchronous_commit={'on' if self.crash_safe else 'off'} -c full_page_writes=off "
            "-c max_connections=50"
        )
        self._run(
            str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", opts,
            "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop_server(self, mode: str = "immediate") -> None:
        """Stop the server, keeping the cluster: `immediate` (a crash: no checkpoint, recovery at the
        next start, connections dropped mid-transaction), `fast` (rolls back and disconnects) or `smart`."""
        if mode not in ("immediate", "fast", "smart"):
            raise ValueError(mode)
        self.thaw()
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def restart_server(self, mode: str = "immediate") -> None:
        self.stop_server(mode)
        self.start_server()

    def is_running(self) -> bool:
        pid = self.postmaster_pid()
        if pid is None:
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True

    def postmaster_pid(self) -> int | None:
        """The postmaster's pid (first line of postmaster.pid), or None when the server is stopped."""
        try:
            return int((self.data / "postmaster.pid").read_text().split("\n", 1)[0])
        except (FileNotFoundError, ValueError):
            return None

    def server_pids(self) -> list[int]:
        """The postmaster and every process it started (backends, checkpointer, walwriter …)."""
        root = self.postmaster_pid()
        if root is None:
            return []
        children: dict[int, list[int]] = {}
        for stat in glob.glob("/proc/[0-9]*/stat"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                # the command name may hold spaces or parentheses: the fields follow the last ")"
                fields = Path(stat).read_text().rsplit(")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append(int(stat.split("/")[2]))
        out, todo = [], [root]
        while todo:
            pid = todo.pop()
            out.append(pid)
            todo.extend(children.get(pid, []))
        return out

    def freeze(self) -> list[int]:
        """SIGSTOP the postmaster and all its processes: the kernel still accepts and ACKs TCP, nothing
        answers (a hung server, not a dead one). Returns the frozen pids."""
        pids = self.server_pids()
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGSTOP)
        self._frozen = pids
        # a sleeping process stops when it next runs: wait until every one is in state T (or gone)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(_state(pid) not in ("T", "") for pid in pids):
            time.sleep(0.01)
        return pids

    def thaw(self) -> None:
        """SIGCONT whatever `freeze` stopped (and anything started since, harmlessly)."""
        for pid in {*getattr(self, "_frozen", []), *self.server_pids()}:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
        self._frozen = []

    def use_password_auth(self) -> None:
        """TCP logins need a password (SCRAM), except the test superuser `postgres`; then reload.

        For wrong-password tests: the throwaway cluster otherwise trusts everybody."""
        hba = self.data / "pg_hba.conf"
        hba.write_text(
            "local all all trust\n"
            "host all postgres 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
        )
        if self.user is not None:
            os.chown(hba, self.user.pw_uid, self.user.pw_gid)
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "reload")


def _state(pid: int) -> str:
    """A process's state letter from /proc (T: stopped), "" when it is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return ""


def admin_url(url: str) -> str:
    """The same server, database `postgres`, with the psycopg 3 driver."""
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    return u.set(database="postgres").render_as_string(hide_password=False)


@contextlib.contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """A new empty database on the server for one test; dropped afterwards."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url(server_url), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(admin_url(server_url)).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as c:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
