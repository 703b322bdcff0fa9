"""post indexes for imports

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 02:59:41.670517

Fewer index writes per imported post (issue 17 item 4): ix_post_account_id and
ix_post_metrics_post_id repeat the first column of ix_post_account_published and of
uq_post_metrics_post_id_captured_on, which answer the same lookups; ix_post_topic_id and
ix_post_scheduled_at leave out posts without a topic or a schedule (every imported post).
Plain index statements, no batch rebuild: rebuilding `post` would drop it, and with foreign keys on
that cascades to every snapshot.
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def _only_set(column: str) -> dict[str, sa.TextClause]:
    return {"sqlite_where": sa.text(f"{column} IS NOT NULL"), "postgresql_where": sa.text(f"{column} IS NOT NULL")}


def upgrade() -> None:
    op.drop_index('ix_post_account_id', table_name='post')
    op.drop_index('ix_post_metrics_post_id', table_name='post_metrics')
    for column in ('topic_id', 'scheduled_at'):
        op.drop_index(f'ix_post_{column}', table_name='post')
        op.create_index(f'ix_post_{column}', 'post', [column], unique=False, **_only_set(column))


def downgrade() -> None:
    for column in ('topic_id', 'scheduled_at'):
        op.drop_index(f'ix_post_{column}', table_name='post')
        op.create_index(f'ix_post_{column}', 'post', [column], unique=False)
    op.create_index('ix_post_metrics_post_id', 'post_metrics', ['post_id'], unique=False)
    op.create_index('ix_post_account_id', 'post', ['account_id'], unique=False)
