<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountsPage</name>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>账号名称</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>作品</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>改名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>合并到…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>把这个账号的作品、每日数据、目标和投放都并入同平台的另一个账号</source>
        <translation>Move this account&apos;s posts, daily data, goals and boosts into another account on the same platform</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>添加账号</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>你自己运营的账号。草稿、日历和导入都按这些账号来；同行账号在「活动 → 竞品」里加。同一个账号被记成了两个（比如导入时名字不同）就用「合并到…」；不再运营的账号可以归档：数据都保留，只是不再出现在选择框里，随时可以取消归档。改动马上生效。</source>
        <translation>The accounts you run yourself. Drafts, the calendar and imports are organised by these accounts; add peer accounts under 「Campaigns → Competitors」. If one account was recorded twice (e.g. under different names in an import), use 「Merge into…」; archive an account you no longer run: its data is kept, it just leaves the pickers, and you can unarchive it any time. Changes take effect at once.</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>取消归档</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <source>账号改名</source>
        <translation>Rename account</translation>
    </message>
    <message>
        <source>「{name}」的新名称：</source>
        <translation>New name for 「{name}」:</translation>
    </message>
    <message>
        <source>合并账号</source>
        <translation>Merge accounts</translation>
    </message>
    <message>
        <source>{platform}只有「{name}」这一个账号，没有可以合并的。</source>
        <translation>{platform} has only one account, 「{name}」: there is nothing to merge it with.</translation>
    </message>
    <message>
        <source>{name}（{posts} 篇作品）</source>
        <translation>{name} ({posts} posts)</translation>
    </message>
    <message>
        <source>把「{name}」并入哪个账号？</source>
        <translation>Merge 「{name}」 into which account?</translation>
    </message>
    <message>
        <source>把「{a}」的 {posts} 篇作品、每日数据、目标和投放都移到「{b}」，然后删掉「{a}」？
两个账号同一天都有数据时保留「{b}」的数字；同一作品两边都有时两篇都保留。合并前会先自动备份。</source>
        <translation>Move the {posts} posts, daily data, goals and boosts of 「{a}」 to 「{b}」, then delete 「{a}」?
Where both accounts have data for the same day, 「{b}」&apos;s numbers are kept; where both have the same work, both posts are kept. A backup is taken first.</translation>
    </message>
    <message>
        <source>已把「{a}」并入「{b}」。</source>
        <translation>Merged 「{a}」 into 「{b}」.</translation>
    </message>
    <message>
        <source>这 {n} 篇看起来是同一作品，两篇都保留了，请到内容里核对、删掉多余的一篇：</source>
        <translation>These {n} posts look like the same work; both were kept. Please check them and delete the extra one:</translation>
    </message>
    <message>
        <source>我的账号</source>
        <translation>My accounts</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message numerus="yes">
        <source>最近 %n 天</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>全部社群</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>看哪段：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>群消息</source>
        <translation>Group messages</translation>
    </message>
    <message>
        <source>发言群成员（人次）</source>
        <translation>Group members who spoke (person-days)</translation>
    </message>
    <message>
        <source>私聊消息</source>
        <translation>Private messages</translation>
    </message>
    <message>
        <source>新增客户</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>流失客户</source>
        <translation>Lost customers</translation>
    </message>
    <message>
        <source>有消息的天数</source>
        <translation>Days with messages</translation>
    </message>
    <message>
        <source>还没有社群活跃数据 — 在企业微信管理后台导出“联系客户统计”或“群聊数据统计”，拖进“导入”即可</source>
        <translation>No community activity yet — export 联系客户统计 or 群聊数据统计 from the WeCom admin console and drop the file on Import</translation>
    </message>
    <message>
        <source>每天的社群活跃</source>
        <translation>Community activity by day</translation>
    </message>
    <message>
        <source>发言群成员</source>
        <translation>Group members who spoke</translation>
    </message>
</context>
<context>
    <name>AlertNotice</name>
    <message>
        <source>舆情预警</source>
        <translation>Brand alerts</translation>
    </message>
    <message>
        <source>有 {open} 条舆情预警待处理（新 {new} 条，处理中 {responding} 条）。</source>
        <translation>{open} brand alerts to handle ({new} new, {responding} in progress).</translation>
    </message>
    <message>
        <source>
其中有负面提及激增的紧急预警。</source>
        <translation>
One of them is an urgent alert for a spike of negative mentions.</translation>
    </message>
    <message numerus="yes">
        <source>
%n 条已超过回复时限还没回复，请先处理。</source>
        <translation>
            <numerusform>
%n alert is past its response time and still unanswered: handle it first.</numerusform>
            <numerusform>
%n alerts are past their response time and still unanswered: handle them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>上次提醒以后新出现 %n 条：</source>
        <translation>
            <numerusform>%n new since the last reminder:</numerusform>
            <numerusform>%n new since the last reminder:</numerusform>
        </translation>
    </message>
    <message>
        <source>去处理</source>
        <translation>Handle now</translation>
    </message>
    <message>
        <source>稍后</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>【紧急】{line}</source>
        <translation>[Urgent] {line}</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>倍</source>
        <translation>×</translation>
    </message>
    <message>
        <source>推广投放</source>
        <translation>Paid promotion</translation>
    </message>
    <message>
        <source>毛利率（保本 ROI = 1 ÷ 毛利率；100% 即按成交额算）：</source>
        <translation>Gross margin (break-even ROI = 1 ÷ margin; 100% means ROI on revenue):</translation>
    </message>
    <message>
        <source>涨粉成本偏高：单粉成本 ≥ 同账号同工具其他涨粉投放中位数的</source>
        <translation>Follower cost too high: cost per follower ≥ the median of other follower boosts of the same account and tool times</translation>
    </message>
    <message>
        <source>至少有几次其他涨粉投放才比较：</source>
        <translation>Compare only with at least this many other follower boosts:</translation>
    </message>
    <message>
        <source>次</source>
        <translation>boosts</translation>
    </message>
    <message>
        <source>没有可比的投放时，单粉成本上限：</source>
        <translation>Cost-per-follower cap when there are no comparable boosts:</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>值得加热：没有过往投放时的建议预算：</source>
        <translation>Worth boosting: suggested budget when there are no past boosts:</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>进度落后：完成度低于时间进度的</source>
        <translation>Behind schedule: progress below this share of elapsed time</translation>
    </message>
    <message>
        <source>活动规则超过多少字提醒精简：</source>
        <translation>Suggest shorter campaign rules beyond:</translation>
    </message>
    <message>
        <source>字</source>
        <translation>characters</translation>
    </message>
    <message>
        <source>品牌与舆情</source>
        <translation>Brand &amp; monitoring</translation>
    </message>
    <message>
        <source>负面提及激增：当天至少</source>
        <translation>Negative mention spike: at least</translation>
    </message>
    <message>
        <source>条</source>
        <translation>mentions that day</translation>
    </message>
    <message>
        <source>且是前几天日均的</source>
        <translation>and at least this multiple of the earlier daily average</translation>
    </message>
    <message>
        <source>日均按前几天算：</source>
        <translation>Daily average over the previous:</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <source>舆情回复时限</source>
        <translation>Response time for alerts</translation>
    </message>
    <message>
        <source>负面预警多久内要首次回复：</source>
        <translation>First reply to a negative alert within:</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>一般预警多久内要首次回复：</source>
        <translation>First reply to an ordinary alert within:</translation>
    </message>
    <message>
        <source>超过时限还没回复的预警标为“超时”，排在预警列表最前，状态栏也会显示条数。</source>
        <translation>Alerts past their response time and still unanswered are marked overdue, listed first, and counted in the status bar.</translation>
    </message>
    <message>
        <source>投放、活动与舆情</source>
        <translation>Boosts, campaigns &amp; monitoring</translation>
    </message>
</context>
<context>
    <name>BestTimeChart</name>
    <message>
        <source>最佳发布时间（平均互动率）</source>
        <translation>Best time to post (avg. engagement rate)</translation>
    </message>
    <message>
        <source>还没有带互动数据的已发布内容 — 导入过去一年的内容数据后，这里会显示哪天几点发效果最好。</source>
        <translation>No published content with engagement data yet — import last year&apos;s content data and this shows which day and hour work best.</translation>
    </message>
    <message numerus="yes">
        <source>%n 篇</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2
%n 篇，太少，不显示</source>
        <translation>
            <numerusform>%1 %2
%n post, too few to show</numerusform>
            <numerusform>%1 %2
%n posts, too few to show</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2
没有发过</source>
        <translation>%1 %2
Nothing posted</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2
平均互动率 %3（%n 篇）</source>
        <translation>
            <numerusform>%1 %2
Avg. engagement rate %3 (%n post)</numerusform>
            <numerusform>%1 %2
