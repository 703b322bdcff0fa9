"""post status index only for unpublished

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 04:51:05.271598

Fewer index writes per imported post and snapshot (issue 17): ix_post_status keeps only posts not
yet published — what the drafts list and the day's reminders ask for; every imported post is
published — and ix_post_metrics_captured_on goes: every query on a snapshot's date names the post
too, which uq_post_metrics_post_id_captured_on answers. ix_post_published_at stays: the latest own
post (图表, 诊断) is read from it. Plain index statements, no batch rebuild (see 0004).
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_UNPUBLISHED = "status != 'published'"


def upgrade() -> None:
    op.drop_index('ix_post_metrics_captured_on', table_name='post_metrics')
    op.drop_index('ix_post_status', table_name='post')
    op.create_index('ix_post_status', 'post', ['status'], unique=False,
                    sqlite_where=sa.text(_UNPUBLISHED), postgresql_where=sa.text(_UNPUBLISHED))


def downgrade() -> None:
    op.drop_index('ix_post_status', table_name='post')
    op.create_index('ix_post_status', 'post', ['status'], unique=False)
    op.create_index('ix_post_metrics_captured_on', 'post_metrics', ['captured_on'], unique=False)
