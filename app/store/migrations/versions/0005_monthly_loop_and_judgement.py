"""monthly loop and judgement

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 03:59:34.641439

The monthly loop (issue 18): action items, accepted month plans, lessons that know where they apply,
topics whose scores are proposed unless typed; and judgement (issue 19): clicks on conversions, a
topic's search keywords. Columns are added with ALTER TABLE ADD COLUMN, never a batch rebuild: a
rebuild drops the table, and with foreign keys on that cascades (as in 0003). Existing topics whose
scores are not the untouched 3/3/3 were scored by hand: they are marked manual, so no proposal
replaces them.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('action_item',
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sqlmodel.sql.sqltypes.AutoString(length=7), nullable=False),
    sa.Column('review_month', sqlmodel.sql.sqltypes.AutoString(length=7), nullable=True),
    sa.Column('platform', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('applies_to', sa.JSON(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('metric', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('baseline', sa.Float(), nullable=True),
    sa.Column('source_kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source_ref', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_item'))
    )
    op.create_index(op.f('ix_action_item_month'), 'action_item', ['month'], unique=False)
    op.create_table('month_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sqlmodel.sql.sqltypes.AutoString(length=7), nullable=False),
    sa.Column('accepted_at', sa.DateTime(), nullable=False),
    sa.Column('written', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_month_plan')),
    sa.UniqueConstraint('month', name=op.f('uq_month_plan_month'))
    )
    op.add_column('conversion', sa.Column('clicks', sa.Integer(), nullable=True))
    op.add_column('goal', sa.Column('basis', sa.JSON(), nullable=True))
    for name in ('platform', 'tool', 'campaign_type', 'source_kind', 'source_ref'):
        op.add_column('lesson', sa.Column(name, sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('lesson', sa.Column('source_id', sa.Integer(), nullable=True))
    op.add_column('lesson', sa.Column('keywords', sa.JSON(), server_default='[]', nullable=False))
    op.add_column('lesson', sa.Column('keep_doing', sa.Boolean(), server_default=sa.false(), nullable=False))
    for name, empty in (('scores_manual', '[]'), ('score_reasons', '{}'), ('search_keywords', '[]'),
                        ('plan_sources', '[]')):
        op.add_column('topic', sa.Column(name, sa.JSON(), server_default=empty, nullable=False))
    op.add_column('topic', sa.Column('plan_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.execute("""UPDATE topic SET scores_manual = '["timeliness", "value", "conversion"]'
                  WHERE NOT (score_timeliness = 3 AND score_value = 3 AND score_conversion = 3)""")


def downgrade() -> None:
    with op.batch_alter_table('topic', schema=None) as batch_op:
        for name in ('plan_reason', 'plan_sources', 'search_keywords', 'score_reasons', 'scores_manual'):
            batch_op.drop_column(name)
    with op.batch_alter_table('lesson', schema=None) as batch_op:
        for name in ('source_ref', 'source_id', 'source_kind', 'keep_doing', 'keywords', 'campaign_type', 'tool',
                     'platform'):
            batch_op.drop_column(name)
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_column('basis')
    with op.batch_alter_table('conversion', schema=None) as batch_op:
        batch_op.drop_column('clicks')
    op.drop_table('month_plan')
    op.drop_index(op.f('ix_action_item_month'), table_name='action_item')
    op.drop_table('action_item')
