<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>cli</source>
        <comment>第 {row} 行「{column}」= {value}：{message}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cli</source>
        <comment>……还有 {n} 处问题</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cli</source>
        <comment>= {file}：这个文件已经导入过（导入记录 {batch}），没有改动。</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cli</source>
        <comment>✗ {file}（{label}）：有 {n} 处数据读不出来，整个文件没有导入。可以修正后重新导入，或加 --skip-bad-rows 跳过这些行。</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cli</source>
        <comment>✓ {file}（{label}，统计日期 {date}）：新增 {inserted}，更新 {updated}，未变 {unchanged}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cli</source>
        <comment>… {file}（{label}，统计日期 {date}）预计：新增 {inserted}，更新 {updated}，未变 {unchanged}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cli</source>
        <comment>，其中 {n} 条对应到已排期的草稿</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cli</source>
        <comment>，跳过 {n} 行</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cli</source>
        <comment>（导入记录 {batch}）</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>上个月</source>
        <extracomment>Chips shown in one day cell before &quot;还有 n 条&quot;.</extracomment>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>下个月</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>这个月还没有排期或发布的内容 — 给草稿排上发布时间，或导入本周的平台数据</source>
        <translation>Nothing scheduled or published this month — give your drafts a publish time, or import this week&apos;s platform data</translation>
    </message>
    <message>
        <source>{year} 年 {month} 月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message numerus="yes">
        <source>本月 %n 条内容</source>
        <translation>
            <numerusform>%n post this month</numerusform>
            <numerusform>%n posts this month</numerusform>
        </translation>
    </message>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message numerus="yes">
        <source>还有 %n 条</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>还没有活动 — 策划一场活动：定好类型、目标人数、时间和预算</source>
        <translation>No campaigns yet — plan one: set its type, target numbers, dates and budget</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>各平台粉丝数</source>
        <translation>Followers per platform</translation>
    </message>
    <message>
        <source>还没有粉丝数据 — 导入各平台后台的粉丝数据，这里就会画出每天的粉丝变化</source>
        <translation>No follower data yet — import follower data from each platform&apos;s back end to see daily follower counts here</translation>
    </message>
