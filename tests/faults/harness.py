"""The fault tests' world: a throwaway cluster, a server database, a proxy, consoles as processes.

`FaultCluster` (one per test module: these tests stop and freeze the server) holds a template server
database — schema, server objects, reference data pushed once by a supervisor console — and a template
local replica already joined to it. `World` is one test's copy of both: `CREATE DATABASE … TEMPLATE`
is a file copy, so each test starts from a synced desk in well under a second.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from pg import ThrowawayCluster, find_bin_dir, in_ci
from proxy import Proxy
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PASSWORD = "s3cret-pw"  # the consoles' roles' password in the throwaway cluster (never a real one)
OPERATORS = ("op_a", "op_b", "op_c")
SUPERVISOR = "sup"
ENV_KEEP = ("PATH", "LANG", "LC_ALL", "PYTHONPATH", "HOME", "TMPDIR", "QT_QPA_PLATFORM")


def need_bin_dir() -> Path:
    """The server binaries, or skip (loudly) — fail under CI=true, as tests/conftest.py's pg_server does."""
    import pytest

    bin_dir = find_bin_dir()
    if bin_dir is None:
        reason = "no PostgreSQL server binaries for the fault tests (Debian package 'postgresql')"
        if in_ci():
            pytest.fail(reason)
        pytest.skip(reason)
    return bin_dir


