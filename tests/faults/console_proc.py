"""One console as its own process, for the fault tests: a local replica, the sync engine, a command loop.

    python tests/faults/console_proc.py --home DIR --console A1 --port N --user u --password pw [--fault …]

OPSDESK_HOME is set to --home; the replica is DIR/opsdesk.sqlite3 (the parent copies a seeded template
there, or leaves it absent for a console that joins from nothing). Commands are JSON lines on stdin,
each answered by one JSON line on stdout ({"ok": true, ...} or {"ok": false, "error": …}). Faults are
injected by wrapping the engine's seams inside this process only (no test hooks in production code);
hook events go to DIR/events.log, one line each, so the parent can wait for "in_batch" and the like.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import sys
import threading
import time
import traceback
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _event(home: Path, text: str) -> None:
    with (home / "events.log").open("a") as f:
        f.write(text + "\n")
        f.flush()
        os.fsync(f.fileno())


# ---- faults (wrapping engine seams) ------------------------------------------------------------------
def _skew_clock(hours: float) -> None:
    """Every `utcnow` the opsdesk modules see runs `hours` ahead (negative: behind)."""
    import opsdesk.timeutil as tu

    real = tu.utcnow
    delta = timedelta(hours=hours)

    def skewed():
        return real() + delta

    for name, mod in list(sys.modules.items()):
        if name.startswith("opsdesk") and getattr(mod, "utcnow", None) is real:
            mod.utcnow = skewed


def _wrap(module: Any, name: str, make) -> None:
    real = getattr(module, name)
    setattr(module, name, make(real))


class Faults:
    """Runtime-switchable faults: a failing local commit on the sync threads ("disk full")."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.disk_full = False

    def install_disk(self, db) -> None:
        """While `disk_full`: a sync-thread transaction that changed rows fails at COMMIT, as SQLite does
        when the file cannot grow (SQLITE_FULL). A transaction that wrote nothing commits, as it would."""
        from sqlalchemy import event
        from sqlalchemy.exc import OperationalError

        def raw(conn):
            return conn.connection.driver_connection

        def on_begin(conn) -> None:
            conn.info["changes_at_begin"] = raw(conn).total_changes

        def on_commit(conn) -> None:
            # only the engine's threads: the desk (the main thread here) goes on working — a disk that
            # filled while the sync wrote a large pull; what matters is what sync marks done
            if (
                self.disk_full
                and threading.current_thread() is not threading.main_thread()
                and raw(conn).total_changes != conn.info.get("changes_at_begin")
            ):
                raise OperationalError("COMMIT", None, sqlite3.OperationalError("database or disk is full"))

        event.listen(db.engine, "begin", on_begin)
        event.listen(db.engine, "commit", on_commit)

    def install_startup(self, names: list[str], stall: float) -> None:
        for name in names:
            getattr(self, f"_fault_{name}")(stall)

    def _fault_kill_after_server_commit(self, _stall: float) -> None:
        """The server committed the batch; die before the console records the outcomes."""
        home = self.home

        def make_kill(real):
            def killer(s, ops, outcomes, *a, **kw):
                if ops:
                    _event(home, "killing")
                    os.kill(os.getpid(), signal.SIGKILL)
                return real(s, ops, outcomes, *a, **kw)

            return killer

        _wrap(*_record_seam(), make_kill)

    def _fault_stall_in_batch(self, stall: float) -> None:
        """The batch is applied inside the open server transaction: hold it there, uncommitted."""
        import opsdesk.sync.apply as apply_mod

        home = self.home
        once = [True]

        def make_stall(real):
            def stalled(conn, console, ops, *a, **kw):
                if not ops or not once[0]:  # only the first batch: the resend after the restart goes through
                    return real(conn, console, ops, *a, **kw)
                once[0] = False
                # an outer transaction: apply_batch then works in a savepoint and leaves the commit to us
                with conn.transaction():
                    out = real(conn, console, ops, *a, **kw)
                    _event(home, f"in_batch {len(ops)}")
                    time.sleep(stall)
                return out

            return stalled

        _wrap(apply_mod, "apply_batch", make_stall)

    def _fault_lose_acks(self, _stall: float) -> None:
        """The first three answers never reach the local record: the console must resend the same ops."""
        home = self.home
        lost = [0]

        def make_lose(real):
            def losing(s, ops, *a, **kw):
                if ops and lost[0] < 3:
                    lost[0] += 1
                    _event(home, "ack_lost")
                    raise ConnectionError("answer lost (fault test)")
                return real(s, ops, *a, **kw)

            return losing

        _wrap(*_record_seam(), make_lose)


def _record_seam() -> tuple[Any, str]:
    """The module and function the engine calls to record a pushed batch's outcomes locally (after the
    server committed the batch): `outbox.record_outcomes(session, ops, outcomes)`."""
    import opsdesk.sync.outbox as outbox

    return outbox, "record_outcomes"


