"""Every word `opsdesk-cli` says, in Simplified Chinese and English, and the typed errors in those words.

A deliberate exception to DESIGN.md §2 rule 5 (visible strings only in ui/ through Qt Linguist): the CLI
must not import Qt, so it cannot use the .ts/.qm catalogs. Its messages live here, in one catalog of
{key: (zh, en)}, and nowhere else in the CLI modules.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import datetime

from opsdesk import clitext_meetings, clitext_roster, clitext_sync
from opsdesk import errors as E
from opsdesk.timeutil import DEFAULT_TZ, zone

LANGS = ("zh", "en")

T: dict[str, tuple[str, str]] = {
    # ---- program and help ----
    "prog.description": (
        "opsdesk 命令行：值班工单、演示数据与数据库管理（在席位本机运行，不需要登录）",
        "opsdesk command line: duty tickets, demo data and database administration "
        "(runs on the console itself; no sign-in)",
    ),
    "help.home": ("数据目录（设置 OPSDESK_HOME）", "data directory (sets OPSDESK_HOME)"),
    "help.lang": (
        "消息语言：zh 或 en（默认取自 LANG/LC_ALL）",
        "message language: zh or en (default from LANG/LC_ALL)",
    ),
    "help.json": ("输出 JSON", "print JSON"),
    "help.as": (
        "以该值班员身份记录（默认：唯一的主管，否则第一个在岗值班员）",
        "record as this operator (default: the only supervisor, else the first active operator)",
    ),
    "help.at": (
        "事件时间，ISO 8601，可带时区；不带时区按席位时区（例 2026-11-23T09:05）",
        "time of the event, ISO 8601 with or without offset; without, the console's zone "
        "(e.g. 2026-11-23T09:05)",
    ),
    "help.init": (
        "初始化：创建主管账号并写入席位设置",
        "first set-up: create the supervisor and write console settings",
    ),
    "help.init.name": ("主管姓名", "the supervisor's name"),
    "help.pin": ("PIN（4–12 位数字）", "PIN (4 to 12 digits)"),
    "help.password": ("密码（6–128 个字符）", "password (6 to 128 characters)"),
    "help.post": ("岗位", "post"),
    "help.phone": ("电话", "phone"),
    "help.console": (
        "席位代码（工单编号前缀，如 A1）",
        "console code (first part of ticket codes, e.g. A1)",
    ),
    "help.profile": ("当前合同服务级别方案编号", "code of the active contract profile"),
    "help.timezone": ("席位时区（IANA 名称）", "console time zone (IANA name)"),
    "help.operator": ("值班员账号", "operator accounts"),
    "help.operator.add": ("新增值班员", "add an operator"),
    "help.operator.list": ("列出值班员", "list operators"),
    "help.role": ("角色：operator 或 supervisor", "role: operator or supervisor"),
    "help.demo": (
        "生成演示指挥中心：房间、设备、人员和一年的工单",
        "seed a demo command center: rooms, equipment, team and a year of tickets",
    ),
    "help.demo.tickets": ("工单数量", "number of tickets"),
    "help.demo.seed": ("随机种子（相同种子生成相同数据）", "random seed (same seed, same data)"),
    "help.demo.days": ("覆盖的天数", "days covered"),
    "help.demo.force": ("已有工单时仍然追加", "add even when the database already has tickets"),
    "help.ticket": ("工单", "tickets"),
    "help.ticket.add": ("新建工单", "file a ticket"),
    "help.ticket.list": ("列出工单", "list tickets"),
    "help.ticket.show": ("查看工单详情与时间线", "show a ticket with its timeline"),
    "help.ticket.event": ("为工单记录一个事件", "record an event on a ticket"),
    "help.title": ("标题", "title"),
    "help.priority": ("响应级别（如 P1）", "priority level (e.g. P1)"),
    "help.category": ("类别", "category"),
    "help.description": ("描述", "description"),
    "help.room": ("位置（房间编号或名称）", "location (room code or name)"),
    "help.reporter_name": ("报修人姓名", "reporter's name"),
    "help.reporter_phone": ("报修人电话", "reporter's phone"),
    "help.reporter_unit": ("报修单位", "reporter's unit"),
    "help.equipment": ("设备", "equipment"),
    "help.assignee": ("处理人（值班员姓名）", "assignee (operator name)"),
    "help.status": ("状态：open（默认）、all 或具体状态", "status: open (default), all, or one status"),
    "help.risk": ("只看有风险（at_risk）或已超时（breached）的工单", "only at-risk or breached tickets"),
    "help.search": (
        "全文搜索（标题、描述、故障记录，支持中文片段）",
        "full-text search (title, description, fault record; Chinese substrings too)",
    ),
    "help.from": ("创建日期起（含），YYYY-MM-DD", "created on or after this date, YYYY-MM-DD"),
    "help.to": ("创建日期止（含），YYYY-MM-DD", "created on or before this date, YYYY-MM-DD"),
    "help.limit": ("最多显示条数（0 = 全部）", "at most this many rows (0 = all)"),
    "help.code": ("工单编号", "ticket code"),
    "help.kind": ("事件类型", "event kind"),
    "help.note": ("备注", "note"),
    "help.reason": ("暂停原因", "reason for a pause"),
    "help.to_target": (
        "调整级别时为新级别（如 P2），转派时为值班员姓名",
        "new priority (e.g. P2) for priority_changed, operator name for reassigned",
    ),
    "help.fault_level": ("故障等级", "fault level"),
    "help.cause": ("故障原因", "cause"),
    "help.handling": ("处理过程（解决时必填）", "handling (required to resolve)"),
    "help.result": ("处理结果（解决时必填）", "result (required to resolve)"),
    "help.part_model": ("更换备件型号", "replaced part model"),
    "help.part_serial": ("更换备件序列号", "replaced part serial number"),
    "help.profile_cmd": ("合同服务级别方案", "contract profiles"),
    "help.profile.list": ("列出方案", "list profiles"),
    "help.profile.import": ("从 JSON 文件导入方案", "import a profile from a JSON file"),
    "help.profile.export": ("导出方案为 JSON", "export a profile as JSON"),
    "help.file": ("文件", "file"),
    "help.output": ("写入该文件而不是标准输出", "write to this file instead of standard output"),
    "help.calendar": (
        "工作日历（法定节假日与调休）",
        "workday calendar (statutory holidays and make-up workdays)",
    ),
    "help.calendar.years": ("列出已有日历数据的年份", "list the years with calendar data"),
    "help.calendar.import": (
        "从 CSV 导入（列：date,kind,name；kind 为 holiday 或 workday）",
        "import from CSV (columns date,kind,name; kind holiday or workday)",
    ),
    "help.db": ("数据库", "database"),
    "help.db.check": ("检查完整性、结构版本和数量", "check integrity, schema revision and counts"),
    "help.db.backup": ("备份数据库（默认到备份目录）", "back up the database (default: the backups folder)"),
    "help.dest": ("目标文件或目录", "destination file or folder"),
    # ---- general ----
    "none": ("—", "—"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "interrupted": ("已中断。", "Interrupted."),
    "unexpected": (
        "意外错误（{kind}）：{detail}。设置 OPSDESK_DEBUG=1 可显示详细信息。",
        "Unexpected error ({kind}): {detail}. Set OPSDESK_DEBUG=1 for details.",
    ),
    "os_error": ("操作失败：{reason}（{name}）", "The operation failed: {reason} ({name})"),
    "db_busy": ("数据库正忙或无法访问：{detail}", "The database is busy or cannot be used: {detail}"),
    "bad_time": (
        "时间“{value}”无法识别；请用 ISO 8601，例如 2026-11-23T09:05 或 2026-11-23 09:05+08:00。",
        "Cannot read the time \u201c{value}\u201d; use ISO 8601, e.g. 2026-11-23T09:05 or 2026-11-23 09:05+08:00.",
    ),
    "bad_date": (
        "日期“{value}”无法识别；请用 YYYY-MM-DD。",
        "Cannot read the date \u201c{value}\u201d; use YYYY-MM-DD.",
    ),
    "no_operator": (
        "还没有值班员。请先运行：opsdesk-cli init --name 姓名 --pin 1234",
        "There is no operator yet. Run first: opsdesk-cli init --name NAME --pin 1234",
    ),
    "need_secret": (
        "请用 --pin 或 --password 给出 PIN 或密码（二选一）。",
        "Give a PIN with --pin or a password with --password (one of them).",
    ),
    "bad_console": (
        "席位代码“{value}”无效：大写字母开头，最多 6 位大写字母或数字（如 A1）。",
        "Console code \u201c{value}\u201d is invalid: a capital letter, then at most 5 capitals or digits (e.g. A1).",
    ),
    "bad_timezone": (
        "时区“{value}”未知（例：Asia/Shanghai）。",
        "Unknown time zone \u201c{value}\u201d (e.g. Asia/Shanghai).",
    ),
    "supervisor_exists": (
        "已有主管“{name}”；如需再添加请用 operator add --role supervisor。",
        "A supervisor already exists (\u201c{name}\u201d); to add another use operator add --role supervisor.",
    ),
    "init_nothing": (
        "没有要做的事：请给出 --name 创建主管，或 --console/--profile/--timezone 修改设置。",
        "Nothing to do: give --name to create the supervisor, or --console/--profile/--timezone to change settings.",
    ),
    "init_done_operator": ("已创建主管：{name}（{post}）", "Supervisor created: {name} ({post})"),
    "init_settings": (
        "席位设置：编号 {console}，方案 {profile}，时区 {timezone}（{path}）",
        "Console settings: code {console}, profile {profile}, time zone {timezone} ({path})",
    ),
    "operator_added": ("已添加值班员：{name}（{role}）", "Operator added: {name} ({role})"),
    "role.operator": ("值班员", "operator"),
    "role.supervisor": ("主管", "supervisor"),
    "demo_not_empty": (
        "数据库中已有 {n} 张工单；演示数据只用于空库。确实要追加请加 --force。",
        "The database already has {n} tickets; demo data is for an empty one. Add --force to add anyway.",
    ),
    "demo_progress": (
        "正在生成演示工单：{done}/{total}（{pct}%）",
        "Seeding demo tickets: {done}/{total} ({pct}%)",
    ),
    "demo_done": (
        "演示数据已生成：{tickets} 张工单（{start} 至 {end}），用时 {seconds} 秒。",
        "Demo data seeded: {tickets} tickets ({start} to {end}) in {seconds} s.",
    ),
    "demo_rooms": ("房间：{rooms}；设备 {equipment} 台", "Rooms: {rooms}; {equipment} pieces of equipment"),
    "demo_team": ("人员（PIN 均为 {pin}）：", "Team (PIN {pin} for everyone):"),
    "demo_status": ("状态分布：{mix}", "By status: {mix}"),
    "demo_priority": ("级别分布：{mix}", "By priority: {mix}"),
    "created": ("已创建工单 {code}", "Ticket {code} filed"),
    "event_added": (
        "已记录：{code} {kind}，当前状态 {status}",
        "Recorded: {code} {kind}; status now {status}",
    ),
    "list_count": ("共 {shown} 条", "{shown} shown"),
    "list_more": (
        "只显示了前 {limit} 条；用 --limit 0 显示全部。",
        "Only the first {limit} are shown; --limit 0 shows all.",
    ),
    "list_empty": ("没有符合条件的工单。", "No ticket matches."),
    "profile_imported": (
        "已导入方案 {code}（{name}），重新计算了 {n} 张未关闭工单的时钟。",
        "Profile {code} ({name}) imported; clocks of {n} open tickets recomputed.",
    ),
    "calendar_missing": (
        "警告：{year} 年没有节假日数据，工作日按周一至周五计算。请导入：opsdesk-cli calendar import FILE.csv",
        "Warning: no holiday data for {year}; workdays fall back to Monday–Friday. Import it: opsdesk-cli calendar import FILE.csv",
    ),
    "calendar_imported": (
        "已导入 {years} 年的日历（{days} 天），重新计算了 {n} 张未关闭工单的时钟。",
        "Calendar imported for {years} ({days} days); clocks of {n} open tickets recomputed.",
    ),
    "csv_encoding": (
        "{file}：不是 UTF-8 编码的文本。未做任何更改。",
        "{file}: not UTF-8 text. Nothing was changed.",
    ),
    "db_path": ("数据库文件", "Database file"),
    "db_integrity": ("完整性检查", "Integrity check"),
    "db_revision": ("结构版本", "Schema revision"),
    "db_head": ("本程序的最新版本", "Newest known to this program"),
    "db_size": ("文件大小", "File size"),
    "db_counts": ("数量", "Counts"),
    "db_ok": ("正常", "ok"),
    "db_backup_done": ("已备份到 {dest}", "Backed up to {dest}"),
    "db_backup_exists": ("{dest} 已存在，不会覆盖。", "{dest} exists; it is not overwritten."),
    # ---- labels ----
    "col.code": ("编号", "Code"),
    "col.priority": ("级别", "Prio"),
    "col.status": ("状态", "Status"),
    "col.title": ("标题", "Title"),
    "col.room": ("位置", "Room"),
    "col.category": ("类别", "Category"),
    "col.created": ("报修时间", "Created"),
    "col.assignee": ("处理人", "Assignee"),
    "col.name": ("姓名", "Name"),
    "col.post": ("岗位", "Post"),
    "col.phone": ("电话", "Phone"),
    "col.role": ("角色", "Role"),
    "col.secret": ("登录方式", "Sign-in"),
    "col.active": ("在岗", "Active"),
    "col.clock": ("时钟", "Clock"),
    "col.state": ("状态", "State"),
    "col.due": ("到期", "Due"),
    "col.remaining": ("剩余", "Remaining"),
    "col.paused": ("暂停累计", "Paused"),
    "col.time": ("时间", "Time"),
    "col.event": ("事件", "Event"),
    "col.operator": ("值班员", "Operator"),
    "col.detail": ("内容", "Details"),
    "col.levels": ("级别（响应/到场/解决）", "Levels (respond/arrive/resolve)"),
    "col.calendar": ("计时", "Clock time"),
    "col.builtin": ("内置", "Built-in"),
    "col.year": ("年份", "Year"),
    "col.source": ("来源", "Source"),
    "col.days": ("特殊日", "Special days"),
    "col.count": ("数量", "Count"),
    "col.table": ("表", "Table"),
    "label.description": ("描述", "Description"),
    "label.reporter": ("报修人", "Reporter"),
    "label.equipment": ("设备", "Equipment"),
    "label.profile": ("方案", "Profile"),
    "label.created_by": ("登记人", "Filed by"),
    "label.fault": ("故障记录", "Fault record"),
    "label.clocks": ("时钟", "Clocks"),
    "label.timeline": ("时间线", "Timeline"),
    "calendar.24x7": ("7×24", "24x7"),
    "calendar.business": ("工作时间", "business hours"),
    # ---- durations ----
    "dur.d": ("{n}天", "{n}d"),
    "dur.h": ("{n}小时", "{n}h"),
    "dur.m": ("{n}分", "{n}m"),
    "dur.left": ("剩{d}", "{d} left"),
    "dur.over": ("超{d}", "{d} over"),
    "dur.paused": ("暂停·剩{d}", "paused, {d} left"),
    # ---- statuses, events, categories, clocks ----
    "status.new": ("新建", "new"),
    "status.acknowledged": ("已响应", "acknowledged"),
    "status.on_site": ("已到场", "on site"),
    "status.paused": ("暂停", "paused"),
    "status.resolved": ("已解决", "resolved"),
    "status.closed": ("已关闭", "closed"),
    "event.created": ("创建", "created"),
    "event.acknowledged": ("响应", "acknowledged"),
    "event.arrived": ("到场", "arrived"),
    "event.resolved": ("解决", "resolved"),
    "event.closed": ("关闭", "closed"),
    "event.paused": ("暂停", "paused"),
    "event.resumed": ("恢复", "resumed"),
    "event.reassigned": ("转派", "reassigned"),
    "event.priority_changed": ("调整级别", "priority changed"),
    "event.reopened": ("重开", "reopened"),
    "event.comment": ("备注", "comment"),
    "event.attachment": ("附件", "attachment"),
    "event.report_submitted": ("提交故障报告", "report submitted"),
    "category.hardware": ("硬件", "hardware"),
    "category.network": ("网络", "network"),
    "category.video_conference": ("视频会议", "video conference"),
    "category.unified_comms": ("统一通讯", "unified comms"),
    "category.video_wall": ("大屏/显示", "video wall"),
    "category.audio": ("音频", "audio"),
    "category.machine_room": ("机房", "machine room"),
    "category.software": ("软件", "software"),
    "category.name_cards": ("电子席卡", "name cards"),
    "category.drone": ("无人机", "drone"),
    "category.service_request": ("服务请求", "service request"),
    "category.other": ("其他", "other"),
    "reason.vendor": ("等待厂家", "waiting for vendor"),
    "reason.spare_part": ("等待备件", "waiting for spare part"),
    "reason.client": ("等待用户", "waiting for client"),
    "reason.other": ("其他", "other"),
    "clock.respond": ("响应", "respond"),
    "clock.arrive": ("到场", "arrive"),
    "clock.resolve": ("解决", "resolve"),
    "clock.report": ("故障报告", "report"),
    "state.ok": ("正常", "ok"),
    "state.warning": ("预警", "warning"),
    "state.breached": ("超时", "breached"),
    "state.met": ("达成", "met"),
    "state.paused": ("暂停", "paused"),
    "state.not_started": ("未开始", "not started"),
    "state.none": ("—", "—"),
    "fault.level": ("故障等级", "Level"),
    "fault.cause": ("原因", "Cause"),
    "fault.handling": ("处理", "Handling"),
    "fault.result": ("结果", "Result"),
    "fault.part_model": ("备件型号", "Part model"),
    "fault.part_serial": ("备件序列号", "Part serial"),
    # ---- field names in validation messages ----
    "field.title": ("标题（--title）", "Title (--title)"),
    "field.description": ("描述（--description）", "Description (--description)"),
    "field.reporter_name": ("报修人姓名（--reporter-name）", "Reporter name (--reporter-name)"),
    "field.reporter_phone": ("报修人电话（--reporter-phone）", "Reporter phone (--reporter-phone)"),
    "field.reporter_unit": ("报修单位（--reporter-unit）", "Reporter unit (--reporter-unit)"),
    "field.equipment": ("设备（--equipment）", "Equipment (--equipment)"),
    "field.priority": ("级别（--priority）", "Priority (--priority)"),
    "field.category": ("类别（--category）", "Category (--category)"),
    "field.room_id": ("位置（--room）", "Room (--room)"),
    "field.assignee_id": ("处理人（--assignee）", "Assignee (--assignee)"),
    "field.at": ("时间（--at）", "Time (--at)"),
    "field.note": ("备注（--note）", "Note (--note)"),
    "field.reason": ("暂停原因（--reason）", "Reason (--reason)"),
    "field.to": ("目标（--to）", "Target (--to)"),
    "field.fault.level": ("故障等级（--fault-level）", "Fault level (--fault-level)"),
    "field.fault.cause": ("故障原因（--cause）", "Cause (--cause)"),
    "field.fault.handling": ("处理过程（--handling）", "Handling (--handling)"),
    "field.fault.result": ("处理结果（--result）", "Result (--result)"),
    "field.fault.part_model": ("备件型号（--part-model）", "Part model (--part-model)"),
    "field.fault.part_serial": ("备件序列号（--part-serial）", "Part serial (--part-serial)"),
    "field.name": ("姓名（--name）", "Name (--name)"),
    "field.post": ("岗位（--post）", "Post (--post)"),
    "field.phone": ("电话（--phone）", "Phone (--phone)"),
    "field.role": ("角色（--role）", "Role (--role)"),
    "field.secret": ("PIN/密码", "PIN/password"),
    "field.secret_kind": ("登录方式", "Sign-in kind"),
    "field.code": ("编号", "Code"),
    "field.kind": ("事件类型（KIND）", "Event kind (KIND)"),
    "field.filename": ("文件名", "File name"),
    # ---- problems ----
    "problem.required": ("{field}不能为空。", "{field} is required."),
    "problem.too_long": (
        "{field}太长：{length} 个字符，最多 {max} 个。",
        "{field} is too long: {length} characters, at most {max}.",
    ),
    "problem.control_chars": (
        "{field}含有不允许的控制字符或换行。",
        "{field} contains control characters or line breaks that are not allowed.",
    ),
    "problem.bad_phone": (
        "{field}不是电话号码（只允许数字、空格、+ - 和括号）。",
        "{field} is not a phone number (digits, spaces, + - and brackets only).",
    ),
    "problem.not_allowed": (
        "{field}：“{value}”不是允许的值（{allowed}）。",
        "{field}: \u201c{value}\u201d is not one of the allowed values ({allowed}).",
    ),
    "problem.duplicate": ("{field}：“{value}”已存在。", "{field}: \u201c{value}\u201d already exists."),
    "problem.not_found": ("{field}：所选项目不存在。", "{field}: the selected item does not exist."),
    "problem.in_future": (
        "{field}（{at}）晚于当前时间（{now}）。",
        "{field} ({at}) is in the future (now: {now}).",
    ),
    "problem.before_creation": (
        "{field}（{at}）早于工单创建时间（{created}）。",
        "{field} ({at}) is before the ticket was created ({created}).",
    ),
    "problem.naive_time": ("{field}没有时区。", "{field} has no time zone."),
    "problem.unchanged": ("{field}没有变化（{value}）。", "{field} is unchanged ({value})."),
    "problem.bad_pin": ("{field}：PIN 为 4 到 12 位数字。", "{field}: a PIN has 4 to 12 digits."),
    "problem.bad_password": (
        "{field}：密码为 6 到 128 个字符。",
        "{field}: a password has 6 to 128 characters.",
    ),
    "problem.other": ("{field}无效（{code}）。", "{field} is invalid ({code})."),
    # ---- typed errors ----
    "err.unknown_priority": (
        "未知级别“{code}”；本SLA 方案的级别：{allowed}。",
        "Unknown priority \u201c{code}\u201d; this contract has: {allowed}.",
    ),
    "err.unknown_profile": ("未知SLA 方案“{code}”。", "Unknown contract profile \u201c{code}\u201d."),
    "err.not_found": ("{what}“{key}”不存在。", "{what} \u201c{key}\u201d was not found."),
    "what.ticket": ("工单", "Ticket"),
    "what.operator": ("值班员", "Operator"),
    "what.room": ("房间", "Room"),
    "what.profile": ("SLA 方案", "Contract profile"),
    "what.attachment": ("附件", "Attachment"),
    "err.transition": (
        "工单当前为“{status}”，不能{action}。",
        "Cannot record \u201c{action}\u201d on a ticket that is {status}.",
    ),
    "err.transition_hint": (
        "工单当前为“{status}”，不能{action}：{hint}。",
        "Cannot record \u201c{action}\u201d on a ticket that is {status}: {hint}.",
    ),
    "err.transition_created": ("工单只能创建一次。", "A ticket can only be created once."),
    "hint.acknowledge": ("请先响应（acknowledged）", "acknowledge it first"),
    "hint.resolve": ("请先解决（resolved）", "resolve it first"),
    "hint.resume": ("请先恢复（resumed）", "resume it first"),
    "hint.reopen": ("请先重开（reopened）", "reopen it first"),
    "hint.already": ("该事件已记录过", "that already happened"),
    "settings.unreadable": (
        "警告：无法读取设置文件 {path}，所有设置已恢复默认（损坏的文件已另存为 settings.json.bad-<时间>）。"
        "请用 `opsdesk-cli init --console 编号` 设置本席位代码。",
        "warning: the settings file {path} cannot be read; every setting is back to its default (the "
        "damaged file was kept as settings.json.bad-<time>). Set this console's code with "
        "`opsdesk-cli init --console CODE`.",
    ),
    "settings.bad_console_code": (
        "警告：设置文件 {path} 中的席位代码缺失或无效，暂用 A1；各席位代码须不同，"
        "请用 `opsdesk-cli init --console 编号` 设置。",
        "warning: the console code in {path} is missing or not valid; A1 stands in, but each console "
        "needs its own: set it with `opsdesk-cli init --console CODE`.",
    ),
    "settings.bad_timezone": (
        "警告：设置文件 {path} 中的时区无效，暂用 Asia/Shanghai；请用 `opsdesk-cli init --timezone 时区` 设置。",
        "warning: the time zone in {path} is not known; Asia/Shanghai stands in: set it with "
        "`opsdesk-cli init --timezone ZONE`.",
    ),
    "err.auth": (
        "登录失败：值班员或 PIN/密码不正确。",
        "Sign-in failed: the operator or the PIN/password is not right.",
    ),
    "err.db_corrupt": (
        "数据库文件已损坏，无法打开：{path}（{detail}）。文件未被修改；备份在 {backups}。",
        "The database file is damaged and cannot be opened: {path} ({detail}). The file was not modified; backups are in {backups}.",
    ),
    "err.db_readonly": (
        "数据库文件无法写入：{path}。请检查磁盘空间和文件夹权限。文件未被修改。",
        "The database file cannot be written: {path}. Check disk space and folder permissions. The file was not modified.",
    ),
    "err.db_too_new": (
        "数据库文件由更新版本的 opsdesk 写入（结构版本 {revision}）：{path}。请安装新版本后再打开；文件未被修改。",
        "The database file was written by a newer opsdesk (schema revision {revision}): {path}. Install the newer version to open it; the file was not modified.",
    ),
    "err.import": (
        "无法导入 {source}：{detail}。未做任何更改。",
        "Cannot import {source}: {detail}. Nothing was changed.",
    ),
    "err.font": (
        "没有已安装的字体能显示字符“{char}”（U+{code}）。",
        "No installed font can print the character \u201c{char}\u201d (U+{code}).",
    ),
    "err.attachment": (
        "文件 {name} 太大（{size} 字节），上限 {limit} 字节。",
        "The file {name} is too large ({size} bytes); the limit is {limit} bytes.",
    ),
    "err.other": ("操作失败：{detail}", "The operation failed: {detail}"),
}

# each capability keeps its words in a module of its own
_AREAS = (clitext_sync, clitext_roster, clitext_meetings)
for _area in _AREAS:
    T.update(_area.T)


def default_lang(env: dict[str, str] | None = None) -> str:
    """zh when the locale environment says Chinese (LC_ALL, then LC_MESSAGES, then LANG), else en."""
    env = dict(os.environ) if env is None else env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


class Text:
    """The catalog in one language."""

    def __init__(self, lang: str, tz: str = DEFAULT_TZ) -> None:
        self.lang = lang if lang in LANGS else "en"
        self.tz = tz
        self._i = LANGS.index(self.lang)

    def __call__(self, key: str, /, **params: object) -> str:
        pair = T.get(key)
        if pair is None:
            return key
        text = pair[self._i]
        return text.format(**params) if params else text

    def maybe(self, prefix: str, value: str) -> str:
        """The word for a stored value (status, category …), or the value itself when it has none."""
        key = f"{prefix}.{value}"
        return self(key) if key in T else value

    def when(self, value: datetime | None) -> str:
        if value is None:
            return self("none")
        return value.astimezone(zone(self.tz)).strftime("%Y-%m-%d %H:%M")

    def sep(self) -> str:
        return "、" if self.lang == "zh" else ", "

    def join(self, values: Iterable[object]) -> str:
        return self.sep().join(str(v) for v in values)

    # ---- the typed errors, one line each (a ValidationError: one line per field) ----
    def error_lines(self, exc: BaseException) -> list[str]:
        try:
            if isinstance(exc, E.ValidationError):
                return [self.problem(f, code, params) for f, (code, params) in exc.problems.items()]
            return [self.error(exc)]
        except Exception:  # wording an error must never become a second error
            return [self("err.other", detail=str(exc))]

    def problem(self, field: str, code: str, params: dict | None = None) -> str:
        p = params or {}
        label = self(f"field.{field}") if f"field.{field}" in T else field
        key = f"problem.{code}" if f"problem.{code}" in T else "problem.other"
        return self(
            key, field=label, code=code, length=p.get("length", ""), max=p.get("max", ""),
            value=p.get("value", ""), allowed=self.join(p.get("allowed", ()) or ()),
            at=self._time(p.get("at")), now=self._time(p.get("now")), created=self._time(p.get("created")),
        )  # fmt: skip

    def _time(self, value: object) -> str:
        return self.when(value) if isinstance(value, datetime) else str(value or "")

    def error(self, exc: BaseException) -> str:
        from opsdesk import paths

        for area in _AREAS:
            for cls, word in area.ERRORS.items():
                if isinstance(exc, cls):
                    return word(self, exc)
        if isinstance(exc, E.UnknownPriority):
            return self("err.unknown_priority", code=exc.code, allowed=self.join(exc.allowed))
        if isinstance(exc, E.UnknownProfile):
            return self("err.unknown_profile", code=exc.code)
        if isinstance(exc, E.NotFound):
            return self("err.not_found", what=self.maybe("what", exc.what), key=exc.key)
        if isinstance(exc, E.InvalidTransition):
            return self._transition(exc)
        if isinstance(exc, E.AuthError):
            return self("err.auth")
        if isinstance(exc, E.DatabaseCorrupt):
            return self(
                "err.db_corrupt", path=exc.path, detail=exc.detail, backups=str(paths.data_dir() / "backups")
            )
        if isinstance(exc, E.DatabaseReadOnly):
            return self("err.db_readonly", path=exc.path)
        if isinstance(exc, E.DatabaseTooNew):
            return self("err.db_too_new", path=exc.path, revision=exc.revision)
        if isinstance(exc, E.ImportFormatError):
            return self("err.import", source=exc.source, detail=exc.detail)
        if isinstance(exc, E.FontCoverageError):
            return self("err.font", char=exc.char, code=f"{ord(exc.char):04X}")
        if isinstance(exc, E.AttachmentTooLarge):
            return self("err.attachment", name=exc.filename, size=exc.size, limit=exc.limit)
        return self("err.other", detail=str(exc))

    def _transition(self, exc: E.InvalidTransition) -> str:
        if exc.status == "any":
            return self("err.transition_created")
        hints = {
            ("new", "resolved"): "hint.acknowledge", ("new", "arrived"): "hint.acknowledge",
            ("new", "closed"): "hint.acknowledge", ("new", "paused"): "hint.acknowledge",
            ("acknowledged", "closed"): "hint.resolve", ("on_site", "closed"): "hint.resolve",
            ("paused", "resolved"): "hint.resume", ("paused", "closed"): "hint.resume",
            ("paused", "paused"): "hint.already", ("closed", "resolved"): "hint.reopen",
            ("resolved", "resolved"): "hint.already", ("resolved", "paused"): "hint.reopen",
            ("on_site", "arrived"): "hint.already", ("closed", "closed"): "hint.already",
        }  # fmt: skip
        action, status = self.maybe("event", exc.kind), self.maybe("status", exc.status)
        hint = hints.get((exc.status, exc.kind))
        if hint:
            return self("err.transition_hint", action=action, status=status, hint=self(hint))
        return self("err.transition", action=action, status=status)


def exit_code(exc: BaseException) -> int:
    """2 when the command's input was wrong (fix it and run again), 1 for anything else."""
    usage = (E.ValidationError, E.UnknownPriority, E.UnknownProfile, E.NotFound, E.InvalidTransition,
             E.ImportFormatError, E.AttachmentTooLarge)  # fmt: skip
    usage += tuple(cls for area in _AREAS for cls in area.USAGE_ERRORS)
    return 2 if isinstance(exc, usage) else 1