def wait_until(pred: Callable[[], bool], timeout: float, what: str, interval: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if pred():
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


class ConsoleProc:
    """A console process (console_proc.py) and its pipe: `cmd()` sends a command and waits for the answer."""

    def __init__(self, home: Path, console: str, *, port: int, dbname: str, user: str, password: str,
                 operator: str = "刘洋", faults: tuple[str, ...] = (), paused: bool = False,
                 extra: tuple[str, ...] = ()) -> None:  # fmt: skip
        self.home = home
        self.console = console
        self.argv = [
            sys.executable, str(HERE / "console_proc.py"), "--home", str(home), "--console", console,
            "--port", str(port), "--dbname", dbname, "--user", user, "--password", password,
            "--operator", operator, *extra,
        ]  # fmt: skip
        for f in faults:
            self.argv += ["--fault", f]
        if paused:
            self.argv.append("--paused")
        self.proc: subprocess.Popen | None = None
        self._lines: queue.Queue[str | None] = queue.Queue()
        self.start()

    @property
    def db_path(self) -> Path:
        return self.home / "opsdesk.sqlite3"

    def start(self, argv: list[str] | None = None) -> None:
        env = {k: v for k, v in os.environ.items() if k in ENV_KEEP or k.startswith("OPSDESK_")}
        env["OPSDESK_HOME"] = str(self.home)
        env["PYTHONUNBUFFERED"] = "1"
        self._lines = queue.Queue()
        self.stderr = open(self.home / "stderr.log", "ab")  # noqa: SIM115 - closed in wait()
        self.proc = subprocess.Popen(
            argv or self.argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr,
            cwd=ROOT, env=env, text=True, encoding="utf-8",
        )  # fmt: skip
        threading.Thread(target=self._read, args=(self.proc, self._lines), daemon=True).start()
        ready = self._answer(60)
        assert ready.get("ready"), ready

    @staticmethod
    def _read(proc: subprocess.Popen, lines: queue.Queue) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    def _answer(self, timeout: float) -> dict:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(
                f"console {self.console}: no answer in {timeout} s\n{self.log_tail()}"
            ) from None
        if line is None:
            raise AssertionError(f"console {self.console} exited ({self.proc.poll()})\n{self.log_tail()}")
        return json.loads(line)

    def log_tail(self, n: int = 4000) -> str:
        p = self.home / "stderr.log"
        return p.read_text(errors="replace")[-n:] if p.exists() else ""

    def send(self, cmd: str, **kw) -> None:
        assert self.proc is not None and self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"cmd": cmd, **kw}, ensure_ascii=False) + "\n")
        self.proc.stdin.flush()

    def cmd(self, cmd: str, *, timeout: float = 30, check: bool = True, **kw) -> dict:
        """Send a command, return its answer; a refused command raises unless check=False."""
        self.send(cmd, **kw)
        out = self._answer(timeout)
        if check and not out.get("ok"):
            raise AssertionError(f"console {self.console} {cmd} {kw}: {out}")
        return out

    def status(self) -> dict:
        return self.cmd("status")

    def events(self) -> list[str]:
        p = self.home / "events.log"
        return p.read_text().splitlines() if p.exists() else []

    def wait_event(self, prefix: str, timeout: float = 30) -> None:
        wait_until(
            lambda: any(e.startswith(prefix) for e in self.events()), timeout, f"{self.console}: {prefix}"
        )

    def wait_state(self, *states: str, timeout: float = 20) -> dict:
        box: dict = {}

        def ok() -> bool:
            box.update(self.status())
            return box["state"] in states

        try:
            wait_until(ok, timeout, f"{self.console} state in {states}", interval=0.1)
        except AssertionError as exc:
            raise AssertionError(f"{exc}; last status {box}") from None
        return box

    def kill(self) -> None:
        """SIGKILL: no cleanup, no last write — as a power cut or the task manager's End Process."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.wait()

    def wait(self, timeout: float = 30) -> int:
        assert self.proc is not None
        rc = self.proc.wait(timeout)
        self.stderr.close()
        return rc

    def restart(self, *, faults: tuple[str, ...] = (), paused: bool = False) -> None:
        argv = [a for i, a in enumerate(self.argv) if a != "--paused" and not _is_fault(self.argv, i)]
        for f in faults:
            argv += ["--fault", f]
        if paused:
            argv.append("--paused")
        self.start(argv)

    def quit(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            try:
                self.cmd("quit", timeout=30)
                self.wait(30)
            except (AssertionError, subprocess.TimeoutExpired, OSError):
                self.proc.kill()
                self.wait()


def _is_fault(argv: list[str], i: int) -> bool:
    return argv[i] == "--fault" or (i > 0 and argv[i - 1] == "--fault")


class FaultCluster:
    """A throwaway cluster for one test module, with password logins and a synced template."""

    def __init__(self, bin_dir: Path, work: Path) -> None:
        self.pg = ThrowawayCluster(bin_dir, crash_safe=True)
        self.work = work
        self.admin_url = self.pg.url  # superuser `postgres`, trusted on loopback
        self.template_db = "opsdesk_template"
        self.template_home = work / "template-home"
        try:
            self.pg.start()
            self.pg.use_password_auth()
            self._build_template()
        except BaseException:
            self.pg.stop()
            raise

    def url(self, dbname: str, user: str = "postgres", password: str = "") -> str:
        u = make_url(self.admin_url).set(database=dbname, username=user, password=password or None)
        return u.render_as_string(hide_password=False)

    def admin(self, sql: str, dbname: str = "postgres", params: dict | None = None) -> list:
        eng = create_engine(self.url(dbname), isolation_level="AUTOCOMMIT")
        try:
            with eng.connect() as c:
                res = c.execute(text(sql), params or {})
                return list(res) if res.returns_rows else []
        finally:
            eng.dispose()

    def _build_template(self) -> None:
        init_server(self.pg, self.url(self.template_db), self.template_db)
        for role in (*OPERATORS, SUPERVISOR):
            group = "opsdesk_supervisor" if role == SUPERVISOR else "opsdesk_operator"
            self.admin(f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}'")
            self.admin(f"GRANT {group} TO {role}")
        # the local template: reference data and two operators, pushed once by a supervisor console
        self.template_home.mkdir(parents=True)
        seed_local(self.template_home / "opsdesk.sqlite3")
        with Proxy(self.pg.port) as proxy:
            c = ConsoleProc(self.template_home, "S0", port=proxy.port, dbname=self.template_db,
                            user=SUPERVISOR, password=PASSWORD, operator="王芳")  # fmt: skip
            try:
                drain([c], self, self.template_db, timeout=120)
            finally:
                c.quit()
        for f in ("events.log", "stderr.log"):
            (self.template_home / f).unlink(missing_ok=True)

    def close(self) -> None:
        self.pg.stop()


def init_server(pg: ThrowawayCluster, url: str, dbname: str) -> None:
    """`server init`: the Alembic schema plus the server-only objects (S1's code)."""
    eng = create_engine(pg.url, isolation_level="AUTOCOMMIT")
    try:
        with eng.connect() as c:
            c.execute(text(f'CREATE DATABASE "{dbname}"'))
    finally:
        eng.dispose()
    from opsdesk.sync.server_schema import install

    eng = create_engine(url)
    try:
        with eng.begin() as conn:
            install(conn)
    finally:
        eng.dispose()


def seed_local(path: Path) -> None:
    """A desk's first start: schema, reference data, an operator and a supervisor."""
    from opsdesk.domain.enums import Role
    from opsdesk.services.operators import create_operator
    from opsdesk.services.reference import seed_reference
    from opsdesk.storage.migrate import open_local_database

    db = open_local_database(path)
    try:
        with db.session() as s:
            seed_reference(s)
            create_operator(s, name="刘洋", secret="1234", post="大厅设备")
            create_operator(s, name="王芳", secret="123456", secret_kind="password", role=Role.SUPERVISOR)
    finally:
        db.dispose()


def server_hw(url: str) -> int:
    eng = create_engine(url)
    try:
        with eng.connect() as c:
            return int(c.execute(text("SELECT last_value FROM opsdesk_change_seq")).scalar_one())
    finally:
        eng.dispose()


def drain(consoles: list[ConsoleProc], cluster: FaultCluster, dbname: str, timeout: float = 60) -> None:
    """Wait until every outbox is empty of pending ops and every replica has pulled up to the server's
    high-water mark (which stops moving once nothing is pending anywhere)."""
    url = cluster.url(dbname)

    def done() -> bool:
        hw = server_hw(url)
        for c in consoles:
            st = c.status()
            local = st["local"]
            if local["pending"] or local["last_seq"] < hw or st["state"] not in ("online",):
                return False
        return server_hw(url) == hw

    try:
        wait_until(done, timeout, "every console drained and caught up", interval=0.2)
    except AssertionError as exc:
        states = {c.console: c.status() for c in consoles}
        logs = "".join(
            f"\n--- {c.console} stderr (tail) ---\n{c.log_tail(6000)}"
            for c in consoles
            if states[c.console]["state"] != "online"
        )
        raise AssertionError(f"{exc}; server hw {server_hw(url)}; consoles {states}{logs}") from None


def sync_converge():
    """tests/sync/converge.py (S2's), loaded by path: tests/sync is not on sys.path in a faults-only run."""
    import importlib.util

    name = "opsdesk_sync_tests_converge"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "sync" / "converge.py")
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
    return sys.modules[name]


