"""other sources

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 04:01:56.063928

Other real sources (issue 20): 抖店 orders, 问卷星 surveys and their answers, 企业微信 daily
statistics; 企业微信 customer fields on members; a live session's numbers on post_metrics. New
columns are added with ALTER TABLE ADD COLUMN, never a batch rebuild (see 0003).
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('community_daily',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('staff', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('department', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('community_id', sa.Integer(), nullable=True),
    sa.Column('requests_sent', sa.Integer(), nullable=True),
    sa.Column('new_customers', sa.Integer(), nullable=True),
    sa.Column('chats', sa.Integer(), nullable=True),
    sa.Column('messages_sent', sa.Integer(), nullable=True),
    sa.Column('reply_share', sa.Float(), nullable=True),
    sa.Column('first_reply_minutes', sa.Float(), nullable=True),
    sa.Column('lost_customers', sa.Integer(), nullable=True),
    sa.Column('groups', sa.Integer(), nullable=True),
    sa.Column('new_groups', sa.Integer(), nullable=True),
    sa.Column('active_groups', sa.Integer(), nullable=True),
    sa.Column('group_members', sa.Integer(), nullable=True),
    sa.Column('new_group_members', sa.Integer(), nullable=True),
    sa.Column('active_group_members', sa.Integer(), nullable=True),
    sa.Column('group_messages', sa.Integer(), nullable=True),
    sa.Column('import_batch_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_community_daily_community_id_community'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['import_batch_id'], ['import_batch.id'], name=op.f('fk_community_daily_import_batch_id_import_batch'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_community_daily')),
    sa.UniqueConstraint('day', 'staff', name=op.f('uq_community_daily_day_staff'))
    )
    with op.batch_alter_table('community_daily', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_community_daily_day'), ['day'], unique=False)

    op.create_table('survey',
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('questions', sa.JSON(), nullable=False),
    sa.Column('import_batch_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['import_batch_id'], ['import_batch.id'], name=op.f('fk_survey_import_batch_id_import_batch'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey'))
    )
    op.create_table('survey_response',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('survey_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('duration_seconds', sa.Integer(), nullable=True),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('region', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('import_batch_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['import_batch_id'], ['import_batch.id'], name=op.f('fk_survey_response_import_batch_id_import_batch'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['survey_id'], ['survey.id'], name=op.f('fk_survey_response_survey_id_survey'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_response')),
    sa.UniqueConstraint('survey_id', 'seq', name=op.f('uq_survey_response_survey_id_seq'))
    )
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_response_survey_id'), ['survey_id'], unique=False)

    op.create_table('shop_order',
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sub_order_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('order_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('product', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('product_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=True),
    sa.Column('amount', sa.Float(), nullable=True),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('paid_at', sa.DateTime(), nullable=True),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('after_sale', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('cancel_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('traffic_source', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('traffic_kind', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('traffic_type', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('creator_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('creator_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('province', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('city', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('valid', sa.Boolean(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.Column('attribution', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=True),
    sa.Column('import_batch_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_shop_order_account_id_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['import_batch_id'], ['import_batch.id'], name=op.f('fk_shop_order_import_batch_id_import_batch'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['post_id'], ['post.id'], name=op.f('fk_shop_order_post_id_post'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shop_order')),
    sa.UniqueConstraint('sub_order_id', name=op.f('uq_shop_order_sub_order_id'))
    )
    with op.batch_alter_table('shop_order', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shop_order_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shop_order_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shop_order_paid_at'), ['paid_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_shop_order_post_id'), ['post_id'], unique=False)

    op.add_column('member', sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('member', sa.Column('owner_account', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('member', sa.Column('added_at', sa.DateTime(), nullable=True))
    op.add_column('member', sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('member', sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('member', sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('member', sa.Column('missing_since', sa.Date(), nullable=True))
    op.add_column('post_metrics', sa.Column('viewers', sa.Integer(), nullable=True))
    op.add_column('post_metrics', sa.Column('peak_online', sa.Integer(), nullable=True))
    op.add_column('post_metrics', sa.Column('avg_online', sa.Float(), nullable=True))
    op.add_column('post_metrics', sa.Column('product_exposures', sa.Integer(), nullable=True))
    op.add_column('post_metrics', sa.Column('duration_seconds', sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('post_metrics', schema=None) as batch_op:
        batch_op.drop_column('duration_seconds')
        batch_op.drop_column('product_exposures')
        batch_op.drop_column('avg_online')
        batch_op.drop_column('peak_online')
        batch_op.drop_column('viewers')

    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_column('missing_since')
        batch_op.drop_column('email')
        batch_op.drop_column('phone')
        batch_op.drop_column('source')
        batch_op.drop_column('added_at')
        batch_op.drop_column('owner_account')
        batch_op.drop_column('owner')

    with op.batch_alter_table('shop_order', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shop_order_post_id'))
        batch_op.drop_index(batch_op.f('ix_shop_order_paid_at'))
        batch_op.drop_index(batch_op.f('ix_shop_order_order_id'))
        batch_op.drop_index(batch_op.f('ix_shop_order_account_id'))

    op.drop_table('shop_order')
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_response_survey_id'))

    op.drop_table('survey_response')
    op.drop_table('survey')
    with op.batch_alter_table('community_daily', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_community_daily_day'))

    op.drop_table('community_daily')
