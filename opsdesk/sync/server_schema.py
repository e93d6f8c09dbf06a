"""The server-only objects of the shared PostgreSQL (SYNC_DESIGN.md "Server objects"), made idempotently.

`install(conn)` brings the schema to head with the same Alembic history as the consoles, then (re)creates
the change sequence, the stamping / NOTIFY / audit triggers on every replicated table, the lifecycle and
tombstone guards, the bookkeeping tables, the group roles and their grants. Running it again upgrades:
a table added by a later migration gets its triggers and grants from its registry entry, no SQL needed.

Every writer of replicated rows is ordered by one exclusive advisory lock (CHANGE_LOCK): the stamping
trigger takes it, so sequence values become visible in commit order, and a reader that holds the lock
shared sees every change up to the sequence's last value (no change is skipped because a smaller seq
committed later).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Connection, LargeBinary

from opsdesk.domain.enums import EventKind
from opsdesk.sync.registry import TableSpec, tables

# "opsdesk" read as a big-endian integer: an arbitrary key, fixed forever (old and new code must agree)
CHANGE_LOCK = int.from_bytes(b"opsdesk", "big")
SEQUENCE = "opsdesk_change_seq"
CHANNEL = "opsdesk_changes"
OPERATOR_ROLE = "opsdesk_operator"
SUPERVISOR_ROLE = "opsdesk_supervisor"
GROUP_ROLES = (OPERATOR_ROLE, SUPERVISOR_ROLE)
# tables whose rows an operator may not tombstone (or restore): only supervisors and the owner
TOMBSTONE_GUARDED = ("tickets", "ticket_events")
# trigger names: BEFORE row triggers fire in name order, so the stamp (which takes the lock) comes first
STAMP_TRIGGER = "opsdesk_10_stamp"
TOMBSTONE_TRIGGER = "opsdesk_20_tombstone"
LIFECYCLE_TRIGGER = "opsdesk_30_lifecycle"
AFTER_INSERT_TRIGGER = "opsdesk_90_after_insert"
AFTER_UPDATE_TRIGGER = "opsdesk_90_after_update"


@dataclass(frozen=True)
class InstallReport:
    revision: str
    server_id: str
    tables: tuple[str, ...]


def audit_excluded(spec: TableSpec) -> tuple[str, ...]:
    """Columns whose values never reach the audit log: bytes (attachments), secrets, never-pushed ones."""
    out = set(spec.replication.never_push)
    for c in spec.table.columns:
        name = c.name.lower()
        if isinstance(c.type, LargeBinary) or "secret" in name or "password" in name:
            out.add(c.name)
    return tuple(sorted(out))


def _lifecycle_function(schema: str) -> str:
    """opsdesk.rules.lifecycle.step as PL/pgSQL: NULL when the kinds form a valid history, else
    'status:kind' of the first refused event (status 'none' before CREATED). Keep the two in step: a
    hypothesis test compares them."""
    kinds = ", ".join(f"'{k.value}'" for k in EventKind)
    return f"""
CREATE OR REPLACE FUNCTION {schema}.opsdesk_lifecycle_check(kinds text[]) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
  st text := NULL; arrived boolean := false; acked boolean := false; before_pause text := NULL; k text;
BEGIN
  FOREACH k IN ARRAY coalesce(kinds, '{{}}'::text[]) LOOP
    IF k IS NULL OR k NOT IN ({kinds}) THEN RETURN coalesce(st, 'none') || ':' || coalesce(k, ''); END IF;
    IF st IS NULL THEN
      IF k = 'created' THEN st := 'new'; CONTINUE; END IF;
      RETURN 'none:' || k;
    END IF;
    IF k IN ('comment', 'attachment') THEN CONTINUE; END IF;
    IF k IN ('priority_changed', 'reassigned') AND st <> 'closed' THEN CONTINUE; END IF;
    IF k = 'acknowledged' AND st = 'new' AND NOT acked THEN st := 'acknowledged'; acked := true; CONTINUE; END IF;
    IF k = 'arrived' AND st = 'acknowledged' AND NOT arrived THEN st := 'on_site'; arrived := true; CONTINUE; END IF;
    IF k = 'resolved' AND st IN ('acknowledged', 'on_site') THEN st := 'resolved'; CONTINUE; END IF;
    IF k = 'closed' AND st = 'resolved' THEN st := 'closed'; CONTINUE; END IF;
    IF k = 'reopened' AND st IN ('resolved', 'closed') THEN
      st := CASE WHEN arrived THEN 'on_site' ELSE 'acknowledged' END; CONTINUE;
    END IF;
    IF k = 'paused' AND st IN ('acknowledged', 'on_site') THEN before_pause := st; st := 'paused'; CONTINUE; END IF;
    IF k = 'resumed' AND st = 'paused' THEN
      st := coalesce(before_pause, 'acknowledged'); before_pause := NULL; CONTINUE;
    END IF;
    IF k = 'report_submitted' AND st IN ('resolved', 'closed') THEN CONTINUE; END IF;
    RETURN st || ':' || k;
  END LOOP;
  RETURN NULL;
