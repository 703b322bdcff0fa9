"""team store

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 04:24:08.664893

A team store (issue 21): who created and last changed each row, who imported a batch and saved a
revision, and a version on the rows two operators may edit at once (topic, post, goal, campaign) so
a save from a stale copy is noticed. Columns added with ALTER TABLE ADD COLUMN (see 0003).
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('account', sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('account', sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('action_item', sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('action_item', sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('campaign', sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('campaign', sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('campaign', sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    op.add_column('collaboration', sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('collaboration', sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('community', sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('community', sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('goal', sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    op.add_column('goal', sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('import_batch', sa.Column('imported_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('post', sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('post', sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('post', sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    op.add_column('post_revision', sa.Column('saved_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('promotion', sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('promotion', sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('shop_order', sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('shop_order', sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('survey', sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('survey', sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('topic', sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('topic', sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('topic', sa.Column('version', sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('topic', schema=None) as batch_op:
        batch_op.drop_column('version')
        batch_op.drop_column('updated_by')
        batch_op.drop_column('created_by')

    with op.batch_alter_table('survey', schema=None) as batch_op:
        batch_op.drop_column('updated_by')
        batch_op.drop_column('created_by')

    with op.batch_alter_table('shop_order', schema=None) as batch_op:
        batch_op.drop_column('updated_by')
        batch_op.drop_column('created_by')

    with op.batch_alter_table('promotion', schema=None) as batch_op:
        batch_op.drop_column('updated_by')
        batch_op.drop_column('created_by')

    with op.batch_alter_table('post_revision', schema=None) as batch_op:
        batch_op.drop_column('saved_by')

    with op.batch_alter_table('post', schema=None) as batch_op:
        batch_op.drop_column('version')
        batch_op.drop_column('updated_by')
        batch_op.drop_column('created_by')

    with op.batch_alter_table('import_batch', schema=None) as batch_op:
        batch_op.drop_column('imported_by')

    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_column('updated_by')
        batch_op.drop_column('version')

    with op.batch_alter_table('community', schema=None) as batch_op:
        batch_op.drop_column('updated_by')
        batch_op.drop_column('created_by')

    with op.batch_alter_table('collaboration', schema=None) as batch_op:
        batch_op.drop_column('updated_by')
        batch_op.drop_column('created_by')

    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.drop_column('version')
        batch_op.drop_column('updated_by')
        batch_op.drop_column('created_by')

    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_column('updated_by')
        batch_op.drop_column('created_by')

    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_column('updated_by')
        batch_op.drop_column('created_by')

