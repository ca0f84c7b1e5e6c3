<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../cs_desktop/app.py" line="73"/>
        <location filename="../../cs_desktop/app.py" line="90"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="75"/>
        <source>Creating {count} demo customers…</source>
        <translation>正在创建 {count} 位演示客户…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="77"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="91"/>
        <source>The demo data could not be created: {error}</source>
        <translation>演示数据未能创建：{error}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="117"/>
        <source>Preparing customer search…</source>
        <translation>正在准备客户搜索…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="145"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/base.py" line="86"/>
        <source>Coming to this page</source>
        <translation>本页即将提供</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/base.py" line="92"/>
        <source>Counting records…</source>
        <translation>正在统计记录…</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="19"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="22"/>
        <source>The complaint log (投诉记录): intake, investigation, resolution, feedback and review, with time limits and owners.</source>
        <translation>客户投诉记录：受理、调查、处理、反馈与复盘，全程有时限、有责任人。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="29"/>
        <source>Intake in a few keystrokes; whoever takes a complaint owns it until a logged handover</source>
        <translation>几下按键即可受理投诉；首问负责，谁受理谁负责到底，除非登记移交</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="33"/>
        <source>First-response and resolution deadlines, escalation of overdue complaints</source>
        <translation>首次响应与处理时限，超时投诉自动升级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="37"/>
        <source>Promises made to the customer, tracked until kept</source>
        <translation>对客户的每项承诺都跟踪到兑现为止</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="38"/>
        <source>Complaint rate and response times</source>
        <translation>投诉率与响应时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="42"/>
        <source>Open complaints: {count}</source>
        <translation>未结投诉：{count} 件</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="58"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="59"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="60"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="61"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="62"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="63"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="64"/>
        <source>Last visit</source>
        <translation>最近来访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="65"/>
        <source>Value</source>
        <translation>消费额</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="79"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="81"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/customer_table.py" line="212"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="44"/>
        <source>Phone calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="45"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="46"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="47"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="48"/>
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="139"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="143"/>
        <source>Search name, phone, ID number, address or pinyin (zs finds 张三) — Ctrl+F</source>
        <translation>搜索姓名、电话、证件号、地址或拼音（输入 zs 可找到张三）— Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="145"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="145"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="146"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="146"/>
        <source>Consent to contact</source>
        <translation>联系许可</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="151"/>
        <source>With an &amp;open complaint</source>
        <translation>有未结投诉(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="158"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="160"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="162"/>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="164"/>
        <source>Any consent</source>
        <translation>不限联系许可</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="209"/>
        <source>Type at least 3 digits of a phone or ID number.</source>
        <translation>电话或证件号请至少输入 3 位数字。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="212"/>
        <source>{count} customers found</source>
        <translation>找到 {count} 位客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="215"/>
        <source>{count} customers</source>
        <translation>共 {count} 位客户</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="19"/>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="22"/>
        <source>Return visits and calls planned after visits, after complaints, by tier and on birthdays and holidays.</source>
        <translation>来访后、投诉结案后、按客户等级以及生日和节假日安排的回访与电话。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="29"/>
        <source>Today, overdue and upcoming follow-ups, mine or everyone&apos;s</source>
        <translation>今日、逾期与即将到期的回访，可看我的或全部</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="32"/>
        <source>Complete with outcome and satisfaction, count unreachable attempts, reschedule with a reason</source>
        <translation>登记回访结果与满意度，记录未联系上的次数，改期须写明原因</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="36"/>
        <source>Reminders while the app runs and a printed list of the day&apos;s calls</source>
        <translation>运行时到期提醒，并可打印当天的回访清单</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="43"/>
        <source>Follow-ups due today or overdue: {count}</source>
        <translation>今日到期及逾期回访：{count} 条</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="124"/>
        <source>Customer Service Desk — {site}</source>
        <translation>客户服务台 — {site}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="131"/>
        <source>{page} (Ctrl+{key})</source>
        <translation>{page}（Ctrl+{key}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="133"/>
        <source>Database in use</source>
        <translation>正在使用的数据库</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="178"/>
        <source>Counts unavailable</source>
        <translation>暂时无法统计</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="186"/>
        <source>Counting records…</source>
        <translation>正在统计记录…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="189"/>
        <source>Customers {customers} · Visits {visits} · Open complaints {complaints} · Follow-ups due {due}</source>
        <translation>客户 {customers} · 来访 {visits} · 未结投诉 {complaints} · 待回访 {due}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="213"/>
        <source>Something went wrong</source>
        <translation>操作未完成</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="214"/>
        <source>The last action could not be completed. Nothing was changed by it.</source>
        <translation>刚才的操作未能完成，数据没有因此改变。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../cs_desktop/ui/messages.py" line="12"/>
        <source>This database was written by a newer version of the program (schema {revision}). Install that version or newer to open it. The file was not changed.</source>
        <translation>该数据库由更新版本的程序写入（结构版本 {revision}）。请安装该版本或更新的版本后再打开。文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/messages.py" line="16"/>
        <source>This file is a database of another program, not of the customer service desk. It was not changed.</source>
        <translation>该文件是其他程序的数据库，不是客户服务台的数据库。文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/messages.py" line="19"/>
        <source>This file is not a database, or it is damaged. It was not changed.</source>
        <translation>该文件不是数据库，或已损坏。文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/messages.py" line="22"/>
        <source>The database is on a network share, where it cannot be locked safely. Keep it on this PC&apos;s disk, or ask the administrator for a database server.</source>
        <translation>数据库位于网络共享文件夹中，无法安全加锁。请将其放在本机磁盘上，或请管理员提供数据库服务器。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/messages.py" line="25"/>
        <source>The database cannot be opened: {detail}</source>
        <translation>无法打开数据库：{detail}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="19"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="22"/>
        <source>Satisfaction and service figures: CSI, CSS, NPS, response times, complaint rate, follow-up completion.</source>
        <translation>满意度与服务指标：CSI、CSS、NPS、响应时间、投诉率、回访完成率。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="29"/>
        <source>Charts against targets, with a click through to the records behind a figure</source>
        <translation>对照目标的图表，点击数字即可查看背后的记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="33"/>
        <source>Survey definitions and answers from follow-ups, the counter and paper forms</source>
        <translation>调查问卷的设置，以及来自回访、柜台和纸质问卷的答卷</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="37"/>
        <source>Churn-risk and over-credit-limit warnings; export to Excel</source>
        <translation>流失风险与超出信用额度预警；导出为 Excel</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="41"/>
        <source>Survey answers recorded: {count}</source>
        <translation>已录入的调查答卷：{count} 份</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="72"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="76"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="77"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="79"/>
        <source>The change applies at once and is remembered on this PC.</source>
        <translation>更改立即生效，并在本机保存。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="81"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="82"/>
        <source>In use:</source>
        <translation>正在使用：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="83"/>
        <source>This site:</source>
        <translation>本站点：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="84"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="19"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="22"/>
        <source>Exchange changes with other sites by file when there is no network between them.</source>
        <translation>站点之间没有网络时，通过文件交换数据变更。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="29"/>
        <source>Export what changed since the last exchange to a signed file; import files from trusted sites</source>
        <translation>把上次交换以来的变更导出为签名文件；导入受信任站点的文件</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="33"/>
        <source>Conflicting edits shown for review, never silently lost</source>
        <translation>冲突的修改会列出供审核，绝不悄悄丢失</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="34"/>
        <source>History of packages sent and received</source>
        <translation>已发送和已接收数据包的记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="38"/>
        <source>Sites known to this database: {count}</source>
        <translation>本数据库已知站点：{count} 个</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="19"/>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="22"/>
        <source>Customer tier classification (客户等级分类表) by rules an administrator chooses: Pareto value tiers, the four-level model, RFM or a weighted evaluation.</source>
        <translation>客户等级分类表：按管理员选择的规则分级——帕累托价值分级、四级模型、RFM 或加权评价。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="29"/>
        <source>Recompute tiers in the background and preview who moves before applying a rule change</source>
        <translation>在后台重新计算等级；修改规则前先预览哪些客户会变动</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="33"/>
        <source>Manual overrides with a reason and an expiry, and the history of every change</source>
        <translation>手动调整等级须注明原因与有效期，每次变动都有记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="37"/>
        <source>The tier table: customers and share of value per tier, and the Pareto curve</source>
        <translation>等级分类表：各等级的客户数与价值占比，以及帕累托曲线</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="44"/>
        <source>Customers with a tier: {count}</source>
        <translation>已分级客户：{count} 位</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="19"/>
        <source>Visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="22"/>
        <source>Every counter visit and call: when, who served, purpose, outcome and next step.</source>
        <translation>每一次柜台来访与来电：时间、接待人、目的、结果与下一步。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="29"/>
        <source>Record a visit or call in a few keystrokes from the card or from here</source>
        <translation>在资料卡或本页几下按键即可登记来访或来电</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="33"/>
        <source>Plan a follow-up from a visit&apos;s next step</source>
        <translation>根据来访的下一步安排回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="34"/>
        <source>Browse visits by day, staff member and purpose</source>
        <translation>按日期、接待人和目的查看来访记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="38"/>
        <source>Visits and calls recorded: {count}</source>
        <translation>已登记来访与来电：{count} 次</translation>
    </message>
</context>
</TS>