END $fn$;
"""


def _functions(schema: str) -> str:
    s = schema
    return f"""
CREATE OR REPLACE FUNCTION {s}.opsdesk_stamp() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  -- re-entrant: a writer that bypasses the push code is still ordered with every other writer
  PERFORM pg_advisory_xact_lock({CHANGE_LOCK});
  NEW.server_seq := nextval('{s}.{SEQUENCE}'::regclass);
  RETURN NEW;
END $fn$;

CREATE OR REPLACE FUNCTION {s}.opsdesk_after_write() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {s}, pg_temp AS $fn$
DECLARE top bigint;
BEGIN
  -- statement level, with transition tables: one NOTIFY and one audit INSERT per statement
  SELECT max(server_seq) INTO top FROM new_rows;
  IF top IS NULL THEN RETURN NULL; END IF;
  -- dynamic SQL: planned for this statement's row count each time (a cached plan made for a 10,000-row
  -- batch costs ~70 ms on every later one-row statement of the same session)
  IF TG_OP = 'INSERT' THEN
    EXECUTE $q$
      INSERT INTO {s}.opsdesk_audit(role, console, table_name, row_id, action, data)
      SELECT session_user, current_setting('opsdesk.console', true), $1, n.id, 'insert', to_jsonb(n) - $2
        FROM new_rows n $q$ USING TG_TABLE_NAME, TG_ARGV;
  ELSE
    EXECUTE $q$
      INSERT INTO {s}.opsdesk_audit(role, console, table_name, row_id, action, data)
      SELECT session_user, current_setting('opsdesk.console', true), $1, n.id,
             CASE WHEN n.deleted AND NOT o.deleted THEN 'delete'
                  WHEN o.deleted AND NOT n.deleted THEN 'restore' ELSE 'update' END,
             (SELECT coalesce(jsonb_object_agg(e.key, e.value), '{{}}'::jsonb)
                FROM jsonb_each(j.nj) e WHERE e.key = 'server_seq' OR (j.oj -> e.key) IS DISTINCT FROM e.value)
        FROM new_rows n JOIN old_rows o ON o.id = n.id,
             LATERAL (SELECT to_jsonb(n) - $2 AS nj, to_jsonb(o) AS oj) j $q$ USING TG_TABLE_NAME, TG_ARGV;
  END IF;
  -- the table and the highest seq only: never row content (any role may LISTEN)
  PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ':' || top);
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION {s}.opsdesk_tombstone_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF (TG_OP = 'INSERT' AND NEW.deleted) OR (TG_OP = 'UPDATE' AND NEW.deleted IS DISTINCT FROM OLD.deleted) THEN
    IF NOT pg_has_role(current_user, '{SUPERVISOR_ROLE}', 'MEMBER')
       AND current_user <> (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID) THEN
      RAISE EXCEPTION USING MESSAGE = 'opsdesk:permission:tombstone', ERRCODE = 'P0001',
        DETAIL = TG_TABLE_NAME || ' ' || NEW.id;
    END IF;
  END IF;
  RETURN NEW;
END $fn$;

CREATE OR REPLACE FUNCTION {s}.opsdesk_event_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  ticket_deleted boolean; bad text;
BEGIN
  IF NEW.deleted THEN RETURN NEW; END IF;
  SELECT deleted INTO ticket_deleted FROM {s}.tickets WHERE id = NEW.ticket_id;
  IF NOT FOUND THEN RETURN NEW; END IF;  -- the foreign key refuses it
  IF ticket_deleted THEN
    RAISE EXCEPTION USING MESSAGE = 'opsdesk:deleted_ticket', ERRCODE = 'P0001', DETAIL = NEW.ticket_id;
  END IF;
  -- the ticket's whole history with this event in its place (events may arrive late, from offline desks)
  bad := {s}.opsdesk_lifecycle_check(ARRAY(
    SELECT e.kind FROM (
      SELECT kind, at, recorded_at, id FROM {s}.ticket_events
       WHERE ticket_id = NEW.ticket_id AND NOT deleted AND id <> NEW.id
      UNION ALL SELECT NEW.kind, NEW.at, NEW.recorded_at, NEW.id
    ) e ORDER BY e.at, e.recorded_at, e.id COLLATE "C"));
  IF bad IS NOT NULL THEN
    -- a history that was already invalid (imported before the guard existed) is not this event's fault
    IF {s}.opsdesk_lifecycle_check(ARRAY(
         SELECT kind FROM {s}.ticket_events WHERE ticket_id = NEW.ticket_id AND NOT deleted AND id <> NEW.id
          ORDER BY at, recorded_at, id COLLATE "C")) IS NULL THEN
      RAISE EXCEPTION USING MESSAGE = 'opsdesk:lifecycle:' || bad, ERRCODE = 'P0001', DETAIL = NEW.ticket_id;
    END IF;
  END IF;
  RETURN NEW;
