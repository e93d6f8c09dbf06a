"""Offline-first sync between the local SQLite replica and the shared PostgreSQL (issue 3, DESIGN.md §4).

registry: which tables replicate and how; ops: the wire format of a change; outbox: capture of local
changes; pull: applying server rows locally; engine: the background push/pull loop; conflicts: the local
service that lists and resolves conflicts and set-aside operations.
"""
