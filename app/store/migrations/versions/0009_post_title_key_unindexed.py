"""post title key unindexed

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 07:45:00

ix_post_title_key goes (issue 17): no query looks a post up by its title key — an import matches
titles against the account's posts it has loaded, and merging accounts joins on the account's
posts — yet every imported post paid an index insert in random (title) order, the costliest of
its indexes. Topics keep theirs. A plain index statement, no batch rebuild (see 0004).
"""

from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_post_title_key', table_name='post')


def downgrade() -> None:
    op.create_index('ix_post_title_key', 'post', ['title_key'], unique=False)
