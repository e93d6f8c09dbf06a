<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AcknowledgeDialog</name>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="222" />
            <source>Sign in first (Ctrl+L): the acknowledgement is stamped with your name.</source>
            <translation>请先登录（Ctrl+L）：接班确认会记录您的姓名。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="248" />
            <source>Take over the shift</source>
            <translation>接班</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="250" />
            <source>{who} handed over at {at}</source>
            <translation>{who} 于 {at} 交班</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="252" />
            <source>Handed over:</source>
            <translation>交接事项：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="253" />
            <source>Nothing open was listed.</source>
            <translation>未列出未完成事项。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="254" />
            <source>Outgoing notes:</source>
            <translation>交班说明：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="255" />
            <source>Your &amp;remarks (optional):</source>
            <translation>接班备注(&amp;R)（可选）：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="258" />
            <source>&amp;Acknowledge as {name} (Ctrl+Enter)</source>
            <translation>以 {name} 身份确认接班(&amp;A)（Ctrl+Enter）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="260" />
            <source>&amp;Acknowledge</source>
            <translation>确认接班(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="185" />
            <source>Absences: {n}, assessment points: {p}</source>
            <translation>缺岗：{n} 次，考核扣分：{p}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="193" />
            <source>Choose the engineer.</source>
            <translation>请选择值班员。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="209" />
            <source>{name} checked in at {at}.</source>
            <translation>{name} 已于 {at} 签到。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="211" />
            <source>{name} checked out at {at}.</source>
            <translation>{name} 已于 {at} 签退。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="221" />
            <source>Attendance</source>
            <translation>考勤</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="222" />
            <source>&amp;Engineer:</source>
            <translation>值班员(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="223" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="224" />
            <source>Duties from</source>
            <translation>班次从</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="225" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="226" />
            <source>Check &amp;in</source>
            <translation>签到(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="227" />
            <source>Check &amp;out</source>
            <translation>签退(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="230" />
            <source>Duty</source>
            <translation>班次</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="231" />
            <source>Engineer</source>
            <translation>值班员</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="232" />
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="233" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="234" />
            <source>Checked in</source>
            <translation>签到时间</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="235" />
            <source>Checked out</source>
            <translation>签退时间</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_attendance.py" line="236" />
            <source>Points</source>
            <translation>扣分</translation>
        </message>
    </context>
    <context>
        <name>AttendeesModel</name>
        <message>
            <location filename="../../ui/models/attendees_model.py" line="71" />
            <source>Rank</source>
            <translation>排序</translation>
        </message>
        <message>
            <location filename="../../ui/models/attendees_model.py" line="72" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/models/attendees_model.py" line="73" />
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../../ui/models/attendees_model.py" line="74" />
            <source>Organisation</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../ui/models/attendees_model.py" line="75" />
            <source>Seat slot</source>
            <translation>座次</translation>
        </message>
    </context>
    <context>
        <name>AttendeesPanel</name>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="67" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="68" />
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="69" />
            <source>Organisation</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="70" />
            <source>Rank</source>
            <translation>排序</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="73" />
            <source>{field} is empty.</source>
            <translation>{field}为空。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="75" />
            <source>{field} is too long ({length} characters, at most {max}).</source>
            <translation>{field}过长（{length} 个字，最多 {max} 个）。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="78" />
            <source>{field} “{value}” also appears in row {other}.</source>
            <translation>{field}“{value}”与第 {other} 行重复。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="80" />
            <source>{field} “{value}” is already on this meeting's list.</source>
            <translation>{field}“{value}”已在本会议名单中。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="82" />
            <source>{field} “{value}” is not a whole number.</source>
            <translation>{field}“{value}”不是整数。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="84" />
            <source>{field} contains line breaks or control characters.</source>
            <translation>{field}含有换行或控制字符。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="86" />
            <source>{field} is not valid ({code}).</source>
            <translation>{field}无效（{code}）。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="96" />
            <source>Row {row}: {text}</source>
            <translation>第 {row} 行：{text}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="104" />
            <source>no column is headed Name (姓名); the first row must hold the column names.</source>
            <translation>没有“姓名”列；第一行须为列名。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="108" />
            <source>the sheet has merged cells ({cells}); unmerge them and try again.</source>
            <translation>表格有合并单元格（{cells}），请取消合并后重试。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="112" />
            <source>only .xlsx and .csv files can be imported.</source>
            <translation>只能导入 .xlsx 和 .csv 文件。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="114" />
            <source>the file cannot be read (damaged, or not a spreadsheet).</source>
            <translation>无法读取该文件（已损坏或不是表格文件）。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="116" />
            <source>the file has no attendees.</source>
            <translation>文件中没有参会人员。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="119" />
            <source>Cannot import {source}: {reason}</source>
            <translation>无法导入 {source}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="312" />
            <source>{n} attendees</source>
            <translation>共 {n} 人</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="330" />
            <source>{seats} seats, {empty} empty. Drag a seat onto another to swap them.</source>
            <translation>共 {seats} 个座位，空 {empty} 个。把一个座位拖到另一个上即可互换。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="336" />
            <source>No seat plan yet: choose the shape and press Seat by precedence.</source>
            <translation>尚未排座：选择座位形式后按“按职级排座”。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="343" />
            <source>Import attendees</source>
            <translation>导入参会人员</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="343" />
            <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
            <translation>表格文件 (*.xlsx *.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="379" />
            <source>Nothing was imported. Correct these rows and import again:</source>
            <translation>未导入任何人员。请改正以下各行后重新导入：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="426" />
            <source>Remove attendees</source>
            <translation>删除参会人员</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="427" />
            <source>Remove {names} from the list?</source>
            <translation>从名单中删除 {names}？</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="445" />
            <source>Seats per row:</source>
            <translation>每排座位：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="446" />
            <source>Front row first, separated by commas, e.g. 9,11,11</source>
            <translation>从前排起，用逗号分隔，例如 9,11,11</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="448" />
            <source>Head seats:</source>
            <translation>主位座数：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="451" />
            <source>Seats:</source>
            <translation>座位数：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="477" />
            <source>Seating</source>
            <translation>排座</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="477" />
            <source>Seats per row: type whole numbers separated by commas.</source>
            <translation>每排座位：请输入用逗号分隔的整数。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="520" />
            <location filename="../../ui/widgets/meeting_attendees.py" line="535" />
            <location filename="../../ui/widgets/meeting_attendees.py" line="538" />
            <source>Seat map</source>
            <translation>座次图</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="520" />
            <source>Seat the attendees first.</source>
            <translation>请先排座。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="542" />
            <source>Attendees</source>
            <translation>参会人员</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="546" />
            <source>&amp;Import .xlsx/.csv…</source>
            <translation>导入 .xlsx/.csv(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="547" />
            <source>Replace names already listed</source>
            <translation>替换现有名单</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="548" />
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="549" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="550" />
            <source>Name of a new attendee, Enter adds</source>
            <translation>新参会人员姓名，回车添加</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="553" />
            <source>Seats per arm:</source>
            <translation>每侧座数：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="554" />
            <source>Mirror (right is senior)</source>
            <translation>镜像（以右为尊）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="555" />
            <source>Seat by &amp;precedence</source>
            <translation>按职级排座(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="556" />
            <source>&amp;Name cards…</source>
            <translation>桌牌(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="557" />
            <source>Seat &amp;map</source>
            <translation>座次图(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="558" />
            <source>Preview and &amp;print…</source>
            <translation>预览并打印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="559" />
            <source>&amp;Save PDF…</source>
            <translation>保存 PDF(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="560" />
            <source>Front / head table</source>
            <translation>前方 / 主席台</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_attendees.py" line="560" />
            <source>↓ audience</source>
            <translation>↓ 观众方向</translation>
        </message>
        <message>
            <source>Seat &amp;map…</source>
            <translation type="vanished">座次图(&amp;M)…</translation>
        </message>
    </context>
    <context>
        <name>CalendarYearDialog</name>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="156" />
            <source>No holiday data for {year}: the roster and the SLA clocks treat Monday–Friday as workdays there. Import the State Council's arrangement for {year} (Import…) or enter the days below.</source>
            <translation>缺少 {year} 年节假日数据：排班和 SLA 计时在该年按周一至周五为工作日处理。请导入国务院 {year} 年放假安排（导入…），或在下方逐日录入。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="166" />
            <source>Source: {source}; {h} holidays, {w} make-up workdays.</source>
            <translation>来源：{source}；节假日 {h} 天，调休上班 {w} 天。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="199" />
            <source>{day} saved.</source>
            <translation>{day} 已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="208" />
            <source>Import a year's arrangement</source>
            <translation>导入全年放假安排</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="208" />
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV，UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="237" />
            <source>Imported {n} days for {years}.</source>
            <translation>已导入 {years} 年共 {n} 天。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="247" />
            <source>The file is not UTF-8 text; save it from Excel as “CSV UTF-8”.</source>
            <translation>文件不是 UTF-8 文本；请在 Excel 中另存为“CSV UTF-8”。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="255" />
            <source>Holiday calendar</source>
            <translation>节假日日历</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="256" />
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="257" />
            <source>Holidays (days off)</source>
            <translation>节假日（放假）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="258" />
            <source>Make-up workdays</source>
            <translation>调休上班日</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="260" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="260" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="261" />
            <source>Change one day</source>
            <translation>修改某一天</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="263" />
            <source>&amp;Day:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="263" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="263" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="267" />
            <source>Holiday</source>
            <translation>节假日</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="267" />
            <source>Make-up workday</source>
            <translation>调休上班</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="267" />
            <source>Normal (Mon–Fri rule)</source>
            <translation>恢复正常（按周一至周五）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="270" />
            <source>&amp;Set</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="271" />
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_calendar_year.py" line="272" />
            <source>CSV columns: date,kind,name (kind: holiday or workday)</source>
            <translation>CSV 列：date,kind,name（kind：holiday 放假 或 workday 调休上班）</translation>
        </message>
    </context>
    <context>
        <name>ChecklistModel</name>
        <message>
            <location filename="../../ui/models/checklist_model.py" line="80" />
            <source>Item</source>
            <translation>检查项</translation>
        </message>
        <message>
            <location filename="../../ui/models/checklist_model.py" line="81" />
            <source>Venue</source>
            <translation>会场</translation>
        </message>
        <message>
            <location filename="../../ui/models/checklist_model.py" line="82" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/models/checklist_model.py" line="83" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/models/checklist_model.py" line="84" />
            <source>Value / note</source>
            <translation>读数 / 说明</translation>
        </message>
        <message>
            <location filename="../../ui/models/checklist_model.py" line="85" />
            <source>By, at</source>
            <translation>记录人、时间</translation>
        </message>
        <message>
            <location filename="../../ui/models/checklist_model.py" line="86" />
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../ui/models/checklist_model.py" line="97" />
            <source> (optional)</source>
            <translation>（可选）</translation>
        </message>
        <message>
            <location filename="../../ui/models/checklist_model.py" line="139" />
            <source>T: show this ticket in the tickets pane</source>
            <translation>T：在工单页查看该工单</translation>
        </message>
    </context>
    <context>
        <name>ChecklistRunView</name>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="240" />
            <source>No checklist open. Choose a meeting and start or open a checklist.</source>
            <translation>未打开检查单。请选择会议，开始或打开一份检查单。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="250" />
            <source>{meeting} — {template} (version {version})</source>
            <translation>{meeting} — {template}（第{version}版）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="256" />
            <source>{done} of {total} done</source>
            <translation>已完成 {done} / {total}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="258" />
            <source>{n} blocking</source>
            <translation>{n} 项未通过</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="258" />
            <source>Nothing blocking</source>
            <translation>全部通过</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="262" />
            <source>The template was edited (now version {new}); this checklist keeps version {old}, the one it was started with.</source>
            <translation>模板已修改（现为第{new}版）；本检查单仍按开始时的第{old}版执行。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="280" />
            <source>Meeting {when}</source>
            <translation>会议：{when}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="284" />
            <source>Finished {at} by {who}.</source>
            <translation>{who} 于 {at} 完成。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="292" />
            <source>Late: this checklist was due at {due} and {n} lines still block it.</source>
            <translation>已逾期：本检查单应于 {due} 前完成，仍有 {n} 项未通过。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="299" />
            <source>Due by {due}.</source>
            <translation>须于 {due} 前完成。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="450" />
            <source>Reading for “{item}” ({range}); Enter records it, Esc cancels.</source>
            <translation>“{item}”的读数（{range}）；回车记录，Esc 取消。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="451" />
            <source>any value</source>
            <translation>任意值</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="456" />
            <source>Text for “{item}”; Enter records it, Esc cancels.</source>
            <translation>“{item}”的文字；回车记录，Esc 取消。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="478" />
            <source>Fault on “{item}”: describe it; Enter records the fault and files the ticket, Esc cancels.</source>
            <translation>“{item}”故障：请描述；回车记录故障并提交工单，Esc 取消。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="484" />
            <source>What is wrong</source>
            <translation>故障现象</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="528" />
            <source>Type a number, e.g. 42 or 3.5.</source>
            <translation>请输入数字，例如 42 或 3.5。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="531" />
            <source>Reading {value} {unit} outside {range}</source>
            <translation>读数 {value} {unit} 超出 {range}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="538" />
            <source>Type the text, or press Esc.</source>
            <translation>请输入文字，或按 Esc。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="549" />
            <source>The ticket is still being prepared; press Enter again.</source>
            <translation>工单正在准备中，请再按一次回车。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="565" />
            <source>Attach a photo</source>
            <translation>附加照片</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="565" />
            <source>Images (*.jpg *.jpeg *.png *.bmp);;All files (*)</source>
            <translation>图片 (*.jpg *.jpeg *.png *.bmp);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="620" />
            <source>Finish the checklist</source>
            <translation>完成检查单</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="621" />
            <source>{n} lines still block this checklist. Finish it anyway (they stay on the record)?</source>
            <translation>本检查单仍有 {n} 项未通过。仍要完成吗（这些项会保留在记录中）？</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="657" />
            <location filename="../../ui/widgets/checklist_run.py" line="663" />
            <source>Checklist record</source>
            <translation>检查记录</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="686" />
            <source>Checklist</source>
            <translation>检查单</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="691" />
            <source>Keys: O or 1 OK · F or 2 fault · N or 3 not applicable · Enter OK / value · B next blocker · P photo · V view the photo · T show the ticket · ↑↓ move</source>
            <translation>按键：O 或 1 正常 · F 或 2 故障 · N 或 3 不适用 · 回车 正常/录入 · B 下一未通过项 · P 附照片 · V 看照片 · T 查看工单 · ↑↓ 移动</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="696" />
            <source>File a tic&amp;ket</source>
            <translation>提交工单(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="697" />
            <source>Ticket title</source>
            <translation>工单标题</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="698" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="699" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="700" />
            <source>Fi&amp;nish</source>
            <translation>完成(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="701" />
            <source>&amp;Record</source>
            <translation>检查记录(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="702" />
            <source>Preview and &amp;print…</source>
            <translation>预览并打印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checklist_run.py" line="703" />
            <source>&amp;Save PDF…</source>
            <translation>保存 PDF(&amp;S)…</translation>
        </message>
        <message>
            <source>File a &amp;ticket</source>
            <translation type="vanished">提交工单(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation type="vanished">完成(&amp;F)</translation>
        </message>
        <message>
            <source>Keys: O or 1 OK · F or 2 fault · N or 3 not applicable · Enter OK / value · P photo · V view the photo · T show the ticket · ↑↓ move</source>
            <translation type="vanished">按键：O 或 1 正常 · F 或 2 故障 · N 或 3 不适用 · 回车 正常/录入 · P 附照片 · V 看照片 · T 查看工单 · ↑↓ 移动</translation>
        </message>
        <message>
            <source>&amp;Print record…</source>
            <translation type="vanished">打印记录(&amp;P)…</translation>
        </message>
        <message>
            <source>Keys: O or 1 OK · F or 2 fault · N or 3 not applicable · Enter OK / value · P photo · T show the ticket · ↑↓ move</source>
            <translation type="vanished">按键：O 或 1 正常 · F 或 2 故障 · N 或 3 不适用 · 回车 正常/录入 · P 照片 · T 查看工单 · ↑↓ 移动</translation>
        </message>
    </context>
    <context>
        <name>ConnectionState</name>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="84" />
            <source>Sign-in refused</source>
            <translation>登录被拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="86" />
            <source>Sync stopped</source>
            <translation>同步已停止</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="88" />
            <source>Offline since {time} ({n} pending)</source>
            <translation>离线，自 {time} 起（{n} 条待发送）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="93" />
            <source>Conflicts ({n})</source>
            <translation>冲突（{n}）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="95" />
            <source>Set aside ({n})</source>
            <translation>已搁置（{n}）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="97" />
            <source>Syncing ({n} pending)</source>
            <translation>同步中（{n} 条待发送）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="99" />
            <source>Online</source>
            <translation>在线</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="101" />
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="103" />
            <source>Standalone</source>
            <translation>单机</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="111" />
            <source>Standalone: no shared server is configured; this console keeps its data alone. Click for the sync view.</source>
            <translation>单机：未配置共享服务器，本席位的数据仅保存在本机。点击打开同步视图。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="115" />
            <source>Connection to the shared server</source>
            <translation>与共享服务器的连接</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="119" />
            <source>Reason: {reason}</source>
            <translation>原因：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="121" />
            <source>Work goes on locally; changes are sent when the server is back.</source>
            <translation>工作在本地照常进行；服务器恢复后会发送更改。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="122" />
            <source>Waiting to be sent: {n}</source>
            <translation>待发送：{n}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="123" />
            <source>Conflicts to decide: {n}</source>
            <translation>待处理冲突：{n}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="124" />
            <source>Set aside by the server: {n}</source>
            <translation>被服务器搁置：{n}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="126" />
            <source>Last synced: {time}</source>
            <translation>上次同步：{time}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="127" />
            <source>Click for the sync view.</source>
            <translation>点击打开同步视图。</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation type="vanished">离线</translation>
        </message>
    </context>
    <context>
        <name>DayDialog</name>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="168" />
            <source>manual</source>
            <translation>手工</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="169" />
            <source>any post</source>
            <translation>任意岗位</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="184" />
            <source>{n} missing</source>
            <translation>缺 {n} 人</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="222" />
            <source>(replacement not approved)</source>
            <translation>（替换人员未经确认）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="270" />
            <source>Choose a shift, a post and an engineer.</source>
            <translation>请选择班次、岗位和值班员。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="309" />
            <source>Edit the day</source>
            <translation>调整当天排班</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="312" />
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="313" />
            <source>Hours</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="314" />
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="315" />
            <source>Engineer</source>
            <translation>值班员</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="316" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="317" />
            <source>Edit</source>
            <translation>调整</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="322" />
            <source>&amp;Shift:</source>
            <translation>班次(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="322" />
            <source>P&amp;ost:</source>
            <translation>岗位(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="322" />
            <source>&amp;Engineer:</source>
            <translation>值班员(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="322" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="326" />
            <source>&amp;Add (Ctrl+Enter)</source>
            <translation>添加(&amp;A)（Ctrl+Enter）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="327" />
            <source>&amp;Replace selected</source>
            <translation>替换所选(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_day.py" line="328" />
            <source>Re&amp;move selected (Del)</source>
            <translation>移除所选(&amp;M)（Del）</translation>
        </message>
    </context>
    <context>
        <name>DeskStatusBar</name>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="199" />
            <source>Not signed in</source>
            <translation>未登录</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="202" />
            <source>Signed-in operator (Ctrl+L to switch)</source>
            <translation>当前值班员（Ctrl+L 切换）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="203" />
            <source>Console {code}</source>
            <translation>席位 {code}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="204" />
            <source>Time in {zone}</source>
            <translation>{zone} 时间</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="205" />
            <source>Working…</source>
            <translation>处理中…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="207" />
            <source>⚠ No holiday data for {years}</source>
            <translation>⚠ 缺少 {years} 年节假日数据</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="209" />
            <source>Workdays in these years fall back to Monday–Friday. Import the State Council's holiday arrangement: opsdesk-cli calendar import FILE.csv</source>
            <translation>这些年份的工作日暂按周一至周五计算。请导入国务院办公厅发布的节假日安排：opsdesk-cli calendar import FILE.csv</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="249" />
            <source>First sync %p%</source>
            <translation>首次同步 %p%</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="251" />
            <source>This console is fetching the shared data: {done} of {total} records.</source>
            <translation>本席位正在获取共享数据：{done} / {total} 条记录。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="270" />
            <source>At risk {at_risk} · Breached {breached}</source>
            <translation>临近超时 {at_risk} · 已超时 {breached}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/status_bar.py" line="274" />
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
        <name>ExportRangeDialog</name>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="135" />
            <source>Holiday duty list (PDF)</source>
            <translation>节假日值班表（PDF）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="136" />
            <source>Holiday duty list (Excel)</source>
            <translation>节假日值班表（Excel）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="137" />
            <source>Month roster (PDF)</source>
            <translation>月度排班表（PDF）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="138" />
            <source>Month roster (Excel)</source>
            <translation>月度排班表（Excel）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="139" />
            <source>Calendar file per engineer (.ics)</source>
            <translation>个人值班日历（.ics）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="143" />
            <location filename="../../ui/dialogs/roster_export.py" line="146" />
            <source>The days off around the next holiday are proposed; names and phone numbers are listed.</source>
            <translation>默认为下一个节假日的放假日期；表中列出姓名和电话。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="149" />
            <source>One .ics file per engineer; choose “all” to write one file each into a folder.</source>
            <translation>每位值班员一个 .ics 文件；选择“全部”则逐人写入一个文件夹。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="153" />
            <source>The month shown is proposed.</source>
            <translation>默认为当前显示的月份。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="154" />
            <source>&amp;From:</source>
            <translation>从(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="155" />
            <source>&amp;To (inclusive):</source>
            <translation>至(&amp;T)（含）：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="156" />
            <source>&amp;Engineer:</source>
            <translation>值班员(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="157" />
            <source>All engineers (one file each)</source>
            <translation>全部值班员（每人一个文件）</translation>
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
        <name>GenerateDialog</name>
        <message>
            <location filename="../../ui/dialogs/roster_generate.py" line="168" />
            <source>The last day is before the first day.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_generate.py" line="198" />
            <source>Go on: roster {years} as Monday–Friday workdays (no holiday data)</source>
            <translation>继续：{years} 年按周一至周五为工作日排班（无节假日数据）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_generate.py" line="207" />
            <source>Preview (nothing saved): </source>
            <translation>预览（未保存）：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_generate.py" line="207" />
            <source>Saved: </source>
            <translation>已保存：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_generate.py" line="210" />
            <source>{filled} of {required} slots filled from {start} to {end}; {created} new, {kept} unchanged, {removed} removed, {pinned} manual edits kept.</source>
            <translation>{start} 至 {end}：需排 {required} 个班次，已排 {filled} 个；新增 {created}，不变 {kept}，移除 {removed}，保留手工调整 {pinned}。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_generate.py" line="230" />
            <source>Warning: no holiday data for {years}; those days were rostered as Monday–Friday.</source>
            <translation>警告：缺少 {years} 年节假日数据，这些日期按周一至周五排班。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_generate.py" line="245" />
            <source>Difference between the most and the least loaded engineer: duties {total}, weekends {weekend}, holidays {holiday}, nights {night}.</source>
            <translation>最多与最少值班员之差：班次 {total}，周末 {weekend}，节假日 {holiday}，夜班 {night}。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_generate.py" line="260" />
            <source>Every slot is filled and every rule kept.</source>
            <translation>所有班次均已排满，所有规则均已遵守。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_generate.py" line="261" />
            <location filename="../../ui/dialogs/roster_generate.py" line="278" />
            <source>Could not satisfy ({n})</source>
            <translation>未能满足（{n}）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_generate.py" line="264" />
            <source>Generate the roster</source>
            <translation>生成排班</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_generate.py" line="265" />
            <source>&amp;From:</source>
            <translation>从(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_generate.py" line="266" />
            <source>&amp;To (inclusive):</source>
            <translation>至(&amp;T)（含）：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_generate.py" line="268" />
            <source>Generated assignments in the range are replaced; manual edits and approved swaps are kept. Preview first to see the fairness table and what cannot be satisfied.</source>
            <translation>期间内自动生成的排班将被替换；手工调整和已批准的换班保留。请先预览，查看公平性统计和未能满足的要求。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_generate.py" line="273" />
            <source>&amp;Preview</source>
            <translation>预览(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_generate.py" line="274" />
            <source>&amp;Generate and save</source>
            <translation>生成并保存(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_generate.py" line="275" />
            <source>Fairness over the range</source>
            <translation>期间公平性统计</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="111" />
            <location filename="../../ui/dialogs/roster_handover.py" line="165" />
            <source>Nothing open: no open tickets, clocks or checklists.</source>
            <translation>无未完成事项：没有未关闭工单、计时或检查单。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="119" />
            <source>The notes are too long: at most {n} characters.</source>
            <translation>说明过长：最多 {n} 个字符。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="122" />
            <source>Sign in first (Ctrl+L): a handover is stamped with your name.</source>
            <translation>请先登录（Ctrl+L）：交班会记录您的姓名。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="147" />
            <source>Hand over the shift</source>
            <translation>交班</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="150" />
            <source>Outgoing: {name}. The time is stamped when you save.</source>
            <translation>交班人：{name}。保存时记录时间。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="152" />
            <source>Nobody is signed in.</source>
            <translation>当前无人登录。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="155" />
            <source>Listed automatically (open tickets, clocks at risk, unfinished checklists):</source>
            <translation>自动列出（未关闭工单、临近超时的计时、未完成的检查单）：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="157" />
            <source>&amp;Notes for the incoming engineer:</source>
            <translation>给接班人的说明(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="159" />
            <source>What is going on, what to watch, what was promised to whom…</source>
            <translation>当前情况、需关注事项、对谁做过什么承诺…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="161" />
            <source>Checklists are not recorded on this desk yet; none are listed.</source>
            <translation>本值班台尚未记录检查单，未列出检查单。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="162" />
            <source>&amp;Hand over (Ctrl+Enter)</source>
            <translation>交班(&amp;H)（Ctrl+Enter）</translation>
        </message>
    </context>
    <context>
        <name>HandoverHistoryDialog</name>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="336" />
            <source>not yet</source>
            <translation>尚未接班</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="347" />
            <source>{n} found</source>
            <translation>找到 {n} 条</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="361" />
            <source>{who} handed over at {at}</source>
            <translation>{who} 于 {at} 交班</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="369" />
            <source>Acknowledged by {who} at {at}</source>
            <translation>{who} 于 {at} 确认接班</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="377" />
            <source>Handover history</source>
            <translation>交接班记录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="378" />
            <source>Search notes, names, ticket codes…</source>
            <translation>搜索说明、姓名、工单号…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="379" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="380" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="383" />
            <source>Handed over</source>
            <translation>交班时间</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="384" />
            <source>Outgoing</source>
            <translation>交班人</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="385" />
            <source>Acknowledged</source>
            <translation>接班</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="386" />
            <source>Items</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_handover.py" line="387" />
            <source>Notes</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialog</name>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="163" />
            <source>No rostered duty conflicts with leave or the rest rules.</source>
            <translation>现有排班与请假及休息规则均无冲突。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="170" />
            <source>Choose the engineer.</source>
            <translation>请选择值班员。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="207" />
            <source>Leave and unavailability</source>
            <translation>请假与不可排班</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="208" />
            <location filename="../../ui/dialogs/roster_leave.py" line="211" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="209" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="211" />
            <source>Engineer</source>
            <translation>值班员</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="211" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="211" />
            <source>To</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="211" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="213" />
            <source>&amp;Cancel selected leave</source>
            <translation>撤销所选请假(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="214" />
            <source>New leave</source>
            <translation>新增请假</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="218" />
            <source>&amp;Engineer:</source>
            <translation>值班员(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="219" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="220" />
            <source>&amp;From:</source>
            <translation>从(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="221" />
            <source>&amp;To (inclusive):</source>
            <translation>至(&amp;T)（含）：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="222" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="229" />
            <source>&amp;Add leave (Ctrl+Enter)</source>
            <translation>添加请假(&amp;A)（Ctrl+Enter）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_leave.py" line="230" />
            <source>Rostered duties that break a rule now:</source>
            <translation>目前违反规则的排班：</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="300" />
            <source>opsdesk — duty desk</source>
            <translation>opsdesk — 值班台</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="301" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="302" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="303" />
            <source>&amp;Go to</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="304" />
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="305" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="306" />
            <source>&amp;New ticket</source>
            <translation>新建工单(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="307" />
            <source>&amp;Export list…</source>
            <translation>导出列表(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="308" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="309" />
            <source>&amp;Search</source>
            <translation>搜索(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="310" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="311" />
            <source>&amp;Dark theme</source>
            <translation>深色主题(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="312" />
            <source>&amp;Full screen</source>
            <translation>全屏(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="313" />
            <source>S&amp;witch operator…</source>
            <translation>切换值班员(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="314" />
            <source>&amp;Operators…</source>
            <translation>值班员(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="315" />
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="316" />
            <source>&amp;About opsdesk</source>
            <translation>关于 opsdesk(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="425" />
            <source>About opsdesk</source>
            <translation>关于 opsdesk</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="426" />
            <source>&lt;b&gt;opsdesk&lt;/b&gt; {version}&lt;br&gt;The desk of the on-site IT duty engineers of a command center: tickets with SLA clocks.&lt;br&gt;Qt {qt}</source>
            <translation>&lt;b&gt;opsdesk&lt;/b&gt; {version}&lt;br&gt;指挥中心驻场 IT 值班工程师的值班台：工单与 SLA 时限管理。&lt;br&gt;Qt {qt}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="479" />
            <source>Quit opsdesk</source>
            <translation>退出 opsdesk</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="480" />
            <source>There is unsaved work. Quit anyway and lose it?</source>
            <translation>有未保存的内容。仍要退出并放弃这些内容吗？</translation>
        </message>
    </context>
    <context>
        <name>MeetingDocuments</name>
        <message>
            <location filename="../../ui/dialogs/meeting_documents.py" line="77" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_documents.py" line="96" />
            <source>Saved as
{path}

Open it now?</source>
            <translation>已保存为
{path}

现在打开吗？</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="197" />
            <source>{name} (version {v})</source>
            <translation>{name}（第{v}版）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="345" />
            <source>{field}: the end is before the start.</source>
            <translation>{field}：结束时间早于开始时间。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="347" />
            <source>{field} is required.</source>
            <translation>{field}为必填项。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="349" />
            <source>{field} is too long (at most {max} characters).</source>
            <translation>{field}过长（最多 {max} 个字）。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="353" />
            <source>{field}: the selected item no longer exists.</source>
            <translation>{field}：所选项已不存在。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="358" />
            <source>Edit meeting</source>
            <translation>编辑会议</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="358" />
            <source>New meeting</source>
            <translation>新建会议</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="360" />
            <source>&amp;Title:</source>
            <translation>名称(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="361" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="362" />
            <source>St&amp;arts:</source>
            <translation>开始(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="363" />
            <source>&amp;Ends:</source>
            <translation>结束(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="364" />
            <source>&amp;Room:</source>
            <translation>会议室(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="365" />
            <source>Other &amp;place:</source>
            <translation>其他地点(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="366" />
            <source>Responsi&amp;ble engineer:</source>
            <translation>负责工程师(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="367" />
            <source>Participating &amp;venues:</source>
            <translation>参会会场(&amp;V)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="368" />
            <source>Start &amp;checklists:</source>
            <translation>开始检查单(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="369" />
            <source>&amp;Notes:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="375" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="376" />
            <source>(nobody yet)</source>
            <translation>（暂无）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="377" />
            <source>All &amp;districts</source>
            <translation>全部区县(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="378" />
            <source>N&amp;one</source>
            <translation>全不选(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="379" />
            <source>e.g. Weekly linked-command meeting</source>
            <translation>例如：每周联动指挥会议</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="380" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/meeting_editor.py" line="381" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation type="vanished">开始(&amp;S)：</translation>
        </message>
        <message>
            <source>Res&amp;ponsible engineer:</source>
            <translation type="vanished">负责工程师(&amp;P)：</translation>
        </message>
    </context>
    <context>
        <name>MeetingsModel</name>
        <message>
            <location filename="../../ui/models/meetings_model.py" line="56" />
            <source>Starts</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <location filename="../../ui/models/meetings_model.py" line="57" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/models/meetings_model.py" line="58" />
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../ui/models/meetings_model.py" line="59" />
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../../ui/models/meetings_model.py" line="60" />
            <source>Venues</source>
            <translation>会场</translation>
        </message>
        <message>
            <location filename="../../ui/models/meetings_model.py" line="61" />
            <source>Responsible</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/models/meetings_model.py" line="75" />
            <source> (cancelled)</source>
            <translation>（已取消）</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPane</name>
        <message>
            <location filename="../../ui/main_window.py" line="203" />
            <location filename="../../ui/panes/meetings_pane.py" line="243" />
            <location filename="../../ui/panes/meetings_pane.py" line="647" />
            <location filename="../../ui/panes/meetings_pane.py" line="651" />
            <source>Meetings</source>
            <translation>会议保障</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="350" />
            <location filename="../../ui/panes/meetings_pane.py" line="478" />
            <source>{name} (v{version})</source>
            <translation>{name}（第{version}版）</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="368" />
            <source>Late checklists ({n}): {names}</source>
            <translation>检查单已逾期（{n}）：{names}</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="370" />
            <source> and {n} more</source>
            <translation> 等，另有 {n} 项</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="432" />
            <source>Meeting support</source>
            <translation>会议保障</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="433" />
            <source>No meeting selected. Ctrl+Shift+N makes a new one.</source>
            <translation>未选择会议。按 Ctrl+Shift+N 新建会议。</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="438" />
            <source> (cancelled)</source>
            <translation>（已取消）</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="442" />
            <source>Kind: {kind}</source>
            <translation>类型：{kind}</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="443" />
            <source>Time: {start}{end}</source>
            <translation>时间：{start}{end}</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="444" />
            <source>Place: {place}</source>
            <translation>地点：{place}</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="444" />
            <source>not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="445" />
            <source>Responsible: {name}</source>
            <translation>负责人：{name}</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="445" />
            <source>nobody yet</source>
            <translation>暂无</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="451" />
            <source>Venues ({n}): {names}</source>
            <translation>参会会场（{n}）：{names}</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="455" />
            <source>No participating venues.</source>
            <translation>无参会会场。</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="466" />
            <source>finished {at}</source>
            <translation>已完成 {at}</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="469" />
            <source>LATE, {n} blocking</source>
            <translation>已逾期，{n} 项未完成</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="472" />
            <source>{n} blocking</source>
            <translation>{n} 项未完成</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="475" />
            <source>ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="480" />
            <source>{n} faults</source>
            <translation>{n} 项故障</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="499" />
            <source>Starts {when}</source>
            <translation>开始：{when}</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="536" />
            <source>Cancel the meeting</source>
            <translation>取消会议</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="537" />
            <source>Cancel “{title}”? Its checklists and attendees are kept.</source>
            <translation>取消“{title}”？其检查单和参会人员将保留。</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="652" />
            <location filename="../../ui/panes/meetings_pane.py" line="665" />
            <source>Checklist</source>
            <translation>检查单</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="653" />
            <source>Roll-call</source>
            <translation>会场点名</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="654" />
            <source>Attendees and seating</source>
            <translation>参会人员与座次</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="655" />
            <source>Alt+1</source>
            <translation>Alt+1</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="655" />
            <source>Alt+2</source>
            <translation>Alt+2</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="655" />
            <source>Alt+3</source>
            <translation>Alt+3</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="655" />
            <source>Alt+4</source>
            <translation>Alt+4</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="657" />
            <source>&amp;List</source>
            <translation>列表(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="658" />
            <source>&amp;Week</source>
            <translation>周(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="659" />
            <source>M&amp;onth</source>
            <translation>月(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="660" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="661" />
            <source>&amp;New meeting…</source>
            <translation>新建会议(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="663" />
            <source>Checklist te&amp;mplates…</source>
            <translation>检查单模板(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="665" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="665" />
            <source>Faults</source>
            <translation>故障</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="665" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="667" />
            <source>Checklists of this meeting (Enter or double click opens):</source>
            <translation>本会议的检查单（回车或双击打开）：</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="668" />
            <source>&amp;Start checklist</source>
            <translation>开始检查(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="669" />
            <source>Open chec&amp;klist</source>
            <translation>打开检查单(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="670" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/meetings_pane.py" line="671" />
            <source>Cancel meeting</source>
            <translation>取消会议</translation>
        </message>
        <message>
            <source>Checklist &amp;templates…</source>
            <translation type="vanished">检查单模板(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Open checklist</source>
            <translation type="vanished">打开检查单(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>NameCardDialog</name>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="145" />
            <source>Tent cards</source>
            <translation>桌牌</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="156" />
            <location filename="../../ui/dialogs/namecard_dialog.py" line="169" />
            <source>Save the tent cards</source>
            <translation>保存桌牌</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="180" />
            <source>Folder for the e-name-card images</source>
            <translation>电子席卡图片保存文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="204" />
            <source>This meeting has no attendees yet.</source>
            <translation>本会议还没有参会人员。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="210" />
            <source>Tent cards: {path}</source>
            <translation>桌牌：{path}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="217" />
            <source>{n} e-name-card images written to {folder}</source>
            <translation>已生成 {n} 张电子席卡图片，保存在 {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="232" />
            <source>Working…</source>
            <translation>正在处理…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="236" />
            <source>Name cards</source>
            <translation>桌牌与电子席卡</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="238" />
            <source>A4, folded</source>
            <translation>A4 对折</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="238" />
            <source>A5, folded</source>
            <translation>A5 对折</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="238" />
            <source>Custom size</source>
            <translation>自定义尺寸</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="241" />
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="242" />
            <source>Organisation</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="243" />
            <source>Name only</source>
            <translation>仅姓名</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="248" />
            <source>&amp;Paper:</source>
            <translation>纸张(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="249" />
            <source>Custom si&amp;ze:</source>
            <translation>自定义尺寸(&amp;Z)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="250" />
            <source>Second &amp;line:</source>
            <translation>第二行(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="251" />
            <source>&amp;E-card size:</source>
            <translation>电子席卡尺寸(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="255" />
            <source>Pre&amp;view and print…</source>
            <translation>预览并打印(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="256" />
            <source>&amp;Save PDF…</source>
            <translation>保存 PDF(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="257" />
            <source>E&amp;xport e-cards…</source>
            <translation>导出电子席卡(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/namecard_dialog.py" line="258" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>OnDutyStrip</name>
        <message>
            <location filename="../../ui/widgets/roster_on_duty.py" line="124" />
            <source>On duty: loading…</source>
            <translation>值班：加载中…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_on_duty.py" line="125" />
            <location filename="../../ui/widgets/roster_on_duty.py" line="163" />
            <source>On duty now</source>
            <translation>当前值班</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_on_duty.py" line="126" />
            <source>Next</source>
            <translation>下一班</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_on_duty.py" line="134" />
            <location filename="../../ui/widgets/roster_on_duty.py" line="164" />
            <source>nobody</source>
            <translation>无人</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_on_duty.py" line="167" />
            <source>Next, from {time}</source>
            <translation>下一班，{time} 起</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_on_duty.py" line="170" />
            <source>Click (or Ctrl+1) to open the duty roster.</source>
            <translation>单击（或 Ctrl+1）打开值班排班。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_on_duty.py" line="179" />
            <source>(on call: on site within {n} min)</source>
            <translation>（电话值守：{n} 分钟内到场）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_on_duty.py" line="216" />
            <source>On duty now and next</source>
            <translation>当前值班与下一班</translation>
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
        <name>PhotoDialog</name>
        <message>
            <location filename="../../ui/dialogs/meeting_photo.py" line="48" />
            <source>Photo</source>
            <translation>照片</translation>
        </message>
    </context>
    <context>
        <name>PostLegend</name>
        <message>
            <location filename="../../ui/widgets/roster_calendar.py" line="387" />
            <source>Posts:</source>
            <translation>岗位：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_calendar.py" line="389" />
            <source>Off = holiday · Work = make-up workday · ? = no holiday data · ◥ = edited by hand</source>
            <translation>休 = 节假日 · 班 = 调休上班 · ? = 无节假日数据 · ◥ = 手工调整</translation>
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
        <name>RequestsDialog</name>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="197" />
            <source>(replacement not approved)</source>
            <translation>（替换人员未经确认）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="277" />
            <source>Choose the duty the request is about.</source>
            <translation>请选择申请涉及的班次。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="283" />
            <source>Choose the duty to swap with.</source>
            <translation>请选择要对调的班次。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="285" />
            <source>Choose the replacement engineer.</source>
            <translation>请选择替班人。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="329" />
            <source>Swap and replacement requests</source>
            <translation>换班与替班申请</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="332" />
            <source>Requested</source>
            <translation>申请时间</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="333" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="334" />
            <source>Duty</source>
            <translation>班次</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="335" />
            <source>From → to</source>
            <translation>原值班员 → 新值班员</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="336" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="337" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="338" />
            <source>Decided</source>
            <translation>审批</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="339" />
            <source>Decision note</source>
            <translation>审批意见</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="342" />
            <source>S&amp;how:</source>
            <translation>显示(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="343" />
            <source>All requests</source>
            <translation>全部申请</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="346" />
            <source>Decision &amp;note:</source>
            <translation>审批意见(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="347" />
            <source>&amp;Approve</source>
            <translation>批准(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="348" />
            <source>Re&amp;ject</source>
            <translation>驳回(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="349" />
            <source>&amp;Withdraw</source>
            <translation>撤回(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="350" />
            <source>New request</source>
            <translation>新申请</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="351" />
            <source>Swap two duties</source>
            <translation>两人换班</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="352" />
            <source>Another engineer takes over</source>
            <translation>由他人替班</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="356" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="357" />
            <source>&amp;Duty:</source>
            <translation>班次(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="358" />
            <source>Swap w&amp;ith:</source>
            <translation>对调班次(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="359" />
            <source>&amp;Replacement:</source>
            <translation>替班人(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="360" />
            <source>R&amp;eason:</source>
            <translation>原因(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_requests.py" line="365" />
            <source>&amp;Submit request (Ctrl+Enter)</source>
            <translation>提交申请(&amp;S)（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Swap &amp;with:</source>
            <translation type="vanished">对调班次(&amp;W)：</translation>
        </message>
    </context>
    <context>
        <name>RollcallClock</name>
        <message>
            <location filename="../../ui/widgets/rollcall_grid.py" line="148" />
            <source>All {n} venues ready after {t}</source>
            <translation>全部 {n} 个会场已就绪，用时 {t}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rollcall_grid.py" line="154" />
            <source>{t} since the request — 3-minute limit missed</source>
            <translation>已过 {t} — 超出 3 分钟时限</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rollcall_grid.py" line="159" />
            <source>{t} since the request — {left} left to be ready</source>
            <translation>已过 {t} — 距 3 分钟时限还剩 {left}</translation>
        </message>
    </context>
    <context>
        <name>RollcallModel</name>
        <message>
            <location filename="../../ui/models/rollcall_model.py" line="78" />
            <source>Venue</source>
            <translation>会场</translation>
        </message>
        <message>
            <location filename="../../ui/models/rollcall_model.py" line="80" />
            <source>Ready after</source>
            <translation>就绪用时</translation>
        </message>
    </context>
    <context>
        <name>RollcallPanel</name>
        <message>
            <location filename="../../ui/widgets/rollcall_panel.py" line="118" />
            <location filename="../../ui/widgets/rollcall_panel.py" line="301" />
            <source>Earlier roll-calls…</source>
            <translation>以往点名…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rollcall_panel.py" line="140" />
            <source>Video roll-call</source>
            <translation>视频点名</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rollcall_panel.py" line="258" />
            <source>Roll-call</source>
            <translation>会场点名</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rollcall_panel.py" line="266" />
            <source>No roll-call running. Type a title and press Start when the request comes in.</source>
            <translation>当前没有点名。接到点名任务时，输入标题并按“开始点名”。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rollcall_panel.py" line="272" />
            <source>{title}: requested {at} by {who}; {ready} of {n} venues ready, {cells} of {total} checks recorded, {faults} faults.</source>
            <translation>{title}：{who} 于 {at} 发起；{ready}/{n} 个会场就绪，已记录 {cells}/{total} 项，故障 {faults} 项。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rollcall_panel.py" line="286" />
            <source>Closed {at}.</source>
            <translation>已于 {at} 结束。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rollcall_panel.py" line="290" />
            <source>Roll-call title</source>
            <translation>点名标题</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rollcall_panel.py" line="291" />
            <source>Requested &amp;minutes ago:</source>
            <translation>几分钟前接到任务(&amp;M)：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rollcall_panel.py" line="292" />
            <source>&amp;Start roll-call</source>
            <translation>开始点名(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rollcall_panel.py" line="293" />
            <source>C&amp;lose roll-call</source>
            <translation>结束点名(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rollcall_panel.py" line="295" />
            <source>Keys: O or 1 or Space OK · F or 2 fault · N or 3 not applicable · A whole venue OK · Delete clear · Enter next venue · arrows move</source>
            <translation>按键：O、1 或空格 正常 · F 或 2 故障 · N 或 3 不适用 · A 整个会场正常 · Delete 清除 · 回车 下一会场 · 方向键 移动</translation>
        </message>
    </context>
    <context>
        <name>RosterExport</name>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="183" />
            <source>Folder for the .ics files</source>
            <translation>.ics 文件的保存文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="187" />
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar 日历 (*.ics)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="189" />
            <source>holiday-duty-list-{span}</source>
            <translation>节假日值班表-{span}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="192" />
            <source>roster-{month}</source>
            <translation>排班表-{month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="195" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="197" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="198" />
            <source>Save the export</source>
            <translation>保存导出文件</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="278" />
            <location filename="../../ui/dialogs/roster_export.py" line="291" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_export.py" line="279" />
            <source>Saved as
{path}

Open it now?</source>
            <translation>已保存为
{path}

现在打开吗？</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <location filename="../../ui/models/roster_model.py" line="142" />
            <source>{shift} {post}: {n} missing</source>
            <translation>{shift} {post}：缺 {n} 人</translation>
        </message>
        <message>
            <location filename="../../ui/models/roster_model.py" line="151" />
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <location filename="../../ui/models/roster_model.py" line="152" />
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <location filename="../../ui/models/roster_model.py" line="153" />
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <location filename="../../ui/models/roster_model.py" line="154" />
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <location filename="../../ui/models/roster_model.py" line="155" />
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <location filename="../../ui/models/roster_model.py" line="156" />
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <location filename="../../ui/models/roster_model.py" line="157" />
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <location filename="../../ui/models/roster_model.py" line="163" />
            <source>Workday</source>
            <translation>工作日</translation>
        </message>
        <message>
            <location filename="../../ui/models/roster_model.py" line="164" />
            <source>Weekend</source>
            <translation>周末</translation>
        </message>
        <message>
            <location filename="../../ui/models/roster_model.py" line="165" />
            <location filename="../../ui/models/roster_model.py" line="315" />
            <source>Holiday</source>
            <translation>节假日</translation>
        </message>
        <message>
            <location filename="../../ui/models/roster_model.py" line="166" />
            <source>Make-up workday</source>
            <translation>调休上班</translation>
        </message>
        <message>
            <location filename="../../ui/models/roster_model.py" line="317" />
            <source>(make-up workday)</source>
            <translation>（调休上班）</translation>
        </message>
    </context>
    <context>
        <name>RosterPane</name>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="235" />
            <source>Off</source>
            <translation>休</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="236" />
            <source>Work</source>
            <translation>班</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="237" />
            <source>+{n} more</source>
            <translation>另有 {n} 人</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="238" />
            <source>{post}: {n} missing</source>
            <translation>{post}：缺 {n} 人</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="319" />
            <source>Duty roster</source>
            <translation>值班排班</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="417" />
            <source>{year}-{month:02d}</source>
            <translation>{year} 年 {month:02d} 月</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="447" />
            <source>any post</source>
            <translation>任意岗位</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="488" />
            <source>No holiday data for {years}: those days are rostered as Monday–Friday workdays. Import the State Council's arrangement before relying on them.</source>
            <translation>缺少 {years} 年节假日数据：这些日期按周一至周五为工作日排班。请先导入国务院放假安排再使用。</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="507" />
            <source>(no holiday data)</source>
            <translation>（无节假日数据）</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="515" />
            <source>Nobody is rostered on this day.</source>
            <translation>当天无人排班。</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="523" />
            <source>{shift} — {post}: {n} missing</source>
            <translation>{shift} — {post}：缺 {n} 人</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="529" />
            <source>(edited by hand)</source>
            <translation>（手工调整）</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="545" />
            <source>{who} handed over at {at}</source>
            <translation>{who} 于 {at} 交班</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="557" />
            <source>No handover is waiting.</source>
            <translation>没有待接班的交班。</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="563" />
            <location filename="../../ui/panes/roster_pane.py" line="732" />
            <source>Handovers waiting ({n})</source>
            <translation>待接班（{n}）</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="585" />
            <source>Only a supervisor can do this. Sign in as one (Ctrl+L).</source>
            <translation>只有项目经理可以执行此操作。请以项目经理身份登录（Ctrl+L）。</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="680" />
            <source>To&amp;day</source>
            <translation>今天(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="681" />
            <source>Home in the calendar</source>
            <translation>日历中按 Home 键</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="682" />
            <source>Previous (Page Up)</source>
            <translation>上一页（Page Up）</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="683" />
            <source>Next (Page Down)</source>
            <translation>下一页（Page Down）</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="684" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="685" />
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="687" />
            <source>Switch month / week view ({key})</source>
            <translation>切换月 / 周视图（{key}）</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="688" />
            <source>Loading…</source>
            <translation>加载中…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="690" />
            <source>Generate…</source>
            <translation>生成排班…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="691" />
            <source>Edit day…</source>
            <translation>调整当天…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="692" />
            <source>Swaps…</source>
            <translation>换班…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="693" />
            <source>Hand over…</source>
            <translation>交接班…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="694" />
            <source>Attendance…</source>
            <translation>考勤…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="695" />
            <source>Month / week</source>
            <translation>月 / 周视图</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="696" />
            <source>Staff…</source>
            <translation>人员…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="697" />
            <source>Shift definitions…</source>
            <translation>班次设置…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="698" />
            <source>Leave…</source>
            <translation>请假…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="699" />
            <location filename="../../ui/panes/roster_pane.py" line="720" />
            <source>Holiday calendar…</source>
            <translation>节假日日历…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="700" />
            <source>Handover history…</source>
            <translation>交接班记录…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="712" />
            <source>More</source>
            <translation>更多</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="713" />
            <location filename="../../ui/panes/roster_pane.py" line="714" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="715" />
            <source>Holiday duty list (PDF)…</source>
            <translation>节假日值班表（PDF）…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="716" />
            <source>Holiday duty list (Excel)…</source>
            <translation>节假日值班表（Excel）…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="717" />
            <source>Month roster (PDF)…</source>
            <translation>月度排班表（PDF）…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="718" />
            <source>Month roster (Excel)…</source>
            <translation>月度排班表（Excel）…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="719" />
            <source>Calendar file per engineer (.ics)…</source>
            <translation>个人值班日历（.ics）…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="721" />
            <source>Selected day</source>
            <translation>所选日期</translation>
        </message>
        <message>
            <location filename="../../ui/panes/roster_pane.py" line="722" />
            <source>&amp;Acknowledge…</source>
            <translation>确认接班(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation type="vanished">今天(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>ServerSettings</name>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="340" />
            <source>Server &amp;host:</source>
            <translation>服务器地址(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="341" />
            <source>P&amp;ort:</source>
            <translation>端口(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="342" />
            <source>&amp;Database:</source>
            <translation>数据库(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="343" />
            <source>&amp;User:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="344" />
            <source>Pass&amp;word:</source>
            <translation>密码(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="345" />
            <source>&amp;Encryption (TLS):</source>
            <translation>加密（TLS）(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="346" />
            <source>&amp;Root certificate:</source>
            <translation>根证书(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="350" />
            <source>Empty: this console works standalone</source>
            <translation>留空：本席位单机工作</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="351" />
            <source>Your own server login, e.g. zhangsan</source>
            <translation>您本人的服务器登录名，例如 zhangsan</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="352" />
            <source>Needed to check the server's certificate</source>
            <translation>用于校验服务器证书</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="353" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="354" />
            <source>&amp;Test connection</source>
            <translation>测试连接(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="356" />
            <source>Off (not encrypted)</source>
            <translation>关闭（不加密）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="357" />
            <source>Only if the server insists</source>
            <translation>仅在服务器要求时</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="358" />
            <source>When the server offers it</source>
            <translation>服务器支持时使用</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="359" />
            <source>Always, certificate not checked</source>
            <translation>始终加密，不校验证书</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="360" />
            <source>Always, certificate checked</source>
            <translation>始终加密，校验证书</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="361" />
            <source>Always, certificate and host name checked (recommended)</source>
            <translation>始终加密，校验证书和主机名（推荐）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="374" />
            <source>Server host</source>
            <translation>服务器地址</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="375" />
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="376" />
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="377" />
            <source>User</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="378" />
            <source>Encryption (TLS)</source>
            <translation>加密（TLS）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="379" />
            <location filename="../../ui/dialogs/settings_dialog.py" line="454" />
            <source>Root certificate</source>
            <translation>根证书</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="385" />
            <source>Saved; type to replace it</source>
            <translation>已保存；输入新密码可替换</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="387" />
            <source>The password of this server login</source>
            <translation>该服务器登录名的密码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="391" />
            <source>Looking for the system keyring…</source>
            <translation>正在查找系统密钥环…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="395" />
            <source>The password is kept in the system keyring ({backend}), never in the settings file.</source>
            <translation>密码保存在系统密钥环（{backend}）中，绝不写入设置文件。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="401" />
            <source>⚠ This computer has no safe keyring for passwords. The password is kept in memory for this session only: after a restart opsdesk asks for it again.</source>
            <translation>⚠ 本机没有安全的密码密钥环。密码仅在本次运行期间保存在内存中：重新启动后 opsdesk 会再次询问。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="456" />
            <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
            <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="536" />
            <source>Signing in to the server…</source>
            <translation>正在登录服务器…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="538" />
            <source>Enter the server's host name or address first.</source>
            <translation>请先填写服务器的主机名或地址。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="540" />
            <source>✖ Enter the password of this login first.</source>
            <translation>✖ 请先输入该登录名的密码。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="543" />
            <source>✔ Connected and signed in as an operator (server {id}).</source>
            <translation>✔ 已连接并以值班员身份登录（服务器 {id}）。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="155" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="156" />
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="157" />
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="159" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="160" />
            <source>&amp;Theme:</source>
            <translation>主题(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="161" />
            <source>Console &amp;code:</source>
            <translation>席位代码(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="162" />
            <source>Contract &amp;profile:</source>
            <translation>SLA 方案(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="163" />
            <source>Time &amp;zone:</source>
            <translation>时区(&amp;Z)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="164" />
            <source>Alarm &amp;sound:</source>
            <translation>告警提示音(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="165" />
            <source>&amp;Organisation:</source>
            <translation>单位名称(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="171" />
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="172" />
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="173" />
            <source>High contrast</source>
            <translation>高对比度</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="176" />
            <source>A capital letter, then up to 5 capital letters or digits, e.g. A1. Unique per console: it starts every ticket code.</source>
            <translation>以一个大写字母开头，后接至多 5 个大写字母或数字，例如 A1。每个席位唯一，作为本席位所有工单编号的前缀。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="181" />
            <source>Beep when a ticket becomes breached</source>
            <translation>工单超时时响铃提示</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="182" />
            <source>Printed on reports</source>
            <translation>打印在报告上</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="205" />
            <source>Console code: a capital letter, then up to 5 capital letters or digits (e.g. A1).</source>
            <translation>席位代码：以一个大写字母开头，后接至多 5 个大写字母或数字（例如 A1）。</translation>
        </message>
    </context>
    <context>
        <name>ShiftsDialog</name>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="273" />
            <location filename="../../ui/dialogs/roster_shifts.py" line="305" />
            <location filename="../../ui/dialogs/roster_shifts.py" line="334" />
            <source>any post</source>
            <translation>任意岗位</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="274" />
            <source>(not in use)</source>
            <translation>（停用）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="429" />
            <source>Shift definitions and rules</source>
            <translation>班次设置与规则</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="430" />
            <source>Shifts</source>
            <translation>班次</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="431" />
            <source>Rest rules</source>
            <translation>休息规则</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="432" />
            <source>Special periods</source>
            <translation>重保时段</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="435" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="436" />
            <location filename="../../ui/dialogs/roster_shifts.py" line="471" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="437" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="438" />
            <source>Days</source>
            <translation>适用日期</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="439" />
            <source>Hours</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="440" />
            <source>Posts needed</source>
            <translation>所需岗位</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="444" />
            <source>&amp;Code:</source>
            <translation>代码(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="444" />
            <source>Chinese &amp;name:</source>
            <translation>中文名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="444" />
            <source>&amp;English name:</source>
            <translation>英文名称(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="444" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="445" />
            <source>&amp;Days:</source>
            <translation>适用日期(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="445" />
            <source>&amp;Starts at:</source>
            <translation>开始时间(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="445" />
            <source>&amp;Length (hours):</source>
            <translation>时长（小时）(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="445" />
            <source>&amp;Posts needed:</source>
            <translation>所需岗位(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="446" />
            <source>Ni&amp;ght duty</source>
            <translation>夜班(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="446" />
            <source>On site &amp;within (minutes):</source>
            <translation>到场时限（分钟）(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="446" />
            <source>In &amp;use</source>
            <translation>启用(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="450" />
            <source>counts as a night for fairness</source>
            <translation>公平性统计中计为夜班</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="451" />
            <source>the generator uses this shift</source>
            <translation>自动排班使用此班次</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="452" />
            <source>not on call</source>
            <translation>非电话值守</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="453" />
            <source>日常运维×1, 大厅设备×1 — * means any post</source>
            <translation>日常运维×1, 大厅设备×1 — * 表示任意岗位</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="458" />
            <source>New shi&amp;ft</source>
            <translation>新建班次(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="459" />
            <source>Sa&amp;ve shift</source>
            <translation>保存班次(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="463" />
            <source>Most duty days in a row:</source>
            <translation>最多连续值班天数：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="464" />
            <source>Rest after a 24-hour duty (hours):</source>
            <translation>24 小时值班后最少休息（小时）：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="465" />
            <source>Least rest between two duties (hours):</source>
            <translation>两次值班最少间隔（小时）：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="470" />
            <source>Save &amp;rules</source>
            <translation>保存规则(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="471" />
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="471" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="474" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="474" />
            <source>&amp;From:</source>
            <translation>从(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="474" />
            <source>&amp;To (inclusive):</source>
            <translation>至(&amp;T)（含）：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="474" />
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="478" />
            <source>e.g. 春运, 两会, 国庆</source>
            <translation>例如：春运、两会、国庆</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="479" />
            <source>New &amp;period</source>
            <translation>新建时段(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="480" />
            <source>Save p&amp;eriod</source>
            <translation>保存时段(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="481" />
            <source>&amp;Delete period</source>
            <translation>删除时段(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;New shift</source>
            <translation type="vanished">新建班次(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Save shift</source>
            <translation type="vanished">保存班次(&amp;S)</translation>
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
        <name>StaffDialog</name>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="217" />
            <source>replaces {name}: {state}</source>
            <translation>替换 {name}：{state}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="219" />
            <source>approved</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="219" />
            <source>NOT approved</source>
            <translation>未确认</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="245" />
            <source>(nobody: a regular engineer)</source>
            <translation>（无：正式值班员）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="280" />
            <source>Approved by the client: {who}, {at}.</source>
            <translation>已经采购人确认：{who}，{at}。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="287" />
            <source>Not approved yet: the roster will not use this engineer until the approval is recorded.</source>
            <translation>尚未确认：记录确认之前，排班不会安排此人。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="369" />
            <source>Import staff</source>
            <translation>导入人员</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="369" />
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV，UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="392" />
            <source>{n} engineers imported.</source>
            <translation>已导入 {n} 名值班员。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="398" />
            <source>The file is not UTF-8 text; save it from Excel as “CSV UTF-8”.</source>
            <translation>文件不是 UTF-8 文本；请在 Excel 中另存为“CSV UTF-8”。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="414" />
            <source>Staff</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="417" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="418" />
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="419" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="420" />
            <source>Skills</source>
            <translation>技能</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="421" />
            <source>Active</source>
            <translation>在岗期间</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="422" />
            <source>Replacement</source>
            <translation>替换人员</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="426" />
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="426" />
            <source>&amp;Post:</source>
            <translation>岗位(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="426" />
            <source>P&amp;hone:</source>
            <translation>电话(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="426" />
            <source>S&amp;kills:</source>
            <translation>技能(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="426" />
            <source>&amp;Certificates:</source>
            <translation>证书(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="427" />
            <source>Active &amp;from:</source>
            <translation>到岗日期(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="427" />
            <source>Active &amp;to (last day):</source>
            <translation>离岗日期（最后一天）(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="427" />
            <source>&amp;Replaces:</source>
            <translation>替换(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="428" />
            <source>In th&amp;e rotation</source>
            <translation>参与轮班(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="428" />
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="432" />
            <source>the generator may roster this engineer</source>
            <translation>自动排班可安排此人</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="433" />
            <source>separated by 、 or ,</source>
            <translation>用 、 或 , 分隔</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="434" />
            <source>Engineer</source>
            <translation>值班员</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="435" />
            <source>Ne&amp;w (Ctrl+N)</source>
            <translation>新建(&amp;W)（Ctrl+N）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="436" />
            <source>&amp;Save (Ctrl+S)</source>
            <translation>保存(&amp;S)（Ctrl+S）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="437" />
            <source>Client approval of the replacement</source>
            <translation>采购人对替换人员的确认</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="438" />
            <source>Approved &amp;by:</source>
            <translation>确认人(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="439" />
            <source>Approved &amp;at:</source>
            <translation>确认时间(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="440" />
            <source>Recor&amp;d approval</source>
            <translation>记录确认(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="441" />
            <source>&amp;Import CSV…</source>
            <translation>导入 CSV(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_staff.py" line="443" />
            <source>Columns: name,post,phone,skills,certificates,active_from,active_to</source>
            <translation>列：name,post,phone,skills,certificates,active_from,active_to</translation>
        </message>
        <message>
            <source>&amp;Skills:</source>
            <translation type="vanished">技能(&amp;S)：</translation>
        </message>
        <message>
            <source>On &amp;rotation</source>
            <translation type="vanished">参与轮班(&amp;R)</translation>
        </message>
        <message>
            <source>Record &amp;approval</source>
            <translation type="vanished">记录确认(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>SyncPane</name>
        <message>
            <location filename="../../ui/main_window.py" line="208" />
            <location filename="../../ui/panes/sync_pane.py" line="175" />
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="189" />
            <source>Shared server</source>
            <translation>共享服务器</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="190" />
            <source>Conflicts: both values are kept until you choose</source>
            <translation>冲突：两个值都会保留，直到您作出选择</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="191" />
            <source>Set aside: changes the server refused</source>
            <translation>已搁置：服务器拒绝的更改</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="192" />
            <source>This console's value</source>
            <translation>本席位的值</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="193" />
            <source>The other console's value</source>
            <translation>其他席位的值</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="194" />
            <source>Merged value (edit)</source>
            <translation>合并后的值（可编辑）</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="195" />
            <source>Keep &amp;this console's value</source>
            <translation>保留本席位的值(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="196" />
            <source>Keep the &amp;other value</source>
            <translation>保留其他席位的值(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="197" />
            <source>Save &amp;merged value</source>
            <translation>保存合并后的值(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="198" />
            <source>&amp;Retry</source>
            <translation>重试(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="199" />
            <source>&amp;Discard…</source>
            <translation>放弃(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="200" />
            <source>Send this change again (e.g. after the reason was fixed)</source>
            <translation>重新发送此更改（例如在原因排除之后）</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="201" />
            <source>Drop this change of this console for good</source>
            <translation>永久放弃本席位的此项更改</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="222" />
            <source>This console works standalone: no shared server is configured. Set one in Settings → Server to share tickets with the other consoles.</source>
            <translation>本席位单机工作：未配置共享服务器。在“设置 → 服务器”中配置后即可与其他席位共享工单。</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="227" />
            <source>Sign-in refused.</source>
            <translation>登录被拒绝。</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="230" />
            <source>Offline since {time}. Work goes on here; the changes are sent when the server is back.</source>
            <translation>自 {time} 起离线。工作照常进行；服务器恢复后会发送更改。</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="234" />
            <source>Sync stopped: {reason}.</source>
            <translation>同步已停止：{reason}。</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="236" />
            <source>Connecting to the server…</source>
            <translation>正在连接服务器…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="238" />
            <source>Online, sending and fetching changes.</source>
            <translation>在线，正在发送和接收更改。</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="240" />
            <source>Online: changes of every console arrive here within a second.</source>
            <translation>在线：各席位的更改在一秒内到达本席位。</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="242" />
            <source>not yet</source>
            <translation>尚未同步</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="244" />
            <source>Waiting to be sent: {pending} · Conflicts: {conflicts} · Set aside: {rejected} · Last synced: {last}</source>
            <translation>待发送：{pending} · 冲突：{conflicts} · 已搁置：{rejected} · 上次同步：{last}</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="259" />
            <source>First sync: {done} of {total} records</source>
            <translation>首次同步：{done} / {total} 条记录</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="294" />
            <source>Merged value</source>
            <translation>合并后的值</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="294" />
            <source>This conflict</source>
            <translation>该冲突</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="330" />
            <source>No conflicts: every console agrees.</source>
            <translation>没有冲突：各席位数据一致。</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="336" />
            <source>{table} {record} was deleted on console {console} while it was edited here. Deleting wins; keep this console's value to restore the record with your edit.</source>
            <translation>{table} {record} 在本席位编辑期间已被席位 {console} 删除。删除优先；如需恢复该记录并保留您的修改，请选择保留本席位的值。</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="341" />
            <source>{table} {record}: “{field}” was changed here and on console {console}. Before both changes it was: {base}</source>
            <translation>{table} {record}：“{field}”在本席位和席位 {console} 上都被修改。修改前为：{base}</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="395" />
            <source>Nothing set aside.</source>
            <translation>没有被搁置的更改。</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="400" />
            <source>The server said: {detail}</source>
            <translation>服务器说明：{detail}</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="416" />
            <source>Discard change</source>
            <translation>放弃更改</translation>
        </message>
        <message>
            <location filename="../../ui/panes/sync_pane.py" line="417" />
            <source>Discard this change of {table} {record} for good? The other consoles never see it.</source>
            <translation>永久放弃对 {table} {record} 的此项更改？其他席位将不会看到它。</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="188" />
            <source>{name} (v{version})</source>
            <translation>{name}（第{version}版）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="214" />
            <source>Version {v}  {when}</source>
            <translation>第{v}版  {when}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="237" />
            <source>A new template: saving makes version 1.</source>
            <translation>新模板：保存后为第1版。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="240" />
            <source>You are looking at version {v}; saving makes version {next} from what is shown here.</source>
            <translation>当前查看第{v}版；保存后以此内容生成第{next}版。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="246" />
            <source>Saving makes version {next}. Checklists already running keep the version they were started with.</source>
            <translation>保存后生成第{next}版。正在执行的检查单仍按其开始时的版本执行。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="374" />
            <source>Row {row}: the range must be numbers, e.g. 40 and 60.</source>
            <translation>第 {row} 行：范围须为数字，例如 40 和 60。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="391" />
            <source>Saved as version {v}.</source>
            <translation>已保存为第{v}版。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="394" />
            <source>{n} running checklists keep version {old}; new checklists use version {v}.</source>
            <translation>{n} 份正在执行的检查单仍用第{old}版；新检查单使用第{v}版。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="412" />
            <source>Row {row}: the low end is above the high end.</source>
            <translation>第 {row} 行：下限高于上限。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="414" />
            <source>Row {row}: the same item appears twice.</source>
            <translation>第 {row} 行：检查项重复。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="416" />
            <source>Row {row}: the item needs a text.</source>
            <translation>第 {row} 行：检查项内容不能为空。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="419" />
            <source>Row {row}: {problem}</source>
            <translation>第 {row} 行：{problem}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="424" />
            <source>A template needs at least one item.</source>
            <translation>模板至少需要一个检查项。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="427" />
            <source>The template needs a name.</source>
            <translation>模板需要名称。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="442" />
            <location filename="../../ui/dialogs/template_editor.py" line="446" />
            <source>Checklist templates</source>
            <translation>检查单模板</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="447" />
            <source>Ne&amp;w template</source>
            <translation>新建模板(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="451" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="452" />
            <source>&amp;Description:</source>
            <translation>说明(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="453" />
            <source>D&amp;ue before the start:</source>
            <translation>须在会前完成(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="454" />
            <source>&amp;Version:</source>
            <translation>版本(&amp;V)：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="461" />
            <source>Section</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="462" />
            <source>Item</source>
            <translation>检查项</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="463" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="464" />
            <source>Required</source>
            <translation>必查</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="465" />
            <source>Low</source>
            <translation>下限</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="466" />
            <source>High</source>
            <translation>上限</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="467" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="468" />
            <source>Hint</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="471" />
            <source>&amp;Add item</source>
            <translation>添加检查项(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="472" />
            <source>&amp;Remove item</source>
            <translation>删除检查项(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="473" />
            <source>&amp;Save as new version</source>
            <translation>保存为新版本(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/template_editor.py" line="474" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>&amp;New template</source>
            <translation type="vanished">新建模板(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Due before the start:</source>
            <translation type="vanished">须在会前完成(&amp;D)：</translation>
        </message>
    </context>
    <context>
        <name>TicketDetailView</name>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="291" />
            <source>Resume</source>
            <translation>解除挂起</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="291" />
            <location filename="../../ui/widgets/ticket_detail.py" line="474" />
            <source>Pause…</source>
            <translation>挂起…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="312" />
            <source>(no description)</source>
            <translation>（无描述）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="316" />
            <source>Fault level</source>
            <translation>故障等级</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="316" />
            <source>Cause</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="316" />
            <location filename="../../ui/widgets/ticket_detail.py" line="357" />
            <source>Handling</source>
            <translation>处理过程</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="317" />
            <location filename="../../ui/widgets/ticket_detail.py" line="357" />
            <source>Result</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="317" />
            <source>Replaced part model</source>
            <translation>更换部件型号</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="318" />
            <source>Replaced part serial number</source>
            <translation>更换部件序列号</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="326" />
            <location filename="../../ui/widgets/ticket_detail.py" line="508" />
            <source>Attachments ({n})</source>
            <translation>附件（{n}）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="334" />
            <source>entered {time}</source>
            <translation>录入于 {time}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="348" />
            <source>priority {p}</source>
            <translation>优先级 {p}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="354" />
            <source>to {name}</source>
            <translation>改派给 {name}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="407" />
            <source>— (paused)</source>
            <translation>—（挂起中）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="445" />
            <source>Paused since {time}</source>
            <translation>自 {time} 起挂起</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="469" />
            <source>Select a ticket in the list to see its clocks and history.</source>
            <translation>在列表中选择工单，查看其时限和处理记录。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="471" />
            <source>Acknowledge</source>
            <translation>响应</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="472" />
            <source>On site</source>
            <translation>到场</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="473" />
            <source>Resolve…</source>
            <translation>恢复…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="475" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="476" />
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="477" />
            <source>Comment…</source>
            <translation>备注…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="478" />
            <source>Priority…</source>
            <translation>优先级…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="479" />
            <source>Reassign…</source>
            <translation>改派…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="480" />
            <source>Fault report…</source>
            <translation>故障报告…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="481" />
            <location filename="../../ui/widgets/ticket_detail.py" line="511" />
            <source>Attach file…</source>
            <translation>添加附件…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="489" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="490" />
            <source>Category:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="491" />
            <source>Location:</source>
            <translation>位置：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="492" />
            <source>Equipment:</source>
            <translation>设备：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="493" />
            <source>Reporter:</source>
            <translation>报修人：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="494" />
            <source>Assignee:</source>
            <translation>处理人：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="495" />
            <source>Created:</source>
            <translation>新建时间：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="500" />
            <source>Clock</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="500" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="500" />
            <source>Due</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="500" />
            <source>Remaining</source>
            <translation>剩余</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="500" />
            <source>Paused</source>
            <translation>挂起时长</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="503" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="503" />
            <source>Operator</source>
            <translation>值班员</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="503" />
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="503" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="505" />
            <source>Timeline</source>
            <translation>处理记录</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="506" />
            <source>Description and fault record</source>
            <translation>描述与故障记录</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="510" />
            <source>Save as…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/ticket_detail.py" line="512" />
            <source>Show the checklist line…</source>
            <translation>查看检查单对应项…</translation>
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
            <location filename="../../ui/main_window.py" line="198" />
            <location filename="../../ui/panes/tickets_pane.py" line="281" />
            <location filename="../../ui/panes/tickets_pane.py" line="669" />
            <source>Tickets</source>
            <translation>工单</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/panes/tickets_pane.py" line="409" />
            <source>%n ticket(s)</source>
            <translation>
                <numerusform>%n 张工单</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="580" />
            <source>Reassign</source>
            <translation>改派</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="628" />
            <source>Attach a file</source>
            <translation>添加附件</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="658" />
            <source>Save the attachment</source>
            <translation>保存附件</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="752" />
            <source>Search title, description, fault record… (Ctrl+F)</source>
            <translation>搜索标题、描述、故障记录…（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="753" />
            <source>&amp;New ticket</source>
            <translation>新建工单(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="757" />
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="758" />
            <source>Export the list as shown to Excel (.xlsx) or CSV</source>
            <translation>将当前列表导出为 Excel (.xlsx) 或 CSV</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="759" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="760" />
            <source>Open</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="760" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="763" />
            <source>All priorities</source>
            <translation>全部优先级</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="764" />
            <source>All locations</source>
            <translation>全部位置</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="767" />
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="770" />
            <source>Any clock state</source>
            <translation>全部时限状态</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="771" />
            <source>At risk or breached</source>
            <translation>临近超时或已超时</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="772" />
            <source>Breached</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="773" />
            <source>&amp;Mine</source>
            <translation>我的(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="774" />
            <source>Only tickets assigned to me</source>
            <translation>仅显示指派给我的工单</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="775" />
            <source>Created from</source>
            <translation>新建时间 从</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="776" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="778" />
            <source>any day</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="779" />
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/panes/tickets_pane.py" line="780" />
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
            <location filename="../../ui/app.py" line="211" />
            <source>Opening database…</source>
            <translation>正在打开数据库…</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="240" />
            <source>opsdesk cannot start</source>
            <translation>opsdesk 无法启动</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="309" />
            <source>Console settings need attention</source>
            <translation>席位设置需要处理</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Meeting Support Checklist Record</source>
            <translation>会议保障检查记录</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Page {page}</source>
            <translation>第 {page} 页</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Starts at</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Checklist</source>
            <translation>检查单</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>{name} (version {version})</source>
            <translation>{name}（第 {version} 版）</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Started</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Finished</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>{time} by {name}</source>
            <translation>{time}，{name}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>{done} of {total} done, {faults} faults, {open} open</source>
            <translation>已完成 {done}/{total} 项，故障 {faults} 项，未完成 {open} 项</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>not finished</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Item</source>
            <translation>检查项目</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Venue</source>
            <translation>会场</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Value / note</source>
            <translation>数值/备注</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Operator</source>
            <translation>值班员</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>OK</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>N/A</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Not done</source>
            <translation>未检查</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>(optional)</source>
            <translation>（选检）</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Corrections (earlier results replaced by a later one)</source>
            <translation>更正记录（被后来结果取代的记录）</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Signatures</source>
            <translation>签字</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Duty engineer:</source>
            <translation>值班工程师：</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Checked by:</source>
            <translation>复核人：</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/checklist_record.py" line="0" />
            <source>Printed {time}</source>
            <translation>打印时间 {time}</translation>
        </message>
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
            <source>Event</source>
            <translation>事件</translation>
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
            <location filename="../../opsdesk/documents/meeting_texts.py" line="0" />
            <source>{meeting}: {item}</source>
            <translation>{meeting}：{item}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/meeting_texts.py" line="0" />
            <source>{meeting}: {item} ({venue})</source>
            <translation>{meeting}：{item}（{venue}）</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/meeting_texts.py" line="0" />
            <source>Found by the checklist “{template}” (version {version}) of the meeting “{meeting}” at {start}.</source>
            <translation>由会议“{meeting}”（{start}）的检查单“{template}”（第 {version} 版）发现。</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/meeting_texts.py" line="0" />
            <source>Item: {item}</source>
            <translation>检查项目：{item}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/meeting_texts.py" line="0" />
            <source>Venue: {venue}</source>
            <translation>会场：{venue}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/meeting_texts.py" line="0" />
            <source>Value: {value}</source>
            <translation>数值：{value}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/meeting_texts.py" line="0" />
            <source>Note: {note}</source>
            <translation>备注：{note}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/namecards.py" line="0" />
            <source>Name cards</source>
            <translation>桌签</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/namecards.py" line="0" />
            <source>Tent name cards, {count} cards</source>
            <translation>桌签，共 {count} 张</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Holiday Duty List</source>
            <translation>节假日值班表</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>{name} Holiday Duty List</source>
            <translation>{name}值班表</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Duty Roster {year}/{month}</source>
            <translation>{year}年{month}月值班表</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Period: {start} to {end}</source>
            <translation>值班期间：{start} 至 {end}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Prepared: {date}</source>
            <translation>制表日期：{date}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Day type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Duty hours</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Duties</source>
            <translation>总班次</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Weekend</source>
            <translation>周末</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Holiday</source>
            <translation>节假日</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Night</source>
            <translation>夜班</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Skills</source>
            <translation>技能</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Workday</source>
            <translation>工作日</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Make-up workday</source>
            <translation>调休上班</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Any post</source>
            <translation>任意岗位</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>(open)</source>
            <translation>（空缺）</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Contacts</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Supervisor: {name}  Phone: {phone}</source>
            <translation>项目经理：{name}  电话：{phone}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Outside on-site hours the duty engineer answers the phone at once and is on site within {minutes} minutes.</source>
            <translation>非驻场时间值班工程师电话即时响应，遇突发事件 {minutes} 分钟内到达现场。</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>No duties in this period.</source>
            <translation>本期间无值班安排。</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>On site within {minutes} minutes</source>
            <translation>{minutes} 分钟内到场</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Warning: no holiday data for {years}; weekends were assumed to be the only days off.</source>
            <translation>警告：{years} 年没有节假日数据，暂按仅周末休息排班。</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Duties per person</source>
            <translation>个人值班统计</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>next day {time}</source>
            <translation>次日{time}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>New Year's Day</source>
            <translation>元旦</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Spring Festival</source>
            <translation>春节</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Tomb-sweeping Day</source>
            <translation>清明节</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Labour Day</source>
            <translation>劳动节</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Dragon Boat Festival</source>
            <translation>端午节</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>National Day</source>
            <translation>国庆节</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Mid-autumn Festival</source>
            <translation>中秋节</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/roster_docs.py" line="0" />
            <source>Anti-Fascist 70th Day</source>
            <translation>抗战胜利70周年纪念日</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/seatmap.py" line="0" />
            <source>Seat Plan</source>
            <translation>座次图</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/seatmap.py" line="0" />
            <source>{title}  {time}  {place}</source>
            <translation>{title}  {time}  {place}</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/seatmap.py" line="0" />
            <source>Head table (seen from the audience)</source>
            <translation>主席台（从台下看）</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/seatmap.py" line="0" />
            <source>Front (seen from the audience)</source>
            <translation>前方（从台下看）</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/seatmap.py" line="0" />
            <source>Head of the table</source>
            <translation>主位</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/seatmap.py" line="0" />
            <source>Audience</source>
            <translation>台下</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/seatmap.py" line="0" />
            <source>Head table</source>
            <translation>主席台</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/seatmap.py" line="0" />
            <source>Rows</source>
            <translation>多排</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/seatmap.py" line="0" />
            <source>U-shaped table</source>
            <translation>U 形桌</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/seatmap.py" line="0" />
            <source>mirrored</source>
            <translation>镜像</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/seatmap.py" line="0" />
            <source>{layout}, {seated} of {seats} seats taken</source>
            <translation>{layout}，{seats} 个座位已安排 {seated} 人</translation>
        </message>
        <message>
            <location filename="../../opsdesk/documents/seatmap.py" line="0" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>Duty Roster {year}-{month:02d}</source>
            <translation type="vanished">{year}年{month}月值班表</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/errors.py" line="53" />
            <source>{field} is required.</source>
            <translation>{field}为必填项。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="55" />
            <source>{field} is too long: {length} characters, at most {max} allowed.</source>
            <translation>{field}过长：{length} 个字符，最多允许 {max} 个。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="57" />
            <source>{field} contains control characters or line breaks that are not allowed here.</source>
            <translation>{field}含有此处不允许的控制字符或换行。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="59" />
            <source>{field} is not a phone number (digits, spaces, + - and brackets only).</source>
            <translation>{field}不是有效的电话号码（只能包含数字、空格、+、- 和括号）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="61" />
            <source>{field}: “{value}” is not one of the allowed values ({allowed}).</source>
            <translation>{field}：“{value}”不在允许的取值范围内（{allowed}）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="63" />
            <source>{field}: “{value}” already exists.</source>
            <translation>{field}：“{value}”已存在。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="65" />
            <source>{field}: the selected item no longer exists.</source>
            <translation>{field}：所选项已不存在。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="67" />
            <source>{field} ({at}) is in the future.</source>
            <translation>{field}（{at}）晚于当前时间。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="69" />
            <source>{field} ({at}) is before the ticket was created ({created}).</source>
            <translation>{field}（{at}）早于工单新建时间（{created}）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="71" />
            <source>{field} has no time zone.</source>
            <translation>{field}缺少时区。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="73" />
            <source>{field} is unchanged.</source>
            <translation>{field}未作更改。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="75" />
            <source>{field}: a PIN has 4 to 12 digits.</source>
            <translation>{field}：PIN 码须为 4 至 12 位数字。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="77" />
            <source>{field}: a password has 6 to 128 characters.</source>
            <translation>{field}：密码须为 6 至 128 个字符。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="79" />
            <source>{field}: the two entries differ.</source>
            <translation>{field}：两次输入不一致。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="81" />
            <source>{field} has the wrong format.</source>
            <translation>{field}格式不正确。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="83" />
            <source>{field} was already decided, perhaps on another console.</source>
            <translation>{field}已被处理，可能是在其他席位上。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="85" />
            <source>{field}: only text can be merged here; keep one of the two values instead.</source>
            <translation>{field}：此处只能合并文本；请改为保留两个值中的一个。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="87" />
            <source>{field} must be between {min} and {max}.</source>
            <translation>{field}必须在 {min} 到 {max} 之间。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="89" />
            <source>{field}: the file {value} does not exist.</source>
            <translation>{field}：文件 {value} 不存在。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="91" />
            <source>{field} is invalid ({code}).</source>
            <translation>{field}无效（{code}）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="114" />
            <source>the ticket has no creation event</source>
            <translation>该工单缺少新建记录</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="116" />
            <location filename="../../ui/errors.py" line="118" />
            <location filename="../../ui/errors.py" line="128" />
            <source>reopen it first</source>
            <translation>请先重新打开</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="118" />
            <source>it was acknowledged already</source>
            <translation>该工单已响应</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="120" />
            <source>acknowledge it first</source>
            <translation>请先响应</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="122" />
            <source>it is marked on site already</source>
            <translation>该工单已标记到场</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="124" />
            <source>resume it first</source>
            <translation>请先解除挂起</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="126" />
            <source>it is paused already</source>
            <translation>该工单已挂起</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="130" />
            <source>resolve it first</source>
            <translation>请先恢复</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="132" />
            <source>it is closed already</source>
            <translation>该工单已关闭</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="134" />
            <source>it is not paused</source>
            <translation>该工单未挂起</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="136" />
            <source>it is still open</source>
            <translation>该工单尚未恢复</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="142" />
            <source>A ticket can only be created once.</source>
            <translation>工单只能新建一次。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="145" />
            <source>not yet created</source>
            <translation>未新建</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="148" />
            <source>Cannot {action} a ticket in status “{status}”: {hint}.</source>
            <translation>无法对状态为“{status}”的工单执行“{action}”：{hint}。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="151" />
            <source>Cannot {action} a ticket in status “{status}”.</source>
            <translation>无法对状态为“{status}”的工单执行“{action}”。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="157" />
            <source>The file was not modified. Backups are kept in {backups}.</source>
            <translation>文件未被修改。备份保存在 {backups}。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="164" />
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="165" />
            <source>Operator</source>
            <translation>值班员</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="166" />
            <source>Room</source>
            <translation>场所</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="167" />
            <source>Contract profile</source>
            <translation>SLA 方案</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="168" />
            <source>Attachment</source>
            <translation>附件</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="169" />
            <source>Equipment</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="170" />
            <source>Conflict</source>
            <translation>冲突</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="171" />
            <source>Set-aside change</source>
            <translation>被搁置的更改</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="183" />
            <source>{source}, line {line}</source>
            <translation>{source} 第 {line} 行</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="188" />
            <source>the file is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="189" />
            <source>wrong columns: expected {expected}, found {found}</source>
            <translation>列不正确：应为 {expected}，实际为 {found}</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="190" />
            <source>“{value}” is not a date (YYYY-MM-DD)</source>
            <translation>“{value}”不是日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="191" />
            <source>“{value}” is not a known kind</source>
            <translation>“{value}”不是已知类型</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="192" />
            <source>the range {start} to {end} is impossible</source>
            <translation>{start} 至 {end} 的日期范围不成立</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="193" />
            <source>“{value}” appears twice</source>
            <translation>“{value}”重复出现</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="194" />
            <source>{field}: “{value}” is not allowed</source>
            <translation>{field}：“{value}”不允许</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="200" />
            <source>Nothing was imported. {where}: {detail}.</source>
            <translation>未导入任何内容。{where}：{detail}。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="205" />
            <source>The shared server no longer lets this login sync (role revoked).</source>
            <translation>共享服务器已不允许该登录名同步（角色已被撤销）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="206" />
            <source>This login is a superuser: opsdesk connects only with an operator's own login.</source>
            <translation>该登录名是超级用户：opsdesk 只使用值班员本人的登录名连接。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="209" />
            <source>This login owns the opsdesk database: opsdesk connects only with an operator's own login.</source>
            <translation>该登录名是 opsdesk 数据库的所有者：opsdesk 只使用值班员本人的登录名连接。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="213" />
            <source>The shared server refused this for lack of permission.</source>
            <translation>共享服务器以权限不足为由拒绝了此操作。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="214" />
            <source>This login may not create server logins (it needs CREATEROLE).</source>
            <translation>该登录名无权创建服务器登录名（需要 CREATEROLE 权限）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="216" />
            <source>The shared server refused this ({reason}).</source>
            <translation>共享服务器拒绝了此操作（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="223" />
            <source>Unknown priority “{code}”; this contract has: {allowed}.</source>
            <translation>未知优先级“{code}”；本合同的优先级为：{allowed}。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="226" />
            <source>Unknown contract profile “{code}”.</source>
            <translation>未知 SLA 方案“{code}”。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="229" />
            <source>{what} “{key}” was not found; it may have been removed.</source>
            <translation>未找到{what}“{key}”，可能已被删除。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="233" />
            <source>Sign-in failed: the operator or the PIN/password is not right.</source>
            <translation>登录失败：值班员或 PIN 码/密码不正确。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="234" />
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
            <location filename="../../ui/errors.py" line="240" />
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
            <location filename="../../ui/errors.py" line="246" />
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
            <location filename="../../ui/errors.py" line="251" />
            <source>Cannot import {source}: the content is not in the expected format ({detail}).</source>
            <translation>无法导入 {source}：内容格式不符合要求（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="254" />
            <source>No installed font can print the character “{char}” (U+{code}). Install a CJK font such as WenQuanYi Zen Hei.</source>
            <translation>已安装的字体均无法打印字符“{char}”（U+{code}）。请安装中文字体，例如文泉驿正黑。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="258" />
            <source>The shared server could not do this. The details were written to the log.</source>
            <translation>共享服务器无法完成此操作。详细信息已写入日志。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="261" />
            <source>The shared server cannot be reached: check the host name, the port and the network. This console keeps working on its own data meanwhile.</source>
            <translation>无法连接共享服务器：请检查主机名、端口和网络。在此期间本席位继续使用本地数据工作。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="266" />
            <source>The shared server refused the sign-in: the user name or password is wrong (Settings → Server).</source>
            <translation>共享服务器拒绝登录：用户名或密码错误（设置 → 服务器）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="270" />
            <source>The secure connection to the shared server failed: check the encryption setting and the root certificate, and that the server's certificate names this host.</source>
            <translation>与共享服务器的安全连接失败：请检查加密设置和根证书，并确认服务器证书中的主机名与此地址一致。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="276" />
            <source>The database is not set up for opsdesk yet: run opsdesk-cli server init on it first.</source>
            <translation>该数据库尚未为 opsdesk 初始化：请先对其运行 opsdesk-cli server init。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="279" />
            <source>The shared server was set up by a newer version of opsdesk (schema {revision}). Install that version on this console to sync with it.</source>
            <translation>共享服务器由更新版本的 opsdesk 初始化（结构版本 {revision}）。请在本席位安装该版本后再同步。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="284" />
            <source>This computer has no safe keyring for passwords ({backend}). The server password is kept in memory for this session only and must be entered again after a restart.</source>
            <translation>本机没有安全的密码密钥环（{backend}）。服务器密码仅在本次运行期间保存在内存中，重新启动后须再次输入。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="290" />
            <source>Not changed: this would break the roster rules.</source>
            <translation>未做更改：这样会违反排班规则。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="293" />
            <source>There is no holiday data for {years}: those days would be rostered as Monday–Friday workdays. Import the State Council's arrangement (Holiday calendar), or confirm to go on without it.</source>
            <translation>缺少 {years} 年节假日数据：这些日期将按周一至周五为工作日排班。请导入国务院放假安排（节假日日历），或确认在无数据的情况下继续。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="298" />
            <source>This request was already decided ({status}); reload the list.</source>
            <translation>此申请已处理（{status}）；请刷新列表。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="301" />
            <source>This handover was already acknowledged by {by}.</source>
            <translation>此交班已由 {by} 确认接班。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="305" />
            <source>The file {name} is too large ({size}); at most {limit} can be attached.</source>
            <translation>文件 {name} 过大（{size}），附件最大为 {limit}。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="313" />
            <source>{attendees} attendees but only {seats} seats: add seats or rows, or remove attendees.</source>
            <translation>有 {attendees} 名参会人员，但只有 {seats} 个座位：请增加座位或排数，或减少人员。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="316" />
            <source>This checklist is finished; its record can no longer change. Start a new checklist.</source>
            <translation>本检查单已完成，记录不能再修改。请开始一份新的检查单。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="319" />
            <source>{n} required lines are not OK or not applicable yet; finish them or finish anyway.</source>
            <translation>还有 {n} 个必查项既非正常也非不适用；请完成它们，或选择仍要完成。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="322" />
            <source>This roll-call is closed; start a new one.</source>
            <translation>本次点名已结束，请开始新的点名。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="340" />
            <source>Permission denied: {name}.</source>
            <translation>没有权限：{name}。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="342" />
            <source>The operation failed: {reason} ({name}).</source>
            <translation>操作失败：{reason}（{name}）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="346" />
            <source>Something went wrong ({kind}). The details were written to the log.</source>
            <translation>发生错误（{kind}），详细信息已写入日志。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="363" />
            <source>The settings file of this console could not be read, so every setting is back to its default. A copy of the damaged file was kept in {folder}.</source>
            <translation>无法读取本席位的设置文件，所有设置已恢复为默认值。损坏的文件已另存一份在 {folder}。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="371" />
            <source>The console code is not set: every ticket code starts with it, and it must differ from the other consoles' codes. Set it in the settings before working.</source>
            <translation>席位代码未设置：本席位所有工单编号都以它开头，且必须与其他席位的代码不同。请先在设置中填写，再开始工作。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="379" />
            <source>Some shared server settings were not valid; their defaults stand in for them. Check them in Settings → Server.</source>
            <translation>部分共享服务器设置无效，已暂用默认值代替。请在“设置 → 服务器”中检查。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="387" />
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
    <context>
        <name>meetings</name>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="22" />
            <source>Weekly linked-command meeting</source>
            <translation>每周联动指挥会议</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="23" />
            <source>Important meeting</source>
            <translation>重要会议</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="24" />
            <source>Video conference</source>
            <translation>视频会议</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="25" />
            <source>Video roll-call</source>
            <translation>视频点名</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="26" />
            <location filename="../../ui/widgets/meeting_labels.py" line="41" />
            <source>Drill</source>
            <translation>演练</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="37" />
            <source>Weekly</source>
            <translation>周例会</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="38" />
            <source>Important</source>
            <translation>重要</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="39" />
            <source>Video</source>
            <translation>视频</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="40" />
            <source>Roll-call</source>
            <translation>点名</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="62" />
            <source>District</source>
            <translation>区县</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="63" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="64" />
            <source>Local</source>
            <translation>本地</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="74" />
            <source>Check</source>
            <translation>检查</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="75" />
            <source>Reading</source>
            <translation>读数</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="76" />
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="77" />
            <source>Photo</source>
            <translation>照片</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="78" />
            <source>Per venue</source>
            <translation>按会场</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="88" />
            <source>Open</source>
            <translation>待查</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="90" />
            <location filename="../../ui/widgets/meeting_labels.py" line="124" />
            <source>OK</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="91" />
            <location filename="../../ui/widgets/meeting_labels.py" line="125" />
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="92" />
            <location filename="../../ui/widgets/meeting_labels.py" line="126" />
            <source>N/A</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="108" />
            <source>Video in</source>
            <translation>视频入</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="109" />
            <source>Video out</source>
            <translation>视频出</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="110" />
            <source>Audio in</source>
            <translation>音频入</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="111" />
            <source>Audio out</source>
            <translation>音频出</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="112" />
            <source>Aux stream</source>
            <translation>辅流</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="113" />
            <source>Backup</source>
            <translation>备份系统</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="144" />
            <source>Head table</source>
            <translation>主席台</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="145" />
            <source>Rows</source>
            <translation>排座</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="146" />
            <source>U-shape</source>
            <translation>U 形</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="170" />
            <source>in {n} days</source>
            <translation>{n} 天后</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="172" />
            <source>started {t} ago</source>
            <translation>已开始 {t}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="173" />
            <source>in {t}</source>
            <translation>{t} 后</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="179" />
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="180" />
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="181" />
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="182" />
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="183" />
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="184" />
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/meeting_labels.py" line="185" />
            <source>Sun</source>
            <translation>周日</translation>
        </message>
    </context>
    <context>
        <name>roster</name>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="88" />
            <source>Workdays</source>
            <translation>工作日</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="89" />
            <source>Weekends and holidays</source>
            <translation>周末及节假日</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="90" />
            <source>Every day</source>
            <translation>每天</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/roster_shifts.py" line="91" />
            <source>Special periods only</source>
            <translation>仅重保时段</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="38" />
            <source>On site</source>
            <translation>驻场</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="39" />
            <source>On call by phone</source>
            <translation>电话值守</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="40" />
            <source>Holiday duty</source>
            <translation>节假日值班</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="41" />
            <source>24-hour duty</source>
            <translation>24小时值班</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="42" />
            <source>Reinforcement</source>
            <translation>重保加强</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="49" />
            <source>Annual leave</source>
            <translation>年假</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="50" />
            <source>Sick leave</source>
            <translation>病假</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="51" />
            <source>Personal leave</source>
            <translation>事假</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="52" />
            <source>Training</source>
            <translation>培训</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="53" />
            <source>Unavailable</source>
            <translation>不可排班</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="60" />
            <source>Pending</source>
            <translation>待审批</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="61" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="62" />
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="63" />
            <source>Cancelled</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="69" />
            <source>Swap</source>
            <translation>换班</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="69" />
            <source>Replacement</source>
            <translation>替班</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="75" />
            <source>Present</source>
            <translation>在岗</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="76" />
            <source>Late</source>
            <translation>迟到</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="77" />
            <source>Absent</source>
            <translation>缺岗</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="78" />
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="79" />
            <source>On call (no check-in)</source>
            <translation>电话值守（无需签到）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="104" />
            <source>{name} is on leave on {day} ({kind}, {start} to {end}).</source>
            <translation>{name} 在 {day} 请假（{kind}，{start} 至 {end}）。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="106" />
            <source>{name} is already on another shift ({shift}) that overlaps on {day}.</source>
            <translation>{name} 在 {day} 已排有时间重叠的班次（{shift}）。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="108" />
            <source>{name} would be on duty {run} days in a row around {day}; at most {max} are allowed.</source>
            <translation>{name} 在 {day} 前后将连续值班 {run} 天；最多允许 {max} 天。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="112" />
            <source>{name} would rest only {gap} hours after a 24-hour duty ({day}); at least {hours} hours are required.</source>
            <translation>{name} 在 24 小时值班后（{day}）只能休息 {gap} 小时；至少需要 {hours} 小时。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="117" />
            <source>{name} would rest only {gap} hours between two duties ({day}); at least {hours} are required.</source>
            <translation>{name} 两次值班之间（{day}）只能休息 {gap} 小时；至少需要 {hours} 小时。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="122" />
            <source>{name} is not on the team on {day}.</source>
            <translation>{name} 在 {day} 不在岗。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="124" />
            <source>{name} is a replacement engineer without a recorded client approval: record the approval in the staff list first.</source>
            <translation>{name} 是替换人员，尚无采购人确认记录：请先在人员列表中记录确认。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="130" />
            <source>{name} does not hold the post {post} needed on {day}.</source>
            <translation>{name} 不担任 {day} 所需的{post}岗位。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="132" />
            <source>{name} lacks the skill “{skill}” needed on {day}.</source>
            <translation>{name} 不具备 {day} 所需的技能“{skill}”。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="134" />
            <source>{name}: rule “{code}” broken on {day}.</source>
            <translation>{name}：在 {day} 违反规则“{code}”。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="155" />
            <source>any post</source>
            <translation>任意岗位</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="158" />
            <source>{day} {shift}: nobody on the team holds the post {post}.</source>
            <translation>{day} {shift}：团队中没有{post}岗位的人员。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="159" />
            <source>{day} {shift}: everyone for {post} is on leave.</source>
            <translation>{day} {shift}：{post}的所有人员都在请假。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="160" />
            <source>{day} {shift}: everyone for {post} would break a rest rule; the slot is open.</source>
            <translation>{day} {shift}：{post}的所有人员都会违反休息规则，该班次空缺。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="163" />
            <source>{day} {shift}: everyone for {post} is already on an overlapping shift.</source>
            <translation>{day} {shift}：{post}的所有人员都已排在时间重叠的班次上。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="164" />
            <source>{day} {shift}: only replacement engineers without client approval hold {post}.</source>
            <translation>{day} {shift}：{post}只有未经采购人确认的替换人员。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="167" />
            <source>{day} {shift}: the manual assignment of {name} breaks a rule; it was kept.</source>
            <translation>{day} {shift}：{name} 的手工排班违反规则，已保留。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="174" />
            <source>{day} {shift} {post}: not satisfied ({code}).</source>
            <translation>{day} {shift} {post}：未能满足（{code}）。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="178" />
            <source>Missing: {n}.</source>
            <translation>缺 {n} 人。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="184" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="185" />
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="186" />
            <source>Duties</source>
            <translation>班次数</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="187" />
            <location filename="../../ui/widgets/roster_labels.py" line="226" />
            <source>Hours</source>
            <translation>时长</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="188" />
            <source>Weekends</source>
            <translation>周末</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="189" />
            <source>Holidays</source>
            <translation>节假日</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="190" />
            <source>Nights</source>
            <translation>夜班</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="198" />
            <source>• Open ticket {code} {priority} {title} ({status})</source>
            <translation>• 未关闭工单 {code} {priority} {title}（{status}）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="202" />
            <source>• Clock {clock} {state}: {code} {title}, due {due}</source>
            <translation>• {clock}计时{state}：{code} {title}，截止 {due}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="209" />
            <source>• Unfinished checklist {code} {title}</source>
            <translation>• 未完成检查单 {code} {title}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="214" />
            <source>Skills</source>
            <translation>技能</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="215" />
            <source>Certificates</source>
            <translation>证书</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="216" />
            <source>Active from</source>
            <translation>到岗日期</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="217" />
            <source>Active to</source>
            <translation>离岗日期</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="218" />
            <source>Replaces</source>
            <translation>替换</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="219" />
            <source>Approved by</source>
            <translation>确认人</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="220" />
            <source>Approved at</source>
            <translation>确认时间</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="221" />
            <source>Engineer</source>
            <translation>值班员</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="222" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="223" />
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="224" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="225" />
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="227" />
            <source>Posts needed</source>
            <translation>所需岗位</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="228" />
            <source>Arrival within (minutes)</source>
            <translation>到场时限（分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="229" />
            <source>Most duty days in a row</source>
            <translation>最多连续值班天数</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="230" />
            <source>Rest after a 24-hour duty (hours)</source>
            <translation>24 小时值班后休息（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="231" />
            <source>Least rest between duties (hours)</source>
            <translation>两次值班最少间隔（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="232" />
            <source>Notes</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="233" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="234" />
            <source>Duty</source>
            <translation>班次</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="235" />
            <source>Duty to swap with</source>
            <translation>对调班次</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="236" />
            <source>Date range</source>
            <translation>日期范围</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="249" />
            <source>{field}: the end ({end}) is before the start ({start}).</source>
            <translation>{field}：结束（{end}）早于开始（{start}）。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="250" />
            <source>{field}: at most {max_days} days at a time.</source>
            <translation>{field}：一次最多 {max_days} 天。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="251" />
            <source>{field}: a shift lasts more than 0 and at most 48 hours.</source>
            <translation>{field}：班次时长须大于 0 且不超过 48 小时。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="252" />
            <source>{field} is not a time of day (HH:MM).</source>
            <translation>{field}不是时间（HH:MM）。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="253" />
            <source>{field}: this engineer does not replace anyone; no approval is needed.</source>
            <translation>{field}：此人不是替换人员，无需确认。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="256" />
            <source>{field}: a weekend day is off anyway; only a weekday can be made a holiday.</source>
            <translation>{field}：周末本来就休息，只有工作日可以设为节假日。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="259" />
            <source>{field}: a weekday is a workday anyway; only a weekend day can be a make-up workday.</source>
            <translation>{field}：工作日本来就上班，只有周末可以设为调休上班。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="262" />
            <source>{field}: “{value}” is out of the allowed range.</source>
            <translation>{field}：“{value}”超出允许范围。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/roster_labels.py" line="263" />
            <source>{field}: choose another engineer than the one on the duty.</source>
            <translation>{field}：请选择与原值班员不同的人员。</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <location filename="../../ui/models/sync_model.py" line="76" />
            <location filename="../../ui/models/sync_model.py" line="144" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/models/sync_model.py" line="77" />
            <location filename="../../ui/models/sync_model.py" line="145" />
            <source>Kind of record</source>
            <translation>记录类型</translation>
        </message>
        <message>
            <location filename="../../ui/models/sync_model.py" line="78" />
            <location filename="../../ui/models/sync_model.py" line="146" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/models/sync_model.py" line="79" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../ui/models/sync_model.py" line="80" />
            <source>Before</source>
            <translation>原值</translation>
        </message>
        <message>
            <location filename="../../ui/models/sync_model.py" line="81" />
            <source>This console</source>
            <translation>本席位</translation>
        </message>
        <message>
            <location filename="../../ui/models/sync_model.py" line="82" />
            <source>Other console</source>
            <translation>其他席位</translation>
        </message>
        <message>
            <location filename="../../ui/models/sync_model.py" line="83" />
            <source>From console</source>
            <translation>来自席位</translation>
        </message>
        <message>
            <location filename="../../ui/models/sync_model.py" line="110" />
            <source>Deleted on the other console</source>
            <translation>已在其他席位删除</translation>
        </message>
        <message>
            <location filename="../../ui/models/sync_model.py" line="147" />
            <source>Change</source>
            <translation>更改</translation>
        </message>
        <message>
            <location filename="../../ui/models/sync_model.py" line="148" />
            <source>Why it was set aside</source>
            <translation>搁置原因</translation>
        </message>
        <message>
            <location filename="../../ui/models/sync_model.py" line="169" />
            <source>New record</source>
            <translation>新建记录</translation>
        </message>
        <message>
            <location filename="../../ui/models/sync_model.py" line="169" />
            <source>Edit</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="19" />
            <source>The server refused the user name or password. Check them in Settings → Server.</source>
            <translation>服务器拒绝了用户名或密码。请在“设置 → 服务器”中检查。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="22" />
            <source>The server no longer lets this operator sync (role revoked). Ask the server admin.</source>
            <translation>服务器已不允许该值班员同步（角色已被撤销）。请联系服务器管理员。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="25" />
            <source>No password for this server yet: enter it in Settings → Server.</source>
            <translation>尚无该服务器的密码：请在“设置 → 服务器”中输入。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="26" />
            <source>This login is a superuser; opsdesk syncs only with an operator's own login.</source>
            <translation>该登录名是超级用户；opsdesk 只使用值班员本人的登录名同步。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="29" />
            <source>This login owns the opsdesk database; opsdesk syncs only with an operator's own login.</source>
            <translation>该登录名是 opsdesk 数据库的所有者；opsdesk 只使用值班员本人的登录名同步。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="32" />
            <source>The secure connection failed: check the encryption setting and the root certificate in Settings → Server.</source>
            <translation>安全连接失败：请在“设置 → 服务器”中检查加密设置和根证书。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="37" />
            <source>The database is not set up for opsdesk yet: run opsdesk-cli server init on it.</source>
            <translation>该数据库尚未为 opsdesk 初始化：请对其运行 opsdesk-cli server init。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="40" />
            <source>This console belongs to another server. Point it back at its own server, or close the desk and run “opsdesk-cli server forget --yes” to join this one.</source>
            <translation>本席位属于另一台服务器。请改回其原服务器；或关闭值班台后运行“opsdesk-cli server forget --yes”加入当前服务器。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="45" />
            <source>The server refused a change for lack of permission. Ask the server admin.</source>
            <translation>服务器以权限不足为由拒绝了一项更改。请联系服务器管理员。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="49" />
            <source>The server refused this console ({reason}).</source>
            <translation>服务器拒绝了本席位（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="56" />
            <source>the local database cannot be written (disk full or read-only)</source>
            <translation>本地数据库无法写入（磁盘已满或只读）</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="57" />
            <source>the network</source>
            <translation>网络问题</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="58" />
            <source>the server reported an error (see the log)</source>
            <translation>服务器报告错误（见日志）</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="59" />
            <source>an unexpected error (see the log)</source>
            <translation>意外错误（见日志）</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="60" />
            <source>the server settings are not valid (Settings → Server)</source>
            <translation>服务器设置无效（设置 → 服务器）</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="61" />
            <source>the secure connection (TLS) could not be set up</source>
            <translation>无法建立安全连接（TLS）</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="69" />
            <source>The ticket's history does not allow this step any more (another console got there first).</source>
            <translation>工单的处理记录已不允许这一步（其他席位已先行操作）。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="73" />
            <source>The same record already exists on the server.</source>
            <translation>服务器上已存在相同的记录。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="74" />
            <source>The ticket was deleted on another console.</source>
            <translation>该工单已在其他席位被删除。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="75" />
            <source>This operator may not make this change (e.g. contract profiles, deleting).</source>
            <translation>该值班员无权进行此更改（例如修改 SLA 方案、删除）。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="78" />
            <source>The server found the data invalid.</source>
            <translation>服务器认为数据无效。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="80" />
            <source>Refused by the server ({reason}).</source>
            <translation>被服务器拒绝（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="85" />
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="86" />
            <source>Ticket event</source>
            <translation>工单事件</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="87" />
            <source>Attachment</source>
            <translation>附件</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="88" />
            <source>Fault report</source>
            <translation>故障报告</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="89" />
            <source>Operator</source>
            <translation>值班员</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="90" />
            <source>Room</source>
            <translation>场所</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="91" />
            <source>Equipment</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="92" />
            <source>Contract profile</source>
            <translation>SLA 方案</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="93" />
            <source>Holiday calendar</source>
            <translation>节假日日历</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="94" />
            <source>Holiday calendar year</source>
            <translation>节假日日历年份</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="102" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="103" />
            <source>Deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="110" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="111" />
            <source>Model</source>
            <translation>型号</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="112" />
            <source>Serial number</source>
            <translation>序列号</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="113" />
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../ui/sync_words.py" line="114" />
            <source>Order</source>
            <translation>排序</translation>
        </message>
        <message>
            <source>This console belongs to another server. Point it back at its own server, or reset it.</source>
            <translation type="vanished">本席位属于另一台服务器。请改回其原服务器，或将其重置。</translation>
        </message>
    </context>
</TS>