END $fn$;
"""


def _bookkeeping(schema: str) -> str:
    s = schema
    return f"""
CREATE SEQUENCE IF NOT EXISTS {s}.{SEQUENCE};

CREATE TABLE IF NOT EXISTS {s}.opsdesk_server (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  server_id uuid NOT NULL,
  created timestamptz NOT NULL DEFAULT now()
);
INSERT INTO {s}.opsdesk_server(server_id) VALUES (gen_random_uuid()) ON CONFLICT DO NOTHING;

CREATE TABLE IF NOT EXISTS {s}.opsdesk_applied_ops (
  op_id text PRIMARY KEY,
  console text,
  role name NOT NULL DEFAULT session_user,
  applied_at timestamptz NOT NULL DEFAULT now(),
  outcome text NOT NULL,
  reason text NOT NULL DEFAULT '',
  detail jsonb
);

CREATE TABLE IF NOT EXISTS {s}.opsdesk_audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  role name NOT NULL DEFAULT session_user,
  console text DEFAULT current_setting('opsdesk.console', true),
  table_name text NOT NULL,
  row_id text NOT NULL,
  action text NOT NULL,
  data jsonb
);
CREATE INDEX IF NOT EXISTS ix_opsdesk_audit_row ON {s}.opsdesk_audit (table_name, row_id);
"""


def _roles() -> str:
    # one DO block per role: a concurrent init in another database of the cluster may create it first
    out = []
    for role in GROUP_ROLES:
        out.append(f"""
DO $do$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN
    CREATE ROLE {role} NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $do$;""")
    out.append(f"""
DO $do$ BEGIN
  IF NOT pg_has_role('{SUPERVISOR_ROLE}', '{OPERATOR_ROLE}', 'MEMBER') THEN
    GRANT {OPERATOR_ROLE} TO {SUPERVISOR_ROLE};
  END IF;
END $do$;""")
    return "\n".join(out)


def _table_objects(schema: str, spec: TableSpec) -> list[sql.Composable]:
    t = sql.Identifier(schema, spec.name)
    ident = sql.Identifier
    stmts: list[sql.Composable] = []
    for trig in (
        STAMP_TRIGGER,
        TOMBSTONE_TRIGGER,
        LIFECYCLE_TRIGGER,
        AFTER_INSERT_TRIGGER,
        AFTER_UPDATE_TRIGGER,
    ):
        stmts.append(sql.SQL("DROP TRIGGER IF EXISTS {} ON {}").format(ident(trig), t))
    stmts.append(
        sql.SQL(
            "CREATE TRIGGER {} BEFORE INSERT OR UPDATE ON {} FOR EACH ROW EXECUTE FUNCTION {}.opsdesk_stamp()"
        ).format(ident(STAMP_TRIGGER), t, ident(schema))
    )
    if spec.name in TOMBSTONE_GUARDED:
        stmts.append(
            sql.SQL(
                "CREATE TRIGGER {} BEFORE INSERT OR UPDATE ON {} FOR EACH ROW "
                "EXECUTE FUNCTION {}.opsdesk_tombstone_guard()"
            ).format(ident(TOMBSTONE_TRIGGER), t, ident(schema))
        )
    if spec.name == "ticket_events":
        stmts.append(
            sql.SQL(
                "CREATE TRIGGER {} BEFORE INSERT ON {} FOR EACH ROW EXECUTE FUNCTION {}.opsdesk_event_guard()"
            ).format(ident(LIFECYCLE_TRIGGER), t, ident(schema))
        )
    args = sql.SQL(", ").join(sql.Literal(c) for c in audit_excluded(spec))
    stmts.append(
        sql.SQL(
            "CREATE TRIGGER {} AFTER INSERT ON {} REFERENCING NEW TABLE AS new_rows "
            "FOR EACH STATEMENT EXECUTE FUNCTION {}.opsdesk_after_write({})"
        ).format(ident(AFTER_INSERT_TRIGGER), t, ident(schema), args)
    )
    stmts.append(
        sql.SQL(
            "CREATE TRIGGER {} AFTER UPDATE ON {} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
            "FOR EACH STATEMENT EXECUTE FUNCTION {}.opsdesk_after_write({})"
        ).format(ident(AFTER_UPDATE_TRIGGER), t, ident(schema), args)
    )
    stmts.extend(_grants(t, spec))
    return stmts


def _grants(t: sql.Composable, spec: TableSpec) -> list[sql.Composable]:
    """Privileges from the registry entry: nobody but the owner may DELETE or TRUNCATE anything."""
    op, sup = sql.Identifier(OPERATOR_ROLE), sql.Identifier(SUPERVISOR_ROLE)
    rep = spec.replication
    # id and server_seq are never updated by anyone but the server's own trigger
    updatable = sql.SQL(", ").join(
        sql.Identifier(c.name) for c in spec.table.columns if c.name not in ("id", "server_seq")
    )
    writer = sup if rep.supervisor_only else op
    out = [
        sql.SQL("REVOKE ALL ON {} FROM PUBLIC, {}, {}").format(t, op, sup),
        sql.SQL("GRANT SELECT ON {} TO {}").format(t, op),
        sql.SQL("GRANT INSERT ON {} TO {}").format(t, writer),
    ]
    if not rep.append_only:
        out.append(sql.SQL("GRANT UPDATE ({}) ON {} TO {}").format(updatable, t, writer))
    return out


def _fixed_grants(schema: str) -> str:
    s, op = schema, OPERATOR_ROLE
    return f"""
