<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Access</name>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="29"/>
        <source>counter staff</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="30"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="31"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="40"/>
        <source>see customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="41"/>
        <source>create or change customer cards</source>
        <translation>新建或修改客户卡片</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="42"/>
        <source>see full phone numbers</source>
        <translation>查看完整电话号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="43"/>
        <source>see full ID numbers</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="44"/>
        <source>print full ID and phone numbers</source>
        <translation>打印完整证件号和电话号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="45"/>
        <source>export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="46"/>
        <source>import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="47"/>
        <source>merge cards or undo merges</source>
        <translation>合并卡片或撤销合并</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="48"/>
        <source>delete or restore cards</source>
        <translation>删除或恢复卡片</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="49"/>
        <source>change site settings</source>
        <translation>修改本站设置</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="50"/>
        <source>edit surveys and KPI targets</source>
        <translation>编辑满意度调查和 KPI 目标</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="51"/>
        <source>see the reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="52"/>
        <source>browse the audit trail</source>
        <translation>查看审计记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="53"/>
        <source>take backups</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="54"/>
        <source>restore backups</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="55"/>
        <source>manage staff accounts</source>
        <translation>管理员工账号</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="61"/>
        <source>Your role ({role}) may not {what}. Nothing was changed; ask a supervisor or the administrator.</source>
        <translation>您的角色（{role}）无权{what}。未做任何更改；请联系主管或管理员。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/access.py" line="69"/>
        <source>Your role may not {what}.</source>
        <translation>您的角色无权{what}。</translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_accounts.py" line="34"/>
        <source>A value is outside what is allowed ({min} to {max}).</source>
        <translation>有数值超出允许范围（{min} 至 {max}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_accounts.py" line="36"/>
        <source>The sign-in rules were not saved ({code}).</source>
        <translation>登录规则未保存（{code}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_accounts.py" line="118"/>
        <source>Staff and sign-in</source>
        <translation>员工与登录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_accounts.py" line="119"/>
        <source>Everyone signs in with their own account; what they may do depends on their role. Ctrl+L locks the window.</source>
        <translation>每人使用自己的账号登录，可做的操作取决于其角色。按 Ctrl+L 锁定窗口。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_accounts.py" line="122"/>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_accounts.py" line="123"/>
        <source>Staff accounts…</source>
        <translation>员工账号…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_accounts.py" line="124"/>
        <source>Audit trail…</source>
        <translation>审计记录…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_accounts.py" line="125"/>
        <source>Sign-in rules of this site:</source>
        <translation>本站登录规则：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_accounts.py" line="126"/>
        <source>Wrong passwords in a row before an account locks:</source>
        <translation>连续输错密码多少次后锁定账号：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_accounts.py" line="127"/>
        <source>Minutes a locked account stays locked:</source>
        <translation>账号锁定时长（分钟）：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_accounts.py" line="128"/>
        <source>Lock the window after this many idle minutes (0: never):</source>
        <translation>无操作多少分钟后锁定窗口（0：从不）：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_accounts.py" line="129"/>
        <source>Shortest password (characters):</source>
        <translation>密码最短长度（字符）：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_accounts.py" line="132"/>
        <source>Save sign-in rules</source>
        <translation>保存登录规则</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_accounts.py" line="169"/>
        <source>Saved. The idle lock now follows the new time.</source>
        <translation>已保存。空闲锁定已按新时间生效。</translation>
    </message>
