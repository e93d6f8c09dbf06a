"""Meeting support: meetings, checklist templates and runs, roll-call, attendees and seating (issue 5).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # being written in this session


def downgrade() -> None:
    pass