# ---- a heartbeat thread: how late does a 10 ms sleep wake while the engine works (GIL stalls) -------
class Heartbeat(threading.Thread):
    def __init__(self, interval: float = 0.01) -> None:
        super().__init__(name="heartbeat", daemon=True)
        self.interval = interval
        self.max_late = 0.0
        self.samples = 0
        self._stop = threading.Event()

    def run(self) -> None:
        while not self._stop.is_set():
            t0 = time.perf_counter()
            time.sleep(self.interval)
            late = time.perf_counter() - t0 - self.interval
            self.samples += 1
            self.max_late = max(self.max_late, late)

    def reset(self) -> None:
        self.max_late, self.samples = 0.0, 0

    def stop(self) -> None:
        self._stop.set()


# ---- the console --------------------------------------------------------------------------------
class Console:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.home = Path(args.home)
        self.password = args.password
        self.statuses: list[tuple[float, str, str]] = []  # (monotonic, state, reason)
        self.status = None
        self.changes = 0
        self.changed: dict[str, set[str]] = {}  # what the engine told the desk it changed, since last asked
        self.engine = None
        self.faults = Faults(self.home)
        self.heartbeat = Heartbeat()
        self.heartbeat.start()

        from opsdesk.storage.migrate import open_local_database

        self.db = open_local_database(self.home / "opsdesk.sqlite3")
        self.faults.install_disk(self.db)
        self.actor = self._actor()

    def _actor(self):
        from sqlalchemy import select

        from opsdesk.domain.enums import Role
        from opsdesk.domain.people import Actor
        from opsdesk.storage.models import Operator

        with self.db.session(read_only=True) as s:
            op = s.scalar(select(Operator).where(Operator.name == self.args.operator))
        if op is None:
            return Actor(None, self.args.operator, self.args.console)
        return Actor(op.id, op.name, self.args.console, Role(op.role))

    # engine --------------------------------------------------------------------------------------
    def _server_conn(self):
        from opsdesk.sync.engine import ServerConn

        return ServerConn(
            host="127.0.0.1",
            port=self.args.port,
            dbname=self.args.dbname,
            user=self.args.user,
            sslmode="disable",
            password=self.password,
        )

    def _on_status(self, st) -> None:
        self.status = st
        if not self.statuses or self.statuses[-1][1:] != (st.state, st.reason):
            self.statuses.append((time.monotonic(), st.state, st.reason))

    def _on_changes(self, changes) -> None:
        self.changes += 1
        for table, ids in (changes or {}).items():
            self.changed.setdefault(table, set()).update(ids)

    def start_engine(self) -> None:
        from opsdesk.sync.engine import SyncEngine

        if self.engine is not None:
            return
        self.engine = SyncEngine(
            self.db,
            self._server_conn(),
            self.args.console,
            on_status=self._on_status,
            on_changes=self._on_changes,
            connect_timeout=self.args.connect_timeout,
            rtt_timeout=self.args.rtt_timeout,
            **_engine_timing(self.args),
        )
        self.engine.start()

    def stop_engine(self) -> None:
        if self.engine is not None:
            self.engine.stop(timeout=10)
            self.engine = None

    # commands ------------------------------------------------------------------------------------
    def do(self, cmd: dict) -> dict:
        name = cmd.pop("cmd")
        return getattr(self, f"cmd_{name}")(**cmd)

    def _kick(self) -> None:
        if self.engine is not None:
            self.engine.kick()

    def cmd_file(self, title: str, priority: str = "P3", category: str = "video_wall", **kw) -> dict:
        from opsdesk.domain.tickets import NewTicket
        from opsdesk.services.tickets import create_ticket

        with self.db.session() as s:
            d = create_ticket(
                s,
                NewTicket(title=title, priority=priority, category=category, **kw),
                self.actor,
                profile_code=self.args.profile,
            )
        self._kick()
        return {"id": d.id, "code": d.code}

    def cmd_file_many(self, n: int, prefix: str = "t") -> dict:
        """n tickets, one unit of work each (as a desk files them)."""
        ids = [self.cmd_file(f"{prefix}{i}")["id"] for i in range(n)]
        return {"ids": ids}

    def cmd_event(self, ticket: str, kind: str, payload: dict | None = None) -> dict:
        from opsdesk.services.tickets import add_event

        with self.db.session() as s:
            d = add_event(s, ticket, kind, self.actor, payload=payload or {})
        self._kick()
        return {"status": str(d.status) if hasattr(d, "status") else ""}

    def cmd_edit(self, ticket: str, field: str, value: Any) -> dict:
        """Change one column through the ORM, as a service would (captured into the outbox)."""
        from opsdesk.storage.models import Ticket
        from opsdesk.timeutil import utcnow

        with self.db.session() as s:
            t = s.get(Ticket, ticket)
            if t is None:
                raise LookupError(ticket)
            setattr(t, field, value)
            t.updated_at, t.updated_by = utcnow(), self.actor.operator_id
        self._kick()
        return {}

    def cmd_delete(self, ticket: str) -> dict:
        return self.cmd_edit(ticket, "deleted", True)

    def cmd_pause(self) -> dict:
        self.stop_engine()
        return {}

    def cmd_resume(self) -> dict:
        self.start_engine()
        return {}

    def cmd_connect(self, password: str | None = None) -> dict:
        """New credentials (or the same, to retry now): the engine reconnects with them."""
        if password is not None:
            self.password = password
        if self.engine is not None:
            self.engine.set_connection(self._server_conn())
        return {}

    def cmd_fault(self, name: str, on: bool) -> dict:
        if name != "disk_full":
            raise ValueError(name)
        self.faults.disk_full = on
        return {}

    def cmd_status(self) -> dict:
        st = self.status
        return {
            "state": st.state if st else "none",
            "reason": st.reason if st else "",
            "pending": st.pending if st else None,
            "rejected": st.rejected if st else None,
            "conflicts": st.conflicts if st else None,
            "offline_since": st.offline_since.isoformat() if st and st.offline_since else None,
            "changes": self.changes,
            "local": local_counts(self.home / "opsdesk.sqlite3"),
        }

    def cmd_changed(self) -> dict:
        out = {t: sorted(ids) for t, ids in self.changed.items() if ids}
        self.changed = {}
        return {"changed": out}

    def cmd_statuses(self) -> dict:
        now = time.monotonic()
        return {"statuses": [[round(now - t, 3), s, r] for t, s, r in self.statuses]}

    def cmd_heartbeat(self, reset: bool = False) -> dict:
        out = {"max_late_ms": round(self.heartbeat.max_late * 1000, 2), "samples": self.heartbeat.samples}
        if reset:
            self.heartbeat.reset()
        return out

    def cmd_ping(self) -> dict:
        return {"pid": os.getpid()}

    def cmd_quit(self) -> dict:
        self.stop_engine()
        self.db.dispose()
        return {"bye": True}


