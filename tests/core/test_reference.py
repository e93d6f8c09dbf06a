"""Reference data: contract profile import keeps built-ins intact."""

from __future__ import annotations

import json

import pytest

from opsdesk.errors import ImportFormatError
from opsdesk.rules.profiles import GX_4LEVEL, profile_to_dict
from opsdesk.services.reference import get_profile, import_profile, open_desk_database


def test_import_under_a_builtin_code_is_refused_and_another_code_is_kept(tmp_path) -> None:
    db = open_desk_database(tmp_path / "r.sqlite3")
    edited = profile_to_dict(GX_4LEVEL) | {"builtin": False}
    edited["levels"][0]["respond_minutes"] = 10
    with db.session() as s, pytest.raises(ImportFormatError) as err:
        import_profile(s, json.dumps(edited), source="gx.json")
    assert "built-in" in err.value.detail
    with db.session() as s:
        assert get_profile(s, "GX-4LEVEL").levels[0].respond.total_seconds() == 15 * 60
        import_profile(s, json.dumps(edited | {"code": "GX-2027"}), source="gx.json")
    db.dispose()
    db = open_desk_database(tmp_path / "r.sqlite3")  # a restart re-seeds built-ins: the import survives
    with db.session() as s:
        assert get_profile(s, "GX-2027").levels[0].respond.total_seconds() == 10 * 60
    db.dispose()
