<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>ConnectionState</name>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="35" />
            <source>Standalone</source>
            <translation>单机</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="36" />
            <source>Online</source>
            <translation>在线</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="37" />
            <source>Offline</source>
            <translation>离线</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="38" />
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="41" />
            <source>Connection to the shared server</source>
            <translation>与共享服务器的连接</translation>
        </message>
    </context>
    <context>
        <name>DeskStatusBar</name>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="90" />
            <source>Not signed in</source>
            <translation>未登录</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="93" />
            <source>Signed-in operator (Ctrl+L to switch)</source>
            <translation>当前值班员（Ctrl+L 切换）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="94" />
            <source>Console {code}</source>
            <translation>席位 {code}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="95" />
            <source>Time in {zone}</source>
            <translation>{zone} 时间</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="96" />
            <source>Working…</source>
            <translation>处理中…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="98" />
            <source>⚠ No holiday data for {years}</source>
            <translation>⚠ 缺少 {years} 年节假日数据</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="100" />
            <source>Workdays in these years fall back to Monday–Friday. Import the State Council's holiday arrangement: opsdesk-cli calendar import FILE.csv</source>
            <translation>这些年份的工作日暂按周一至周五计算。请导入国务院办公厅发布的节假日安排：opsdesk-cli calendar import FILE.csv</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="139" />
            <source>At risk {at_risk} · Breached {breached}</source>
            <translation>临近超时 {at_risk} · 已超时 {breached}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="143" />
            <source>Tickets whose SLA clock is at risk or breached. Click to list them.</source>
            <translation>SLA 时限临近超时或已超时的工单，点击查看列表。</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="253" />
            <source>Acknowledge {code}</source>
            <translation>响应 {code}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="254" />
            <source>On site: {code}</source>
            <translation>到场：{code}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="255" />
            <source>Resolve {code}</source>
            <translation>恢复 {code}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="256" />
            <source>Close {code} (verified with the reporter)</source>
            <translation>关闭 {code}（已与报修人确认）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="257" />
            <source>Pause {code}</source>
            <translation>挂起 {code}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="258" />
            <source>Resume {code}</source>
            <translation>解除挂起 {code}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="259" />
            <source>Reassign {code}</source>
            <translation>改派 {code}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="260" />
            <source>Change the priority of {code}</source>
            <translation>调整 {code} 的优先级</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="261" />
            <source>Reopen {code}</source>
            <translation>重新打开 {code}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="262" />
            <source>Comment on {code}</source>
            <translation>为 {code} 添加备注</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="268" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="269" />
            <source>&amp;New priority:</source>
            <translation>新优先级(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="269" />
            <source>&amp;Assign to:</source>
            <translation>指派给(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="270" />
            <source>Fault &amp;level:</source>
            <translation>故障等级(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="271" />
            <source>&amp;Cause:</source>
            <translation>原因(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="272" />
            <source>&amp;Handling:</source>
            <translation>处理过程(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="273" />
            <source>Res&amp;ult:</source>
            <translation>处理结果(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="274" />
            <source>Replaced part &amp;model:</source>
            <translation>更换部件型号(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="275" />
            <source>Replaced part &amp;serial no.:</source>
            <translation>更换部件序列号(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="276" />
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="276" />
            <source>C&amp;omment:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="277" />
            <source>&amp;Time of event:</source>
            <translation>发生时间(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="281" />
            <source>Earlier than now</source>
            <translation>补录（早于当前时间）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="283" />
            <source>For entries made afterwards, e.g. after an outage. Times are in the console's zone.</source>
            <translation>用于事后补录，例如系统中断之后。时间按本席位时区填写。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="291" />
            <source>e.g. level 2: a single device, service restored</source>
            <translation>例如：二级，单台设备，业务已恢复</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="292" />
            <source>What was done (required)</source>
            <translation>采取的处理措施（必填）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="293" />
            <source>State after handling (required)</source>
            <translation>处理后的状态（必填）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="295" />
            <source>Optional note</source>
            <translation>备注（选填）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="295" />
            <source>What to record</source>
            <translation>记录内容</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="297" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="298" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/event_dialogs.py" line="302" />
            <source>Created {time}</source>
            <translation>新建于 {time}</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../ui/exporting.py" line="28" />
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../ui/exporting.py" line="29" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../ui/exporting.py" line="30" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../ui/exporting.py" line="31" />
            <source>Location</source>
            <translation>位置</translation>
        </message>
        <message>
            <location filename="../../ui/exporting.py" line="32" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../ui/exporting.py" line="33" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/exporting.py" line="34" />
            <source>Created</source>
            <translation>新建时间</translation>
        </message>
        <message>
            <location filename="../../ui/exporting.py" line="35" />
            <source>Respond due</source>
            <translation>响应时限</translation>
        </message>
        <message>
            <location filename="../../ui/exporting.py" line="36" />
            <source>Respond state</source>
            <translation>响应状态</translation>
        </message>
        <message>
            <location filename="../../ui/exporting.py" line="37" />
            <source>On site due</source>
            <translation>到场时限</translation>
        </message>
        <message>
            <location filename="../../ui/exporting.py" line="38" />
            <source>On site state</source>
            <translation>到场状态</translation>
        </message>
        <message>
            <location filename="../../ui/exporting.py" line="39" />
            <source>Resolve due</source>
            <translation>恢复时限</translation>
        </message>
        <message>
            <location filename="../../ui/exporting.py" line="40" />
            <source>Resolve state</source>
            <translation>恢复状态</translation>
        </message>
        <message>
            <location filename="../../ui/exporting.py" line="41" />
            <source>Assignee</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location filename="../../ui/exporting.py" line="104" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/exporting.py" line="105" />
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV，UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/exporting.py" line="106" />
            <source>tickets-{date}</source>
            <translation>工单-{date}</translation>
        </message>
        <message>
            <location filename="../../ui/exporting.py" line="109" />
            <source>Export the list</source>
            <translation>导出列表</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../ui/dialogs/first_run_dialog.py" line="81" />
            <source>Welcome to opsdesk</source>
            <translation>欢迎使用 opsdesk</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run_dialog.py" line="82" />
            <source>Set up this console</source>
            <translation>设置本席位</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run_dialog.py" line="84" />
            <source>No operator exists yet. Create the supervisor account; the supervisor can add the other operators later (Tools → Operators).</source>
            <translation>尚无值班员。请先创建主管账号，其他值班员可由主管稍后添加（工具 → 值班员）。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run_dialog.py" line="89" />
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run_dialog.py" line="90" />
            <source>Console</source>
            <translation>席位</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run_dialog.py" line="91" />
            <source>Console &amp;code:</source>
            <translation>席位代码(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run_dialog.py" line="93" />
            <source>A capital letter, then up to 5 capital letters or digits, e.g. A1. Unique per console: it starts every ticket code.</source>
            <translation>以一个大写字母开头，后接至多 5 个大写字母或数字，例如 A1。每个席位唯一，作为本席位所有工单编号的前缀。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run_dialog.py" line="98" />
            <source>Contract &amp;profile:</source>
            <translation>SLA 方案(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run_dialog.py" line="99" />
            <source>Create and sign in</source>
            <translation>创建并登录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run_dialog.py" line="100" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run_dialog.py" line="123" />
            <source>Console code: a capital letter, then up to 5 capital letters or digits (e.g. A1).</source>
            <translation>席位代码：以一个大写字母开头，后接至多 5 个大写字母或数字（例如 A1）。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="189" />
            <source>opsdesk — duty desk</source>
            <translation>opsdesk — 值班台</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="190" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="191" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="192" />
            <source>&amp;Go to</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="193" />
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="194" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="195" />
            <source>&amp;New ticket</source>
            <translation>新建工单(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="196" />
            <source>&amp;Export list…</source>
            <translation>导出列表(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="198" />
            <source>&amp;Search</source>
            <translation>搜索(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="199" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="200" />
            <source>&amp;Dark theme</source>
            <translation>深色主题(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="201" />
            <source>&amp;Full screen</source>
            <translation>全屏(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="202" />
            <source>S&amp;witch operator…</source>
            <translation>切换值班员(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="203" />
            <source>&amp;Operators…</source>
            <translation>值班员(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="204" />
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="205" />
            <source>&amp;About opsdesk</source>
            <translation>关于 opsdesk(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="313" />
            <source>About opsdesk</source>
            <translation>关于 opsdesk</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="314" />
            <source>&lt;b&gt;opsdesk&lt;/b&gt; {version}&lt;br&gt;The desk of the on-site IT duty engineers of a command center: tickets with SLA clocks.&lt;br&gt;Qt {qt}</source>
            <translation>&lt;b&gt;opsdesk&lt;/b&gt; {version}&lt;br&gt;指挥中心驻场 IT 值班工程师的值班台：工单与 SLA 时限管理。&lt;br&gt;Qt {qt}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="363" />
            <source>Quit opsdesk</source>
            <translation>退出 opsdesk</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="364" />
            <source>There is unsaved work. Quit anyway and lose it?</source>
            <translation>有未保存的内容。仍要退出并放弃这些内容吗？</translation>
        </message>
    </context>
    <context>
        <name>OperatorForm</name>
        <message>
            <location filename="../../ui/dialogs/operator_form.py" line="54" />
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_form.py" line="55" />
            <source>&amp;Post:</source>
            <translation>岗位(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_form.py" line="56" />
            <source>P&amp;hone:</source>
            <translation>电话(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_form.py" line="57" />
            <source>&amp;Role:</source>
            <translation>角色(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_form.py" line="58" />
            <source>Sign in &amp;with:</source>
            <translation>登录方式(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_form.py" line="59" />
            <source>&amp;PIN / password:</source>
            <translation>PIN 码 / 密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_form.py" line="60" />
            <source>&amp;Again:</source>
            <translation>再次输入(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_form.py" line="64" />
            <source>e.g. hall equipment engineer</source>
            <translation>例如：大厅设备工程师</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_form.py" line="70" />
            <source>PIN (4 to 12 digits)</source>
            <translation>PIN 码（4 至 12 位数字）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_form.py" line="71" />
            <source>Password (6 or more characters)</source>
            <translation>密码（至少 6 个字符）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_form.py" line="80" />
            <source>digits only</source>
            <translation>仅限数字</translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <location filename="../../ui/dialogs/operators_dialog.py" line="64" />
            <source>Operators</source>
            <translation>值班员</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operators_dialog.py" line="66" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operators_dialog.py" line="66" />
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operators_dialog.py" line="66" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operators_dialog.py" line="66" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operators_dialog.py" line="68" />
            <source>Add an operator</source>
            <translation>添加值班员</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operators_dialog.py" line="69" />
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="158" />
            <source>fault-report</source>
            <translation>故障报告</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="160" />
            <source>Export the fault report</source>
            <translation>导出故障报告</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="160" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="198" />
            <source>Fault report</source>
            <translation>故障报告</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="199" />
            <source>The report was saved as
{path}

Open it now?</source>
            <translation>报告已保存为
{path}

现在打开吗？</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="230" />
            <source>Fault handling and analysis report</source>
            <translation>故障处理及分析报告</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="233" />
            <source>Due {time}</source>
            <translation>截止 {time}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="235" />
            <source>Title:</source>
            <translation>标题：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="236" />
            <source>&amp;Summary:</source>
            <translation>故障现象(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="237" />
            <source>&amp;Cause:</source>
            <translation>原因分析(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="238" />
            <source>&amp;Handling:</source>
            <translation>处理过程(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="239" />
            <source>&amp;Result:</source>
            <translation>处理结果(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="240" />
            <source>&amp;Prevention:</source>
            <translation>预防措施(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="241" />
            <source>Replaced &amp;part:</source>
            <translation>更换部件(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="242" />
            <source>Replaced part model:</source>
            <translation>更换部件型号：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="243" />
            <source>Replaced part serial number:</source>
            <translation>更换部件序列号：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="244" />
            <source>&amp;Author:</source>
            <translation>报告人(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="245" />
            <location filename="../../ui/dialogs/report_dialog.py" line="246" />
            <source>Fault level:</source>
            <translation>故障等级：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="250" />
            <source>{field}:</source>
            <translation>{field}：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="251" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="252" />
            <source>&amp;Export PDF…</source>
            <translation>导出 PDF(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="253" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="128" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="130" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="131" />
            <source>&amp;Theme:</source>
            <translation>主题(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="132" />
            <source>Console &amp;code:</source>
            <translation>席位代码(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="133" />
            <source>Contract &amp;profile:</source>
            <translation>SLA 方案(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="134" />
            <source>Time &amp;zone:</source>
            <translation>时区(&amp;Z)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="135" />
            <source>Alarm &amp;sound:</source>
            <translation>告警提示音(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="136" />
            <source>&amp;Organisation:</source>
            <translation>单位名称(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="142" />
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="143" />
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="144" />
            <source>High contrast</source>
            <translation>高对比度</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="147" />
            <source>A capital letter, then up to 5 capital letters or digits, e.g. A1. Unique per console: it starts every ticket code.</source>
            <translation>以一个大写字母开头，后接至多 5 个大写字母或数字，例如 A1。每个席位唯一，作为本席位所有工单编号的前缀。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="152" />
            <source>Beep when a ticket becomes breached</source>
            <translation>工单超时时响铃提示</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="153" />
            <source>Printed on reports</source>
            <translation>打印在报告上</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="176" />
            <source>Console code: a capital letter, then up to 5 capital letters or digits (e.g. A1).</source>
            <translation>席位代码：以一个大写字母开头，后接至多 5 个大写字母或数字（例如 A1）。</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="84" />
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="85" />
            <source>Switch operator</source>
            <translation>切换值班员</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="84" />
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="93" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="85" />
            <source>Sign in to opsdesk</source>
            <translation>登录 opsdesk</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="87" />
            <source>Console {code}. Pick your name and enter your PIN or password.</source>
            <translation>席位 {code}。请选择姓名并输入 PIN 码或密码。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="91" />
            <source>&amp;Operator:</source>
            <translation>值班员(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="92" />
            <source>&amp;PIN / password:</source>
            <translation>PIN 码 / 密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="95" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="95" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="122" />
            <source>PIN</source>
            <translation>PIN 码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="122" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="140" />
            <source>Enter your PIN or password.</source>
            <translation>请输入 PIN 码或密码。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sign_in_dialog.py" line="159" />
            <source>Sign-in failed. Check the operator and the PIN or password, then try again.</source>
            <translation>登录失败。请检查值班员及 PIN 码或密码后重试。</translation>
        </message>
    </context>
    <context>
        <name>TicketDetailView</name>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="276" />
            <source>Resume</source>
            <translation>解除挂起</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="276" />
            <location filename="../../ui/widgets/ticket_detail.py" line="457" />
            <source>Pause…</source>
            <translation>挂起…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="297" />
            <source>(no description)</source>
            <translation>（无描述）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="301" />
            <source>Fault level</source>
            <translation>故障等级</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="301" />
            <source>Cause</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="301" />
            <location filename="../../ui/widgets/ticket_detail.py" line="342" />
            <source>Handling</source>
            <translation>处理过程</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="302" />
            <location filename="../../ui/widgets/ticket_detail.py" line="342" />
            <source>Result</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="302" />
            <source>Replaced part model</source>
            <translation>更换部件型号</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="303" />
            <source>Replaced part serial number</source>
            <translation>更换部件序列号</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="311" />
            <location filename="../../ui/widgets/ticket_detail.py" line="491" />
            <source>Attachments ({n})</source>
            <translation>附件（{n}）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="319" />
            <source>entered {time}</source>
            <translation>录入于 {time}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="333" />
            <source>priority {p}</source>
            <translation>优先级 {p}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="339" />
            <source>to {name}</source>
            <translation>改派给 {name}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="390" />
            <source>— (paused)</source>
            <translation>—（挂起中）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="428" />
            <source>Paused since {time}</source>
            <translation>自 {time} 起挂起</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="452" />
            <source>Select a ticket in the list to see its clocks and history.</source>
            <translation>在列表中选择工单，查看其时限和处理记录。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="454" />
            <source>Acknowledge</source>
            <translation>响应</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="455" />
            <source>On site</source>
            <translation>到场</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="456" />
            <source>Resolve…</source>
            <translation>恢复…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="458" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="459" />
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="460" />
            <source>Comment…</source>
            <translation>备注…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="461" />
            <source>Priority…</source>
            <translation>优先级…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="462" />
            <source>Reassign…</source>
            <translation>改派…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="463" />
            <source>Fault report…</source>
            <translation>故障报告…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="464" />
            <location filename="../../ui/widgets/ticket_detail.py" line="494" />
            <source>Attach file…</source>
            <translation>添加附件…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="472" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="473" />
            <source>Category:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="474" />
            <source>Location:</source>
            <translation>位置：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="475" />
            <source>Equipment:</source>
            <translation>设备：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="476" />
            <source>Reporter:</source>
            <translation>报修人：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="477" />
            <source>Assignee:</source>
            <translation>处理人：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="478" />
            <source>Created:</source>
            <translation>新建时间：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="483" />
            <source>Clock</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="483" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="483" />
            <source>Due</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="483" />
            <source>Remaining</source>
            <translation>剩余</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="483" />
            <source>Paused</source>
            <translation>挂起时长</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="486" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="486" />
            <source>Operator</source>
            <translation>值班员</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="486" />
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="486" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="488" />
            <source>Timeline</source>
            <translation>处理记录</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="489" />
            <source>Description and fault record</source>
            <translation>描述与故障记录</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="493" />
            <source>Save as…</source>
            <translation>另存为…</translation>
        </message>
    </context>
    <context>
        <name>TicketForm</name>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="58" />
            <source>{n} min</source>
            <translation>{n} 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="61" />
            <source>{h} h {m} min</source>
            <translation>{h} 小时 {m} 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="62" />
            <source>{n} h</source>
            <translation>{n} 小时</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="72" />
            <source>respond {t}</source>
            <translation>响应 {t}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="74" />
            <source>on site {t}</source>
            <translation>到场 {t}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="76" />
            <source>resolve {t}</source>
            <translation>恢复 {t}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="289" />
            <source>T&amp;itle:</source>
            <translation>标题(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="290" />
            <source>&amp;Description:</source>
            <translation>描述(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="291" />
            <source>Re&amp;porter:</source>
            <translation>报修人(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="292" />
            <source>Ph&amp;one:</source>
            <translation>电话(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="293" />
            <source>&amp;Unit:</source>
            <translation>单位(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="294" />
            <source>&amp;Location:</source>
            <translation>位置(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="295" />
            <source>&amp;Equipment:</source>
            <translation>设备(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="296" />
            <source>&amp;Category:</source>
            <translation>类别(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="297" />
            <source>P&amp;riority:</source>
            <translation>优先级(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="301" />
            <source>New ticket</source>
            <translation>新建工单</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="302" />
            <source>What is wrong, in a few words</source>
            <translation>简要说明故障</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="303" />
            <source>Symptoms, who is affected, what was tried</source>
            <translation>故障现象、影响范围、已尝试的处理</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="304" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="305" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="306" />
            <source>Unit or department</source>
            <translation>单位或部门</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="307" />
            <source>Device name, e.g. the video wall controller</source>
            <translation>设备名称，例如：大屏控制器</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="308" />
            <source>(no location)</source>
            <translation>（无位置）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="316" />
            <source>File tic&amp;ket</source>
            <translation>提交工单(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="317" />
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="318" />
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="321" />
            <source>Ctrl+Enter files · Alt+1…Alt+{n} sets the priority</source>
            <translation>Ctrl+Enter 提交 · Alt+1…Alt+{n} 设置优先级</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_form.py" line="323" />
            <source>Ctrl+Enter files</source>
            <translation>Ctrl+Enter 提交</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="vanished">标题(&amp;T)：</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation type="vanished">电话(&amp;H)：</translation>
        </message>
        <message>
            <source>Ca&amp;tegory:</source>
            <translation type="vanished">类别(&amp;T)：</translation>
        </message>
        <message>
            <source>Pri&amp;ority:</source>
            <translation type="vanished">优先级(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;File ticket</source>
            <translation type="vanished">提交工单(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>TicketsModel</name>
        <message>
            <location filename="../../ui/models/tickets_model.py" line="108" />
            <source>✗ late</source>
            <translation>✗ 超时</translation>
        </message>
        <message>
            <location filename="../../ui/models/tickets_model.py" line="141" />
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../ui/models/tickets_model.py" line="142" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../ui/models/tickets_model.py" line="143" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../ui/models/tickets_model.py" line="144" />
            <source>Location</source>
            <translation>位置</translation>
        </message>
        <message>
            <location filename="../../ui/models/tickets_model.py" line="145" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/models/tickets_model.py" line="146" />
            <source>Respond</source>
            <translation>响应</translation>
        </message>
        <message>
            <location filename="../../ui/models/tickets_model.py" line="147" />
            <source>On site</source>
            <translation>到场</translation>
        </message>
        <message>
            <location filename="../../ui/models/tickets_model.py" line="148" />
            <source>Resolve</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../ui/models/tickets_model.py" line="303" />
            <source>Created {time}</source>
            <translation>新建于 {time}</translation>
        </message>
        <message>
            <location filename="../../ui/models/tickets_model.py" line="306" />
            <source>Assignee: {name}</source>
            <translation>处理人：{name}</translation>
        </message>
    </context>
    <context>
        <name>TicketsPane</name>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="279" />
            <location filename="../../ui/panes/tickets_pane.py" line="660" />
            <source>Tickets</source>
            <translation>工单</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/panes/tickets_pane.py" line="407" />
            <source>%n ticket(s)</source>
            <translation>
                <numerusform>%n 张工单</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="571" />
            <source>Reassign</source>
            <translation>改派</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="619" />
            <source>Attach a file</source>
            <translation>添加附件</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="649" />
            <source>Save the attachment</source>
            <translation>保存附件</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="743" />
            <source>Search title, description, fault record… (Ctrl+F)</source>
            <translation>搜索标题、描述、故障记录…（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="744" />
            <source>&amp;New ticket</source>
            <translation>新建工单(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="748" />
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="749" />
            <source>Export the list as shown to Excel (.xlsx) or CSV</source>
            <translation>将当前列表导出为 Excel (.xlsx) 或 CSV</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="750" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="751" />
            <source>Open</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="751" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="754" />
            <source>All priorities</source>
            <translation>全部优先级</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="755" />
            <source>All locations</source>
            <translation>全部位置</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="758" />
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="761" />
            <source>Any clock state</source>
            <translation>全部时限状态</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="762" />
            <source>At risk or breached</source>
            <translation>临近超时或已超时</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="763" />
            <source>Breached</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="764" />
            <source>&amp;Mine</source>
            <translation>我的(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="765" />
            <source>Only tickets assigned to me</source>
            <translation>仅显示指派给我的工单</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="766" />
            <source>Created from</source>
            <translation>新建时间 从</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="767" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="769" />
            <source>any day</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="770" />
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="771" />
            <source>New ticket</source>
            <translation>新建工单</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../ui/app.py" line="108" />
            <source>opsdesk</source>
            <translation>opsdesk</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="186" />
            <source>Opening database…</source>
            <translation>正在打开数据库…</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="215" />
            <source>opsdesk cannot start</source>
            <translation>opsdesk 无法启动</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="284" />
            <source>Console settings need attention</source>
            <translation>席位设置需要处理</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Fault Handling and Analysis Report</source>
            <translation>故障处理及分析报告</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Fault handling and analysis report of ticket {code}</source>
            <translation>工单 {code} 故障处理及分析报告</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页 / 共 {pages} 页</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Ticket no.: {code}</source>
            <translation>工单编号：{code}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Report date: {date}</source>
            <translation>报告日期：{date}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>1. Ticket information</source>
            <translation>一、工单信息</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>2. Response and resolution times</source>
            <translation>二、响应与恢复时间</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>3. Fault symptoms</source>
            <translation>三、故障现象</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>4. Cause analysis</source>
            <translation>四、原因分析</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>5. Handling process</source>
            <translation>五、处理过程</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>6. Handling result</source>
            <translation>六、处理结果</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>7. Corrective and preventive measures</source>
            <translation>七、整改及预防措施</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>8. Handling record</source>
            <translation>八、处理记录</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Ticket no.</source>
            <translation>工单编号</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Location</source>
            <translation>位置</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Equipment</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Reported by</source>
            <translation>报修人</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Reported at</source>
            <translation>报修时间</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Responded at</source>
            <translation>响应时间</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Arrived at</source>
            <translation>到场时间</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Resolved at</source>
            <translation>恢复时间</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Closed at</source>
            <translation>关闭时间</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Report author</source>
            <translation>报告人</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Replaced part:</source>
            <translation>更换部件：</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Model: {model}</source>
            <translation>型号：{model}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Serial no.: {serial}</source>
            <translation>序列号：{serial}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Time limit</source>
            <translation>时限项目</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Allowed</source>
            <translation>规定时限</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Due</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Completed</source>
            <translation>完成时间</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Assessment</source>
            <translation>考核结果</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Paused for</source>
            <translation>挂起时长</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Response</source>
            <translation>响应</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Arrival on site</source>
            <translation>到场</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Resolution</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Fault report</source>
            <translation>故障报告</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Running</source>
            <translation>计时中</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Due soon</source>
            <translation>临近超时</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Met</source>
            <translation>达标</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Paused</source>
            <translation>已挂起</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>{n} d</source>
            <translation>{n} 天</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>{n} h</source>
            <translation>{n} 小时</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>{n} min</source>
            <translation>{n} 分钟</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Operator</source>
            <translation>值班员</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Reported</source>
            <translation>报修</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Responded</source>
            <translation>已响应</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Arrived on site</source>
            <translation>已到场</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Resolved</source>
            <translation>已恢复</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Resumed</source>
            <translation>已解除挂起</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Reassigned</source>
            <translation>已改派</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Priority changed</source>
            <translation>已调整优先级</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Reopened</source>
            <translation>已重新打开</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Comment</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Attachment</source>
            <translation>附件</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Report submitted</source>
            <translation>已提交故障报告</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Priority {priority}</source>
            <translation>优先级 {priority}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>To {name}</source>
            <translation>改派给 {name}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Result: {text}</source>
            <translation>结果：{text}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Waiting for the vendor</source>
            <translation>等待厂商</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Waiting for a spare part</source>
            <translation>等待备件</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Waiting for the client</source>
            <translation>等待用户方</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Other reason</source>
            <translation>其他原因</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>On site</source>
            <translation>已到场</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Hardware</source>
            <translation>硬件</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Video conference</source>
            <translation>视频会议</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Unified communications</source>
            <translation>统一通讯</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Video wall</source>
            <translation>大屏</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Audio</source>
            <translation>音响扩声</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Machine room</source>
            <translation>机房</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Software</source>
            <translation>软件</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Electronic name cards</source>
            <translation>电子席卡</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Drone</source>
            <translation>无人机</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Service request</source>
            <translation>服务请求</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Engineer (signature):</source>
            <translation>工程师（签字）：</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Reviewed by (signature):</source>
            <translation>审核人（签字）：</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/fault_report.py" line="0" />
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/errors.py" line="40" />
            <source>{field} is required.</source>
            <translation>{field}为必填项。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="42" />
            <source>{field} is too long: {length} characters, at most {max} allowed.</source>
            <translation>{field}过长：{length} 个字符，最多允许 {max} 个。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="44" />
            <source>{field} contains control characters or line breaks that are not allowed here.</source>
            <translation>{field}含有此处不允许的控制字符或换行。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="46" />
            <source>{field} is not a phone number (digits, spaces, + - and brackets only).</source>
            <translation>{field}不是有效的电话号码（只能包含数字、空格、+、- 和括号）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="48" />
            <source>{field}: “{value}” is not one of the allowed values ({allowed}).</source>
            <translation>{field}：“{value}”不在允许的取值范围内（{allowed}）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="50" />
            <source>{field}: “{value}” already exists.</source>
            <translation>{field}：“{value}”已存在。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="52" />
            <source>{field}: the selected item no longer exists.</source>
            <translation>{field}：所选项已不存在。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="54" />
            <source>{field} ({at}) is in the future.</source>
            <translation>{field}（{at}）晚于当前时间。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="56" />
            <source>{field} ({at}) is before the ticket was created ({created}).</source>
            <translation>{field}（{at}）早于工单新建时间（{created}）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="58" />
            <source>{field} has no time zone.</source>
            <translation>{field}缺少时区。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="60" />
            <source>{field} is unchanged.</source>
            <translation>{field}未作更改。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="62" />
            <source>{field}: a PIN has 4 to 12 digits.</source>
            <translation>{field}：PIN 码须为 4 至 12 位数字。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="64" />
            <source>{field}: a password has 6 to 128 characters.</source>
            <translation>{field}：密码须为 6 至 128 个字符。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="66" />
            <source>{field}: the two entries differ.</source>
            <translation>{field}：两次输入不一致。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="68" />
            <source>{field} has the wrong format.</source>
            <translation>{field}格式不正确。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="70" />
            <source>{field} is invalid ({code}).</source>
            <translation>{field}无效（{code}）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="92" />
            <source>the ticket has no creation event</source>
            <translation>该工单缺少新建记录</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="94" />
            <location filename="../../ui/errors.py" line="96" />
            <location filename="../../ui/errors.py" line="106" />
            <source>reopen it first</source>
            <translation>请先重新打开</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="96" />
            <source>it was acknowledged already</source>
            <translation>该工单已响应</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="98" />
            <source>acknowledge it first</source>
            <translation>请先响应</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="100" />
            <source>it is marked on site already</source>
            <translation>该工单已标记到场</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="102" />
            <source>resume it first</source>
            <translation>请先解除挂起</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="104" />
            <source>it is paused already</source>
            <translation>该工单已挂起</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="108" />
            <source>resolve it first</source>
            <translation>请先恢复</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="110" />
            <source>it is closed already</source>
            <translation>该工单已关闭</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="112" />
            <source>it is not paused</source>
            <translation>该工单未挂起</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="114" />
            <source>it is still open</source>
            <translation>该工单尚未恢复</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="120" />
            <source>A ticket can only be created once.</source>
            <translation>工单只能新建一次。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="123" />
            <source>not yet created</source>
            <translation>未新建</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="126" />
            <source>Cannot {action} a ticket in status “{status}”: {hint}.</source>
            <translation>无法对状态为“{status}”的工单执行“{action}”：{hint}。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="129" />
            <source>Cannot {action} a ticket in status “{status}”.</source>
            <translation>无法对状态为“{status}”的工单执行“{action}”。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="135" />
            <source>The file was not modified. Backups are kept in {backups}.</source>
            <translation>文件未被修改。备份保存在 {backups}。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="142" />
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="143" />
            <source>Operator</source>
            <translation>值班员</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="144" />
            <source>Room</source>
            <translation>场所</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="145" />
            <source>Contract profile</source>
            <translation>SLA 方案</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="146" />
            <source>Attachment</source>
            <translation>附件</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="147" />
            <source>Equipment</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="158" />
            <source>Unknown priority “{code}”; this contract has: {allowed}.</source>
            <translation>未知优先级“{code}”；本合同的优先级为：{allowed}。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="161" />
            <source>Unknown contract profile “{code}”.</source>
            <translation>未知 SLA 方案“{code}”。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="164" />
            <source>{what} “{key}” was not found; it may have been removed.</source>
            <translation>未找到{what}“{key}”，可能已被删除。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="168" />
            <source>Sign-in failed: the operator or the PIN/password is not right.</source>
            <translation>登录失败：值班员或 PIN 码/密码不正确。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="169" />
            <source>The database file is damaged and cannot be opened:
{path}

{advice}
Close opsdesk, move the damaged file aside and copy the newest backup in its place, or ask your supervisor.</source>
            <translation>数据库文件已损坏，无法打开：
{path}

{advice}
请关闭 opsdesk，将损坏的文件移走，并把最新的备份复制到原位置；或联系主管。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="175" />
            <source>The database file cannot be written:
{path}

{advice}
Check that the disk is not full or write-protected and that you may write to the folder, then start opsdesk again.</source>
            <translation>数据库文件无法写入：
{path}

{advice}
请检查磁盘是否已满或写保护，以及是否有该文件夹的写入权限，然后重新启动 opsdesk。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="181" />
            <source>The database file was written by a newer version of opsdesk (schema {revision}):
{path}

{advice}
Install the newer opsdesk version to open it.</source>
            <translation>数据库文件由更新版本的 opsdesk 写入（结构版本 {revision}）：
{path}

{advice}
请安装较新版本的 opsdesk 后再打开。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="186" />
            <source>Cannot import {source}: the content is not in the expected format ({detail}).</source>
            <translation>无法导入 {source}：内容格式不符合要求（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="189" />
            <source>No installed font can print the character “{char}” (U+{code}). Install a CJK font such as WenQuanYi Zen Hei.</source>
            <translation>已安装的字体均无法打印字符“{char}”（U+{code}）。请安装中文字体，例如文泉驿正黑。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="193" />
            <source>The file {name} is too large ({size}); at most {limit} can be attached.</source>
            <translation>文件 {name} 过大（{size}），附件最大为 {limit}。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="212" />
            <source>Permission denied: {name}.</source>
            <translation>没有权限：{name}。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="214" />
            <source>The operation failed: {reason} ({name}).</source>
            <translation>操作失败：{reason}（{name}）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="218" />
            <source>Something went wrong ({kind}). The details were written to the log.</source>
            <translation>发生错误（{kind}），详细信息已写入日志。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="235" />
            <source>The settings file of this console could not be read, so every setting is back to its default. A copy of the damaged file was kept in {folder}.</source>
            <translation>无法读取本席位的设置文件，所有设置已恢复为默认值。损坏的文件已另存一份在 {folder}。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="243" />
            <source>The console code is not set: every ticket code starts with it, and it must differ from the other consoles' codes. Set it in the settings before working.</source>
            <translation>席位代码未设置：本席位所有工单编号都以它开头，且必须与其他席位的代码不同。请先在设置中填写，再开始工作。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="251" />
            <source>The time zone in the settings is not known; {zone} is used until you choose one.</source>
            <translation>设置中的时区无法识别；在您重新选择之前暂用 {zone}。</translation>
        </message>
        <message>
            <source>The time {at} is in the future (now: {bound}).</source>
            <translation type="vanished">时间 {at} 晚于当前时间（当前：{bound}）。</translation>
        </message>
        <message>
            <source>The time {at} is before {bound}, the ticket's creation or its previous event.</source>
            <translation type="vanished">时间 {at} 早于 {bound}（工单新建时间或上一事件时间）。</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../ui/labels.py" line="61" />
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="62" />
            <location filename="../../ui/labels.py" line="80" />
            <source>Acknowledged</source>
            <translation>已响应</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="63" />
            <source>On site</source>
            <translation>已到场</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="64" />
            <location filename="../../ui/labels.py" line="84" />
            <location filename="../../ui/labels.py" line="175" />
            <source>Paused</source>
            <translation>已挂起</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="65" />
            <location filename="../../ui/labels.py" line="82" />
            <source>Resolved</source>
            <translation>已恢复</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="66" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="79" />
            <source>Created</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="81" />
            <source>Arrived on site</source>
            <translation>已到场</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="83" />
            <source>Closed (verified)</source>
            <translation>已关闭（已确认）</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="85" />
            <source>Resumed</source>
            <translation>已解除挂起</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="86" />
            <source>Reassigned</source>
            <translation>已改派</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="87" />
            <source>Priority changed</source>
            <translation>已调整优先级</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="88" />
            <source>Reopened</source>
            <translation>已重新打开</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="89" />
            <source>Comment</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="90" />
            <location filename="../../ui/labels.py" line="290" />
            <source>Attachment</source>
            <translation>附件</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="91" />
            <source>Fault report submitted</source>
            <translation>已提交故障报告</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="105" />
            <source>create</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="106" />
            <source>acknowledge</source>
            <translation>响应</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="107" />
            <source>mark on site</source>
            <translation>标记到场</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="108" />
            <source>resolve</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="109" />
            <source>close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="110" />
            <source>pause</source>
            <translation>挂起</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="111" />
            <source>resume</source>
            <translation>解除挂起</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="112" />
            <source>reassign</source>
            <translation>改派</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="113" />
            <source>change the priority of</source>
            <translation>调整优先级</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="114" />
            <source>reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="115" />
            <source>comment on</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="116" />
            <source>attach a file to</source>
            <translation>添加附件</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="117" />
            <source>submit the fault report of</source>
            <translation>提交故障报告</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="131" />
            <source>Hardware</source>
            <translation>硬件</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="132" />
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="133" />
            <source>Video conference</source>
            <translation>视频会议</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="134" />
            <source>Unified comms</source>
            <translation>统一通讯</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="135" />
            <source>Video wall / display</source>
            <translation>大屏 / 显示</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="136" />
            <source>Audio</source>
            <translation>音响扩声</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="137" />
            <location filename="../../ui/labels.py" line="216" />
            <source>Machine room</source>
            <translation>机房</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="138" />
            <source>Software</source>
            <translation>软件</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="139" />
            <source>Electronic name cards</source>
            <translation>电子席卡</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="140" />
            <source>Drone</source>
            <translation>无人机</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="141" />
            <source>Service request</source>
            <translation>服务请求</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="142" />
            <location filename="../../ui/labels.py" line="219" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="155" />
            <source>Respond</source>
            <translation>响应</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="156" />
            <source>Arrival</source>
            <translation>到场</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="157" />
            <source>Resolve</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="158" />
            <source>Fault report</source>
            <translation>故障报告</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="171" />
            <source>On time</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="172" />
            <source>At risk</source>
            <translation>临近超时</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="173" />
            <source>Breached</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="174" />
            <source>Met</source>
            <translation>已达标</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="176" />
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="177" />
            <source>No target</source>
            <translation>无时限</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="190" />
            <source>Waiting for vendor</source>
            <translation>等待厂商</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="191" />
            <source>Waiting for spare part</source>
            <translation>等待备件</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="192" />
            <source>Waiting for client</source>
            <translation>等待用户方</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="193" />
            <source>Other reason</source>
            <translation>其他原因</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="205" />
            <source>Operator</source>
            <translation>值班员</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="205" />
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="214" />
            <source>Command hall</source>
            <translation>指挥大厅</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="215" />
            <source>Office</source>
            <translation>办公室</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="217" />
            <source>UPS room</source>
            <translation>UPS 机房</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="218" />
            <source>Meeting room</source>
            <translation>会议室</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="229" />
            <source>24x7</source>
            <translation>7×24 小时</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="230" />
            <source>Business hours (workdays)</source>
            <translation>工作时间（工作日）</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="256" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="257" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="258" />
            <source>Reporter</source>
            <translation>报修人</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="259" />
            <source>Reporter phone</source>
            <translation>报修人电话</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="260" />
            <source>Reporter unit</source>
            <translation>报修单位</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="261" />
            <source>Equipment</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="262" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="263" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="264" />
            <source>Location</source>
            <translation>位置</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="265" />
            <source>Assignee</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="266" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="267" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="268" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="269" />
            <source>New value</source>
            <translation>新值</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="270" />
            <source>Fault level</source>
            <translation>故障等级</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="271" />
            <source>Cause</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="272" />
            <source>Handling</source>
            <translation>处理过程</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="273" />
            <source>Result</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="274" />
            <source>Replaced part model</source>
            <translation>更换部件型号</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="275" />
            <source>Replaced part serial number</source>
            <translation>更换部件序列号</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="276" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="277" />
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="278" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="279" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="280" />
            <source>PIN or password</source>
            <translation>PIN 码或密码</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="281" />
            <source>Sign-in method</source>
            <translation>登录方式</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="282" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="283" />
            <source>Chinese name</source>
            <translation>中文名称</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="284" />
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="285" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="286" />
            <source>Console code</source>
            <translation>席位代码</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="287" />
            <source>Contract profile</source>
            <translation>SLA 方案</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="288" />
            <source>Time zone</source>
            <translation>时区</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="289" />
            <source>File name</source>
            <translation>文件名</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="291" />
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="292" />
            <source>File</source>
            <translation>文件</translation>
        </message>
    </context>
</TS>
