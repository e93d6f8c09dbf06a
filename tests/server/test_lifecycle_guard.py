"""The PL/pgSQL lifecycle guard agrees with opsdesk.rules.lifecycle.step on random event histories."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from servertools import Server

from opsdesk.domain.enums import EventKind
from opsdesk.errors import InvalidTransition
from opsdesk.rules.lifecycle import LifecycleState, step

KINDS = [k.value for k in EventKind]
# histories that start like real ones (created, acknowledged …) find the deep states; pure noise does not
_histories = st.one_of(
    st.lists(st.sampled_from(KINDS), max_size=12),
    st.lists(st.sampled_from(KINDS), max_size=12).map(lambda ks: ["created", *ks]),
    st.lists(
        st.sampled_from(
            [
                "acknowledged",
                "arrived",
                "resolved",
                "closed",
                "reopened",
                "paused",
                "resumed",
                "report_submitted",
            ]
        ),
        max_size=14,
    ).map(lambda ks: ["created", *ks]),
)


def python_verdict(kinds: list[str]) -> str | None:
    state = LifecycleState()
    for k in kinds:
        try:
            state = step(state, EventKind(k))
        except InvalidTransition as exc:
            return f"{exc.status}:{exc.kind}"
    return None


def test_plpgsql_guard_agrees_with_python(server: Server, connect_as) -> None:
    c = connect_as(server.add_role())

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(_histories)
    def check(kinds: list[str]) -> None:
        sql_verdict = c.execute("SELECT opsdesk_lifecycle_check(%s::text[])", [kinds]).fetchone()[0]
        assert sql_verdict == python_verdict(kinds), kinds

    check()


def test_unknown_kind_is_refused(server: Server, connect_as) -> None:
    c = connect_as(server.add_role())
    assert (
        c.execute("SELECT opsdesk_lifecycle_check(ARRAY['created', 'exploded'])").fetchone()[0]
        == "new:exploded"
    )
    assert c.execute("SELECT opsdesk_lifecycle_check(ARRAY[]::text[])").fetchone()[0] is None