REVOKE ALL ON {s}.opsdesk_audit, {s}.opsdesk_applied_ops, {s}.opsdesk_server FROM PUBLIC, {op}, {SUPERVISOR_ROLE};
REVOKE ALL ON SEQUENCE {s}.{SEQUENCE} FROM PUBLIC, {op}, {SUPERVISOR_ROLE};
GRANT USAGE ON SCHEMA {s} TO {op};
GRANT USAGE, SELECT ON SEQUENCE {s}.{SEQUENCE} TO {op};
GRANT SELECT ON {s}.opsdesk_server TO {op};
GRANT SELECT, INSERT ON {s}.opsdesk_applied_ops TO {op};
GRANT SELECT ON {s}.opsdesk_audit TO {op};
GRANT SELECT ON {s}.alembic_version TO {op};
"""


def _scalar(raw: psycopg.Connection, query: str, params: list | None = None) -> Any:
    row = raw.execute(query, params).fetchone()
    assert row is not None, query
    return row[0]


# after a restore from a backup, the change sequence jumps this far ahead: consoles remember the last seq
# they pulled from the server as it was before, and must never take new changes for ones already seen
RESTORE_GAP = 1_000_000_000_000


def install(conn: Connection, owner_role: str | None = None, after_restore: bool = False) -> InstallReport:
    """Create or upgrade everything on the server, in the caller's transaction (commit to keep it).

    `owner_role` (default: the connected role) will own every object; a superuser may name another role
    it can SET ROLE to. Needs CREATEROLE (or existing group roles). Idempotent. `after_restore` moves the
    change sequence RESTORE_GAP ahead (run once after pg_restore, see docs/SERVER.md).
    """
    from alembic import command

    from opsdesk.storage.migrate import alembic_config

    raw: psycopg.Connection = conn.connection.driver_connection
    if owner_role:
        raw.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(owner_role)))
    # no replicated write may interleave with the re-creation of the triggers
    raw.execute(f"SELECT pg_advisory_xact_lock({CHANGE_LOCK})")
    command.upgrade(alembic_config(conn), "head")
    schema = _scalar(raw, "SELECT current_schema()")
    s = sql.Identifier(schema).as_string(raw)
    raw.execute(_bookkeeping(s))
    raw.execute(_lifecycle_function(s))
    raw.execute(_functions(s))
    raw.execute(_roles())
    raw.execute(_fixed_grants(s))
    # CREATE on the schema is PUBLIC's on PostgreSQL < 15: operators must not create objects (or shadow ours)
    raw.execute(f"REVOKE CREATE ON SCHEMA {s} FROM PUBLIC")
    if after_restore:
        raw.execute(
            f"SELECT setval('{s}.{SEQUENCE}', (SELECT last_value FROM {s}.{SEQUENCE}) + {RESTORE_GAP})"
        )
    done = []
    for spec in tables():
        if (
            _scalar(raw, "SELECT to_regclass(%s)", [f"{s}.{sql.Identifier(spec.name).as_string(raw)}"])
            is None
        ):
            continue  # a model without its migration yet: the migrations test reports that, not init
        for stmt in _table_objects(schema, spec):
            raw.execute(stmt)
        done.append(spec.name)
    rev = _scalar(raw, "SELECT version_num FROM alembic_version")
    sid = _scalar(raw, "SELECT server_id::text FROM opsdesk_server")
    if owner_role:
        raw.execute("RESET ROLE")
    return InstallReport(rev, sid, tuple(done))