Avg. engagement rate %3 (%n posts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>按截至本期末的 12 个月里自己发布的内容统计（发布后约 7 天的互动率）；少于 %n 篇的时段是灰色，不下结论。</source>
        <translation>
            <numerusform>Based on your own posts in the 12 months up to the end of this period (engagement rate about 7 days after posting); slots with fewer than %n post are grey and not judged.</numerusform>
            <numerusform>Based on your own posts in the 12 months up to the end of this period (engagement rate about 7 days after posting); slots with fewer than %n posts are grey and not judged.</numerusform>
        </translation>
    </message>
    <message>
        <source>目前最好的时段：%1 %2（平均互动率 %3）。</source>
        <translation>Best slot so far: %1 %2 (avg. engagement rate %3).</translation>
    </message>
    <message numerus="yes">
        <source>历史内容还太少（共 %n 篇有互动数据），结果只能参考，多发一段时间再看。</source>
        <translation>
            <numerusform>Too little history (%n post with engagement data); treat this as a hint and check again after posting for a while.</numerusform>
            <numerusform>Too little history (%n posts with engagement data); treat this as a hint and check again after posting for a while.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrandGuide</name>
    <message>
        <source>{brand}品牌手册</source>
        <translation>{brand} brand guide</translation>
    </message>
    <message>
        <source>品牌手册</source>
        <translation>Brand guide</translation>
    </message>
    <message>
        <source>一、语气</source>
        <translation>1. Tone of voice</translation>
    </message>
    <message>
        <source>二、视觉规范</source>
        <translation>2. Visual guidelines</translation>
    </message>
    <message>
        <source>头像：{v}</source>
        <translation>Avatar: {v}</translation>
    </message>
    <message>
        <source>封面：{v}</source>
        <translation>Cover: {v}</translation>
    </message>
    <message>
        <source>品牌色：{v}</source>
        <translation>Brand colours: {v}</translation>
    </message>
    <message>
        <source>三、客服用语</source>
        <translation>3. Customer service phrases</translation>
    </message>
    <message>
        <source>四、禁用词</source>
        <translation>4. Banned words</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>五、其他</source>
        <translation>5. Other</translation>
    </message>
    <message>
        <source>还没有填写品牌手册。</source>
        <translation>The brand guide is still empty.</translation>
    </message>
    <message>
        <source>OpsDesk 运营台 · 品牌手册</source>
        <translation>OpsDesk · Brand guide</translation>
    </message>
    <message>
        <source>品牌手册 打印预览</source>
        <translation>Brand guide print preview</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>周一</source>
        <extracomment>Text colour of a hot date, by kind. Campaign bar colours, picked by campaign id; the warm-up uses the same hue, lighter.</extracomment>
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
        <source>预热：{name}</source>
        <extracomment>day → platform codes below their daily posting plan Monday → [(platform, posts missing)] for weeks below plan</extracomment>
        <translation>Warm-up: {name}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{platforms} 这天没达到发布计划</source>
        <translation>{platforms} missed the posting plan this day</translation>
    </message>
    <message>
        <source>{platform} 本周少 {n} 篇</source>
        <translation>{platform}: {n} posts short this week</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source> 等 {n} 项</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>本周未达计划</source>
        <translation>Weekly plan not met</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>改期《{title}》</source>
        <extracomment>Years whose generated hot dates are already computed in this process (then a load is instant). How far ahead &quot;近期热点&quot; looks.</extracomment>
        <translation>Reschedule &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>跳转到某个月</source>
        <translation>Go to a month</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>撤销上一次改期（Ctrl+Z）</source>
        <translation>Undo the last reschedule (Ctrl+Z)</translation>
    </message>
    <message>
        <source>撤销：{what}（Ctrl+Z）</source>
        <translation>Undo: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>发布计划…</source>
        <translation>Posting plan…</translation>
    </message>
    <message>
        <source>目标…</source>
        <translation>Goals…</translation>
    </message>
    <message>
        <source>热点日历…</source>
        <translation>Hot dates…</translation>
    </message>
    <message>
        <source>导出日历文件 (.ics)</source>
        <translation>Export calendar file (.ics)</translation>
    </message>
    <message>
        <source>把这个月的内容、热点、活动和社群活动导出，手机和电脑日历都能导入</source>
        <translation>Export this month&apos;s content, hot dates, campaigns and community events for any phone or desktop calendar</translation>
    </message>
    <message>
        <source>平台：</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>实心 = 已发布&#x3000;浅色 = 已排期&#x3000;虚线 = 草稿中&#x3000;◆ 社群活动&#x3000;橙点 = 没达到发布计划</source>
        <translation>Solid = published   Light = scheduled   Dashed = draft   ◆ Community event   Orange dot = posting plan missed</translation>
    </message>
    <message>
        <source>月度目标按哪个指标显示</source>
        <translation>Which metric the monthly goal shows</translation>
    </message>
    <message>
        <source>本月目标：</source>
        <translation>This month&apos;s goal:</translation>
    </message>
    <message>
        <source>还没有自有账号 — 用「文件 → 导入…」导入平台后台的数据，日历上就能排内容了</source>
        <translation>No own accounts yet — import platform data with &quot;File → Import…&quot; to schedule content on the calendar</translation>
    </message>
    <message>
        <source>正在加载热点…</source>
        <translation>Loading hot dates…</translation>
    </message>
    <message>
        <source>近 30 天热点</source>
        <translation>Hot dates in the next 30 days</translation>
    </message>
    <message>
        <source>管理热点…</source>
        <translation>Manage hot dates…</translation>
    </message>
    <message>
        <source>{year} 年 {month} 月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>全部账号</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>这个月还没有设{metric}目标，也没有发布计划 — 点「目标…」或「发布计划…」设置</source>
        <translation>No {metric} goal or posting plan set for this month — click &quot;Goals…&quot; or &quot;Posting plan…&quot; to set one</translation>
    </message>
    <message>
        <source>目标 {target}，实际 {actual}，按进度今天应到 {expected}</source>
        <translation>Goal {target}, actual {actual}, on pace it should be {expected} today</translation>
    </message>
    <message>
        <source>未设目标</source>
        <translation>No goal set</translation>
    </message>
    <message>
        <source>已排满</source>
        <translation>Fully scheduled</translation>
    </message>
    <message>
        <source>计划每周 {per_week} 篇，本月共 {target} 篇：已发 {published}，已排 {planned}</source>
        <translation>Plan: {per_week} posts a week, {target} this month: {published} published, {planned} scheduled</translation>
    </message>
    <message>
        <source>30 天以后、但 30 天内要开始准备：</source>
        <translation>More than 30 days away, but preparation starts within 30 days:</translation>
    </message>
    <message numerus="yes">
        <source>还有 %n 天</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>该准备了 · {hint}</source>
        <translation>Time to prepare · {hint}</translation>
    </message>
    <message>
        <source>{start} 开始准备 · {hint}</source>
        <translation>Start preparing {start} · {hint}</translation>
    </message>
    <message>
        <source>{name}（{kind}）从 {start} 开始准备</source>
        <translation>{name} ({kind}): start preparing on {start}</translation>
    </message>
    <message>
        <source>接下来 30 天没有热点</source>
        <translation>No hot dates in the next 30 days</translation>
    </message>
    <message>
        <source>《{title}》改到 {when}，按 Ctrl+Z 或「撤销」可以改回去</source>
        <translation>&quot;{title}&quot; moved to {when}; press Ctrl+Z or &quot;Undo&quot; to move it back</translation>
    </message>
    <message>
        <source>{when} 新建草稿：发到哪个账号？</source>
        <translation>New draft on {when}: which account is it for?</translation>
    </message>
    <message>
        <source>还没有自有账号，先导入平台数据或载入演示数据</source>
        <translation>No own accounts yet; import platform data or load the demo data first</translation>
    </message>
    <message>
        <source>{date} 新草稿</source>
        <translation>New draft {date}</translation>
    </message>
    <message>
        <source>导出日历文件</source>
        <translation>Export calendar file</translation>
    </message>
    <message>
        <source>日历文件 (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>已导出到 {path}，用手机或电脑日历打开即可导入</source>
        <translation>Exported to {path}; open it with your phone or desktop calendar to import</translation>
    </message>
    <message>
        <source>正在导出日历…</source>
        <translation>Exporting calendar…</translation>
    </message>
</context>
<context>
    <name>CampaignGuide</name>
    <message>
        <source>活动优化指南</source>
        <translation>Campaign playbook</translation>
    </message>
    <message>
        <source>整理自历次活动复盘，共 {n} 条经验。生成于 {day}。</source>
        <translation>Collected from past campaign reviews: {n} lessons. Generated on {day}.</translation>
    </message>
    <message>
        <source>一、历次活动结果</source>
        <translation>1. Past campaign results</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>参与/目标</source>
        <translation>Participants/target</translation>
    </message>
    <message>
        <source>分享率</source>
        <translation>Share rate</translation>
    </message>
    <message>
        <source>涨粉</source>
        <translation>Followers gained</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>二、继续做（成功经验）</source>
        <translation>2. Keep doing (what worked)</translation>
    </message>
    <message>
        <source>三、要避免（失败教训）</source>
        <translation>3. Avoid (what failed)</translation>
    </message>
    <message>
        <source>还没有。</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <source>未关联活动</source>
        <translation>No campaign</translation>
    </message>
    <message>
        <source>依据：</source>
        <translation>Based on:</translation>
    </message>
    <message>
        <source>四、下次活动前逐条检查</source>
        <translation>4. Checklist before the next campaign</translation>
    </message>
    <message>
        <source>OpsDesk 运营台 · 活动优化指南</source>
        <translation>OpsDesk · Campaign playbook</translation>
    </message>
</context>
<context>
    <name>CampaignRoiChart</name>
    <message>
        <source>这段时间没有进行中的活动 — 在“活动”里建活动、记每日花费和成交。</source>
        <translation>No campaigns running in this period — create one under &quot;Campaigns&quot; and record daily spend and sales.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message numerus="yes">
        <source>有 %n 行读不出来，会跳过：</source>
        <translation>
            <numerusform>%n row could not be read and will be skipped:</numerusform>
            <numerusform>%n rows could not be read and will be skipped:</numerusform>
        </translation>
    </message>
    <message>
        <source>还没有活动 — 点“新建活动…”，选一个模板（裂变、打卡、抽奖、直播）开始策划</source>
        <translation>No campaigns yet — click &quot;New campaign…&quot; and pick a template (referral, check-in, giveaway, live) to start planning</translation>
    </message>
    <message>
        <source>新建活动…</source>
        <translation>New campaign…</translation>
    </message>
    <message>
        <source>删除活动</source>
        <translation>Delete campaign</translation>
    </message>
    <message>
        <source>策划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>时间线与任务</source>
        <translation>Timeline &amp;&amp; tasks</translation>
    </message>
    <message>
        <source>实时数据</source>
        <translation>Live data</translation>
    </message>
    <message>
        <source>复盘</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>在左边选一个活动，查看策划、时间线、实时数据和复盘</source>
        <translation>Pick a campaign on the left to see its plan, timeline, live data and review</translation>
    </message>
    <message numerus="yes">
        <source>%n 项活动任务已过期：</source>
        <translation>
            <numerusform>%n campaign task is overdue: </numerusform>
            <numerusform>%n campaign tasks are overdue: </numerusform>
        </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>删除“%1”和它的每日数据、任务？经验教训会保留。</source>
        <translation>Delete &quot;%1&quot; with its daily data and tasks? Lessons are kept.</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>活动</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>推广投放</source>
        <translation>Boosts</translation>
    </message>
    <message>
        <source>合作</source>
        <translation>Collaborations</translation>
    </message>
    <message>
        <source>竞品</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <source>活动优化指南…</source>
        <translation>Campaign playbook…</translation>
    </message>
    <message>
        <source>历次活动复盘里的经验教训，整理成一份可打印的指南</source>
        <translation>Lessons from past campaign reviews, collected into a printable guide</translation>
    </message>
    <message>
        <source>导出指南 PDF…</source>
        <translation>Export guide PDF…</translation>
    </message>
    <message>
        <source>正在整理经验…</source>
        <translation>Collecting lessons…</translation>
    </message>
    <message>
        <source>导出活动优化指南</source>
        <translation>Export campaign playbook</translation>
    </message>
    <message>
        <source>活动优化指南.pdf</source>
        <translation>Campaign playbook.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>活动优化指南已保存到：</source>
        <translation>Campaign playbook saved to:</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xls *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>正在读取文件…</source>
        <translation>Reading file…</translation>
    </message>
    <message>
        <source>这个文件已经导入过了，没有再导一次。</source>
        <translation>This file was already imported; it was not imported again.</translation>
    </message>
    <message>
        <source>“%1”共 %2 行：新增 %3 条，更新 %4 条，%5 条没有变化。</source>
        <translation>&quot;%1&quot; has %2 rows: %3 new, %4 updated, %5 unchanged.</translation>
    </message>
    <message>
        <source>现在导入吗？</source>
        <translation>Import now?</translation>
    </message>
    <message>
        <source>导入已取消，什么也没有改。</source>
        <translation>Import cancelled; nothing changed.</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>导入完成：新增 %1 条，更新 %2 条，跳过 %3 行。</source>
        <translation>Import finished: %1 new, %2 updated, %3 rows skipped.</translation>
    </message>
    <message>
        <source>文件里有读不出来的行，什么也没有改。</source>
        <translation>Some rows in the file could not be read; nothing changed.</translation>
    </message>
    <message>
        <source>保存导入模板</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <source>模板已保存</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <source>模板已保存到：</source>
        <translation>Template saved to:</translation>
    </message>
    <message>
        <source>参与人数</source>
        <extracomment>The editable daily columns: key, header, whole numbers (else money).</extracomment>
        <translation>Participants</translation>
    </message>
    <message>
        <source>分享人数</source>
        <translation>Sharers</translation>
    </message>
    <message>
        <source>新增关注</source>
        <translation>New followers</translation>
    </message>
    <message>
        <source>转化</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>花费</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>成交金额</source>
        <translation>Sales</translation>
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
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>导出 PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <source>把这张图保存成 PNG 图片</source>
        <translation>Save this chart as a PNG image</translation>
    </message>
    <message>
        <source>各平台的口径见「指标说明」。</source>
        <translation>See &quot;Metric definitions&quot; for each platform&apos;s definitions.</translation>
    </message>
    <message>
        <source>无法保存到这个位置，请换一个文件夹再试。</source>
        <translation>Cannot save to this location; try another folder.</translation>
    </message>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>{year}年1月</source>
        <translation>Jan {year}</translation>
    </message>
    <message>
        <source>{month}月</source>
        <translation>{month_name}</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>无数据</source>
        <extracomment>Colours of member segments (the same order the 用户与社群 tab lists them). Rate metrics are plotted in percent.</extracomment>
        <translation>No data</translation>
    </message>
    <message>
        <source>{month}月{day}日</source>
        <translation>{month_name} {day}</translation>
    </message>
    <message>
        <source>ROI（成交 ÷ 花费）</source>
        <translation>ROI (sales ÷ spend)</translation>
    </message>
    <message>
        <source>保本 ROI = %1</source>
        <translation>Break-even ROI = %1</translation>
    </message>
    <message>
        <source>ROI = 成交金额 ÷ 花费；虚线是保本线（%1，按设置里的毛利率），红柱在亏钱。</source>
        <translation>ROI = revenue ÷ spend; the dashed line is break-even (%1, from the gross margin in Settings); red bars lose money.</translation>
    </message>
    <message>
        <source>花费 %1 · 成交 %2
ROI %3</source>
        <translation>Spend %1 · Sales %2
ROI %3</translation>
    </message>
    <message>
        <source>活动投入产出比</source>
        <translation>Campaign ROI</translation>
    </message>
    <message>
        <source>投放投入产出比</source>
        <translation>Boost ROI</translation>
    </message>
    <message>
        <source>按月</source>
        <extracomment>Segment sizes are a trend: a short period shows the months up to its end. The ranking charts, each with the service that ranks the period by another metric.</extracomment>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>按季度</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>按年</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>上一期</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>下一期</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>指标说明</source>
        <translation>Metric definitions</translation>
    </message>
    <message>
        <source>每个指标怎么算、各平台的口径有什么不同</source>
        <translation>How each metric is calculated and how platforms define it differently</translation>
    </message>
    <message>
        <source>周期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>发布时间</source>
        <translation>Posting time</translation>
    </message>
    <message>
        <source>投放与活动</source>
        <translation>Boosts &amp;&amp; campaigns</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>诊断</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>还没有可以画图的数据 — 从各平台后台导出内容和账号数据，用“导入”放进来，这里就会画出粉丝、内容和投放的图表。</source>
        <translation>No data to chart yet — export content and account data from each platform&apos;s dashboard and bring it in with &quot;Import&quot;; followers, content and boost charts will appear here.</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <source>%1年第%2季度</source>
        <translation>Q%2 %1</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>全部平台</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>正在计算…</source>
        <translation>Calculating…</translation>
    </message>
</context>
<context>
    <name>CollaborationDialog</name>
    <message>
        <source>编辑合作</source>
        <translation>Edit collaboration</translation>
    </message>
    <message>
        <source>新增合作</source>
        <translation>New collaboration</translation>
    </message>
    <message>
        <source>（不限）</source>
        <translation>(Any)</translation>
    </message>
    <message>
        <source>合作方</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>合作方类型</source>
        <translation>Partner type</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>合作方式</source>
        <translation>Collaboration type</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>花费</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>新增关注</source>
        <translation>New followers</translation>
    </message>
    <message>
        <source>转化</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CollaborationsPage</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>合作方</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>合作方式</source>
        <translation>Collaboration type</translation>
    </message>
    <message>
        <source>花费</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>新增关注</source>
        <translation>New followers</translation>
    </message>
    <message>
        <source>转化</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>单粉成本</source>
        <translation>Cost per follower</translation>
    </message>
    <message>
        <source>单次转化成本</source>
        <translation>Cost per conversion</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>还没有合作记录 — 和博主互推、直播连麦、资源互换后，点“新增合作…”记下效果</source>
        <translation>No collaborations yet — after a cross-promotion, joint live stream or resource swap with a creator, click &quot;New collaboration…&quot; to record the results</translation>
    </message>
    <message>
        <source>新增合作…</source>
        <translation>New collaboration…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>删除合作</source>
        <translation>Delete collaboration</translation>
    </message>
    <message>
        <source>删除和“%1”的合作记录？</source>
        <translation>Delete the collaboration record with &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <source>{weekday} {time} {title}（{minutes} 分钟）</source>
        <translation>{weekday} {time} {title} ({minutes} min)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>显示已归档</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>还没有社群 — 点“新建社群”，把你的粉丝群、会员群和每周固定活动记进来</source>
        <translation>No communities yet — click &quot;New community&quot; to record your fan groups, member groups and weekly events</translation>
    </message>
    <message>
        <source>新建社群…</source>
        <translation>New community…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>查看成员</source>
        <translation>View members</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>活跃</source>
        <translation>Active</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 个社群</source>
        <translation>
            <numerusform>%n community</numerusform>
            <numerusform>%n communities</numerusform>
        </translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>归档社群</source>
        <translation>Archive community</translation>
    </message>
    <message>
        <source>归档“%1”？成员和记录都会保留，它的固定活动不再显示在日历上。</source>
        <translation>Archive &quot;%1&quot;? Members and records are kept; its recurring events no longer show on the calendar.</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <source>编辑社群</source>
        <translation>Edit community</translation>
    </message>
    <message>
        <source>新建社群</source>
        <translation>New community</translation>
    </message>
    <message>
        <source>如：肌理粉丝1群</source>
        <translation>e.g. Jili fan group 1</translation>
    </message>
    <message>
        <source>（不属于某个平台）</source>
        <translation>(Not tied to a platform)</translation>
    </message>
    <message>
        <source>如：护肤答疑、会员福利</source>
        <translation>e.g. Skincare Q&amp;A, member perks</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>添加固定活动</source>
        <translation>Add recurring event</translation>
    </message>
    <message>
        <source>删除选中活动</source>
        <translation>Delete selected event</translation>
    </message>
    <message>
        <source>社群名称</source>
        <translation>Community name</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
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
        <source>群人数（群里显示的）</source>
        <translation>Group size (as shown in the group)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>固定活动会按周重复显示在日历上，例如每周三 20:00 案例拆解直播。</source>
        <translation>Recurring events repeat weekly on the calendar, e.g. a case breakdown live stream every Wednesday at 20:00.</translation>
    </message>
    <message>
        <source>固定活动</source>
        <translation>Recurring events</translation>
    </message>
</context>
<context>
    <name>CommunityTab</name>
    <message>
        <source>社群</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>分层</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>画像</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>反馈与需求</source>
        <translation>Feedback &amp;&amp; needs</translation>
    </message>
    <message>
        <source>社群活跃</source>
        <translation>Community activity</translation>
    </message>
    <message>
        <source>问卷</source>
        <translation>Surveys</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>平台对比：本期与上期</source>
        <extracomment>The metric-dictionary entry behind each comparison metric (for the 口径 tooltip).</extracomment>
        <translation>Platform comparison: this period vs. last</translation>
    </message>
    <message>
        <source>发布篇数</source>
        <translation>Posts published</translation>
    </message>
    <message>
        <source>浏览量</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>篇均浏览量</source>
        <translation>Views per post</translation>
    </message>
    <message>
        <source>互动率</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>内容涨粉</source>
        <translation>Followers from content</translation>
    </message>
    <message>
        <source>净增关注</source>
        <translation>Net follows</translation>
    </message>
    <message>
        <source>期末粉丝数</source>
        <translation>Followers at period end</translation>
    </message>
    <message>
        <source>转化</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>这两期都没有这个指标的数据。</source>
        <translation>Neither period has data for this metric.</translation>
    </message>
    <message>
        <source>本期还没过完，只比同样的天数：深色是本期截至今天 %1 至 %2，浅色是上期同期 %3 至 %4。柱子上方是变化幅度。</source>
        <translation>This period is not over yet, so only the same number of days is compared: dark is this period so far, %1 to %2; light is the same days of the previous period, %3 to %4. The change is shown above the bars.</translation>
    </message>
    <message>
        <source>深色：本期 %1 至 %2；浅色：上期 %3 至 %4。柱子上方是变化幅度。</source>
        <translation>Dark: this period %1 to %2; light: last period %3 to %4. Labels above bars show the change.</translation>
    </message>
    <message>
        <source>平台对比：本期至今与上期同期</source>
        <translation>Platforms: this period so far vs the same days before</translation>
    </message>
    <message>
        <source>%1
本期 %2
上期 %3</source>
        <translation>%1
This period %2
Last period %3</translation>
    </message>
    <message>
        <source>变化 %1</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>CompetitorDialog</name>
    <message>
        <source>编辑竞品</source>
        <translation>Edit competitor</translation>
    </message>
    <message>
        <source>新增竞品</source>
        <translation>New competitor</translation>
    </message>
    <message>
        <source>内容类型</source>
        <translation>Content types</translation>
    </message>
    <message>
        <source>如：口播科普、测评对比、vlog</source>
        <translation>e.g. talking-head explainers, comparison reviews, vlogs</translation>
    </message>
    <message>
        <source>更新频率</source>
        <translation>Posting frequency</translation>
    </message>
    <message>
        <source>如：日更、周更3条</source>
        <translation>e.g. daily, 3 a week</translation>
    </message>
    <message>
        <source>互动方式</source>
        <translation>Engagement tactics</translation>
    </message>
    <message>
        <source>如：评论区置顶答疑、抽奖</source>
        <translation>e.g. pinned Q&amp;A in comments, giveaways</translation>
    </message>
    <message>
        <source>做得好的</source>
        <translation>What they do well</translation>
    </message>
    <message>
        <source>可借鉴</source>
        <translation>Worth borrowing</translation>
    </message>
    <message>
        <source>我们可以学的做法</source>
        <translation>Practices we can learn from</translation>
    </message>
    <message>
        <source>可突破的空白</source>
        <translation>Gaps to exploit</translation>
    </message>
    <message>
        <source>对方没做好、我们能抢的地方</source>
        <translation>What they do poorly that we can win</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>账号名称</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>（不清楚）</source>
        <translation>(Unknown)</translation>
    </message>
    <message>
        <source>流量来源</source>
        <translation>Traffic sources</translation>
    </message>
</context>
<context>
    <name>CompetitorsPage</name>
    <message>
        <source>全部平台</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>粉丝</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>近30天增长</source>
        <translation>30-day growth</translation>
    </message>
    <message>
        <source>内容类型</source>
        <translation>Content types</translation>
    </message>
    <message>
        <source>更新频率</source>
        <translation>Posting frequency</translation>
    </message>
    <message>
        <source>互动方式</source>
        <translation>Engagement tactics</translation>
    </message>
    <message>
        <source>流量来源</source>
        <translation>Traffic sources</translation>
    </message>
    <message>
        <source>可借鉴</source>
        <translation>Worth borrowing</translation>
    </message>
    <message>
        <source>可突破的空白</source>
        <translation>Gaps to exploit</translation>
    </message>
    <message>
        <source>新增竞品…</source>
        <translation>New competitor…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>记录粉丝数…</source>
        <translation>Record followers…</translation>
    </message>
    <message>
        <source>下载粉丝数模板</source>
        <translation>Download follower template</translation>
    </message>
    <message>
        <source>导入粉丝数…</source>
        <translation>Import followers…</translation>
    </message>
    <message>
        <source>还没有竞品 — 每个平台挑 3–5 个对标账号，点“新增竞品…”记下他们的做法</source>
        <translation>No competitors yet — pick 3–5 benchmark accounts per platform and click &quot;New competitor…&quot; to note what they do</translation>
    </message>
    <message>
        <source>自己/竞品</source>
        <translation>Us/competitor</translation>
    </message>
    <message>
        <source>近4周周均发布</source>
        <translation>Weekly posts (last 4 weeks)</translation>
    </message>
    <message>
        <source>与自己的账号对比</source>
        <translation>Compared with our accounts</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 个竞品</source>
        <translation>
            <numerusform>%n competitor</numerusform>
            <numerusform>%n competitors</numerusform>
        </translation>
    </message>
    <message>
        <source>自己</source>
        <translation>Us</translation>
    </message>
    <message>
        <source>竞品</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <source>删除竞品</source>
        <translation>Delete competitor</translation>
    </message>
    <message>
        <source>删除“%1”和它的粉丝记录？</source>
        <translation>Delete &quot;%1&quot; and its follower records?</translation>
    </message>
    <message>
        <source>记录粉丝数</source>
        <translation>Record followers</translation>
    </message>
    <message>
        <source>先在表格里选一个竞品。</source>
        <translation>Select a competitor in the table first.</translation>
    </message>
    <message>
        <source>保存竞品粉丝数模板</source>
        <translation>Save competitor follower template</translation>
    </message>
    <message>
        <source>竞品粉丝数模板.xlsx</source>
        <translation>Competitor follower template.xlsx</translation>
    </message>
    <message>
        <source>模板已保存</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <source>模板已保存到：</source>
        <translation>Template saved to:</translation>
    </message>
    <message>
        <source>导入竞品粉丝数</source>
        <translation>Import competitor followers</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xls *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message numerus="yes">
        <source>已导入 %n 条粉丝记录。</source>
        <translation>
            <numerusform>Imported %n follower record.</numerusform>
            <numerusform>Imported %n follower records.</numerusform>
        </translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>ContentChart</name>
    <message>
        <source>内容表现（每篇发布后 7 天）</source>
        <translation>Content performance (7 days after posting)</translation>
    </message>
    <message>
        <source>浏览量</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>互动率</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>涨粉</source>
        <translation>Followers gained</translation>
    </message>
    <message>
        <source>（对数刻度）</source>
        <translation>(log scale)</translation>
    </message>
    <message>
        <source>这段时间发布的内容没有这个指标的数据 — 导入内容数据后再看。</source>
        <translation>Content posted in this period has no data for this metric — import content data and check again.</translation>
    </message>
    <message>
        <source>每个点是一篇内容，取发布后约 7 天的数据；点一下打开这篇内容。</source>
        <translation>Each dot is one post, using data from about 7 days after posting; click a dot to open the post.</translation>
    </message>
    <message numerus="yes">
        <source>另有 %n 篇缺少这个指标，没有画出。</source>
        <translation>
            <numerusform>%n more post lacks this metric and is not drawn.</numerusform>
            <numerusform>%n more posts lack this metric and are not drawn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateDraftsDialog</name>
    <message>
        <source>生成草稿</source>
        <translation>Create drafts</translation>
    </message>
    <message>
        <source>为选题「{title}」生成哪些平台的草稿？每个平台的每个自有账号一篇，标题和说明已填好。</source>
        <translation>Which platforms should get drafts for the topic &quot;{title}&quot;? One per own account on each platform, with title and notes filled in.</translation>
    </message>
    <message>
        <source>生成</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>移动到…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>换一个数据文件夹…</source>
        <translation>Use another data folder…</translation>
    </message>
    <message>
        <source>选一个空文件夹从空白重新开始，或选另一个 OpsDesk 数据文件夹打开它；现在的数据原样留着</source>
        <translation>Pick an empty folder to start from scratch, or another OpsDesk data folder to open it; the current data stays where it is</translation>
    </message>
    <message>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>数据文件夹：</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>自动备份保留：</source>
        <translation>Automatic backups kept:</translation>
    </message>
    <message>
        <source>备份位置：</source>
        <translation>Backup location:</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>恢复所选备份…</source>
        <translation>Restore selected backup…</translation>
    </message>
    <message>
        <source>打开备份文件夹</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <source>OpsDesk 每天自动备份一次，只保留最近的几份；「立即备份」和恢复前的备份也放在这里。移动数据文件夹会先备份、复制并检查，原来的文件夹保留不动。换一个数据文件夹什么也不复制：选一个空文件夹就是从空白重新开始。</source>
        <translation>OpsDesk backs up once a day automatically and keeps only the latest few; backups from 「Back up now」 and before restores are kept here too. Moving the data folder backs up, copies and checks first, and leaves the old folder as it was. Using another data folder copies nothing: an empty folder means starting from scratch.</translation>
    </message>
    <message>
        <source>选择一个空文件夹（重新开始），或另一个数据文件夹</source>
        <translation>Choose an empty folder (start from scratch) or another data folder</translation>
    </message>
    <message>
        <source>换一个数据文件夹</source>
        <translation>Use another data folder</translation>
    </message>
    <message>
        <source>{folder} 既不是空文件夹，也不是 OpsDesk 的数据文件夹。请选一个空文件夹（或新建一个）。</source>
        <translation>{folder} is neither empty nor an OpsDesk data folder. Please choose an empty folder (or create one).</translation>
    </message>
    <message>
        <source>以后 OpsDesk 从空文件夹 {folder} 打开，从空白开始（会再显示欢迎页）。</source>
        <translation>From now on OpsDesk opens the empty folder {folder} and starts from scratch (the welcome page shows again).</translation>
    </message>
    <message>
        <source>以后 OpsDesk 打开数据文件夹 {folder}。</source>
        <translation>From now on OpsDesk opens the data folder {folder}.</translation>
    </message>
    <message>
        <source>现在的数据原样留在 {old}，随时可以用这个按钮换回来。

现在就重新打开 OpsDesk 吗？</source>
        <translation>The current data stays as it is in {old}; this button switches back any time.

Reopen OpsDesk now?</translation>
    </message>
    <message>
        <source>数据与备份</source>
        <translation>Data &amp; backups</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>已从 {file} 恢复，所有页面已刷新。</source>
        <translation>Restored from {file}; all pages refreshed.</translation>
    </message>
    <message>
        <source>选择新的数据文件夹（空文件夹）</source>
        <translation>Choose a new data folder (empty folder)</translation>
    </message>
    <message>
        <source>数据文件夹已复制</source>
        <translation>Data folder copied</translation>
    </message>
    <message>
        <source>数据已复制到 {folder} 并检查无误，以后 OpsDesk 都从这里打开。
原来的文件夹 {old} 保留不动，确认新位置能用之后可以自己删除。

现在就重新打开 OpsDesk 吗？</source>
        <translation>Data copied to {folder} and checked; OpsDesk will open it from there from now on.
The old folder {old} is left as is; you can delete it yourself once the new location works.

Reopen OpsDesk now?</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <source>倍</source>
        <translation>×</translation>
    </message>
    <message>
        <source>比较发布后第几天的数据：</source>
        <translation>Compare data from this many days after posting:</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <source>发布不满几天不评判：</source>
        <translation>Don&apos;t judge posts younger than:</translation>
    </message>
    <message>
        <source>和过去多少天的内容比：</source>
        <translation>Compare with content from the past:</translation>
    </message>
    <message>
        <source>至少几篇有数据才比较：</source>
        <translation>Compare only with at least this many posts with data:</translation>
    </message>
    <message>
        <source>篇</source>
        <translation>posts</translation>
    </message>
    <message>
        <source>阅读高：≥ 中位数的</source>
        <translation>High reads: ≥ median, times</translation>
    </message>
    <message>
        <source>转化低：≤ 中位数的</source>
        <translation>Low conversion: ≤ median, times</translation>
    </message>
    <message>
        <source>完播率低：≤ 中位数的</source>
        <translation>Low completion rate: ≤ median, times</translation>
    </message>
    <message>
        <source>转化高、值得复用：≥ 中位数的</source>
        <translation>High conversion, worth repeating: ≥ median, times</translation>
    </message>
    <message>
        <source>互动低：≤ 中位数的</source>
        <translation>Low engagement: ≤ median, times</translation>
    </message>
    <message>
        <source>主渠道：带来的流量占比至少</source>
        <translation>Main channel: share of traffic at least</translation>
    </message>
    <message>
        <source>掉粉激增：当天取关 ≥ 前期日均的</source>
        <translation>Unfollow spike: unfollows that day ≥ earlier daily average, times</translation>
    </message>
    <message>
        <source>且当天取关至少：</source>
        <translation>and unfollows that day at least:</translation>
    </message>
    <message>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <source>前期日均按几天算：</source>
        <translation>Earlier daily average over:</translation>
    </message>
    <message>
        <source>至少有几天数据才判断：</source>
        <translation>Judge only with at least this many days of data:</translation>
    </message>
    <message>
        <source>发布不足：实际篇数低于计划的</source>
        <translation>Too few posts: actual posts below this share of the plan</translation>
    </message>
    <message>
        <source>目标落后：低于应完成进度的</source>
        <translation>Behind target: below this share of expected progress</translation>
    </message>
    <message>
        <source>数据诊断的阈值</source>
        <translation>Data diagnosis thresholds</translation>
    </message>
    <message>
        <source>每篇内容都和同一账号过去内容的中位数比；改了之后，图表页的「诊断」重新打开就按新阈值判断。</source>
        <translation>Each post is compared with the median of the same account&apos;s past posts; after a change, reopen &quot;Diagnosis&quot; on the Charts page to apply the new thresholds.</translation>
    </message>
    <message>
        <source>数据诊断</source>
        <translation>Data diagnosis</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>内容结构：开头痛点 → 方法 → 行动号召</source>
        <extracomment>The loaded draft&apos;s version: a save is checked against it (someone may have saved since).</extracomment>
        <translation>Structure: opening pain point → method → call to action</translation>
    </message>
    <message>
        <source>例如：浅色干净背景、真人出镜、大字幕</source>
        <translation>e.g. light clean background, on camera, big captions</translation>
    </message>
    <message>
        <source>用逗号分开，例如：社群、朋友圈</source>
        <translation>Separate with commas, e.g. communities, WeChat Moments</translation>
    </message>
    <message>
        <source>计划发布</source>
        <translation>Planned publish time</translation>
    </message>
    <message>
        <source>视觉风格</source>
        <translation>Visual style</translation>
    </message>
    <message>
        <source>辅助渠道</source>
        <translation>Secondary channels</translation>
    </message>
    <message>
        <source>主渠道</source>
        <translation>Main channel</translation>
    </message>
    <message>
        <source>排期</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>替换为建议</source>
        <translation>Use suggestion</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>开头 3 秒钩子</source>
        <translation>First 3-second hook</translation>
    </message>
    <message>
        <source>分镜脚本</source>
        <translation>Scene script</translation>
    </message>
    <message>
        <source>封面文字</source>
        <translation>Cover text</translation>
    </message>
    <message>
        <source>文案</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>话题标签</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>小红书标题把关键词放最前面</source>
        <translation>Put the keyword first in Xiaohongshu titles</translation>
    </message>
    <message>
        <source>开头 3 秒说什么，留住人</source>
        <translation>What to say in the first 3 seconds to keep viewers</translation>
    </message>
    <message>
        <source>一行一个镜头，例如：近景 手背涂抹 → 字幕「3 秒吸收」</source>
        <translation>One shot per line, e.g. close-up, applying on the back of the hand → caption &quot;absorbs in 3 seconds&quot;</translation>
    </message>
    <message>
        <source>#话题 用空格分开</source>
        <translation>#topics separated by spaces</translation>
    </message>
    <message>
        <source>读者正在为什么发愁</source>
        <translation>What the reader is struggling with</translation>
    </message>
    <message>
        <source>你给的办法</source>
        <translation>Your solution</translation>
    </message>
    <message>
        <source>希望读者看完做什么：关注、收藏、评论、点链接 …</source>
        <translation>What readers should do next: follow, save, comment, tap the link…</translation>
    </message>
    <message>
        <source>封面上的大字</source>
        <translation>Big text on the cover</translation>
    </message>
    <message>
        <source>标题助手</source>
        <translation>Title helper</translation>
    </message>
    <message>
        <source>在选题库里打开这个选题</source>
        <translation>Open this topic in the topic library</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>填写内审…</source>
        <translation>Record internal review…</translation>
    </message>
    <message>
        <source>测试反馈…</source>
        <translation>Test feedback…</translation>
    </message>
    <message>
        <source>复制发布文案</source>
        <translation>Copy post text</translation>
    </message>
    <message>
        <source>历史版本…</source>
        <translation>Version history…</translation>
    </message>
    <message>
        <source>送内审</source>
        <translation>Send to internal review</translation>
    </message>
    <message>
        <source>小范围测试</source>
        <translation>Small test</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>Send back for revision</translation>
    </message>
    <message>
        <source>排期…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <source>标记已发布…</source>
        <translation>Mark as published…</translation>
    </message>
    <message>
        <source>选题：{title}</source>
        <translation>Topic: {title}</translation>
    </message>
    <message>
        <source>（内审{result}，{who}）</source>
        <translation> (internal review {result}, {who})</translation>
    </message>
    <message>
        <source>已通过</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>未通过</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>状态：{status}{review}</source>
        <translation>Status: {status}{review}</translation>
    </message>
    <message>
        <source>改排期…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <source>【{field}】{message}</source>
        <translation>[{field}] {message}</translation>
    </message>
    <message>
        <source>✓ 没有发现问题</source>
        <translation>✓ No problems found</translation>
    </message>
    <message>
        <source>{errors} 处必须改，{others} 条建议</source>
        <translation>{errors} must fix, {others} suggestions</translation>
    </message>
    <message>
        <source>没有必须改的，{others} 条建议可以看看</source>
        <translation>Nothing must be fixed; {others} suggestions worth a look</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>先写个标题或关联选题，再来找灵感</source>
        <translation>Write a title or link a topic first, then look for ideas</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not finish</translation>
    </message>
    <message>
        <source>计划什么时候发布？</source>
        <translation>When should it be published?</translation>
    </message>
    <message>
        <source>标记已发布</source>
        <translation>Mark as published</translation>
    </message>
    <message>
        <source>什么时候发的？链接是什么？</source>
        <translation>When was it posted? What&apos;s the link?</translation>
    </message>
    <message>
        <source>发布文案已复制，去{platform}后台粘贴即可。</source>
        <translation>Post text copied; paste it in the {platform} dashboard.</translation>
    </message>
</context>
<context>
    <name>DraftsTab</name>
    <message>
        <source>还没有自己的账号 — 先添加你运营的公众号、抖音、小红书账号，再来写草稿</source>
        <translation>No accounts of your own yet — add the WeChat, Douyin or Xiaohongshu accounts you run, then write drafts</translation>
    </message>
    <message>
        <source>新建草稿</source>
        <translation>New draft</translation>
    </message>
    <message>
        <source>{platform}草稿的标题：</source>
        <translation>Title of the {platform} draft:</translation>
    </message>
    <message>
        <source>发到哪个账号？</source>
        <translation>Which account is it for?</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <extracomment>View column kinds that stay typed in Excel; every other kind is written as the text the view shows.</extracomment>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>表格</source>
        <translation>table</translation>
    </message>
    <message>
        <source>导出到 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not finish</translation>
    </message>
    <message>
        <source>无法写入文件：{reason}
文件可能正在 Excel 里打开，关掉后再试。</source>
        <translation>Could not write the file: {reason}
It may be open in Excel; close it and try again.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>手机号和邮箱</source>
        <translation>Phone numbers and e-mail</translation>
    </message>
    <message>
        <source>有用户存了手机号或邮箱（个人信息）。导出全部数据时默认不带它们，改好再导回来时已保存的保持不变。

要连同手机号和邮箱一起导出吗？</source>
        <translation>Some members have a phone number or e-mail stored (personal data). Exporting everything leaves them out by default, and importing the edited file back keeps the stored ones.

Export them too?</translation>
    </message>
    <message>
        <source>导出全部数据</source>
        <translation>Export all data</translation>
    </message>
    <message>
        <source>已把 {tables} 张表、{rows} 行导出到：
{path}

在 Excel 里改好后，用“文件 → 导入…”可以再导回来。</source>
        <translation>Exported {tables} tables, {rows} rows to:
{path}

After editing in Excel, bring it back with File → Import….</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>导出已取消，没有留下文件。</source>
        <translation>Export cancelled; no file was left behind.</translation>
    </message>
    <message>
        <source>正在导出全部数据…</source>
        <translation>Exporting all data…</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>编辑反馈</source>
        <translation>Edit feedback</translation>
    </message>
    <message>
        <source>记一条反馈</source>
        <translation>Record feedback</translation>
    </message>
    <message>
        <source>用户原话，如：能不能出一期油皮夏天的护肤步骤？</source>
        <translation>The user&apos;s own words, e.g. Could you do a summer skincare routine for oily skin?</translation>
    </message>
    <message>
        <source>如：油皮、夏季护肤（用顿号或逗号隔开）</source>
        <translation>e.g. oily skin, summer skincare (separate with commas)</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
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
        <source>标签（需求主题）</source>
        <translation>Tags (need topics)</translation>
    </message>
    <message>
        <source>收到时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>（未关联用户）</source>
        <translation>(No member linked)</translation>
    </message>
    <message>
        <source>小范围测试反馈</source>
        <translation>Small-test feedback</translation>
    </message>
    <message>
        <source>把草稿发给几位老用户或同事看，记下他们的反馈：</source>
        <translation>Show the draft to a few loyal followers or colleagues and record their feedback:</translation>
    </message>
    <message>
        <source>例如：开头太长，第二段没看懂；标题很想点</source>
        <translation>e.g. The opening is too long, I didn&apos;t get paragraph 2; I really want to click the title</translation>
    </message>
    <message>
        <source>保存反馈</source>
        <translation>Save feedback</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>搜索反馈内容、标签…</source>
        <translation>Search feedback text, tags…</translation>
    </message>
    <message>
        <source>全部来源</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>记一条反馈…</source>
        <translation>Record feedback…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>转成选题</source>
        <translation>Turn into topic</translation>
    </message>
    <message>
        <source>还没有反馈 — 把私信、群聊、问卷和评论里用户说的话点“记一条反馈”记下来，好的需求可以直接转成选题</source>
        <translation>No feedback yet — click &quot;Record feedback&quot; to note what users say in DMs, group chats, surveys and comments; good requests can become topics directly</translation>
    </message>
    <message>
        <source>包括已完成和不做的</source>
        <translation>Include done and won&apos;t-do</translation>
    </message>
    <message>
        <source>导出需求清单…</source>
        <translation>Export needs list…</translation>
    </message>
    <message>
        <source>记下的反馈会按主题（标签）汇总到这里，出现越多的需求排在越前面</source>
        <translation>Recorded feedback is grouped here by theme (tag); the most frequent needs come first</translation>
    </message>
    <message>
        <source>用户需求清单</source>
        <translation>User needs list</translation>
    </message>
    <message>
        <source>反馈记录</source>
        <translation>Feedback log</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>打开选题</source>
        <translation>Open topic</translation>
    </message>
    <message>
        <source>这条反馈已经转成过选题，现在去选题库打开它吗？</source>
        <translation>This feedback has already become a topic; open it in the topic library now?</translation>
    </message>
    <message>
        <source>已生成选题“%1”（来源：用户需求），现在去选题库打开它吗？</source>
        <translation>Created topic &quot;%1&quot; (source: user need); open it in the topic library now?</translation>
    </message>
    <message>
        <source>导出用户需求清单</source>
        <translation>Export user needs list</translation>
    </message>
    <message>
        <source>用户需求清单.xlsx</source>
        <translation>User needs list.xlsx</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 行到：</source>
        <translation>
            <numerusform>Exported %n row to:</numerusform>
            <numerusform>Exported %n rows to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>级别</source>
        <extracomment>How a finding&apos;s subject kind opens: kinds the main window routes.</extracomment>
        <translation>Severity</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>这个月没有发现问题 — 导入内容和账号数据后，这里会按规则给出诊断和建议。</source>
        <translation>No problems found this month — after you import content and account data, diagnoses and suggestions appear here by rule.</translation>
    </message>
    <message>
        <source>诊断月份</source>
        <translation>Diagnosis month</translation>
    </message>
    <message>
        <source>记入运营手册…</source>
        <translation>Add to ops manual…</translation>
    </message>
    <message>
        <source>把选中的诊断写成一条经验，记入运营手册</source>
        <translation>Write the selected finding up as a lesson in the ops manual</translation>
    </message>
    <message>
        <source>{year}年{month}月</source>
        <translation>{month_name} {year}</translation>
    </message>
    <message>
        <source>正在诊断…</source>
        <translation>Diagnosing…</translation>
    </message>
    <message>
        <source>点击打开</source>
        <translation>Click to open</translation>
    </message>
    <message>
        <source>{cause} · {confidence}</source>
        <translation>{cause} · {confidence}</translation>
    </message>
    <message>
        <source>把握大：两个独立的数据都指向这个原因，或是确切的计数</source>
        <translation>Sure: two independent figures point to this cause, or it is an exact count</translation>
    </message>
    <message>
        <source>有一定把握：一个数据明显超出账号平时</source>
        <translation>Fairly sure: one figure is clearly outside the account&apos;s usual</translation>
    </message>
    <message>
        <source>推测：数据不够，按排除法判断</source>
        <translation>A guess: not enough data, judged by elimination</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>投放</source>
        <translation>Boost</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>发布计划</source>
        <translation>Posting plan</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>{kind}：{title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>全部级别</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>全部规则</source>
        <translation>All rules</translation>
    </message>
    <message>
        <source>全部平台</source>
        <translation>All platforms</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>Cause: </translation>
    </message>
    <message>
        <source>补上这些数据就能判断原因：</source>
        <translation>These figures would tell the cause:</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>取数日期</source>
        <translation>Snapshot date</translation>
    </message>
    <message>
        <source>发布后天数</source>
        <translation>Days since posting</translation>
    </message>
    <message>
        <source>发布时间</source>
        <translation>Published at</translation>
    </message>
    <message>
        <source>篇数</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>缺少的数据</source>
        <translation>Missing data</translation>
    </message>
    <message>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>此前日均</source>
        <translation>Previous daily average</translation>
    </message>
    <message>
        <source>对比天数</source>
        <translation>Days compared</translation>
    </message>
    <message>
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>应有</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>每周计划</source>
        <translation>Weekly plan</translation>
    </message>
    <message>
        <source>实际</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>完成比例</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>投放目的</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>平时单个粉丝成本</source>
        <translation>Usual cost per follower</translation>
    </message>
    <message>
        <source>可比篇数</source>
        <translation>Comparable posts</translation>
    </message>
    <message>
        <source>至少需要</source>
        <translation>At least needed</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>异常日期</source>
        <translation>Unusual dates</translation>
    </message>
    <message>
        <source>至少天数</source>
        <translation>Minimum days</translation>
    </message>
    <message>
        <source>各平台</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>阅读人数</source>
        <translation>Unique readers</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>开头几天浏览量</source>
        <translation>Views in the first days</translation>
    </message>
    <message>
        <source>开头几天</source>
        <translation>First days</translation>
    </message>
    <message>
        <source>之后增加的浏览量</source>
        <translation>Views added after</translation>
    </message>
    <message>
        <source>保本投入产出比</source>
        <translation>Break-even ROI</translation>
    </message>
    <message>
        <source>毛利率</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>平时的依据</source>
        <translation>Usual baseline</translation>
    </message>
    <message>
        <source>投放工具</source>
        <translation>Boost tool</translation>
    </message>
    <message>
        <source>是</source>
        <extracomment>Rates a finding&apos;s evidence carries that the metric dictionary does not list (diagnosis derives them). Evidence keys whose numbers are in the unit of the finding&apos;s own metric (a goal&apos;s target …).</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>同账号、同工具的其他投放</source>
        <translation>Other boosts of the same account and tool</translation>
    </message>
    <message>
        <source>没有可比的投放（按上限）</source>
        <translation>No comparable boosts (judged by the ceiling)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>（账号中位数）</source>
        <translation>(account median)</translation>
    </message>
</context>
<context>
    <name>FollowersChart</name>
    <message>
        <source>各平台粉丝数</source>
        <extracomment>Items a chart reuses from one draw to the next (cheaper than making them again).</extracomment>
        <translation>Followers by platform</translation>
    </message>
    <message>
        <source>粉丝数</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>这段时间没有粉丝数据 — 导入各平台的账号数据（粉丝数），这里会画出每天的粉丝变化。</source>
        <translation>No follower data for this period — import each platform&apos;s account data (follower counts) to chart daily follower changes.</translation>
    </message>
    <message>
        <source>%1 目标</source>
        <translation>%1 goal</translation>
    </message>
    <message>
        <source>目标（虚线）</source>
        <translation>Goal (dashed)</translation>
    </message>
    <message>
        <source>虚线是目标线：期初粉丝数加上每月涨粉目标的累计。</source>
        <translation>The dashed line is the goal: followers at the start plus the running total of monthly follower-growth goals.</translation>
    </message>
    <message>
        <source>这段时间没有设涨粉目标，所以没有目标线。</source>
        <translation>No follower-growth goal set for this period, so there is no goal line.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>跟随系统</source>
        <translation>Follow system</translation>
    </message>
    <message>
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>深色</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>界面语言：</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>外观：</source>
        <translation>Appearance:</translation>
    </message>
    <message>
        <source>外观马上生效；界面语言在下次打开 OpsDesk 时生效。</source>
        <translation>Appearance changes right away; the interface language changes the next time OpsDesk opens.</translation>
    </message>
    <message>
        <source>通用</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <source>目标</source>
        <extracomment>Row key of the all-accounts goal in the month table.</extracomment>
        <translation>Goals</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>平均分到 12 个月</source>
        <translation>Split evenly over 12 months</translation>
    </message>
    <message>
        <source>按月份权重分</source>
        <translation>Split by monthly weights</translation>
    </message>
    <message>
        <source>{m}月 </source>
        <translation>Month {m}: </translation>
    </message>
    <message>
        <source>算作全部账号的总目标</source>
        <translation>Count as the total for all accounts</translation>
    </message>
    <message>
        <source>按比例分给各平台账号</source>
        <translation>Split proportionally across platform accounts</translation>
    </message>
    <message>
        <source>拆分到各月</source>
        <translation>Split into months</translation>
    </message>
    <message>
        <source>年度目标</source>
        <translation>Annual goal</translation>
    </message>
    <message>
        <source>全年目标</source>
        <translation>Full-year goal</translation>
    </message>
    <message>
        <source>怎么拆</source>
        <translation>How to split</translation>
    </message>
    <message>
        <source>分给谁</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <source>每月目标（双击格子修改，清空表示不设）</source>
        <translation>Monthly goals (double-click a cell to edit; leave empty for no goal)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>全部账号</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>{m}月</source>
        <extracomment>The versions shown: a month&apos;s save is checked against its (someone may have saved since).</extracomment>
        <translation>Month {m}</translation>
    </message>
    <message>
        <source>全年</source>
        <translation>Full year</translation>
    </message>
    <message>
        <source>全部账号合计 {total}</source>
        <translation>All accounts total {total}</translation>
    </message>
    <message>
        <source>各账号合计 {total}</source>
        <translation>Sum of accounts {total}</translation>
    </message>
    <message>
        <source>{year} 年{metric}：</source>
        <translation>{year} {metric}:</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>“{text}”不是数字，请填数字，或清空表示不设目标</source>
        <translation>&quot;{text}&quot; is not a number; enter a number, or leave it empty for no goal</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>使用帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>1. 计划（月初）</source>
        <translation>1. Plan (start of month)</translation>
    </message>
    <message>
        <source>在{calendar}里用「目标…」定本月 KPI、用「发布计划…」定每个平台每周发几篇，用「热点日历…」看本月节点；在{topics}的「本月计划」里排 10–15 个选题，按时效性、价值度、转化力打分排优先级；在{community}的「反馈与需求」里把用户提的需求转成选题；竞品在{campaigns}的「竞品」页。</source>
        <translation>In {calendar}, use &quot;Goals…&quot; to set this month&apos;s KPIs, &quot;Posting plan…&quot; to set how many posts each platform gets per week, and &quot;Hot dates…&quot; to see this month&apos;s key dates; in {topics}, line up 10–15 topics under &quot;This month&apos;s plan&quot; and prioritise them by timeliness, value and conversion scores; in {community}, turn user requests under &quot;Feedback &amp; needs&quot; into topics; competitors are on the &quot;Competitors&quot; page in {campaigns}.</translation>
    </message>
    <message>
        <source>2. 生产（每周）</source>
        <translation>2. Produce (weekly)</translation>
    </message>
    <message>
        <source>在{topics}里选中选题，一键拆成各平台草稿；在{drafts}里按平台写：公众号长文、抖音脚本、小红书笔记，边写边检查字数、违禁词和标签；草稿走 撰写 → 内审 → 小范围测试 → 修改 → 排期。</source>
        <translation>In {topics}, select a topic and split it into drafts for each platform in one click; in {drafts}, write per platform — WeChat OA long reads, Douyin scripts, Xiaohongshu notes — with live checks for length, banned words and hashtags; drafts go Drafting → Internal review → Small test → Revising → Scheduled.</translation>
    </message>
    <message>
        <source>3. 分发（每天）</source>
        <translation>3. Distribute (daily)</translation>
    </message>
    <message>
        <source>在{calendar}里拖动安排发布时间，对照发布计划看哪天空着；活动、投放和合作在{campaigns}；用户、社群和分层运营在{community}；舆情提醒在「工具 → 品牌与舆情」。每周把各平台后台导出的表格拖进窗口（或 Ctrl+I）导入数据。</source>
        <translation>In {calendar}, drag posts to set publish times and compare against the posting plan to spot empty days; campaigns, boosts and collaborations are in {campaigns}; members, communities and segment operations are in {community}; sentiment alerts are under &quot;Tools → Brand &amp; monitoring&quot;. Each week, drag the spreadsheets exported from each platform&apos;s dashboard into the window (or press Ctrl+I) to import data.</translation>
    </message>
    <message>
        <source>4. 复盘（月底）</source>
        <translation>4. Review (end of month)</translation>
    </message>
    <message>
        <source>在{charts}里看涨粉、内容表现、最佳发布时间和「诊断」给出的建议；在{review}里看月度复盘表，写下亮点、问题和下月改进，Ctrl+P 打印或导出 PDF；好的做法和教训记进「运营手册」，下个月计划时再看。</source>
        <translation>In {charts}, check follower growth, content performance, best posting times and the suggestions from &quot;Diagnosis&quot;; in {review}, read the monthly review sheet and write down highlights, problems and next month&apos;s improvements, then press Ctrl+P to print or export a PDF; record good practices and lessons in the &quot;Playbook&quot; and revisit them when planning next month.</translation>
    </message>
    <message>
        <source>每个月的工作流程：计划 → 生产 → 分发 → 复盘</source>
        <translation>The monthly loop: plan → produce → publish → review</translation>
    </message>
    <message>
        <source>点蓝色的页面名可以直接过去。</source>
        <translation>Click a blue page name to go there.</translation>
    </message>
    <message>
        <source>数据放在哪里</source>
        <translation>Where your data lives</translation>
    </message>
    <message>
        <source>所有数据只存在这台电脑的数据文件夹里，每天自动备份一次。文件夹的位置、备份份数和从备份恢复都在「文件 → 设置… → 数据与备份」。</source>
        <translation>All data stays in the data folder on this computer and is backed up automatically once a day. The folder location, number of backups and restoring from a backup are under &quot;File → Settings… → Data &amp; backups&quot;.</translation>
    </message>
    <message>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>历史版本</source>
        <translation>Version history</translation>
    </message>
    <message>
        <source>恢复到这个版本</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>改之前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>改之后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>改动的字段</source>
        <translation>Changed fields</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>这是最早的版本。</source>
        <translation>This is the earliest version.</translation>
    </message>
    <message numerus="yes">
        <source>和上一个版本相比改了 %n 个字段。</source>
        <translation>
            <numerusform>%n field changed since the previous version.</numerusform>
            <numerusform>%n fields changed since the previous version.</numerusform>
        </translation>
    </message>
    <message>
        <source>和上一个版本相比没有改动文字。</source>
        <translation>No text changed since the previous version.</translation>
    </message>
</context>
<context>
    <name>HotDateEditor</name>
    <message>
        <source>修改热点</source>
        <translation>Edit hot date</translation>
    </message>
    <message>
        <source>添加热点</source>
        <translation>Add hot date</translation>
    </message>
    <message>
        <source>持续到</source>
        <translation>Lasts until</translation>
    </message>
    <message>
        <source>例如：品牌周年庆、新品上市</source>
        <translation>e.g. brand anniversary, product launch</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>每年重复</source>
        <translation>Every year</translation>
    </message>
    <message>
        <source>每年同月同日都提醒，适合周年庆、店庆</source>
        <translation>Remind on the same day every year, for anniversaries and store birthdays</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>提前准备</source>
        <translation>Prepare ahead</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HotDatesDialog</name>
    <message>
        <source>热点日历</source>
        <translation>Hot dates calendar</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>节假日、农历节日、节气和电商大促每年自动生成；修改内置热点会另存一份你的版本。</source>
        <translation>Public holidays, lunar festivals, solar terms and shopping festivals are generated every year; editing a built-in hot date saves your own copy.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>提前准备</source>
        <translation>Prepare ahead</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>（每年）</source>
        <translation> (every year)</translation>
    </message>
    <message>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>自己加的</source>
        <translation>Added by you</translation>
    </message>
    <message>
        <source>内置</source>
        <translation>Built-in</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 个</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>内置热点不能删除，可以修改</source>
        <translation>Built-in hot dates cannot be deleted, only edited</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入数据</source>
        <extracomment>The tables an import of each kind can change (what the tabs are told after it). Kinds whose rows the operator may put into a community (企业微信 customers and statistics).</extracomment>
        <translation>Import data</translation>
    </message>
    <message>
        <source>把各平台后台导出的文件拖到这里，或点“添加文件…”。可以一次放好几个文件；导入前会先显示识别结果和将要发生的改动。</source>
        <translation>Drag files exported from platform dashboards here, or click &quot;Add files…&quot;. You can add several files at once; the detected format and the changes are shown before anything is imported.</translation>
    </message>
    <message>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>自定义列对应…</source>
        <translation>Custom column mapping…</translation>
    </message>
    <message>
        <source>选一个自己的账号，或输入新账号的名字</source>
        <translation>Pick one of your accounts or type a new account name</translation>
    </message>
    <message>
        <source>选择账号</source>
        <translation>Choose an account</translation>
    </message>
    <message>
        <source>识别为</source>
        <translation>Detected as</translation>
    </message>
    <message>
        <source>导入到账号</source>
        <translation>Import into account</translation>
    </message>
    <message>
        <source>统计日期</source>
        <translation>Data date</translation>
    </message>
    <message>
        <source>这些客户或统计属于哪个社群；不选就不归入社群，输入新名字会新建社群</source>
        <translation>The community these customers or statistics belong to; leave empty for none, type a new name to create one</translation>
    </message>
    <message>
        <source>不归入社群</source>
        <translation>No community</translation>
    </message>
    <message>
        <source>归入社群</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>有问题的行</source>
        <translation>Problem rows</translation>
    </message>
    <message>
        <source>跳过有问题的行，导入其余的行</source>
        <translation>Skip problem rows and import the rest</translation>
    </message>
    <message>
        <source>取消导入</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation>Choose files to import</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xls *.csv *.xlsm *.ods *.txt);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv *.xlsm *.ods *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>这个文件已经在列表里了：{files}</source>
        <translation>This file is already in the list: {files}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>读这个文件时出错了，详情见日志。</source>
        <translation>Something went wrong reading this file; see the log for details.</translation>
    </message>
    <message>
        <source>正在识别…</source>
        <translation>Detecting…</translation>
    </message>
    <message>
        <source>认不出格式，可以自定义列对应</source>
        <translation>Format not recognised; you can map the columns yourself</translation>
    </message>
    <message>
        <source>需要处理，见右侧说明</source>
        <translation>Needs attention; see the notes on the right</translation>
    </message>
    <message>
        <source>可信度 {confidence}% · 新增 {inserted} · 更新 {updated} · 未变 {unchanged}</source>
        <translation>Confidence {confidence}% · {inserted} new · {updated} updated · {unchanged} unchanged</translation>
    </message>
    <message numerus="yes">
        <source>%n 行有问题</source>
        <translation>
            <numerusform>%n problem row</numerusform>
            <numerusform>%n problem rows</numerusform>
        </translation>
    </message>
    <message>
        <source>还没有文件</source>
        <translation>No files yet</translation>
    </message>
    <message>
        <source>把平台后台导出的 Excel/CSV 文件拖进来，或点“添加文件…”。</source>
        <translation>Drag in Excel/CSV files exported from platform dashboards, or click &quot;Add files…&quot;.</translation>
    </message>
    <message>
        <source>正在识别这个文件…</source>
        <translation>Detecting this file…</translation>
    </message>
    <message>
        <source>（取自文件）</source>
        <translation>(from the file)</translation>
    </message>
    <message>
        <source>（文件里没有日期，用的是今天）</source>
        <translation>(no date in the file; using today)</translation>
    </message>
    <message>
        <source>（手动指定）</source>
        <translation>(set manually)</translation>
    </message>
    <message>
        <source>条内容</source>
        <translation>posts</translation>
    </message>
    <message>
        <source>行</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>导入后：新增 {inserted} {what}，更新 {updated} {what}，{unchanged} {what}没有变化</source>
        <translation>After import: {inserted} {what} new, {updated} {what} updated, {unchanged} {what} unchanged</translation>
    </message>
    <message>
        <source>→ 请选择导入到哪个账号</source>
        <translation>→ Choose the account to import into</translation>
    </message>
    <message>
        <source>如果要重新导入，先在“导入记录”里撤销那一次。</source>
        <translation>To import it again, first undo that import in 「Import history」.</translation>
    </message>
    <message>
        <source>{platform}有好几个自己的账号（{names}），请在“导入到账号”里选一个。</source>
        <translation>{platform} has several own accounts ({names}): choose one under 「Import into account」.</translation>
    </message>
    <message>
        <source>这个文件已经导入过，再导入不会重复（导入记录 {batch}）。</source>
        <translation>This file was imported before; importing it again adds nothing twice (import {batch}).</translation>
    </message>
    <message>
        <source>这个文件 {month} 月 {day} 日已经导入过，再导入不会重复（导入记录 {batch}）。</source>
        <translation>This file was imported on {month}/{day}; importing it again adds nothing twice (import {batch}).</translation>
    </message>
    <message>
        <source>选好账号后，这里会显示导入后新增、更新多少条。</source>
        <translation>Once an account is chosen, this shows how many rows will be new and updated.</translation>
    </message>
    <message>
        <source>；其中 {linked} 条对应到 OpsDesk 里的草稿</source>
        <translation>; {linked} of them match drafts in OpsDesk</translation>
    </message>
    <message numerus="yes">
        <source>有 %n 行读不出来：</source>
        <translation>
            <numerusform>%n row could not be read:</numerusform>
            <numerusform>%n rows could not be read:</numerusform>
        </translation>
    </message>
    <message>
        <source>勾选“跳过有问题的行”只导入其余的行，或改好文件后重新添加。</source>
        <translation>Tick &quot;Skip problem rows&quot; to import only the other rows, or fix the file and add it again.</translation>
    </message>
    <message>
        <source>这些行会被跳过。</source>
        <translation>These rows will be skipped.</translation>
    </message>
    <message>
        <source>{label}（可信度 {confidence}%）</source>
        <translation>{label} (confidence {confidence}%)</translation>
    </message>
    <message>
        <source>新账号，导入时创建</source>
        <translation>New account, created on import</translation>
    </message>
    <message>
        <source>Excel 行</source>
        <translation>Excel row</translation>
    </message>
    <message numerus="yes">
        <source>预览（前 %n 行，按存进去的样子）</source>
        <translation>
            <numerusform>Preview (first %n row, as it will be stored)</numerusform>
            <numerusform>Preview (first %n rows, as they will be stored)</numerusform>
        </translation>
    </message>
    <message>
        <source>表</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>每张表的改动</source>
        <translation>Changes per table</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message numerus="yes">
        <source>有问题的行（%n）</source>
        <translation>
            <numerusform>Problem rows (%n)</numerusform>
            <numerusform>Problem rows (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>= 已经导入过（导入记录 {batch}），没有改动</source>
        <translation>= Already imported (import {batch}); nothing changed</translation>
    </message>
    <message numerus="yes">
        <source>✗ 有 %n 处数据读不出来，整个文件没有导入</source>
        <translation>
            <numerusform>✗ %n value could not be read; the whole file was not imported</numerusform>
            <numerusform>✗ %n values could not be read; the whole file was not imported</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ 已导入：新增 {inserted}，更新 {updated}，未变 {unchanged}</source>
        <translation>✓ Imported: {inserted} new, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>，对应到草稿 {n}</source>
        <translation>, {n} matched to drafts</translation>
    </message>
    <message>
        <source>，跳过 {n} 行</source>
        <translation>, {n} rows skipped</translation>
    </message>
    <message numerus="yes">
        <source>导入 %n 个文件</source>
        <translation>
            <numerusform>Import %n file</numerusform>
            <numerusform>Import %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>{text}：{file}（第 {n}/{of} 个）</source>
        <translation>{text}: {file} ({n} of {of})</translation>
    </message>
    <message numerus="yes">
        <source>导入完成：%n 个文件已导入</source>
        <translation>
            <numerusform>Import finished: %n file imported</numerusform>
            <numerusform>Import finished: %n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个文件有读不出来的行，没有导入</source>
        <translation>
            <numerusform>%n file has unreadable rows and was not imported</numerusform>
            <numerusform>%n files have unreadable rows and were not imported</numerusform>
        </translation>
    </message>
    <message>
        <source>已取消：“{file}”没有写入任何数据</source>
        <translation>Cancelled: nothing from &quot;{file}&quot; was written</translation>
    </message>
    <message numerus="yes">
        <source>取消之前已导入 %n 个文件</source>
        <translation>
            <numerusform>%n file was imported before cancelling</numerusform>
            <numerusform>%n files were imported before cancelling</numerusform>
        </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Unfinished</translation>
    </message>
    <message>
        <source>导入记录</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>还没有导入过文件 — 用“文件 → 导入…”或把文件拖到窗口上</source>
        <translation>No files imported yet — use &quot;File → Import…&quot; or drag files onto the window</translation>
    </message>
    <message>
        <source>撤销这次导入…</source>
        <translation>Undo this import…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>撤销导入</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>撤销导入记录 {id}（{file}）？
这次导入新增的 {inserted} 条数据会被删除，改过的 {updated} 条会恢复成导入前的样子。</source>
        <translation>Undo import {id} ({file})?
The {inserted} records it added will be deleted, and the {updated} it changed will go back to how they were before.</translation>
    </message>
    <message>
        <source>正在撤销导入…</source>
        <translation>Undoing import…</translation>
    </message>
    <message>
        <source>已撤销导入记录 {batch_id}（{file}）：删除 {deleted} 行，恢复 {restored} 行。</source>
        <translation>Undid import {batch_id} ({file}): {deleted} rows deleted, {restored} rows restored.</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <source>写一条经验</source>
        <translation>Write a lesson</translation>
    </message>
    <message>
        <source>成功经验（下次继续）</source>
        <translation>What worked (keep doing)</translation>
    </message>
    <message>
        <source>失败教训（下次避免）</source>
        <translation>What failed (avoid next time)</translation>
    </message>
    <message>
        <source>一句话，如：奖品发放晚了 5 天，差评变多</source>
        <translation>One sentence, e.g. Prizes went out 5 days late and complaints rose</translation>
    </message>
    <message>
        <source>数据依据，如：第 3–4 天新增参与接近 0</source>
        <translation>Data behind it, e.g. almost no new participants on days 3–4</translation>
    </message>
    <message>
        <source>下次具体怎么做</source>
        <translation>What exactly to do next time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>经验</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>做法</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>编辑经验</source>
        <translation>Edit lesson</translation>
    </message>
    <message>
        <source>记一条经验</source>
        <translation>Record a lesson</translation>
    </message>
    <message>
        <source>一句话写清：什么做法，结果如何</source>
        <translation>In one sentence: what was done and how it turned out</translation>
    </message>
    <message>
        <source>数据依据，如「打卡 3 天送资料，参与率只有 10%」</source>
        <translation>Data behind it, e.g. &quot;Gift after 3 check-in days: only 10% took part&quot;</translation>
    </message>
    <message>
        <source>下次怎么做，如「改成打卡 1 天就送资料」</source>
        <translation>What to do next time, e.g. &quot;Send the gift after 1 check-in day&quot;</translation>
    </message>
    <message>
        <source>领域</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>做法与说明</source>
        <translation>Action and notes</translation>
    </message>
</context>
<context>
    <name>LessonTable</name>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>领域</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>经验</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>做法与说明</source>
        <translation>Action and notes</translation>
    </message>
    <message>
        <source>新增经验…</source>
        <translation>New lesson…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除经验</source>
        <translation>Delete lesson</translation>
    </message>
    <message>
        <source>删除「{title}」？</source>
        <translation>Delete &quot;{title}&quot;?</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>保存数据</source>
        <translation>Save data</translation>
    </message>
    <message>
        <source>导入每日数据…</source>
        <translation>Import daily data…</translation>
    </message>
    <message>
        <source>下载模板</source>
        <translation>Download template</translation>
    </message>
    <message>
        <source>活动每日数据模板.xlsx</source>
        <translation>Campaign daily data template.xlsx</translation>
    </message>
    <message>
        <source>双击格子录入当天数字，留空表示没有数据</source>
        <translation>Double-click a cell to enter the day&apos;s number; leave empty for no data</translation>
    </message>
    <message>
        <source>参与 %1 / 目标 %2（%3）· 新增关注 %4 / %5 · 转化 %6 / %7 · 分享率 %8 · 花费 ¥%9 · ROI %10</source>
        <translation>Participants %1 / target %2 (%3) · New followers %4 / %5 · Conversions %6 / %7 · Share rate %8 · Spend ¥%9 · ROI %10</translation>
    </message>
    <message>
        <source>累计参与人数</source>
        <translation>Total participants</translation>
    </message>
    <message>
        <source>累计新增关注</source>
        <translation>Total new followers</translation>
    </message>
    <message>
        <source>累计转化</source>
        <translation>Total conversions</translation>
    </message>
    <message>
        <source>第几天</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>导入活动每日数据</source>
        <translation>Import campaign daily data</translation>
    </message>
</context>
<context>
    <name>LiveSessions</name>
    <message>
        <source>直播场次（只和直播比）</source>
        <extracomment>The widest the title column starts (the numbers beside it matter more). Number columns of every session, in this order.</extracomment>
        <translation>Live sessions (compared only with lives)</translation>
    </message>
    <message>
        <source>按%1排</source>
        <translation>By %1</translation>
    </message>
    <message>
        <source>直播的点赞是连点的爱心，会远超观看人数，所以直播只和直播比，不和短视频、图文放在一起排名。“店铺订单（估算）”是抖店订单里按达人和下单时间归到这一场的，仅供参考。</source>
        <translation>A live&apos;s likes are repeated heart taps and far exceed its viewers, so lives are ranked only among lives, never with videos or articles. &quot;Shop orders (estimated)&quot; are 抖店 orders assigned to this session by creator and order time — a guide only.</translation>
    </message>
    <message>
        <source>这段时间没有导入直播场次（抖音罗盘“概览数据（日）”或百应“历史直播”）。</source>
        <translation>No live sessions imported for this period (抖音罗盘 概览数据（日） or 百应 历史直播).</translation>
    </message>
    <message>
        <source>直播</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>开播时间</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>店铺订单（估算）</source>
        <translation>Shop orders (estimated)</translation>
    </message>
    <message>
        <source>店铺成交额（估算）</source>
        <translation>Shop revenue (estimated)</translation>
    </message>
</context>
<context>
    <name>LoopNotes</name>
    <message>
        <source>本月行动项（上月复盘定下的）</source>
        <extracomment>The widgets shown now (those of an earlier `show_for` are deleted later).</extracomment>
        <translation>This month&apos;s action items (from last month&apos;s review)</translation>
    </message>
    <message>
        <source>（{date} 前）</source>
        <translation> (by {date})</translation>
    </message>
    <message>
        <source>做完了就勾上，下月复盘会列出完成情况</source>
        <translation>Tick it when done; next month&apos;s review lists what was done</translation>
    </message>
    <message>
        <source>运营手册里的经验</source>
        <translation>Lessons from the ops manual</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OpsDesk 运营台 — 团队 {where}</source>
        <extracomment>Which tab shows an item of each kind (for `openItem` routing). The seven tabs in order: module, class, object name, icon (titles are in `_tab_titles`). The tab method that shows an item of a kind that is not the tab&apos;s main kind (default `show_item`). How long a deferred window waits for its first tab&apos;s paint (hidden or minimised at once) before going on.</extracomment>
        <translation>OpsDesk — team {where}</translation>
    </message>
    <message>
        <source>OpsDesk 运营台 — 本地 {where}</source>
        <translation>OpsDesk — local {where}</translation>
    </message>
    <message>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>选题库</source>
        <translation>Topic library</translation>
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
        <source>导入记录…</source>
        <translation>Import history…</translation>
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
        <source>团队数据库：{where}</source>
        <translation>Team database: {where}</translation>
    </message>
    <message>
        <source>本地数据：{where}</source>
        <translation>Local data: {where}</translation>
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
        <source>&lt;h3&gt;OpsDesk 运营台 {version}&lt;/h3&gt;&lt;p&gt;新媒体运营的本地工作台：计划、制作、分发、复盘。&lt;/p&gt;&lt;p&gt;数据只存在这台电脑上：{path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OpsDesk {version}&lt;/h3&gt;&lt;p&gt;A local workbench for new-media operators: plan, produce, distribute, review.&lt;/p&gt;&lt;p&gt;Your data stays on this computer: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>还没有日志文件。</source>
        <translation>There is no log file yet.</translation>
    </message>
</context>
<context>
    <name>ManualView</name>
    <message>
        <source>全部领域</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>成功和失败</source>
        <translation>Successes and failures</translation>
    </message>
    <message>
        <source>搜索经验、依据、做法…</source>
        <translation>Search lessons, evidence, actions…</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>运营手册 · 打印预览</source>
        <translation>Playbook · Print preview</translation>
    </message>
    <message>
        <source>导出运营手册 PDF</source>
        <translation>Export playbook PDF</translation>
    </message>
    <message>
        <source>运营手册.pdf</source>
        <translation>Playbook.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>正在生成 PDF…</source>
        <translation>Creating PDF…</translation>
    </message>
    <message>
        <source>导出运营手册 Excel</source>
        <translation>Export playbook Excel</translation>
    </message>
    <message>
        <source>运营手册.xlsx</source>
        <translation>Playbook.xlsx</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>标题</source>
        <extracomment>Keep the column as exported, in the record&apos;s other columns (`extra`): nothing the file carried is lost. How many sample values of each column the editor shows next to it. Rows scanned for the header row (the first row with two or more filled cells, as detection does).</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>发布时间</source>
        <translation>Published at</translation>
    </message>
    <message>
        <source>作品ID</source>
        <translation>Post ID</translation>
    </message>
    <message>
        <source>链接</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>体裁</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>播放/阅读量</source>
        <translation>Views/reads</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>子订单编号</source>
        <translation>Sub-order no.</translation>
    </message>
    <message>
        <source>主订单编号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>商品ID</source>
        <translation>Product ID</translation>
    </message>
    <message>
        <source>商品数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>订单应付金额</source>
        <translation>Amount payable</translation>
    </message>
    <message>
        <source>下单时间</source>
        <translation>Ordered at</translation>
    </message>
    <message>
        <source>支付时间</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>完成时间</source>
        <translation>Completed at</translation>
    </message>
    <message>
        <source>订单状态</source>
        <translation>Order status</translation>
    </message>
    <message>
        <source>售后状态</source>
        <translation>After-sales status</translation>
    </message>
    <message>
        <source>取消原因</source>
        <translation>Cancel reason</translation>
    </message>
    <message>
        <source>流量来源</source>
        <translation>Traffic source</translation>
    </message>
    <message>
        <source>流量体裁</source>
        <translation>Traffic format</translation>
    </message>
    <message>
        <source>流量类型</source>
        <translation>Traffic type</translation>
    </message>
    <message>
        <source>达人ID</source>
        <translation>Creator ID</translation>
    </message>
    <message>
        <source>达人昵称</source>
        <translation>Creator name</translation>
    </message>
    <message>
        <source>省</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>内容数据（每行一条内容）</source>
        <translation>Post data (one post per row)</translation>
    </message>
    <message>
        <source>账号每日数据（每行一天）</source>
        <translation>Daily account data (one day per row)</translation>
    </message>
    <message>
        <source>店铺订单（每行一个子订单）</source>
        <translation>Shop orders (one row per sub-order)</translation>
    </message>
    <message>
        <source>{n} 秒</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>自定义列对应 — {file}</source>
        <extracomment>What OpsDesk recognised the file as (its format&apos;s mapping is where every column starts).</extracomment>
        <translation>Custom column mapping — {file}</translation>
    </message>
    <message>
        <source>OpsDesk 认出这是“{format}”，每一列已经按它填好，只需改对错了的列。要原样留着的列选“保留原样”，不需要的列选“忽略”。保存后，同样表头的文件都按这里的对应导入。</source>
        <translation>OpsDesk recognised this as “{format}” and filled in every column accordingly: just correct the ones that are wrong. Choose “Keep as is” for columns to keep unchanged and “Ignore” for columns you don&apos;t need. Once saved, files with the same headers are imported this way.</translation>
    </message>
    <message>
        <source>OpsDesk 认不出这个文件。请告诉它每一列是什么：要原样留着的列选“保留原样”，不需要的列选“忽略”。“标题”和“发布时间”（账号数据是“日期”）必须选。保存后，下次同样表头的文件会自动识别。</source>
        <translation>OpsDesk does not recognise this file. Tell it what each column is: choose “Keep as is” for columns to keep unchanged and “Ignore” for columns you don&apos;t need. “Title” and “Published” (“Date” for account data) are required. Once saved, files with the same headers are recognised next time.</translation>
    </message>
    <message>
        <source>有列会被丢掉</source>
        <translation>Some columns would be dropped</translation>
    </message>
    <message>
        <source>“{format}”会读取这些列，按现在的对应它们不会再存成数据：{columns}。

仍然保存吗？</source>
        <translation>“{format}” reads these columns, but with this mapping they would no longer be stored: {columns}.

Save anyway?</translation>
    </message>
    <message>
        <source>格式名称</source>
        <translation>Format name</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>数据类型</source>
        <translation>Data type</translation>
    </message>
    <message>
        <source>文件里的列</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <source>对应到</source>
        <translation>Maps to</translation>
    </message>
    <message>
        <source>示例值</source>
        <translation>Sample value</translation>
    </message>
    <message>
        <source>保存并使用</source>
        <translation>Save and use</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>预览（按这样对应后存进去的样子）</source>
        <translation>Preview (as stored with this mapping)</translation>
    </message>
    <message>
        <source>保留原样</source>
        <translation>Keep as is</translation>
    </message>
    <message>
        <source>忽略</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>还没有指定：{fields}</source>
        <translation>Not mapped yet: {fields}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>正在按这样的对应读取文件…</source>
        <translation>Reading the file with this mapping…</translation>
    </message>
    <message>
        <source>Excel 行</source>
        <translation>Excel row</translation>
    </message>
    <message numerus="yes">
        <source>能读出 %n 行</source>
        <translation>
            <numerusform>%n row can be read</numerusform>
            <numerusform>%n rows can be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>，%n 行有问题（导入时可以选择跳过）</source>
        <translation>
            <numerusform>, %n row has problems (you can skip it when importing)</numerusform>
            <numerusform>, %n rows have problems (you can skip them when importing)</numerusform>
        </translation>
    </message>
    <message>
        <source>请给这个格式起个名字，比如“视频号 作品列表（我的整理版）”。</source>
        <translation>Give this format a name, e.g. &quot;Channels posts list (my version)&quot;.</translation>
    </message>
</context>
<context>
    <name>MemberDetail</name>
    <message>
        <source>在左边的列表里点一位用户，这里显示TA的资料、标签、活跃、购买和反馈。</source>
        <extracomment>Show phone and e-mail in full (the page keeps it in step with its list).</extracomment>
        <translation>Click a user in the list on the left to see their profile, tags, activity, purchases and feedback here.</translation>
    </message>
    <message>
        <source>用户ID：{id}</source>
        <translation>User ID: {id}</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>E-mail</translation>
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
        <source>常活跃时段</source>
        <translation>Usually active</translation>
    </message>
    <message>
        <source>%1 点前后</source>
        <translation>Around %1:00</translation>
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
        <source>活跃与购买</source>
        <translation>Activity and purchases</translation>
    </message>
    <message numerus="yes">
        <source>TA给过的反馈（%n 条）</source>
        <translation>
            <numerusform>Their feedback (%n)</numerusform>
            <numerusform>Their feedback (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>已转选题</source>
        <translation>Turned into topic</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>手机号和邮箱</source>
        <extracomment>The filters the model passes on as `equals` keys (MemberFilter fields).</extracomment>
        <translation>Phone numbers and e-mail</translation>
    </message>
    <message>
        <source>搜索昵称、标签、备注…</source>
        <translation>Search nickname, tags, notes…</translation>
    </message>
    <message>
        <source>全部分层</source>
        <translation>All segments</translation>
    </message>
    <message>
        <source>全部社群</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>全部平台</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>全部地区</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>下载导入模板…</source>
        <translation>Download import template…</translation>
    </message>
    <message>
        <source>导入用户…</source>
        <translation>Import members…</translation>
    </message>
    <message>
        <source>导出当前列表…</source>
        <translation>Export current list…</translation>
    </message>
    <message>
        <source>为TA记一条反馈…</source>
        <translation>Record feedback from this member…</translation>
    </message>
    <message>
        <source>还没有用户数据 — 点“下载导入模板”，把各平台后台导出的粉丝/会员名单按模板整理好，再点“导入用户…”</source>
        <translation>No member data yet — click &quot;Download import template&quot;, arrange the follower/member lists exported from each platform to match it, then click &quot;Import members…&quot;</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 位用户</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>保存用户名单导入模板</source>
        <translation>Save member list import template</translation>
    </message>
    <message>
        <source>用户名单导入模板.xlsx</source>
        <translation>Member list import template.xlsx</translation>
    </message>
    <message>
        <source>模板已保存</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <source>模板已保存到：
%1

按表头填好（昵称必填；有“用户ID”时按平台+用户ID更新，没有时按昵称+社群更新），再点“导入用户…”。</source>
        <translation>Template saved to:
%1

Fill it in by the headers (nickname is required; rows with a &quot;User ID&quot; update by platform + user ID, otherwise by nickname + community), then click &quot;Import members…&quot;.</translation>
    </message>
    <message>
        <source>导出当前列表</source>
        <translation>Export current list</translation>
    </message>
    <message>
        <source>用户名单.xlsx</source>
        <translation>Member list.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 行到：</source>
        <translation>
            <numerusform>Exported %n row to:</numerusform>
            <numerusform>Exported %n rows to:</numerusform>
        </translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>选择用户名单文件</source>
        <translation>Choose a member list file</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xls *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>正在读取文件…</source>
        <translation>Reading file…</translation>
    </message>
    <message>
        <source>导入用户</source>
        <translation>Import members</translation>
    </message>
    <message>
        <source>这个文件已经导入过了，没有再导一次。</source>
        <translation>This file was already imported; it was not imported again.</translation>
    </message>
    <message>
        <source>“%1”共 %2 行：将新增 %3 位用户，更新 %4 位，%5 位没有变化。</source>
        <translation>&quot;%1&quot; has %2 rows: %3 new members, %4 updated, %5 unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>有 %n 行读不出来，会跳过：</source>
        <translation>
            <numerusform>%n row could not be read and will be skipped:</numerusform>
            <numerusform>%n rows could not be read and will be skipped:</numerusform>
        </translation>
    </message>
    <message>
        <source>现在导入吗？</source>
        <translation>Import now?</translation>
    </message>
    <message>
        <source>正在导入用户…</source>
        <translation>Importing members…</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>新增 %1 位用户，更新 %2 位，跳过 %3 行。分层已重新计算。</source>
        <translation>%1 new members, %2 updated, %3 rows skipped. Segments recalculated.</translation>
    </message>
    <message>
        <source>没有导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>文件里有读不出来的行，什么也没有改。</source>
        <translation>Some rows in the file could not be read; nothing changed.</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>导入已取消，用户名单没有任何改动。</source>
        <translation>Import cancelled; the member list is unchanged.</translation>
    </message>
</context>
<context>
    <name>MentionsPage</name>
    <message numerus="yes">
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricHelpDialog</name>
    <message>
        <source>指标说明（口径）</source>
        <translation>Metric definitions</translation>
    </message>
    <message>
        <source>各平台后台的统计方法不一样。运营台里的每个数字都按下面的口径计算；缺了某一项时结果留空，不做部分相加。</source>
        <translation>Each platform&apos;s dashboard counts differently. Every number in OpsDesk uses the definitions below; if any part is missing the result is left blank rather than partly added up.</translation>
    </message>
    <message>
        <source>全部平台</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>搜索指标…</source>
        <translation>Search metrics…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>没有找到这个指标。</source>
        <translation>No such metric found.</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message numerus="yes">
        <source>还有 %n 条…</source>
        <translation>
            <numerusform>%n more…</numerusform>
            <numerusform>%n more…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <source>{m} 月</source>
        <translation>Month {m}</translation>
    </message>
</context>
<context>
    <name>NetFollowsChart</name>
    <message>
        <source>每周净增关注</source>
        <translation>Weekly net follows</translation>
    </message>
    <message>
        <source>净增关注（人）</source>
        <translation>Net follows</translation>
    </message>
    <message>
        <source>每周（周一起）</source>
        <translation>Weekly (weeks start on Monday)</translation>
    </message>
    <message>
        <source>这段时间没有关注数据 — 导入账号每日数据（新增/取消关注）后显示每周净增。</source>
        <translation>No follower data for this period — import daily account data (follows/unfollows) to see weekly net follows.</translation>
    </message>
    <message>
        <source>%1 起的一周</source>
        <translation>Week of %1</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>新建活动</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>空白活动（自己填）</source>
        <translation>Blank campaign (fill in yourself)</translation>
    </message>
    <message>
        <source>模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <source>正式开始</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>空白活动：只填名称和日期，其余在“策划”里补充。</source>
        <translation>Blank campaign: just a name and dates; fill in the rest under &quot;Plan&quot;.</translation>
    </message>
    <message>
        <source>会预填：规则“%1”；奖品“%2”；预算 ¥%3；渠道 %4；活动 %5 天，提前 %6 天预热；%7 项任务（海报、落地页、奖品、推送文案…）。</source>
        <translation>Prefills: rules &quot;%1&quot;; prize &quot;%2&quot;; budget ¥%3; channels %4; %5-day campaign with %6 days of warm-up; %7 tasks (poster, landing page, prizes, push copy…).</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>PersonaPage</name>
    <message>
        <source>全部分层</source>
        <translation>All segments</translation>
    </message>
    <message>
        <source>全部社群</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>看谁：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>需求—痛点—偏好</source>
        <translation>Needs — pain points — preferences</translation>
    </message>
    <message>
        <source>这里还没有用户 — 导入粉丝/会员名单（带性别、地区、标签），就能看到用户画像</source>
        <translation>No members here yet — import a follower/member list (with gender, region, tags) to see the audience persona</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>问卷「{survey}」· {role}：{shares}</source>
        <translation>Survey &quot;{survey}&quot; · {role}: {shares}</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>地区（前 10）</source>
        <translation>Region (top 10)</translation>
    </message>
    <message>
        <source>活跃时段（点）</source>
        <translation>Active hours</translation>
    </message>
    <message>
        <source>标签（前 15）</source>
        <translation>Tags (top 15)</translation>
    </message>
    <message>
        <source>这个范围里没有用户 — 换一个分层或社群看看</source>
        <translation>No members in this range — try another segment or community</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 位用户</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>还没有足够的标签和反馈来总结 — 给用户打标签、在“反馈与需求”里记录用户说的话，这里会总结出需求、痛点和偏好。</source>
        <translation>Not enough tags and feedback to summarise yet — tag members and record what they say under &quot;Feedback &amp; needs&quot;, and needs, pain points and preferences will be summarised here.</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>下月计划</source>
        <translation>Next month&apos;s plan</translation>
    </message>
    <message>
        <source>正在生成计划…</source>
        <translation>Building the plan…</translation>
    </message>
    <message>
        <source>全部账号</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>已设</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>新建议</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>选题</source>
        <translation>Topic</translation>
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
        <source>来源</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>行动项</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>用在</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>截止</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>来自</source>
        <translation>From</translation>
    </message>
    <message>
        <source>目标（各平台之和就是总目标）</source>
        <translation>Goals (the platforms add up to the total)</translation>
    </message>
    <message>
        <source>选题（10–15 个，按建议分排序）</source>
        <translation>Topics (10–15, ranked by proposed score)</translation>
    </message>
    <message>
        <source>行动项（来自上月诊断和复盘）</source>
        <translation>Action items (from last month&apos;s diagnosis and review)</translation>
    </message>
    <message>
        <source>接受计划</source>
        <translation>Accept plan</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>Take back</translation>
    </message>
    <message>
        <source>正在生成下月计划…</source>
        <translation>Building next month&apos;s plan…</translation>
    </message>
    <message>
        <source>{month} 计划（依据 {reviewed} 的复盘和近三个月的数据）</source>
        <translation>Plan for {month} (from the {reviewed} review and the last three months&apos; data)</translation>
    </message>
    <message>
        <source>已于 {at} 接受：选题已排进 {month}，目标和行动项已写入。要重新生成，先撤回。</source>
        <translation>Accepted at {at}: topics planned for {month}, goals and action items written. Take it back to build it again.</translation>
    </message>
    <message>
        <source>勾选要采用的部分，再点「接受计划」。已设的目标保留不动；选题会排进 {month}。</source>
        <translation>Tick what to adopt, then click Accept plan. Goals already set stay as they are; topics are planned for {month}.</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>反馈</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>热点</source>
        <translation>Hot date</translation>
    </message>
    <message>
        <source>竞品</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <source>经验</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>诊断</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>{month} 复盘·下月策略调整</source>
        <translation>{month} review · changes for next month</translation>
    </message>
    <message>
        <source>{month} 诊断</source>
        <translation>{month} diagnosis</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>热点或纪念日，如：双11、品牌周年庆</source>
        <extracomment>The loaded campaign&apos;s version (a save is checked against it) and the day it was shown on.</extracomment>
        <translation>Hot date or anniversary, e.g. Double 11, brand anniversary</translation>
    </message>
    <message>
        <source>一句话说清：做什么、得什么</source>
        <translation>In one sentence: what people do and what they get</translation>
    </message>
    <message>
        <source>用顿号或逗号隔开，如：公众号、社群、朋友圈</source>
        <translation>Separate with commas, e.g. WeChat OA, communities, WeChat Moments</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>保存策划</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>参与人数</source>
        <extracomment>True once the operator changed a field since the last load or save: a refresh (another operator&apos;s save arriving) then leaves the page alone instead of replacing the typing.</extracomment>
        <translation>Participants</translation>
    </message>
    <message>
        <source>新增关注</source>
        <translation>New followers</translation>
    </message>
    <message>
        <source>转化（订单）</source>
        <translation>Conversions (orders)</translation>
    </message>
    <message>
        <source>曝光</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>成交金额</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>提前预热</source>
        <translation>Warm-up</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>借势节点</source>
        <translation>Tie-in date</translation>
    </message>
    <message>
        <source>目标类型</source>
        <translation>Goal type</translation>
    </message>
    <message>
        <source>目标数</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>活动规则</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>奖品</source>
        <translation>Prizes</translation>
    </message>
    <message>
        <source>预算（元）</source>
        <translation>Budget (yuan)</translation>
    </message>
    <message>
        <source>推广渠道</source>
        <translation>Promotion channels</translation>
    </message>
    <message>
        <source>活动时间</source>
        <translation>Campaign dates</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>按日期应为：%1</source>
        <translation>By the dates it should be: %1</translation>
    </message>
    <message>
        <source>改为“%1”</source>
        <translation>Change to &quot;%1&quot;</translation>
    </message>
    <message>
        <source>{name}（{date}）</source>
        <translation>{name} ({date})</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>这个月还没有排选题 — 在「选题库」里选中选题，用「设月份」排进来，或者用右边的热点和用户需求建选题</source>
        <translation>No topics planned for this month — select topics in the &quot;Topic library&quot; and use &quot;Set month&quot; to add them, or create topics from the hot dates and user needs on the right</translation>
    </message>
    <message>
        <source>拖动调整顺序；双击打开选题</source>
        <translation>Drag to reorder; double-click to open a topic</translation>
    </message>
    <message>
        <source>用这个热点建选题</source>
        <translation>Create topic from this hot date</translation>
    </message>
    <message>
        <source>用这个需求建选题</source>
        <translation>Create topic from this need</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>生成本月计划…</source>
        <translation>Build this month&apos;s plan…</translation>
    </message>
    <message>
        <source>依据复盘、数据和用户需求，建议这个月的目标、选题和行动项</source>
        <translation>Proposes this month&apos;s goals, topics and action items from the review, the data and users&apos; needs</translation>
    </message>
    <message>
        <source>本月热点（可做选题）</source>
        <translation>Hot dates this month (topic ideas)</translation>
    </message>
    <message>
        <source>用户需求清单</source>
        <translation>User needs list</translation>
    </message>
    <message>
        <source>本月选题 {count}（建议 {low}–{high}）</source>
        <translation>Topics this month {count} (suggested {low}–{high})</translation>
    </message>
    <message>
        <source>{priority}（手动）</source>
        <translation>{priority} (manual)</translation>
    </message>
    <message>
        <source>{rank}. {title}    {priority} · {score:.2f} 分 · {status}</source>
        <translation>{rank}. {title}    {priority} · {score:.2f} pts · {status}</translation>
    </message>
    <message>
        <source>{theme}（{count} 条反馈，{open} 条待处理）</source>
        <translation>{theme} ({count} feedback, {open} open)</translation>
    </message>
</context>
<context>
    <name>PlatformDrafts</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
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
        <source>排期</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>最后修改</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>这个平台没有未发布的草稿 — 在「选题库」里选一个选题，点「生成草稿…」</source>
        <translation>No unpublished drafts for this platform — select a topic in the &quot;Topic library&quot; and click &quot;Create drafts…&quot;</translation>
    </message>
    <message>
        <source>在左边选一篇草稿开始写</source>
        <translation>Pick a draft on the left to start writing</translation>
    </message>
</context>
<context>
    <name>PostingPlanDialog</name>
    <message>
        <source>发布计划</source>
        <translation>Posting plan</translation>
    </message>
    <message>
        <source>每个平台每周发几篇。日历上没达到计划的周和天会标成橙色，月头会提示每个平台还需发几篇。填 0 表示不设计划。</source>
        <translation>How many posts each platform gets per week. Weeks and days that miss the plan are marked orange on the calendar, and at the start of the month you&apos;re told how many posts each platform still needs. Enter 0 for no plan.</translation>
    </message>
    <message>
        <source> 篇/周</source>
        <translation> posts/week</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PostingPlanPage</name>
    <message>
        <source> 篇/周</source>
        <translation> posts/week</translation>
    </message>
    <message>
        <source>不设</source>
        <translation>None</translation>
    </message>
    <message>
        <source>每个平台每周打算发几篇。日历按它标出哪周发少了，诊断按它判断发布是否不足。</source>
        <translation>How many posts each platform should get per week. The calendar uses it to flag light weeks, and diagnosis uses it to judge whether you post too little.</translation>
    </message>
    <message>
        <source>发布计划</source>
        <translation>Posting plan</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>保存客户的手机号和邮箱（个人信息）</source>
        <translation>Store customers&apos; phone numbers and e-mail (personal data)</translation>
    </message>
    <message>
        <source>在用户列表里显示完整的手机号和邮箱</source>
        <translation>Show full phone numbers and e-mail in the member list</translation>
    </message>
    <message>
        <source>企业微信导出的客户列表里有客户的手机号和邮箱，它们是个人信息。不勾选时，导入只保存昵称、添加人、添加时间、来源、描述和标签，手机号和邮箱一个也不保存。勾选后，之后导入的客户列表才保存它们（已经导入过的，再导入一份新导出的客户列表就会补上）。取消勾选时会问你要不要把已经保存的手机号和邮箱一起清除。</source>
        <translation>WeCom customer lists carry customers&apos; phone numbers and e-mail: personal data. Unticked, an import stores only name, added by, added at, source, description and tags — no phone or e-mail at all. Ticked, customer lists imported from then on store them (for ones already imported, import a newer export to fill them in). Unticking asks whether to erase the stored phone numbers and e-mail too.</translation>
    </message>
    <message>
        <source>不勾选时，用户列表和详情里的手机号和邮箱打码显示（如 138****5678、a***@example.com）。导出用户名单或某一层用户时也默认打码，导出时会问你要不要完整导出。</source>
        <translation>Unticked, phone numbers and e-mail are masked in the member list and details (e.g. 138****5678, a***@example.com). Member and segment exports mask them by default too and ask whether to export them in full.</translation>
    </message>
    <message>
        <source>个人信息</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>不再保存手机号和邮箱</source>
        <translation>Stop storing phone numbers and e-mail</translation>
    </message>
    <message numerus="yes">
        <source>已经保存了 %n 位客户的手机号或邮箱。要现在把它们全部清除吗？

选“是”：全部清除，无法恢复（撤销导入也不会带回来）。
选“否”：已保存的留着，以后导入的不再保存。</source>
        <translation>
            <numerusform>Phone numbers or e-mail are stored for %n customer. Erase them all now?

Yes: erase them all; this cannot be undone (undoing an import won&apos;t bring them back).
No: keep what is stored; future imports store none.</numerusform>
            <numerusform>Phone numbers or e-mail are stored for %n customers. Erase them all now?

Yes: erase them all; this cannot be undone (undoing an import won&apos;t bring them back).
No: keep what is stored; future imports store none.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <source>编辑投放</source>
        <translation>Edit boost</translation>
    </message>
    <message>
        <source>新增投放</source>
        <translation>New boost</translation>
    </message>
    <message>
        <source>（不关联）</source>
        <translation>(None)</translation>
    </message>
    <message>
        <source>广东,浙江</source>
        <translation>Guangdong, Zhejiang</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>关联内容</source>
        <translation>Linked content</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>所属活动</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>工具</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>人群年龄</source>
        <translation>Audience age</translation>
    </message>
    <message>
        <source>人群性别</source>
        <translation>Audience gender</translation>
    </message>
    <message>
        <source>人群地域</source>
        <translation>Audience region</translation>
    </message>
    <message>
        <source>人群兴趣</source>
        <translation>Audience interests</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>时长(小时)</source>
        <translation>Duration (hours)</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>花费</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>曝光</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>点击</source>
        <translation>Clicks</translation>
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
        <source>成交金额</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>点击率 %1 · 转化率 %2 · 单次转化成本 %3 · ROI %4 · 单粉成本 %5</source>
        <translation>CTR %1 · Conversion rate %2 · Cost per conversion %3 · ROI %4 · Cost per follower %5</translation>
    </message>
</context>
<context>
    <name>PromotionRoiChart</name>
    <message>
        <source>这段时间没有开始的投放 — 记下 Dou+、薯条等投放的花费和成交，这里会算出 ROI。</source>
        <translation>No boosts started in this period — record spend and sales of DOU+, Shutiao and other boosts, and ROI will be calculated here.</translation>
    </message>
</context>
<context>
    <name>PromotionsPage</name>
    <message>
        <source>投放</source>
        <translation>Boost</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>工具</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>花费</source>
        <translation>Spend</translation>
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
        <source>成交金额</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>点击率</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>转化率</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>单次转化成本</source>
        <translation>Cost per conversion</translation>
    </message>
    <message>
        <source>保本ROI</source>
        <translation>Break-even ROI</translation>
    </message>
    <message>
        <source>单粉成本</source>
        <translation>Cost per follower</translation>
    </message>
    <message>
        <source>建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>时长(小时)</source>
        <translation>Duration (hours)</translation>
    </message>
    <message>
        <source>曝光</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>点击</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>人群</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>还没有投放记录 — 点“新增投放…”记一笔 DOU+/薯条/广点通，或下载模板批量导入</source>
        <translation>No boosts yet — click &quot;New boost…&quot; to record a DOU+/Shutiao/Guangdiantong spend, or download the template to import in bulk</translation>
    </message>
    <message>
        <source>新增投放…</source>
        <translation>New boost…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>记入运营手册…</source>
        <translation>Add to ops manual…</translation>
    </message>
    <message>
        <source>下载模板</source>
        <translation>Download template</translation>
    </message>
    <message>
        <source>付费推广模板.xlsx</source>
        <translation>Paid promotion template.xlsx</translation>
    </message>
    <message>
        <source>导入投放数据…</source>
        <translation>Import boost data…</translation>
    </message>
    <message>
        <source>值得加热：最近发布、开局的完播率/互动率/涨粉率高于账号同类内容中位数的内容</source>
        <translation>Worth boosting: recent posts whose first-days completion, engagement or follow rate beat the median of the account&apos;s posts of the same format</translation>
    </message>
    <message>
        <source>预算和人群取自你在这个账号过去的投放（花费中位数、单次转化成本最低那次的人群）；毛利率和保本线在 设置 → 投放、活动与舆情</source>
        <translation>Budget and audience come from your past boosts on this account (median spend, the audience of the lowest cost per conversion); gross margin and break-even are in Settings → Boosts, campaigns and watch</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>建议工具</source>
        <translation>Suggested tool</translation>
    </message>
    <message>
        <source>建议预算</source>
        <translation>Suggested budget</translation>
    </message>
    <message>
        <source>建议人群</source>
        <translation>Suggested audience</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>最近两周没有明显好于平时的内容 — 等新内容的数据导入后再看</source>
        <translation>Nothing clearly better than usual in the last two weeks — check again once new posts&apos; data is imported</translation>
    </message>
    <message>
        <source>按建议新增投放…</source>
        <translation>New boost as suggested…</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 条投放建议停投（红色行，鼠标停在行上看原因）：</source>
        <translation>
            <numerusform>%n boost should be stopped (red row; hover over it for the reason): </numerusform>
            <numerusform>%n boosts should be stopped (red rows; hover over a row for the reason): </numerusform>
        </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>按建议新增投放</source>
        <translation>New boost as suggested</translation>
    </message>
    <message>
        <source>删除投放</source>
        <translation>Delete boost</translation>
    </message>
    <message>
        <source>删除“%1”？</source>
        <translation>Delete &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>效果差，停</source>
        <translation>Poor results — stop</translation>
    </message>
    <message>
        <source>效果好，可以再投</source>
        <translation>Good results — boost again</translation>
    </message>
    <message>
        <source>花费 ¥%1，ROI %2，单粉成本 %3</source>
        <translation>Spent ¥%1, ROI %2, cost per follower %3</translation>
    </message>
    <message>
        <source>%1%2投放%3</source>
        <translation>%1 %2 boost %3</translation>
    </message>
    <message>
        <source>导入投放数据</source>
        <translation>Import boost data</translation>
    </message>
</context>
<context>
    <name>RecordLessonDialog</name>
    <message>
        <source>记入运营手册</source>
        <translation>Add to ops manual</translation>
    </message>
    <message>
        <source>下次具体怎么做</source>
        <translation>What to do next time</translation>
    </message>
    <message>
        <source>关键词，用逗号分开；选题有相同的词时会提示这条经验</source>
        <translation>Keywords, comma-separated; a topic sharing a word brings this lesson up</translation>
    </message>
    <message>
        <source>继续做（下月计划据此提选题）</source>
        <translation>Keep doing (next month&apos;s plan proposes topics from it)</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>经验</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>做法</source>
        <translation>How</translation>
    </message>
    <message>
        <source>关键词</source>
        <translation>Keywords</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>OpsDesk 运营台</source>
        <extracomment>Longest wait between two looks at the clock (survives sleep and clock changes). How long a tray message stays up, in milliseconds.</extracomment>
        <translation>OpsDesk</translation>
    </message>
    <message numerus="yes">
        <source>今天还有 %n 条内容待发布</source>
        <translation>
            <numerusform>%n post still to publish today</numerusform>
            <numerusform>%n posts still to publish today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>到发布时间了：%n 条内容</source>
        <translation>
            <numerusform>Time to publish: %n post</numerusform>
            <numerusform>Time to publish: %n posts</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}：{text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>内审</source>
        <extracomment>When a draft without a date is proposed to go out: tomorrow evening, when most posts go out.</extracomment>
        <translation>Internal review</translation>
    </message>
    <message>
        <source>逐项核对，全部勾选并填写审核人才算通过：</source>
        <translation>Check each item; it passes only when every box is ticked and a reviewer is filled in:</translation>
    </message>
    <message>
        <source>谁审的</source>
        <translation>Who reviewed it</translation>
    </message>
    <message>
        <source>需要修改的地方（可不填）</source>
        <translation>What needs changing (optional)</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>提交内审结果</source>
        <translation>Submit review result</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>实际</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>用户怎么说：好评、抱怨、建议</source>
        <translation>What users said: praise, complaints, suggestions</translation>
    </message>
    <message>
        <source>执行中的问题，如：奖品发放晚了、二维码失效</source>
        <translation>Execution problems, e.g. prizes sent late, QR code expired</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>经验</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>记入运营手册…</source>
        <translation>Add to ops manual…</translation>
    </message>
    <message>
        <source>删除经验</source>
        <translation>Delete lesson</translation>
    </message>
    <message>
        <source>保存复盘，标为已复盘</source>
        <translation>Save review and mark as reviewed</translation>
    </message>
    <message>
        <source>用户反馈</source>
        <translation>User feedback</translation>
    </message>
    <message>
        <source>执行问题</source>
        <translation>Execution problems</translation>
    </message>
    <message>
        <source>经验教训（写进运营手册和活动优化指南）</source>
        <translation>Lessons learned (added to the playbook and campaign playbook)</translation>
    </message>
    <message>
        <source>达成</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>未达成</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>分享率 %1 · 关注转化率 %2 · ROI %3 · 单个参与成本 %4 · 单粉成本 %5 · 单次转化成本 %6</source>
        <translation>Share rate %1 · Follow conversion rate %2 · ROI %3 · Cost per participant %4 · Cost per follower %5 · Cost per conversion %6</translation>
    </message>
    <message>
        <source>成功</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>教训</source>
        <translation>Lesson</translation>
    </message>
</context>
<context>
    <name>ReviewSheet</name>
    <message>
        <source>OpsDesk 运营台 · 月度复盘</source>
        <translation>OpsDesk · Monthly review</translation>
    </message>
    <message>
        <source>OpsDesk 运营台 · 运营手册</source>
        <translation>OpsDesk · Playbook</translation>
    </message>
    <message>
        <source>运营手册</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>共 {count} 条经验：成功经验 {success} 条，失败教训 {failure} 条。</source>
        <translation>{count} lessons: {success} successes, {failure} failures.</translation>
    </message>
    <message>
        <source>（搜索：{words}）</source>
        <translation> (search: {words})</translation>
    </message>
    <message>
        <source>还没有经验教训。在月度复盘或活动复盘里记下成功和失败的做法，它们会汇集到这里。</source>
        <translation>No lessons yet. Record what worked and what failed in monthly or campaign reviews, and they are collected here.</translation>
    </message>
    <message>
        <source>活动：{name}</source>
        <translation>Campaign: {name}</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>经验</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>做法与说明</source>
        <translation>Action and notes</translation>
    </message>
    <message>
        <source>{year} 年 {month} 月运营复盘</source>
        <translation>Operations review {month}/{year}</translation>
    </message>
    <message>
        <source>共 {total} 项目标：达成 {achieved} 项，未达成 {missed} 项。</source>
        <translation>{total} goals: {achieved} achieved, {missed} missed.</translation>
    </message>
    <message>
        <source>共 {total} 项目标（本月未结束）：已达成 {achieved} 项，进度正常 {on_track} 项，进度落后 {behind} 项。</source>
        <translation>{total} goals (month not over): {achieved} achieved, {on_track} on track, {behind} behind.</translation>
    </message>
    <message>
        <source>统计期 {start} 至 {end}（按发布时间计入当月）；内容数据取截至 {as_of} 的最新快照；生成于 {at}</source>
        <translation>Period {start} to {end} (posts counted by publish date); content data from the latest snapshot up to {as_of}; generated {at}</translation>
    </message>
    <message>
        <source>一、KPI 完成情况</source>
        <translation>1. KPI progress</translation>
    </message>
    <message>
        <source>这个月没有设定目标。在「目标」里设定后，这里会对比目标和实际。</source>
        <translation>No goals set for this month. Set them under &quot;Goals&quot; to compare targets with actuals here.</translation>
    </message>
    <message>
        <source>（分平台相加）</source>
        <translation> (sum of platforms)</translation>
    </message>
    <message>
        <source>目标 100%</source>
        <translation>Target 100%</translation>
    </message>
    <message>
        <source>达成</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>未达成</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>实际</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>二、内容数据</source>
        <translation>2. Content</translation>
    </message>
    <message>
        <source>这个月没有发布内容。</source>
        <translation>No content published this month.</translation>
    </message>
    <message>
        <source>发布篇数</source>
        <translation>Posts published</translation>
    </message>
    <message>
        <source>阅读/播放</source>
        <translation>Reads/plays</translation>
    </message>
    <message>
        <source>篇均阅读/播放</source>
        <translation>Reads/plays per post</translation>
    </message>
    <message>
        <source>互动率</source>
        <translation>Engagement rate</translation>
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
        <source>转化率</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>篇均互动率 {avg_rate}，篇均涨粉 {follows}，篇均转化 {conversions}；成交金额 {revenue} 元。互动率 = 互动数 ÷ 阅读/播放（有两项数据的内容合计）；篇均按有该项数据的内容计算。</source>
        <translation>Average engagement rate per post {avg_rate}, followers gained per post {follows}, conversions per post {conversions}; sales {revenue} yuan. Engagement rate = engagements ÷ reads/plays (summed over posts that have both); per-post averages use posts that have that figure.</translation>
    </message>
    <message>
        <source>阅读/播放（各平台）</source>
        <translation>Reads/plays (by platform)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>发布</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>阅读/播放最高的 5 篇</source>
        <translation>Top 5 by reads/plays</translation>
    </message>
    <message>
        <source>阅读/播放最低的 5 篇</source>
        <translation>Bottom 5 by reads/plays</translation>
    </message>
    <message>
        <source>另有 {n} 场直播不参与排名（直播按场累计观看，和内容放在一起比不公平）。</source>
        <translation>{n} more live sessions are not ranked (a live session adds up views over the whole session, so comparing it with posts would be unfair).</translation>
    </message>
    <message>
        <source>三、用户数据</source>
        <translation>3. Audience</translation>
    </message>
    <message>
        <source>期初粉丝</source>
        <translation>Followers at start</translation>
    </message>
    <message>
        <source>期末粉丝</source>
        <translation>Followers at end</translation>
    </message>
    <message>
        <source>新增关注</source>
        <translation>New follows</translation>
    </message>
    <message>
        <source>取消关注</source>
        <translation>Unfollows</translation>
    </message>
    <message>
        <source>净增</source>
        <translation>Net change</translation>
    </message>
    <message>
        <source>流失率</source>
        <translation>Churn rate</translation>
    </message>
    <message>
        <source>流失率 = 本月取消关注 ÷ 期初粉丝。</source>
        <translation>Churn rate = unfollows this month ÷ followers at start.</translation>
    </message>
    <message>
        <source>这个月没有粉丝数据：导入各平台的粉丝/用户数据后再看。</source>
        <translation>No follower data this month: import each platform&apos;s follower/member data first.</translation>
    </message>
    <message>
        <source>用户分层</source>
        <translation>Member segments</translation>
    </message>
    <message>
        <source>这个月没有分层记录（在「用户与社群」里重新计算分层时会记下当月人数）。</source>
        <translation>No segment records this month (recalculating segments under &quot;Members &amp; Communities&quot; records the month&apos;s counts).</translation>
    </message>
    <message>
        <source>分层</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>本月人数</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>上月人数</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>流失用户占比 {share}；本月新增流失率 {rate}。</source>
        <translation>Churned members share {share}; new churn rate this month {rate}.</translation>
    </message>
    <message>
        <source>社群活跃度</source>
        <translation>Community activity</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>有消息天数</source>
        <translation>Days with messages</translation>
    </message>
    <message>
        <source>群消息</source>
        <translation>Group messages</translation>
    </message>
    <message>
        <source>日均发言人数</source>
        <translation>Speakers per day</translation>
    </message>
    <message>
        <source>新增客户</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>最冷清的一天</source>
        <translation>Quietest day</translation>
    </message>
    <message>
        <source>有效订单 {orders} 单，成交 {revenue} 元；退款 {refunds} 笔（{refunded} 元），取消或关闭 {void} 笔。</source>
        <translation>{orders} valid orders, {revenue} yuan in sales; {refunds} refunded ({refunded} yuan), {void} cancelled or closed.</translation>
    </message>
    <message>
        <source>其中 {orders} 单、{revenue} 元按达人和下单时间归到了直播或视频（估算）。</source>
        <translation>Of these, {orders} orders and {revenue} yuan were assigned to a live or video by creator and order time (estimated).</translation>
    </message>
    <message>
        <source>店铺订单（抖店）</source>
        <translation>Shop orders (抖店)</translation>
    </message>
    <message>
        <source>四、活动与推广</source>
        <translation>4. Campaigns and promotion</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>参与</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>分享率</source>
        <translation>Share rate</translation>
    </message>
    <message>
        <source>成交额</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>花费</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>这个月没有进行中的活动。</source>
        <translation>No campaigns ran this month.</translation>
    </message>
    <message>
        <source>推广投放</source>
        <translation>Paid promotion</translation>
    </message>
    <message>
        <source>投放</source>
        <translation>Boost</translation>
    </message>
    <message>
        <source>花费（元）</source>
        <translation>Spend (yuan)</translation>
    </message>
    <message>
        <source>成交（元）</source>
        <translation>Sales (yuan)</translation>
    </message>
    <message>
        <source>这个月没有推广投放。</source>
        <translation>No paid promotion this month.</translation>
    </message>
    <message>
        <source>品牌舆情</source>
        <translation>Brand watch</translation>
    </message>
    <message>
        <source>这个月没有舆情预警。</source>
        <translation>No brand alerts this month.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>未处理完</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>首次回复中位数（小时）</source>
        <translation>Median first reply (h)</translation>
    </message>
    <message>
        <source>最慢（小时）</source>
        <translation>Slowest (hours)</translation>
    </message>
    <message>
        <source>超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>24 小时内回复</source>
        <translation>Replied within 24 h</translation>
    </message>
    <message>
        <source>主要词</source>
        <translation>Top terms</translation>
    </message>
    <message>
        <source>五、亮点与不足（自动发现）</source>
        <translation>5. Highlights and shortfalls (found automatically)</translation>
    </message>
    <message>
        <source>亮点</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(None)</translation>
    </message>
    <message>
        <source>不足</source>
        <translation>Shortfalls</translation>
    </message>
    <message>
        <source>数据诊断</source>
        <translation>Data diagnosis</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>（原因：{cause}）</source>
        <translation> (cause: {cause})</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>上月行动项回顾</source>
        <translation>Last month&apos;s action items</translation>
    </message>
    <message>
        <source>{total} 项行动项，完成 {done} 项；指标“之前”是定计划时的数，“之后”是本月的数。</source>
        <translation>{total} action items, {done} done; &quot;before&quot; is the figure when the plan was made, &quot;after&quot; is this month&apos;s.</translation>
    </message>
    <message>
        <source>行动项</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>之前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>之后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>六、运营复盘</source>
        <translation>6. Review notes</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>本月亮点</source>
        <translation>Highlights this month</translation>
    </message>
    <message>
        <source>问题与不足</source>
        <translation>Problems and shortfalls</translation>
    </message>
    <message>
        <source>下月策略调整</source>
        <translation>Strategy changes for next month</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>经验教训（记入运营手册）</source>
        <translation>Lessons learned (recorded in the playbook)</translation>
    </message>
    <message>
        <source>领域</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>（本月还没有记录经验教训）</source>
        <translation>(no lessons recorded this month yet)</translation>
    </message>
    <message>
        <source>第 {page} / {pages} 页</source>
        <translation>Page {page} / {pages}</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>复盘月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>生成下月计划…</source>
        <translation>Build next month&apos;s plan…</translation>
    </message>
    <message>
        <source>复盘表</source>
        <translation>Review sheet</translation>
    </message>
    <message>
        <source>我的复盘与经验</source>
        <translation>My review &amp;&amp; lessons</translation>
    </message>
    <message>
        <source>运营手册</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>还没有可以复盘的数据 — 导入本月各平台的内容数据和粉丝数据</source>
        <translation>No data to review yet — import this month&apos;s content and follower data from each platform</translation>
    </message>
    <message>
        <source>这个月做得好的地方，如「打卡活动带来 1,180 人参与」</source>
        <translation>What went well this month, e.g. &quot;The check-in campaign drew 1,180 participants&quot;</translation>
    </message>
    <message>
        <source>没做好的地方和原因，如「打卡 3 天门槛太高，参与率只有 10%」</source>
        <translation>What went wrong and why, e.g. &quot;3 check-in days was too high a bar; only 10% took part&quot;</translation>
    </message>
    <message>
        <source>下个月要改的做法，如「打卡 3 天送资料 → 打卡 1 天送资料」</source>
        <translation>What to change next month, e.g. &quot;Gift after 3 check-in days → gift after 1 check-in day&quot;</translation>
    </message>
    <message>
        <source>其他备注</source>
        <translation>Other notes</translation>
    </message>
    <message>
        <source>本月亮点</source>
        <translation>Highlights this month</translation>
    </message>
    <message>
        <source>问题与不足</source>
        <translation>Problems and shortfalls</translation>
    </message>
    <message>
        <source>下月策略调整</source>
        <translation>Strategy changes for next month</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>保存复盘</source>
        <translation>Save review</translation>
    </message>
    <message>
        <source>从亮点/不足记入运营手册…</source>
        <translation>Add a highlight or shortfall to the ops manual…</translation>
    </message>
    <message>
        <source>选一条自动发现的亮点或不足，写成经验，记入运营手册</source>
        <translation>Pick a highlight or shortfall found automatically, write it up as a lesson and add it to the ops manual</translation>
    </message>
    <message>
        <source>本月经验教训（会汇入运营手册）</source>
        <translation>Lessons this month (added to the playbook)</translation>
    </message>
    <message>
        <source>{year} 年 {month} 月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>正在汇总 {month} 的数据…</source>
        <translation>Summarising data for {month}…</translation>
    </message>
    <message>
        <source>这个月没有自动发现的亮点或不足</source>
        <translation>No highlights or shortfalls found for this month</translation>
    </message>
    <message>
        <source>已保存 {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <source>月度复盘</source>
        <translation>Monthly review</translation>
    </message>
    <message>
        <source>月度复盘 · 打印预览</source>
        <translation>Monthly review · Print preview</translation>
    </message>
    <message>
        <source>打印月度复盘</source>
        <translation>Print monthly review</translation>
    </message>
    <message numerus="yes">
        <source>已发送到打印机（共 %n 页）</source>
        <translation>
            <numerusform>Sent to the printer (%n page)</numerusform>
            <numerusform>Sent to the printer (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>导出复盘 PDF</source>
        <translation>Export review PDF</translation>
    </message>
    <message>
        <source>{month} 月度复盘.pdf</source>
        <translation>{month} monthly review.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>PDF 已保存：{path}（{pages} 页）</source>
        <translation>PDF saved: {path} ({pages} pages)</translation>
    </message>
    <message>
        <source>正在生成 PDF…</source>
        <translation>Creating PDF…</translation>
    </message>
    <message>
        <source>导出复盘 Excel</source>
        <translation>Export review Excel</translation>
    </message>
    <message>
        <source>{month} 月度复盘.xlsx</source>
        <translation>{month} monthly review.xlsx</translation>
    </message>
    <message>
        <source>Excel 已保存：{path}</source>
        <translation>Excel saved: {path}</translation>
    </message>
</context>
<context>
    <name>RitualTable</name>
    <message>
        <source>活动名称</source>
        <translation>Event name</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>时长（分钟）</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <source>如：案例拆解直播</source>
        <translation>e.g. case breakdown live stream</translation>
    </message>
</context>
<context>
    <name>RoiChart</name>
    <message numerus="yes">
        <source>%n 项没有花费或成交数据，算不出 ROI — 补上花费和成交金额后再看。</source>
        <translation>
            <numerusform>%n item has no spend or sales data, so ROI cannot be calculated — add spend and sales, then look again.</numerusform>
            <numerusform>%n items have no spend or sales data, so ROI cannot be calculated — add spend and sales, then look again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>另有 %n 项缺花费或成交数据。</source>
        <translation>
            <numerusform>%n more item lacks spend or sales data.</numerusform>
            <numerusform>%n more items lack spend or sales data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScatterChart</name>
    <message>
        <source>浏览量与转化</source>
        <extracomment>Height in pixels of the empty bands above and below the dots that hold the quadrant names (a line of text, its padding and a dot).</extracomment>
        <translation>Views and conversions</translation>
    </message>
    <message>
        <source>浏览量（对数刻度）</source>
        <translation>Views (log scale)</translation>
    </message>
    <message>
        <source>这段时间没有同时有浏览量和转化（或互动）数据的内容。</source>
        <extracomment>The dots&apos; x range (padded) and y range, for `place_quadrants`.</extracomment>
        <translation>No content in this period has both views and conversion (or engagement) data.</translation>
    </message>
    <message>
        <source>每个点是一篇内容（发布后约 7 天），虚线是中位数，把内容分成四类；点一下打开这篇内容。</source>
        <translation>Each dot is one post (about 7 days after posting); the dashed medians split content into four groups; click a dot to open the post.</translation>
    </message>
    <message>
        <source>浏览中位数 %1，%2中位数 %3。</source>
        <translation>Median views %1, median %2 %3.</translation>
    </message>
    <message>
        <source>这段时间没有转化数据，纵轴改用互动率。</source>
        <translation>No conversion data in this period; the vertical axis shows engagement rate instead.</translation>
    </message>
    <message numerus="yes">
        <source>%n 篇缺少数据，没有画出。</source>
        <translation>
            <numerusform>%n post lacks data and is not drawn.</numerusform>
            <numerusform>%n posts lack data and are not drawn.</numerusform>
        </translation>
    </message>
    <message>
        <source>浏览量 %1 · %2 %3</source>
        <translation>Views %1 · %2 %3</translation>
    </message>
    <message>
        <source>浏览高 · 转化高：值得复用</source>
        <translation>High views · high conversion: worth repeating</translation>
    </message>
    <message>
        <source>浏览高 · 转化低：流量没接住</source>
        <translation>High views · low conversion: traffic not captured</translation>
    </message>
    <message>
        <source>浏览低 · 转化高：可以加推</source>
        <translation>Low views · high conversion: boost it</translation>
    </message>
    <message>
        <source>浏览低 · 转化低</source>
        <translation>Low views · low conversion</translation>
    </message>
    <message>
        <source>转化</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>互动</source>
        <translation>Engagement</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>搜索</source>
        <extracomment>The icon of each kind&apos;s results (the icon of the tab that shows them).</extracomment>
        <translation>Search</translation>
    </message>
    <message>
        <source>搜索选题、内容、用户、活动、反馈和经验…</source>
        <translation>Search topics, content, members, campaigns, feedback and lessons…</translation>
    </message>
    <message>
        <source>输入关键词，↑↓ 选择，回车打开，Esc 关闭。多个词用空格隔开表示同时包含。</source>
        <translation>Type keywords; ↑↓ to select, Enter to open, Esc to close. Separate words with spaces to match all of them.</translation>
    </message>
    <message>
        <source>没有找到「{text}」。换个词试试，或少输几个字。</source>
        <translation>Nothing found for &quot;{text}&quot;. Try another word, or fewer characters.</translation>
    </message>
    <message>
        <source>↑↓ 选择，回车打开，Esc 关闭。</source>
        <translation>↑↓ to select, Enter to open, Esc to close.</translation>
    </message>
    <message>
        <source>（只显示前 {n} 条）</source>
        <translation> (first {n} only)</translation>
    </message>
</context>
<context>
    <name>SearchableTable</name>
    <message>
        <source>搜索…</source>
        <extracomment>Store tables whose change makes this tab refresh. Sheet and default file name of 「导出到 Excel」 (tabs set it, e.g. &quot;选题库&quot;).</extracomment>
        <translation>Search…</translation>
    </message>
    <message>
        <source>导出到 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>把现在显示的行（搜索、筛选和排序都算上）存成 Excel 表格</source>
        <translation>Save the rows now shown (after search, filters and sorting) as an Excel sheet</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 行到：</source>
        <translation>
            <numerusform>Exported %n row to:</numerusform>
            <numerusform>Exported %n rows to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentCard</name>
    <message>
        <source>策略：{title}</source>
        <translation>Strategy: {title}</translation>
    </message>
    <message>
        <source>导出这一层…</source>
        <translation>Export this segment…</translation>
    </message>
    <message>
        <source>%1 人</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <source>规则：</source>
        <translation>Rules:</translation>
    </message>
</context>
<context>
    <name>SegmentsChart</name>
    <message>
        <source>用户分层人数（按月）</source>
        <translation>Members by segment (monthly)</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>这段时间没有用户分层记录 — 在“用户与社群”里导入用户，每月会记下各分层的人数。</source>
        <translation>No segment records for this period — import members under &quot;Members &amp; Communities&quot; and segment counts are recorded every month.</translation>
    </message>
    <message>
        <source>%1 至 %2 每月记录的各分层人数（分层规则在“用户与社群”里设置）。</source>
        <translation>Segment counts recorded each month from %1 to %2 (segment rules are set under &quot;Members &amp; Communities&quot;).</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>每位用户只属于一层；规则重叠时按 新用户 &gt; 核心用户 &gt; 流失用户 &gt; 潜力用户 的顺序归层。</source>
        <translation>Each member belongs to one segment only; when rules overlap, New &gt; Core &gt; Churned &gt; Potential decides.</translation>
    </message>
    <message>
        <source>保存并重新分层</source>
        <translation>Save and re-segment</translation>
    </message>
    <message>
        <source>恢复默认值</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>分层门槛</source>
        <translation>Segment thresholds</translation>
    </message>
    <message>
        <source>还没有月度记录 — 每次重新分层都会记下当月各层人数，下个月起就能看到流失率的变化</source>
        <translation>No monthly records yet — each re-segmentation records the month&apos;s counts, so churn trends show from next month on</translation>
    </message>
    <message>
        <source>每月分层人数与流失率</source>
        <translation>Monthly segment counts and churn rate</translation>
    </message>
    <message>
        <source>用户分层与运营策略</source>
        <translation>Member segments and tactics</translation>
    </message>
    <message>
        <source>还没有用户 — 先在“用户”页导入粉丝/会员名单，这里会自动分成四层并给出运营策略</source>
        <translation>No members yet — import a follower/member list on the &quot;Members&quot; page first; they are split into four segments here with suggested tactics</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 位用户</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>正在重新分层…</source>
        <translation>Re-segmenting…</translation>
    </message>
    <message>
        <source>导出这一层</source>
        <translation>Export this segment</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 行到：</source>
        <translation>
            <numerusform>Exported %n row to:</numerusform>
            <numerusform>Exported %n rows to:</numerusform>
        </translation>
    </message>
    <message>
        <source>用户分层的规则</source>
        <translation>Member segment rules</translation>
    </message>
    <message>
        <source>保存后马上按新规则给所有用户重新分层。判断顺序：新用户 → 核心用户 → 流失用户 → 其余为潜力用户。</source>
        <translation>Saving re-segments all members with the new rules right away. Order: New → Core → Churned → everyone else is Potential.</translation>
    </message>
    <message>
        <source>用户分层</source>
        <translation>Member segments</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ShopOrdersChart</name>
    <message>
        <source>店铺成交（抖店订单）</source>
        <translation>Shop sales (抖店 orders)</translation>
    </message>
    <message>
        <source>成交金额（元）</source>
        <translation>Revenue (yuan)</translation>
    </message>
    <message>
        <source>这段时间没有抖店订单 — 导入抖店“导出查询订单”的文件后，这里按天画出成交。</source>
        <translation>No 抖店 orders in this period — import 抖店&apos;s 导出查询订单 file and sales are charted here day by day.</translation>
    </message>
    <message>
        <source>成交金额</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>只算有效订单：已取消、已关闭和退款成功的不算。合计 {orders} 单、{revenue}。</source>
        <translation>Valid orders only: cancelled, closed and refunded ones don&apos;t count. {orders} orders, {revenue} in all.</translation>
    </message>
    <message numerus="yes">
        <source>%n 单</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>搜索选题、内容、用户、活动、反馈和经验</source>
        <extracomment>Every shortcut of the main window, in the order the help page lists them.</extracomment>
        <translation>Search topics, content, members, campaigns, feedback and lessons</translation>
    </message>
    <message>
        <source>新建选题（在选题库）</source>
        <translation>New topic (in the topic library)</translation>
    </message>
    <message>
        <source>新建草稿（在草稿页）</source>
        <translation>New draft (on the Drafts page)</translation>
    </message>
    <message>
        <source>导入平台数据</source>
        <translation>Import platform data</translation>
    </message>
    <message>
        <source>导出全部数据到 Excel</source>
        <translation>Export all data to Excel</translation>
    </message>
    <message>
        <source>打印本月复盘</source>
        <translation>Print this month&apos;s review</translation>
    </message>
    <message>
        <source>打开设置</source>
        <translation>Open settings</translation>
    </message>
    <message>
        <source>使用帮助和快捷键</source>
        <translation>Help and keyboard shortcuts</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>切换到第 {n} 个页面</source>
        <translation>Go to page {n}</translation>
    </message>
    <message>
        <source>对话框里确认（默认按钮）；表格里打开选中的一行</source>
        <extracomment>Keys that work inside dialogs and tables everywhere (shown on the help page, not bound here).</extracomment>
        <translation>Confirm in dialogs (default button); open the selected row in tables</translation>
    </message>
    <message>
        <source>关闭对话框，不保存</source>
        <translation>Close the dialog without saving</translation>
    </message>
    <message>
        <source>在输入框和按钮之间前后移动</source>
        <translation>Move between fields and buttons</translation>
    </message>
    <message>
        <source>切换到下一个页面</source>
        <translation>Go to the next page</translation>
    </message>
    <message>
        <source>切换到「{tab}」</source>
        <translation>Go to &quot;{tab}&quot;</translation>
    </message>
    <message>
        <source>新建选题</source>
        <translation>New topic</translation>
    </message>
    <message>
        <source>新建草稿</source>
        <translation>New draft</translation>
    </message>
    <message>
        <source>搜索…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>使用帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>前往(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>记录粉丝数</source>
        <translation>Record followers</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>粉丝数</source>
        <translation>Followers</translation>
    </message>
</context>
<context>
    <name>SurveySheet</name>
    <message>
        <source>问卷结果：{title}</source>
        <translation>Survey results: {title}</translation>
    </message>
    <message>
        <source>，{first} 至 {last} 提交</source>
        <translation>, submitted {first} to {last}</translation>
    </message>
    <message>
        <source>共 {n} 份答卷</source>
        <translation>{n} responses</translation>
    </message>
    <message>
        <source>{n} 人作答</source>
        <translation>{n} answered</translation>
    </message>
    <message>
        <source>{n} 条文字回答，已记入“反馈与需求”。</source>
        <translation>{n} written answers, added to Feedback &amp; needs.</translation>
    </message>
    <message>
        <source>OpsDesk 运营台 · 问卷结果</source>
        <translation>OpsDesk · Survey results</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>问卷：</source>
        <translation>Survey:</translation>
    </message>
    <message>
        <source>还没有问卷 — 在问卷星“下载答卷数据”（按选项文本或按选项序号），把文件拖进“导入”，这里就能看到每道题的统计</source>
        <translation>No surveys yet — in 问卷星 use 下载答卷数据 (by option text or by option number) and drop the file on Import to see each question&apos;s counts here</translation>
    </message>
    <message>
        <source>%1（%2 份）</source>
        <translation>%1 (%2 responses)</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 份答卷</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 条文字回答，已记入“反馈与需求”</source>
        <translation>
            <numerusform>%n written answer, added to Feedback &amp; needs</numerusform>
            <numerusform>%n written answers, added to Feedback &amp; needs</numerusform>
        </translation>
    </message>
    <message>
        <source>问卷结果 · 打印预览</source>
        <translation>Survey results · Print preview</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>编辑任务</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>添加任务</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>如：活动海报定稿、落地页上线、奖品采购、推送文案</source>
        <translation>e.g. finalise campaign poster, launch landing page, buy prizes, push copy</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Due date</translation>
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
    <name>TeamPage</name>
    <message>
        <source>例如：小美</source>
        <extracomment>QSettings group of the team server&apos;s address (never its password) and whether to open it.</extracomment>
        <translation>e.g. Mei</translation>
    </message>
    <message>
        <source>我的名字</source>
        <translation>My name</translation>
    </message>
    <message>
        <source>你新建和修改的选题、草稿、目标、活动，导入的文件，保存的草稿版本都会记上这个名字；和别人同时改同一条时，对方也能看到是谁改的。名字只存在这台电脑上。</source>
        <translation>Topics, drafts, goals and campaigns you create or change, files you import and draft versions you save carry this name; when someone edits the same item at the same time, they see who changed it. The name is kept only on this computer.</translation>
    </message>
    <message>
        <source>例如：db.example.com 或 192.168.1.20</source>
        <translation>e.g. db.example.com or 192.168.1.20</translation>
    </message>
    <message>
        <source>不加密（disable）</source>
        <translation>No encryption (disable)</translation>
    </message>
    <message>
        <source>可以不加密（allow）</source>
        <translation>Encryption optional (allow)</translation>
    </message>
    <message>
        <source>优先加密（prefer）</source>
        <translation>Encryption preferred (prefer)</translation>
    </message>
    <message>
        <source>必须加密（require）</source>
        <translation>Encryption required (require)</translation>
    </message>
    <message>
        <source>加密并核对证书（verify-ca）</source>
        <translation>Encrypted, certificate checked (verify-ca)</translation>
    </message>
    <message>
        <source>加密并核对证书和主机名（verify-full）</source>
        <translation>Encrypted, certificate and host name checked (verify-full)</translation>
    </message>
    <message>
        <source>留空：用已保存的密码或 ~/.pgpass</source>
        <translation>Leave empty to use the saved password or ~/.pgpass</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>使用团队数据库</source>
        <translation>Use the team database</translation>
    </message>
    <message>
        <source>改用本地数据</source>
        <translation>Switch to local data</translation>
    </message>
    <message>
        <source>团队数据库（PostgreSQL）</source>
        <translation>Team database (PostgreSQL)</translation>
    </message>
    <message>
        <source>主机</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>加密方式</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>几个人一起用一份数据：把 OpsDesk 连到同一个 PostgreSQL 数据库。密码只存进系统的钥匙串，不会写进设置或日志；这台电脑没有钥匙串时，请把密码写进 ~/.pgpass。同一条内容两个人同时改，后保存的人会被问要不要覆盖；别人的修改几秒内会出现在你的窗口里。</source>
        <translation>Several people on one set of data: connect OpsDesk to the same PostgreSQL database. The password goes only into the system keyring, never into settings or logs; where this computer has no keyring, put it in ~/.pgpass. When two people change the same item at once, the later save asks whether to overwrite; others&apos; changes appear in your window within seconds.</translation>
    </message>
    <message>
        <source>团队数据库</source>
        <translation>Team database</translation>
    </message>
    <message>
        <source>现在打开的是团队数据库 {where}。</source>
        <translation>The team database {where} is open now.</translation>
    </message>
    <message>
        <source>现在打开的是这台电脑上的本地数据（{where}）。</source>
        <translation>The local data on this computer ({where}) is open now.</translation>
    </message>
    <message>
        <source>正在连接 {host}…</source>
        <translation>Connecting to {host}…</translation>
    </message>
    <message>
        <source>连接成功：{server}</source>
        <translation>Connected: {server}</translation>
    </message>
    <message>
        <source>以后 OpsDesk 打开团队数据库 {where}，这台电脑上的本地数据原样留着，随时可以改回来。

现在就重新打开 OpsDesk 吗？</source>
        <translation>From now on OpsDesk opens the team database {where}; the local data on this computer stays as it is and you can switch back at any time.

Reopen OpsDesk now?</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>截止</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>添加任务…</source>
        <translation>Add task…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>完成/未完成</source>
        <translation>Done/not done</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <source>过期 %n 天</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>任务截止</source>
        <translation>Task due</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>预热</source>
        <translation>Warm-up</translation>
    </message>
    <message>
        <source>活动中</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>未指定负责人</source>
        <translation>No owner</translation>
    </message>
    <message numerus="yes">
        <source>%n 项任务已过期：</source>
        <translation>
            <numerusform>%n task is overdue: </numerusform>
            <numerusform>%n tasks are overdue: </numerusform>
        </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{title}（{owner}）</source>
        <translation>{title} ({owner})</translation>
    </message>
</context>
<context>
    <name>TopBottomPosts</name>
    <message>
        <source>表现最好和最差的内容</source>
        <extracomment>Metrics the ranking can use (all accepted by `dashboard.top_bottom_posts`). Number columns every row shows; a ranking metric not among them gets its own column.</extracomment>
        <translation>Best and worst content</translation>
    </message>
    <message>
        <source>按%1排</source>
        <translation>Rank by %1</translation>
    </message>
    <message>
        <source>前 5 名</source>
        <translation>Top 5</translation>
    </message>
    <message>
        <source>后 5 名</source>
        <translation>Bottom 5</translation>
    </message>
    <message>
        <source>按发布后约 7 天的数据排名；双击一行打开这篇内容。</source>
        <translation>Ranked by data from about 7 days after posting; double-click a row to open the post.</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message numerus="yes">
        <source>另有 %n 场直播不参与排名（直播的点赞、评论按场累计，会超过观看人数，和内容放在一起比不公平）。</source>
        <translation>
            <numerusform>%n live session is not ranked (a live session&apos;s likes and comments add up over the whole session and can exceed its viewers, so comparing it with posts would be unfair).</numerusform>
            <numerusform>%n live sessions are not ranked (a live session&apos;s likes and comments add up over the whole session and can exceed its viewers, so comparing them with posts would be unfair).</numerusform>
        </translation>
    </message>
    <message>
        <source>这段时间没有带这个指标的已发布内容。</source>
        <translation>No published content with this metric in this period.</translation>
    </message>
</context>
<context>
    <name>TopicEditor</name>
    <message>
        <source>一句话写清楚这个选题，例如：换季敏感肌怎么护理</source>
        <extracomment>The loaded topic&apos;s version: a save is checked against it (someone may have saved since).</extracomment>
        <translation>The topic in one sentence, e.g. Caring for sensitive skin when the seasons change</translation>
    </message>
    <message>
        <source>想讲什么、给谁看、有什么素材</source>
        <translation>What to say, for whom, what material you have</translation>
    </message>
    <message>
        <source>用逗号或空格分开，例如：敏感肌, 换季</source>
        <translation>Separate with commas or spaces, e.g. sensitive skin, season change</translation>
    </message>
    <message>
        <source>用户会搜的词，例如：面霜推荐, 干皮面霜</source>
        <translation>Words users search for, e.g. 面霜推荐, 干皮面霜</translation>
    </message>
    <message>
        <source>写草稿时，小红书标题会检查有没有这些词；标签只用来整理选题库。</source>
        <translation>When drafting, the 小红书 title check looks for these words; tags only organise the topic library.</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>有截止日期</source>
        <translation>Has a deadline</translation>
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
        <source>自动（按加权分）</source>
        <translation>Automatic (weighted score)</translation>
    </message>
    <message>
        <source>手动：</source>
        <translation>Manual:</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>生成草稿…</source>
        <translation>Create drafts…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>热点</source>
        <translation>Hot date</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>搜索关键词</source>
        <translation>Search keywords</translation>
    </message>
    <message>
        <source>适合平台</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>计划月份</source>
        <translation>Planned month</translation>
    </message>
    <message>
        <source>截止</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>评分（1–5）</source>
        <translation>Scores (1–5)</translation>
    </message>
    <message>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>新选题</source>
        <translation>New topic</translation>
    </message>
    <message>
        <source>编辑选题 #{id}</source>
        <translation>Edit topic #{id}</translation>
    </message>
    <message>
        <source>（手动）</source>
        <translation> (manual)</translation>
    </message>
    <message>
        <source>手动打的分，不会被建议分替换</source>
        <translation>Typed by hand: never replaced by a proposed score</translation>
    </message>
    <message>
        <source>建议分：{reason}</source>
        <translation>Proposed: {reason}</translation>
    </message>
    <message>
        <source>这个选题有没保存的修改</source>
        <translation>This topic has unsaved changes</translation>
    </message>
    <message>
        <source>这个选题有没保存的修改，要先保存吗？</source>
        <translation>This topic has unsaved changes. Save them first?</translation>
    </message>
    <message>
        <source>不保存</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>（选一个热点）</source>
        <translation>(Pick a hot date)</translation>
    </message>
    <message>
        <source>{date} {name}（还有 {days} 天）</source>
        <translation>{date} {name} (in {days} days)</translation>
    </message>
    <message>
        <source>用户需求类选题可以在「本月计划」的用户需求清单里一键创建，并自动关联反馈。</source>
        <translation>User-need topics can be created in one click from the user needs list in &quot;This month&apos;s plan&quot;, with the feedback linked automatically.</translation>
    </message>
    <message>
        <source>还没有关联的用户反馈。</source>
        <translation>No linked user feedback yet.</translation>
    </message>
    <message numerus="yes">
        <source>关联反馈 %n 条：</source>
        <translation>
            <numerusform>%n linked feedback item:</numerusform>
            <numerusform>%n linked feedback items:</numerusform>
        </translation>
    </message>
    <message>
        <source>「{title}」（相似度 {ratio}%）</source>
        <translation>&quot;{title}&quot; ({ratio}% similar)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>和已有选题很像：{items}</source>
        <translation>Very similar to existing topics: {items}</translation>
    </message>
    <message>
        <source>加权分 {score:.2f}，按分数优先级为「{priority}」</source>
        <translation>Weighted score {score:.2f}, so the priority is &quot;{priority}&quot;</translation>
    </message>
    <message>
        <source>删除选题</source>
        <translation>Delete topic</translation>
    </message>
    <message>
        <source>删除选题「{title}」？它的草稿和已发布内容会保留。</source>
        <translation>Delete the topic &quot;{title}&quot;? Its drafts and published content are kept.</translation>
    </message>
</context>
<context>
    <name>TopicWeightsPage</name>
    <message>
        <source>时效性权重：</source>
        <translation>Timeliness weight:</translation>
    </message>
    <message>
        <source>价值度权重：</source>
        <translation>Value weight:</translation>
    </message>
    <message>
        <source>转化力权重：</source>
        <translation>Conversion weight:</translation>
    </message>
    <message>
        <source>选题评分的权重</source>
        <translation>Topic score weights</translation>
    </message>
    <message>
        <source>加权分 =（时效性×权重 + 价值度×权重 + 转化力×权重）÷ 权重之和；加权分 ≥ 4 为高优先级，≥ 3 为中。权重都一样时就是三项的平均分。</source>
        <translation>Weighted score = (timeliness × weight + value × weight + conversion × weight) ÷ sum of weights; a weighted score ≥ 4 is high priority, ≥ 3 medium. With equal weights it is the plain average of the three.</translation>
    </message>
    <message>
        <source>选题评分</source>
        <translation>Topic scoring</translation>
    </message>
    <message>
        <source>权重不能全部为 0。</source>
        <translation>The weights cannot all be 0.</translation>
    </message>
    <message>
        <source>例：时效性 5、价值度 3、转化力 2 的选题，加权分 {score}</source>
        <translation>Example: a topic with timeliness 5, value 3, conversion 2 gets a weighted score of {score}</translation>
    </message>
</context>
<context>
    <name>TopicsTab</name>
    <message>
        <source>{priority}（手动）</source>
        <translation>{priority} (manual)</translation>
    </message>
    <message>
        <source>还没有选题 — 点「新建选题」把想到的选题记进来，或在「本月计划」里用热点、用户需求建选题</source>
        <translation>No topics yet — click &quot;New topic&quot; to capture ideas, or create topics from hot dates and user needs in &quot;This month&apos;s plan&quot;</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部来源</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>全部月份</source>
        <translation>All months</translation>
    </message>
    <message>
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>全部平台</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>未排月份</source>
        <translation>No month</translation>
    </message>
    <message>
        <source>新建选题</source>
        <translation>New topic</translation>
    </message>
    <message>
        <source>设月份…</source>
        <translation>Set month…</translation>
    </message>
    <message>
        <source>设状态…</source>
        <translation>Set status…</translation>
    </message>
    <message>
        <source>加标签…</source>
        <translation>Add tags…</translation>
    </message>
    <message>
        <source>搁置</source>
        <translation>Shelve</translation>
    </message>
    <message>
        <source>评分权重…</source>
        <translation>Score weights…</translation>
    </message>
    <message>
        <source>选题库</source>
        <translation>Topic library</translation>
    </message>
    <message>
        <source>本月计划</source>
        <translation>This month&apos;s plan</translation>
    </message>
    <message>
        <source>效果回看</source>
        <translation>Results</translation>
    </message>
    <message numerus="yes">
        <source>已选 %n 个：</source>
        <translation>
            <numerusform>%n selected:</numerusform>
            <numerusform>%n selected:</numerusform>
        </translation>
    </message>
    <message>
        <source>不排月份</source>
        <translation>No month</translation>
    </message>
    <message>
        <source>设月份</source>
        <translation>Set month</translation>
    </message>
    <message>
        <source>把选中的选题排进哪个月？</source>
        <translation>Which month should the selected topics go in?</translation>
    </message>
    <message>
        <source>设状态</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>选中的选题改成什么状态？</source>
        <translation>What status should the selected topics get?</translation>
    </message>
    <message>
        <source>加标签</source>
        <translation>Add tags</translation>
    </message>
    <message>
        <source>给选中的选题加上标签（逗号或空格分开）：</source>
        <translation>Tags to add to the selected topics (separated by commas or spaces):</translation>
    </message>
    <message>
        <source>生成草稿</source>
        <translation>Create drafts</translation>
    </message>
    <message>
        <source>还没有自己的账号。先添加你运营的公众号、抖音、小红书账号，再生成草稿。</source>
        <translation>You have no own accounts yet. Add the WeChat OA, Douyin and Xiaohongshu accounts you run first, then create drafts.</translation>
    </message>
    <message>
        <source>正在生成草稿…</source>
        <translation>Creating drafts…</translation>
    </message>
    <message numerus="yes">
        <source>已生成 %n 篇草稿。现在去「草稿」里打开第一篇吗？</source>
        <translation>
            <numerusform>Created %n draft. Open it in &quot;Drafts&quot; now?</numerusform>
            <numerusform>Created %n drafts. Open the first one in &quot;Drafts&quot; now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchHook</name>
    <message>
        <source>打开品牌与舆情</source>
        <translation>Open Brand &amp; monitoring</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>品牌与舆情…</source>
        <translation>Brand &amp;&amp; monitoring…</translation>
    </message>
    <message numerus="yes">
        <source>舆情预警 %n 条</source>
        <translation>
            <numerusform>%n sentiment alert</numerusform>
            <numerusform>%n sentiment alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>舆情：无待处理预警</source>
        <translation>Sentiment: no open alerts</translation>
    </message>
    <message numerus="yes">
        <source>超时未回复 %n 条 · </source>
        <translation>
            <numerusform>%n overdue · </numerusform>
            <numerusform>%n overdue · </numerusform>
        </translation>
    </message>
    <message>
        <source>有预警超过了回复时限，打开品牌与舆情先回复它们</source>
        <translation>Some alerts are past their response time: open Brand &amp; watch and answer them first</translation>
    </message>
</context>
<context>
    <name>WatchPanel</name>
    <message>
        <source>{m} 分钟</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{d} 天</source>
        <translation>{d} days</translation>
    </message>
    <message>
        <source>{h} 小时</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>提及</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>⏰ {n} 条预警超过回复时限还没回复，已排在列表最前。</source>
        <translation>⏰ {n} alerts are past their response time and unanswered; they are listed first.</translation>
    </message>
    <message>
        <source>监测词</source>
        <translation>Watch words</translation>
    </message>
    <message>
        <source>回复模板</source>
        <translation>Reply templates</translation>
    </message>
    <message>
        <source>品牌手册</source>
        <translation>Brand guide</translation>
    </message>
    <message>
        <source>未解决</source>
        <extracomment>(alert id, templates) the template list was last ordered for: a reload keeps the pick.</extracomment>
        <translation>Unresolved</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>New</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>重新扫描评论和反馈</source>
        <translation>Rescan comments and feedback</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>紧急·</source>
        <translation>Urgent·</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>命中词</source>
        <translation>Matched words</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>选一个回复模板，或直接写回复。</source>
        <translation>Pick a reply template, or write a reply yourself.</translation>
    </message>
    <message>
        <source>回复（复制并记录）</source>
        <translation>Reply (copy and log)</translation>
    </message>
    <message>
        <source>把回复复制到剪贴板，去平台粘贴发出；同时记下首次响应时间，预警转为“处理中”。</source>
        <translation>Copies the reply to the clipboard to paste on the platform, logs the first response time and moves the alert to &quot;In progress&quot;.</translation>
    </message>
    <message>
        <source>标为已解决</source>
        <translation>Mark as resolved</translation>
    </message>
    <message>
        <source>回复模板：</source>
        <translation>Reply template:</translation>
    </message>
    <message>
        <source>全部情感</source>
        <translation>All sentiments</translation>
    </message>
    <message>
        <source>情感</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>把从平台复制的评论粘贴在这里，一行一条。</source>
        <translation>Paste comments copied from the platform here, one per line.</translation>
    </message>
    <message>
        <source>平台（可不选）</source>
        <translation>Platform (optional)</translation>
    </message>
    <message>
        <source>检查并保存</source>
        <translation>Check and save</translation>
    </message>
    <message>
        <source>粘贴评论：</source>
        <translation>Paste comments:</translation>
    </message>
    <message>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>监测中</source>
        <translation>Watching</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>品牌名、产品名、人名或负面词</source>
        <translation>Brand name, product name, person or negative word</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>品牌和产品的负面提及会成为预警；勾掉的词保留但不再匹配。监测词按“词”匹配：加上“小美面膜”，它就作为一个词被认出来。</source>
        <translation>Negative mentions of the brand and products become alerts; unticked words are kept but no longer matched. Watch words match as whole words: add &quot;小美面膜&quot; and it is recognised as one word.</translation>
    </message>
    <message>
        <source>可用占位符：{用户} {品牌} {产品} {平台} {评论}，回复时自动填好。</source>
        <translation>Placeholders {用户} (user), {品牌} (brand), {产品} (product), {平台} (platform) and {评论} (comment) are filled in when you reply.</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>保存模板</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>品牌名</source>
        <translation>Brand name</translation>
    </message>
    <message>
        <source>如：小美研究所</source>
        <translation>e.g. Xiaomei Lab</translation>
    </message>
    <message>
        <source>选一个语气模板…</source>
        <translation>Pick a tone template…</translation>
    </message>
    <message>
        <source>语气模板</source>
        <translation>Tone template</translation>
    </message>
    <message>
        <source>语气</source>
        <translation>Tone of voice</translation>
    </message>
    <message>
        <source>专业严谨，还是轻松活泼？写清楚怎么说话。</source>
        <translation>Professional and rigorous, or relaxed and playful? Describe how to talk.</translation>
    </message>
    <message>
        <source>头像</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>如：品牌 logo 白底，各平台统一</source>
        <translation>e.g. brand logo on white, the same on every platform</translation>
    </message>
    <message>
        <source>封面风格</source>
        <translation>Cover style</translation>
    </message>
    <message>
        <source>如：大字标题 + 产品实拍，左上角固定品牌角标</source>
        <translation>e.g. big headline + real product photo, brand badge fixed top left</translation>
    </message>
    <message>
        <source>品牌色</source>
        <translation>Brand colours</translation>
    </message>
    <message>
        <source>如：主色 #2B64E3，辅色浅灰</source>
        <translation>e.g. primary #2B64E3, secondary light grey</translation>
    </message>
    <message>
        <source>客服用语</source>
        <translation>Customer service phrases</translation>
    </message>
    <message>
        <source>如：称呼“宝子”；先道歉再给方案；不说“亲”</source>
        <translation>e.g. call people &quot;bestie&quot;; apologise first, then offer a fix; never say &quot;dear&quot;</translation>
    </message>
    <message>
        <source>禁用词</source>
        <translation>Banned words</translation>
    </message>
    <message>
        <source>用逗号或顿号分开；保存后写草稿时会提醒</source>
        <translation>Separate with commas; you&apos;ll be warned while writing drafts once saved</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>保存品牌手册</source>
        <translation>Save brand guide</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>⚠ 负面提及激增：今天 {n} 条，前 {days} 天日均 {avg} 条。请尽快排查原因并统一回应。</source>
        <translation>⚠ Negative mentions spiking: {n} today vs. a daily average of {avg} over the previous {days} days. Find the cause and respond consistently as soon as possible.</translation>
    </message>
    <message>
        <source>⚠ 有 {n} 条紧急预警（负面激增）还没处理完。</source>
        <translation>⚠ {n} urgent alerts (negative spike) are not resolved yet.</translation>
    </message>
    <message>
        <source>评论</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>反馈</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>粘贴</source>
        <translation>Pasted</translation>
    </message>
    <message>
        <source>激增</source>
        <translation>Spike</translation>
    </message>
    <message>
        <source>待处理 {new} · 处理中 {responding} · 已解决 {resolved}</source>
        <translation>New {new} · In progress {responding} · Resolved {resolved}</translation>
    </message>
    <message>
        <source>不用模板，自己写</source>
        <translation>No template, write my own</translation>
    </message>
    <message>
        <source>超时·</source>
        <extracomment>The columns painted red while an alert waits beyond its response time: 状态, 已等.</extracomment>
        <translation>Overdue · </translation>
    </message>
    <message>
        <source>已等/响应用时</source>
        <translation>Waited / answered in</translation>
    </message>
    <message>
        <source>{name}（适合{kind}）</source>
        <translation>{name} (for {kind})</translation>
    </message>
    <message>
        <source>超时未回复 {overdue} · </source>
        <translation>Overdue {overdue} · </translation>
    </message>
    <message>
        <source>没有需要处理的预警。</source>
        <translation>No alerts to handle.</translation>
    </message>
    <message>
        <source>投诉类型：{kinds}</source>
        <translation>Complaint: {kinds}</translation>
    </message>
    <message>
        <source>已等 {took}：{level}预警应在 {limit} 小时内首次回复。</source>
        <translation>Waited {took}: a {level} alert should get a first reply within {limit} hours.</translation>
    </message>
    <message>
        <source>已超时，请先回复这一条。</source>
        <translation>Overdue: answer this one first.</translation>
    </message>
    <message>
        <source>首次响应：{time}（用时 {took}）</source>
        <translation>First response: {time} (took {took})</translation>
    </message>
    <message>
        <source>已回复：</source>
        <translation>Replied:</translation>
    </message>
    <message>
        <source>回复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>回复内容是空的：选一个回复模板或写几句话。</source>
        <translation>The reply is empty: pick a reply template or write a few words.</translation>
    </message>
    <message>
        <source>回复已复制，去平台粘贴发出即可。</source>
        <translation>Reply copied; paste it on the platform to send.</translation>
    </message>
    <message>
        <source>已标为已解决。</source>
        <translation>Marked as resolved.</translation>
    </message>
    <message>
        <source>【预警】</source>
        <translation>[Alert]</translation>
    </message>
    <message>
        <source>（没有监测词，未保存）</source>
        <translation>(no watch terms, not saved)</translation>
    </message>
    <message>
        <source>已保存粘贴的评论。</source>
        <translation>Pasted comments saved.</translation>
    </message>
    <message>
        <source>导出品牌手册</source>
        <translation>Export brand guide</translation>
    </message>
    <message>
        <source>品牌手册.pdf</source>
        <translation>Brand guide.pdf</translation>
    </message>
</context>
<context>
    <name>WatchWindow</name>
    <message>
        <source>品牌与舆情</source>
        <translation>Brand &amp; monitoring</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>评分权重</source>
        <translation>Score weights</translation>
    </message>
    <message>
        <source>加权分 = 三项评分按权重加权平均。默认三项一样重要；比如更看重转化，就把转化力调到 2。</source>
        <translation>Weighted score = weighted average of the three scores. By default all three count equally; to favour conversion, for example, set Conversion to 2.</translation>
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
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>欢迎使用 OpsDesk</source>
        <extracomment>The rows the table starts with: the three platforms most operators run.</extracomment>
        <translation>Welcome to OpsDesk</translation>
    </message>
    <message>
        <source>欢迎使用 OpsDesk 运营台</source>
        <translation>Welcome to OpsDesk</translation>
    </message>
    <message>
        <source>先花一分钟：写下你运营的账号，再选择先看演示数据还是直接开始。这些以后都能改。</source>
        <translation>Take a minute: note the accounts you run, then choose whether to look at demo data first or start right away. You can change all of this later.</translation>
    </message>
    <message>
        <source>1. 你运营的账号（没有的平台留空即可）</source>
        <translation>1. Accounts you run (leave platforms you don&apos;t use empty)</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>账号名称</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>再加一个账号</source>
        <translation>Add another account</translation>
    </message>
    <message>
        <source>2. 怎么开始</source>
        <translation>2. How to start</translation>
    </message>
    <message>
        <source>载入演示数据：一个护肤品牌一年的运营记录，记在上面填的账号上（没填的平台用演示品牌的账号），先看看每个页面的效果</source>
        <translation>Load demo data: a year of a skincare brand&apos;s work, recorded under the accounts above (platforms you left empty get the demo brand&apos;s accounts), to see what every page looks like</translation>
    </message>
    <message>
        <source>演示数据可以随便改。想从干净的数据重新开始时，在「设置 → 数据与备份」里点「换一个数据文件夹…」选一个空文件夹：演示数据原样留在旧文件夹里，随时可以换回去。</source>
        <translation>Demo data can be changed freely. To start again from clean data, click 「Use another data folder…」 under 「Settings → Data &amp; backups」 and pick an empty folder: the demo data stays in the old folder, and you can switch back any time.</translation>
    </message>
    <message>
        <source>从空白开始：只建上面的账号，然后导入本周的平台数据</source>
        <translation>Start empty: create just the accounts above, then import this week&apos;s platform data</translation>
    </message>
    <message>
        <source>开始使用</source>
        <translation>Get started</translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>账号名称，如「肌理研究所」</source>
        <translation>Account name, e.g. &quot;Jili Lab&quot;</translation>
    </message>
</context>
<context>
    <name>WhenDialog</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>发布后的链接（可不填）</source>
        <translation>Link after posting (optional)</translation>
    </message>
    <message>
        <source>链接</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>WordListsPage</name>
    <message>
        <source>放行词（不提示）</source>
        <translation>Allowed words (no warning)</translation>
    </message>
    <message>
        <source>词</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>建议改成</source>
        <translation>Suggested replacement</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>新词</source>
        <translation>New word</translation>
    </message>
    <message>
        <source>建议改成（可不填）</source>
        <translation>Suggested replacement (optional)</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>恢复这一类的默认词</source>
        <translation>Restore this list&apos;s default words</translation>
    </message>
    <message>
        <source>词库：</source>
        <translation>Word list:</translation>
    </message>
    <message>
        <source>写草稿时按这些词检查。这一页的修改马上生效，不用点确定。</source>
        <translation>Drafts are checked against these words while you write. Changes on this page apply immediately; no need to click OK.</translation>
    </message>
    <message>
        <source>词库</source>
        <translation>Word lists</translation>
    </message>
    <message>
        <source>自己加的</source>
        <translation>Added by you</translation>
    </message>
    <message>
        <source>内置</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <source>恢复默认词</source>
        <translation>Restore default words</translation>
    </message>
    <message>
        <source>「{name}」里自己加的词会删掉，删掉的内置词会回来。继续吗？</source>
        <translation>Words you added to &quot;{name}&quot; will be removed and deleted built-in words will come back. Continue?</translation>
    </message>
</context>
<context>
    <name>WorkedView</name>
    <message>
        <source>互动率</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>阅读/播放</source>
        <translation>Reads/plays</translation>
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
        <source>★ 可复用</source>
        <translation>★ Reusable</translation>
    </message>
    <message>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>选题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>已发</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>收入</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>还没有已发布的选题数据 — 草稿标记已发布、导入平台数据后，这里会告诉你哪些方向值得再做</source>
        <translation>No published topic data yet — once drafts are marked published and platform data is imported, this shows which directions are worth doing again</translation>
    </message>
    <message>
        <source>按所选指标排在前 1/4 的选题标为「可复用」：这个方向值得换个角度再做一次。</source>
        <translation>Topics in the top quarter for the chosen metric are marked &quot;Reusable&quot;: the direction is worth another go from a new angle.</translation>
    </message>
    <message>
        <source>按</source>
        <translation>By</translation>
    </message>
    <message>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>全平台</source>
        <extracomment>Where an action item can show.</extracomment>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>{metric}中位数</source>
        <translation>{metric} median</translation>
    </message>
    <message>
        <source>行动项 {id} 不存在。</source>
        <translation>Action item {id} doesn&apos;t exist.</translation>
    </message>
</context>
<context>
    <name>brand</name>
    <message>
        <source>专业严谨</source>
        <extracomment>The checks category taboo words go into, and the suggestion shown with them (data, Chinese). Tone presets offered in the editor (the guide stores the chosen text, editable).</extracomment>
        <translation>Professional</translation>
    </message>
    <message>
        <source>轻松活泼</source>
        <translation>Relaxed and playful</translation>
    </message>
    <message>
        <source>温暖治愈</source>
        <translation>Warm and comforting</translation>
    </message>
    <message>
        <source>语气</source>
        <extracomment>Taboo words this guide put into the checks word list (so removing one takes it back out).</extracomment>
        <translation>Tone of voice</translation>
    </message>
    <message>
        <source>封面</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>不出现禁用词</source>
        <translation>No banned words</translation>
    </message>
    <message>
        <source>回复用语</source>
        <translation>Reply phrasing</translation>
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
    <name>campaigns</name>
    <message>
        <source>规则有 {n} 个字，超过 {limit} 字用户就懒得看了。尽量一句话说清：做什么、得什么。</source>
        <translation>The rules are {n} characters long; past {limit}, people won&apos;t bother reading. Try one sentence: what people do and what they get.</translation>
    </message>
    <message>
        <source>活动已进行 {day} 天（共 {days} 天），累计参与 {actual} 人，只有计划进度（{expected} 人）的 {pct}%。建议简化规则：减少步骤、降低门槛（如邀请 3 人改成 1 人），奖品写得更直接。</source>
        <translation>The campaign is on day {day} of {days} with {actual} participants, only {pct}% of the planned pace ({expected}). Simplify the rules: fewer steps, a lower bar (e.g. invite 1 friend instead of 3), and a more direct prize.</translation>
    </message>
    <message>
        <source>「{title}」已过期 {days} 天（{owner}，截止 {due}）</source>
        <translation>&quot;{title}&quot; is {days} days overdue ({owner}, due {due})</translation>
    </message>
    <message>
        <source>未指定负责人</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>预热开始</source>
        <extracomment>Timeline entry kinds, in the order they are drawn on a day.</extracomment>
        <translation>Warm-up starts</translation>
    </message>
    <message>
        <source>正式开始</source>
        <translation>Launch</translation>
    </message>
    <message>
        <source>推送</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>预告</source>
        <translation>Teaser</translation>
    </message>
    <message>
        <source>开始推送</source>
        <translation>Start pushing</translation>
    </message>
    <message>
        <source>最后一天提醒</source>
        <translation>Last-day reminder</translation>
    </message>
    <message>
        <source>参与人数</source>
        <extracomment>Post-mortem metrics: key, label, target column, result key, kind.</extracomment>
        <translation>Participants</translation>
    </message>
    <message>
        <source>新增关注</source>
        <translation>New followers</translation>
    </message>
    <message>
        <source>转化（订单）</source>
        <translation>Conversions (orders)</translation>
    </message>
    <message>
        <source>成交金额</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>花费（对预算）</source>
        <translation>Spend (vs. budget)</translation>
    </message>
    <message>
        <source>没有叫“{key}”的活动模板。</source>
        <translation>No campaign template called &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>活动名称不能为空。</source>
        <translation>The campaign needs a name.</translation>
    </message>
    <message>
        <source>金额不能是负数。</source>
        <translation>Amounts cannot be negative.</translation>
    </message>
    <message>
        <source>目标数不能是负数。</source>
        <translation>Targets cannot be negative.</translation>
    </message>
    <message>
        <source>预热天数不能是负数。</source>
        <translation>Warm-up days cannot be negative.</translation>
    </message>
    <message>
        <source>结束日期（{end}）早于开始日期（{start}）。</source>
        <translation>The end date ({end}) is before the start date ({start}).</translation>
    </message>
    <message>
        <source>活动要有名称、开始日期和结束日期。</source>
        <translation>A campaign needs a name, a start date and an end date.</translation>
    </message>
    <message>
        <source>活动 {id} 不存在。</source>
        <translation>Campaign {id} does not exist.</translation>
    </message>
    <message>
        <source>任务名称不能为空。</source>
        <translation>The task needs a name.</translation>
    </message>
    <message>
        <source>任务 {id} 不存在。</source>
        <translation>Task {id} does not exist.</translation>
    </message>
    <message>
        <source>{day} 的数字不能是负数。</source>
        <translation>The numbers for {day} cannot be negative.</translation>
    </message>
    <message>
        <source>经验教训要写一句标题。</source>
        <translation>A lesson needs a one-line title.</translation>
    </message>
    <message>
        <source>投放的数字不能是负数。</source>
        <translation>Boost figures cannot be negative.</translation>
    </message>
    <message>
        <source>点击数（{clicks}）比曝光数（{impressions}）还多，请检查。</source>
        <translation>Clicks ({clicks}) exceed impressions ({impressions}); please check.</translation>
    </message>
    <message>
        <source>投放记录 {id} 不存在。</source>
        <translation>Boost record {id} does not exist.</translation>
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
        <source>开头用「{text}」起头，没有给人留下来的理由。换成一个问题、带数字的结果、反差或前后对比，例如：熬夜三天，脸垮了？这 3 步救回来。</source>
        <translation>The opening starts with &quot;{text}&quot; and gives no reason to stay. Use a question, a result with a number, a contrast or a before/after, e.g. 熬夜三天，脸垮了？这 3 步救回来.</translation>
    </message>
    <message>
        <source>开头 3 秒没有承诺什么：用一个问题、带数字的结果、反差或前后对比留住观众。</source>
        <translation>The first 3 seconds promise nothing: keep viewers with a question, a result with a number, a contrast or a before/after.</translation>
    </message>
    <message>
        <source>开头没有承诺什么：第一句试试用提问、带数字的结果或反差抓住读者。</source>
        <translation>The opening promises nothing: try a question, a result with a number or a contrast in the first sentence.</translation>
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
        <source>建议把搜索词「{keyword}」写进标题：小红书用户常这样搜，标题里有它更容易被搜到。</source>
        <translation>Consider putting the search term &quot;{keyword}&quot; in the title: 小红书 users search for it, and a title with it is found more easily.</translation>
    </message>
    <message>
        <source>建议在标题或正文里写上搜索词「{keyword}」，方便用户搜到。</source>
        <translation>Consider writing the search term &quot;{keyword}&quot; in the title or text so users find it.</translation>
    </message>
    <message>
        <source>关键词「{keyword}」尽量放在标题最前面。</source>
        <translation>Put the keyword “{keyword}” as early in the title as you can.</translation>
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
        <source>开</source>
        <translation>on</translation>
    </message>
    <message>
        <source>关</source>
        <translation>off</translation>
    </message>
    <message>
        <source>保存客户的手机号和邮箱：{state}</source>
        <translation>Store customers&apos; phone numbers and e-mail: {state}</translation>
    </message>
    <message>
        <source>用户列表显示完整手机号和邮箱：{state}</source>
        <translation>Show full phone numbers and e-mail in the member list: {state}</translation>
    </message>
    <message>
        <source>存有手机号或邮箱的用户：{n} 位</source>
        <translation>Members with a phone number or e-mail stored: {n}</translation>
    </message>
    <message>
        <source>已清除 {n} 位用户的手机号和邮箱</source>
        <translation>Erased the phone numbers and e-mail of {n} members</translation>
    </message>
    <message>
        <source>流失率</source>
        <translation>Churn rate</translation>
    </message>
    <message>
        <source>还没有分层记录。</source>
        <translation>No segment records yet.</translation>
    </message>
    <message>
        <source>未处理</source>
        <translation>Open</translation>
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
        <source>数据版本</source>
        <translation>schema</translation>
    </message>
    <message>
        <source>完整性</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>数据文件的结构和这个版本不一致：</source>
        <translation>The data file&apos;s structure does not match this version:</translation>
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
        <source>已把 {rows} 行从 {source} 复制到 {target}</source>
        <translation>Copied {rows} rows from {source} to {target}</translation>
    </message>
    <message>
        <source>我的名字：{name}（团队数据库里的改动和导入署这个名字）</source>
        <translation>My name: {name} (changes and imports in the team store are signed with it)</translation>
    </message>
    <message>
        <source>还没有设置名字：改动和导入不署名。用 opsdesk-cli me --name 名字 设置。</source>
        <translation>No name set yet: changes and imports are not signed. Set one with opsdesk-cli me --name NAME.</translation>
    </message>
    <message>
        <source>{month} 诊断：{count} 条发现</source>
        <extracomment>The promotion fields `promotions --json` carries, in order.</extracomment>
        <translation>{month} diagnosis: {count} findings</translation>
    </message>
    <message>
        <source>[{severity}] {rule}（{cause}，{confidence}）：{text}</source>
        <translation>[{severity}] {rule} ({cause}, {confidence}): {text}</translation>
    </message>
    <message>
        <source>共 {count} 条投放，{flagged} 条建议停投</source>
        <translation>{count} boosts, {flagged} recommended to stop</translation>
    </message>
    <message>
        <source>花费</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>保本</source>
        <translation>break-even</translation>
    </message>
    <message>
        <source>值得加热：{count} 篇</source>
        <extracomment>The fields of one candidate in `promotions candidates --json`, in order.</extracomment>
        <translation>Worth boosting: {count} posts</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」= {value}：{message}</source>
        <translation>Row {row} &quot;{column}&quot; = {value}: {message}</translation>
    </message>
    <message>
        <source>……还有 {n} 处问题</source>
        <translation>…and {n} more problems</translation>
    </message>
    <message>
        <source>= {file}：这个文件已经导入过（导入记录 {batch}），没有改动。</source>
        <translation>= {file}: this file was already imported (import {batch}); nothing changed.</translation>
    </message>
    <message>
        <source>✗ {file}（{label}）：有 {n} 处数据读不出来，整个文件没有导入。可以修正后重新导入，或加 --skip-bad-rows 跳过这些行。</source>
        <translation>✗ {file} ({label}): {n} values could not be read, so nothing from this file was imported. Fix them and import again, or add --skip-bad-rows to skip those rows.</translation>
    </message>
    <message>
        <source>✓ {file}（{label}，统计日期 {date}）：新增 {inserted}，更新 {updated}，未变 {unchanged}</source>
        <translation>✓ {file} ({label}, data as of {date}): {inserted} new, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>… {file}（{label}，统计日期 {date}）预计：新增 {inserted}，更新 {updated}，未变 {unchanged}</source>
        <translation>… {file} ({label}, data as of {date}) would bring: {inserted} new, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>，其中 {n} 条对应到 OpsDesk 里的草稿</source>
        <translation>, {n} of them matched to drafts in OpsDesk</translation>
    </message>
    <message>
        <source>，跳过 {n} 行</source>
        <translation>, {n} rows skipped</translation>
    </message>
    <message>
        <source>（导入记录 {batch}）</source>
        <translation> (import {batch})</translation>
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
    <message>
        <source>没有编号为 {id} 的活动。</source>
        <translation>No campaign with ID {id}.</translation>
    </message>
    <message>
        <source>共 {count} 个活动</source>
        <translation>{count} campaigns</translation>
    </message>
    <message>
        <source>参与 {p}/{tp}（{pp}）  涨粉 {f}/{tf}  转化 {c}/{tc}  分享率 {s}  花费 {cost}  ROI {roi}</source>
        <translation>Participants {p}/{tp} ({pp})  Followers gained {f}/{tf}  Conversions {c}/{tc}  Share rate {s}  Spend {cost}  ROI {roi}</translation>
    </message>
    <message>
        <source>已新建活动 #{id}「{name}」：{start} ~ {end}，预热从 {warm} 开始</source>
        <translation>Created campaign #{id} &quot;{name}&quot;: {start} ~ {end}, warm-up from {warm}</translation>
    </message>
    <message>
        <source>活动复盘：{name}</source>
        <translation>Campaign review: {name}</translation>
    </message>
    <message>
        <source>分享率 {s}  ROI {roi}</source>
        <translation>Share rate {s}  ROI {roi}</translation>
    </message>
    <message>
        <source>用户反馈</source>
        <translation>User feedback</translation>
    </message>
    <message>
        <source>执行问题</source>
        <translation>Execution problems</translation>
    </message>
    <message>
        <source>继续做：</source>
        <translation>Keep doing:</translation>
    </message>
    <message>
        <source>要避免：</source>
        <translation>Avoid:</translation>
    </message>
    <message>
        <source>共 {count} 个合作</source>
        <translation>{count} collaborations</translation>
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
        <source>粉丝</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>近30天</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>周更</source>
        <translation>Posts/week</translation>
    </message>
    <message>
        <source>（自己）</source>
        <translation> (us)</translation>
    </message>
    <message>
        <source>{brand} {month} 复盘：目标 {total} 项，达成 {achieved} 项，未达成 {missed} 项</source>
        <translation>{brand} {month} review: {total} goals, {achieved} achieved, {missed} missed</translation>
    </message>
    <message>
        <source>{brand} {month} 复盘（本月未结束）：目标 {total} 项，已达成 {achieved} 项，进度落后 {behind} 项</source>
        <translation>{brand} {month} review (month not over): {total} goals, {achieved} achieved, {behind} behind</translation>
    </message>
    <message>
        <source>发布 {posts} 篇，阅读/播放 {views}，互动率 {rate}，净增粉丝 {net}</source>
        <translation>{posts} posts, {views} reads/plays, engagement rate {rate}, net followers {net}</translation>
    </message>
    <message>
        <source>上月行动项回顾：</source>
        <translation>Last month&apos;s action items:</translation>
    </message>
    <message>
        <source>Excel 已保存：{path}</source>
        <translation>Excel saved: {path}</translation>
    </message>
    <message>
        <source>（{metric} {before} → {after}）</source>
        <translation> ({metric} {before} → {after})</translation>
    </message>
    <message>
        <source>已记入运营手册 #{id}（{month} {kind}）：{title}</source>
        <translation>Added to the ops manual #{id} ({month} {kind}): {title}</translation>
    </message>
    <message>
        <source>PDF 已保存：{path}（{pages} 页）</source>
        <translation>PDF saved: {path} ({pages} pages)</translation>
    </message>
    <message>
        <source>运营手册：{count} 条（成功 {success}，失败 {failure}）</source>
        <translation>Playbook: {count} lessons ({success} successes, {failure} failures)</translation>
    </message>
    <message>
        <source>已添加监测词「{term}」（{kind}）</source>
        <translation>Added watch word &quot;{term}&quot; ({kind})</translation>
    </message>
    <message>
        <source>（停用）</source>
        <translation> (off)</translation>
    </message>
    <message>
        <source>还没有监测词。</source>
        <translation>No watch words yet.</translation>
    </message>
    <message>
        <source>已删除监测词「{term}」</source>
        <translation>Deleted watch word &quot;{term}&quot;</translation>
    </message>
    <message>
        <source>已启用监测词「{term}」</source>
        <translation>Turned on watch word &quot;{term}&quot;</translation>
    </message>
    <message>
        <source>已停用监测词「{term}」</source>
        <translation>Turned off watch word &quot;{term}&quot;</translation>
    </message>
    <message>
        <source>【预警】</source>
        <translation>[Alert]</translation>
    </message>
    <message>
        <source>共 {n} 条，{alerts} 条预警</source>
        <translation>{n} items, {alerts} alerts</translation>
    </message>
    <message>
        <source>检查了 {scanned} 条反馈和评论，新增 {added} 条提及，其中 {alerts} 条预警</source>
        <translation>Checked {scanned} feedback items and comments: {added} new mentions, {alerts} of them alerts</translation>
    </message>
    <message>
        <source>【紧急】</source>
        <translation>[Urgent]</translation>
    </message>
    <message>
        <source>【超时】</source>
        <translation>[OVERDUE]</translation>
    </message>
    <message>
        <source>  {h} 小时内响应</source>
        <translation>  respond within {h} h</translation>
    </message>
    <message>
        <source>  已等 {h} 小时</source>
        <translation>  waited {h} h</translation>
    </message>
    <message>
        <source>待处理 {new} 条，处理中 {responding} 条，已解决 {resolved} 条，超时未回复 {overdue} 条</source>
        <translation>{new} new, {responding} in progress, {resolved} resolved, {overdue} overdue</translation>
    </message>
    <message>
        <source>已记录回复：
{reply}</source>
        <translation>Reply logged:
{reply}</translation>
    </message>
    <message>
        <source>回复时限：负面 {negative:g} 小时，一般 {neutral:g} 小时</source>
        <translation>Response times: negative {negative:g} h, ordinary {neutral:g} h</translation>
    </message>
    <message>
        <source>预警 {id} 已解决</source>
        <translation>Alert {id} resolved</translation>
    </message>
    <message>
        <source>品牌手册：{brand}</source>
        <translation>Brand guide: {brand}</translation>
    </message>
    <message>
        <source>已添加运营台图标：{path}
在应用列表里找“运营台”或 OpsDesk，点一下就能打开。</source>
        <translation>Added the OpsDesk launcher: {path}
Find &quot;OpsDesk&quot; in your applications list and click it to open.</translation>
    </message>
    <message>
        <source>自己的</source>
        <translation>own</translation>
    </message>
    <message>
        <source>对标</source>
        <translation>benchmark</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>{n} 篇作品</source>
        <translation>{n} posts</translation>
    </message>
    <message>
        <source>还没有账号。</source>
        <translation>No accounts yet.</translation>
    </message>
    <message>
        <source>已添加账号：</source>
        <translation>Account added:</translation>
    </message>
    <message>
        <source>已改名：</source>
        <translation>Renamed:</translation>
    </message>
    <message>
        <source>已把「{a}」并入「{b}」：作品 {posts} 篇、每日数据 {days} 天移了过去，「{a}」已删除。</source>
        <translation>Merged 「{a}」 into 「{b}」: {posts} posts and {days} days of daily data moved; 「{a}」 was deleted.</translation>
    </message>
    <message>
        <source>两个账号都有的 {days} 天数据和 {goals} 个月度目标：保留「{b}」的数字，空着的用「{a}」的补上。</source>
        <translation>{days} days of data and {goals} monthly goals existed in both accounts: 「{b}」&apos;s numbers were kept, gaps filled from 「{a}」.</translation>
    </message>
    <message>
        <source>下面 {n} 篇看起来是同一作品，两篇都保留了，请核对后删掉多余的一篇：</source>
        <translation>These {n} posts look like the same work; both were kept. Check them and delete the extra one:</translation>
    </message>
    <message>
        <source>已归档：</source>
        <translation>Archived:</translation>
    </message>
    <message>
        <source>已取消归档：</source>
        <translation>Unarchived:</translation>
    </message>
    <message>
        <source>{month} 行动项：{total} 项，已完成 {done} 项</source>
        <translation>{month} action items: {total}, {done} done</translation>
    </message>
    <message>
        <source>已完成：{text}</source>
        <translation>Done: {text}</translation>
    </message>
    <message>
        <source>已改回未完成：{text}</source>
        <translation>Back to not done: {text}</translation>
    </message>
    <message>
        <source>已接受 {month} 的计划：{goal} 个目标，{topic} 个选题（另有 {carried} 个从上月顺延），{action_item} 个行动项。</source>
        <translation>Accepted the plan for {month}: {goal} goals, {topic} topics ({carried} more carried over from last month), {action_item} action items.</translation>
    </message>
    <message>
        <source>{month} 的计划之前已经接受过，这次没有写入新内容。</source>
        <translation>The plan for {month} was already accepted; nothing new was written.</translation>
    </message>
    <message>
        <source>已撤回 {month} 的计划：删除 {goal} 个目标、{topic} 个选题、{action_item} 个行动项。</source>
        <translation>Took back the plan for {month}: removed {goal} goals, {topic} topics, {action_item} action items.</translation>
    </message>
    <message>
        <source>{month} 计划（依据 {reviewed} 的复盘）</source>
        <translation>Plan for {month} (from the {reviewed} review)</translation>
    </message>
    <message>
        <source>目标：</source>
        <translation>Goals:</translation>
    </message>
    <message>
        <source>（已设）</source>
        <translation> (set)</translation>
    </message>
    <message>
        <source>选题：</source>
        <translation>Topics:</translation>
    </message>
    <message>
        <source>行动项：</source>
        <translation>Action items:</translation>
    </message>
    <message>
        <source>还没有导入问卷。</source>
        <translation>No surveys imported yet.</translation>
    </message>
    <message>
        <source>这段时间没有企业微信统计。</source>
        <translation>No WeCom statistics for this period.</translation>
    </message>
</context>
<context>
    <name>collaborations</name>
    <message>
        <source>合作方名称不能为空。</source>
        <translation>The partner needs a name.</translation>
    </message>
    <message>
        <source>花费和效果数字不能是负数。</source>
        <translation>Spend and result figures cannot be negative.</translation>
    </message>
    <message>
        <source>合作记录 {id} 不存在。</source>
        <translation>Collaboration record {id} does not exist.</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>选题</source>
        <extracomment>How many ids go into one `IN (...)` list (SQLite&apos;s variable limit is far above this).</extracomment>
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
        <translation>Month</translation>
    </message>
    <message>
        <source>时效性</source>
        <translation>Timely</translation>
    </message>
    <message>
        <source>价值度</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>转化力</source>
        <translation>Conv.</translation>
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
        <source>昵称</source>
        <extracomment>Shown columns: (member column key, header, display kind). Headers use context &quot;columns&quot;.</extracomment>
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
    <message>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>加权分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>手动优先级</source>
        <translation>Manual priority</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>成员数（名单）</source>
        <translation>Members (list)</translation>
    </message>
    <message>
        <source>群人数（填写）</source>
        <translation>Size (entered)</translation>
    </message>
    <message>
        <source>固定活动</source>
        <translation>Recurring events</translation>
    </message>
    <message>
        <source>收到时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>已转选题</source>
        <translation>Turned into topic</translation>
    </message>
    <message>
        <source>需求主题</source>
        <extracomment>Columns of the needs list, headers as the 用户需求清单 table says them (context &quot;columns&quot;).</extracomment>
        <translation>Need theme</translation>
    </message>
    <message>
        <source>反馈条数</source>
        <translation>Feedback count</translation>
    </message>
    <message>
        <source>未处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>主要类别</source>
        <translation>Main category</translation>
    </message>
    <message>
        <source>最近反馈时间</source>
        <translation>Latest feedback at</translation>
    </message>
    <message>
        <source>最新反馈</source>
        <translation>Latest feedback</translation>
    </message>
    <message>
        <source>最近反馈</source>
        <translation>Latest feedback</translation>
    </message>
    <message>
        <source>最新的几条</source>
        <translation>Most recent</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>近30天活跃天数</source>
        <translation>Active days (30 d)</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
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
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>流失占比</source>
        <translation>Churned share</translation>
    </message>
    <message>
        <source>当月流失率</source>
        <translation>Churn rate this month</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>导入时间</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <source>导入人</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>统计日期</source>
        <translation>Data date</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>community</name>
    <message>
        <source>周一</source>
        <extracomment>Weekday names for rituals, 0 = Monday.</extracomment>
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
        <source>用户ID</source>
        <extracomment>Columns of a member list or segment export, in `segments.export_row` order; the Chinese headers are the members import template&apos;s, so an edited export imports back (the template also knows their English translations, context &quot;community&quot;).</extracomment>
        <translation>User ID</translation>
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
        <source>首次关注时间</source>
        <translation>First seen</translation>
    </message>
    <message>
        <source>最近活跃时间</source>
        <translation>Last active</translation>
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
        <source>手机</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>用户名单</source>
        <translation>Member list</translation>
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
</context>
<context>
    <name>competitors</name>
    <message>
        <source>{platform}只有 {n} 个对标账号，建议 3–5 个。</source>
        <extracomment>How many benchmark accounts a platform should have (DESIGN §2: 3–5 per platform).</extracomment>
        <translation>{platform} has only {n} benchmark accounts; 3–5 is recommended.</translation>
    </message>
    <message>
        <source>{platform}有 {n} 个对标账号，超过 5 个就盯不过来了，挑最像的留下。</source>
        <translation>{platform} has {n} benchmark accounts; more than 5 is too many to follow, so keep the closest ones.</translation>
    </message>
    <message>
        <source>不认识的平台“{value}”。</source>
        <extracomment>Headers of the follower-snapshot sheet, first name of each is written in the template.</extracomment>
        <translation>Unknown platform &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>竞品账号名称不能为空。</source>
        <translation>The competitor account needs a name.</translation>
    </message>
    <message>
        <source>{platform}上已经有叫“{name}”的账号了。</source>
        <translation>{platform} already has an account called &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>竞品账号 {id} 不存在。</source>
        <translation>Competitor account {id} does not exist.</translation>
    </message>
    <message>
        <source>粉丝数不能是负数。</source>
        <translation>Follower counts cannot be negative.</translation>
    </message>
    <message>
        <source>“{file}”里找不到“账号”“日期”“粉丝数”这几列。</source>
        <translation>&quot;{file}&quot; has no &quot;账号&quot; (account), &quot;日期&quot; (date) and &quot;粉丝数&quot; (followers) columns.</translation>
    </message>
    <message>
        <source>有 {n} 行读不出来（账号不在竞品名单里，或日期、粉丝数不对），什么也没有导入：{rows}</source>
        <translation>{n} rows could not be read (account not in the competitor list, or a bad date or follower count), so nothing was imported: {rows}</translation>
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
        <translation>Low engagement</translation>
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
        <source>数据太新</source>
        <translation>Data too recent</translation>
    </message>
    <message>
        <source>《{title}》转化率 {rate}，是账号中位数 {median} 的 {times} 倍（选题：{topic}；形式：{format}）。这个方向值得复用：同一选题换角度再做几篇，沿用这种形式。</source>
        <translation>“{title}” converts at {rate}, {times} × the account&apos;s median of {median} (topic: {topic}; format: {format}). Reuse this direction: do more posts on the same topic from new angles in the same format.</translation>
    </message>
    <message>
        <source>本月 {share} 的流量来自「{name}」。这是主要流量来源，多投入：优先在这里发、花心思做。</source>
        <translation>{share} of this month&apos;s traffic came from “{name}”. It is the main traffic source — invest more: post there first and put in the effort.</translation>
    </message>
    <message>
        <source>开局好后劲断</source>
        <translation>Good start, then stalled</translation>
    </message>
    <message>
        <source>开头太慢</source>
        <extracomment>What a finding says caused it; `unknown` when the data cannot tell (then `missing` says what would).</extracomment>
        <translation>Slow opening</translation>
    </message>
    <message>
        <source>选题跑偏</source>
        <translation>Off topic</translation>
    </message>
    <message>
        <source>产品引导弱</source>
        <translation>Weak link to the product</translation>
    </message>
    <message>
        <source>落地页不顺</source>
        <translation>Landing page</translation>
    </message>
    <message>
        <source>缺互动引导</source>
        <translation>No prompt to interact</translation>
    </message>
    <message>
        <source>内容没打动人</source>
        <translation>Didn&apos;t move people</translation>
    </message>
    <message>
        <source>留不住人，推荐停了</source>
        <translation>Didn&apos;t hold viewers; recommendation stopped</translation>
    </message>
    <message>
        <source>没人互动，推荐停了</source>
        <translation>No interaction; recommendation stopped</translation>
    </message>
    <message>
        <source>流量池到顶或限流</source>
        <translation>Traffic pool ceiling or throttled</translation>
    </message>
    <message>
        <source>发布后掉粉</source>
        <translation>Followers lost after a post</translation>
    </message>
    <message>
        <source>内容以外的原因</source>
        <translation>Causes outside the content</translation>
    </message>
    <message>
        <source>发得不够</source>
        <translation>Too few posts</translation>
    </message>
    <message>
        <source>单篇效果弱</source>
        <translation>Weak posts</translation>
    </message>
    <message>
        <source>验证过的方向</source>
        <translation>A proven direction</translation>
    </message>
    <message>
        <source>主要来源</source>
        <translation>Main source</translation>
    </message>
    <message>
        <source>低于保本线</source>
        <translation>Below break-even</translation>
    </message>
    <message>
        <source>涨粉太贵</source>
        <translation>Followers too expensive</translation>
    </message>
    <message>
        <source>没带来粉丝</source>
        <translation>Brought no followers</translation>
    </message>
    <message>
        <source>数据还没稳定</source>
        <translation>Figures not settled yet</translation>
    </message>
    <message>
        <source>缺数据</source>
        <translation>Data missing</translation>
    </message>
    <message>
        <source>原因不明</source>
        <translation>Cause unknown</translation>
    </message>
    <message>
        <source>把握大</source>
        <translation>sure</translation>
    </message>
    <message>
        <source>有一定把握</source>
        <translation>fairly sure</translation>
    </message>
    <message>
        <source>推测</source>
        <translation>a guess</translation>
    </message>
    <message>
        <source>《{title}》浏览量 {views} 是账号同类内容中位数的 {times} 倍，但转化率只有 {rate}（中位数 {median}）。</source>
        <translation>《{title}》 got {views} views, {times}× the median of the account&apos;s posts of its format, but converted only {rate} (median {median}).</translation>
    </message>
    <message>
        <source>{signals}：看的人没点到产品，是产品引导弱。把商品卡/链接放得更醒目，口播和文案里直接说「点这里买」。</source>
        <translation>{signals}: viewers didn&apos;t click through to the product — the link to the product is weak. Make the product card or link more visible and say &quot;tap here to buy&quot; in the voice-over and copy.</translation>
    </message>
    <message>
        <source>{signals}：人点进去了却没下单，问题在落地页。检查价格、详情页首屏和下单步骤，先改落地页。</source>
        <translation>{signals}: people clicked through but didn&apos;t buy — the landing page is the problem. Check the price, the first screen of the detail page and the checkout steps; fix the landing page first.</translation>
    </message>
    <message>
        <source>没有商品点击数据，分不清是产品引导弱还是落地页不顺：在转化数据模板里填上「商品点击」再看。</source>
        <translation>No product-click data, so a weak product link can&apos;t be told from a poor landing page: fill in 商品点击 in the conversions template and look again.</translation>
    </message>
    <message>
        <source>《{title}》完播率 {rate}，明显低于账号同类内容中位数 {median}。</source>
        <translation>《{title}》 completion rate {rate}, well below the median {median} of the account&apos;s posts of its format.</translation>
    </message>
    <message>
        <source>{signals}：人在开头几秒就走了，是开头太慢。前 3 秒直接抛出痛点或结果，删掉寒暄和铺垫。</source>
        <translation>{signals}: viewers left in the first seconds — the opening is too slow. State the pain point or result in the first 3 seconds; cut the greetings and build-up.</translation>
    </message>
    <message>
        <source>{signals}：开头留住了人，中后段才走，是选题或内容没接住开头的承诺。换更贴近粉丝关心的选题，把承诺的干货提前给。</source>
        <translation>{signals}: the opening held viewers and they left later — the topic or content didn&apos;t keep the opening&apos;s promise. Pick topics closer to what followers care about and deliver the promised value earlier.</translation>
    </message>
    <message>
        <source>没有 2秒跳出率和 5秒完播率，分不清是开头太慢还是选题跑偏：导出作品数据时勾选这两列再导入。</source>
        <translation>No 2-second bounce or 5-second completion, so a slow opening can&apos;t be told from an off-topic post: tick these two columns when exporting works data and import again.</translation>
    </message>
    <message>
        <source>{finding}{cause}</source>
        <translation>{finding} {cause}</translation>
    </message>
    <message>
        <source>{metric} {value}（中位数 {median}）</source>
        <translation>{metric} {value} (median {median})</translation>
    </message>
    <message>
        <source>《{title}》互动率 {rate}，明显低于账号同类内容中位数 {median}。</source>
        <translation>《{title}》 engagement rate {rate}, well below the median {median} of the account&apos;s posts of its format.</translation>
    </message>
    <message>
        <source>{signals}：大家看了、也点了赞，只是没被邀请说话。结尾抛一个具体问题让大家留言，或做评论区抽奖。</source>
        <translation>{signals}: people watched and liked but weren&apos;t invited to talk. End with a concrete question for comments, or run a comment giveaway.</translation>
    </message>
    <message>
        <source>{signals}：点赞和评论都少，内容没打动人。回看选题是否戳中粉丝痛点，换个角度或加入真实案例。</source>
        <translation>{signals}: few likes and comments — the content didn&apos;t move people. Check whether the topic hits followers&apos; pain points; try another angle or a real case.</translation>
    </message>
    <message>
        <source>历史内容缺点赞或评论数，分不清是缺互动引导还是内容没打动人。</source>
        <translation>Past posts lack likes or comments, so a missing prompt can&apos;t be told from content that didn&apos;t move people.</translation>
    </message>
    <message>
        <source>《{title}》前 {early} 天浏览 {early_views}（中位数 {early_median}），之后只多了 {gain}（同类内容一般再涨 {gain_median}）。</source>
        <translation>《{title}》 got {early_views} views by day {early} (median {early_median}) and only {gain} after (posts of its format usually add {gain_median}).</translation>
    </message>
    <message>
        <source>{signals}：平台试推后发现留不住人，就停了推荐。下次把开头和节奏做紧。</source>
        <translation>{signals}: the platform&apos;s trial push found viewers didn&apos;t stay, so it stopped recommending. Tighten the opening and pace next time.</translation>
    </message>
    <message>
        <source>{signals}：试推的人没有互动，推荐就停了。加强互动引导，发布后第一时间回复评论。</source>
        <translation>{signals}: the trial audience didn&apos;t interact, so recommendation stopped. Prompt interaction more and reply to comments right after publishing.</translation>
    </message>
    <message>
        <source>完播和互动都正常，可能是流量池到顶或被限流：看看有没有违规提示；同一选题换个角度再发一篇。</source>
        <translation>Completion and engagement are normal: the traffic pool may have hit its ceiling or the post was throttled. Check for violation notices; post the same topic again from another angle.</translation>
    </message>
    <message>
        <source>没有完播率和互动数据，分不清推荐为什么停了。</source>
        <translation>No completion or engagement data, so why recommendation stopped can&apos;t be told.</translation>
    </message>
    <message>
        <source>{name}在 {day} 取消关注 {unfollows} 人，是此前 {days} 天平均（{average}）的 {times} 倍。</source>
        <translation>{name} lost {unfollows} followers on {day}, {times}× the average of the {days} days before ({average}).</translation>
    </message>
    <message>
        <source>前一天到当天发了《{title}》：回看这篇是否偏离粉丝期待、标题党或广告过重，下次同类内容先小范围试。</source>
        <translation>《{title}》 was published that day or the day before: check whether it strayed from what followers expect, was clickbait or too heavy on ads; test similar posts on a small audience first next time.</translation>
    </message>
    <message>
        <source>前后没有发布内容，原因多在内容以外：查当天的评论、私信和舆情，或平台是否清理了异常粉。</source>
        <translation>Nothing was published around then, so the cause is likely outside the content: check that day&apos;s comments, messages and mentions, or whether the platform purged suspicious followers.</translation>
    </message>
    <message>
        <source>{name}本月发了 {published} 篇，计划应发 {expected} 篇（每周 {per_week} 篇）。发布不足，提前备稿、排进日历。</source>
        <translation>{name} published {published} posts this month; the plan called for {expected} ({per_week} a week). Too few posts: prepare drafts ahead and put them on the calendar.</translation>
    </message>
    <message>
        <source>{name}「{metric}」目标 {target}，实际 {actual}，完成 {ratio}。</source>
        <translation>{name} &quot;{metric}&quot;: target {target}, actual {actual}, {ratio} reached.</translation>
    </message>
    <message>
        <source>{name}「{metric}」目标 {target}，到今天按进度应有 {expected}，实际 {actual}。</source>
        <translation>{name} &quot;{metric}&quot;: target {target}, {expected} due by today at this pace, actual {actual}.</translation>
    </message>
    <message>
        <source>{where}只发了 {published} 篇，计划 {expected} 篇：先把篇数补上，提前备稿排进日历。</source>
        <translation>{where} published only {published} posts of {expected} planned: catch up on the count first; prepare drafts ahead and put them on the calendar.</translation>
    </message>
    <message>
        <source>有计划的平台合计</source>
        <translation>All planned platforms</translation>
    </message>
    <message>
        <source>篇数就是这个目标：提前备稿，把差的篇数排进日历。</source>
        <translation>The post count is this goal: prepare drafts ahead and put the missing posts on the calendar.</translation>
    </message>
    <message>
        <source>篇数按计划发了（{published} 篇），是单篇效果弱：多做验证过的高转化选题，或用活动、投放追一追。</source>
        <translation>Posts went out as planned ({published}), so the posts were weak: make more of the proven high-converting topics, or push with a campaign or boost.</translation>
    </message>
    <message>
        <source>没有发布计划，分不清是发得少还是单篇效果弱：在日历里设好每周发几篇。</source>
        <translation>No posting plan, so too few posts can&apos;t be told from weak posts: set how many posts a week in the calendar.</translation>
    </message>
    <message>
        <source>无转化数据：{name}本月的内容没有转化数，无法判断高阅读低转化和高转化方向。导入订单/线索数据后再看。</source>
        <translation>No conversion data: {name}&apos;s content this month has no conversion counts, so high-read/low-conversion and high-converting directions cannot be judged. Import order/lead data and check again.</translation>
    </message>
    <message>
        <source>无完播率数据：{name}本月的内容没有完播率，无法判断完播问题。</source>
        <translation>No completion rate data: {name}&apos;s content this month has no completion rate, so completion problems cannot be judged.</translation>
    </message>
    <message>
        <source>无互动数据：{name}本月的内容缺少点赞/评论/分享/收藏中的一项，无法计算互动率。</source>
        <translation>No engagement data: {name}&apos;s content this month lacks likes, comments, shares or saves, so the engagement rate cannot be calculated.</translation>
    </message>
    <message>
        <source>历史数据太少：{name}只有 {count} 篇内容有{metric}，至少要 {needed} 篇才能和账号平时比较。</source>
        <translation>Too little history: only {count} of {name}&apos;s posts have {metric}; at least {needed} are needed to compare with the account&apos;s norm.</translation>
    </message>
    <message>
        <source>无取关数据：{name}本月没有取消关注人数，无法判断掉粉异常。</source>
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
        <source>{name}有 {count} 篇内容的数据还不满 {days} 天，暂不和老内容比较，等数据更新后再看。</source>
        <translation>{name}: {count} post(s) with less than {days} day(s) of data are not compared with older content until the data updates.</translation>
    </message>
    <message>
        <source>无成交数据：投放「{name}」是转化目标，但没有花费或成交金额，无法计算投入产出比。</source>
        <translation>No sales data: boost “{name}” aims at conversion but has no spend or sales amount, so ROI cannot be computed.</translation>
    </message>
    <message>
        <source>{platform}「{name}」</source>
        <extracomment>How a finding names one of the operator&apos;s accounts: the platform, then the account&apos;s own name.</extracomment>
        <translation>{platform} “{name}”</translation>
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
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>2秒跳出率</source>
        <translation>2-second bounce</translation>
    </message>
    <message>
        <source>5秒完播率</source>
        <translation>5-second completion</translation>
    </message>
    <message>
        <source>每次浏览的商品点击</source>
        <translation>Product clicks per view</translation>
    </message>
    <message>
        <source>每次浏览的主页访问</source>
        <translation>Profile visits per view</translation>
    </message>
    <message>
        <source>每次点击的转化</source>
        <translation>Conversions per click</translation>
    </message>
    <message>
        <source>点赞率</source>
        <translation>Like rate</translation>
    </message>
    <message>
        <source>评论率</source>
        <translation>Comment rate</translation>
    </message>
    <message>
        <source>未关联选题</source>
        <translation>No topic</translation>
    </message>
    <message>
        <source>全部账号</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>》《</source>
        <extracomment>Rates the causes rest on that the metric dictionary does not store: (numerator, denominator). The stop flag of a promotion → the rule and cause its finding carries.</extracomment>
        <translation>》《</translation>
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
        <source>内审</source>
        <extracomment>Allowed status moves. Leaving internal review forward needs a passed review; `scheduled` needs a time and no error-level finding; `published` goes through `mark_published`. The revision note a status move writes. These are stored text, not labels: kept word for word so old and new revisions read alike, translated in context &quot;drafts&quot; when the history shows them.</extracomment>
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
        <source>在日历上新建</source>
        <translation>Created on the calendar</translation>
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
        <source>正文请用 --body-file 或 --text 给出，二选一。</source>
        <translation>Give the text with --body-file or --text, not both.</translation>
    </message>
    <message>
        <source>{option} 的日期“{value}”不对，请写成 YYYY-MM-DD，例如 2026-05-31。</source>
        <extracomment>The process ends with this command (`opsdesk-cli` itself, not `main(argv)` called in-process).</extracomment>
        <translation>{option}: the date “{value}” is not valid; write it as YYYY-MM-DD, e.g. 2026-05-31.</translation>
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
        <source>OpsDesk 窗口正开着这个数据文件夹 {folder}，没有写入演示数据，数据没有改动。请先关掉窗口再替换。</source>
        <translation>An OpsDesk window has the data folder {folder} open: demo data was not written and nothing changed. Close the window first, then replace the data.</translation>
    </message>
    <message>
        <source>没有说从哪个团队数据库复制：请加 --from postgresql+psycopg://…</source>
        <translation>Which team database to copy from? Add --from postgresql+psycopg://…</translation>
    </message>
    <message>
        <source>OpsDesk 打不开</source>
        <translation>OpsDesk cannot open</translation>
    </message>
    <message>
        <source>要改为打开这台电脑上的本地数据吗？</source>
        <extracomment>What the window&apos;s exit code is when it asks to be opened again (after the data folder moved).</extracomment>
        <translation>Open the local data on this computer instead?</translation>
    </message>
    <message>
        <source>连不上团队数据库</source>
        <translation>Can&apos;t reach the team database</translation>
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
        <source>账号名称不能为空。</source>
        <extracomment>Longest account name accepted (platform nicknames are far shorter; this catches pasted text).</extracomment>
        <translation>The account name cannot be empty.</translation>
    </message>
    <message>
        <source>账号名称太长了（最多 {n} 个字）。</source>
        <translation>The account name is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的账号。</source>
        <translation>There is no account number {id}.</translation>
    </message>
    <message>
        <source>{platform}已经有一个叫「{name}」的账号（编号 {id}）。如果是同一个账号，请用“合并”把两个合成一个。</source>
        <translation>{platform} already has an account called 「{name}」 (number {id}). If it is the same account, use “Merge” to make the two one.</translation>
    </message>
    <message>
        <source>「{a}」在{pa}，「{b}」在{pb}：不同平台的账号不能合并。</source>
        <translation>「{a}」 is on {pa} and 「{b}」 on {pb}: accounts on different platforms cannot be merged.</translation>
    </message>
    <message>
        <source>「{a}」和「{b}」一个是自己的账号、一个是对标账号，不能合并。</source>
        <translation>One of 「{a}」 and 「{b}」 is your own account and the other a benchmark account: they cannot be merged.</translation>
    </message>
    <message>
        <source>不能把账号合并到它自己。</source>
        <translation>An account cannot be merged into itself.</translation>
    </message>
    <message>
        <source>每周篇数要在 0 到 100 之间。</source>
        <translation>Posts per week must be between 0 and 100.</translation>
    </message>
    <message>
        <source>不认识平台“{platform}”。可用的平台代码：{codes}。</source>
        <extracomment>Warnings a check run (`opsdesk-cli lint`) still fails on: an opening that promises nothing loses the video in its first seconds, so a script gating drafts stops there, while the editor only warns. The draft fields this platform&apos;s editor shows (plus the structure fields), in order.</extracomment>
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
        <source>结束日期 {end} 早于开始日期 {start}。</source>
        <extracomment>Metrics the platform comparison shows, in order. A month is &quot;young&quot; before this day: the tab then opens on the last complete month, since a few days of numbers (and posts whose 7-day figures are not in yet) say little. SQL condition on `pf`/`pp` rows: posts, not live sessions.</extracomment>
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
        <extracomment>Who saved it (the operator&apos;s name, 设置 → 我的名字), when they had given one.</extracomment>
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
        <translation>Cannot read the month {month}; write it like 2026-03.</translation>
    </message>
    <message>
        <source>没有指标 {metric}，可选：{choices}。</source>
        <extracomment>{(account_id, metric, month): version} of goals as an editor showed them (`goal_versions`). Decimal places a target is split to: counts are whole numbers, money goes to the fen.</extracomment>
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
        <source>没有 {segment} 这个分层，可选：core、potential、churned、new。</source>
        <translation>No segment {segment}; choose from: core, potential, churned, new.</translation>
    </message>
    <message>
        <source>无法写入 {path}：{reason}。请换一个位置，或先关掉正在打开它的 Excel。</source>
        <translation>Cannot write {path}: {reason}. Choose another location, or first close Excel if it has the file open.</translation>
    </message>
    <message>
        <source>权重必须是数字。</source>
        <extracomment>The monthly plan&apos;s suggested size (DESIGN §2: 10–15 topics a month). Statuses that count as &quot;in the month&apos;s plan&quot;. What `what_worked` may rank by (dictionary keys), in the order the plan&apos;s picker offers them. The words people search for (小红书 title check), apart from the tags that sort the library. Scores the operator typed (never refreshed) and the one-line reasons of the proposed ones. The row&apos;s version (an editor saves against it, so a stale copy is noticed) and who last changed it.</extracomment>
        <translation>Weights must be numbers.</translation>
    </message>
    <message>
        <source>权重不能是负数，也不能全部为 0。</source>
        <translation>Weights cannot be negative or all 0.</translation>
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
        <source>数据文件夹 {folder} 用不了：{reason}。请检查它的写入权限，或换一个位置。</source>
        <translation>The data folder {folder} cannot be used: {reason}. Check that it can be written to, or choose another place.</translation>
    </message>
    <message>
        <source>OpsDesk 正在使用数据文件夹 {folder}。</source>
        <translation>OpsDesk is using the data folder {folder}.</translation>
    </message>
    <message>
        <source>现在打开的是团队数据库，数据在服务器上，不在数据文件夹里，没有移动。要带走一份，请用 opsdesk-cli pull。</source>
        <translation>A team database is open: its data is on the server, not in a data folder, so nothing was moved. To take a copy with you, use opsdesk-cli pull.</translation>
    </message>
    <message>
        <source>团队数据库不能用这个备份恢复，数据没有改动。请让数据库管理员用 pg_restore 恢复。</source>
        <translation>A team database can&apos;t be restored from this backup; nothing was changed. Ask the database administrator to restore it with pg_restore.</translation>
    </message>
    <message>
        <source>OpsDesk 窗口正开着这个数据文件夹 {folder}，没有恢复，数据没有改动。请先关掉窗口再恢复。</source>
        <translation>An OpsDesk window has the data folder {folder} open: nothing was restored and the data is unchanged. Close the window first, then restore.</translation>
    </message>
    <message>
        <source>还没有数据文件 {file}，没有可备份的内容。</source>
        <translation>There is no data file {file} yet, so there is nothing to back up.</translation>
    </message>
    <message>
        <source>备份没有通过完整性检查（{verdict}），数据文件可能已损坏。</source>
        <extracomment>What an interrupted restore by an earlier build left beside the data file.</extracomment>
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
        <source>数据文件 {file} 打不开（{reason}）。请检查它和数据文件夹的读写权限。</source>
        <translation>The data file {file} cannot be opened ({reason}). Check read and write permissions on it and its data folder.</translation>
    </message>
    <message>
        <source>数据文件 {file} 已损坏，打不开（{reason}）。数据文件夹里没有备份；如果别处有备份，请从备份恢复：opsdesk-cli restore 备份文件。</source>
        <translation>The data file {file} is damaged and cannot be opened ({reason}). The data folder has no backups; if you have a backup elsewhere, restore it: opsdesk-cli restore BACKUP_FILE.</translation>
    </message>
    <message>
        <source>数据文件 {file} 已损坏，打不开（{reason}）。请从备份恢复，最新的完好备份是 {backup}：opsdesk-cli restore &quot;{backup}&quot;</source>
        <translation>The data file {file} is damaged and cannot be opened ({reason}). Restore from a backup; the newest sound backup is {backup}: opsdesk-cli restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <source>升级数据文件时有 {count} 行会失去它们引用的数据，没有升级，数据没有改动。请把数据文件夹发给开发者。</source>
        <translation>Upgrading the data file would leave {count} rows pointing at missing data, so it was not upgraded and nothing changed. Please send the data folder to the developers.</translation>
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
        <source>无法写入 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>读不了文件 {file}：请检查路径是否正确。</source>
        <translation>Cannot read the file {file}: check that the path is correct.</translation>
    </message>
    <message>
        <source>{file} 不是文本文件：请把评论存成每行一条的 .txt。</source>
        <translation>{file} is not a text file: save the comments as a .txt file with one per line.</translation>
    </message>
    <message>
        <source>{file} 的编码看不懂：请存成 UTF-8 文本。</source>
        <translation>Cannot read the encoding of {file}: save it as UTF-8 text.</translation>
    </message>
    <message>
        <source>请给一个文本文件，或者用 --text 给一段文字（二选一）。</source>
        <translation>Give either a text file or some text with --text (not both).</translation>
    </message>
    <message>
        <source>请用 --template 选一个回复模板，或用 --text 写回复（二选一）。</source>
        <translation>Either pick a reply template with --template or write a reply with --text (not both).</translation>
    </message>
    <message>
        <source>找不到中文字体，打印出来会是方框。请安装微软雅黑、苹方或 Noto Sans CJK SC（Linux：sudo apt install fonts-noto-cjk），或把一个中文字体文件放进 {folder}。</source>
        <translation>No Chinese font found, so printouts would show boxes. Install Microsoft YaHei, PingFang or Noto Sans CJK SC (Linux: sudo apt install fonts-noto-cjk), or put a Chinese font file in {folder}.</translation>
    </message>
    <message>
        <source>新位置和现在的数据文件夹是同一个。</source>
        <extracomment>Files that belong to the open database or the running instance, never copied as they are.</extracomment>
        <translation>The new location is the same as the current data folder.</translation>
    </message>
    <message>
        <source>新位置不能在现在的数据文件夹里面：{folder}</source>
        <translation>The new location cannot be inside the current data folder: {folder}</translation>
    </message>
    <message>
        <source>{folder} 不是空文件夹。请选一个空文件夹，或新建一个。</source>
        <translation>{folder} is not empty. Choose an empty folder or create a new one.</translation>
    </message>
    <message>
        <source>复制后的数据和原来的不一致，没有移动。原来的数据没有改动。</source>
        <translation>The copied data does not match the original, so nothing was moved. The original data is unchanged.</translation>
    </message>
    <message>
        <source>复制到 {folder} 没有成功：{reason}。原来的数据没有改动。</source>
        <translation>Copying to {folder} failed: {reason}. The original data is unchanged.</translation>
    </message>
    <message>
        <source>没有{what} {value}，可选：{choices}。</source>
        <extracomment>What a lesson can be recorded from: a review&apos;s highlight/shortfall, a diagnosis finding, a campaign&apos;s 复盘, a promotion. At most this many matching lessons come back where the operator works.</extracomment>
        <translation>No {what} {value}; choices: {choices}.</translation>
    </message>
    <message>
        <source>经验教训要写一句标题。</source>
        <translation>A lesson needs a one-line title.</translation>
    </message>
    <message>
        <source>经验 {id} 不存在。</source>
        <translation>Lesson {id} does not exist.</translation>
    </message>
    <message>
        <source>投放 {id} 不存在。</source>
        <translation>Boost {id} doesn&apos;t exist.</translation>
    </message>
    <message>
        <source>活动 {id} 不存在。</source>
        <translation>Campaign {id} doesn&apos;t exist.</translation>
    </message>
    <message>
        <source>监测词的种类只能是 brand、product、person 或 negative，不是“{kind}”。</source>
        <extracomment>Setting with the spike thresholds (see `thresholds()`). Setting set once the starter negative words were added, so removed ones stay removed. Ids of the open alerts the start-up notice has already told about (so it tells each alert once). Setting with the hours an alert may wait for its first response, per severity. Placeholders a reply template may use.</extracomment>
        <translation>A watch word kind must be brand, product, person or negative, not &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <source>监测词不能是空的。</source>
        <translation>A watch word cannot be empty.</translation>
    </message>
    <message>
        <source>监测词“{term}”里有标点或空格，请只写一个词。</source>
        <translation>The watch word &quot;{term}&quot; contains punctuation or spaces; write a single word.</translation>
    </message>
    <message>
        <source>没有“{term}”这个监测词。用 opsdesk-cli watch list 查看全部。</source>
        <translation>There is no watch word &quot;{term}&quot;. Use opsdesk-cli watch list to see them all.</translation>
    </message>
    <message>
        <source>回复时限要在 0 到 720 小时之间，不是 {hours}。</source>
        <translation>A response time must be between 0 and 720 hours, not {hours}.</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的预警。</source>
        <translation>No alert with ID {id}.</translation>
    </message>
    <message>
        <source>预警状态只能是 new、responding 或 resolved。</source>
        <translation>Alert status must be new, responding or resolved.</translation>
    </message>
    <message>
        <source>回复内容是空的：选一个回复模板或写几句话。</source>
        <translation>The reply is empty: pick a reply template or write a few words.</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的回复模板。</source>
        <translation>No reply template with ID {id}.</translation>
    </message>
    <message>
        <source>回复模板要有名称和内容。</source>
        <translation>A reply template needs a name and text.</translation>
    </message>
    <message>
        <source>已经有叫“{name}”的回复模板了。</source>
        <translation>A reply template called &quot;{name}&quot; already exists.</translation>
    </message>
    <message>
        <source>没能写入启动图标 {path}：{reason}</source>
        <translation>Could not write the launcher icon {path}: {reason}</translation>
    </message>
    <message>
        <source>没能创建开始菜单快捷方式：{reason}</source>
        <translation>Could not create the Start menu shortcut: {reason}</translation>
    </message>
    <message>
        <source>缺少表 {table}</source>
        <translation>table {table} is missing</translation>
    </message>
    <message>
        <source>表 {table} 缺少列 {column}</source>
        <translation>table {table} is missing column {column}</translation>
    </message>
    <message>
        <source>另一个导入或写入正在进行（在另一个 OpsDesk 窗口或命令行里），这次没有写入，数据没有改动。请稍后再试。</source>
        <translation>Another import or write is running (in another OpsDesk window or on the command line): nothing was written and the data is unchanged. Please try again in a moment.</translation>
    </message>
    <message>
        <source>{who} 在 {when} 改过这一条，你看到的是改之前的内容，这次没有保存。</source>
        <translation>{who} changed this at {when}; you were looking at the earlier version, so this was not saved.</translation>
    </message>
    <message>
        <source>{who} 刚改过这一条，你看到的是改之前的内容，这次没有保存。</source>
        <translation>{who} has just changed this; you were looking at the earlier version, so this was not saved.</translation>
    </message>
    <message>
        <source>这一条在 {when} 被别人改过，你看到的是改之前的内容，这次没有保存。</source>
        <translation>Someone changed this at {when}; you were looking at the earlier version, so this was not saved.</translation>
    </message>
    <message>
        <source>这一条刚被别人改过，你看到的是改之前的内容，这次没有保存。</source>
        <translation>Someone has just changed this; you were looking at the earlier version, so this was not saved.</translation>
    </message>
    <message>
        <source>磁盘空间不足，{file} 没有保存。请清理出一些空间（或换一个磁盘）后再试，原有的数据没有改动。</source>
        <extracomment>Files SQLite keeps beside a database while it is open (or after a crash).</extracomment>
        <translation>The disk is full: {file} was not saved. Free some space (or use another disk) and try again; your existing data is unchanged.</translation>
    </message>
    <message>
        <source>没有权限写入 {file}（{reason}）。请换一个位置保存。</source>
        <translation>No permission to write {file} ({reason}). Please save it somewhere else.</translation>
    </message>
    <message>
        <source>{file} 没有保存成功：{reason}。</source>
        <translation>{file} was not saved: {reason}.</translation>
    </message>
    <message>
        <source>没法在 {folder} 里写日志（{reason}）。请检查数据文件夹的写入权限，或换一个数据文件夹。</source>
        <translation>Cannot write the log in {folder} ({reason}). Check that the data folder can be written to, or use another data folder.</translation>
    </message>
    <message>
        <source>--source {kind}: 后面要写编号，如 {kind}:12。</source>
        <translation>--source {kind}: add the id after it, e.g. {kind}:12.</translation>
    </message>
    <message>
        <source>{month} 的计划还没有接受，没有可撤回的。</source>
        <extracomment>carry_over: the library topic itself; hot_date: the date (stored at accept when generated). False when the month&apos;s plan had been accepted before (nothing was written).</extracomment>
        <translation>The plan for {month} hasn&apos;t been accepted; there is nothing to take back.</translation>
    </message>
    <message>
        <source>要清除已保存的手机号和邮箱，请同时关闭“保存客户的手机号和邮箱”；什么也没有改动。</source>
        <extracomment>Setting: the member list and its detail panel show phone and e-mail in full (off: masked). The member columns that hold personal data.</extracomment>
        <translation>To erase the stored phone numbers and e-mail, also turn off storing them; nothing was changed.</translation>
    </message>
    <message>
        <source>没有编号为 {survey_id} 的问卷（opsdesk-cli surveys 列出全部问卷）。</source>
        <translation>There is no survey {survey_id} (opsdesk-cli surveys lists them all).</translation>
    </message>
    <message>
        <source>团队数据库地址“{url}”不对，应写成 postgresql+psycopg://用户@主机:端口/数据库名。</source>
        <extracomment>Seconds to wait for a server before telling the operator it cannot be reached. pg_advisory_xact_lock key that serialises migrations of one server database (&quot;OPSD&quot;).</extracomment>
        <translation>The team database address &quot;{url}&quot; is not right; write it as postgresql+psycopg://user@host:port/database.</translation>
    </message>
    <message>
        <source>连不上团队数据库 {host}（数据库 {database}）：{reason}。请检查网络、地址、用户名和密码，或先打开这台电脑上的本地数据。</source>
        <translation>Can&apos;t reach the team database {host} (database {database}): {reason}. Check the network, address, user name and password, or open the local data on this computer first.</translation>
    </message>
    <message>
        <source>团队数据库 {file} 是更新版本的 OpsDesk 写的（版本 {stored}），这个版本打不开。请升级 OpsDesk 后再打开，数据没有改动。</source>
        <translation>The team database {file} was written by a newer OpsDesk (version {stored}) that this version can&apos;t open. Update OpsDesk and open it again; nothing was changed.</translation>
    </message>
    <message>
        <source>pg_dump 没有备份成功：{reason}</source>
        <translation>pg_dump didn&apos;t make the backup: {reason}</translation>
    </message>
    <message>
        <source>请填写团队数据库的主机地址。</source>
        <extracomment>libpq&apos;s TLS modes, from none to full checking, as the settings page lists them. The keyring&apos;s service name the passwords are kept under (one entry per user@host:port/database).</extracomment>
        <translation>Fill in the team database&apos;s host.</translation>
    </message>
    <message>
        <source>请填写数据库名和用户名。</source>
        <translation>Fill in the database name and user name.</translation>
    </message>
    <message>
        <source>加密方式“{mode}”不认识。</source>
        <translation>Unknown encryption mode &quot;{mode}&quot;.</translation>
    </message>
    <message>
        <source>端口 {port} 不对，应在 1 到 65535 之间。</source>
        <translation>Port {port} is not right; it must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>这台电脑没有可用的密码保管（系统钥匙串），密码没有保存。请把密码写进 ~/.pgpass （一行：主机:端口:数据库:用户名:密码），OpsDesk 连接时会从那里读。</source>
        <translation>This computer has no password store (system keyring), so the password was not saved. Put it in ~/.pgpass (one line: host:port:database:user:password); OpsDesk reads it from there when connecting.</translation>
    </message>
    <message>
        <source>目标 {target} 里已经有数据（{tables} 等表），没有复制，两边的数据都没有改动。请换一个空的数据库或空的数据文件夹。</source>
        <extracomment>Rows read and written per round trip. Bookkeeping the target&apos;s own migration wrote; not data. Preferences, not data: a target that only has these (a window opened on the new server once) is still empty, and the copied store&apos;s own settings replace them.</extracomment>
        <translation>The target {target} already holds data ({tables} and more), so nothing was copied and neither side changed. Use an empty database or an empty data folder.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
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
        <source>{month}「{metric}」：全部账号的目标是 {total}，各账号目标加起来是 {sum}，两者对不上。</source>
        <translation>{month} &quot;{metric}&quot;: the all-accounts target is {total} but the accounts&apos; targets add up to {sum}; they don&apos;t match.</translation>
    </message>
</context>
<context>
    <name>hotdates</name>
    <message>
        <source>提前 {n} 天准备</source>
        <extracomment>How long before a date an operator starts preparing, by kind (the data file may say otherwise). Public holidays as `holidays` names them in zh_CN; 农历除夕 comes from the lunar festivals instead. Lunar festivals operators ride: (name, lunar month, lunar day). 春节/端午节/中秋节 are public holidays; 中元节 is left out on purpose (brands stay away from it). Hint shown with an upcoming hot date; format with n=lead_days after translating.</extracomment>
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
        <source>“{file}”不是普通文件（是文件夹、管道或设备），无法导入。请选平台后台下载的 Excel 或 CSV 文件。</source>
        <translation>“{file}” is not a regular file (it is a folder, pipe or device) and cannot be imported. Choose the Excel or CSV file downloaded from the platform.</translation>
    </message>
    <message>
        <source>读不了“{file}”：{reason}。请检查文件权限，或把文件复制到别的文件夹再导入。</source>
        <translation>Cannot read “{file}”: {reason}. Check the file&apos;s permissions, or copy it to another folder and import it from there.</translation>
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
        <source>不能是负数</source>
        <extracomment>Counts that can fall as well as rise (net follower change); every other count is never negative. A title longer than this is a whole article pasted into the cell (Douyin&apos;s caption limit is 1,000).</extracomment>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <source>标题超过 2,000 个字，不像标题（是不是把正文贴进来了？）</source>
        <translation>the title is over 2,000 characters, which is not a title (was the body pasted here?)</translation>
    </message>
    <message>
        <source>编号被 Excel 改成了科学计数法（E+），后几位已经丢失：请用后台导出的原始 CSV，不要用 Excel 另存过的文件</source>
        <extracomment>Excel shows a 19-digit id as `3.71234E+18` and saves it so: the last digits are gone for good.</extracomment>
        <translation>Excel turned this id into scientific notation (E+) and its last digits are lost: use the original CSV from the back-end, not a file re-saved in Excel</translation>
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
        <source>数字太大，不像真实数据（最多 1,000 万亿）</source>
        <extracomment>Excel&apos;s day 0 (with the 1900 leap-year bug folded in, as every reader does). The largest number a cell may hold: far above any real count or amount, far below what SQLite stores (2**63 - 1) and exactly representable as a float. Publish times, days and months outside these years are typing or export errors, not data.</extracomment>
        <translation>the number is too large to be real (at most 10^15)</translation>
    </message>
    <message>
        <source>年份不在 2000–2100 之间</source>
        <translation>the year is not between 2000 and 2100</translation>
    </message>
    <message>
        <source>不是数字</source>
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
        <extracomment>The shortest title key that may be a platform&apos;s truncation of a longer one. Called with the number of records decided so far, every `PROGRESS_EVERY`. A snapshot&apos;s columns that are not metrics. What a new post from an export sets (the rest are the model&apos;s defaults). Publish times this far apart always fall in minutes further apart than the match window.</extracomment>
        <translation>neither a platform name nor one of your account names</translation>
    </message>
    <message>
        <source>这个平台有多个账号，请写账号名</source>
        <translation>this platform has several accounts; write the account name</translation>
    </message>
    <message>
        <source>这一列不能为空</source>
        <extracomment>SQLite page cache while importing: index inserts for 100,000 rows stay in memory.</extracomment>
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
        <source>正在核对</source>
        <translation>Checking</translation>
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
    <message>
        <source>OpsDesk 工作簿</source>
        <translation>OpsDesk workbook</translation>
    </message>
    <message>
        <source>导入记录 {batch_id} 是整库工作簿，改动遍布所有表，不能单独撤销。请用“文件 → 从备份恢复…”回到导入前的备份。</source>
        <translation>Import {batch_id} was a whole-database workbook whose changes span every table, so it cannot be undone on its own. Use &quot;File → Restore from backup…&quot; to go back to a backup from before the import.</translation>
    </message>
    <message>
        <source>这一格超过 32,767 个字，太长了（Excel 的一格也放不下）</source>
        <extracomment>The most characters a cell can hold: Excel&apos;s own limit, so a longer CSV or HTML cell was never a cell.</extracomment>
        <translation>this cell has over 32,767 characters, too long (not even an Excel cell holds that)</translation>
    </message>
    <message>
        <source>这一行的引号（&quot;）没有配对，读不出各列的值</source>
        <translation>the quotes (&quot;) in this row are not paired, so its columns cannot be read</translation>
    </message>
    <message>
        <source>不是比例（应是 0–100 之间的数）</source>
        <extracomment>Setting: store customers&apos; phone numbers and e-mail addresses (personal data; off unless turned on). What a 企业微信 customer&apos;s `platform` says.</extracomment>
        <translation>not a percentage (should be between 0 and 100)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>撰写中</source>
        <extracomment>One colour per platform, used the same way on every chart and calendar chip. Display labels of every stored enum code, by group (the enum&apos;s class name in snake_case).</extracomment>
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
        <source>文章</source>
        <translation>Article</translation>
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
    <message>
        <source>DOU+</source>
        <extracomment>Tool names are product names, shown as they are in English too.</extracomment>
        <translation>DOU+</translation>
    </message>
    <message>
        <source>广点通</source>
        <translation>Tencent Ads</translation>
    </message>
    <message>
        <source>薯条</source>
        <translation>Shutiao</translation>
    </message>
    <message>
        <source>粉丝通</source>
        <translation>Weibo Fans Boost</translation>
    </message>
    <message>
        <source>互动</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>KOL/博主</source>
        <translation>KOL/creator</translation>
    </message>
    <message>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>互推</source>
        <translation>Cross-promotion</translation>
    </message>
    <message>
        <source>直播连麦</source>
        <translation>Joint live stream</translation>
    </message>
    <message>
        <source>资源互换</source>
        <translation>Resource swap</translation>
    </message>
    <message>
        <source>自然流量为主</source>
        <translation>Mostly organic</translation>
    </message>
    <message>
        <source>付费投放为主</source>
        <translation>Mostly paid</translation>
    </message>
    <message>
        <source>自然+付费</source>
        <translation>Organic + paid</translation>
    </message>
    <message>
        <source>私信</source>
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
        <source>微信群</source>
        <translation>WeChat group</translation>
    </message>
    <message>
        <source>企业微信群</source>
        <translation>WeCom group</translation>
    </message>
    <message>
        <source>QQ群</source>
        <translation>QQ group</translation>
    </message>
    <message>
        <source>抖音粉丝群</source>
        <translation>Douyin fan group</translation>
    </message>
    <message>
        <source>小红书群聊</source>
        <translation>Xiaohongshu group chat</translation>
    </message>
    <message>
        <source>微博粉丝群</source>
        <translation>Weibo fan group</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>New</translation>
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
        <source>阅读/播放</source>
        <translation>Reads/plays</translation>
    </message>
    <message>
        <source>发布篇数</source>
        <translation>Posts published</translation>
    </message>
    <message>
        <source>成交额</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>法定节假日</source>
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
        <source>用户</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>成功经验</source>
        <translation>What worked</translation>
    </message>
    <message>
        <source>失败教训</source>
        <translation>What failed</translation>
    </message>
    <message>
        <source>人物</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>负面词</source>
        <translation>Negative word</translation>
    </message>
    <message>
        <source>负面</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>中性</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>正面</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>、</source>
        <extracomment>Platform colours that vanish on the dark theme&apos;s greys, and what they are drawn in there.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>性别</source>
        <extracomment>What each persona role is called where a survey offers it.</extracomment>
        <translation>Gender</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>过敏</source>
        <extracomment>The complaint kinds&apos; names, marked so they are translated; the word list (complaint_kinds.txt) writes the same Chinese names, and a kind added there unmarked shows in Chinese.</extracomment>
        <translation>Allergy</translation>
    </message>
    <message>
        <source>退款</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>物流</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>质量</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>效果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>客服</source>
        <translation>Customer service</translation>
    </message>
</context>
<context>
    <name>manual</name>
    <message>
        <source>活动</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>领域</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>经验</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>做法与说明</source>
        <translation>Action and notes</translation>
    </message>
    <message>
        <source>运营手册</source>
        <translation>Playbook</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <source>次/人</source>
        <extracomment>The tables whose columns hold imported metrics: a post&apos;s snapshot and an account&apos;s day.</extracomment>
        <translation>per person</translation>
    </message>
    <message>
        <source>比例</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>秒</source>
        <translation>s</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>浏览量</source>
        <extracomment>The SQL expression over `m` (post_metrics) and `platform`; None for account/promotion metrics. The tables (`POST_TABLE`, `DAILY_TABLE`) that store it as a column of the same name. The interaction parts each platform exports; platforms not listed use all four.</extracomment>
        <translation>Views</translation>
    </message>
    <message>
        <source>内容被打开/播放的次数；导出里只有阅读人数时，用阅读人数代替。</source>
        <translation>Times the content was opened/played; when the export only has readers, readers are used.</translation>
    </message>
    <message>
        <source>公众号：总阅读次数；新版导出只有阅读人数时用阅读人数。</source>
        <translation>WeChat OA: total reads; newer exports with only readers use readers.</translation>
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
        <source>送达人数</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>群发时收到推送的人数（公众号）。</source>
        <translation>People who received the push when it was sent (WeChat OA).</translation>
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
        <translation>WeChat OA: total shares.</translation>
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
        <source>在看</source>
        <translation>Wows</translation>
    </message>
    <message>
        <source>点「在看」/「推荐」的次数（公众号、视频号），不算进互动数。</source>
        <translation>Times “Wow”/“Recommend” was tapped (WeChat OA, Channels); not counted in interactions.</translation>
    </message>
    <message>
        <source>视频号：「推荐」（♡）的次数。</source>
        <translation>Channels: times “Recommend” (♡) was tapped.</translation>
    </message>
    <message>
        <source>互动数</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>点赞 + 评论 + 分享 + 收藏；缺任何一项时不计算（不做部分相加）。</source>
        <translation>Likes + comments + shares + saves; not computed when any one is missing (no partial sums).</translation>
    </message>
    <message>
        <source>视频号没有收藏：互动数 = 喜欢 + 评论 + 分享。</source>
        <translation>Channels has no saves: engagements = likes + comments + shares.</translation>
    </message>
    <message>
        <source>微博没有收藏：互动数 = 点赞 + 评论 + 转发。</source>
        <translation>Weibo has no saves: engagements = likes + comments + reposts.</translation>
    </message>
    <message>
        <source>公众号：点赞 + 评论 + 分享 + 收藏，来自单篇详情导出；文章列表导出没有点赞和评论，互动数为空。</source>
        <translation>WeChat OA: likes + comments + shares + saves from the per-article export; the article-list export has no likes or comments, so engagements are empty.</translation>
    </message>
    <message>
        <source>互动率</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>互动数 ÷ 浏览量；任何一项缺失时为空，不用部分相加。</source>
        <translation>Engagements ÷ views; empty when either is missing, never a partial sum.</translation>
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
        <source>评论率</source>
        <translation>Comment rate</translation>
    </message>
    <message>
        <source>评论 ÷ 浏览量：看的人里有多少开口说话，比点赞更看得出互动引导做得好不好。</source>
        <translation>Comments ÷ views: how many viewers spoke up — shows how well you prompt interaction better than likes do.</translation>
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
        <translation>WeChat OA: follows after reading.</translation>
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
        <translation>WeChat OA: read-through rate (readers who finished ÷ readers).</translation>
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
        <source>主页访问</source>
        <translation>Profile visits</translation>
    </message>
    <message>
        <source>从内容点进账号主页的次数；账号每日数据里是当天的主页访问。</source>
        <translation>Times viewers went from the content to the account&apos;s profile; in account daily data, that day&apos;s profile visits.</translation>
    </message>
    <message>
        <source>商品点击</source>
        <translation>Product clicks</translation>
    </message>
    <message>
        <source>内容里商品卡/购物车/链接被点的次数；快照里没有时，取归到这篇内容的转化记录里的商品点击。</source>
        <translation>Clicks on the product card, cart or link in a post; where snapshots lack it, taken from the conversion records attributed to the post.</translation>
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
        <source>观看人数</source>
        <translation>Viewers</translation>
    </message>
    <message>
        <source>看过这场直播的人数（去重）；浏览量是观看人次。</source>
        <translation>People who watched this live (unique); views count every visit.</translation>
    </message>
    <message>
        <source>最高在线</source>
        <translation>Peak online</translation>
    </message>
    <message>
        <source>直播间同时在线人数的最高值。</source>
        <translation>The most viewers online at once during the live.</translation>
    </message>
    <message>
        <source>平均在线</source>
        <translation>Average online</translation>
    </message>
    <message>
        <source>直播期间平均同时在线的人数。</source>
        <translation>The average number of viewers online at once during the live.</translation>
    </message>
    <message>
        <source>商品曝光</source>
        <translation>Product exposures</translation>
    </message>
    <message>
        <source>直播间里商品被展示的次数。</source>
        <translation>How often products were shown in the live room.</translation>
    </message>
    <message>
        <source>直播时长</source>
        <translation>Live length</translation>
    </message>
    <message>
        <source>一场直播从开播到下播的秒数。</source>
        <translation>Seconds from going live to ending the live.</translation>
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
        <source>发布篇数</source>
        <translation>Posts published</translation>
    </message>
    <message>
        <source>当天发布的内容篇数（账号每日数据）。</source>
        <translation>Posts published that day (account daily data).</translation>
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
    <name>plan</name>
    <message>
        <source>；</source>
        <extracomment>Joiners between clauses, list items and sentences: Chinese runs on with full-width marks, English needs its own (&quot;; &quot;, &quot;, &quot;, &quot;. &quot;).</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>。</source>
        <translation>. </translation>
    </message>
    <message>
        <source>复用高转化方向</source>
        <translation>Reuse a high-converting direction</translation>
    </message>
    <message>
        <source>用户需求</source>
        <translation>User need</translation>
    </message>
    <message>
        <source>热点</source>
        <translation>Hot date</translation>
    </message>
    <message>
        <source>竞品空白</source>
        <translation>Competitor gap</translation>
    </message>
    <message>
        <source>运营手册</source>
        <translation>Ops manual</translation>
    </message>
    <message>
        <source>上月未发</source>
        <translation>Not published last month</translation>
    </message>
    <message>
        <source>草稿</source>
        <extracomment>Where an action item shows.</extracomment>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>投放</source>
        <translation>Boosts</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>「{keywords}」方向再出一篇：换个角度讲</source>
        <extracomment>How many topics of each reason may enter the slate before the others are ranked. Two titles at least this similar (0–1, of their title keys) are the same topic. A post at least this many times its account&apos;s median (conversion, else engagement) is worth reusing. Feedback themes asked fewer times than this are not yet a need. Hot dates that move a month&apos;s numbers (solar terms and seasons do not).</extracomment>
        <translation>One more on &quot;{keywords}&quot;: from another angle</translation>
    </message>
    <message>
        <source>沿用「{head}」的打法，换个切入点</source>
        <translation>Reuse the approach of &quot;{head}&quot; with a new way in</translation>
    </message>
    <message>
        <source>{theme}：大家问得最多的问题一次讲清</source>
        <translation>{theme}: the most-asked questions answered at once</translation>
    </message>
    <message>
        <source>{name}借势内容</source>
        <translation>Riding {name}</translation>
    </message>
    <message>
        <source>补竞品空白：{gap}</source>
        <translation>Fill a competitor gap: {gap}</translation>
    </message>
    <message>
        <source>延续有效做法：{title}</source>
        <translation>Keep what works: {title}</translation>
    </message>
    <message>
        <source>{count} 篇内容的{metric}是账号中位数的 {times} 倍</source>
        <translation>{metric} {times}× the account median across {count} post(s)</translation>
    </message>
    <message>
        <source>{count} 条反馈提到「{theme}」，还没有选题</source>
        <translation>{count} pieces of feedback mention &quot;{theme}&quot; and no topic covers it</translation>
    </message>
    <message>
        <source>{name} {date}，提前 {lead} 天准备</source>
        <translation>{name} {date}, prepare {lead} days ahead</translation>
    </message>
    <message>
        <source>{name}的空白：{gap}</source>
        <translation>{name}&apos;s gap: {gap}</translation>
    </message>
    <message>
        <source>运营手册标记为继续做（{month}）</source>
        <translation>Marked keep doing in the ops manual ({month})</translation>
    </message>
    <message>
        <source>{month} 计划了还没发布</source>
        <translation>Planned for {month} and not published</translation>
    </message>
    <message>
        <source>时效性 {t}：{tr}；价值度 {v}：{vr}；转化力 {c}：{cr}</source>
        <translation>Timeliness {t}: {tr}; value {v}: {vr}; conversion {c}: {cr}</translation>
    </message>
    <message>
        <source>近三个月平均 {mean}，趋势每月 {growth}</source>
        <translation>Last three months&apos; average {mean}, trend {growth} a month</translation>
    </message>
    <message>
        <source>去年 {month} 是前三个月平均的 {factor} 倍</source>
        <translation>Last year&apos;s {month} was {factor}× the three months before it</translation>
    </message>
    <message>
        <source>本月有 {names}，上调 {uplift}</source>
        <translation>{names} fall in this month: raised by {uplift}</translation>
    </message>
    <message>
        <source>本月有活动 {names}，上调 {uplift}</source>
        <translation>Campaigns this month ({names}): raised by {uplift}</translation>
    </message>
    <message>
        <source>各平台目标之和</source>
        <translation>Sum of the platforms&apos; targets</translation>
    </message>
    <message>
        <source>按已设的总目标 {total} 分配</source>
        <translation>Shared out from the total {total} already set</translation>
    </message>
    <message>
        <source>已设的目标，保留</source>
        <translation>Already set; kept</translation>
    </message>
    <message>
        <source>已设的目标，保留（按数据建议 {proposed}）</source>
        <translation>Already set; kept (the data suggests {proposed})</translation>
    </message>
    <message>
        <source>{platform}：前 3 秒直接抛出痛点或结果，提高完播率（上月 {n} 条完播率明显偏低）</source>
        <extracomment>Action item per finding rule: the change to make and where it shows.</extracomment>
        <translation>{platform}: state the pain point or result in the first 3 seconds to lift completion ({n} posts with clearly low completion last month)</translation>
    </message>
    <message>
        <source>{platform}：流量大的内容把产品链接和引导放醒目，接住流量（上月 {n} 条高阅读低转化）</source>
        <translation>{platform}: on high-traffic posts make the product link and call to action prominent ({n} posts with many views and few conversions last month)</translation>
    </message>
    <message>
        <source>{platform}：复用高转化的选题和形式，同方向换角度再做（上月 {n} 条转化突出）</source>
        <translation>{platform}: reuse the high-converting topics and formats, same direction from new angles ({n} posts converted well last month)</translation>
    </message>
    <message>
        <source>{platform}：结尾抛一个问题、评论区多回复，提高互动率（上月 {n} 条互动偏少）</source>
        <translation>{platform}: end with a question and reply more in the comments to lift engagement ({n} posts with little interaction last month)</translation>
    </message>
    <message>
        <source>{platform}：主要流量来源，优先在这里发、多花心思</source>
        <translation>{platform}: the main traffic source; post here first and put in the most care</translation>
    </message>
    <message>
        <source>{platform}：亏损的投放先停，预算挪给回报高的（上月 {n} 个投放不划算）</source>
        <translation>{platform}: stop loss-making boosts first and move the budget to ones that pay back ({n} boosts didn&apos;t pay last month)</translation>
    </message>
    <message>
        <source>{platform}：涨粉成本过高的投放先停，换定向或素材再试（上月 {n} 个）</source>
        <translation>{platform}: stop boosts whose follower cost is too high; retry with other targeting or creative ({n} last month)</translation>
    </message>
    <message>
        <source>{platform}：控制推送频率，避开引起反感的内容（上月出现掉粉异常）</source>
        <translation>{platform}: post less often and avoid content that annoys followers (an unusual follower drop last month)</translation>
    </message>
    <message>
        <source>{platform}：提前备稿、排进日历，按计划发布（上月发布不足）</source>
        <translation>{platform}: prepare drafts ahead, put them on the calendar and publish as planned (too few posts last month)</translation>
    </message>
    <message>
        <source>{platform}：「{metric}」目标没达成，加推高转化内容或用活动追进度</source>
        <translation>{platform}: the &quot;{metric}&quot; goal was missed; push high-converting posts or use a campaign to catch up</translation>
    </message>
    <message>
        <source>全部平台</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>没有对应的日期，不赶时间</source>
        <extracomment>Feedback asks → value score: fewer than 3 → 2, 3+ → 3, 6+ → 4, 12+ → 5. A post&apos;s rate ÷ its account&apos;s median → conversion score.</extracomment>
        <translation>No date attached; no rush</translation>
    </message>
    <message>
        <source>{name} 在 {date}，还有 {days} 天，已到提前 {lead} 天准备的时候</source>
        <translation>{name} on {date}, {days} days away: time to prepare ({lead} days ahead)</translation>
    </message>
    <message>
        <source>{name} 在 {date}，还有 {days} 天（提前 {lead} 天准备）</source>
        <translation>{name} on {date}, {days} days away (prepare {lead} days ahead)</translation>
    </message>
    <message>
        <source>{name} 已过去 {days} 天</source>
        <translation>{name} passed {days} days ago</translation>
    </message>
    <message>
        <source>{count} 条用户反馈问到</source>
        <translation>{count} pieces of user feedback ask about it</translation>
    </message>
    <message>
        <source>还没有用户反馈问到</source>
        <translation>No user feedback asks about it yet</translation>
    </message>
    <message>
        <source>{count} 篇相近内容的{metric}平均是账号中位数的 {times} 倍</source>
        <translation>{metric} averages {times}× the account median across {count} similar post(s)</translation>
    </message>
    <message>
        <source>没有相近的历史内容，按中等估计</source>
        <translation>No similar past posts: a middle estimate</translation>
    </message>
    <message>
        <source>转化率</source>
        <translation>conversion rate</translation>
    </message>
    <message>
        <source>互动率</source>
        <translation>engagement rate</translation>
    </message>
</context>
<context>
    <name>platforms</name>
    <message>
        <source>公众号</source>
        <extracomment>How operators name each platform: files and stored data use these Chinese names; views and documents show them through `platform_name()`, translated in the &quot;platforms&quot; context.</extracomment>
        <translation>WeChat OA</translation>
    </message>
    <message>
        <source>抖音</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <source>小红书</source>
        <translation>Xiaohongshu</translation>
    </message>
    <message>
        <source>视频号</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>微博</source>
        <translation>Weibo</translation>
    </message>
    <message>
        <source>B站</source>
        <translation>Bilibili</translation>
    </message>
    <message>
        <source>知乎</source>
        <translation>Zhihu</translation>
    </message>
    <message>
        <source>快手</source>
        <translation>Kuaishou</translation>
    </message>
    <message>
        <source>头条号</source>
        <translation>Toutiao</translation>
    </message>
    <message>
        <source>QQ</source>
        <extracomment>Where communities and members may live besides the content platforms (a QQ group): their names.</extracomment>
        <translation>QQ</translation>
    </message>
</context>
<context>
    <name>promotions</name>
    <message>
        <source>投入产出比只有 {roi}（花 {spend} 元，成交 {revenue} 元），低于保本线 {break_even}（毛利率 {margin}）：赚回的毛利抵不上花费。建议停投，先改落地页或换人群，再小额测试。</source>
        <translation>ROI only {roi} (spent {spend} yuan, revenue {revenue} yuan), below break-even {break_even} (gross margin {margin}): the margin earned doesn&apos;t cover the spend. Stop it; fix the landing page or change the audience, then test with a small budget.</translation>
    </message>
    <message>
        <source>单个粉丝成本 {cost} 元，是平时（同账号、同工具其他 {count} 次涨粉投放的中位数 {usual} 元）的 {times} 倍。建议停投，换内容或人群后再试。</source>
        <translation>Cost per follower {cost} yuan, {times}× the usual (median {usual} yuan of {count} other follower boosts of the same account and tool). Stop it; try again with other content or audience.</translation>
    </message>
    <message>
        <source>单个粉丝成本 {cost} 元，超过上限 {usual} 元（这个账号用这个工具还没有别的涨粉投放可比，没有平时数据）。建议停投，换内容或人群后再试。</source>
        <translation>Cost per follower {cost} yuan, above the ceiling of {usual} yuan (this account has no other follower boost with this tool to compare, so no usual figure). Stop it; try again with other content or audience.</translation>
    </message>
    <message>
        <source>平时 = 同账号、同工具其他 {count} 次涨粉投放的中位数</source>
        <extracomment>How the usual cost per follower was found, for the table&apos;s tooltip.</extracomment>
        <translation>Usual = the median of {count} other follower boosts of the same account and tool</translation>
    </message>
    <message>
        <source>没有同账号、同工具的涨粉投放可比（无平时数据），按上限 {ceiling} 元判断</source>
        <translation>No follower boost of the same account and tool to compare (no usual figure); judged by the ceiling of {ceiling} yuan</translation>
    </message>
    <message>
        <source>花了 {spend} 元没有带来一个粉丝。建议停投，换内容或人群后再试。</source>
        <translation>Spent ¥{spend} without gaining a single follower. Stop the boost and try again with other content or another audience.</translation>
    </message>
    <message>
        <source>DOU+</source>
        <extracomment>The paid boost each platform sells for one post: (stored tool code, the operator&apos;s name for it).</extracomment>
        <translation>DOU+</translation>
    </message>
    <message>
        <source>薯条</source>
        <translation>Shutiao</translation>
    </message>
    <message>
        <source>视频号加热</source>
        <translation>Channels boost</translation>
    </message>
    <message>
        <source>广点通</source>
        <translation>Guangdiantong</translation>
    </message>
    <message>
        <source>粉丝通</source>
        <translation>Fensitong</translation>
    </message>
    <message>
        <source>快手粉条</source>
        <translation>Kuaishou Fentiao</translation>
    </message>
    <message>
        <source>B站起飞</source>
        <translation>Bilibili Qifei</translation>
    </message>
    <message>
        <source>知+</source>
        <translation>Zhihu+</translation>
    </message>
    <message>
        <source>头条加热</source>
        <translation>Toutiao boost</translation>
    </message>
    <message>
        <source>完播率</source>
        <extracomment>The first-days numbers a candidate must beat its account&apos;s median on.</extracomment>
        <translation>completion rate</translation>
    </message>
    <message>
        <source>互动率</source>
        <translation>engagement rate</translation>
    </message>
    <message>
        <source>涨粉率</source>
        <translation>follow rate</translation>
    </message>
    <message>
        <source>前 {days} 天{metric} {value}，高于账号同类内容中位数 {median}</source>
        <translation>{metric} {value} in the first {days} days, above the median {median} of the account&apos;s posts of its format</translation>
    </message>
    <message>
        <source>按你过去 {count} 次{tool}投放：花费中位数 {budget} 元，单次转化成本 {cpa}，单粉成本 {cpf}</source>
        <translation>From your {count} past {tool} boosts: median spend {budget} yuan, cost per conversion {cpa}, cost per follower {cpf}</translation>
    </message>
    <message>
        <source>这个账号还没有投放记录，先按 {budget} 元小额测试，看单次转化成本再加</source>
        <translation>No boosts on this account yet: test with {budget} yuan first and add more once you see the cost per conversion</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>平台加热</source>
        <translation>Platform boost</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>合计</source>
        <extracomment>Setting with the brand name printed in the sheet&apos;s header (else the own accounts&apos; names). A platform&apos;s goal makes a highlight from this ratio up (all-platform goals whenever met). A post&apos;s conversion rate this many times the month&apos;s rate makes a highlight.</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>达成</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>未达成</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>进度正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>进度落后</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>无数据</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>{platform}数据截至 {date}，覆盖 {covered}/{posts} 篇</source>
        <translation>{platform} data up to {date}, covering {covered}/{posts} posts</translation>
    </message>
    <message>
        <source>{platform}还没有内容数据，覆盖 0/{posts} 篇</source>
        <translation>{platform} has no content data yet, covering 0/{posts} posts</translation>
    </message>
    <message>
        <source>{platform}粉丝数据截至 {date}</source>
        <translation>{platform} follower data up to {date}</translation>
    </message>
    <message>
        <source>；</source>
        <extracomment>Joins one platform&apos;s coverage lines (&quot;；&quot; in Chinese, &quot;; &quot; in English).</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>{who}「{metric}」{actual}，超目标 {over}</source>
        <translation>{who} &quot;{metric}&quot; {actual}, beat the goal by {over}</translation>
    </message>
    <message>
        <source>{who}「{metric}」{actual}，达成目标</source>
        <translation>{who} &quot;{metric}&quot; {actual}, goal met</translation>
    </message>
    <message>
        <source>《{title}》转化率 {rate}，超本月平均 {over}</source>
        <translation>&quot;{title}&quot; conversion rate {rate}, {over} above this month&apos;s average</translation>
    </message>
    <message>
        <source>「{name}」参与 {actual} 人，达成目标的 {ratio}</source>
        <translation>&quot;{name}&quot; drew {actual} participants, {ratio} of the goal</translation>
    </message>
    <message>
        <source>投放「{name}」ROI {roi}，花 {spend} 元带来 {revenue} 元成交</source>
        <translation>Boost &quot;{name}&quot; ROI {roi}: {spend} yuan spent brought {revenue} yuan in sales</translation>
    </message>
    <message>
        <source>{who}「{metric}」{actual}，只完成目标的 {ratio}</source>
        <translation>{who} &quot;{metric}&quot; {actual}, only {ratio} of the goal</translation>
    </message>
    <message>
        <source>「{name}」参与率仅 {ratio}（{actual}/{target} 人）</source>
        <translation>&quot;{name}&quot; participation only {ratio} ({actual}/{target})</translation>
    </message>
    <message>
        <source>投放「{name}」ROI 仅 {roi}，花 {spend} 元只带来 {revenue} 元成交</source>
        <translation>Boost &quot;{name}&quot; ROI only {roi}: {spend} yuan spent brought just {revenue} yuan in sales</translation>
    </message>
    <message>
        <source>{platform}净掉粉 {lost} 人</source>
        <translation>{platform} net loss of {lost} followers</translation>
    </message>
    <message>
        <source>{platform}有 {n} 篇内容没有数据，导入最新的导出后再看</source>
        <translation>{platform} has {n} posts without data; import the latest export and check again</translation>
    </message>
    <message>
        <source>舆情预警 {alerts} 条，还有 {open} 条没处理完</source>
        <translation>{alerts} brand alerts, {open} still open</translation>
    </message>
    <message>
        <source>舆情预警首次回复要 {hours} 小时（中位数），24 小时内回复的只有 {rate}</source>
        <translation>Brand alerts took {hours} h to a first reply (median); only {rate} were answered within 24 h</translation>
    </message>
    <message>
        <source>舆情预警有 {overdue} 条超过回复时限才回复或还没回复，最慢的首次回复用了 {worst} 小时</source>
        <translation>{overdue} alerts were answered after their response time or not at all; the slowest first reply took {worst} hours</translation>
    </message>
    <message>
        <source>KPI完成</source>
        <extracomment>Sheets of the review workbook: (sheet name, [(header, kind)]) — headers translated with context &quot;review&quot;. How an action item&apos;s metric is written before and after (`actions.metric_kind`): a rate as a percentage.</extracomment>
        <translation>KPI progress</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>实际</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>内容数据</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>发布篇数</source>
        <translation>Posts published</translation>
    </message>
    <message>
        <source>有数据篇数</source>
        <translation>Posts with data</translation>
    </message>
    <message>
        <source>阅读/播放</source>
        <translation>Reads/plays</translation>
    </message>
    <message>
        <source>篇均阅读/播放</source>
        <translation>Reads/plays per post</translation>
    </message>
    <message>
        <source>互动率</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>篇均互动率</source>
        <translation>Engagement rate per post</translation>
    </message>
    <message>
        <source>涨粉</source>
        <translation>Followers gained</translation>
    </message>
    <message>
        <source>篇均涨粉</source>
        <translation>Followers gained per post</translation>
    </message>
    <message>
        <source>转化</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>篇均转化</source>
        <translation>Conversions per post</translation>
    </message>
    <message>
        <source>转化率</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>成交金额</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>最高与最低</source>
        <translation>Top and bottom</translation>
    </message>
    <message>
        <source>榜单</source>
        <translation>List</translation>
    </message>
    <message>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>发布时间</source>
        <translation>Published at</translation>
    </message>
    <message>
        <source>用户数据</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>期初粉丝</source>
        <translation>Followers at start</translation>
    </message>
    <message>
        <source>期末粉丝</source>
        <translation>Followers at end</translation>
    </message>
    <message>
        <source>新增关注</source>
        <translation>New follows</translation>
    </message>
    <message>
        <source>取消关注</source>
        <translation>Unfollows</translation>
    </message>
    <message>
        <source>净增</source>
        <translation>Net change</translation>
    </message>
    <message>
        <source>流失率</source>
        <translation>Churn rate</translation>
    </message>
    <message>
        <source>用户分层</source>
        <translation>Member segments</translation>
    </message>
    <message>
        <source>分层</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>本月人数</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>上月人数</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>社群活跃度</source>
        <translation>Community activity</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>统计天数</source>
        <translation>Days with statistics</translation>
    </message>
    <message>
        <source>有消息天数</source>
        <translation>Days with messages</translation>
    </message>
    <message>
        <source>群消息</source>
        <translation>Group messages</translation>
    </message>
    <message>
        <source>日均发言人数</source>
        <translation>Speakers per day</translation>
    </message>
    <message>
        <source>新增客户</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>最冷清的一天</source>
        <translation>Quietest day</translation>
    </message>
    <message>
        <source>当天群消息</source>
        <translation>Group messages that day</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Campaign</translation>
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
        <source>参与</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>目标参与</source>
        <translation>Target participants</translation>
    </message>
    <message>
        <source>分享</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>分享率</source>
        <translation>Share rate</translation>
    </message>
    <message>
        <source>成交额</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>花费</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>推广投放</source>
        <translation>Paid promotion</translation>
    </message>
    <message>
        <source>投放</source>
        <translation>Boost</translation>
    </message>
    <message>
        <source>店铺订单</source>
        <translation>Shop orders</translation>
    </message>
    <message>
        <source>子订单</source>
        <translation>Sub-orders</translation>
    </message>
    <message>
        <source>有效订单</source>
        <translation>Valid orders</translation>
    </message>
    <message>
        <source>退款笔数</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>退款金额</source>
        <translation>Refunded amount</translation>
    </message>
    <message>
        <source>取消或关闭</source>
        <translation>Cancelled or closed</translation>
    </message>
    <message>
        <source>归到内容的订单（估算）</source>
        <translation>Orders assigned to posts (estimated)</translation>
    </message>
    <message>
        <source>归到内容的金额（估算）</source>
        <translation>Revenue assigned to posts (estimated)</translation>
    </message>
    <message>
        <source>品牌舆情</source>
        <translation>Brand watch</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>未处理完</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>首次回复中位数（小时）</source>
        <translation>Median first reply (h)</translation>
    </message>
    <message>
        <source>最慢（小时）</source>
        <translation>Slowest (hours)</translation>
    </message>
    <message>
        <source>超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>24 小时内回复</source>
        <translation>Replied within 24 h</translation>
    </message>
    <message>
        <source>负面提及</source>
        <translation>Negative mentions</translation>
    </message>
    <message>
        <source>主要词</source>
        <translation>Top terms</translation>
    </message>
    <message>
        <source>亮点与不足</source>
        <translation>Highlights and shortfalls</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>把握</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>上月行动项回顾</source>
        <translation>Last month&apos;s action items</translation>
    </message>
    <message>
        <source>行动项</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>完成时间</source>
        <translation>Done at</translation>
    </message>
    <message>
        <source>之前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>之后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>运营复盘</source>
        <translation>Review notes</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>经验教训</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>领域</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>经验</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>做法与说明</source>
        <translation>Action and notes</translation>
    </message>
    <message>
        <source>本月亮点</source>
        <translation>Highlights this month</translation>
    </message>
    <message>
        <source>问题与不足</source>
        <translation>Problems and shortfalls</translation>
    </message>
    <message>
        <source>下月策略调整</source>
        <translation>Strategy changes for next month</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>亮点</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>不足</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>最高</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>最低</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>选题</source>
        <extracomment>Results per group unless the caller asks otherwise. Queries shorter than this (after trimming) return nothing: one Latin letter matches everything. The searched kinds, in the order the popup shows them (labels translate with context &quot;search&quot;).</extracomment>
        <translation>Topics</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>用户反馈</source>
        <translation>User feedback</translation>
    </message>
    <message>
        <source>经验教训</source>
        <translation>Lessons learned</translation>
    </message>
</context>
<context>
    <name>segments</name>
    <message>
        <source>新用户：首次关注在最近几天内</source>
        <extracomment>Segment codes in the order the UI lists them. The thresholds as the settings page shows them: key, label, unit, lowest allowed value, whole number?</extracomment>
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
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
</context>
<context>
    <name>topics</name>
    <message>
        <source>本月选题 {count}（建议 {low}–{high}）</source>
        <extracomment>Statuses whose proposed scores still matter (the topic is yet to be made). The day proposed scores were last refreshed (so the library refreshes once a day). The month&apos;s hot dates, offered as ideas (`create_topic_from_hot_date`).</extracomment>
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
<context>
    <name>window</name>
    <message>
        <source>正在载入演示数据…</source>
        <translation>Loading demo data…</translation>
    </message>
</context>
</TS>