</context>
<context>
    <name>AccountsUi</name>
    <message>
        <location filename="../../cs_desktop/ui/accounts_ui.py" line="127"/>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../cs_desktop/app.py" line="182"/>
        <location filename="../../cs_desktop/app.py" line="204"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="184"/>
        <source>Creating {count} demo customers…</source>
        <translation>正在创建 {count} 位演示客户…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="186"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="205"/>
        <source>The demo data could not be created: {error}</source>
        <translation>演示数据未能创建：{error}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="231"/>
        <source>Preparing customer search…</source>
        <translation>正在准备客户搜索…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="253"/>
        <source>Updating customer tiers…</source>
        <translation>正在更新客户等级…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="314"/>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="315"/>
        <source>Today&apos;s backup could not be written to {folder}. Check that the backup folder or USB drive is there; your data are not affected.</source>
        <translation>今天的备份无法写入 {folder}。请检查备份文件夹或U盘是否可用；您的数据不受影响。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/app.py" line="340"/>
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
    <name>AuditBrowser</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_browser.py" line="57"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_browser.py" line="66"/>
        <source>Customer: name, phone or ID…</source>
        <translation>客户：姓名、电话或证件号…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_browser.py" line="71"/>
        <location filename="../../cs_desktop/ui/dialogs/audit_browser.py" line="192"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_browser.py" line="80"/>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_browser.py" line="83"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_browser.py" line="85"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_browser.py" line="87"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_browser.py" line="119"/>
        <source>Verify the chain</source>
        <translation>校验记录链</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_browser.py" line="122"/>
        <source>Checks every entry&apos;s hash and link in the background: finds an entry altered, deleted or reordered directly in the database file.</source>
        <translation>在后台逐条校验每条记录的哈希与链接：可发现直接在数据库文件中被篡改、删除或调换顺序的记录。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_browser.py" line="150"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_browser.py" line="217"/>
        <source>{count} entries</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_browser.py" line="227"/>
        <source>Entry {seq} · {when} · {who} · {action} · {what}</source>
        <translation>第 {seq} 条 · {when} · {who} · {action} · {what}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_browser.py" line="229"/>
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_browser.py" line="239"/>
        <source>Checking every entry…</source>
        <translation>正在逐条校验…</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <location filename="../../cs_desktop/ui/models/audit_table.py" line="29"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/audit_table.py" line="31"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/audit_table.py" line="33"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/audit_table.py" line="35"/>
        <source>Customer or object</source>
        <translation>客户或对象</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/audit_table.py" line="36"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/models/audit_table.py" line="32"/>
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="21"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="22"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="23"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="24"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="25"/>
        <source>Merged cards</source>
        <translation>合并卡片</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="26"/>
        <source>Merged into another card</source>
        <translation>并入其他卡片</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="27"/>
        <source>Undid a merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="28"/>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="29"/>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="30"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="31"/>
        <source>Showed full numbers</source>
        <translation>查看完整号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="32"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="33"/>
        <source>Sign-in refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="34"/>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="35"/>
        <source>Unlocked the window</source>
        <translation>解锁窗口</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="36"/>
        <source>Unlock refused</source>
        <translation>解锁被拒绝</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="37"/>
        <source>Wrong current password</source>
        <translation>当前密码错误</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="38"/>
        <source>First administrator created</source>
        <translation>创建首位管理员</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="39"/>
        <source>Changed own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="40"/>
        <source>Reset a password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="41"/>
        <source>Deactivated an account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="42"/>
        <source>Reactivated an account</source>
        <translation>重新启用账号</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="43"/>
        <source>Changed a setting</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="44"/>
        <source>Backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="45"/>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="46"/>
        <source>Undid a restore</source>
        <translation>撤销恢复</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="52"/>
        <source>Restored a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="58"/>
        <source>customer card</source>
        <translation>客户卡片</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="59"/>
        <source>staff account</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="60"/>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="107"/>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="61"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="62"/>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="63"/>
        <source>complaint stage record</source>
        <translation>投诉处理阶段记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="64"/>
        <source>promise to a customer</source>
        <translation>对客户的承诺</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="65"/>
        <source>visit or call</source>
        <translation>来访或来电</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="66"/>
        <source>follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="67"/>
        <source>answered survey</source>
        <translation>满意度调查答卷</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="68"/>
        <source>survey definition</source>
        <translation>满意度调查表定义</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="69"/>
        <source>form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="76"/>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="77"/>
        <source>number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="78"/>
        <source>extension</source>
        <translation>分机</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="79"/>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="80"/>
        <source>primary</source>
        <translation>首选</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="81"/>
        <source>province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="82"/>
        <source>city</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="83"/>
        <source>district</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="84"/>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="85"/>
        <source>postal code</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="86"/>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="87"/>
        <source>consent given</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="88"/>
        <source>deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="89"/>
        <source>tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="90"/>
        <source>profile</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="91"/>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="92"/>
        <source>name shown</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="93"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="94"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="95"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="96"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="97"/>
        <source>size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="98"/>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="99"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="100"/>
        <source>what</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="101"/>
        <source>customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="102"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="103"/>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="104"/>
        <source>data before, kept at</source>
        <translation>原数据保存于</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="105"/>
        <source>schema</source>
        <translation>数据结构版本</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="106"/>
        <source>upgraded</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="114"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="115"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="116"/>
        <source>Relation</source>
        <translation>关系人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="117"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="118"/>
        <source>Consent</source>
        <translation>联系许可</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="119"/>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="125"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="126"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="127"/>
        <source>removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="133"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="135"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="135"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="139"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="140"/>
        <source>phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="155"/>
        <source>{label}: {before} → {after}</source>
        <translation>{label}：{before} → {after}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="163"/>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="173"/>
        <source>before: {value}</source>
        <translation>修改前：{value}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="175"/>
        <source>after: {value}</source>
        <translation>修改后：{value}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="188"/>
        <source>{table} ({op}):</source>
        <translation>{table}（{op}）：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="210"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="217"/>
        <source>The audit trail is intact: all {count} entries verify, none was altered, removed or reordered.</source>
        <translation>审计记录完好：全部 {count} 条均校验通过，没有被篡改、删除或调换顺序。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="220"/>
        <source>The audit trail is broken: entry {seq} is missing (it was deleted from the database file).</source>
        <translation>审计记录已损坏：第 {seq} 条缺失（已从数据库文件中被删除）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="223"/>
        <source>The audit trail is broken at entry {seq}: it does not follow the entry before it (an entry was altered, replaced or reordered).</source>
        <translation>审计记录在第 {seq} 条处断开：它与前一条记录衔接不上（有记录被篡改、替换或调换顺序）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/audit_texts.py" line="226"/>
        <source>The audit trail is broken: entry {seq} was altered after it was written (its content does not match its hash).</source>
        <translation>审计记录已损坏：第 {seq} 条在写入后被篡改（内容与其哈希不符）。</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="72"/>
        <source>The folder {folder} cannot be used. Is the USB drive plugged in?</source>
        <translation>无法使用文件夹 {folder}。U 盘是否已插好？</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="74"/>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>无法将备份写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="76"/>
        <source>Choose another file: this one is the database in use.</source>
        <translation>请选择其他文件：这是正在使用的数据库。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="78"/>
        <source>The file {path} is not there.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="79"/>
        <source>This backup is encrypted: enter its passphrase.</source>
        <translation>此备份已加密：请输入其口令。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="81"/>
        <source>The passphrase does not open this backup.</source>
        <translation>口令无法打开此备份。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="83"/>
        <source>This file is damaged ({reason}); it cannot be restored. Your data were not changed.</source>
        <translation>此文件已损坏（{reason}），无法恢复。您的数据未被更改。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="85"/>
        <source>This file is not a database backup. Your data were not changed.</source>
        <translation>此文件不是数据库备份。您的数据未被更改。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="87"/>
        <source>This file is a database of another program. Your data were not changed.</source>
        <translation>此文件是其他程序的数据库。您的数据未被更改。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="89"/>
        <source>This backup was made by a newer version of the program; install it first. Your data were not changed.</source>
        <translation>此备份由较新版本的程序生成，请先安装该版本。您的数据未被更改。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="91"/>
        <source>This site&apos;s database is on a server: back it up with the server&apos;s own tools (pg_dump).</source>
        <translation>本站数据库位于服务器上：请用服务器自带的工具（pg_dump）备份。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="94"/>
        <source>There is no restore to undo.</source>
        <translation>没有可撤销的恢复。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="95"/>
        <source>The restore failed ({reason}); your data were not changed.</source>
        <translation>恢复失败（{reason}），您的数据未被更改。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="101"/>
        <source>Keep between {min} and {max} backups.</source>
        <translation>保留份数须在 {min} 到 {max} 之间。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="105"/>
        <source>Not done ({code}).</source>
        <translation>未完成（{code}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="112"/>
        <source>File: {name}</source>
        <translation>文件：{name}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="113"/>
        <source>Written: {when}</source>
        <translation>写入时间：{when}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="114"/>
        <source>Last activity recorded in it: {when}</source>
        <translation>其中最后记录的操作：{when}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="116"/>
        <source>Customers: {count}</source>
        <translation>客户：{count}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="117"/>
        <source>Audit trail entries: {count}</source>
        <translation>审计记录：{count} 条</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="121"/>
        <source>Encrypted with a passphrase.</source>
        <translation>已用口令加密。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="123"/>
        <source>Made by an older version: it will be upgraded.</source>
        <translation>由旧版本生成：恢复后将自动升级。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="206"/>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="295"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="207"/>
        <source>The first start of each day writes a backup to the folder below and keeps the newest ones. A USB drive is a good place: keep it away from this PC.</source>
        <translation>每天第一次启动时会在下面的文件夹中写入一份备份，并保留最新的若干份。U 盘是个好选择：请将其与本机分开存放。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="210"/>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="211"/>
        <source>Daily backups to keep:</source>
        <translation>保留每日备份份数：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="212"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="213"/>
        <source>Back up on the first start of each day</source>
        <translation>每天第一次启动时备份</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="214"/>
        <source>Save backup settings</source>
        <translation>保存备份设置</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="215"/>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="216"/>
        <source>with a passphrase</source>
        <translation>使用口令加密</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="217"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="218"/>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="407"/>
        <source>Undo the last restore</source>
        <translation>撤销上次恢复</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="267"/>
        <source>Puts back the data as they were before the last restore (kept in {path}).</source>
        <translation>放回上次恢复之前的数据（保存在 {path}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="275"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="287"/>
        <source>Backup settings saved.</source>
        <translation>备份设置已保存。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="302"/>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="307"/>
        <source>The same passphrase again:</source>
        <translation>再次输入相同口令：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="312"/>
        <source>The two passphrases are not the same; nothing was written.</source>
        <translation>两次输入的口令不一致，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="324"/>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="325"/>
        <source>Backups (*{suffix})</source>
        <translation>备份文件 (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="330"/>
        <source>Passphrase of this backup</source>
        <translation>此备份的口令</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="334"/>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="342"/>
        <source>Backup written: {path} ({size} MB, {seconds} s).</source>
        <translation>备份已写入：{path}（{size} MB，{seconds} 秒）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="351"/>
        <source>Restore from</source>
        <translation>从以下文件恢复</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="352"/>
        <source>Backups (*{plain} *{sealed});;All files (*)</source>
        <translation>备份文件 (*{plain} *{sealed});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="359"/>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="369"/>
        <source>Encrypted backup</source>
        <translation>加密的备份</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="380"/>
        <source>Restore this backup?</source>
        <translation>恢复此备份？</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="381"/>
        <source>The file was checked and can be restored:

{contents}

Everything entered since will be replaced by the backup&apos;s data. The data as they are now are kept aside, and &quot;Undo the last restore&quot; puts them back. The program restarts afterwards.</source>
        <translation>文件已检查，可以恢复：

{contents}

此后录入的所有内容都将被备份中的数据替换。当前数据会另行保存，“撤销上次恢复”可将其放回。恢复后程序将重新启动。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="389"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="390"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="402"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="408"/>
        <source>Put back the data as they were before the last restore? The data as they are now are kept aside in turn. The program restarts afterwards.</source>
        <translation>要放回上次恢复之前的数据吗？当前数据同样会另行保存。完成后程序将重新启动。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="414"/>
        <source>Putting the data back…</source>
        <translation>正在放回数据…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="423"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings_backups.py" line="424"/>
        <source>The data of {name} are back. The data as they were are kept in {aside}.

The program now restarts to open them; sign in again.</source>
        <translation>{name} 中的数据已恢复。原数据保存在 {aside}。

程序现在将重新启动以打开这些数据，请重新登录。</translation>
    </message>
</context>
<context>
    <name>CardReveal</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_reveal.py" line="29"/>
        <source>Your role may not see this number in full.</source>
        <translation>您的角色无权查看完整号码。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_reveal.py" line="42"/>
        <source>Show full ID number</source>
        <translation>显示完整证件号</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_reveal.py" line="45"/>
        <source>Shows this customer&apos;s full ID number. Who looked is recorded in the audit trail.</source>
        <translation>显示该客户的完整证件号码。查看人会记入审计记录。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_reveal.py" line="47"/>
        <source>Show full phone numbers</source>
        <translation>显示完整电话号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_reveal.py" line="50"/>
        <source>Shows this customer&apos;s full phone numbers. Who looked is recorded in the audit trail.</source>
        <translation>显示该客户的完整电话号码。查看人会记入审计记录。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_reveal.py" line="53"/>
        <source>ID and phone numbers are shown masked.</source>
        <translation>证件号和电话号码以遮挡形式显示。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_reveal.py" line="93"/>
        <source>The number could not be shown: the card no longer exists.</source>
        <translation>无法显示号码：该卡片已不存在。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_reveal.py" line="106"/>
        <source>Full ID number shown</source>
        <translation>已显示完整证件号</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_reveal.py" line="116"/>
        <source>Full phone numbers shown</source>
        <translation>已显示完整电话号码</translation>
    </message>
</context>
<context>
    <name>CardTimeline</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="56"/>
        <source>Visit at the counter</source>
        <translation>柜台来访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="57"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="58"/>
        <source>Online contact</source>
        <translation>线上联系</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="59"/>
        <source>Home visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="65"/>
        <source>Purchase</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="66"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="67"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="73"/>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="74"/>
        <source>Follow-up after a visit</source>
        <translation>就诊后回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="75"/>
        <source>Follow-up of a complaint</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="76"/>
        <source>Regular follow-up</source>
        <translation>定期回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="77"/>
        <source>Birthday greeting</source>
        <translation>生日关怀</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="78"/>
        <source>Holiday greeting</source>
        <translation>节日关怀</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="84"/>
        <source>due</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="85"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="86"/>
        <source>not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="87"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="93"/>
        <source>by the rules</source>
        <translation>按规则</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="94"/>
        <source>set by hand</source>
        <translation>人工设定</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="95"/>
        <source>manual tier expired</source>
        <translation>人工等级到期</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="96"/>
        <source>cards merged</source>
        <translation>资料卡合并</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="97"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="103"/>
        <source> — </source>
        <translation> — </translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="106"/>
        <source>Card created</source>
        <translation>建档</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="115"/>
        <source>Complaint {number} ({state})</source>
        <translation>投诉 {number}（{state}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="120"/>
        <source>{reason} ({state})</source>
        <translation>{reason}（{state}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="126"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="127"/>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="128"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="131"/>
        <source>Tier changed</source>
        <translation>等级变更</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="135"/>
        <source>Satisfaction survey ({source})</source>
        <translation>满意度调查（{source}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="137"/>
        <source>index {score:.2f} of 5</source>
        <translation>满意度指数 {score:.2f}（满分 5）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="139"/>
        <source>recommend {n} of 10</source>
        <translation>推荐意愿 {n}（满分 10）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="142"/>
        <source>Merged with the card of {name}</source>
        <translation>合并了 {name} 的资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="143"/>
        <source>undone later</source>
        <translation>后来已撤销</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="194"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="194"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="195"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="195"/>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="215"/>
        <source>The history starts once the card is saved.</source>
        <translation>资料卡保存后开始记录历史。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="218"/>
        <source>Loading the history…</source>
        <translation>正在读取历史…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="220"/>
        <source>The history could not be read.</source>
        <translation>无法读取历史记录。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="223"/>
        <source>{count} entries, newest first.</source>
        <translation>共 {count} 条记录，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="226"/>
        <source>The latest {count} entries, newest first.</source>
        <translation>最近的 {count} 条记录，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_timeline.py" line="233"/>
        <source>{what}, overdue</source>
        <translation>{what}，已超时</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../cs_desktop/ui/charts/bars.py" line="143"/>
        <source>Showing the first {shown} of {total}</source>
        <translation>仅显示前 {shown} 项（共 {total} 项）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/charts/bars.py" line="153"/>
        <location filename="../../cs_desktop/ui/charts/radar.py" line="181"/>
        <location filename="../../cs_desktop/ui/charts/tile.py" line="81"/>
        <location filename="../../cs_desktop/ui/charts/trend.py" line="178"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/charts/bars.py" line="156"/>
        <source>{count} records</source>
        <translation>{count} 条</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/charts/bars.py" line="163"/>
        <location filename="../../cs_desktop/ui/charts/radar.py" line="189"/>
        <location filename="../../cs_desktop/ui/charts/trend.py" line="181"/>
        <source>Target: {value}</source>
        <translation>目标：{value}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/charts/chart_base.py" line="22"/>
        <location filename="../../cs_desktop/ui/charts/radar.py" line="51"/>
        <source>No data for this period.</source>
        <translation>本期暂无数据。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/charts/formats.py" line="21"/>
        <source>{count} min</source>
        <translation>{count} 分钟</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/charts/radar.py" line="183"/>
        <source>This period: {value}</source>
        <translation>本期：{value}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/charts/radar.py" line="186"/>
        <location filename="../../cs_desktop/ui/charts/tile.py" line="128"/>
        <source>Previous period: {value}</source>
        <translation>上期：{value}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/charts/radar.py" line="306"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/charts/radar.py" line="309"/>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/charts/radar.py" line="312"/>
        <source>Target {value}</source>
        <translation>目标 {value}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/charts/tile.py" line="88"/>
        <location filename="../../cs_desktop/ui/charts/trend.py" line="184"/>
        <source>✔ Target met</source>
        <translation>✔ 达标</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/charts/tile.py" line="89"/>
        <location filename="../../cs_desktop/ui/charts/trend.py" line="185"/>
        <source>✘ Target missed</source>
        <translation>✘ 未达标</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/charts/tile.py" line="92"/>
        <source>Target ≥ {value}</source>
        <translation>目标 ≥ {value}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/charts/tile.py" line="93"/>
        <source>Target ≤ {value}</source>
        <translation>目标 ≤ {value}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/charts/tile.py" line="116"/>
        <source>No previous period to compare</source>
        <translation>没有上期数据可比较</translation>
    </message>
</context>
<context>
    <name>ComplaintHandover</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_handover.py" line="30"/>
        <source>Hand over the complaint</source>
        <translation>转交投诉</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_handover.py" line="36"/>
        <source>e.g. needs the billing office; I am off from tomorrow</source>
        <translation>例如：需要收费处处理；本人明天起休假</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_handover.py" line="42"/>
        <source>&amp;To:</source>
        <translation>转交给(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_handover.py" line="43"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_handover.py" line="50"/>
        <source>Whoever takes the complaint over owns it from now on. The handover and its reason go on the complaint&apos;s timeline.</source>
        <translation>接手的同事从现在起负责这件投诉。转交及其原因会记入投诉的处理经过。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_handover.py" line="59"/>
        <source>Choose who takes it over.</source>
        <translation>请选择接手的同事。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_handover.py" line="62"/>
        <source>Write the reason for the handover.</source>
        <translation>请填写转交原因。</translation>
    </message>
</context>
<context>
    <name>ComplaintIntake</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="44"/>
        <source>At the counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="45"/>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="46"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="47"/>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="48"/>
        <source>During a visit</source>
        <translation>就诊时</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="54"/>
        <source>This is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="56"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>内容过长：最多 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="59"/>
        <source>Choose the customer from the list.</source>
        <translation>请从列表中选择客户。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="61"/>
        <source>Choose one of the listed values.</source>
        <translation>请从列出的选项中选择。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="62"/>
        <source>Not accepted ({code}).</source>
        <translation>未被接受（{code}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="135"/>
        <source>Register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="137"/>
        <source>&amp;Find customer:</source>
        <translation>查找客户(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="138"/>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="139"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="140"/>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="141"/>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="142"/>
        <source>In the customer&apos;s &amp;words:</source>
        <translation>客户原话(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="143"/>
        <source>What they &amp;want:</source>
        <translation>客户诉求(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="144"/>
        <source>Handling &amp;promised:</source>
        <translation>承诺处理(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="145"/>
        <source>&amp;Difficult customer:</source>
        <translation>难缠客户类型(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="150"/>
        <source>(not noted)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="155"/>
        <source>Name, phone digits or pinyin</source>
        <translation>姓名、电话号码或拼音</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_intake.py" line="156"/>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ComplaintPromises</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_promises.py" line="35"/>
        <source>open</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_promises.py" line="36"/>
        <source>kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_promises.py" line="37"/>
        <source>broken</source>
        <translation>未能兑现</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_promises.py" line="83"/>
        <source>Promise</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_promises.py" line="83"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_promises.py" line="84"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_promises.py" line="84"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_promises.py" line="86"/>
        <source>What was promised</source>
        <translation>对客户承诺了什么</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_promises.py" line="87"/>
        <source>Add &amp;promise</source>
        <translation>添加承诺(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_promises.py" line="88"/>
        <source>&amp;Kept</source>
        <translation>已兑现(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_promises.py" line="89"/>
        <source>&amp;Broken</source>
        <translation>未能兑现(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_promises.py" line="101"/>
        <source>(owner)</source>
        <translation>（负责人）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_promises.py" line="113"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>ComplaintRulesDialog</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="85"/>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="86"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="138"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="139"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="140"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="141"/>
        <source>Resolve within</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="142"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="158"/>
        <source>(none)</source>
        <translation>（未设）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="262"/>
        <source>Add period</source>
        <translation>添加时段</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="264"/>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="281"/>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="270"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="377"/>
        <source>Day off (holiday)</source>
        <translation>设为休息日（节假日）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="378"/>
        <source>Make-up working day</source>
        <translation>设为调休上班日</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="379"/>
        <source>China&apos;s default</source>
        <translation>恢复国家默认</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="380"/>
        <source>&lt;span style=&apos;background:#fecaca&apos;&gt;&amp;nbsp;red&amp;nbsp;&lt;/span&gt; holiday, &lt;span style=&apos;background:#bfdbfe&apos;&gt;&amp;nbsp;blue&amp;nbsp;&lt;/span&gt; make-up working day (调休); &lt;b&gt;bold&lt;/b&gt;: changed by this site.</source>
        <translation>&lt;span style=&apos;background:#fecaca&apos;&gt;&amp;nbsp;红色&amp;nbsp;&lt;/span&gt; 节假日，&lt;span style=&apos;background:#bfdbfe&apos;&gt;&amp;nbsp;蓝色&amp;nbsp;&lt;/span&gt; 调休上班日；&lt;b&gt;粗体&lt;/b&gt;：本单位修改过的日期。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="439"/>
        <source>{date}: day off (holiday) {name}</source>
        <translation>{date}：休息日（节假日）{name}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="441"/>
        <source>{date}: make-up working day {name}</source>
        <translation>{date}：调休上班日 {name}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="443"/>
        <source>{date}: an ordinary day (weekdays as set)</source>
        <translation>{date}：普通日期（按工作日设置）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="447"/>
        <source> — changed by this site</source>
        <translation> — 本单位已修改</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="457"/>
        <source>{year}: {holidays} holidays, {workdays} make-up working days; {changed} days changed by this site.</source>
        <translation>{year} 年：节假日 {holidays} 天，调休上班日 {workdays} 天；本单位修改 {changed} 天。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="463"/>
        <source>China&apos;s schedule for {year} is not known to this version: enter its holidays and make-up working days by hand.</source>
        <translation>本版本未收录 {year} 年的国家节假日安排，请手工录入节假日和调休上班日。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="55"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="55"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="56"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="56"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="57"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="57"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="58"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="220"/>
        <source>Complaint rules</source>
        <translation>投诉规则</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="221"/>
        <source>Time limits and severity</source>
        <translation>时限与严重程度</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="222"/>
        <source>Categories</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="223"/>
        <source>Working hours and calendar</source>
        <translation>工作时间与日历</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="224"/>
        <source>Hour-based</source>
        <translation>按小时计</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="226"/>
        <source>Complaint measures for medical institutions</source>
        <translation>医疗机构投诉管理办法</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="228"/>
        <source>Start from:</source>
        <translation>预设方案：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="230"/>
        <source>First response within:</source>
        <translation>首次答复时限：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="231"/>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="232"/>
        <source>Count hours in:</source>
        <translation>计时方式：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="234"/>
        <source>Calendar time (nights and holidays count)</source>
        <translation>自然时间（夜间和节假日也计算）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="236"/>
        <source>Working hours only</source>
        <translation>仅计工作时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="238"/>
        <source>Highlight as soon due when this share of the time is left:</source>
        <translation>即将到期提示（剩余时限比例）：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="244"/>
        <source>Escalate to the administrator when overdue by this share of the time:</source>
        <translation>上报管理员（超出时限比例）：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="251"/>
        <source>Severity levels and resolution time limits</source>
        <translation>严重程度与处理时限</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="254"/>
        <source>A limit in working days runs to closing time of that working day after the day of intake.</source>
        <translation>按工作日计的时限，从受理次日起算，截止到第 N 个工作日的下班时间。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="260"/>
        <source>Add level</source>
        <translation>添加级别</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="261"/>
        <source>Remove level</source>
        <translation>删除级别</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="263"/>
        <source>The categories offered at intake. Double-click to rename; drag to reorder.</source>
        <translation>受理投诉时可选的类别。双击可改名，拖动可调整顺序。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="268"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="269"/>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="271"/>
        <source>Opening periods:</source>
        <translation>营业时段：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="272"/>
        <source>Working weekdays:</source>
        <translation>每周工作日：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="276"/>
        <source>China&apos;s public holidays and make-up working days (调休) are known up to {year}. Enter later years&apos; days by hand when the State Council publishes them. Choose a day, then set it.</source>
        <translation>国家法定节假日和调休上班日已收录至 {year} 年。以后年份请在国务院公布安排后手工录入：先选中日期，再点下方按钮设置。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="283"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="284"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="296"/>
        <source>The national complaint-management measures for medical institutions (2019): whoever first receives a complaint is responsible for it (首诉负责); resolve on the spot where possible, otherwise feed back the result within 5 working days, or 10 working days when several departments must be coordinated. Working days follow the calendar on the Working hours tab.</source>
        <translation>《医疗机构投诉管理办法》（2019 年起施行）：首诉负责，谁接待谁负责；能当场解决的当场解决，否则在 5 个工作日内反馈处理结果，涉及多个部门需协调的在 10 个工作日内反馈。工作日以“工作时间与日历”页的日历为准。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="303"/>
        <source>A first response within 24 hours, and a resolution time limit in hours for each severity level.</source>
        <translation>24 小时内首次答复，每个严重程度各有以小时计的处理时限。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rules.py" line="380"/>
        <source>New category</source>
        <translation>新类别</translation>
    </message>
</context>
<context>
    <name>ComplaintRulesTexts</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="54"/>
        <source>Enter at least one opening period.</source>
        <translation>请至少输入一个营业时段。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="55"/>
        <source>Each period must end after it starts, and the periods must follow each other through the day without overlapping.</source>
        <translation>每个时段的结束时间须晚于开始时间，各时段须按时间先后排列且不能重叠。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="58"/>
        <source>Choose working weekdays from the list.</source>
        <translation>请从列表中选择每周工作日。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="59"/>
        <source>Enter at least one severity level, each with its own code.</source>
        <translation>请至少设一个严重程度级别，且各级别代码不能重复。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="61"/>
        <source>Severity {severity}: enter its resolution time limit.</source>
        <translation>严重程度 {severity}：请输入处理时限。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="64"/>
        <source>Choose one of the offered presets.</source>
        <translation>请从列出的预设方案中选择。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="67"/>
        <source>Enter at least one category; none may be blank.</source>
        <translation>请至少输入一个类别，且类别不能为空。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_rule_parts.py" line="69"/>
        <source>Every severity level needs a code.</source>
        <translation>每个严重程度级别都需要填写代码。</translation>
    </message>
</context>
<context>
    <name>ComplaintStages</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="39"/>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="40"/>
        <source>Resolution</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="41"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="42"/>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="48"/>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="49"/>
        <source>Departments consulted:</source>
        <translation>协调的部门：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="50"/>
        <source>Why? (five times)</source>
        <translation>为什么？（问五次）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="51"/>
        <source>Root cause:</source>
        <translation>根本原因：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="52"/>
        <source>Plan agreed with the customer:</source>
        <translation>与客户商定的方案：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="53"/>
        <source>Actions taken:</source>
        <translation>采取的措施：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="54"/>
        <source>Compensation:</source>
        <translation>补偿：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="55"/>
        <source>Result told to the customer:</source>
        <translation>告知客户的结果：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="56"/>
        <source>Customer&apos;s satisfaction:</source>
        <translation>客户满意度：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="57"/>
        <source>Further follow-up:</source>
        <translation>后续跟进：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="58"/>
        <source>Facts:</source>
        <translation>事实：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="59"/>
        <source>Analysis:</source>
        <translation>分析：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="60"/>
        <source>Lesson:</source>
        <translation>教训：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="61"/>
        <source>Improvement:</source>
        <translation>改进措施：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="62"/>
        <source>Did the improvement work?</source>
        <translation>改进是否有效？</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="69"/>
        <source>at most {max} characters</source>
        <translation>最多 {max} 个字</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="70"/>
        <source>at most {max} answers</source>
        <translation>最多 {max} 条</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="71"/>
        <source>not an amount of money</source>
        <translation>不是有效金额</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="72"/>
        <source>choose from {min} to {max}</source>
        <translation>请在 {min} 到 {max} 之间选择</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="76"/>
        <source>{field}: {reason}. Nothing was saved.</source>
        <translation>{field}：{reason}。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="173"/>
        <source>Why {n}?</source>
        <translation>为什么 {n}？</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="175"/>
        <source>Separate departments with 、 or commas</source>
        <translation>多个部门用顿号或逗号分隔</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="180"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="185"/>
        <source>Not asked yet</source>
        <translation>尚未询问</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="189"/>
        <source>Not known yet</source>
        <translation>尚不清楚</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="190"/>
        <source>Yes, it worked</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="191"/>
        <source>No, it did not</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="193"/>
        <source>&amp;Save {stage}</source>
        <translation>保存{stage}记录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="212"/>
        <source>very dissatisfied</source>
        <translation>很不满意</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="213"/>
        <source>dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="214"/>
        <source>neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="215"/>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_stages.py" line="216"/>
        <source>very satisfied</source>
        <translation>很满意</translation>
    </message>
</context>
<context>
    <name>ComplaintWindow</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="62"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="67"/>
        <source>Resume</source>
        <translation>继续处理</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="69"/>
        <source>Investigate</source>
        <translation>调查</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="70"/>
        <source>Resolve</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="71"/>
        <source>Tell the customer</source>
        <translation>告知客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="72"/>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="73"/>
        <source>Reviewed</source>
        <translation>已复盘</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="74"/>
        <source>Wait for the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="75"/>
        <source>Wait for a third party</source>
        <translation>等待第三方</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="81"/>
        <source>Write the reason for reopening in the text box first.</source>
        <translation>请先在文本框中写明重新打开的原因。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="83"/>
        <source>Write the text first.</source>
        <translation>请先填写内容。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="85"/>
        <source>This step is not allowed from here.</source>
        <translation>当前状态下不允许这一步。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="87"/>
        <source>The promise&apos;s date has already passed.</source>
        <translation>承诺的期限已经过去。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="89"/>
        <source>This promise has already been marked.</source>
        <translation>这项承诺已经标记过了。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="90"/>
        <source>Not done ({code}).</source>
        <translation>未完成（{code}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="95"/>
        <source>clock stopped</source>
        <translation>计时暂停</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="98"/>
        <source>{when}, overdue</source>
        <translation>{when}，已超时</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="109"/>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="110"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="112"/>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="113"/>
        <source>Answer to the customer</source>
        <translation>答复客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="114"/>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="115"/>
        <source>Handed over to {name}</source>
        <translation>转交给 {name}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="117"/>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="118"/>
        <source>Promise made</source>
        <translation>作出承诺</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="119"/>
        <source>Promise kept</source>
        <translation>承诺已兑现</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="120"/>
        <source>Promise broken</source>
        <translation>承诺未能兑现</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="121"/>
        <source>Intake record signed by the complainant</source>
        <translation>投诉人已签字确认登记内容</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="122"/>
        <source>Signature mark removed</source>
        <translation>取消签字标记</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="129"/>
        <source>{stage} recorded</source>
        <translation>记录{stage}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="263"/>
        <source>&amp;Answer the customer</source>
        <translation>答复客户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="264"/>
        <source>Internal &amp;note</source>
        <translation>内部备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="265"/>
        <source>&amp;Hand over…</source>
        <translation>转交(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="266"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="267"/>
        <source>The complaint record form, with the lines to sign</source>
        <translation>客户投诉记录表，含签名栏</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="269"/>
        <source>An answer to the customer meets the first-response limit; an internal note does not. A reopening needs its reason here.</source>
        <translation>答复客户即满足首次响应时限，内部备注不算。重新打开时请在此写明原因。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="273"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="273"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="274"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="274"/>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="277"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="278"/>
        <source>Received:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="279"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="280"/>
        <source>Category and severity:</source>
        <translation>类别和严重程度：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="281"/>
        <source>Difficult-customer type:</source>
        <translation>难缠客户类型：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="282"/>
        <source>In the customer&apos;s words:</source>
        <translation>客户原话：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="283"/>
        <source>What they want:</source>
        <translation>客户诉求：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="284"/>
        <source>Handling promised:</source>
        <translation>承诺处理：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="285"/>
        <source>Received by:</source>
        <translation>受理人：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="289"/>
        <source>The intake record was read back to the complainant, who signed it</source>
        <translation>已向投诉人复述登记内容，投诉人已签字</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="292"/>
        <source>Progress</source>
        <translation>处理经过</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="293"/>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="304"/>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="306"/>
        <source>Promises ({n} open)</source>
        <translation>承诺（{n} 项未兑现）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="352"/>
        <source>Owner: {name}</source>
        <translation>负责人：{name}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="353"/>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="363"/>
        <source>Complaint {number}</source>
        <translation>投诉 {number}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="365"/>
        <source>{state} · first response due {first} · resolution due {resolution}</source>
        <translation>{state} · 首次响应期限 {first} · 解决期限 {resolution}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_window.py" line="414"/>
        <source>Saved at {time}.</source>
        <translation>已于 {time} 保存。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="59"/>
        <source>Open, by deadline</source>
        <translation>待处理（按期限）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="60"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="61"/>
        <source>Waiting</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="62"/>
        <source>Mine</source>
        <translation>我负责的</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="63"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="15"/>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="16"/>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="17"/>
        <source>Resolving</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="18"/>
        <source>Feedback</source>
        <translation>反馈中</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="19"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="20"/>
        <source>Reviewed</source>
        <translation>已复盘</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="21"/>
        <source>Waiting for the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="22"/>
        <source>Waiting for a third party</source>
        <translation>等待第三方</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="29"/>
        <source>Emotional</source>
        <translation>情绪型</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="30"/>
        <source>Righteous</source>
        <translation>正义型</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="31"/>
        <source>Stubborn</source>
        <translation>固执型</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="32"/>
        <source>Self-absorbed</source>
        <translation>自我型</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="33"/>
        <source>Well prepared</source>
        <translation>有备型</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="34"/>
        <source>With social influence</source>
        <translation>有社会影响型</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="41"/>
        <source>Escalated to the supervisor</source>
        <translation>上报主管</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="42"/>
        <source>Escalated to the administrator</source>
        <translation>上报管理员</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="48"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/complaint_texts.py" line="49"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="118"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="119"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="120"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="121"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="122"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="124"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="125"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="126"/>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="128"/>
        <source>Escalated to</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="176"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="180"/>
        <source>&amp;Register a complaint…</source>
        <translation>登记投诉(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="184"/>
        <source>Open and waiting complaints you own</source>
        <translation>由您负责的未结和暂停投诉</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="196"/>
        <source>clock stopped</source>
        <translation>计时暂停</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="199"/>
        <source>response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="200"/>
        <source>resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="201"/>
        <source>{when} ({kind})</source>
        <translation>{when}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="207"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="209"/>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="222"/>
        <source>{count} complaints</source>
        <translation>共 {count} 件投诉</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="228"/>
        <source>Last 30 days: {n} complaints</source>
        <translation>近 30 天：投诉 {n} 件</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="230"/>
        <source>complaint rate {rate:.2%} of services</source>
        <translation>投诉率 {rate:.2%}（占服务人次）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="233"/>
        <source>first response median {m:.1f} h, 90% within {p:.1f} h</source>
        <translation>首次响应中位 {m:.1f} 小时，90% 在 {p:.1f} 小时内</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="236"/>
        <source>resolved median {m:.1f} h, 90% within {p:.1f} h</source>
        <translation>解决中位 {m:.1f} 小时，90% 在 {p:.1f} 小时内</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="239"/>
        <source>{share:.0%} resolved at first contact</source>
        <translation>{share:.0%} 当场解决</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/complaints.py" line="241"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>CustomerCardDialog</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="172"/>
        <source>Tick to enter a date; leave unticked when it is unknown.</source>
        <translation>勾选后填写日期；不知道就不勾选。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="174"/>
        <source>Date known</source>
        <translation>日期已知</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="330"/>
        <source>Number, e.g. 139 1234 5678</source>
        <translation>号码，如 139 1234 5678</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="331"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="332"/>
        <source>Label, e.g. mobile, home</source>
        <translation>备注，如 手机、家里</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="333"/>
        <source>Phone label</source>
        <translation>电话备注</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="334"/>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="414"/>
        <source>Primary</source>
        <translation>首选</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="335"/>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="415"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="336"/>
        <source>Remove this phone number</source>
        <translation>删除这个电话号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="339"/>
        <source>Add phone</source>
        <translation>添加电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="402"/>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="402"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="403"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="404"/>
        <source>Street and number</source>
        <translation>街道门牌</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="405"/>
        <source>Postal code</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="413"/>
        <source>Kind of address</source>
        <translation>地址类型</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="416"/>
        <source>Remove this address</source>
        <translation>删除这个地址</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_fields.py" line="419"/>
        <source>Add address</source>
        <translation>添加地址</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="276"/>
        <source>&amp;Person</source>
        <translation>个人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="277"/>
        <source>&amp;Organisation</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="279"/>
        <source>&amp;Basic facts</source>
        <translation>基本信息(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="280"/>
        <source>&amp;Contact</source>
        <translation>联系方式(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="281"/>
        <source>P&amp;rofile</source>
        <translation>客户资料(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="282"/>
        <source>&amp;Management</source>
        <translation>管理信息(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="283"/>
        <source>C&amp;ustom fields</source>
        <translation>自定义项(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="284"/>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="288"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="289"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="290"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="291"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="292"/>
        <source>Agrees to be contacted by</source>
        <translation>同意通过以下方式联系</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="298"/>
        <source>Type or scan; a card reader&apos;s Enter stays in the form</source>
        <translation>可手工输入或刷卡；读卡器的回车不会关闭窗口</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="300"/>
        <source>Separate tags with commas, 、 or spaces</source>
        <translation>多个标签用逗号、顿号或空格分开</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="302"/>
        <source>e.g. weekday evenings</source>
        <translation>如 工作日晚上</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="304"/>
        <source>Number of people</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="305"/>
        <source>&amp;Fill birth date and gender from the ID</source>
        <translation>按身份证填写出生日期和性别(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="307"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_form.py" line="308"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_sections.py" line="194"/>
        <source>A number, e.g. 12.5</source>
        <translation>数字，如 12.5</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_sections.py" line="196"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="32"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="33"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="34"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="45"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="46"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="48"/>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="50"/>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="52"/>
        <source>Foreigner&apos;s permanent residence ID card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="53"/>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="59"/>
        <source>Gregorian calendar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="60"/>
        <source>Lunar calendar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="66"/>
        <source>Phone calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="67"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="68"/>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="103"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="69"/>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="102"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="70"/>
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="76"/>
        <source>Home</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="77"/>
        <source>Work</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="78"/>
        <source>Mailing</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="79"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="86"/>
        <source>Customer is</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="87"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="88"/>
        <source>Organisation name *</source>
        <translation>单位名称 *</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="89"/>
        <source>ID document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="90"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="91"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="92"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="93"/>
        <source>Birthday kept in</source>
        <translation>生日按</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="94"/>
        <source>Place of birth</source>
        <translation>出生地</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="95"/>
        <source>Title</source>
        <translation>称谓/职称</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="96"/>
        <source>Education level</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="97"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="98"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="99"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="100"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="101"/>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="104"/>
        <source>Best time to contact</source>
        <translation>方便联系的时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="105"/>
        <source>Came to us through</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="106"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="107"/>
        <source>Credit limit (yuan)</source>
        <translation>信用额度（元）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="108"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="121"/>
        <source>Spending and preferences</source>
        <translation>消费与偏好</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="122"/>
        <source>Spending level</source>
        <translation>消费水平</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="123"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="125"/>
        <source>Education</source>
        <translation>教育背景</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="126"/>
        <source>School</source>
        <translation>毕业学校</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="127"/>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="129"/>
        <source>Career</source>
        <translation>事业</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="130"/>
        <source>Career history</source>
        <translation>工作经历</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="132"/>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="133"/>
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="134"/>
        <source>Family notes</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="136"/>
        <source>Way of life</source>
        <translation>生活方式</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="137"/>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="138"/>
        <source>Habits</source>
        <translation>习惯</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="140"/>
        <source>Personality</source>
        <translation>个性</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="141"/>
        <source>Character</source>
        <translation>性格特点</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="143"/>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="163"/>
        <source>Relationships</source>
        <translation>人际关系</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="144"/>
        <source>Who influences them</source>
        <translation>对其有影响的人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="145"/>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="152"/>
        <source>Profile</source>
        <translation>单位概况</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="153"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="154"/>
        <source>Business scope</source>
        <translation>经营范围</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="156"/>
        <source>Business condition</source>
        <translation>经营状况</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="157"/>
        <source>Condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="159"/>
        <source>Evaluation (1-5)</source>
        <translation>综合评价（1-5 分）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="160"/>
        <source>Enthusiasm</source>
        <translation>合作热情</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="161"/>
        <source>Business capability</source>
        <translation>经营能力</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="165"/>
        <source>Trading record</source>
        <translation>交易记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="166"/>
        <source>Trading volume</source>
        <translation>交易量</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="162"/>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="167"/>
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="178"/>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="180"/>
        <source>This is too long: at most {max} characters.</source>
        <translation>内容过长：最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="183"/>
        <source>Enter the ID number.</source>
        <translation>请填写证件号码。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="185"/>
        <source>A resident ID number has 18 characters.</source>
        <translation>居民身份证号码应为 18 位。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="187"/>
        <source>A resident ID number is 17 digits followed by a digit or X.</source>
        <translation>居民身份证号码由 17 位数字加一位数字或 X 组成。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="190"/>
        <source>The ID number starts with an unknown region code.</source>
        <translation>身份证号码开头的地区代码不存在。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="192"/>
        <source>The birth date inside the ID number is not a real date.</source>
        <translation>身份证号码中的出生日期不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="195"/>
        <source>The birth date inside the ID number lies in the future.</source>
        <translation>身份证号码中的出生日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="198"/>
        <source>The ID number&apos;s check digit does not match: a character is probably mistyped.</source>
        <translation>身份证号码校验位不符：可能有一位输错了。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="201"/>
        <source>The ID number gives the birth date {id_birth_date}.</source>
        <translation>身份证号码显示的出生日期为 {id_birth_date}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="204"/>
        <source>The ID number gives the gender {id_gender}.</source>
        <translation>身份证号码显示的性别为{id_gender}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="207"/>
        <source>This date lies in the future.</source>
        <translation>这个日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="209"/>
        <source>Enter a phone number.</source>
        <translation>请填写电话号码。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="211"/>
        <source>{raw}: a phone number holds digits, spaces, dashes and an extension only.</source>
        <translation>{raw}：电话号码只能包含数字、空格、短横线和分机号。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="214"/>
        <source>{raw}: a mobile number has 11 digits.</source>
        <translation>{raw}：手机号码应为 11 位。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="217"/>
        <source>{raw}: a landline number is an area code (such as 010) and 7 or 8 digits.</source>
        <translation>{raw}：固定电话应为区号（如 010）加 7 或 8 位号码。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="220"/>
        <source>{raw}: neither a mobile nor a landline number.</source>
        <translation>{raw}：既不是手机号码也不是固定电话。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="223"/>
        <source>The same phone number is listed twice.</source>
        <translation>同一个电话号码填写了两次。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="225"/>
        <source>This is not an e-mail address (name@example.com).</source>
        <translation>这不是有效的电子邮件地址（如 name@example.com）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="227"/>
        <source>This is not a valid unified social credit code (18 characters, the last one a check character).</source>
        <translation>这不是有效的统一社会信用代码（18 位，最后一位是校验码）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="230"/>
        <source>This cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="232"/>
        <source>Enter a number, such as 12.5.</source>
        <translation>请填写数字，如 12.5。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="234"/>
        <source>Enter a date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="236"/>
        <source>Choose one of: {choices}.</source>
        <translation>请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="239"/>
        <source>This field is no longer defined at this site.</source>
        <translation>本站点已不再使用这一项。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="241"/>
        <source>Someone else changed this card while you were editing it, so your changes were not saved. Close the card and open it again to see the latest version.</source>
        <translation>您编辑期间，有同事修改了这张资料卡，所以您的修改没有保存。请关闭后重新打开，查看最新内容。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="245"/>
        <source>This customer no longer exists: the card may have been merged or deleted.</source>
        <translation>这位客户已不存在：资料卡可能已被合并或删除。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/card_texts.py" line="247"/>
        <source>This entry was not accepted ({code}).</source>
        <translation>这项内容未被接受（{code}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/customer_card.py" line="54"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/customer_card.py" line="56"/>
        <source>Customer card — {name}</source>
        <translation>客户资料卡 — {name}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/customer_card.py" line="218"/>
        <source>The ID number gives the birth date {date} and the gender {gender}.</source>
        <translation>身份证号码显示出生日期为 {date}，性别为{gender}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/customer_card.py" line="288"/>
        <source>The card was not saved: please correct the marked fields.</source>
        <translation>资料卡未保存：请修改标出的内容。</translation>
    </message>
</context>
<context>
    <name>CustomerEditing</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="41"/>
        <source>same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="42"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="43"/>
        <source>same name and birth date</source>
        <translation>姓名读音和出生日期相同</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="44"/>
        <source>same name</source>
        <translation>姓名读音相同</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="45"/>
        <source>but a different ID number</source>
        <translation>但证件号不同</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="46"/>
        <source>but a different gender</source>
        <translation>但性别不同</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="108"/>
        <source>Register a &amp;complaint…</source>
        <translation>登记投诉(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="117"/>
        <source>Record a &amp;visit…</source>
        <translation>登记来访(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="123"/>
        <source>Prin&amp;t…</source>
        <translation>打印(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="174"/>
        <source>{name} ({reasons})</source>
        <translation>{name}（{reasons}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="175"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="180"/>
        <source>Possibly the same customer</source>
        <translation>可能是同一位客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="181"/>
        <source>These cards may describe the same customer:
{list}

Create a new card anyway?</source>
        <translation>以下资料卡可能是同一位客户：
{list}

仍要新建资料卡吗？</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="187"/>
        <source>Create new card</source>
        <translation>新建资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="190"/>
        <source>Back to the card</source>
        <translation>返回资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="264"/>
        <source>The card of {name} was changed by someone else since, so it was not undone: that change would have been lost.</source>
        <translation>{name} 的资料卡在此之后已被其他人修改，因此未撤销：否则那次修改会丢失。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="291"/>
        <source>Customer card</source>
        <translation>客户资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_editing.py" line="292"/>
        <source>The card was not changed: it no longer exists or was merged into another card.</source>
        <translation>资料卡未更改：该资料卡已不存在，或已合并到另一张资料卡。</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="27"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="28"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="29"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="30"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="31"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="32"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="33"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="34"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="35"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="36"/>
        <source>Last visit</source>
        <translation>最近来访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="37"/>
        <source>Value</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="38"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="39"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="40"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="41"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="47"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="48"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="49"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="50"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="51"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="58"/>
        <source>Choose a file ending in .xlsx or .csv.</source>
        <translation>请选择以 .xlsx 或 .csv 结尾的文件。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="60"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="64"/>
        <source>{rows} customers do not fit in one Excel sheet (at most {max}). Export to .csv, or narrow the list with a filter.</source>
        <translation>{rows} 位客户超出一张 Excel 工作表的容量（最多 {max} 行）。请导出为 .csv，或用筛选缩小名单。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="67"/>
        <source>The export failed ({code}).</source>
        <translation>导出失败（{code}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="86"/>
        <source>customers-{date}</source>
        <translation>客户名单-{date}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="88"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="89"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 文本，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="91"/>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="104"/>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="143"/>
        <source>Export the list</source>
        <translation>导出名单</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="105"/>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="106"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="120"/>
        <source>{count} customers were exported to
{path}</source>
        <translation>已将 {count} 位客户导出到
{path}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_export.py" line="131"/>
        <source>The file could not be written: {reason}</source>
        <translation>文件无法写入：{reason}</translation>
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
    <name>CustomerUndo</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_undo.py" line="57"/>
        <source>edit of {name}</source>
        <translation>修改 {name}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_undo.py" line="93"/>
        <source>new card {name}</source>
        <translation>新建客户 {name}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customer_undo.py" line="106"/>
        <source>deleting {name}</source>
        <translation>删除 {name}</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="64"/>
        <source>Phone calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="65"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="66"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="67"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="68"/>
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="271"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="275"/>
        <source>Search name, phone, ID number, address or pinyin (zs finds 张三) — Ctrl+F</source>
        <translation>搜索姓名、电话、证件号、地址或拼音（输入 zs 可找到张三）— Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="277"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="277"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="278"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="278"/>
        <source>Consent to contact</source>
        <translation>联系许可</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="283"/>
        <source>With an &amp;open complaint</source>
        <translation>有未结投诉(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="284"/>
        <source>New card</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="285"/>
        <source>New customer card (Ctrl+N)</source>
        <translation>新建客户资料卡 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="286"/>
        <source>Delete card…</source>
        <translation>删除资料卡…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="293"/>
        <source>Duplicates…</source>
        <translation>重复客户…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="294"/>
        <source>Likely duplicate cards over the whole database; merge and undo</source>
        <translation>全库查找可能重复的资料卡；可合并，也可撤销合并</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="296"/>
        <source>Deleted cards…</source>
        <translation>已删除的客户…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="297"/>
        <source>Set tier…</source>
        <translation>调整等级…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="298"/>
        <source>Set the selected customer&apos;s tier by hand, with a reason</source>
        <translation>手动调整所选客户的等级（需填写原因）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="300"/>
        <source>Cards deleted by mistake can be restored here</source>
        <translation>误删的资料卡可在此恢复</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="302"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="303"/>
        <source>Print the address table of the list as shown, or the tier table</source>
        <translation>打印当前列表（已应用搜索和筛选）的地址分类表，或等级分类表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="305"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="306"/>
        <source>Import customer cards from a .csv or .xlsx file</source>
        <translation>从 .csv 或 .xlsx 文件导入客户资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="381"/>
        <source>Delete the card of {name}?

The card leaves the list; its history is kept. Undo (Ctrl+Z) brings it back, and a supervisor can restore it under Deleted cards.</source>
        <translation>删除 {name} 的资料卡？

资料卡将从列表中移除，其历史记录会保留。撤销 (Ctrl+Z) 可立即找回，主管之后也可以在“已删除的客户”中恢复。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="388"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="389"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="287"/>
        <source>Delete the selected card (Del). It can be undone, and restored later.</source>
        <translation>删除选中的资料卡 (Del)。可以撤销，之后也可以恢复。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="289"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="290"/>
        <source>Save the list as shown (search and filters applied) as .xlsx or .csv</source>
        <translation>将当前名单（含搜索和筛选条件）保存为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="314"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="316"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="318"/>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="320"/>
        <source>Any consent</source>
        <translation>不限联系许可</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="380"/>
        <source>Delete card</source>
        <translation>删除资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="414"/>
        <source>Undo {step}</source>
        <translation>撤销 {step}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="415"/>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="420"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="416"/>
        <source>Redo {step}</source>
        <translation>重做 {step}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="417"/>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="421"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="428"/>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="429"/>
        <source>The undo history was cleared.</source>
        <translation>撤销记录已清空。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="503"/>
        <source>Type at least 3 digits of a phone or ID number.</source>
        <translation>电话或证件号请至少输入 3 位数字。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="506"/>
        <source>{count} customers found</source>
        <translation>找到 {count} 位客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/customers.py" line="509"/>
        <source>{count} customers</source>
        <translation>共 {count} 位客户</translation>
    </message>
</context>
<context>
    <name>DeletedCardsDialog</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/deleted_cards.py" line="43"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/deleted_cards.py" line="44"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/deleted_cards.py" line="45"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/deleted_cards.py" line="47"/>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/deleted_cards.py" line="119"/>
        <source>Deleted customer cards</source>
        <translation>已删除的客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/deleted_cards.py" line="120"/>
        <source>Filter by name or pinyin</source>
        <translation>按姓名或拼音筛选</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/deleted_cards.py" line="121"/>
        <source>Deleted cards keep all their history. Restoring one puts it back in the customer list as it was.</source>
        <translation>已删除的资料卡保留全部记录。恢复后，资料卡按原样回到客户列表。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/deleted_cards.py" line="124"/>
        <location filename="../../cs_desktop/ui/dialogs/deleted_cards.py" line="182"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/deleted_cards.py" line="125"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/deleted_cards.py" line="154"/>
        <source>The {shown} most recently deleted of {total} cards; filter to find older ones.</source>
        <translation>共 {total} 张，显示最近删除的 {shown} 张；更早的请筛选查找。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/deleted_cards.py" line="158"/>
        <source>{count} deleted cards</source>
        <translation>已删除 {count} 张资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/deleted_cards.py" line="174"/>
        <source>Restore card</source>
        <translation>恢复资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/deleted_cards.py" line="175"/>
        <source>Restore the card of {name}? It comes back in the customer list with all its history.</source>
        <translation>恢复{name}的资料卡？该卡将连同全部记录回到客户列表。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/deleted_cards.py" line="185"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/deleted_cards.py" line="206"/>
        <source>{name} is back in the customer list.</source>
        <translation>{name} 已回到客户列表。</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="51"/>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="53"/>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="54"/>
        <source>Card</source>
        <translation>资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="55"/>
        <source>Why they look alike</source>
        <translation>相似原因</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="175"/>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="387"/>
        <source>Duplicate customers</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="176"/>
        <source>Likely duplicates</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="177"/>
        <source>Recent merges</source>
        <translation>最近的合并</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="178"/>
        <source>Also list cards that share only a name</source>
        <translation>也列出仅姓名相同的资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="179"/>
        <source>Same name read aloud but no other fact in common: many are different people with a common name.</source>
        <translation>仅姓名读音相同、没有其他相同信息：多为同名的不同人。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="182"/>
        <source>Search again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="183"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="184"/>
        <source>Merge the two cards…</source>
        <translation>合并这两张资料卡…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="185"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="186"/>
        <source>Not the same customer</source>
        <translation>不是同一客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="187"/>
        <source>Two different customers: this pair is no longer offered</source>
        <translation>两位不同的客户：此后不再列出这一对</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="189"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="227"/>
        <source>Search stopped.</source>
        <translation>已停止查找。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="229"/>
        <source>The search failed.</source>
        <translation>查找失败。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="233"/>
        <source>Comparing ID numbers, phones and names of all cards…</source>
        <translation>正在比对全部资料卡的证件号、电话和姓名…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="261"/>
        <source>No likely duplicates found.</source>
        <translation>未发现可能重复的资料卡。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="263"/>
        <source>The {count} most likely pairs, best first. Merge or check them, then search again for more.</source>
        <translation>最可能重复的 {count} 对，按相似度排列。处理完后重新查找可看到更多。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="267"/>
        <source>{count} likely pairs, best first.</source>
        <translation>{count} 对可能重复，按相似度排列。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="294"/>
        <source>One of these cards was deleted or merged meanwhile. Search again to update the list.</source>
        <translation>其中一张资料卡已被删除或合并。请重新查找以更新列表。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="303"/>
        <source>The cards could not be read.</source>
        <translation>无法读取这两张资料卡。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="306"/>
        <source>Reading the two cards…</source>
        <translation>正在读取两张资料卡…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="321"/>
        <source>Merge the card of {merged} into the card of {kept}?</source>
        <translation>将{merged}的资料卡合并到{kept}的资料卡？</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="325"/>
        <source>Note: one card is a person and the other an organisation.</source>
        <translation>注意：一张是个人资料卡，另一张是单位资料卡。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="327"/>
        <source>Everything recorded on {merged} moves to {kept}. Values taken from {merged}: {fields}.</source>
        <translation>{merged}名下的全部记录转到{kept}。采用{merged}的字段：{fields}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="331"/>
        <source>The merge can be undone under Recent merges.</source>
        <translation>可在“最近的合并”中撤销此次合并。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="333"/>
        <source>Merge cards</source>
        <translation>合并资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="337"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="339"/>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="164"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="369"/>
        <source>{merged} was merged into {kept}.</source>
        <translation>已将 {merged} 合并到 {kept}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="417"/>
        <source>{first} and {second} are marked as different customers.</source>
        <translation>{first} 和 {second} 已标记为不同的客户。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/duplicates.py" line="471"/>
        <source>Cards were changed since this search. Search again to update the list.</source>
        <translation>查找之后资料卡有变动。请重新查找以更新列表。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="35"/>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="30"/>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="57"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="35"/>
        <source>none (all from the kept card)</source>
        <translation>无（全部沿用保留的资料卡）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="42"/>
        <source>Undone {when}</source>
        <translation>已于 {when} 撤销</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="44"/>
        <source>Can be undone</source>
        <translation>可撤销</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="45"/>
        <source>Undo the later merge into {name} first</source>
        <translation>须先撤销之后合并到{name}的操作</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="52"/>
        <source>Merged at</source>
        <translation>合并时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="54"/>
        <source>Kept card</source>
        <translation>保留的资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="55"/>
        <source>Merged card</source>
        <translation>并入的资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="56"/>
        <source>Values taken from the merged card</source>
        <translation>采用并入卡的字段</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="58"/>
        <source>Moved to the kept card</source>
        <translation>转到保留卡的记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="60"/>
        <source>Moved: {moved}
Already on the kept card, set aside: {aside}</source>
        <translation>已转移：{moved}
保留卡已有、另行留存：{aside}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="63"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="64"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="119"/>
        <source>Undo merge…</source>
        <translation>撤销合并…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="120"/>
        <source>Undoing a merge brings the merged card back with everything that moved from it, and gives the kept card its own values back.</source>
        <translation>撤销合并后，并入的资料卡连同转出的全部记录恢复原样，保留的资料卡也恢复其原有字段值。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="153"/>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="161"/>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_history.py" line="154"/>
        <source>Undo the merge of {merged} into {kept}? {merged} comes back with everything that moved from it.</source>
        <translation>撤销将{merged}合并到{kept}的操作？{merged}将连同转出的全部记录恢复。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="17"/>
        <source>same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="18"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="19"/>
        <source>same name (pinyin) and birth date</source>
        <translation>姓名读音及出生日期相同</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="22"/>
        <source>same name (pinyin) only</source>
        <translation>仅姓名读音相同</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="23"/>
        <source>but different ID numbers</source>
        <translation>但证件号不同</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="24"/>
        <source>but different genders</source>
        <translation>但性别不同</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="38"/>
        <source>visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="39"/>
        <source>transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="40"/>
        <source>follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="41"/>
        <source>complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="42"/>
        <source>surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="43"/>
        <source>tier changes</source>
        <translation>等级变动</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="44"/>
        <source>relations</source>
        <translation>关系人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="45"/>
        <source>phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="46"/>
        <source>addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="47"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="48"/>
        <source>consents</source>
        <translation>联系许可</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="49"/>
        <source>custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="56"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="58"/>
        <source>{what} {count}</source>
        <translation>{what} {count}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="89"/>
        <source>One of these cards was merged meanwhile. Search again to update the list.</source>
        <translation>其中一张资料卡已被合并。请重新查找以更新列表。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="93"/>
        <source>The card no longer exists. Search again to update the list.</source>
        <translation>该资料卡已不存在。请重新查找以更新列表。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="96"/>
        <source>The card of {name} was deleted; restore it first to keep it.</source>
        <translation>{name}的资料卡已删除；如要保留它，请先恢复。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="99"/>
        <source>The card of {name} was merged into another card; undo that merge to bring it back.</source>
        <translation>{name}的资料卡已合并到另一张资料卡；撤销那次合并即可恢复。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="103"/>
        <source>A card cannot be merged with itself.</source>
        <translation>资料卡不能与自身合并。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="104"/>
        <source>This merge no longer exists.</source>
        <translation>此次合并已不存在。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="105"/>
        <source>This merge was already undone.</source>
        <translation>此次合并已撤销。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/merge_texts.py" line="106"/>
        <source>A later merge into the same card must be undone first (it is higher in the list).</source>
        <translation>须先撤销之后合并到同一资料卡的操作（在列表中位置更靠上）。</translation>
    </message>
</context>
<context>
    <name>FollowupActions</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_actions.py" line="47"/>
        <source>5 — very satisfied</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_actions.py" line="48"/>
        <source>4 — satisfied</source>
        <translation>4 — 满意</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_actions.py" line="49"/>
        <source>3 — neutral</source>
        <translation>3 — 一般</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_actions.py" line="50"/>
        <source>2 — dissatisfied</source>
        <translation>2 — 不满意</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_actions.py" line="51"/>
        <source>1 — very dissatisfied</source>
        <translation>1 — 非常不满意</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_actions.py" line="61"/>
        <source>{customer} · {phone} · {reason}, due {due}</source>
        <translation>{customer} · {phone} · {reason}，应于 {due} 回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_actions.py" line="120"/>
        <source>Complete the follow-up</source>
        <translation>完成回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_actions.py" line="126"/>
        <location filename="../../cs_desktop/ui/dialogs/followup_actions.py" line="130"/>
        <source>(not asked)</source>
        <translation>（未询问）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_actions.py" line="133"/>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_actions.py" line="134"/>
        <source>&amp;Satisfaction (1-5):</source>
        <translation>满意度 (1-5)(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_actions.py" line="135"/>
        <source>Would &amp;recommend us (0-10):</source>
        <translation>推荐意愿 (0-10)(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_actions.py" line="155"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; (if the customer answers; every question is optional)</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;（客户愿意回答时填写；每题均可不答）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_actions.py" line="198"/>
        <source>Reschedule the follow-up</source>
        <translation>改期回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_actions.py" line="204"/>
        <source>e.g. the customer asked to be called next week</source>
        <translation>例如：客户要求下周再联系</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_actions.py" line="206"/>
        <source>New &amp;date:</source>
        <translation>新日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_actions.py" line="207"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>FollowupRulesDialog</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_rules.py" line="119"/>
        <source>Follow-up settings</source>
        <translation>回访设置</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_rules.py" line="120"/>
        <source>Visit purposes offered at the counter</source>
        <translation>柜台可选的来访目的</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_rules.py" line="122"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_rules.py" line="123"/>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_rules.py" line="124"/>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_rules.py" line="125"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_rules.py" line="126"/>
        <source>Follow-up calls</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_rules.py" line="128"/>
        <source>Could not reach: try again after (days):</source>
        <translation>未联系上：再次联系间隔（天）：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_rules.py" line="129"/>
        <source>Give up after this many attempts (0: never):</source>
        <translation>尝试多少次后放弃（0：不放弃）：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_rules.py" line="130"/>
        <source>Follow up a closed complaint after (days):</source>
        <translation>投诉结案后回访（天）：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_rules.py" line="131"/>
        <source>Follow up a visit&apos;s next step after (days):</source>
        <translation>来访后按后续事项回访（天）：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_rules.py" line="134"/>
        <source>&amp;Birthday care calls (solar or lunar, as the card says)</source>
        <translation>生日关怀回访（按资料卡为公历或农历）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_rules.py" line="136"/>
        <source>&amp;Holiday care calls (the holidays of the work calendar)</source>
        <translation>节日关怀回访（按工作日历中的节假日）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_rules.py" line="138"/>
        <source>Care and routine calls only to customers who &amp;agreed to be called</source>
        <translation>关怀和定期回访只打给同意接听电话的客户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_rules.py" line="141"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_rules.py" line="142"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_rules.py" line="185"/>
        <source>New purpose</source>
        <translation>新目的</translation>
    </message>
</context>
<context>
    <name>FollowupTexts</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="16"/>
        <source>Planned by hand</source>
        <translation>人工安排</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="17"/>
        <source>After a visit</source>
        <translation>来访后</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="18"/>
        <source>After a complaint</source>
        <translation>投诉后</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="19"/>
        <source>Routine (tier)</source>
        <translation>定期（按等级）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="20"/>
        <source>Birthday care</source>
        <translation>生日关怀</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="21"/>
        <source>Holiday care</source>
        <translation>节日关怀</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="27"/>
        <source>At the counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="28"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="29"/>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="30"/>
        <source>Home visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="36"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="37"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="38"/>
        <source>Would recommend (0-10)</source>
        <translation>推荐意愿 (0-10)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="39"/>
        <source>Reason for the new date</source>
        <translation>改期原因</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="40"/>
        <source>New date</source>
        <translation>新日期</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="41"/>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="42"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="43"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="44"/>
        <source>Next step</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="45"/>
        <source>Follow-up date</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="46"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="47"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="48"/>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="49"/>
        <source>Days before trying again</source>
        <translation>再次联系间隔天数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="50"/>
        <source>Attempts before giving up</source>
        <translation>放弃前的尝试次数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="51"/>
        <source>Days after a closed complaint</source>
        <translation>投诉结案后天数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="52"/>
        <source>Days after a visit</source>
        <translation>来访后天数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="53"/>
        <source>Days caught up after a pause</source>
        <translation>停用后补生成天数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="54"/>
        <source>Visit purposes</source>
        <translation>来访目的</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="61"/>
        <source>this is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="62"/>
        <source>too long, at most {max} characters.</source>
        <translation>内容过长，最多 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="64"/>
        <source>must be between {min} and {max}.</source>
        <translation>须在 {min} 到 {max} 之间。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="66"/>
        <source>this value is out of range.</source>
        <translation>数值超出范围。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="67"/>
        <source>the date has already passed.</source>
        <translation>日期已过。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="68"/>
        <source>choose a date other than the current one.</source>
        <translation>请选择与当前不同的日期。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="69"/>
        <source>this time is still to come.</source>
        <translation>该时间尚未到来。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="70"/>
        <source>the time has no time zone.</source>
        <translation>时间缺少时区。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="71"/>
        <source>choose one of the listed values.</source>
        <translation>请从列出的选项中选择。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="72"/>
        <source>each entry may appear only once.</source>
        <translation>每项只能出现一次。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="73"/>
        <source>choose the customer from the list.</source>
        <translation>请从列表中选择客户。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="74"/>
        <source>the customer has not agreed to be called.</source>
        <translation>客户未同意接听电话。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="76"/>
        <source>it was already closed at another counter.</source>
        <translation>已在其他柜台处理完毕。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="78"/>
        <source>not accepted ({code}).</source>
        <translation>未被接受（{code}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="85"/>
        <source>This follow-up was changed at another counter meanwhile. The list has been read again; please try once more.</source>
        <translation>此回访刚在其他柜台被修改。列表已重新读取，请再试一次。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="88"/>
        <source>This follow-up no longer exists.</source>
        <translation>此回访已不存在。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/followup_texts.py" line="92"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="115"/>
        <source>Due</source>
        <translation>应回访日期</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="116"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="117"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="118"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="119"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="121"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="123"/>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="124"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="194"/>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="199"/>
        <source>&amp;Mine only</source>
        <translation>只看我的(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="202"/>
        <source>&amp;Complete…</source>
        <translation>完成(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="203"/>
        <source>The call was made: record its outcome and the customer&apos;s satisfaction (Enter)</source>
        <translation>已回访：记录结果和客户满意度（回车）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="206"/>
        <source>Could &amp;not reach</source>
        <translation>未联系上(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="207"/>
        <source>Count the attempt; the follow-up comes back after the days set in Settings</source>
        <translation>记一次尝试；按设置中的天数后再次列入待回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="210"/>
        <source>&amp;Reschedule…</source>
        <translation>改期(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="211"/>
        <source>Open c&amp;ard</source>
        <translation>打开资料卡(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="212"/>
        <source>&amp;Print today&apos;s forms…</source>
        <translation>打印今天的回访表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="214"/>
        <source>The follow-up form of every customer due today, in one file</source>
        <translation>今天到期的每位客户的回访记录表，合在一个文件中</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="218"/>
        <source>&amp;Show them</source>
        <translation>查看(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="219"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="227"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="228"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="229"/>
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="235"/>
        <source>Fell due while closed ({count})</source>
        <translation>关闭期间到期（{count}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="239"/>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="250"/>
        <source>Available once staff sign in: then only the follow-ups assigned to you are listed.</source>
        <translation>员工登录后可用：届时只列出分配给您的回访。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="257"/>
        <source>All reasons</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="259"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="274"/>
        <source>{date} ({days} d late)</source>
        <translation>{date}（超时 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="280"/>
        <source>moved from {date}</source>
        <translation>由 {date} 改期</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="289"/>
        <source>{count} follow-ups</source>
        <translation>共 {count} 条回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="295"/>
        <source>While the app was closed (since {date}), {count} follow-ups fell due.</source>
        <translation>程序关闭期间（自 {date} 起）有 {count} 条回访到期。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="423"/>
        <source>Follow-up of {name} completed.</source>
        <translation>{name} 的回访已完成。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="440"/>
        <source>Follow-up of {name} moved to {date}.</source>
        <translation>{name} 的回访已改期至 {date}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="456"/>
        <source>{name} could not be reached after {n} attempts: the follow-up is closed as unreachable.</source>
        <translation>{name} 经 {n} 次尝试仍未联系上：此回访已按无法联系关闭。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/followups.py" line="460"/>
        <source>Attempt {n} to reach {name} recorded: back on the list on {date}.</source>
        <translation>已记录第 {n} 次联系 {name} 未果：将于 {date} 再次列入待回访。</translation>
    </message>
</context>
<context>
    <name>FormSettings</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="51"/>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="52"/>
        <source>The header text</source>
        <translation>页眉文字</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="53"/>
        <source>The footer text</source>
        <translation>页脚文字</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="56"/>
        <source>{field} is too long: at most {max} characters.</source>
        <translation>{field}太长：最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="58"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>标志必须是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="59"/>
        <source>The logo file is too big: at most {kb} KB.</source>
        <translation>标志文件太大：最多 {kb} KB。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="61"/>
        <source>The logo is too small: at least {px} pixels on each side.</source>
        <translation>标志太小：每边至少 {px} 像素。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="64"/>
        <source>The logo is too large: at most {px} pixels on a side.</source>
        <translation>标志太大：每边最多 {px} 像素。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="67"/>
        <source>The logo file was not found.</source>
        <translation>找不到标志文件。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="68"/>
        <source>The logo file could not be read.</source>
        <translation>无法读取标志文件。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="70"/>
        <source>Not saved ({code}).</source>
        <translation>未保存（{code}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="162"/>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="308"/>
        <source>Printed forms</source>
        <translation>打印表单</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="163"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="164"/>
        <source>&amp;Header text:</source>
        <translation>页眉文字(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="165"/>
        <source>&amp;Footer text:</source>
        <translation>页脚文字(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="166"/>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="167"/>
        <source>Printed at the top right, e.g. the department</source>
        <translation>印在右上角，例如科室名称</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="169"/>
        <source>Printed at the bottom of every page, e.g. a privacy note</source>
        <translation>印在每页底部，例如隐私提示</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="171"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="172"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="173"/>
        <source>PNG or JPEG, at most {kb} KB and {px} pixels on a side; printed 1 cm high beside the site&apos;s name. It is kept in the database, so every counter prints it.</source>
        <translation>PNG 或 JPEG，最多 {kb} KB，每边最多 {px} 像素；以 1 厘米高印在本站名称旁。图片保存在数据库中，所以每个柜台打印的都一样。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="177"/>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="178"/>
        <source>The blank form with the text and logo as typed, before saving</source>
        <translation>保存前，用当前输入的文字和标志预览空白表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="180"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="181"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="222"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="248"/>
        <source>Choose the logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="249"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="278"/>
        <source>Nothing to save.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="294"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="309"/>
        <source>Save the changes to the printed forms?</source>
        <translation>保存对打印表单的修改吗？</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="312"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="314"/>
        <source>Discard</source>
        <translation>不保存</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/form_settings.py" line="316"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="22"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="23"/>
        <source>Person or organisation</source>
        <translation>个人或单位</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="24"/>
        <source>Organisation name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="25"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="26"/>
        <source>Address (whole)</source>
        <translation>地址（完整）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="27"/>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="28"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="29"/>
        <source>District or county</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="30"/>
        <source>Street and number</source>
        <translation>街道门牌</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="31"/>
        <source>Postal code</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="43"/>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>Excel 工作簿，工作表“{sheet}”</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="47"/>
        <source>CSV text, UTF-8</source>
        <translation>CSV 文本，UTF-8 编码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="48"/>
        <source>CSV text, UTF-8 with BOM</source>
        <translation>CSV 文本，UTF-8 编码（带 BOM）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="49"/>
        <source>CSV text, GBK/GB18030 (as Excel saves it in China)</source>
        <translation>CSV 文本，GBK/GB18030 编码（中文 Excel 默认保存格式）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="50"/>
        <source>CSV text, UTF-16</source>
        <translation>CSV 文本，UTF-16 编码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="56"/>
        <source>The same ID number or credit code</source>
        <translation>相同的证件号码或统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="57"/>
        <source>The same phone number</source>
        <translation>相同的电话号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="58"/>
        <source>Do not look for existing cards</source>
        <translation>不查找已有资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="64"/>
        <source>Leave the existing card as it is (skip the line)</source>
        <translation>保留已有资料卡不变（跳过该行）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="65"/>
        <source>Update the existing card with the filled cells</source>
        <translation>用已填写的单元格更新已有资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="66"/>
        <source>Create a new card anyway</source>
        <translation>仍然新建资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="74"/>
        <source>“{value}” is not a gender (男/女, M/F).</source>
        <translation>“{value}”不是性别（应为 男/女 或 M/F）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="77"/>
        <source>“{value}” is neither a person (个人) nor an organisation (单位).</source>
        <translation>“{value}”既不是个人也不是单位。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="80"/>
        <source>“{value}” is not a known ID document.</source>
        <translation>“{value}”不是已知的证件类型。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="83"/>
        <source>Excel stored the ID number as a number and lost its last digits: format the column as text and type the numbers again.</source>
        <translation>Excel 把证件号码存成了数字，丢失了最后几位：请把该列设为文本格式，再重新输入号码。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="86"/>
        <source>The same customer as line {line} of the file.</source>
        <translation>与文件第 {line} 行是同一位客户。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="89"/>
        <source>Matches {count} existing cards: merge them first.</source>
        <translation>匹配到 {count} 张已有资料卡：请先合并它们。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="92"/>
        <source>Matches the same existing card as line {line}.</source>
        <translation>与第 {line} 行匹配到同一张已有资料卡。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="101"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="103"/>
        <source>The file cannot be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="106"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="108"/>
        <source>The file is larger than {max_mb} MB.</source>
        <translation>文件大于 {max_mb} MB。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="111"/>
        <source>The file has a header line but no customers below it.</source>
        <translation>文件只有表头，下面没有客户。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="113"/>
        <source>No column holds the customer&apos;s name: choose “Name” or “Organisation name” for one of the columns.</source>
        <translation>没有哪一列是客户名称：请为其中一列选择“姓名”或“单位名称”。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="116"/>
        <source>This file is not a spreadsheet. Choose a .csv or .xlsx file.</source>
        <translation>这个文件不是表格文件。请选择 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="119"/>
        <source>The file is neither UTF-8 nor GBK text. Save it from Excel as “CSV UTF-8” or as an .xlsx workbook.</source>
        <translation>文件既不是 UTF-8 也不是 GBK 编码的文本。请在 Excel 中另存为“CSV UTF-8”或 .xlsx 工作簿。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="122"/>
        <source>Excel 97-2003 files (.xls) cannot be read. Save it from Excel as an .xlsx workbook or as CSV.</source>
        <translation>无法读取 Excel 97-2003 文件（.xls）。请在 Excel 中另存为 .xlsx 工作簿或 CSV。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="125"/>
        <source>The workbook is damaged or not an Excel .xlsx file.</source>
        <translation>工作簿已损坏，或不是 Excel .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="127"/>
        <source>The file cannot be read as CSV near line {line}.</source>
        <translation>文件在第 {line} 行附近无法按 CSV 读取。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="130"/>
        <source>The columns of the file have changed: choose the file again.</source>
        <translation>文件的列已经改变：请重新选择文件。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="133"/>
        <source>Customer cards were changed since the check, so nothing was imported. Start the import again to check the file anew.</source>
        <translation>检查之后客户资料卡有了变动，因此没有导入任何内容。请重新开始导入，再检查一次文件。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="136"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>导入已取消，数据没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="138"/>
        <source>Someone changed a matched card during the import, so nothing was imported. Try again.</source>
        <translation>导入期间有人修改了匹配的资料卡，因此没有导入任何内容。请重试。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_texts.py" line="140"/>
        <source>The file cannot be imported ({code}).</source>
        <translation>无法导入该文件（{code}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="63"/>
        <source>Something went wrong: {error}</source>
        <translation>出现错误：{error}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="92"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="93"/>
        <source>A .csv file (UTF-8 or GBK, as Excel saves it) or an .xlsx workbook, one customer per line below a header line.</source>
        <translation>.csv 文件（UTF-8 或 Excel 保存的 GBK 编码）或 .xlsx 工作簿，表头下面每行一位客户。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="96"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="101"/>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="524"/>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="102"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="122"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="132"/>
        <source>{kind} · header on line {line} · {lines} customer lines</source>
        <translation>{kind} · 表头在第 {line} 行 · 共 {lines} 行客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="170"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="171"/>
        <source>What each column holds. Known headers are recognised; your choices are remembered for files with the same columns.</source>
        <translation>每一列的内容。常见表头会自动识别；您的选择会为相同列的文件记住。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="174"/>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="331"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="175"/>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="176"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="182"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="228"/>
        <source>Choose the column that holds the name.</source>
        <translation>请选择存放姓名的列。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="232"/>
        <source>Two columns are imported as “{field}”: keep one.</source>
        <translation>有两列都导入为“{field}”：请只保留一列。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="269"/>
        <source>Customers already registered</source>
        <translation>已登记的客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="270"/>
        <source>How a line finds a card that is already in the database, and what happens then.</source>
        <translation>一行如何找到数据库中已有的资料卡，以及找到后如何处理。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="281"/>
        <source>A line &amp;matches a card with</source>
        <translation>按以下条件匹配资料卡(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="282"/>
        <source>&amp;When a line matches</source>
        <translation>匹配到时(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="327"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="328"/>
        <source>Every line was checked as the card dialog checks a card. Nothing has been written yet.</source>
        <translation>每一行都已按资料卡的规则检查过。目前还没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="330"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="332"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="333"/>
        <source>Import the other lines and leave out the rejected ones</source>
        <translation>导入其他行，跳过被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="335"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="344"/>
        <source>Checking every line…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="379"/>
        <source>{lines} lines: {created} new cards, {updated} cards updated, {skipped} skipped, {rejected} lines rejected.</source>
        <translation>共 {lines} 行：新建 {created} 张资料卡，更新 {updated} 张，跳过 {skipped} 行，拒绝 {rejected} 行。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="384"/>
        <source>There is nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="397"/>
        <source>The first {count} reasons are listed.</source>
        <translation>仅列出前 {count} 条原因。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="433"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="434"/>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="446"/>
        <source>Importing… All lines are written together at the end; cancel leaves the database as it was.</source>
        <translation>正在导入… 所有行最后一次性写入；取消后数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="464"/>
        <source>Imported: {created} new cards, {updated} cards updated, {skipped} lines skipped, {rejected} lines left out.</source>
        <translation>导入完成：新建 {created} 张资料卡，更新 {updated} 张，跳过 {skipped} 行，未导入 {rejected} 行。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/import_wizard.py" line="487"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>KpiDrill</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="40"/>
        <source>follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="41"/>
        <source>at the counter</source>
        <translation>窗口现场</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="42"/>
        <source>paper form</source>
        <translation>纸质表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="43"/>
        <source>complaint closure</source>
        <translation>投诉结案</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="49"/>
        <source>to do</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="50"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="51"/>
        <source>not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="52"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="53"/>
        <source>registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="54"/>
        <source>investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="55"/>
        <source>resolving</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="56"/>
        <source>feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="57"/>
        <source>waiting for the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="58"/>
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="59"/>
        <source>reviewed</source>
        <translation>已复盘</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="64"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="65"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="68"/>
        <source>Answered</source>
        <translation>填写时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="70"/>
        <source>Survey</source>
        <translation>调查表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="71"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="72"/>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="74"/>
        <source>NPS</source>
        <translation>NPS（净推荐值）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="77"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="82"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="84"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="85"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="88"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="91"/>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="92"/>
        <source>Resolution time</source>
        <translation>解决用时</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="94"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="95"/>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="96"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="98"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="101"/>
        <source>At first contact</source>
        <translation>首次接触解决</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="103"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="103"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="105"/>
        <source>In the customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="119"/>
        <source>{kpi}: the records behind it</source>
        <translation>{kpi}：明细记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="124"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="139"/>
        <source>Double-click a row to open it.</source>
        <translation>双击一行可打开。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="151"/>
        <source>{kpi} · {period}{filters}</source>
        <translation>{kpi} · {period}{filters}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="160"/>
        <source>{count} records</source>
        <translation>{count} 条</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_drill.py" line="161"/>
        <source>No records.</source>
        <translation>没有记录。</translation>
    </message>
</context>
<context>
    <name>KpiTargets</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_targets.py" line="43"/>
        <source>KPI targets</source>
        <translation>KPI 目标</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_targets.py" line="59"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_targets.py" line="61"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_targets.py" line="72"/>
        <source>Back to the defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_targets.py" line="78"/>
        <source>The defaults come from the service standards: first-contact resolution at least 75%, satisfaction at least 4.5 of 5, first response within 10 minutes, resolution within 4 hours, complaint rate at most 0.5%, NPS at least 60.</source>
        <translation>默认值来自服务标准：首次接触解决率不低于 75%，满意度不低于 4.5 分（满分 5 分），首次响应不超过 10 分钟，解决不超过 4 小时，投诉率不高于 0.5%，NPS 不低于 60。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/kpi_targets.py" line="117"/>
        <source>{kpi}: this target is out of range. Nothing was saved.</source>
        <translation>{kpi}：目标超出范围。未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="205"/>
        <source>Customer Service Desk — {site}</source>
        <translation>客户服务台 — {site}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="212"/>
        <source>{page}  ({count})</source>
        <translation>{page}（{count}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="214"/>
        <source>{page} (Ctrl+{key})</source>
        <translation>{page}（Ctrl+{key}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="216"/>
        <source>Database in use</source>
        <translation>正在使用的数据库</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="275"/>
        <source>Counts unavailable</source>
        <translation>暂时无法统计</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="283"/>
        <source>Counting records…</source>
        <translation>正在统计记录…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="287"/>
        <source>{open} ({overdue} overdue)</source>
        <translation>{open}（超时 {overdue}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="290"/>
        <source>Customers {customers} · Visits {visits} · Open complaints {complaints} · Follow-ups due {due}</source>
        <translation>客户 {customers} · 来访 {visits} · 未结投诉 {complaints} · 待回访 {due}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="389"/>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="397"/>
        <source>Something went wrong</source>
        <translation>操作未完成</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/main_window.py" line="398"/>
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
    <name>PagedRows</name>
    <message>
        <location filename="../../cs_desktop/ui/models/paged_rows.py" line="159"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>PairCompare</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/pair_compare.py" line="100"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/pair_compare.py" line="184"/>
        <source>Choose a pair in the list to compare the two cards.</source>
        <translation>在列表中选择一对，即可对比两张资料卡。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/pair_compare.py" line="203"/>
        <source>Keep this card</source>
        <translation>保留此卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/pair_compare.py" line="270"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/pair_compare.py" line="276"/>
        <source>{visits} visits, last {last}, value ¥{value}</source>
        <translation>来访 {visits} 次，最近 {last}，消费 ¥{value}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/pair_compare.py" line="280"/>
        <source>{count} open complaints</source>
        <translation>未结投诉 {count} 件</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/pair_compare.py" line="286"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/pair_compare.py" line="288"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/pair_compare.py" line="291"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/pair_compare.py" line="292"/>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/pair_compare.py" line="293"/>
        <source>Card created</source>
        <translation>建档</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/pair_compare.py" line="335"/>
        <source>{kept} stays. Phones, addresses, tags, consents and every visit, complaint and follow-up of {merged} move to it, and {merged} is closed. Where two values differ, the chosen one is kept and the other is recorded with the merge.</source>
        <translation>保留{kept}。{merged}的电话、地址、标签、联系许可以及全部来访、投诉、回访记录都转到该卡，{merged}的资料卡随即关闭。两值不同处保留所选的值，另一值记入合并记录。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/pair_compare.py" line="343"/>
        <source>{name} (left)</source>
        <translation>左侧的{name}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/pair_compare.py" line="344"/>
        <source>{name} (right)</source>
        <translation>右侧的{name}</translation>
    </message>
</context>
<context>
    <name>ParetoCurve</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/pareto_curve.py" line="52"/>
        <source>No value in the period yet.</source>
        <translation>统计期内尚无消费金额。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/pareto_curve.py" line="53"/>
        <source>The best {customers}% of customers bring {value}% of the value.</source>
        <translation>价值最高的 {customers}% 客户贡献了 {value}% 的价值。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/pareto_curve.py" line="91"/>
        <source>Customers, best first</source>
        <translation>客户（按价值从高到低）</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="61"/>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="62"/>
        <source>This complaint no longer exists.</source>
        <translation>该投诉已不存在。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="63"/>
        <source>No active survey has this code.</source>
        <translation>没有使用此代码的启用中的调查。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="64"/>
        <source>No tier rule is active: choose one in Settings &gt; Customer tiers.</source>
        <translation>没有启用的分级规则：请先在“设置 &gt; 客户等级”中选择一个。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="66"/>
        <source>The form could not be made ({code}).</source>
        <translation>无法生成表单（{code}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="73"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="89"/>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="239"/>
        <source>Print preview — {form}</source>
        <translation>打印预览 — {form}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="241"/>
        <source>&amp;Blank form, to fill in by hand</source>
        <translation>空白表，供手写填写(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="242"/>
        <source>&amp;Full ID and phone numbers</source>
        <translation>完整证件号和电话号码(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="243"/>
        <source>Numbers print masked (138****8000) unless this is ticked. Your role allows printing them whole.</source>
        <translation>除非勾选此项，号码打印时会部分隐藏（138****8000）。您的角色允许打印完整号码。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="246"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="247"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="248"/>
        <source>Zoom (Ctrl++ and Ctrl+-)</source>
        <translation>缩放（Ctrl++ 和 Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="249"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="250"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="251"/>
        <source>Previous page (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="252"/>
        <source>Next page (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="253"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="254"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="255"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="256"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="273"/>
        <source>Preparing the form…</source>
        <translation>正在生成表单…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="291"/>
        <source>Laying out form {done} of {total}…</source>
        <translation>正在排版第 {done} 份，共 {total} 份…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="306"/>
        <source>No font has these characters; they print as a red 〓: {chars}</source>
        <translation>以下字符没有字体可以显示，将打印为红色的 〓：{chars}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="310"/>
        <source>{count} boxes were too long and are cut, marked …(未完).</source>
        <translation>有 {count} 个栏目内容过长被截断，已标注“…(未完)”。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="323"/>
        <source>Stopped: no form was made. Tick or untick an option above, or close this window.</source>
        <translation>已停止：未生成表单。可勾选或取消上方的选项重新生成，或关闭此窗口。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="328"/>
        <source>The form could not be made.</source>
        <translation>无法生成表单。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="354"/>
        <source>Laying out page {page}…</source>
        <translation>正在排版第 {page} 页…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="390"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="415"/>
        <source>{form} (blank)</source>
        <translation>{form}（空白）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="424"/>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="435"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="425"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="431"/>
        <source>Saved as {path}</source>
        <translation>已保存为 {path}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="435"/>
        <source>The file could not be saved: {error}</source>
        <translation>无法保存文件：{error}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="457"/>
        <source>Sending to the printer…</source>
        <translation>正在发送到打印机…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="474"/>
        <source>{count} pages sent to {printer}.</source>
        <translation>已将 {count} 页发送到 {printer}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="481"/>
        <source>Printing stopped.</source>
        <translation>已停止打印。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="483"/>
        <source>Printing failed: {error}</source>
        <translation>打印失败：{error}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/print_preview.py" line="492"/>
        <source>Sending page {done} of {total} to the printer…</source>
        <translation>正在发送第 {done} 页，共 {total} 页…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="50"/>
        <source>Customer info card</source>
        <translation>客户资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="51"/>
        <source>Customer management card</source>
        <translation>客户管理卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="52"/>
        <source>Customer address classification table</source>
        <translation>客户地址分类表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="53"/>
        <source>Customer tier classification table</source>
        <translation>客户等级分类表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="54"/>
        <source>Complaint record form</source>
        <translation>客户投诉记录表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="55"/>
        <source>Follow-up form</source>
        <translation>客户回访记录表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="56"/>
        <source>Satisfaction survey form</source>
        <translation>客户满意度调查表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="57"/>
        <source>Monthly KPI report</source>
        <translation>服务质量月报</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="66"/>
        <source>Print the day&apos;s follow-up forms</source>
        <translation>打印某日的回访记录表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="71"/>
        <source>One form per customer with an open follow-up due that day, all in one file.</source>
        <translation>当天每位有待回访的客户各一份，合在一个文件中。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="77"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="79"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="84"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="108"/>
        <source>{form} — {subject}</source>
        <translation>{form} — {subject}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="170"/>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="194"/>
        <location filename="../../cs_desktop/ui/printing.py" line="251"/>
        <source>&amp;Blank forms</source>
        <translation>空白表(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="219"/>
        <source>{form} of the {count} customers listed…</source>
        <translation>当前列表 {count} 位客户的{form}…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="225"/>
        <source>as listed</source>
        <translation>当前列表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="248"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="249"/>
        <source>Print the &amp;day&apos;s follow-up forms…</source>
        <translation>打印某日的回访记录表(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/printing.py" line="250"/>
        <source>Print the &amp;satisfaction survey form…</source>
        <translation>打印满意度调查表(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>QuickCustomer</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/quick_customer.py" line="33"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/quick_customer.py" line="46"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/quick_customer.py" line="47"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/quick_customer.py" line="54"/>
        <source>Only for someone the search does not find. The rest of the card can be filled in later from the customer list.</source>
        <translation>仅用于搜索不到的客户。资料卡的其余内容可以稍后在客户列表中补填。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/quick_customer.py" line="78"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/quick_customer.py" line="79"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/quick_customer.py" line="81"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../cs_desktop/ui/reminders.py" line="52"/>
        <source>Customer service desk</source>
        <translation>客户服务台</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/reminders.py" line="109"/>
        <source>Follow-ups due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/reminders.py" line="110"/>
        <source>{new} more follow-ups are due: {today} today, {overdue} overdue.</source>
        <translation>新增 {new} 条待回访：今天 {today} 条，已超时 {overdue} 条。</translation>
    </message>
</context>
<context>
    <name>ReportBars</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_bars.py" line="63"/>
        <source>Figure:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_bars.py" line="64"/>
        <source>per</source>
        <translation>按</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_bars.py" line="69"/>
        <source>Nothing to compare in this period.</source>
        <translation>本期没有可对比的数据。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_bars.py" line="89"/>
        <source>Working out the figures…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_bars.py" line="113"/>
        <source>{kpi} per {by}, weakest first ({target}). Click a bar for its records.</source>
        <translation>按{by}对比{kpi}，最弱的在前（{target}）。点击柱条查看明细。</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="50"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="51"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="47"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="48"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="23"/>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="24"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="25"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="26"/>
        <source>Counted over</source>
        <translation>统计基数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="27"/>
        <source>90th percentile</source>
        <translation>第 90 百分位</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="28"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="29"/>
        <source>Target met</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="30"/>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="31"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="32"/>
        <source>Survey items</source>
        <translation>调查项目</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="33"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="34"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="35"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="36"/>
        <source>Answers</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="37"/>
        <source>Improvement priority</source>
        <translation>改进优先级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="38"/>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="39"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="40"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="41"/>
        <source>Value of visits in the period (yuan)</source>
        <translation>本期来访价值（元）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="42"/>
        <source>Still visiting</source>
        <translation>仍在来访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="43"/>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="44"/>
        <source>Would return</source>
        <translation>愿意再来</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="45"/>
        <source>Would recommend</source>
        <translation>愿意推荐</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="46"/>
        <source>NPS</source>
        <translation>NPS（净推荐值）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_export.py" line="63"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_filters.py" line="100"/>
        <source>All sites</source>
        <translation>全部站点</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_filters.py" line="101"/>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_filters.py" line="102"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_filters.py" line="103"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_filters.py" line="105"/>
        <location filename="../../cs_desktop/ui/pages/report_filters.py" line="156"/>
        <location filename="../../cs_desktop/ui/pages/report_filters.py" line="162"/>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_filters.py" line="106"/>
        <source>The period before</source>
        <translation>上一期</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_filters.py" line="107"/>
        <source>The period after</source>
        <translation>下一期</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_filters.py" line="108"/>
        <source>Back to the current period</source>
        <translation>回到本期</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_filters.py" line="109"/>
        <source>Enter paper surveys…</source>
        <translation>录入纸质调查表…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_filters.py" line="110"/>
        <source>Targets…</source>
        <translation>目标…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_filters.py" line="111"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_filters.py" line="112"/>
        <source>Print the report…</source>
        <translation>打印报表…</translation>
    </message>
</context>
<context>
    <name>ReportLoyalty</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="36"/>
        <source>no answers</source>
        <translation>无答卷</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="60"/>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="87"/>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="113"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="61"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="63"/>
        <source>Value in the period (yuan)</source>
        <translation>本期价值（元）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="65"/>
        <source>Still visiting</source>
        <translation>仍在来访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="67"/>
        <source>{count} keep their usual rhythm</source>
        <translation>{count} 位仍按惯常频率来访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="69"/>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="152"/>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="71"/>
        <source>Would return</source>
        <translation>愿意再来</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="73"/>
        <source>Would recommend</source>
        <translation>愿意推荐</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="75"/>
        <source>NPS</source>
        <translation>NPS（净推荐值）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="77"/>
        <source>Answers</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="86"/>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="112"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="88"/>
        <source>Last visit</source>
        <translation>最近来访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="90"/>
        <source>Usually every</source>
        <translation>通常间隔</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="91"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="93"/>
        <source>Behind by</source>
        <translation>已超出</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="94"/>
        <source>{times}×</source>
        <translation>{times} 倍</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="96"/>
        <source>Visits</source>
        <translation>来访次数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="98"/>
        <source>Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="114"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="116"/>
        <source>Owed</source>
        <translation>欠款</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="118"/>
        <source>Over by</source>
        <translation>超出</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="148"/>
        <source>Loyalty per tier</source>
        <translation>各等级忠诚度</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="149"/>
        <source>Intention: the survey answers of the period. Behaviour: whether each customer still comes at their own usual rhythm, as of today.</source>
        <translation>意向：本期调查答卷。行为：截至今天，每位客户是否仍按自己惯常的频率来访。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="153"/>
        <source>Over the credit limit</source>
        <translation>超出信用额度</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="161"/>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="162"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="164"/>
        <source>{count} customers have stayed away at least twice as long as they usually do (and at least two weeks). Call them before they are gone.</source>
        <translation>{count} 位客户未来访的时间已达其惯常间隔的两倍以上（且至少两周）。请在流失前联系他们。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_loyalty.py" line="168"/>
        <source>{count} customers owe more than their credit limit.</source>
        <translation>{count} 位客户的欠款超出信用额度。</translation>
    </message>
</context>
<context>
    <name>ReportOverview</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_overview.py" line="98"/>
        <source>90th percentile: {value}</source>
        <translation>第 90 百分位：{value}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_overview.py" line="100"/>
        <source>Counted over {count}.</source>
        <translation>统计基数：{count}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_overview.py" line="108"/>
        <source>No figures in these periods.</source>
        <translation>这些期间没有数据。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_overview.py" line="113"/>
        <source>{kpi} over the last {count} periods ({target}); click a point for its records.</source>
        <translation>{kpi}近 {count} 期走势（{target}）；点击数据点查看明细。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_overview.py" line="117"/>
        <source>Records of {period}…</source>
        <translation>{period} 的明细…</translation>
    </message>
</context>
<context>
    <name>ReportSatisfaction</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_satisfaction.py" line="49"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_satisfaction.py" line="51"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_satisfaction.py" line="54"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_satisfaction.py" line="55"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_satisfaction.py" line="57"/>
        <source>Answers</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_satisfaction.py" line="93"/>
        <source>The radar needs answers to at least three survey items in this period.</source>
        <translation>雷达图需要本期至少三个调查项目有答卷。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_satisfaction.py" line="98"/>
        <source>Improve first</source>
        <translation>优先改进</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_satisfaction.py" line="100"/>
        <source>{n}. {item}: {score} (target {target})</source>
        <translation>{n}. {item}：{score} 分（目标 {target}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_satisfaction.py" line="106"/>
        <source>No survey answers in this period.</source>
        <translation>本期没有调查答卷。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_satisfaction.py" line="110"/>
        <source>Nobody answered the recommendation question in this period.</source>
        <translation>本期没有人回答推荐意愿题。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_satisfaction.py" line="113"/>
        <source>NPS {score}: {promoters} promoters ({p}), {passives} passives ({m}), {detractors} detractors ({d}).</source>
        <translation>NPS {score}：推荐者 {promoters} 人（{p}），中立者 {passives} 人（{m}），贬损者 {detractors} 人（{d}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_satisfaction.py" line="120"/>
        <source>The answers of this period…</source>
        <translation>本期答卷…</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="19"/>
        <source>Satisfaction index (CSI)</source>
        <translation>满意度指数（CSI）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="20"/>
        <source>Net promoter score (NPS)</source>
        <translation>净推荐值（NPS）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="21"/>
        <source>Rating over expectation (CSS)</source>
        <translation>评分与期望比（CSS）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="22"/>
        <source>Satisfied customers (CSAT)</source>
        <translation>满意客户比例（CSAT）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="23"/>
        <source>Resolved at first contact</source>
        <translation>首次接触解决率</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="24"/>
        <source>First response time (median)</source>
        <translation>首次响应时间（中位数）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="25"/>
        <source>Resolution time (median)</source>
        <translation>解决时间（中位数）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="26"/>
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="27"/>
        <source>Follow-ups completed</source>
        <translation>回访完成率</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="34"/>
        <source>The weighted mean of the survey items, on a 1-5 scale.</source>
        <translation>各调查项目的加权平均分（1–5 分）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="36"/>
        <source>% who would recommend us (9-10) minus % who would not (0-6).</source>
        <translation>愿意推荐（9–10 分）的百分比减去不愿推荐（0–6 分）的百分比。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="38"/>
        <source>Each customer&apos;s rating divided by what they expected; 1 or more means satisfied.</source>
        <translation>每位客户的评分除以其期望值；大于等于 1 表示满意。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="40"/>
        <source>Share of answers with an overall score of 4 or 5.</source>
        <translation>综合得分为 4 或 5 分的答卷比例。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="41"/>
        <source>Share of the complaints resolved in the period that were settled on the spot.</source>
        <translation>本期解决的投诉中当场解决的比例。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="43"/>
        <source>From receiving a complaint to the first answer; the 90th percentile is in the tooltip.</source>
        <translation>从受理投诉到首次答复的时间；第 90 百分位见提示。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="45"/>
        <source>From receiving a complaint to resolving it, for those resolved in the period.</source>
        <translation>从受理投诉到解决的时间，按本期解决的投诉统计。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="47"/>
        <source>Complaints received per visit or call.</source>
        <translation>每次来访或来电对应的投诉数。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="48"/>
        <source>Share of the follow-ups due so far in the period that were completed.</source>
        <translation>本期截至今天到期的回访中已完成的比例。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="72"/>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="79"/>
        <source>{count} min</source>
        <translation>{count} 分钟</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="74"/>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="83"/>
        <source>{count} h</source>
        <translation>{count} 小时</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="75"/>
        <source>{count} days</source>
        <translation>{count} 天</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="112"/>
        <source>target ≥ {value}</source>
        <translation>目标 ≥ {value}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="113"/>
        <source>target ≤ {value}</source>
        <translation>目标 ≤ {value}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="117"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="122"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="123"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="124"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="125"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="137"/>
        <source>{year} week {week} ({start}–{end})</source>
        <translation>{year}年第{week}周（{start}–{end}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="140"/>
        <source>{year}-{month}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="143"/>
        <source>{year} Q{quarter}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="160"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="161"/>
        <source>Complaint category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="162"/>
        <source>Customer tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="163"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="170"/>
        <source>(nobody recorded)</source>
        <translation>（未记录员工）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="171"/>
        <source>(no category)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="172"/>
        <source>(no tier)</source>
        <translation>（无等级）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/report_texts.py" line="173"/>
        <source>(unknown site)</source>
        <translation>（未知站点）</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="123"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="126"/>
        <source>Satisfaction and service</source>
        <translation>满意度与服务</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="127"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="128"/>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="129"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="130"/>
        <source>Loyalty and warnings</source>
        <translation>忠诚度与预警</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="131"/>
        <source>Reports are for supervisors and administrators: they compare staff members. Ask a supervisor to sign in.</source>
        <translation>报表仅供主管和管理员查看：其中有员工之间的对比。请主管登录。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="156"/>
        <source>Working out the figures…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="194"/>
        <source>{answers} survey answers, {complaints} complaints and {services} visits or calls in this period.</source>
        <translation>本期共有调查答卷 {answers} 份、投诉 {complaints} 件、来访或来电 {services} 次。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="247"/>
        <source>Service report {period}.xlsx</source>
        <translation>服务报表 {period}.xlsx</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="250"/>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="251"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="261"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="271"/>
        <source>Exported to {path}.</source>
        <translation>已导出到 {path}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="278"/>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="283"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="280"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/reports.py" line="283"/>
        <source>The report could not be written: {reason}</source>
        <translation>报表无法写入：{reason}</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <location filename="../../cs_desktop/ui/session_lock.py" line="30"/>
        <source>counter staff</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/session_lock.py" line="31"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/session_lock.py" line="32"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/session_lock.py" line="88"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/session_lock.py" line="90"/>
        <source>Signed in. Ctrl+L locks the window.</source>
        <translation>已登录。按 Ctrl+L 锁定窗口。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="178"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="182"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="183"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="185"/>
        <source>The change applies at once and is remembered on this PC.</source>
        <translation>更改立即生效，并在本机保存。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="187"/>
        <source>Customer tiers</source>
        <translation>客户等级分类表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="188"/>
        <source>The rule that classifies customers, and how each tier is served.</source>
        <translation>客户分级规则，以及各等级的服务方式。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="190"/>
        <source>Tier rules…</source>
        <translation>分级规则…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="191"/>
        <source>Tier service policies…</source>
        <translation>等级服务策略…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="192"/>
        <source>At start-up, recompute every customer&apos;s tier when the last run is older than (days; 0: only on demand):</source>
        <translation>启动时，若上次计算已超过以下天数，则重新计算全部客户等级（0 表示仅手动计算）：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="195"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="196"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="197"/>
        <source>Time limits, severity levels, categories, working hours and the holiday calendar that complaint deadlines are counted in.</source>
        <translation>投诉时限、严重程度、类别，以及计算期限所用的工作时间和节假日日历。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="200"/>
        <source>Complaint rules…</source>
        <translation>投诉规则…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="201"/>
        <source>Visits and follow-ups</source>
        <translation>来访与回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="202"/>
        <source>Visit purposes, when an unreachable customer is called again, follow-ups after complaints and visits, birthday and holiday care.</source>
        <translation>来访目的、未联系上的客户何时再联系、投诉和来访后的回访、生日和节日关怀。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="205"/>
        <source>Follow-up settings…</source>
        <translation>回访设置…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="207"/>
        <source>Printed forms</source>
        <translation>打印表单</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="208"/>
        <source>Each form&apos;s title, header and footer text and logo, as this site prints them.</source>
        <translation>本站打印的每种表单的标题、页眉、页脚文字和标志。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="211"/>
        <source>Printed forms…</source>
        <translation>打印表单…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="212"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="213"/>
        <source>In use:</source>
        <translation>正在使用：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="214"/>
        <source>This site:</source>
        <translation>本站点：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/settings.py" line="215"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="45"/>
        <source>Wrong user name or password. {left} tries left before the account locks.</source>
        <translation>用户名或密码错误。再错 {left} 次账号将被锁定。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="47"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="49"/>
        <source>Too many wrong passwords: the account is locked for {minutes} minutes. An administrator can unlock it now by resetting the password.</source>
        <translation>密码错误次数过多：账号已锁定 {minutes} 分钟。管理员可以通过重设密码立即解锁。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="53"/>
        <source>The password needs at least {min} characters.</source>
        <translation>密码至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="56"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="58"/>
        <source>Fill in every field.</source>
        <translation>请填写所有项目。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="60"/>
        <source>This user name is taken.</source>
        <translation>这个用户名已被使用。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="62"/>
        <source>Too long: at most {max} characters.</source>
        <translation>太长了：最多 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="64"/>
        <source>Not signed in ({code}).</source>
        <translation>未能登录（{code}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="122"/>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="123"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="124"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="128"/>
        <source>This is a new installation. Create the administrator&apos;s account: the administrator then adds the other staff in Settings.</source>
        <translation>这是新安装的系统。请创建管理员账号，之后由管理员在“设置”中添加其他员工。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="131"/>
        <source>Sign in with your user name and password.</source>
        <translation>请输入用户名和密码登录。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="132"/>
        <source>The window is locked. {name}, enter your password to go on.</source>
        <translation>窗口已锁定。{name}，请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="137"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="138"/>
        <source>&amp;Name shown:</source>
        <translation>显示姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="139"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="140"/>
        <source>&amp;Repeat the password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sign_in.py" line="143"/>
        <source>Sign in as someone &amp;else</source>
        <translation>换人登录(&amp;E)</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="53"/>
        <source>This is the last administrator who can sign in: the site would have nobody to manage staff and settings. Make someone else an administrator first.</source>
        <translation>这是最后一位可以登录的管理员：否则本站将无人管理员工和设置。请先将其他人设为管理员。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="57"/>
        <source>You cannot deactivate your own account. Another administrator can.</source>
        <translation>不能停用自己的账号，可由其他管理员停用。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="60"/>
        <source>You cannot change your own role. Another administrator can.</source>
        <translation>不能修改自己的角色，可由其他管理员修改。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="63"/>
        <source>This account no longer exists.</source>
        <translation>该账号已不存在。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="65"/>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="67"/>
        <source>Nobody is signed in.</source>
        <translation>当前无人登录。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="73"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="75"/>
        <source>Locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="78"/>
        <source>No password yet</source>
        <translation>尚未设置密码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="79"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="104"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="105"/>
        <source>Reset the password of {name}</source>
        <translation>重置 {name} 的密码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="113"/>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="114"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="115"/>
        <source>New password again:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="116"/>
        <source>The account is unlocked as well. Tell the person the new password in private and ask them to change it.</source>
        <translation>账号也会同时解锁。请私下告知本人新密码，并请其自行修改。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="130"/>
        <source>Save password</source>
        <translation>保存密码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="132"/>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="195"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="172"/>
        <source>New staff account</source>
        <translation>新建员工账号</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="179"/>
        <source>User name (for signing in):</source>
        <translation>用户名（用于登录）：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="180"/>
        <source>Name shown:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="181"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="182"/>
        <source>First password:</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="183"/>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="193"/>
        <source>Create account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="236"/>
        <source>Staff accounts</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="240"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="241"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="242"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="243"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="254"/>
        <source>Show deactivated accounts</source>
        <translation>显示已停用的账号</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="256"/>
        <source>New account…</source>
        <translation>新建账号…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="257"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="258"/>
        <source>Change role…</source>
        <translation>修改角色…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="259"/>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="393"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="278"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="280"/>
        <source>A new role applies from the person&apos;s next sign-in. Deactivated staff can no longer sign in; their name stays on what they did.</source>
        <translation>新角色在本人下次登录时生效。已停用的员工无法再登录，其姓名仍保留在其经手的记录上。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="344"/>
        <source>The account {user} was created.</source>
        <translation>账号 {user} 已创建。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="354"/>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="372"/>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="398"/>
        <source>Choose an account in the list first.</source>
        <translation>请先在列表中选择一个账号。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="362"/>
        <source>The password of {name} was reset; the account is unlocked.</source>
        <translation>{name} 的密码已重置，账号已解锁。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="376"/>
        <source>Change role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="377"/>
        <source>Role of {name}:</source>
        <translation>{name} 的角色：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="386"/>
        <source>{name} is now {role}.</source>
        <translation>{name} 现在是{role}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="392"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="403"/>
        <source>{name} can sign in again.</source>
        <translation>{name} 可以重新登录了。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="407"/>
        <source>Deactivate account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="408"/>
        <source>Deactivate the account of {name}? They can no longer sign in.</source>
        <translation>停用 {name} 的账号？停用后将无法登录。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/staff_accounts.py" line="414"/>
        <source>The account of {name} was deactivated.</source>
        <translation>{name} 的账号已停用。</translation>
    </message>
</context>
<context>
    <name>SurveyAnswer</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_answer.py" line="62"/>
        <source>Type in a paper survey form</source>
        <translation>录入纸质调查表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_answer.py" line="63"/>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_answer.py" line="80"/>
        <source>name, phone or pinyin; leave empty if unsigned</source>
        <translation>姓名、电话或拼音；未署名的调查表留空</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_answer.py" line="82"/>
        <source>&amp;Survey:</source>
        <translation>调查表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_answer.py" line="83"/>
        <source>&amp;Date on the form:</source>
        <translation>调查日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_answer.py" line="87"/>
        <source>C&amp;ustomer (optional):</source>
        <translation>客户（可不填）(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_answer.py" line="91"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_answer.py" line="96"/>
        <source>&amp;Save and next</source>
        <translation>保存并录入下一份(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_answer.py" line="97"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_answer.py" line="126"/>
        <source>{name} (version {version})</source>
        <translation>{name}（第 {version} 版）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_answer.py" line="186"/>
        <source>Form {n} saved. Type in the next one, or close.</source>
        <translation>已保存第 {n} 份。请录入下一份，或关闭。</translation>
    </message>
</context>
<context>
    <name>SurveyEditor</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="59"/>
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="66"/>
        <source>&amp;New from a template</source>
        <translation>从模板新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="78"/>
        <source>1-5</source>
        <translation>1-5 分</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="79"/>
        <source>1-10</source>
        <translation>1-10 分</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="80"/>
        <source>How likely to recommend us (0-10, for the NPS)</source>
        <translation>向亲友推荐的可能性（0-10，用于 NPS）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="82"/>
        <source>What the customer expected (for the CSS)</source>
        <translation>客户的期望（用于 CSS）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="84"/>
        <source>Would come again, would recommend (yes / no)</source>
        <translation>是否会再来、是否愿意推荐（是 / 否）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="88"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="89"/>
        <source>&amp;Scale:</source>
        <translation>评分等级(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="90"/>
        <source>Also asks:</source>
        <translation>另外询问：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="93"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="97"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="98"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="104"/>
        <source>&amp;Add item</source>
        <translation>添加项目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="105"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="106"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="107"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="116"/>
        <source>Save as a new &amp;version</source>
        <translation>保存为新版本(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="120"/>
        <source>Which survey is asked</source>
        <translation>各场合使用的调查表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="128"/>
        <source>Save the &amp;choice</source>
        <translation>保存选择(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="136"/>
        <source>Only supervisors and administrators edit surveys; shown read-only.</source>
        <translation>只有主管和管理员可以编辑调查表；此处仅供查看。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="199"/>
        <source>version {n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="272"/>
        <source>Saved as version {new}; answers already given are still counted by version {old}.</source>
        <translation>已保存为第 {new} 版；旧答卷仍按第 {old} 版计算。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="289"/>
        <source>New survey “{name}” made from the template; edit it and save.</source>
        <translation>已从模板新建调查表“{name}”；请修改后保存。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_editor.py" line="306"/>
        <source>Saved which survey is asked where.</source>
        <translation>已保存各场合使用的调查表。</translation>
    </message>
</context>
<context>
    <name>SurveyQuestions</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_questions.py" line="35"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_questions.py" line="36"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_questions.py" line="60"/>
        <source>(not answered)</source>
        <translation>（未答）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_questions.py" line="70"/>
        <source>No survey is set up for this; see Settings &gt; Satisfaction surveys.</source>
        <translation>此场合尚未设置调查表；请到“设置 &gt; 满意度调查”中设置。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_questions.py" line="85"/>
        <source>What did you expect before coming (1-{top}):</source>
        <translation>来之前的期望（1-{top}）：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_questions.py" line="90"/>
        <source>Would come again:</source>
        <translation>是否会再来：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_questions.py" line="91"/>
        <source>Would recommend us to others:</source>
        <translation>是否愿意向他人推荐：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_questions.py" line="95"/>
        <source>How likely to recommend us (0-10):</source>
        <translation>向亲友推荐的可能性（0-10）：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_questions.py" line="97"/>
        <source>Comments:</source>
        <translation>其他意见：</translation>
    </message>
</context>
<context>
    <name>SurveyTexts</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="18"/>
        <source>follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="19"/>
        <source>at the counter</source>
        <translation>窗口现场</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="20"/>
        <source>paper form</source>
        <translation>纸质表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="26"/>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="51"/>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="27"/>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="52"/>
        <source>At the counter after a visit</source>
        <translation>来访后在窗口</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="28"/>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="53"/>
        <source>Follow-ups after a closed complaint</source>
        <translation>投诉结案后的回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="34"/>
        <source>Survey name</source>
        <translation>调查表名称</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="35"/>
        <source>Scale</source>
        <translation>评分等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="36"/>
        <source>Items</source>
        <translation>评价项目</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="37"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="38"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="39"/>
        <source>Item text</source>
        <translation>项目内容</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="40"/>
        <source>Item code</source>
        <translation>项目代码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="41"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="42"/>
        <source>Would recommend (0-10)</source>
        <translation>推荐可能性（0-10）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="43"/>
        <source>Expectation</source>
        <translation>期望</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="44"/>
        <source>Would come again</source>
        <translation>是否会再来</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="45"/>
        <source>Would recommend</source>
        <translation>愿意推荐</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="46"/>
        <source>Comments</source>
        <translation>其他意见</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="47"/>
        <source>Date on the form</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="48"/>
        <source>Answers</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="49"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="50"/>
        <source>Survey</source>
        <translation>调查表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="60"/>
        <source>this is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="61"/>
        <source>too long, at most {max} characters.</source>
        <translation>太长，最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="63"/>
        <source>at most {max}.</source>
        <translation>最多 {max} 项。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="64"/>
        <source>must be between {min} and {max}.</source>
        <translation>须在 {min} 到 {max} 之间。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="66"/>
        <source>this value is out of range.</source>
        <translation>数值超出范围。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="67"/>
        <source>type a number, e.g. 0.2.</source>
        <translation>请填写数字，例如 0.2。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="68"/>
        <source>cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="69"/>
        <source>at least one item needs a weight above 0.</source>
        <translation>至少要有一个项目的权重大于 0。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="70"/>
        <source>choose one of the listed values.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="71"/>
        <source>each code may appear only once ({value}).</source>
        <translation>每个代码只能出现一次（{value}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="73"/>
        <source>this date is still to come.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="74"/>
        <source>the time has no time zone.</source>
        <translation>时间缺少时区。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="75"/>
        <source>this survey does not ask it.</source>
        <translation>此调查表不问这一题。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="76"/>
        <source>version {version} was replaced meanwhile; choose the survey again.</source>
        <translation>第 {version} 版已被其他人更新；请重新选择调查表。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="78"/>
        <source>no such survey.</source>
        <translation>没有这个调查表。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="79"/>
        <source>choose the customer from the list.</source>
        <translation>请从列表中选择客户。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="81"/>
        <source>not accepted ({code}).</source>
        <translation>未被接受（{code}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="90"/>
        <source>Nothing was answered: answer at least one question.</source>
        <translation>没有填写任何答案：请至少回答一题。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="94"/>
        <source>Item {n} ({text})</source>
        <translation>第 {n} 项（{text}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="96"/>
        <source>Item {n}, {field}</source>
        <translation>第 {n} 项的{field}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/survey_texts.py" line="100"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
</context>
<context>
    <name>SurveysUi</name>
    <message>
        <location filename="../../cs_desktop/ui/surveys_ui.py" line="60"/>
        <source>&amp;Type in paper survey forms…</source>
        <translation>录入纸质调查表(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/surveys_ui.py" line="61"/>
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/surveys_ui.py" line="62"/>
        <source>The surveys&apos; items, weights and scale, what else they ask, and which survey is asked after follow-ups, at the counter and after closed complaints.</source>
        <translation>调查表的评价项目、权重和评分等级、另外询问的问题，以及回访、窗口来访和投诉结案回访各使用哪一份调查表。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/surveys_ui.py" line="65"/>
        <source>Satisfaction surveys…</source>
        <translation>满意度调查…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="65"/>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="125"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="69"/>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="128"/>
        <source>Exchange changes with other sites by file when there is no network between them.</source>
        <translation>站点之间没有网络时，通过文件交换数据变更。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="77"/>
        <source>Sites and keys</source>
        <translation>站点与密钥</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="78"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="79"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="80"/>
        <source>History</source>
        <translation>收发记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="81"/>
        <source>Conflicts ({count})</source>
        <translation>冲突（{count}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="83"/>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="59"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="134"/>
        <source>History of packages sent and received</source>
        <translation>已发送和已接收数据包的记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync.py" line="137"/>
        <source>Sites known to this database: {count}</source>
        <translation>本数据库已知站点：{count} 个</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_parts.py" line="41"/>
        <source>The file could not be read or written: {error}</source>
        <translation>无法读取或写入文件：{error}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_parts.py" line="83"/>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="206"/>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="238"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="53"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="54"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="56"/>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="65"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="57"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="61"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="62"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="89"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="90"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="91"/>
        <source>Kept value</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="93"/>
        <source>Lost value</source>
        <translation>被覆盖的值</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="95"/>
        <source>Lost at site</source>
        <translation>被覆盖方站点</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="96"/>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="138"/>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="139"/>
        <source>The kept value stays; the conflict leaves the list</source>
        <translation>保留现有的值，该冲突从列表中移除</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="141"/>
        <source>Take the &amp;other value</source>
        <translation>改用另一个值(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="142"/>
        <source>Put the lost value back; the change travels to the other sites with the next export</source>
        <translation>恢复被覆盖的值；此修改将随下次导出同步到其他站点</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="145"/>
        <source>When both sites changed a field:</source>
        <translation>两个站点修改了同一字段时：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="157"/>
        <source>{kind}: {name}</source>
        <translation>{kind}：{name}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="169"/>
        <source>Only supervisors and administrators review conflicts.</source>
        <translation>只有主管和管理员可以审核冲突。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="172"/>
        <source>Only an administrator changes the policy.</source>
        <translation>只有管理员可以更改处理规则。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="226"/>
        <source>{field} of {record}: kept {value}.</source>
        <translation>{record}的{field}：已保留“{value}”。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="240"/>
        <source>{field} of {record} is now {value} (the change goes to the other sites with the next export).</source>
        <translation>{record}的{field}现为“{value}”（此修改将随下次导出同步到其他站点）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_review.py" line="257"/>
        <source>From the next import: {policy}.</source>
        <translation>自下次导入起：{policy}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="66"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="67"/>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="68"/>
        <source>Known since</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="69"/>
        <source>Last export to it</source>
        <translation>上次导出给它</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="71"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="97"/>
        <source>&amp;Save this site&apos;s key…</source>
        <translation>保存本站密钥(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="98"/>
        <source>A small file with this site&apos;s public key, to give to the other site once (USB stick, e-mail)</source>
        <translation>含本站公钥的小文件，交给对方站点一次即可（U盘、电子邮件）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="101"/>
        <source>&amp;Trust a site…</source>
        <translation>信任站点(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="102"/>
        <source>Choose the key file another site gave you; its packages are accepted from then on</source>
        <translation>选择对方站点交给您的密钥文件；此后接受该站点的同步包</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="105"/>
        <source>Stop trusting…</source>
        <translation>取消信任…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="106"/>
        <source>Once per pair of sites: each saves its key and gives the file to the other, who trusts it after the two administrators have read their fingerprints to each other by phone.</source>
        <translation>每两个站点之间只需一次：双方各自保存本站密钥并把文件交给对方；两位管理员通过电话互相念出密钥指纹、核对一致后，再信任对方。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="117"/>
        <source>Reading this site&apos;s key…</source>
        <translation>正在读取本站密钥…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="120"/>
        <source>This site: {name} ({code})</source>
        <translation>本站：{name}（{code}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="122"/>
        <source>Key fingerprint: {fingerprint}</source>
        <translation>密钥指纹：{fingerprint}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="130"/>
        <source>Only an administrator trusts or untrusts sites.</source>
        <translation>只有管理员可以信任或取消信任站点。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="164"/>
        <source>site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="166"/>
        <source>Save this site&apos;s key</source>
        <translation>保存本站密钥</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="167"/>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="183"/>
        <source>Site key files ({pattern})</source>
        <translation>站点密钥文件（{pattern}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="173"/>
        <source>Key saved to {path}. Give the file to the other site, and read this fingerprint to its administrator by phone: {fingerprint}</source>
        <translation>密钥已保存到 {path}。请把文件交给对方站点，并通过电话向对方管理员念出此指纹：{fingerprint}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="182"/>
        <source>Trust a site: its key file</source>
        <translation>信任站点：选择其密钥文件</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="191"/>
        <source>Site: {name} ({code})
Key fingerprint: {fingerprint}

Call the administrator of {name} and ask them to read out the fingerprint shown on their Sync page. Trust this site only if every character matches.</source>
        <translation>站点：{name}（{code}）
密钥指纹：{fingerprint}

请致电{name}的管理员，请对方念出其同步页面上显示的密钥指纹。只有每个字符都一致时才信任该站点。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="197"/>
        <source>Warning: this site is already trusted with a DIFFERENT key. Trust the new key only if its administrator confirms they changed it.</source>
        <translation>警告：该站点已以另一个不同的密钥被信任。只有对方管理员确认更换过密钥时，才信任新密钥。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="200"/>
        <source>Trust a site</source>
        <translation>信任站点</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="205"/>
        <source>The fingerprints match: trust</source>
        <translation>指纹一致：信任</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="214"/>
        <source>{name} is trusted: its packages are accepted from now on.</source>
        <translation>已信任{name}：此后接受其同步包。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="229"/>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="237"/>
        <source>Stop trusting</source>
        <translation>取消信任</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="230"/>
        <source>Stop trusting {name}?

Its packages will be refused until its key is trusted again. What came from it already stays.</source>
        <translation>取消对{name}的信任？

在再次信任其密钥之前，将拒绝其同步包。已从该站点收到的数据保持不变。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_sites.py" line="246"/>
        <source>{name} is no longer trusted.</source>
        <translation>已取消对{name}的信任。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="127"/>
        <source>To site:</source>
        <translation>目标站点：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="128"/>
        <source>What:</source>
        <translation>导出内容：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="129"/>
        <source>Everything changed here since</source>
        <translation>本站自此日期起的全部修改</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="130"/>
        <source>Everything (when a file was lost)</source>
        <translation>全部数据（同步文件丢失时使用）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="131"/>
        <source>&amp;Export to a file…</source>
        <translation>导出到文件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="140"/>
        <source>What changed since the last export to it ({when})</source>
        <translation>自上次导出给它以来的修改（{when}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="142"/>
        <source>What changed since the last export to it (none yet: everything)</source>
        <translation>自上次导出给它以来的修改（尚未导出过：即全部）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="157"/>
        <source>Trust the other site first (Sites and keys).</source>
        <translation>请先信任对方站点（站点与密钥）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="169"/>
        <source>{here} to {there} {date}.zip</source>
        <translation>{here}到{there} {date}.zip</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="172"/>
        <source>Export to a file</source>
        <translation>导出到文件</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="173"/>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="267"/>
        <source>Sync packages ({pattern})</source>
        <translation>同步包（{pattern}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="189"/>
        <source>Exported {rows} records for {site} to {path} ({size}): {counts}.</source>
        <translation>已为{site}导出 {rows} 条记录到 {path}（{size}）：{counts}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="195"/>
        <source>Export cancelled: no file was written and nothing was recorded.</source>
        <translation>导出已取消：未写入文件，也未记录任何内容。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="203"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="240"/>
        <source>&amp;Import a file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="241"/>
        <source>A package from a trusted site is taken in whole or not at all; the same file twice changes nothing.</source>
        <translation>来自受信任站点的同步包要么全部导入，要么完全不导入；同一文件导入两次不会产生任何变化。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="260"/>
        <source>When both sites changed the same field: {policy}</source>
        <translation>两个站点修改了同一字段时：{policy}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="266"/>
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="275"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>导入已取消：未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="283"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="293"/>
        <source>This file from {site} was already imported: nothing to do.</source>
        <translation>来自{site}的这个文件已经导入过，无需再次导入。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="298"/>
        <source>Imported from {site}: {new} new, {changed} changed.</source>
        <translation>已从{site}导入：新增 {new} 条，修改 {changed} 条。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="301"/>
        <source>In the file: {counts}.</source>
        <translation>文件内容：{counts}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="303"/>
        <source>Deleted at the other site: {n}.</source>
        <translation>对方站点删除的记录：{n} 条。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="307"/>
        <source>{n} values lost to a change made at the other site: review them under Conflicts.</source>
        <translation>有 {n} 个值与对方站点的修改冲突：请在“冲突”中审核。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="311"/>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/sync_transfer.py" line="313"/>
        <source>{n} people are now registered twice with the same ID number: proposed merges, shown under Customers &gt; Duplicates.</source>
        <translation>有 {n} 人以相同证件号码在两处登记：已列为建议合并，见“客户 &gt; 重复”。</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="22"/>
        <source>customer cards</source>
        <translation>客户资料卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="23"/>
        <source>phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="24"/>
        <source>addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="25"/>
        <source>consents</source>
        <translation>联系许可</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="26"/>
        <source>relations</source>
        <translation>关系人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="27"/>
        <source>tags on cards</source>
        <translation>客户标签</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="28"/>
        <source>pairs marked as different people</source>
        <translation>标记为不同人的客户对</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="29"/>
        <source>card merges</source>
        <translation>资料卡合并</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="30"/>
        <source>custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="31"/>
        <source>custom field values</source>
        <translation>自定义字段值</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="32"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="33"/>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="34"/>
        <source>visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="35"/>
        <source>follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="36"/>
        <source>transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="37"/>
        <source>complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="38"/>
        <source>complaint actions</source>
        <translation>投诉处理记录</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="39"/>
        <source>complaint promises</source>
        <translation>投诉承诺</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="40"/>
        <source>complaint stages</source>
        <translation>投诉阶段</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="41"/>
        <source>surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="42"/>
        <source>survey questions</source>
        <translation>调查题目</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="43"/>
        <source>survey responses</source>
        <translation>调查答卷</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="44"/>
        <source>survey answers</source>
        <translation>调查答案</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="56"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="57"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="58"/>
        <source>{what} {count}</source>
        <translation>{what} {count}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="69"/>
        <source>{n} bytes</source>
        <translation>{n} 字节</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="71"/>
        <source>{n} KB</source>
        <translation>{n} KB（千字节）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="72"/>
        <source>{n} MB</source>
        <translation>{n} MB（兆字节）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="77"/>
        <source>(the whole record)</source>
        <translation>（整条记录）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="83"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="84"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="85"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="86"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="87"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="88"/>
        <source>Staff name</source>
        <translation>员工姓名</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="89"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="97"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="99"/>
        <source>deleted ({when})</source>
        <translation>已删除（{when}）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="101"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="101"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="111"/>
        <source>Newest change per field wins</source>
        <translation>按字段以最新修改为准</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="112"/>
        <source>Keep this site&apos;s value</source>
        <translation>保留本站的值</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="113"/>
        <source>Take the other site&apos;s value</source>
        <translation>采用对方站点的值</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="114"/>
        <source>Decide by hand (keep ours until reviewed)</source>
        <translation>人工决定（审核前保留本站的值）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="119"/>
        <source>Outgoing</source>
        <translation>发出</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="120"/>
        <source>Incoming</source>
        <translation>收到</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="124"/>
        <source>sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="125"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="133"/>
        <source>The file does not exist: {path}</source>
        <translation>文件不存在：{path}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="134"/>
        <source>The file is damaged or cut short, or it is not a sync package. Nothing was changed; ask the other site to export it again.</source>
        <translation>文件已损坏或不完整，或者不是同步包。未做任何更改；请让对方站点重新导出。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="137"/>
        <source>The file was altered after it was signed (its checksum does not match). Nothing was changed; ask the other site to export it again.</source>
        <translation>文件在签名后被改动过（校验和不符）。未做任何更改；请让对方站点重新导出。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="140"/>
        <source>The file holds a member with a path outside its folder ({path}): it was not made by this program. Nothing was changed.</source>
        <translation>文件中有路径指向文件夹之外的成员（{path}）：它不是本程序生成的。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="143"/>
        <source>The file would unpack to far too much data (a zip bomb?). Nothing was changed.</source>
        <translation>文件解压后的数据量过大（可能是压缩炸弹）。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="146"/>
        <source>The file was written by a newer version of the program (package format {format}). Upgrade this installation, then import it again.</source>
        <translation>文件由更新版本的程序生成（同步包格式 {format}）。请先升级本机程序，再重新导入。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="149"/>
        <source>The file comes from a newer database version ({schema}). Upgrade this installation, then import it again.</source>
        <translation>文件来自更新版本的数据库（{schema}）。请先升级本机程序，再重新导入。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="152"/>
        <source>This file was exported by this same site: there is nothing in it to take in.</source>
        <translation>这个文件是本站自己导出的，没有需要导入的内容。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="155"/>
        <source>This file is addressed to another site ({site}), not to this one.</source>
        <translation>这个文件是发给其他站点（{site}）的，不是发给本站的。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="157"/>
        <source>The file comes from a site this database does not trust ({site}). Trust its key first (Sites and keys), comparing the fingerprint by phone.</source>
        <translation>文件来自本数据库未信任的站点（{site}）。请先在“站点与密钥”中信任其密钥，并通过电话核对指纹。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="160"/>
        <source>The file is not signed, so where it comes from cannot be checked. Nothing was changed.</source>
        <translation>文件没有签名，无法核实其来源。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="163"/>
        <source>The file&apos;s signature does not match the key of {site}: it was altered or forged. Nothing was changed.</source>
        <translation>文件签名与{site}的密钥不符：文件被改动或伪造。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="166"/>
        <source>This site is not known here; trust its key first.</source>
        <translation>本数据库不认识该站点；请先信任其密钥。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="168"/>
        <source>This is not a site key file of this program.</source>
        <translation>这不是本程序的站点密钥文件。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="170"/>
        <source>This is this site&apos;s own key: a site does not need to trust itself.</source>
        <translation>这是本站自己的密钥：站点无需信任自己。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="172"/>
        <source>This database has no site of its own.</source>
        <translation>本数据库没有自己的站点。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="173"/>
        <source>This conflict was already decided.</source>
        <translation>该冲突已经处理过了。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="174"/>
        <source>A record set aside whole cannot be put back by flipping; keep it, and enter it again by hand if needed.</source>
        <translation>被整条搁置的记录无法通过改用另一个值恢复；请选择保留，如有需要再手工录入。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="177"/>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="178"/>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/sync_texts.py" line="182"/>
        <source>Refused: {code}</source>
        <translation>已拒绝：{code}</translation>
    </message>
</context>
<context>
    <name>TierJobs</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/tier_jobs.py" line="29"/>
        <source>Recompute tiers</source>
        <translation>重新计算等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tier_jobs.py" line="30"/>
        <source>Classifying every customer by the active rule…</source>
        <translation>正在按当前规则为全部客户分级…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tier_jobs.py" line="31"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TierOverrideDialog</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_override.py" line="118"/>
        <location filename="../../cs_desktop/ui/dialogs/tier_override.py" line="127"/>
        <source>Set tier</source>
        <translation>调整等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_override.py" line="119"/>
        <source>&amp;Tier:</source>
        <translation>等级(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_override.py" line="120"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_override.py" line="121"/>
        <source>Why this customer gets this tier (required)</source>
        <translation>为何给该客户设定此等级（必填）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_override.py" line="123"/>
        <source>&amp;Until (last day):</source>
        <translation>有效至(&amp;U)（含当天）：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_override.py" line="124"/>
        <source>After this day the rule&apos;s tier applies again; without it, the tier stays until cleared</source>
        <translation>过了这一天将恢复规则计算的等级；不设日期则一直有效，直到取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_override.py" line="128"/>
        <source>Clear override</source>
        <translation>取消手动等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_override.py" line="129"/>
        <source>Back to the tier the rule gives</source>
        <translation>恢复为规则计算的等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_override.py" line="131"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_override.py" line="171"/>
        <source>No tiers yet: an administrator chooses a tier rule first (Tiers &gt; Rules…).</source>
        <translation>尚无等级：请管理员先选择分级规则（等级 &gt; 规则…）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_override.py" line="179"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_override.py" line="185"/>
        <source>Reading the card…</source>
        <translation>正在读取客户卡…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_override.py" line="187"/>
        <source>Set tier — {name}</source>
        <translation>调整等级 — {name}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_override.py" line="189"/>
        <source>Tier now: {tier}; by the rule: {rule}.</source>
        <translation>当前等级：{tier}；按规则：{rule}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_override.py" line="193"/>
        <source>Set by hand: {tier}, until cleared.</source>
        <translation>手动设定：{tier}，直到取消。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_override.py" line="196"/>
        <source>Set by hand: {tier}, until {day}.</source>
        <translation>手动设定：{tier}，有效至 {day}。</translation>
    </message>
</context>
<context>
    <name>TierPoliciesDialog</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_policies.py" line="58"/>
        <source>None</source>
        <translation>不回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_policies.py" line="59"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_policies.py" line="62"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_policies.py" line="112"/>
        <source>Tier service policies</source>
        <translation>等级服务策略</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_policies.py" line="113"/>
        <source>How each tier is served. Follow-ups and complaints read these settings; a tier appears here when a rule first gives it.</source>
        <translation>各等级客户的服务方式。回访和投诉会读取这些设置；规则第一次产生某个等级时，它会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_policies.py" line="116"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_policies.py" line="116"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_policies.py" line="117"/>
        <source>Follow up every</source>
        <translation>回访间隔</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_policies.py" line="118"/>
        <source>Complaints handled by</source>
        <translation>投诉处理人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_policies.py" line="119"/>
        <source>Care reminders</source>
        <translation>关怀提醒</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_policies.py" line="122"/>
        <source>No tiers yet: choose a rule under Rules… first.</source>
        <translation>尚无等级：请先在“规则…”中选择分级规则。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_policies.py" line="124"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_policies.py" line="125"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TierRuleForms</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="182"/>
        <source>Tier code</source>
        <translation>等级代码</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="184"/>
        <source>Add a tier</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="185"/>
        <source>Remove the last</source>
        <translation>删除最后一级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="235"/>
        <source>Rest tier:</source>
        <translation>其余等级：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="236"/>
        <source>The tier of everyone else</source>
        <translation>其他所有客户的等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="237"/>
        <source>Period:</source>
        <translation>统计期：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="238"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="239"/>
        <source>Value and purchases are counted over this many days up to today</source>
        <translation>统计截至今天这么多天内的消费金额和次数</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="287"/>
        <source>Shares of value:</source>
        <translation>价值份额：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="288"/>
        <source>Share of all value</source>
        <translation>占总价值</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="314"/>
        <source>Levels:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="315"/>
        <source>Value from</source>
        <translation>消费金额不低于</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="391"/>
        <source>Scores 1-5 by:</source>
        <translation>1-5 分评分方式：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="392"/>
        <source>Quintiles of the customers</source>
        <translation>按客户五分位</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="393"/>
        <source>Fixed edges</source>
        <translation>固定分界</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="394"/>
        <source>Recency edges:</source>
        <translation>最近消费分界（天）：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="395"/>
        <source>Frequency edges:</source>
        <translation>消费频次分界（次）：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="396"/>
        <source>Monetary edges:</source>
        <translation>消费金额分界：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="398"/>
        <source>Last purchase within this many days; the first edge scores 5</source>
        <translation>最近一次消费在这么多天之内；达到第一个分界得 5 分</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="401"/>
        <source>Purchases in the period; reaching the fourth edge scores 5</source>
        <translation>统计期内的消费次数；达到第四个分界得 5 分</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="404"/>
        <source>Value in the period; reaching the fourth edge scores 5</source>
        <translation>统计期内的消费金额；达到第四个分界得 5 分</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="406"/>
        <source>Tiers by total:</source>
        <translation>按总分分级：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="407"/>
        <source>Total R+F+M from</source>
        <translation>R+F+M 总分不低于</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="462"/>
        <source>Weights:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="465"/>
        <source>Tiers by score:</source>
        <translation>按得分分级：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rule_forms.py" line="466"/>
        <source>Weighted score from</source>
        <translation>加权得分不低于</translation>
    </message>
</context>
<context>
    <name>TierRulesDialog</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="50"/>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="55"/>
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="56"/>
        <source>To</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="57"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="172"/>
        <source>Tier rules</source>
        <translation>分级规则</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="173"/>
        <source>Rule set &amp;name:</source>
        <translation>规则名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="174"/>
        <source>&amp;Kind of rule:</source>
        <translation>规则类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="177"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="178"/>
        <source>Why this rule (optional)</source>
        <translation>采用此规则的原因（可选）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="179"/>
        <source>Who would move</source>
        <translation>等级变动预览</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="180"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="181"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="182"/>
        <source>Save as a new version of the rule set and recompute every customer&apos;s tier</source>
        <translation>保存为规则的新版本，并重新计算全部客户的等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="185"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="295"/>
        <source>Computing the preview…</source>
        <translation>正在计算预览…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="331"/>
        <source>Press Preview to see how many customers would move from which tier to which. Apply is possible after a preview.</source>
        <translation>点击“预览”查看有多少客户会从哪个等级变到哪个等级。预览之后才能应用。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="338"/>
        <source>Of {customers} customers, {moving} would change tier.</source>
        <translation>{customers} 位客户中，{moving} 位的等级会变化。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="345"/>
        <source>After the change: {counts}</source>
        <translation>变更后：{counts}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="346"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_rules.py" line="382"/>
        <source>The rule is saved; the recompute was cancelled, so the tiers change at the next recompute.</source>
        <translation>规则已保存；重新计算已取消，等级将在下次重新计算时变化。</translation>
    </message>
</context>
<context>
    <name>TierTexts</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="17"/>
        <source>Pareto value tiers</source>
        <translation>帕累托价值分级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="18"/>
        <source>Four-level model</source>
        <translation>四级客户模型</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="19"/>
        <source>RFM scores</source>
        <translation>RFM 评分</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="20"/>
        <source>Weighted evaluation (organisations)</source>
        <translation>加权评价（单位客户）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="26"/>
        <source>Customers ranked by their value over the period: the first tier holds those who together bring the first share of all value, the next tier the next share; everyone else is in the rest tier.</source>
        <translation>按统计期内的价值给客户排序：第一级是合计贡献第一份额价值的客户，下一级是其后份额的客户；其余客户归入其余等级。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="30"/>
        <source>Value over the period at or above a threshold puts the customer in that level (超重量级/重量级/次重量级); below the last threshold, the rest level (轻量级).</source>
        <translation>统计期内消费金额达到某一门槛即归入该级别（超重量级/重量级/次重量级）；低于最后一个门槛则为其余级别（轻量级）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="33"/>
        <source>Recency, frequency and monetary value scored 1-5 each, by quintiles of the customers or by fixed edges; the total (3-15) decides the tier.</source>
        <translation>最近消费（R）、消费频次（F）、消费金额（M）各按客户五分位或固定分界评 1-5 分，总分（3-15）决定等级。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="36"/>
        <source>For organisations: the weighted mean of the 1-5 scores on the card (enthusiasm, business capability, credit, relationships). Persons get no tier from this rule.</source>
        <translation>用于单位客户：客户卡上 1-5 分评价（积极性、业务能力、信用、关系）的加权平均。个人客户不按此规则分级。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="44"/>
        <source>Enthusiasm</source>
        <translation>合作热情</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="45"/>
        <source>Business capability</source>
        <translation>经营能力</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="46"/>
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="47"/>
        <source>Relationships</source>
        <translation>人际关系</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="55"/>
        <source>Whoever takes it</source>
        <translation>接待人员</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="57"/>
        <source>Counter staff</source>
        <translation>前台人员</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="58"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="59"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="67"/>
        <source>Enter a number from {min} to {max}.</source>
        <translation>请输入 {min} 到 {max} 之间的数。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="69"/>
        <source>Tier code “{code}”: use 1 to 16 characters, no spaces at either end.</source>
        <translation>等级代码“{code}”：请用 1 到 16 个字符，首尾不要有空格。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="72"/>
        <source>Each tier needs its own code.</source>
        <translation>每个等级需要不同的代码。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="73"/>
        <source>Add at least one tier above the rest tier.</source>
        <translation>请在其余等级之上至少添加一个等级。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="74"/>
        <source>Each share must be more than 0% and less than 100%.</source>
        <translation>每个份额必须大于 0% 且小于 100%。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="76"/>
        <source>The shares add up to more than 100%.</source>
        <translation>各档份额合计超过 100%。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="77"/>
        <source>Each threshold must be more than ¥0.</source>
        <translation>每个门槛必须大于 ¥0。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="79"/>
        <source>Each tier&apos;s threshold must be lower than the one above it.</source>
        <translation>每一级的门槛必须低于上一级。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="81"/>
        <source>Choose quintiles or fixed edges.</source>
        <translation>请选择五分位或固定分界。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="82"/>
        <source>Four edges are needed, none below zero.</source>
        <translation>需要四个分界，且都不能小于零。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="84"/>
        <source>Each edge must be greater than the one before it.</source>
        <translation>每个分界必须大于前一个。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="86"/>
        <source>Total scores run from {min} to {max}.</source>
        <translation>总分范围为 {min} 到 {max}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="89"/>
        <source>All four criteria need a weight.</source>
        <translation>四项评价都需要权重。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="90"/>
        <source>Weights cannot be negative.</source>
        <translation>权重不能为负数。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="91"/>
        <source>At least one weight must be above zero.</source>
        <translation>至少一项权重必须大于零。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="93"/>
        <source>Scores run from {min} to {max}.</source>
        <translation>得分范围为 {min} 到 {max}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="95"/>
        <source>Unknown kind of rule: {kind}.</source>
        <translation>未知的规则类型：{kind}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="97"/>
        <source>The rule&apos;s settings cannot be read: {detail}</source>
        <translation>无法读取规则的设置：{detail}</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="102"/>
        <source>Check this value ({code}).</source>
        <translation>请检查此值（{code}）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="113"/>
        <source>Enter the reason for this tier.</source>
        <translation>请填写设定此等级的原因。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="115"/>
        <source>Tier {tier}: enter a name.</source>
        <translation>等级 {tier}：请填写名称。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="117"/>
        <source>Enter a name for the rule set.</source>
        <translation>请填写规则名称。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="119"/>
        <source>Tier {tier}: the name can have at most {max} characters.</source>
        <translation>等级 {tier}：名称最多 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="122"/>
        <source>At most {max} characters.</source>
        <translation>最多 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="124"/>
        <source>Tier {tier}: follow up every {min} to {max} days, or choose none.</source>
        <translation>等级 {tier}：回访间隔为 {min} 到 {max} 天，或选择不回访。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="128"/>
        <source>The last day cannot be in the past.</source>
        <translation>有效日期不能早于今天。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="129"/>
        <source>Tier {tier} is not in the tier list.</source>
        <translation>等级 {tier} 不在等级列表中。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="131"/>
        <source>This card no longer exists (deleted or merged).</source>
        <translation>该客户卡已不存在（已删除或已合并）。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/tier_texts.py" line="133"/>
        <source>No tier rule is chosen yet. Choose one under Rules…</source>
        <translation>尚未选择分级规则。请在“规则…”中选择。</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="58"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="59"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="61"/>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="63"/>
        <source>Value</source>
        <translation>消费额</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="65"/>
        <source>Share of value</source>
        <translation>价值占比</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="72"/>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="222"/>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="190"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="191"/>
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="192"/>
        <source>To</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="197"/>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="200"/>
        <source>Customer tiers</source>
        <translation>客户等级分类表</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="201"/>
        <source>Recompute now</source>
        <translation>立即重新计算</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="202"/>
        <source>Classify every customer again by the active rule</source>
        <translation>按当前规则重新为全部客户分级</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="204"/>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="205"/>
        <source>Choose and tune the rule that classifies customers (administrator)</source>
        <translation>选择并调整客户分级规则（管理员）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="207"/>
        <source>Service policies…</source>
        <translation>服务策略…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="208"/>
        <source>Per tier: its name, follow-up interval, who handles complaints, care reminders</source>
        <translation>各等级的名称、回访间隔、投诉处理人和关怀提醒</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="211"/>
        <source>Pareto curve</source>
        <translation>帕累托曲线</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="212"/>
        <source>Moved at the last run</source>
        <translation>上次计算中等级变动的客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="213"/>
        <source>Double-click a tier to see its customers in the customer list</source>
        <translation>双击某个等级，在客户列表中查看该等级的客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="215"/>
        <source>Double-click to open the card</source>
        <translation>双击打开客户卡</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="231"/>
        <source>Reading the tier table…</source>
        <translation>正在读取等级分类表…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="245"/>
        <source>Rule: {name}, version {version} ({kind}); value over the last {days} days.</source>
        <translation>规则：{name}，版本 {version}（{kind}）；统计近 {days} 天的价值。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="250"/>
        <source>Not recomputed yet with this database: press Recompute now.</source>
        <translation>此数据库尚未计算等级：请点击“立即重新计算”。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="253"/>
        <source>Last recompute: {when}; {moved} customers changed tier.</source>
        <translation>上次计算：{when}；{moved} 位客户等级变化。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="257"/>
        <source>Total: {customers} customers, {value} of value in the period.</source>
        <translation>合计：{customers} 位客户，统计期内价值 {value}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="261"/>
        <source>{count} customers; the first {shown} by name:</source>
        <translation>共 {count} 位客户；按姓名列出前 {shown} 位：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="265"/>
        <source>No recompute yet.</source>
        <translation>尚未计算。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="267"/>
        <source>{count} customers:</source>
        <translation>共 {count} 位客户：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="281"/>
        <source>No tier rule is chosen yet. Choose one under Rules…</source>
        <translation>尚未选择分级规则。请在“规则…”中选择。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="287"/>
        <source>The active rule cannot be used ({problem}). Choose it again under Rules…</source>
        <translation>当前规则无法使用（{problem}）。请在“规则…”中重新选择。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="343"/>
        <source>Recomputed {customers} customers in {seconds} s; {changed} changed tier.</source>
        <translation>已重新计算 {customers} 位客户，用时 {seconds} 秒；{changed} 位等级变化。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/tiers.py" line="352"/>
        <source>Recompute cancelled; no tier was changed.</source>
        <translation>已取消重新计算；没有等级被改变。</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/visit_form.py" line="122"/>
        <source>&amp;Find customer:</source>
        <translation>查找客户(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/visit_form.py" line="123"/>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/visit_form.py" line="124"/>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/visit_form.py" line="125"/>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/visit_form.py" line="126"/>
        <source>Served &amp;by:</source>
        <translation>接待人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/visit_form.py" line="127"/>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/visit_form.py" line="128"/>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/visit_form.py" line="129"/>
        <source>Ne&amp;xt step:</source>
        <translation>后续事项(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/visit_form.py" line="134"/>
        <source>Name, phone digits or pinyin</source>
        <translation>姓名、电话号码或拼音</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/visit_form.py" line="135"/>
        <source>&amp;Plan a follow-up:</source>
        <translation>安排回访(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/visit_form.py" line="136"/>
        <source>by the rule ({days} days)</source>
        <translation>按规则（{days} 天后）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/visit_form.py" line="138"/>
        <source>By the rule: {days} days later, on a working day; or choose a date</source>
        <translation>按规则：{days} 天后的工作日；也可以选择日期</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/visit_form.py" line="142"/>
        <source>What is to be done next (needed to plan a follow-up)</source>
        <translation>接下来要做什么（安排回访时必填）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/visit_form.py" line="161"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/visit_form.py" line="244"/>
        <source>Visit of {name} at {time} recorded; follow-up planned for {date}.</source>
        <translation>已登记 {name} {time} 的来访；回访安排在 {date}。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/visit_form.py" line="247"/>
        <source>Visit of {name} at {time} recorded.</source>
        <translation>已登记 {name} {time} 的来访。</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/dialogs/visit_form.py" line="260"/>
        <source>Record a visit or call — {name}</source>
        <translation>登记来访或来电 — {name}</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="101"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="102"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="103"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="105"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="106"/>
        <source>Served by</source>
        <translation>接待人</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="107"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="108"/>
        <source>Next step</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="109"/>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="145"/>
        <source>Visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="149"/>
        <source>Record a visit or call</source>
        <translation>登记来访或来电</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="150"/>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="151"/>
        <source>Record the visit (Enter)</source>
        <translation>登记来访（回车）</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="152"/>
        <source>Satisfaction &amp;survey…</source>
        <translation>满意度调查(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="153"/>
        <source>The customer answers the counter survey about the visit just recorded (or the visit chosen in the list)</source>
        <translation>请客户就刚登记的来访（或列表中选中的来访）填写窗口服务满意度调查</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="156"/>
        <source>Recent visits and calls</source>
        <translation>最近的来访与来电</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="166"/>
        <source>All purposes</source>
        <translation>全部目的</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="174"/>
        <source>{count} visits and calls</source>
        <translation>共 {count} 次来访与来电</translation>
    </message>
    <message>
        <location filename="../../cs_desktop/ui/pages/visits.py" line="217"/>
        <source>Survey of {name} saved.</source>
        <translation>已保存 {name} 的满意度调查。</translation>
    </message>
</context>
</TS>