class World:
    """One test: a server database cloned from the template, a proxy, and consoles."""

    def __init__(self, cluster: FaultCluster, tmp: Path) -> None:
        self.cluster = cluster
        self.tmp = tmp
        self.dbname = f"t_{uuid.uuid4().hex[:10]}"
        tmp.mkdir(parents=True, exist_ok=True)
        cluster.admin(f'CREATE DATABASE "{self.dbname}" TEMPLATE "{cluster.template_db}"')
        # The copied sequences carry the template's pre-logged values (log_cnt): nextval in the copy would
        # hand them out without WAL until a checkpoint, and a crash (stop -m immediate) would then replay
        # the copy and give the same audit ids and server_seq values again. A checkpoint makes the next
        # nextval log itself, as on a server that was never cloned.
        cluster.admin("CHECKPOINT")
        self.proxy = Proxy(cluster.pg.port)
        self.consoles: list[ConsoleProc] = []

    @property
    def url(self) -> str:
        return self.cluster.url(self.dbname)

    def console(self, code: str, user: str, *, join: bool = False, operator: str = "刘洋",
                password: str = PASSWORD, **kw) -> ConsoleProc:  # fmt: skip
        """A console process; its replica is the synced template (or nothing at all when `join`)."""
        home = self.tmp / f"console-{code}"
        home.mkdir()
        if not join:
            shutil.copy(self.cluster.template_home / "opsdesk.sqlite3", home / "opsdesk.sqlite3")
        c = ConsoleProc(home, code, port=self.proxy.port, dbname=self.dbname, user=user, password=password,
                        operator=operator, **kw)  # fmt: skip
        self.consoles.append(c)
        return c

    def drain(self, timeout: float = 60) -> None:
        live = [c for c in self.consoles if c.proc is not None and c.proc.poll() is None]
        drain(live, self.cluster, self.dbname, timeout)

    def converge(self, *, allow_rejected: bool = False) -> dict:
        """Heal, drain, compare: every replica equals the server."""
        from replicas import assert_converged

        self.proxy.restore()
        self.cluster.pg.thaw()
        if not self.cluster.pg.is_running():
            self.cluster.pg.start_server()
        self.drain()
        replicas = [c.db_path for c in self.consoles]
        server = assert_converged(self.url, replicas, allow_rejected=allow_rejected)
        if not allow_rejected:  # the sync tests' own check too (it also looks for an event stored twice)
            sync_converge().assert_converged(self.url, replicas)
        return server

    def sql(self, sql: str, params: dict | None = None) -> list:
        return self.cluster.admin(sql, self.dbname, params)

    def close(self) -> None:
        for c in self.consoles:
            c.quit()
        self.proxy.close()
        self.cluster.pg.thaw()
        if not self.cluster.pg.is_running():
            self.cluster.pg.start_server()
        self.cluster.admin(f'DROP DATABASE IF EXISTS "{self.dbname}" WITH (FORCE)')
