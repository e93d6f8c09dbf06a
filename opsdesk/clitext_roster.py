"""The CLI's words for the roster commands and errors, {key: (zh, en)}; merged into opsdesk.clitext.T."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from opsdesk.roster_errors import (
    CalendarYearMissing,
    HandoverAlreadyAcknowledged,
    RequestNotPending,
    RosterImportError,
    RosterRuleError,
)

T: dict[str, tuple[str, str]] = {
    # help
    "help.roster": ("值班排班：生成、查看、导出", "duty roster: generate, show, export"),
    "help.roster.generate": (
        "为日期范围生成排班（保留手工调整）",
        "generate the roster of a date range (manual edits are kept)",
    ),
    "help.roster.show": ("查看排班", "show the roster"),
    "help.roster.now": ("当前值班与下一班（含电话）", "who is on duty now and next (with phones)"),
    "help.roster.export": (
        "导出节假日值班表、月度排班表（PDF/xlsx）或个人日历（.ics）",
        "export the holiday duty list, the month roster (PDF/xlsx) or a personal calendar (.ics)",
    ),
    "help.roster.staff": ("值班人员：列表、导入、批准替换人员", "staff: list, import, approve a replacement"),
    "help.roster.assign": (
        "手工排班（保留，重新生成不覆盖）",
        "assign by hand (pinned: kept on regeneration)",
    ),
    "help.roster.leave": ("登记请假/不可排班", "record leave or unavailability"),
    "help.roster.day": (
        "修改某日：节假日、调休上班或恢复正常",
        "edit one day: holiday, make-up workday, or back to normal",
    ),
    "help.roster.handover": (
        "交接班：交班（give）、接班确认（ack）、历史查询（list）",
        "shift handover: give, acknowledge (ack), history (list)",
    ),
    "help.handover_id": ("交接班编号（ack 时）", "handover id (for ack)"),
    "help.handover_notes": ("交接说明", "handover notes"),
    "help.from_day": ("开始日期 YYYY-MM-DD", "first day, YYYY-MM-DD"),
    "help.to_day": ("结束日期 YYYY-MM-DD（含）", "last day, YYYY-MM-DD (inclusive)"),
    "help.date_day": ("日期 YYYY-MM-DD", "a date, YYYY-MM-DD"),
    "help.month": ("月份 YYYY-MM", "a month, YYYY-MM"),
    "help.explain": ("列出未能满足的要求及原因", "list what could not be satisfied, and why"),
    "help.dry_run": ("只计算，不保存", "compute only, save nothing"),
    "help.accept_missing": (
        "某年无节假日数据时仍按周一至周五生成",
        "generate even if a year has no holiday data (Monday–Friday assumed)",
    ),
    "help.kind_export": (
        "holiday（节假日值班表）或 month（月度排班表）",
        "holiday (duty list) or month (roster)",
    ),
    "help.format": ("pdf 或 xlsx", "pdf or xlsx"),
    "help.roster_output": ("输出文件", "output file"),
    "help.ics": ("导出个人日历（iCalendar）", "export a personal calendar (iCalendar)"),
    "help.staff_name": ("人员姓名", "staff name"),
    "help.org": ("抬头单位名称", "organisation name for the heading"),
    "help.file_csv": ("CSV 文件", "CSV file"),
    "help.shift": ("班次代码（DAY、HOLIDAY、ONCALL …）", "shift code (DAY, HOLIDAY, ONCALL …)"),
    "help.roster_post": ("岗位（* 为任意岗位）", "post (* for any post)"),
    "help.replace": ("被替换的排班编号", "id of the assignment this one replaces"),
    "help.leave_kind": ("类型", "kind"),
    "help.day_kind": ("holiday、workday 或 normal", "holiday, workday or normal"),
    "help.day_name": ("名称（如 春节）", "name (e.g. Spring Festival)"),
    "help.approved_by": ("采购人批准人", "the client's approver"),
    "help.approved_at": ("批准时间", "time of the approval"),
    "roster.missing_option": ("缺少参数 {option}。", "{option} is required here."),
    # columns
    "col.date": ("日期", "Date"),
    "col.weekday": ("星期", "Day"),
    "col.daytype": ("类型", "Type"),
    "col.shift": ("班次", "Shift"),
    "col.staff": ("人员", "Staff"),
    "col.total": ("总班次", "Duties"),
    "col.hours": ("小时", "Hours"),
    "col.weekend": ("周末", "Weekend"),
    "col.holiday": ("节假日", "Holiday"),
    "col.night": ("夜班", "Night"),
    "col.skills": ("技能", "Skills"),
    "col.certs": ("证书", "Certificates"),
    "col.active_period": ("在岗期间", "Active"),
    "col.approval": ("替换批准", "Replacement approval"),
    "col.rule": ("问题", "Problem"),
    # words
    "roster.workday": ("工作日", "workday"),
    "roster.weekend": ("休息日", "weekend"),
    "roster.holiday": ("节假日", "holiday"),
    "roster.makeup": ("调休上班", "make-up workday"),
    "roster.open": ("（空缺）", "(open)"),
    "roster.any_post": ("任意岗位", "any post"),
    "roster.pending_approval": ("待批准", "awaiting approval"),
    "roster.approved": ("{by} 于 {at} 批准", "approved by {by} on {at}"),
    "roster.wd": ("一二三四五六日", "MoTuWeThFrSaSu"),
    "roster.generated": (
        "已生成 {start} 至 {end}：需 {required} 个班位，已排 {filled}；新增 {created}，保留 {kept}，"
        "撤销 {removed}，手工调整 {pinned} 个保持不变。",
        "Generated {start} to {end}: {filled} of {required} slots filled; {created} new, {kept} kept, "
        "{removed} withdrawn, {pinned} manual edits untouched.",
    ),
    "roster.dry_run": ("（试算，未保存）", "(dry run: nothing saved)"),
    "roster.unmet_count": (
        "{n} 项要求未能满足；用 --explain 查看原因。",
        "{n} requirements could not be met; --explain lists why.",
    ),
    "roster.fairness": (
        "公平性（最多与最少之差）：总班次 {total}，周末 {weekend}，节假日 {holiday}，夜班 {night}",
        "Fairness (most minus fewest): duties {total}, weekend {weekend}, holiday {holiday}, night {night}",
    ),
    "roster.calendar_missing": (
        "警告：{year} 年没有节假日数据，按周一至周五计算工作日。请导入国务院办公厅的放假安排。",
        "Warning: {year} has no holiday data; Monday to Friday were taken as workdays. Import the State "
        "Council's holiday arrangement.",
    ),
    "roster.no_one_now": ("当前无人值班。", "Nobody is on duty now."),
    "roster.now": ("当前值班", "On duty now"),
    "roster.next": ("下一班（{at}）", "Next ({at})"),
    "roster.arrive": ("{minutes} 分钟内到场", "on site within {minutes} min"),
    "roster.exported": ("已导出：{path}", "Exported: {path}"),
    "roster.staff_imported": ("已导入 {n} 名人员。", "{n} staff imported."),
    "roster.assigned": ("已排班：{day} {shift} {post} {name}", "Assigned: {day} {shift} {post} {name}"),
    "roster.leave_added": ("已登记：{name} {start} 至 {end}", "Recorded: {name} {start} to {end}"),
    "roster.day_set": ("已修改 {day}：{kind}", "{day} set to {kind}"),
    "roster.breaches": ("排班与规则冲突：", "The roster breaks rules:"),
    "roster.approved_done": ("已记录批准：{name}", "Approval recorded: {name}"),
    "roster.no_holiday_data": (
        "找不到下一个节假日：{years} 年没有节假日数据。请先导入放假安排，或用 --from/--to 指定日期。",
        "No next holiday found: {years} has no holiday data. Import the arrangement first, or give --from/--to.",
    ),
    "roster.no_holiday": (
        "{start} 之后一年内没有节假日数据。",
        "No holiday found within a year after {start}.",
    ),
    "roster.ho_head": (
        "交接班 {id}：{by} 于 {at} 交班；{ack}",
        "Handover {id}: handed over by {by} at {at}; {ack}",
    ),
    "roster.ho_acked": ("{by} 于 {at} 接班确认", "acknowledged by {by} at {at}"),
    "roster.ho_open": ("待接班确认", "awaiting acknowledgement"),
    "roster.ho_no_checklists": (
        "（未安装检查单功能，未列出未完成检查单）",
        "(no checklist source installed: none listed)",
    ),
    "roster.late": ("已逾期", "late"),
    "roster.item.ticket": ("工单", "ticket"),
    "roster.item.clock": ("时限", "clock"),
    "roster.item.checklist": ("检查单", "checklist"),
    # unmet explanations
    "unmet.no_staff": ("{day} {shift} {post}：无此岗位人员", "{day} {shift} {post}: nobody holds this post"),
    "unmet.all_on_leave": (
        "{day} {shift} {post}：符合条件的 {candidates} 人均在请假",
        "{day} {shift} {post}: all {candidates} eligible people are on leave",
    ),
    "unmet.rest_rule": (
        "{day} {shift} {post}：{candidates} 人均会违反休息规则（连续值班上限或24小时班后休息）",
        "{day} {shift} {post}: all {candidates} would break a rest rule (consecutive days or rest after 24 h)",
    ),
    "unmet.busy": (
        "{day} {shift} {post}：{candidates} 人均已有重叠班次",
        "{day} {shift} {post}: all {candidates} are already on an overlapping shift",
    ),
    "unmet.not_approved": (
        "{day} {shift} {post}：仅有未经批准的替换人员",
        "{day} {shift} {post}: only replacement engineers without approval",
    ),
    "unmet.pinned_conflict": (
        "{day} {shift} {post}：手工排班 {name} 与规则冲突（{rule}）",
        "{day} {shift} {post}: the manual assignment of {name} breaks a rule ({rule})",
    ),
    # rule breaches
    "breach.on_leave": (
        "{name} 在 {day} 请假（{start} 至 {end}）",
        "{name} is on leave on {day} ({start} to {end})",
    ),
    "breach.overlap": (
        "{name} 在 {day} 已有重叠班次 {shift}",
        "{name} already has the overlapping shift {shift} on {day}",
    ),
    "breach.max_consecutive": (
        "{name} 将连续值班 {run} 天，超过上限 {max} 天（{day}）",
        "{name} would be on duty {run} days in a row, more than {max} ({day})",
    ),
    "breach.rest_after_24h": (
        "{name} 在24小时值班后只休息 {gap} 小时，少于 {hours} 小时（{day}）",
        "{name} would rest only {gap} h after a 24-hour duty, less than {hours} h ({day})",
    ),
    "breach.min_rest": (
        "{name} 两班之间只休息 {gap} 小时，少于 {hours} 小时（{day}）",
        "{name} would rest only {gap} h between duties, less than {hours} h ({day})",
    ),
    "breach.inactive": ("{name} 在 {day} 不在岗（在岗期间之外）", "{name} is not active on {day}"),
    "breach.not_approved": (
        "{name} 是替换人员，尚无采购人批准记录，不能排班",
        "{name} is a replacement engineer without a recorded client approval and cannot be rostered",
    ),
    "breach.wrong_post": ("{name} 不属于岗位 {post}", "{name} does not hold the post {post}"),
    "breach.missing_skill": ("{name} 没有所需技能 {skill}", "{name} lacks the required skill {skill}"),
    # errors
    "err.calendar_year_missing": (
        "{years} 年没有节假日数据：请先导入国务院办公厅的放假安排（opsdesk-cli calendar import），"
        "或加 --accept-missing-calendar 按周一至周五生成。未做任何更改。",
        "No holiday data for {years}: import the State Council's arrangement first (opsdesk-cli calendar "
        "import), or add --accept-missing-calendar to assume Monday–Friday. Nothing was changed.",
    ),
    "err.request_not_pending": (
        "申请已处理（{status}），不能再次处理。",
        "The request was already {status}.",
    ),
    "err.handover_acked": ("该交接班已由 {by} 确认。", "This handover was already acknowledged by {by}."),
    "err.roster_import.empty": (
        "{source}：文件为空。未导入任何内容。",
        "{source}: the file is empty. Nothing imported.",
    ),
    "err.roster_import.columns": (
        "{source} 第 {line} 行：列不正确（应为 {expected}，实为 {found}）。未导入任何内容。",
        "{source} line {line}: wrong columns (expected {expected}, found {found}). Nothing imported.",
    ),
    "err.roster_import.bad_date": (
        "{source} 第 {line} 行：日期“{value}”不存在或格式不对（应为 YYYY-MM-DD）。未导入任何内容。",
        "{source} line {line}: the date \u201c{value}\u201d is impossible or not YYYY-MM-DD. Nothing imported.",
    ),
    "err.roster_import.bad_kind": (
        "{source} 第 {line} 行：类型“{value}”应为 holiday 或 workday。未导入任何内容。",
        "{source} line {line}: the kind \u201c{value}\u201d must be holiday or workday. Nothing imported.",
    ),
    "err.roster_import.impossible_range": (
        "{source} 第 {line} 行：结束日期 {end} 早于开始日期 {start}。未导入任何内容。",
        "{source} line {line}: the end {end} is before the start {start}. Nothing imported.",
    ),
    "err.roster_import.duplicate": (
        "{source} 第 {line} 行：“{value}”重复。未导入任何内容。",
        "{source} line {line}: \u201c{value}\u201d appears twice. Nothing imported.",
    ),
    "err.roster_import.bad_value": (
        "{source} 第 {line} 行：{field}“{value}”不正确：{problem}。未导入任何内容。",
        "{source} line {line}: {field} \u201c{value}\u201d is not valid: {problem}. Nothing imported.",
    ),
    "err.roster_import.encoding": (
        "{source}：无法识别文件的编码。请在 Excel 中另存为“CSV（逗号分隔）”或“CSV UTF-8”后再导入。未导入任何内容。",
        "{source}: the file's encoding is not recognised. Save it from Excel as \u201cCSV (comma delimited)\u201d "
        "or \u201cCSV UTF-8\u201d and import again. Nothing imported.",
    ),
    "roster.cannot_read": ("无法读取 {file}：{reason}", "Cannot read {file}: {reason}"),
    "col.arrival": ("到场要求", "Arrival"),
    # holiday names as chinese_calendar stores them
    "holiday_name.New Year's Day": ("元旦", "New Year's Day"),
    "holiday_name.Spring Festival": ("春节", "Spring Festival"),
    "holiday_name.Tomb-sweeping Day": ("清明节", "Tomb-sweeping Day"),
    "holiday_name.Labour Day": ("劳动节", "Labour Day"),
    "holiday_name.Dragon Boat Festival": ("端午节", "Dragon Boat Festival"),
    "holiday_name.National Day": ("国庆节", "National Day"),
    "holiday_name.Mid-autumn Festival": ("中秋节", "Mid-autumn Festival"),
    "holiday_name.Anti-Fascist 70th Day": ("抗战胜利70周年纪念日", "Anti-Fascist 70th Day"),
    "field.operator": ("值班员（--as）", "Operator (--as)"),
    "problem.same_operator": (
        "交班人 {value} 不能自己接班：请以接班值班员身份确认（--as 姓名）。",
        "{value} handed this shift over and cannot acknowledge it too: acknowledge as the incoming operator (--as NAME).",
    ),
    "import_field.name": ("姓名", "name"),
    "import_field.post": ("岗位", "post"),
    "import_field.phone": ("电话", "phone"),
    "import_field.skills": ("技能", "skills"),
    "import_field.certificates": ("证书", "certificates"),
    "import_field.kind": ("类型", "kind"),
    "import_field.date": ("日期", "date"),
    "import_field.active_from": ("起始日期", "active from"),
    "import_field.active_to": ("结束日期", "active to"),
    "import_problem.required": ("不能为空", "it is required"),
    "import_problem.too_long": ("太长", "it is too long"),
    "import_problem.control_chars": ("含有控制字符", "it contains control characters"),
    "import_problem.bad_phone": (
        "不是电话号码（只能有数字、空格和 + - ( )）",
        "not a phone number (digits, spaces, + - ( ) only)",
    ),
    "import_problem.weekday_workday": (
        "周一至周五本来就是工作日，不能标为调休上班",
        "Monday to Friday are workdays anyway; they cannot be make-up workdays",
    ),
    "import_problem.weekend_holiday": ("周末本来就休息", "weekends are days off anyway"),
    # validation problems and fields of the roster
    "problem.end_before_start": ("{field}早于开始日期。", "{field} is before the start."),
    "problem.bad_range": ("{field}：日期范围过长。", "{field}: the date range is too long."),
    "problem.bad_hours": (
        "{field}：时长须在 0 到 48 小时之间。",
        "{field}: the duration must be 0 to 48 hours.",
    ),
    "problem.bad_value": (
        "{field}的值不正确（{value}）。",
        "{field} has a value that is not valid ({value}).",
    ),
    "problem.weekend_holiday": (
        "{field}：周末本就休息，不必设为节假日。",
        "{field}: a weekend day is off anyway; it cannot be made a holiday.",
    ),
    "problem.weekday_workday": (
        "{field}：周一至周五本就上班，不能设为调休上班日。",
        "{field}: Monday to Friday are workdays anyway; it cannot be a make-up workday.",
    ),
    "problem.same_staff": ("{field}：不能与本人交换。", "{field}: cannot swap with oneself."),
    "problem.changed": ("{field}：排班已变更，请重新申请。", "{field}: the roster has changed; ask again."),
    "problem.not_replacement": ("{field}：此人不是替换人员。", "{field}: this person is not a replacement."),
    "field.staff_id": ("人员", "Staff"),
    "field.shift_code": ("班次", "Shift"),
    "field.day": ("日期", "Date"),
    "field.end": ("结束日期", "End"),
    "field.active_to": ("在岗截止日期", "Active until"),
    "field.approved_by": ("批准人", "Approver"),
    "field.replace_id": ("被替换的排班", "Replaced assignment"),
    "field.assignment_id": ("排班", "Assignment"),
    "field.other_assignment_id": ("对方排班", "Other assignment"),
    "what.staff": ("值班人员", "Staff"),
    "what.assignment": ("排班", "Assignment"),
    "what.leave": ("请假记录", "Leave"),
    "what.period": ("重点时期", "Reinforcement period"),
    "what.swap_request": ("换班申请", "Swap request"),
    "what.handover": ("交接班记录", "Handover"),
}


def _v(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def breach_line(t: Any, b: Any) -> str:
    p = b.params
    return t(
        f"breach.{b.code}",
        name=b.staff_name,
        day=b.day.isoformat(),
        start=_v(p.get("start", "")),
        end=_v(p.get("end", "")),
        shift=p.get("shift_code", ""),
        run=p.get("run", ""),
        max=p.get("max", ""),
        gap=p.get("gap_hours", ""),
        hours=p.get("hours", ""),
        post=p.get("post", ""),
        skill=p.get("skill", ""),
    )


def _import_error(t: Any, exc: RosterImportError) -> str:
    params = {k: _v(v) for k, v in exc.params.items()}
    params.setdefault("value", "")
    if exc.code == "bad_value":  # field and problem are codes: say them in words where we know them
        field, problem = params.get("field", ""), params.get("problem", "")
        params["field"] = t(f"import_field.{field}") if f"import_field.{field}" in T else field
        params["problem"] = t(f"import_problem.{problem}") if f"import_problem.{problem}" in T else problem
    params.setdefault("problem", "")
    return t(f"err.roster_import.{exc.code}", source=exc.source, line=exc.line, **params)


# typed error class -> fn(text, exc) giving its one-line message (text is an opsdesk.clitext.Text)
ERRORS: dict[type[BaseException], Callable[[Any, Any], str]] = {
    RosterRuleError: lambda t, e: (
        t("roster.breaches") + " " + t.sep().join(breach_line(t, b) for b in e.breaches)
    ),
    CalendarYearMissing: lambda t, e: t("err.calendar_year_missing", years=t.join(e.years)),
    RequestNotPending: lambda t, e: t("err.request_not_pending", status=e.status),
    HandoverAlreadyAcknowledged: lambda t, e: t("err.handover_acked", by=e.by),
    RosterImportError: _import_error,
}

# typed errors that mean "the command's input was wrong" (exit code 2)
USAGE_ERRORS: tuple[type[BaseException], ...] = (
    RosterRuleError,
    CalendarYearMissing,
    RequestNotPending,
    HandoverAlreadyAcknowledged,
    RosterImportError,
)