</context>
<context>
    <name>CommunityTab</name>
    <message>
        <source>还没有社群 — 把你的粉丝群、会员群记进来</source>
        <translation>No communities yet — add your fan groups and member groups</translation>
    </message>
    <message>
        <source>还没有用户数据 — 导入各平台后台导出的粉丝/会员表</source>
        <translation>No member data yet — import the follower/member lists exported from each platform</translation>
    </message>
    <message>
        <source>全部平台</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>全部分层</source>
        <translation>All segments</translation>
    </message>
    <message>
        <source>社群</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>DraftsTab</name>
    <message>
        <source>还没有自己的账号 — 先添加你运营的公众号、抖音、小红书账号，再来写草稿</source>
        <translation>No accounts of your own yet — add the WeChat, Douyin or Xiaohongshu accounts you run, then write drafts</translation>
    </message>
    <message>
        <source>这个平台没有未发布的草稿 — 从选题库挑一个选题，写成这个平台的草稿</source>
        <translation>No unpublished drafts for this platform — pick a topic from the topic library and draft it for this platform</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OpsDesk 运营台</source>
        <extracomment>Which tab shows an item of each kind (for `openItem` routing).</extracomment>
        <translation>OpsDesk</translation>
    </message>
    <message>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>选题库</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>用户与社群</source>
        <translation>Members &amp;&amp; Communities</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>复盘</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>下一版提供</source>
        <translation>Coming in the next version</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>打印复盘…</source>
        <translation>Print review…</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于 OpsDesk</source>
        <translation>About OpsDesk</translation>
    </message>
    <message>
        <source>打开数据文件夹</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>打开日志</source>
        <translation>Open log</translation>
    </message>
    <message>
        <source>数据文件夹：{path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <source>上次备份：{time}</source>
        <translation>Last backup: {time}</translation>
    </message>
    <message>
        <source>还没有备份</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>数据文件夹在同步盘「{folder}」里。同步软件可能在写入时复制数据库，把它弄坏。建议把数据文件夹放到同步盘以外，用「立即备份」把备份放进同步盘。</source>
        <translation>The data folder is inside the sync folder “{folder}”. Sync tools may copy the database mid-write and corrupt it. Move the data folder outside the sync folder and use “Back up now” to put backups there instead.</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>每日自动备份没有成功，详情见日志。</source>
        <translation>The daily automatic backup failed; see the log for details.</translation>
    </message>
    <message>
        <source>选择要恢复的备份</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <source>OpsDesk 备份 (*.db);;所有文件 (*)</source>
        <translation>OpsDesk backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>用备份 {file} 替换现在的全部数据？
现在的数据会先自动备份一份，恢复后也能找回。</source>
        <translation>Replace all current data with the backup {file}?
The current data is backed up first, so you can get it back.</translation>
    </message>
    <message>
        <source>已从 {file} 恢复，所有页面已刷新。</source>
        <translation>Restored from {file}; all pages refreshed.</translation>
    </message>
    <message>
        <source>欢迎使用 OpsDesk</source>
        <translation>Welcome to OpsDesk</translation>
    </message>
    <message>
        <source>这里还没有数据。要先载入一份演示数据看看效果吗？</source>
        <translation>There is no data here yet. Load some demo data to see how it works?</translation>
    </message>
    <message>
        <source>演示数据是一个护肤品牌一年的运营记录，可以随便改。想要干净的数据时，换一个数据文件夹即可。</source>
        <translation>The demo data is a year of a skincare brand&apos;s operations; change it freely. For clean data, just choose another data folder.</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>从空白开始</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <source>正在载入演示数据…</source>
        <translation>Loading demo data…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OpsDesk 运营台 {version}&lt;/h3&gt;&lt;p&gt;新媒体运营的本地工作台：计划、制作、分发、复盘。&lt;/p&gt;&lt;p&gt;数据只存在这台电脑上：{path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OpsDesk {version}&lt;/h3&gt;&lt;p&gt;A local workbench for new-media operators: plan, produce, distribute, review.&lt;/p&gt;&lt;p&gt;Your data stays on this computer: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>还没有日志文件。</source>
        <translation>There is no log file yet.</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>复盘月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>发布内容（条）</source>
        <translation>Posts published</translation>
    </message>
    <message>
        <source>阅读 / 播放</source>
        <translation>Reads / plays</translation>
    </message>
    <message>
        <source>互动（赞评转藏）</source>
        <translation>Interactions (likes, comments, shares, saves)</translation>
    </message>
    <message>
        <source>净增粉丝</source>
        <translation>Net new followers</translation>
    </message>
    <message>
        <source>转化</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>收入</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>活动（场）</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>分平台</source>
        <translation>By platform</translation>
    </message>
    <message>
        <source>还没有可以复盘的数据 — 导入本月各平台的内容数据和粉丝数据</source>
        <translation>No data to review yet — import this month&apos;s content and follower data from each platform</translation>
    </message>
    <message>
        <source>{year} 年 {month} 月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>发布（条）</source>
        <translation>Published</translation>
    </message>
</context>
<context>
    <name>SearchableTable</name>
    <message>
        <source>搜索…</source>
        <extracomment>Store tables whose change makes this tab refresh.</extracomment>
        <translation>Search…</translation>
    </message>
    <message>
        <source>共 %n 条</source>
        <translation>%n items</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TopicsTab</name>
    <message>
        <source>还没有选题 — 把想到的选题记进来，或从热点日历里挑一个节点开始</source>
        <translation>No topics yet — jot down your topic ideas, or start from a date on the hot-topic calendar</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>还需发 {n} 篇</source>
        <extracomment>Setting key of the posting plan: {&quot;douyin&quot;: 7, &quot;wechat&quot;: 3} posts per week per platform. &quot;还需发 N 篇&quot; for the month header; format with n after translating.</extracomment>
        <translation>{n} more posts needed</translation>
    </message>
    <message>
        <source>预热</source>
        <extracomment>How a campaign bar is labelled; translate with context &quot;calendar&quot;.</extracomment>
        <translation>Warm-up</translation>
    </message>
    <message>
        <source>活动中</source>
        <translation>Campaign running</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>广告法极限词</source>
        <extracomment>The setting holding the operator&apos;s word-list edits: {category: {&quot;added&quot;: {word: suggestion}, &quot;removed&quot;: [word]}}. Word categories, each with its file `resources/wordlists/&lt;code&gt;.txt`; labels are shown to the user.</extracomment>
        <translation>Advertising Law absolute terms</translation>
    </message>
    <message>
        <source>功效/医疗用语</source>
        <translation>Efficacy/medical claims</translation>
    </message>
    <message>
        <source>小红书站外导流词</source>
        <translation>Xiaohongshu off-platform traffic words</translation>
    </message>
    <message>
        <source>平台敏感词</source>
        <translation>Platform sensitive words</translation>
    </message>
    <message>
        <source>标题</source>
        <extracomment>Names of the draft fields, for messages.</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>作者</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>文案</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>开头钩子</source>
        <translation>Opening hook</translation>
    </message>
    <message>
        <source>封面文字</source>
        <translation>Cover text</translation>
    </message>
    <message>
        <source>开头痛点</source>
        <translation>Opening pain point</translation>
    </message>
    <message>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>行动号召</source>
        <translation>Call to action</translation>
    </message>
    <message>
        <source>话题标签</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>分镜脚本</source>
        <translation>Scene script</translation>
    </message>
    <message>
        <source>删除或换个说法</source>
        <translation>Delete it or rephrase</translation>
    </message>
    <message>
        <source>「{text}」是{label}，发布前必须改掉。建议：{suggestion}</source>
        <translation>“{text}” is {label} and must be changed before publishing. Suggestion: {suggestion}</translation>
    </message>
    <message>
        <source>「{text}」是{label}，可能被限流或审核不通过。建议：{suggestion}</source>
        <translation>“{text}” is {label} and may be throttled or rejected in review. Suggestion: {suggestion}</translation>
    </message>
    <message>
        <source>{field_name}最多 {limit} 字，现在 {count} 字，多出的部分已标出。</source>
        <translation>{field_name} allows at most {limit} characters; it has {count}. The excess is marked.</translation>
    </message>
    <message>
        <source>{field_name}至少 {limit} 字，现在只有 {count} 字。</source>
        <translation>{field_name} needs at least {limit} characters; it has only {count}.</translation>
    </message>
    <message>
        <source>缺少开头 3 秒的钩子：第一句就抛出痛点、问题或结果，留住观众。</source>
        <translation>No hook in the first 3 seconds: open with the pain point, a question or the result to keep viewers watching.</translation>
    </message>
    <message>
        <source>开头没有钩子：第一句试试用痛点、提问或数字抓住读者。</source>
        <translation>No opening hook: try grabbing readers in the first sentence with a pain point, a question or a number.</translation>
    </message>
    <message>
        <source>缺少行动号召：结尾告诉读者下一步做什么（关注、收藏、评论、点链接 …）。</source>
        <translation>No call to action: end by telling readers what to do next (follow, save, comment, click the link …).</translation>
    </message>
    <message>
        <source>话题标签有 {count} 个，超过平台上限 {limit} 个。</source>
        <translation>{count} hashtags, more than the platform&apos;s limit of {limit}.</translation>
    </message>
    <message>
        <source>话题标签有 {count} 个，建议 {low}–{high} 个。</source>
        <translation>{count} hashtags; {low}–{high} are recommended.</translation>
    </message>
    <message>
        <source>小红书标题里没有关键词「{keyword}」，用户搜不到这篇笔记。</source>
        <translation>The Xiaohongshu title lacks the keyword “{keyword}”, so searches will not find this note.</translation>
    </message>
    <message>
        <source>关键词「{keyword}」尽量放在标题最前面。</source>
        <translation>Put the keyword “{keyword}” as early in the title as you can.</translation>
    </message>
    <message>
        <source>标题和正文里都没有关键词「{keyword}」。</source>
        <translation>Neither the title nor the body contains the keyword “{keyword}”.</translation>
    </message>
    <message>
        <source>还没有写标题。</source>
        <translation>No title yet.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>合计 {n} 人</source>
        <translation>{n} people in total</translation>
    </message>
    <message>
        <source>已把 {n} 位{segment}导出到 {file}</source>
        <translation>Exported {n} {segment} to {file}</translation>
    </message>
    <message>
        <source>还没有分层记录。</source>
        <translation>No segment records yet.</translation>
    </message>
    <message>
        <source>还没有反馈。</source>
        <translation>No feedback yet.</translation>
    </message>
    <message>
        <source>已把 {n} 个需求主题导出到 {file}</source>
        <translation>Exported {n} need topics to {file}</translation>
    </message>
    <message>
        <source>已记下反馈 #{id}</source>
        <translation>Feedback #{id} recorded</translation>
    </message>
    <message>
        <source>反馈 #{id} 已转成选题 #{topic}</source>
        <translation>Feedback #{id} turned into topic #{topic}</translation>
    </message>
    <message>
        <source>没有选题。</source>
        <translation>No topics.</translation>
    </message>
    <message>
        <source>（手动）</source>
        <translation>(manual)</translation>
    </message>
    <message>
        <source>编号  加权分  优先级  状态  月份  时效/价值/转化  标题</source>
        <translation>ID  Weighted  Priority  Status  Month  Time/Value/Conv  Title</translation>
    </message>
    <message>
        <source>没有发现问题。</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>必须改</source>
        <translation>Must fix</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>已导出 {n} 张表、{rows} 行到 {file}</source>
        <translation>Exported {n} sheets, {rows} rows to {file}</translation>
    </message>
    <message>
        <source>已添加热点 {name}（编号 {id}）</source>
        <translation>Added hot date {name} (ID {id})</translation>
    </message>
    <message>
        <source>已删除热点 {id}</source>
        <translation>Deleted hot date {id}</translation>
    </message>
    <message>
        <source>全部账号</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>{month} 目标完成情况</source>
        <translation>Goal progress for {month}</translation>
    </message>
    <message>
        <source>  这个月还没有设目标。</source>
        <translation>  No goals set for this month.</translation>
    </message>
    <message>
        <source>目标已保存：</source>
        <translation>Goals saved:</translation>
    </message>
    <message>
        <source>{month}：{posts} 篇内容，{hot} 个热点，{campaigns} 段活动，{rituals} 次社群活动</source>
        <translation>{month}: {posts} posts, {hot} hot dates, {campaigns} campaign periods, {rituals} community events</translation>
    </message>
    <message>
        <source>日历文件已导出到 {path}</source>
        <translation>Calendar file exported to {path}</translation>
    </message>
    <message>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>还没有设发布计划。</source>
        <translation>No posting plan set yet.</translation>
    </message>
    <message>
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>已恢复。恢复前的数据备份在 {path}</source>
        <translation>Restored. The data from before the restore is backed up at {path}</translation>
    </message>
    <message>
        <source>演示数据已写入 {folder}</source>
        <translation>Demo data written to {folder}</translation>
    </message>
    <message>
        <source>{month} 诊断：{count} 条发现</source>
        <extracomment>The promotion fields `promotions --json` carries, in order.</extracomment>
        <translation>{month} diagnosis: {count} findings</translation>
    </message>
    <message>
        <source>共 {count} 条投放，{flagged} 条建议停投</source>
        <translation>{count} boosts, {flagged} recommended to stop</translation>
    </message>
    <message>
        <source>已撤销导入记录 {batch_id}（{file}）：删除 {deleted} 行，恢复 {restored} 行。</source>
        <translation>Undid import {batch_id} ({file}): deleted {deleted} rows, restored {restored} rows.</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>还没有导入记录。</source>
        <translation>No imports yet.</translation>
    </message>
    <message>
        <source>模板已保存到 {path}</source>
        <translation>Template saved to {path}</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>选题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>计划月份</source>
        <translation>Planned month</translation>
    </message>
    <message>
        <source>时效性</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>价值度</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>转化力</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>适合平台</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>排期</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>所属选题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>最后修改</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>昵称</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>社群</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>分层</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>首次出现</source>
        <translation>First seen</translation>
    </message>
    <message>
        <source>最近活跃</source>
        <translation>Last active</translation>
    </message>
    <message>
        <source>购买次数</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>消费金额</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>群主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>成员数</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>目标参与</source>
        <translation>Target participants</translation>
    </message>
    <message>
        <source>目标涨粉</source>
        <translation>Target followers</translation>
    </message>
    <message>
        <source>目标转化</source>
        <translation>Target conversions</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>community</name>
    <message>
        <source>周一</source>
        <extracomment>Where a community lives, as operators name it (data, not UI strings). Weekday names for rituals, 0 = Monday.</extracomment>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>编号</source>
        <extracomment>The members table&apos;s columns: key, header (context &quot;community&quot;), SQL expression. Sort by any key.</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>昵称</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>社群</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>分层</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>首次关注</source>
        <translation>First followed</translation>
    </message>
    <message>
        <source>最近活跃</source>
        <translation>Last active</translation>
    </message>
    <message>
        <source>近30天活跃天数</source>
        <translation>Active days (30 d)</translation>
    </message>
    <message>
        <source>近30天浏览分钟</source>
        <translation>Browsing minutes (30 d)</translation>
    </message>
    <message>
        <source>购买次数</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>消费金额</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>需求：最常提到 {items}（共 {n} 条内容类反馈）</source>
        <translation>Needs: most often mentioned {items} ({n} content feedback items)</translation>
    </message>
    <message>
        <source>痛点：集中在 {items}（共 {n} 条产品和服务类反馈）</source>
        <translation>Pain points: mostly {items} ({n} product and service feedback items)</translation>
    </message>
    <message>
        <source>偏好：关注 {items}，最活跃在 {hour} 点前后</source>
        <translation>Preferences: interested in {items}, most active around {hour}:00</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>周一</source>
        <extracomment>Monday first, as Chinese calendars show the week (SQLite&apos;s %w counts Sunday as 0).</extracomment>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>凌晨 0–7点</source>
        <extracomment>Time slots of the best-time heat map: (first hour, hour after the last, label).</extracomment>
        <translation>Night 0–7</translation>
    </message>
    <message>
        <source>早上 7–9点</source>
        <translation>Early morning 7–9</translation>
    </message>
    <message>
        <source>上午 9–12点</source>
        <translation>Morning 9–12</translation>
    </message>
    <message>
        <source>中午 12–14点</source>
        <translation>Noon 12–14</translation>
    </message>
    <message>
        <source>下午 14–18点</source>
        <translation>Afternoon 14–18</translation>
    </message>
    <message>
        <source>晚上 18–21点</source>
        <translation>Evening 18–21</translation>
    </message>
    <message>
        <source>深夜 21–24点</source>
        <translation>Late night 21–24</translation>
    </message>
</context>
<context>
    <name>diagnosis</name>
    <message>
        <source>提示</source>
        <extracomment>Severities from least to most urgent (the tab sorts and filters by them).</extracomment>
        <translation>Tip</translation>
    </message>
    <message>
        <source>机会</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>高阅读低转化</source>
        <translation>High reads, low conversion</translation>
    </message>
    <message>
        <source>完播率低</source>
        <translation>Low completion rate</translation>
    </message>
    <message>
        <source>高转化方向</source>
        <translation>High-converting direction</translation>
    </message>
    <message>
        <source>互动少</source>
        <translation>Low interaction</translation>
    </message>
    <message>
        <source>主要流量来源</source>
        <translation>Main traffic source</translation>
    </message>
    <message>
        <source>投放亏损</source>
        <translation>Boost losing money</translation>
    </message>
    <message>
        <source>涨粉成本高</source>
        <translation>Costly follower growth</translation>
    </message>
    <message>
        <source>掉粉异常</source>
        <translation>Unusual unfollows</translation>
    </message>
    <message>
        <source>发布不足</source>
        <translation>Too few posts</translation>
    </message>
    <message>
        <source>目标落后</source>
        <translation>Behind target</translation>
    </message>
    <message>
        <source>《{title}》浏览量 {views} 是账号中位数的 {times} 倍，但转化率只有 {rate}（中位数 {median}）。流量来了没接住：检查产品链接是否醒目、落地页是否顺畅，文中把引导说得更直接。</source>
        <translation>“{title}” had {views} views, {times} × the account&apos;s median, but a conversion rate of only {rate} (median {median}). The traffic came but was not caught: make the product link prominent, check the landing page, and make the call to action more direct.</translation>
    </message>
    <message>
        <source>《{title}》完播率 {rate}，明显低于账号中位数 {median}。开头太慢或选题跑偏：前 3 秒直接抛出痛点或结果，选题贴近粉丝关心的事。</source>
        <translation>“{title}” has a completion rate of {rate}, well below the account&apos;s median of {median}. The opening is too slow or the topic is off: state the pain point or result in the first 3 seconds and stay close to what followers care about.</translation>
    </message>
    <message>
        <source>《{title}》转化率 {rate}，是账号中位数 {median} 的 {times} 倍（选题：{topic}；形式：{format}）。这个方向值得复用：同一选题换角度再做几篇，沿用这种形式。</source>
        <translation>“{title}” converts at {rate}, {times} × the account&apos;s median of {median} (topic: {topic}; format: {format}). Reuse this direction: do more posts on the same topic from new angles in the same format.</translation>
    </message>
    <message>
        <source>《{title}》互动率 {rate}，不到账号中位数 {median} 的一半。加强互动引导：结尾抛一个问题让大家留言，或做评论区抽奖。</source>
        <translation>“{title}” has an interaction rate of {rate}, less than half the account&apos;s median of {median}. Prompt more interaction: end with a question for comments, or run a comment-section giveaway.</translation>
    </message>
    <message>
        <source>本月 {share} 的流量来自「{name}」。这是主要流量来源，多投入：优先在这里发、花心思做。</source>
        <translation>{share} of this month&apos;s traffic came from “{name}”. It is the main traffic source — invest more: post there first and put in the effort.</translation>
    </message>
    <message>
        <source>{name} 在 {day} 取消关注 {unfollows} 人，是此前 {days} 天平均（{average}）的 {times} 倍。回看当天发了什么、有没有推送过多或引起反感的内容。</source>
        <translation>{name} lost {unfollows} followers on {day}, {times} × the average of the previous {days} days ({average}). Look at what was posted that day and whether there were too many pushes or off-putting content.</translation>
    </message>
    <message>
        <source>{name} 本月发了 {published} 篇，计划应发 {expected} 篇（每周 {per_week} 篇）。发布不足，提前备稿、排进日历。</source>
        <translation>{name} published {published} posts this month; the plan calls for {expected} ({per_week} a week). Too few posts: prepare drafts ahead and put them on the calendar.</translation>
    </message>
    <message>
        <source>{name}「{metric}」目标 {target}，实际 {actual}，完成 {ratio}。目标没达成：复盘原因，调整下月打法或目标。</source>
        <translation>{name} “{metric}” target {target}, actual {actual}, {ratio} achieved. Target missed: review why and adjust next month&apos;s approach or target.</translation>
    </message>
    <message>
        <source>{name}「{metric}」目标 {target}，到今天按进度应有 {expected}，实际 {actual}。进度落后：加推高转化内容或活动追一追。</source>
        <translation>{name} “{metric}” target {target}; by today it should be at {expected}, actual {actual}. Behind schedule: push more high-converting content or a campaign to catch up.</translation>
    </message>
    <message>
        <source>无转化数据：{name} 本月的内容没有转化数，无法判断高阅读低转化和高转化方向。导入订单/线索数据后再看。</source>
        <translation>No conversion data: {name}&apos;s posts this month have no conversions, so high-reads-low-conversion and high-converting directions cannot be judged. Import order/lead data and check again.</translation>
    </message>
    <message>
        <source>无完播率数据：{name} 本月的内容没有完播率，无法判断完播问题。</source>
        <translation>No completion data: {name}&apos;s posts this month have no completion rate, so completion problems cannot be judged.</translation>
    </message>
    <message>
        <source>无互动数据：{name} 本月的内容缺少点赞/评论/分享/收藏中的一项，无法计算互动率。</source>
        <translation>No interaction data: {name}&apos;s posts this month lack likes, comments, shares or saves, so the interaction rate cannot be computed.</translation>
    </message>
    <message>
        <source>历史数据太少：{name} 只有 {count} 篇内容有{metric}，至少要 {needed} 篇才能和账号平时比较。</source>
        <translation>Too little history: only {count} of {name}&apos;s posts have {metric}; at least {needed} are needed to compare with the account&apos;s usual level.</translation>
    </message>
    <message>
        <source>无取关数据：{name} 本月没有取消关注人数，无法判断掉粉异常。</source>
        <translation>No unfollow data: {name} has no unfollow counts this month, so unusual unfollows cannot be judged.</translation>
    </message>
    <message>
        <source>无浏览数据：本月的内容没有浏览量，无法判断主要流量来源。</source>
        <translation>No view data: this month&apos;s posts have no views, so the main traffic source cannot be judged.</translation>
    </message>
    <message>
        <source>未设置发布计划：在日历里设定每个平台每周发几篇，才能判断发布是否不足。</source>
        <translation>No posting plan: set how many posts per week each platform gets in the calendar to judge whether there are too few.</translation>
    </message>
    <message>
        <source>无实际数据：{name}「{metric}」有目标，但本月还没有导入相应数据，无法判断进度。</source>
        <translation>No actual data: {name} “{metric}” has a target, but no matching data has been imported this month, so progress cannot be judged.</translation>
    </message>
    <message>
        <source>无成交数据：投放「{name}」是转化目标，但没有花费或成交金额，无法计算投入产出比。</source>
        <translation>No sales data: boost “{name}” aims at conversion but has no spend or sales amount, so ROI cannot be computed.</translation>
    </message>
    <message>
        <source>浏览量</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>转化率</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>完播率</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>互动率</source>
        <translation>Interaction rate</translation>
    </message>
    <message>
        <source>图文</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>视频</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>图片</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>直播</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>涨粉</source>
        <translation>Followers gained</translation>
    </message>
    <message>
        <source>阅读/播放</source>
        <translation>Reads/plays</translation>
    </message>
    <message>
        <source>发布篇数</source>
        <translation>Posts published</translation>
    </message>
    <message>
        <source>转化</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>成交额</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>未关联选题</source>
        <translation>No topic</translation>
    </message>
    <message>
        <source>全部账号</source>
        <translation>All accounts</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <source>合规（无违禁词、无夸大承诺）</source>
        <extracomment>Fields an editor may change through `save_draft` (and that a revision keeps). The internal-review checklist: key → label (合规、品牌调性、事实、行动号召).</extracomment>
        <translation>Compliant (no banned words, no exaggerated claims)</translation>
    </message>
    <message>
        <source>品牌调性</source>
        <translation>Brand tone</translation>
    </message>
    <message>
        <source>事实和数据核对</source>
        <translation>Facts and figures checked</translation>
    </message>
    <message>
        <source>行动号召清楚</source>
        <translation>Clear call to action</translation>
    </message>
    <message>
        <source>撰写中</source>
        <extracomment>Allowed status moves. Leaving internal review forward needs a passed review; `scheduled` needs a time and no error-level finding; `published` goes through `mark_published`.</extracomment>
        <translation>Drafting</translation>
    </message>
    <message>
        <source>内审</source>
        <translation>Internal review</translation>
    </message>
    <message>
        <source>小范围测试</source>
        <translation>Small test</translation>
    </message>
    <message>
        <source>修改中</source>
        <translation>Revising</translation>
    </message>
    <message>
        <source>已排期</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>从选题创建</source>
        <translation>Create from topic</translation>
    </message>
    <message>
        <source>恢复到 {saved_at} 的版本</source>
        <translation>Restore the version of {saved_at}</translation>
    </message>
    <message>
        <source>记录小范围测试反馈</source>
        <translation>Record small-test feedback</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>日期 {value} 看不懂，请写成 2026-05-31 这样。</source>
        <translation>Cannot read the date {value}; write it like 2026-05-31.</translation>
    </message>
    <message>
        <source>阈值 {value} 要写成 名称=数值，如 core_spend=800。</source>
        <translation>Write threshold {value} as name=value, e.g. core_spend=800.</translation>
    </message>
    <message>
        <source>读不了正文文件 {path}：{reason}。</source>
        <translation>Cannot read the body file {path}: {reason}.</translation>
    </message>
    <message>
        <source>正文文件 {path} 不是文本文件（既不是 UTF-8 也不是 GB18030 编码）。</source>
        <translation>The body file {path} is not a text file (neither UTF-8 nor GB18030).</translation>
    </message>
    <message>
        <source>命令参数不对：{detail}。运行 opsdesk-cli --help 查看用法。</source>
        <translation>Wrong command arguments: {detail}. Run opsdesk-cli --help for usage.</translation>
    </message>
    <message>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>OpsDesk 出错了（{kind}），没有写入任何数据。详情见数据文件夹里的日志。</source>
        <translation>OpsDesk hit an error ({kind}); nothing was written. See the log in the data folder for details.</translation>
    </message>
    <message>
        <source>日期 {value} 看不懂，请写成 2026-03-08 这样。</source>
        <translation>Cannot read the date {value}; write it like 2026-03-08.</translation>
    </message>
    <message>
        <source>没有类别 {kind}，可选：{choices}。</source>
        <translation>No category {kind}; choose from: {choices}.</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的热点。</source>
        <translation>No hot date with ID {id}.</translation>
    </message>
    <message>
        <source>找不到符合条件的自有账号（平台 {platform}，账号 {account}）。</source>
        <translation>No own account matches (platform {platform}, account {account}).</translation>
    </message>
    <message>
        <source>平台 {platform} 有多个自有账号：{names}。请用 --account 指定。</source>
        <translation>Platform {platform} has several own accounts: {names}. Choose one with --account.</translation>
    </message>
    <message>
        <source>权重 {value} 看不懂，请写 12 个用逗号分隔的数。</source>
        <translation>Cannot read the weights {value}; write 12 numbers separated by commas.</translation>
    </message>
    <message>
        <source>无法写入 {path}：{reason}。</source>
        <translation>Cannot write {path}: {reason}.</translation>
    </message>
    <message>
        <source>{value} 看不懂，请写成 douyin=7 这样。</source>
        <translation>Cannot read {value}; write it like douyin=7.</translation>
    </message>
    <message>
        <source>数据文件夹 {folder} 里已经有数据，没有写入演示数据。要替换成演示数据，请加 --force（会先自动备份）。</source>
        <translation>The data folder {folder} already has data; no demo data written. To replace it with demo data, add --force (a backup is taken first).</translation>
    </message>
    <message>
        <source>OpsDesk 打不开</source>
        <translation>OpsDesk cannot open</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的内容。</source>
        <translation>No post with ID {id}.</translation>
    </message>
    <message>
        <source>《{title}》已经发布，不能改期。</source>
        <translation>“{title}” is already published and cannot be rescheduled.</translation>
    </message>
    <message>
        <source>没有平台 {platform}。</source>
        <translation>No platform {platform}.</translation>
    </message>
    <message>
        <source>每周篇数要在 0 到 100 之间。</source>
        <translation>Posts per week must be between 0 and 100.</translation>
    </message>
    <message>
        <source>不认识平台“{platform}”。可用的平台代码：{codes}。</source>
        <extracomment>The draft fields this platform&apos;s editor shows (plus the structure fields), in order.</extracomment>
        <translation>Unknown platform “{platform}”. Platform codes: {codes}.</translation>
    </message>
    <message>
        <source>没有“{category}”这个词库。</source>
        <extracomment>folded word -&gt; (category code, entry); category ALLOW for allow-listed words.</extracomment>
        <translation>There is no word list “{category}”.</translation>
    </message>
    <message>
        <source>社群名称不能为空。</source>
        <extracomment>Separators operators put between tags; all are read as one.</extracomment>
        <translation>The community needs a name.</translation>
    </message>
    <message>
        <source>已经有叫“{name}”的社群了，换个名字吧。</source>
        <translation>A community named “{name}” already exists; choose another name.</translation>
    </message>
    <message>
        <source>社群人数不能是负数。</source>
        <translation>The community size cannot be negative.</translation>
    </message>
    <message>
        <source>固定活动“{title}”填得不完整：需要名称、星期几、开始时间（如 20:00）和时长（分钟）。</source>
        <translation>The regular event “{title}” is incomplete: it needs a name, weekday, start time (e.g. 20:00) and duration (minutes).</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的社群，可能已被删除。</source>
        <translation>No community with ID {id}; it may have been deleted.</translation>
    </message>
    <message>
        <source>月份 {value} 看不懂，请写成 2026-05 这样的格式。</source>
        <extracomment>Metrics the platform comparison shows, in order.</extracomment>
        <translation>Cannot read the month {value}; write it like 2026-05.</translation>
    </message>
    <message>
        <source>结束日期 {end} 早于开始日期 {start}。</source>
        <translation>The end date {end} is before the start date {start}.</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的草稿，可能已被删除。</source>
        <translation>No draft with ID {id}; it may have been deleted.</translation>
    </message>
    <message>
        <source>请至少选一个平台。</source>
        <translation>Choose at least one platform.</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的选题，可能已被删除。</source>
        <translation>No topic with ID {id}; it may have been deleted.</translation>
    </message>
    <message>
        <source>还没有这些平台的自有账号：{platforms}。请先在账号里添加，再创建草稿。</source>
        <translation>No own accounts yet on these platforms: {platforms}. Add the accounts first, then create drafts.</translation>
    </message>
    <message>
        <source>时间“{value}”不对，请写成 2025-03-15 20:00。</source>
        <translation>The time “{value}” is wrong; write it like 2025-03-15 20:00.</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的历史版本。</source>
        <translation>No saved version with ID {id}.</translation>
    </message>
    <message>
        <source>还有 {count} 处必须修改，改好后才能发布：
{items}</source>
        <translation>{count} things must be fixed before publishing:
{items}</translation>
    </message>
    <message>
        <source>草稿现在是“{current}”，不能直接改成“{target}”。可以改成：{allowed}。</source>
        <translation>The draft is “{current}” and cannot go straight to “{target}”. It can go to: {allowed}.</translation>
    </message>
    <message>
        <source>内审还没通过：请勾选全部检查项（合规、品牌调性、事实、行动号召）并填写审核人。</source>
        <translation>Internal review not passed: tick every check (compliance, brand tone, facts, call to action) and fill in the reviewer.</translation>
    </message>
    <message>
        <source>发布请用“标记已发布”，并填写发布时间和链接。</source>
        <translation>To publish, use “Mark as published” and fill in the publish time and link.</translation>
    </message>
    <message>
        <source>请先填写计划发布时间，再排期。</source>
        <translation>Fill in the planned publish time before scheduling.</translation>
    </message>
    <message>
        <source>请填写审核人。</source>
        <translation>Fill in the reviewer.</translation>
    </message>
    <message>
        <source>只有“内审”状态的草稿才能填写内审结果。</source>
        <translation>Only drafts in internal review can get a review result.</translation>
    </message>
    <message>
        <source>请填写发布时间。</source>
        <translation>Fill in the publish time.</translation>
    </message>
    <message>
        <source>反馈内容不能为空。</source>
        <translation>The feedback cannot be empty.</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>“{value}”不是可用的{field}，可选：{choices}。</source>
        <translation>“{value}” is not a valid {field}; choose from: {choices}.</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的反馈，可能已被删除。</source>
        <translation>No feedback with ID {id}; it may have been deleted.</translation>
    </message>
    <message>
        <source>月份 {month} 看不懂，请写成 2026-03 这样。</source>
        <extracomment>Decimal places a target is split to: counts are whole numbers, money goes to the fen.</extracomment>
        <translation>Cannot read the month {month}; write it like 2026-03.</translation>
    </message>
    <message>
        <source>没有指标 {metric}，可选：{choices}。</source>
        <translation>No metric {metric}; choose from: {choices}.</translation>
    </message>
    <message>
        <source>权重必须是非负数，且不能全是 0。</source>
        <translation>Weights must be non-negative and not all 0.</translation>
    </message>
    <message>
        <source>目标不能是负数。</source>
        <translation>A target cannot be negative.</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的自有账号。</source>
        <translation>No own account with ID {id}.</translation>
    </message>
    <message>
        <source>月度权重要正好 12 个，现在是 {n} 个。</source>
        <translation>Exactly 12 monthly weights are needed; there are {n}.</translation>
    </message>
    <message>
        <source>热点名称不能为空。</source>
        <translation>The hot date needs a name.</translation>
    </message>
    <message>
        <source>提前准备天数不能是负数。</source>
        <translation>Preparation days cannot be negative.</translation>
    </message>
    <message>
        <source>没有叫 {key} 的分层阈值。</source>
        <translation>No segment threshold named {key}.</translation>
    </message>
    <message>
        <source>分层阈值 {key} 的值 {value} 不能用：需要不小于 {minimum} 的{kind}。</source>
        <translation>The value {value} of segment threshold {key} is not allowed: it must be a {kind} of at least {minimum}.</translation>
    </message>
    <message>
        <source>整数</source>
        <translation>whole number</translation>
    </message>
    <message>
        <source>数字</source>
        <translation>number</translation>
    </message>
    <message>
        <source>月份 {month} 的格式不对，请写成 2026-05 这样。</source>
        <translation>The month {month} is in the wrong format; write it like 2026-05.</translation>
    </message>
    <message>
        <source>没有 {segment} 这个分层，可选：core、potential、churned、new。</source>
        <extracomment>Columns of the outreach export; the headers are the members import template&apos;s, so it imports back.</extracomment>
        <translation>No segment {segment}; choose from: core, potential, churned, new.</translation>
    </message>
    <message>
        <source>无法写入 {path}：{reason}。请换一个位置，或先关掉正在打开它的 Excel。</source>
        <translation>Cannot write {path}: {reason}. Choose another location, or first close Excel if it has the file open.</translation>
    </message>
    <message>
        <source>权重必须是数字。</source>
        <extracomment>The monthly plan&apos;s suggested size (DESIGN §2: 10–15 topics a month). Statuses that count as &quot;in the month&apos;s plan&quot;. What `what_worked` may rank by.</extracomment>
        <translation>Weights must be numbers.</translation>
    </message>
    <message>
        <source>权重不能是负数，也不能全部为 0。</source>
        <translation>Weights cannot be negative or all 0.</translation>
    </message>
    <message>
        <source>月份“{month}”不对，请写成 2025-03 这样的年-月。</source>
        <translation>The month “{month}” is wrong; write year-month like 2025-03.</translation>
    </message>
    <message>
        <source>选题标题不能为空。</source>
        <translation>The topic needs a title.</translation>
    </message>
    <message>
        <source>评分必须是 1 到 5 的整数（现在是“{value}”）。</source>
        <translation>Scores must be whole numbers from 1 to 5 (got “{value}”).</translation>
    </message>
    <message>
        <source>截止日期“{value}”不对，请写成 2025-03-15。</source>
        <translation>The due date “{value}” is wrong; write it like 2025-03-15.</translation>
    </message>
    <message>
        <source>不认识平台“{platform}”。</source>
        <translation>Unknown platform “{platform}”.</translation>
    </message>
    <message>
        <source>“{value}”不是可选的值。</source>
        <translation>“{value}” is not one of the choices.</translation>
    </message>
    <message>
        <source>请先选择月份。</source>
        <translation>Choose a month first.</translation>
    </message>
    <message>
        <source>选题 {id} 不在 {month} 的计划里，无法调整顺序。</source>
        <translation>Topic {id} is not in the plan for {month}, so it cannot be reordered.</translation>
    </message>
    <message>
        <source>不能按“{metric}”排序。</source>
        <translation>Cannot sort by “{metric}”.</translation>
    </message>
    <message>
        <source>没有这张表：{names}。可以导出的表：{known}</source>
        <translation>No such table: {names}. Tables that can be exported: {known}</translation>
    </message>
    <message>
        <source>读不了这个工作簿：{reason}</source>
        <translation>Cannot read this workbook: {reason}</translation>
    </message>
    <message>
        <source>这不是 OpsDesk 导出的整库工作簿（工作表名对不上）。</source>
        <translation>This is not a whole-store workbook exported by OpsDesk (the sheet names do not match).</translation>
    </message>
    <message>
        <source>工作表 {sheet} 缺少列 {columns}，没有导入任何数据。</source>
        <translation>Sheet {sheet} lacks the columns {columns}; nothing was imported.</translation>
    </message>
    <message>
        <source>工作表 {sheet} 第 {row} 行「{column}」的值「{value}」不对，没有导入任何数据。</source>
        <translation>Sheet {sheet}, row {row}, “{column}”: the value “{value}” is wrong; nothing was imported.</translation>
    </message>
    <message>
        <source>工作表 {sheet} 里有行和已有数据冲突（{reason}），没有导入任何数据。</source>
        <translation>Sheet {sheet} has rows that conflict with existing data ({reason}); nothing was imported.</translation>
    </message>
    <message>
        <source>无法创建数据文件夹 {folder}：{reason}。请换一个有写入权限的位置。</source>
        <translation>Cannot create the data folder {folder}: {reason}. Choose a location you can write to.</translation>
    </message>
    <message>
        <source>还没有数据文件 {file}，没有可备份的内容。</source>
        <translation>There is no data file {file} yet, so there is nothing to back up.</translation>
    </message>
    <message>
        <source>备份没有通过完整性检查（{verdict}），数据文件可能已损坏。</source>
        <translation>The backup failed its integrity check ({verdict}); the data file may be damaged.</translation>
    </message>
    <message>
        <source>找不到备份文件 {file}。</source>
        <translation>Cannot find the backup file {file}.</translation>
    </message>
    <message>
        <source>{file} 不是完好的数据库文件（{verdict}），没有恢复，现有数据没有改动。</source>
        <translation>{file} is not an intact database file ({verdict}); nothing was restored and your data is unchanged.</translation>
    </message>
    <message>
        <source>{file} 是更新版本的 OpsDesk 做的备份，这个版本恢复不了。请先升级 OpsDesk。</source>
        <translation>{file} is a backup from a newer OpsDesk that this version cannot restore. Please update OpsDesk first.</translation>
    </message>
    <message>
        <source>{file} 不是 OpsDesk 的备份（没有版本信息），没有恢复，现有数据没有改动。</source>
        <translation>{file} is not an OpsDesk backup (no version information); nothing was restored and your data is unchanged.</translation>
    </message>
    <message>
        <source>OpsDesk 已经在使用数据文件夹 {folder}（另一个窗口开着）。请切换到已打开的窗口，或先关掉它。</source>
        <translation>OpsDesk is already using the data folder {folder} (another window is open). Switch to that window, or close it first.</translation>
    </message>
    <message>
        <source>{file} 不是 OpsDesk 的数据文件（里面的表不认识）。请换一个数据文件夹，或从备份恢复。</source>
        <translation>{file} is not an OpsDesk data file (its tables are unknown). Choose another data folder, or restore from a backup.</translation>
    </message>
    <message>
        <source>数据文件 {file} 已损坏，打不开（{reason}）。请从备份恢复：opsdesk-cli restore 备份文件。</source>
        <translation>The data file {file} is damaged and cannot be opened ({reason}). Restore from a backup: opsdesk-cli restore BACKUP_FILE.</translation>
    </message>
    <message>
        <source>数据文件 {file} 是更新版本的 OpsDesk 写的（版本 {stored}），这个版本打不开。请升级 OpsDesk 后再打开，数据没有改动。</source>
        <translation>The data file {file} was written by a newer OpsDesk (version {stored}) and this version cannot open it. Update OpsDesk and open it again; your data is unchanged.</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not finish</translation>
    </message>
    <message>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>OpsDesk 遇到了一个意外错误，刚才的操作可能没有完成。已保存的数据不受影响。</source>
        <translation>OpsDesk ran into an unexpected error and the last action may not have finished. Your saved data is not affected.</translation>
    </message>
    <message>
        <source>错误信息已写进日志：{path}
可以继续使用；如果反复出现，请把日志发给开发者。</source>
        <translation>The error was written to the log: {path}
You can keep working; if it keeps happening, send the log to the developers.</translation>
    </message>
    <message>
        <source>打开日志</source>
        <translation>Open log</translation>
    </message>
    <message>
        <source>日期“{value}”不对，请写成 YYYY-MM-DD，例如 2026-08-01。</source>
        <translation>The date “{value}” is wrong; write it as YYYY-MM-DD, e.g. 2026-08-01.</translation>
    </message>
    <message>
        <source>无法写入 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>私信</source>
        <extracomment>Operator-facing names (translate with context &quot;feedback&quot;).</extracomment>
        <translation>Direct message</translation>
    </message>
    <message>
        <source>社群</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>问卷</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>评论</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>已排期</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>不做</source>
        <translation>Won&apos;t do</translation>
    </message>
    <message>
        <source>{category}（未打标签）</source>
        <extracomment>Theme of feedback that carries no tag: its category name in this template.</extracomment>
        <translation>{category} (untagged)</translation>
    </message>
    <message>
        <source>来自用户反馈 #{id}（{source}，{day}{member}）：
「{text}」</source>
        <translation>From user feedback #{id} ({source}, {day}{member}):
“{text}”</translation>
    </message>
    <message>
        <source>用户需求清单</source>
        <translation>User needs list</translation>
    </message>
</context>
<context>
    <name>goals</name>
    <message>
        <source>涨粉</source>
        <extracomment>How the goals table names each metric; translate with context &quot;goals&quot;.</extracomment>
        <translation>Followers gained</translation>
    </message>
    <message>
        <source>阅读/播放</source>
        <translation>Reads/plays</translation>
    </message>
    <message>
        <source>发布篇数</source>
        <translation>Posts published</translation>
    </message>
    <message>
        <source>转化</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>成交额</source>
        <translation>Sales</translation>
    </message>
</context>
<context>
    <name>hotdates</name>
    <message>
        <source>法定节假日</source>
        <extracomment>How long before a date an operator starts preparing, by kind (the data file may say otherwise). How the calendar names each kind; translate with context &quot;hotdates&quot;.</extracomment>
        <translation>Public holidays</translation>
    </message>
    <message>
        <source>节日</source>
        <translation>Festivals</translation>
    </message>
    <message>
        <source>节气</source>
        <translation>Solar terms</translation>
    </message>
    <message>
        <source>电商大促</source>
        <translation>Shopping festivals</translation>
    </message>
    <message>
        <source>季节节点</source>
        <translation>Seasonal moments</translation>
    </message>
    <message>
        <source>行业日</source>
        <translation>Industry days</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>提前 {n} 天准备</source>
        <extracomment>Public holidays as `holidays` names them in zh_CN; 农历除夕 comes from the lunar festivals instead. Lunar festivals operators ride: (name, lunar month, lunar day). 春节/端午节/中秋节 are public holidays; 中元节 is left out on purpose (brands stay away from it). Hint shown with an upcoming hot date; format with n=lead_days after translating.</extracomment>
        <translation>Prepare {n} days ahead</translation>
    </message>
</context>
<context>
    <name>ics</name>
    <message>
        <source>预热：{name}</source>
        <translation>Warm-up: {name}</translation>
    </message>
    <message>
        <source>活动：{name}</source>
        <translation>Campaign: {name}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>找不到文件“{file}”。</source>
        <translation>Cannot find the file “{file}”.</translation>
    </message>
    <message>
        <source>“{file}”不是表格文件（Excel、WPS 表格或 CSV），无法导入。</source>
        <translation>“{file}” is not a spreadsheet (Excel, WPS or CSV) and cannot be imported.</translation>
    </message>
    <message>
        <source>“{file}”已损坏或没有下载完整，打不开。请重新从平台后台下载后再导入。</source>
        <translation>“{file}” is damaged or not fully downloaded and cannot be opened. Download it again from the platform and import it.</translation>
    </message>
    <message>
        <source>“{file}”设置了打开密码。请在 Excel 或 WPS 里取消密码、另存一份后再导入。</source>
        <translation>“{file}” has an open password. Remove the password in Excel or WPS, save a copy and import that.</translation>
    </message>
    <message>
        <source>“{file}”是空的，里面没有可导入的数据。</source>
        <translation>“{file}” is empty; there is nothing to import.</translation>
    </message>
    <message>
        <source>认不出“{file}”是哪个平台的什么数据。文件里的列：{columns}。请用“自定义列对应”告诉 OpsDesk 每一列是什么。</source>
        <translation>Cannot tell which platform or data “{file}” comes from. Its columns: {columns}. Use “Custom column mapping” to tell OpsDesk what each column is.</translation>
    </message>
    <message>
        <source>“{file}”的内部结构异常（疑似恶意构造的文件），已拒绝导入。</source>
        <translation>“{file}” has an abnormal internal structure (possibly a malicious file) and was refused.</translation>
    </message>
    <message>
        <source>“{file}”解压后异常巨大（疑似恶意构造的文件），已拒绝导入。</source>
        <translation>“{file}” is abnormally large when unpacked (possibly a malicious file) and was refused.</translation>
    </message>
    <message>
        <source>“{file}”超过 {limit} 行，太大了。请按时间分成几个文件再导入。</source>
        <translation>“{file}” has more than {limit} rows, which is too many. Split it by date into several files and import those.</translation>
    </message>
    <message>
        <source>“{file}”只有表头，没有数据行。</source>
        <translation>“{file}” has only a header row and no data.</translation>
    </message>
    <message>
        <source>有好几个自己的{platform}账号：{names}。请用 --account 指定导入到哪一个。</source>
        <translation>You have several {platform} accounts: {names}. Choose the one to import into with --account.</translation>
    </message>
    <message>
        <source>“{name}”是对标账号，不是自己的账号，不能把后台数据导入到它名下。</source>
        <translation>“{name}” is a benchmark account, not your own, so back-end data cannot be imported into it.</translation>
    </message>
    <message>
        <source>没有叫“{name}”的导入格式。</source>
        <translation>There is no import format named “{name}”.</translation>
    </message>
    <message>
        <source>不认识的平台“{value}”。可以写：{names}。</source>
        <translation>Unknown platform “{value}”. You can write: {names}.</translation>
    </message>
    <message>
        <source>“{file}”看起来不是{platform}的导出文件（找到的列：{columns}）。</source>
        <translation>“{file}” does not look like a {platform} export (columns found: {columns}).</translation>
    </message>
    <message>
        <source>自定义列对应至少要指定{fields}这几列。</source>
        <translation>A custom column mapping must at least specify these columns: {fields}.</translation>
    </message>
    <message>
        <source>没有编号为 {batch_id} 的导入记录。</source>
        <translation>No import with ID {batch_id}.</translation>
    </message>
    <message>
        <source>导入记录 {batch_id} 已经撤销过了。</source>
        <translation>Import {batch_id} has already been undone.</translation>
    </message>
    <message>
        <source>导入记录 {batch_id} 之后又导入了 {later}，改动了同样的数据。请先撤销后面的导入，再撤销这一次。</source>
        <translation>Import {batch_id} was followed by {later}, which changed the same data. Undo the later imports first, then this one.</translation>
    </message>
    <message>
        <source>应是 1 到 5 的整数</source>
        <translation>must be a whole number from 1 to 5</translation>
    </message>
    <message>
        <source>不认识的选题来源</source>
        <translation>unknown topic source</translation>
    </message>
    <message>
        <source>不认识的选题状态</source>
        <translation>unknown topic status</translation>
    </message>
    <message>
        <source>不认识的指标（可写：涨粉、阅读、发布、转化、成交金额）</source>
        <translation>unknown metric (write: followers, reads, posts, conversions, sales)</translation>
    </message>
    <message>
        <source>不认识的推广目标（可写：涨粉、互动、转化）</source>
        <translation>unknown promotion objective (write: followers, interaction, conversion)</translation>
    </message>
    <message>
        <source>不是数字</source>
        <extracomment>Excel&apos;s day 0 (with the 1900 leap-year bug folded in, as every reader does).</extracomment>
        <translation>not a number</translation>
    </message>
    <message>
        <source>应是整数</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>比率不在 0–100% 之间</source>
        <translation>rate is not between 0 and 100%</translation>
    </message>
    <message>
        <source>不是时长</source>
        <translation>not a duration</translation>
    </message>
    <message>
        <source>时长不能是负数</source>
        <translation>a duration cannot be negative</translation>
    </message>
    <message>
        <source>日期不存在</source>
        <translation>no such date</translation>
    </message>
    <message>
        <source>不是日期</source>
        <translation>not a date</translation>
    </message>
    <message>
        <source>不是月份</source>
        <translation>not a month</translation>
    </message>
    <message>
        <source>既不是平台名，也不是自己的账号名</source>
        <translation>neither a platform name nor one of your account names</translation>
    </message>
    <message>
        <source>这个平台有多个账号，请写账号名</source>
        <translation>this platform has several accounts; write the account name</translation>
    </message>
    <message>
        <source>这一列不能为空</source>
        <translation>this column cannot be empty</translation>
    </message>
    <message>
        <source>没有标题、发布时间或作品编号，无法对应到具体内容</source>
        <translation>no title, publish time or post ID, so it cannot be matched to a post</translation>
    </message>
    <message>
        <source>请指定这个文件是哪个平台的数据（--platform）。</source>
        <translation>Specify which platform this file comes from (--platform).</translation>
    </message>
    <message>
        <source>正在写入</source>
        <translation>Writing</translation>
    </message>
    <message>
        <source>后来的导入或手工录入</source>
        <extracomment>Children whose rows would vanish (or lose their parent) if a batch&apos;s new parents were deleted.</extracomment>
        <translation>a later import or manual entry</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>撰写中</source>
        <extracomment>Display labels of enum codes (Chinese source; views translate with context &quot;labels&quot;).</extracomment>
        <translation>Drafting</translation>
    </message>
    <message>
        <source>内部审核</source>
        <translation>Internal review</translation>
    </message>
    <message>
        <source>小范围测试</source>
        <translation>Small test</translation>
    </message>
    <message>
        <source>修改中</source>
        <translation>Revising</translation>
    </message>
    <message>
        <source>已排期</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>图文</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>视频</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>图片笔记</source>
        <translation>Image note</translation>
    </message>
    <message>
        <source>直播</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>热点</source>
        <translation>Hot topic</translation>
    </message>
    <message>
        <source>用户需求</source>
        <translation>User need</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>竞品</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <source>想法</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>已排进计划</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>制作中</source>
        <translation>In production</translation>
    </message>
    <message>
        <source>搁置</source>
        <translation>Shelved</translation>
    </message>
    <message>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>核心用户</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>潜力用户</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>流失用户</source>
        <translation>Churned</translation>
    </message>
    <message>
        <source>新用户</source>
        <translation>New</translation>
    </message>
    <message>
        <source>裂变</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>打卡</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>互动抽奖</source>
        <translation>Giveaway</translation>
    </message>
    <message>
        <source>涨粉</source>
        <translation>Followers gained</translation>
    </message>
    <message>
        <source>转化</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>曝光</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>策划中</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>预热中</source>
        <translation>Warming up</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>已复盘</source>
        <translation>Reviewed</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <source>浏览量</source>
        <extracomment>The SQL expression over `m` (post_metrics) and `platform`; None for account/promotion metrics. The interaction parts each platform exports; platforms not listed use all four.</extracomment>
        <translation>Views</translation>
    </message>
    <message>
        <source>内容被打开/播放的次数；导出里只有阅读人数时，用阅读人数代替。</source>
        <translation>Times the content was opened/played; when the export only has readers, readers are used.</translation>
    </message>
    <message>
        <source>公众号：总阅读次数；新版导出只有阅读人数时用阅读人数。</source>
        <translation>WeChat: total reads; newer exports with only readers use readers.</translation>
    </message>
    <message>
        <source>抖音：播放量。</source>
        <translation>Douyin: plays.</translation>
    </message>
    <message>
        <source>小红书：观看量（不是曝光）。</source>
        <translation>Xiaohongshu: views (not impressions).</translation>
    </message>
    <message>
        <source>视频号：播放量。</source>
        <translation>Channels: plays.</translation>
    </message>
    <message>
        <source>微博：阅读数。</source>
        <translation>Weibo: reads.</translation>
    </message>
    <message>
        <source>B站：播放。</source>
        <translation>Bilibili: plays.</translation>
    </message>
    <message>
        <source>知乎：阅读（视频回答为播放）。</source>
        <translation>Zhihu: reads (plays for video answers).</translation>
    </message>
    <message>
        <source>快手：播放量。</source>
        <translation>Kuaishou: plays.</translation>
    </message>
    <message>
        <source>头条号：阅读(播放)量。</source>
        <translation>Toutiao: reads (plays).</translation>
    </message>
    <message>
        <source>阅读人数</source>
        <translation>Readers</translation>
    </message>
    <message>
        <source>看过内容的人数（去重），目前只有公众号导出。</source>
        <translation>Unique people who viewed the content; only WeChat exports it so far.</translation>
    </message>
    <message>
        <source>曝光</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>内容被展示的次数（小红书曝光、头条展现量）；视频号、公众号文章明细没有。</source>
        <translation>Times the content was shown (Xiaohongshu impressions, Toutiao impressions); Channels and WeChat article details have none.</translation>
    </message>
    <message>
        <source>点赞</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>点赞数。</source>
        <translation>Number of likes.</translation>
    </message>
    <message>
        <source>视频号：「喜欢」（👍）的次数；「推荐」（♡）记在在看/推荐里。</source>
        <translation>Channels: number of “likes” (👍); “recommend” (♡) is counted under wows/recommend.</translation>
    </message>
    <message>
        <source>评论</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>评论数。</source>
        <translation>Number of comments.</translation>
    </message>
    <message>
        <source>分享</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>分享/转发次数。</source>
        <translation>Shares/reposts.</translation>
    </message>
    <message>
        <source>公众号：总分享次数。</source>
        <translation>WeChat: total shares.</translation>
    </message>
    <message>
        <source>收藏</source>
        <translation>Saves</translation>
    </message>
    <message>
        <source>收藏数；视频号和微博不导出收藏。</source>
        <translation>Saves; Channels and Weibo do not export saves.</translation>
    </message>
    <message>
        <source>互动数</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>点赞 + 评论 + 分享 + 收藏；缺任何一项时不计算（不做部分相加）。</source>
        <translation>Likes + comments + shares + saves; not computed when any one is missing (no partial sums).</translation>
    </message>
    <message>
        <source>视频号没有收藏：互动数 = 喜欢 + 评论 + 分享。</source>
        <translation>Channels has no saves: interactions = likes + comments + shares.</translation>
    </message>
    <message>
        <source>微博没有收藏：互动数 = 点赞 + 评论 + 转发。</source>
        <translation>Weibo has no saves: interactions = likes + comments + reposts.</translation>
    </message>
    <message>
        <source>公众号：点赞 + 评论 + 分享 + 收藏，来自单篇详情导出；文章列表导出没有点赞和评论，互动数为空。</source>
        <translation>WeChat: likes + comments + shares + saves from the per-article export; the article-list export has no likes or comments, so interactions are empty.</translation>
    </message>
    <message>
        <source>互动率</source>
        <translation>Interaction rate</translation>
    </message>
    <message>
        <source>互动数 ÷ 浏览量；任何一项缺失时为空，不用部分相加。</source>
        <translation>Interactions ÷ views; empty when either is missing, never a partial sum.</translation>
    </message>
    <message>
        <source>视频号：（喜欢 + 评论 + 分享）÷ 播放量，平台不导出收藏。</source>
        <translation>Channels: (likes + comments + shares) ÷ plays; the platform does not export saves.</translation>
    </message>
    <message>
        <source>微博：（点赞 + 评论 + 转发）÷ 阅读数，平台不导出收藏。</source>
        <translation>Weibo: (likes + comments + reposts) ÷ reads; the platform does not export saves.</translation>
    </message>
    <message>
        <source>涨粉</source>
        <translation>Followers gained</translation>
    </message>
    <message>
        <source>因这篇内容新增的关注。</source>
        <translation>New followers gained from this content.</translation>
    </message>
    <message>
        <source>公众号：阅读后关注人数。</source>
        <translation>WeChat: follows after reading.</translation>
    </message>
    <message>
        <source>涨粉转化率</source>
        <translation>Follow conversion rate</translation>
    </message>
    <message>
        <source>涨粉 ÷ 浏览量。</source>
        <translation>Followers gained ÷ views.</translation>
    </message>
    <message>
        <source>完播率</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>看完的比例，按平台导出的完播率/阅读完成率。</source>
        <translation>Share who finished, from the platform&apos;s completion/read-through rate.</translation>
    </message>
    <message>
        <source>公众号：阅读完成率（读完的人 ÷ 阅读人数）。</source>
        <translation>WeChat: read-through rate (readers who finished ÷ readers).</translation>
    </message>
    <message>
        <source>5秒完播率</source>
        <translation>5-second completion rate</translation>
    </message>
    <message>
        <source>看满 5 秒的比例（抖音）。</source>
        <translation>Share who watched at least 5 seconds (Douyin).</translation>
    </message>
    <message>
        <source>2秒跳出率</source>
        <translation>2-second bounce rate</translation>
    </message>
    <message>
        <source>2 秒内划走的比例（抖音）。</source>
        <translation>Share who swiped away within 2 seconds (Douyin).</translation>
    </message>
    <message>
        <source>平均观看时长</source>
        <translation>Average watch time</translation>
    </message>
    <message>
        <source>平均每次播放/阅读停留的秒数。</source>
        <translation>Average seconds per play/read.</translation>
    </message>
    <message>
        <source>封面点击率</source>
        <translation>Cover click-through rate</translation>
    </message>
    <message>
        <source>看到封面后点进来的比例（点击 ÷ 曝光），按平台导出。</source>
        <translation>Share who clicked after seeing the cover (clicks ÷ impressions), from the platform export.</translation>
    </message>
    <message>
        <source>转化</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>内容带来的订单/线索：快照里的转化数，没有时取归到这篇内容的转化记录（订单，没有订单时取线索）。</source>
        <translation>Orders/leads the content brought: the conversions in the snapshot, else the conversion records attributed to this post (orders, or leads when there are no orders).</translation>
    </message>
    <message>
        <source>转化率</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>转化 ÷ 浏览量。</source>
        <translation>Conversions ÷ views.</translation>
    </message>
    <message>
        <source>成交金额</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>内容带来的成交金额（元）。</source>
        <translation>Sales the content brought (yuan).</translation>
    </message>
    <message>
        <source>粉丝数</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>当天的累计关注人数（账号每日数据）。</source>
        <translation>Total followers that day (account daily data).</translation>
    </message>
    <message>
        <source>新增关注</source>
        <translation>New follows</translation>
    </message>
    <message>
        <source>当天新关注的人数。</source>
        <translation>People who followed that day.</translation>
    </message>
    <message>
        <source>取消关注</source>
        <translation>Unfollows</translation>
    </message>
    <message>
        <source>当天取消关注的人数。</source>
        <translation>People who unfollowed that day.</translation>
    </message>
    <message>
        <source>净增关注</source>
        <translation>Net follows</translation>
    </message>
    <message>
        <source>新增关注 − 取消关注；导出没有净增时用两者相减。</source>
        <translation>New follows − unfollows; computed from the two when the export has no net figure.</translation>
    </message>
    <message>
        <source>流失率</source>
        <translation>Churn rate</translation>
    </message>
    <message>
        <source>期内取消关注 ÷ 期初粉丝数。</source>
        <translation>Unfollows in the period ÷ followers at its start.</translation>
    </message>
    <message>
        <source>花费</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>推广实际花费（元，保留到分）。</source>
        <translation>Actual promotion spend (yuan, to the fen).</translation>
    </message>
    <message>
        <source>点击率</source>
        <translation>Click-through rate</translation>
    </message>
    <message>
        <source>推广点击 ÷ 曝光；曝光为 0 时为空。</source>
        <translation>Promotion clicks ÷ impressions; empty when impressions are 0.</translation>
    </message>
    <message>
        <source>转化率（推广）</source>
        <translation>Conversion rate (promotion)</translation>
    </message>
    <message>
        <source>推广转化 ÷ 点击；点击为 0 时为空。</source>
        <translation>Promotion conversions ÷ clicks; empty when clicks are 0.</translation>
    </message>
    <message>
        <source>单次转化成本</source>
        <translation>Cost per conversion</translation>
    </message>
    <message>
        <source>花费 ÷ 转化；转化为 0 时为空。</source>
        <translation>Spend ÷ conversions; empty when conversions are 0.</translation>
    </message>
    <message>
        <source>投入产出比</source>
        <translation>Return on spend</translation>
    </message>
    <message>
        <source>成交金额 ÷ 花费（ROI）；低于 1 就是亏钱；花费为 0 时为空。</source>
        <translation>Sales ÷ spend (ROI); below 1 loses money; empty when spend is 0.</translation>
    </message>
    <message>
        <source>单个粉丝成本</source>
        <translation>Cost per follower</translation>
    </message>
    <message>
        <source>花费 ÷ 涨粉；涨粉为 0 时为空。</source>
        <translation>Spend ÷ followers gained; empty when none were gained.</translation>
    </message>
</context>
<context>
    <name>promotions</name>
    <message>
        <source>投入产出比只有 {roi}（花 {spend} 元，成交 {revenue} 元），每花 1 元收不回 1 元。建议停投，先改落地页或换人群，再小额测试。</source>
        <translation>ROI is only {roi} (spent ¥{spend}, sales ¥{revenue}): each yuan spent brings back less than a yuan. Stop the boost, fix the landing page or change the audience, then test again with a small budget.</translation>
    </message>
    <message>
        <source>单个粉丝成本 {cost} 元，是这个账号平时（{usual} 元）的 {times} 倍。建议停投，换内容或人群后再试。</source>
        <translation>Cost per follower is ¥{cost}, {times} × this account&apos;s usual (¥{usual}). Stop the boost and try again with other content or another audience.</translation>
    </message>
    <message>
        <source>花了 {spend} 元没有带来一个粉丝。建议停投，换内容或人群后再试。</source>
        <translation>Spent ¥{spend} without gaining a single follower. Stop the boost and try again with other content or another audience.</translation>
    </message>
</context>
<context>
    <name>segments</name>
    <message>
        <source>核心用户</source>
        <extracomment>Segment codes in the order the UI lists them. Operator-facing segment names (translate with context &quot;segments&quot;).</extracomment>
        <translation>Core</translation>
    </message>
    <message>
        <source>潜力用户</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>流失用户</source>
        <translation>Churned</translation>
    </message>
    <message>
        <source>新用户</source>
        <translation>New</translation>
    </message>
    <message>
        <source>新用户：首次关注在最近几天内</source>
        <extracomment>The thresholds as the settings page shows them: key, label, unit, lowest allowed value, whole number?</extracomment>
        <translation>New: first followed within the last</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <source>核心用户：近30天活跃天数至少</source>
        <translation>Core: active days in the last 30 at least</translation>
    </message>
    <message>
        <source>或近30天浏览时长至少</source>
        <translation>or browsing time in the last 30 days at least</translation>
    </message>
    <message>
        <source>分钟</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>核心用户：购买次数至少</source>
        <translation>Core: purchases at least</translation>
    </message>
    <message>
        <source>次</source>
        <translation>times</translation>
    </message>
    <message>
        <source>或消费金额至少</source>
        <translation>or spend at least</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>流失用户：超过几天没有活跃</source>
        <translation>Churned: inactive for more than</translation>
    </message>
    <message>
        <source>流失用户：购买次数不超过</source>
        <translation>Churned: purchases at most</translation>
    </message>
    <message>
        <source>首次关注在最近 {new_days} 天内（即使已经购买，也先走新人欢迎路径）</source>
        <extracomment>The rules in words, in precedence order, for the settings page and the strategy cards.</extracomment>
        <translation>First followed within the last {new_days} days (even buyers start on the welcome path)</translation>
    </message>
    <message>
        <source>高活跃（近30天活跃 ≥ {core_active_days} 天或浏览 ≥ {core_browse_minutes} 分钟）且高转化（购买 ≥ {core_purchases} 次或消费 ≥ {core_spend} 元）</source>
        <translation>Highly active (≥ {core_active_days} active days or ≥ {core_browse_minutes} browsing minutes in 30 days) and converting (≥ {core_purchases} purchases or ≥ ¥{core_spend} spent)</translation>
    </message>
    <message>
        <source>超过 {churn_days} 天没有活跃（或没有最近活跃时间且近30天活跃 0 天），且购买 ≤ {churn_max_purchases} 次</source>
        <translation>Inactive for more than {churn_days} days (or no last-active date and 0 active days in 30), and ≤ {churn_max_purchases} purchases</translation>
    </message>
    <message>
        <source>其余用户：有互动或买过，但还不稳定；数据缺失的用户也先放在这里</source>
        <translation>Everyone else: has interacted or bought but is not steady yet; members with missing data go here too</translation>
    </message>
    <message>
        <source>专属福利（如内部课程）</source>
        <extracomment>One strategy card per segment: what to do with these people (data, Chinese, context &quot;segments&quot;).</extracomment>
        <translation>Exclusive perks (e.g. insider courses)</translation>
    </message>
    <message>
        <source>留住最有价值的人，让他们带来口碑和转介绍</source>
        <translation>Keep your most valuable people and let them bring word of mouth and referrals</translation>
    </message>
    <message>
        <source>邀请进核心用户群，提前体验新课、新品</source>
        <translation>Invite them to the core group to try new courses and products first</translation>
    </message>
    <message>
        <source>送内部课程或专属优惠券，生日/纪念日送小礼物</source>
        <translation>Give insider courses or exclusive coupons, small gifts on birthdays/anniversaries</translation>
    </message>
    <message>
        <source>请他们参与选题共创、案例分享，给予荣誉身份</source>
        <translation>Invite them to co-create topics and share cases; give them an honorary title</translation>
    </message>
    <message>
        <source>设计转介绍奖励，老带新</source>
        <translation>Design referral rewards: old members bring new ones</translation>
    </message>
    <message>
        <source>个性化推送（“你收藏的干货已更新”）</source>
        <translation>Personalised pushes (“the tips you saved have been updated”)</translation>
    </message>
    <message>
        <source>按兴趣推内容，把偶尔来的人变成常来的人</source>
        <translation>Push content by interest to turn occasional visitors into regulars</translation>
    </message>
    <message>
        <source>按标签推送相关干货：“你收藏的干货已更新”</source>
        <translation>Push related tips by tag: “the tips you saved have been updated”</translation>
    </message>
    <message>
        <source>邀请参加社群固定活动（如每周直播、打卡）</source>
        <translation>Invite them to regular community events (weekly live sessions, check-ins)</translation>
    </message>
    <message>
        <source>对买过一次的人推复购组合或进阶内容</source>
        <translation>Offer repeat-purchase bundles or advanced content to one-time buyers</translation>
    </message>
    <message>
        <source>限时优惠召回</source>
        <translation>Time-limited win-back offer</translation>
    </message>
    <message>
        <source>用一次有吸引力的理由把人叫回来，并问清离开的原因</source>
        <translation>Give them one good reason to come back, and ask why they left</translation>
    </message>
    <message>
        <source>发限时优惠券或免费资料包，写明截止时间</source>
        <translation>Send a time-limited coupon or free resource pack with a clear deadline</translation>
    </message>
    <message>
        <source>私信问一句“最近怎么没来”，收集流失原因记入反馈</source>
        <translation>Send a message asking “haven&apos;t seen you lately?” and log why they left as feedback</translation>
    </message>
    <message>
        <source>召回后 7 天内安排一次跟进，别让他们再次沉默</source>
        <translation>Follow up within 7 days of winning them back so they do not go quiet again</translation>
    </message>
    <message>
        <source>新人欢迎路径</source>
        <translation>New-member welcome path</translation>
    </message>
    <message>
        <source>让新人在头一个月里认识你、用起来、留下来</source>
        <translation>Help newcomers get to know you, start using it and stay during their first month</translation>
    </message>
    <message>
        <source>发欢迎语和新人礼包，介绍社群规则和固定活动</source>
        <translation>Send a welcome message and starter pack; explain the group rules and regular events</translation>
    </message>
    <message>
        <source>推送入门必读合集，引导完成第一次互动</source>
        <translation>Push the must-read starter collection and guide them to a first interaction</translation>
    </message>
    <message>
        <source>第 7 天、第 30 天各回访一次，了解需求</source>
        <translation>Check in on day 7 and day 30 to learn their needs</translation>
    </message>
    <message>
        <source>全部用户</source>
        <translation>All members</translation>
    </message>
</context>
<context>
    <name>topics</name>
    <message>
        <source>本月选题 {count}（建议 {low}–{high}）</source>
        <extracomment>The month&apos;s hot dates, offered as ideas (`create_topic_from_hot_date`).</extracomment>
        <translation>Topics this month: {count} (recommended {low}–{high})</translation>
    </message>
    <message>
        <source>本月只排了 {count} 个选题，建议 {low}–{high} 个，再从选题库里挑几个吧。</source>
        <translation>Only {count} topics planned this month; {low}–{high} are recommended. Pick a few more from the topic library.</translation>
    </message>
    <message>
        <source>本月排了 {count} 个选题，超过建议的 {high} 个，忙不过来时先搁置低优先级的。</source>
        <translation>{count} topics planned this month, more than the recommended {high}. If it gets too busy, shelve the low-priority ones first.</translation>
    </message>
</context>
</TS>
