"""account archived

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 01:22:46.965272
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ALTER TABLE ADD COLUMN, not a batch rebuild: rebuilding `account` drops it, and a drop with
    # foreign keys on would cascade to every post, day and goal of every account.
    op.add_column('account', sa.Column('archived', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_column('archived')