def _engine_timing(args: argparse.Namespace) -> dict:
    from inspect import signature

    from opsdesk.sync.engine import SyncEngine

    params = signature(SyncEngine.__init__).parameters
    out = {}
    if "backoff_min" in params:
        out["backoff_min"] = args.backoff_min
    if "backoff_max" in params:
        out["backoff_max"] = args.backoff_max
    return out


def local_counts(path: Path) -> dict:
    """Pending/rejected ops and last_seq, read straight from the file (works while the engine is stuck)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        pending = conn.execute("SELECT count(*) FROM sync_outbox WHERE state = 'pending'").fetchone()[0]
        rejected = conn.execute("SELECT count(*) FROM sync_outbox WHERE state = 'rejected'").fetchone()[0]
        row = conn.execute("SELECT value FROM sync_state WHERE key = 'last_seq'").fetchone()
    finally:
        conn.close()
    return {"pending": pending, "rejected": rejected, "last_seq": int(row[0]) if row else 0}


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser()
    p.add_argument("--home", required=True)
    p.add_argument("--console", required=True)
    p.add_argument("--operator", default="刘洋")
    p.add_argument("--profile", default="GX-4LEVEL")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--dbname", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--password", default="")
    p.add_argument("--paused", action="store_true", help="do not start the engine until `resume`")
    p.add_argument("--fault", action="append", default=[])
    p.add_argument("--stall", type=float, default=3.0)
    p.add_argument("--skew-hours", type=float, default=0.0)
    p.add_argument("--connect-timeout", type=float, default=2.0)
    p.add_argument("--rtt-timeout", type=float, default=1.5)
    p.add_argument("--backoff-min", type=float, default=0.05)
    p.add_argument("--backoff-max", type=float, default=0.5)
    return p.parse_args(argv)


def main() -> None:
    args = parse()
    os.environ["OPSDESK_HOME"] = args.home
    # every opsdesk module the engine uses is imported before the clock is skewed and seams are wrapped

    if args.skew_hours:
        _skew_clock(args.skew_hours)
    console = Console(args)
    console.faults.install_startup(args.fault, args.stall)
    if not args.paused:
        console.start_engine()
    out = sys.stdout
    print(json.dumps({"ok": True, "ready": True, "pid": os.getpid()}), file=out, flush=True)
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        cmd = json.loads(line)
        name = cmd.get("cmd")
        try:
            answer = {"ok": True, **console.do(cmd)}
        except Exception as exc:  # the parent decides whether that was expected
            answer = {"ok": False, "error": type(exc).__name__, "msg": str(exc)[:500]}
            traceback.print_exc(file=sys.stderr)
        print(json.dumps(answer, ensure_ascii=False, default=str), file=out, flush=True)
        if name == "quit":
            break


if __name__ == "__main__":
    main()
