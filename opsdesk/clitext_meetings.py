"""The CLI's words for the meetings commands and errors, {key: (zh, en)}; merged into opsdesk.clitext.T."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from opsdesk.meeting_errors import NotEnoughSeats, RollCallClosed, RunFinished, RunIncomplete

T: dict[str, tuple[str, str]] = {
    # help
    "help.namecards": ("由名单（.xlsx/.csv）生成桌签 PDF 和电子席卡图片", "Make tent name cards (PDF) and e-card images from a list (.xlsx/.csv)"),
    "help.seating": ("按位次排座并输出座次", "Seat a list by precedence and print the order"),
    "help.mt.input": ("名单文件（.xlsx 或 .csv；列：姓名、职务、单位、排序）", "The list (.xlsx or .csv; columns: name, title, organisation, rank)"),
    "help.mt.output": ("输出的 PDF 文件", "The PDF file to write"),
    "help.mt.png_dir": ("同时把电子席卡图片（每座一张 PNG）写到此目录", "Also write the e-card images (one PNG per seat) into this folder"),
    "help.mt.png_size": ("电子席卡分辨率，默认 800x480", "E-card resolution, default 800x480"),
    "help.mt.size": ("桌签尺寸：a4（默认，对折）、a5 或 宽x高mm（如 200x100mm）", "Card size: a4 (default, folded), a5 or WxHmm (e.g. 200x100mm)"),
    "help.mt.title_line": ("姓名下方的小字：职务、单位或不印（默认不印）", "The small line under the name: title, organisation or none (default none)"),
    "help.mt.layout": ("座位形式：head 主席台、rows 多排、u U 形桌", "Layout: head (head table), rows, u (U-shaped table)"),
    "help.mt.seats": (
        "座位数：head 为 N；rows 为每排座位数如 7,8；u 为 主位数+每边座位数 如 3+6（默认按人数）",
        "Seats: head N; rows seats per row, e.g. 7,8; u head+arm, e.g. 3+6 (default: fitted to the list)",
    ),
    "help.mt.mirror": ("镜像排列（以右为尊）", "The mirror image (the right side first)"),
    # output
    "mt.cards_done": ("已生成 {count} 张桌签：{path}（字号 {size} 磅）", "{count} tent cards written to {path} (name size {size} pt)"),
    "mt.png_done": ("已生成 {count} 张电子席卡图片：{path}", "{count} e-card images written to {path}"),
    "mt.layout.head": ("主席台（从台下看，左→右）", "Head table (seen from the audience, left to right)"),
    "mt.layout.rows": ("多排（从台下看，左→右；第 1 排在前）", "Rows (seen from the audience, left to right; row 1 at the front)"),
    "mt.layout.u": ("U 形桌（主位从对面看，左→右；两侧由近及远）", "U-shaped table (head seen from the far end, left to right; arms from the head down)"),
    "mt.row": ("第 {n} 排", "Row {n}"),
    "mt.head": ("主位", "Head"),
    "mt.left": ("左侧", "Left arm"),
    "mt.right": ("右侧", "Right arm"),
    "mt.empty_seat": ("（空）", "(empty)"),
    "mt.mirrored": ("（镜像）", " (mirrored)"),
    # input problems
    "mt.bad_size": ("尺寸“{value}”无效：请用 a4、a5 或 宽x高mm（每边 50–500 mm）。", "Size “{value}” is not valid: use a4, a5 or WxHmm (50–500 mm a side)."),
    "mt.bad_png_size": ("分辨率“{value}”无效：请用 宽x高，如 800x480。", "Resolution “{value}” is not valid: use WxH, e.g. 800x480."),
    "mt.bad_seats": ("座位数“{value}”无效：head 用 N，rows 用 7,8，u 用 3+6。", "Seats “{value}” not valid: head N, rows 7,8, u 3+6."),
    "mt.row_problem": ("第 {row} 行：{text}", "Row {row}: {text}"),
    "mt.p.required": ("{field}为空", "{field} is empty"),
    "mt.p.too_long": ("{field}太长（{length} 个字，最多 {max} 个）", "{field} is too long ({length} characters, at most {max})"),
    "mt.p.duplicate": ("“{value}”与第 {other} 行重复", "“{value}” repeats row {other}"),
    "mt.p.duplicate_existing": ("“{value}”已在参会名单中", "“{value}” is already on the attendee list"),
    "mt.p.not_whole": ("{field}“{value}”应为整数", "{field} “{value}” must be a whole number"),
    "mt.p.not_a_number": ("{field}“{value}”不是数字", "{field} “{value}” is not a number"),
    "mt.p.out_of_range": ("{field}应在 {low} 到 {high} 之间", "{field} must be between {low} and {high}"),
    "mt.p.control_chars": ("{field}含有控制字符", "{field} contains control characters"),
    "mt.p.other": ("{field}无效（{code}）", "{field} is not valid ({code})"),
    "mt.f.name": ("姓名", "Name"),
    "mt.f.title": ("职务", "Title"),
    "mt.f.organisation": ("单位", "Organisation"),
    "mt.f.rank": ("排序", "Rank"),
    "mt.imp.unreadable": ("无法读取 {source}（{detail}）：请确认是 .xlsx 或 .csv 文件。", "Cannot read {source} ({detail}): is it an .xlsx or .csv file?"),
    "mt.imp.unreadable.not_found": ("找不到文件 {source}。", "There is no file {source}."),
    "mt.imp.unreadable.damaged": ("无法读取 {source}：文件已损坏，或不是 .xlsx/.csv 表格。", "Cannot read {source}: the file is damaged or not an .xlsx/.csv table."),
    "mt.imp.unreadable.encoding": (
        "无法读取 {source}：文字编码既不是 UTF-8 也不是 GBK，请在 Excel 中另存为 .xlsx 后再导入。",
        "Cannot read {source}: its text is neither UTF-8 nor GBK; save it from Excel as .xlsx and try again.",
    ),
    "mt.imp.unsupported_type": ("{source}：只支持 .xlsx 和 .csv 文件。", "{source}: only .xlsx and .csv files can be read."),
    "mt.imp.empty": ("{source} 没有数据行。", "{source} has no data rows."),
    "mt.imp.no_name_column": (
        "{source} 的前 10 行中没有“姓名”列：表头应为 姓名、职务、单位、排序（或 name、title、organisation、rank）。",
        "{source} has no “name” column in its first 10 rows: the header should be name, title, organisation, rank.",
    ),
    "mt.imp.duplicate_column": ("{source} 的表头有两列“{value}”。", "{source} has two “{value}” columns."),
    "mt.imp.merged_cells": (
        "{source} 有合并单元格（{value}）：请取消合并后再导入，否则会漏掉或错位姓名。",
        "{source} has merged cells ({value}): unmerge them first, or names would be lost or shifted.",
    ),
    "mt.imp.too_many_rows": ("{source} 行数太多（最多 2000 行）。", "{source} has too many rows (at most 2000)."),
    "mt.font": (
        "没有字体能显示“{name}”中的字符“{char}”（U+{code}）：请把含此字的字体（如 HanaMinB.ttf）放入 {dir} 后重试。",
        "No font can print the character “{char}” (U+{code}) of “{name}”: put a font that has it (e.g. HanaMinB.ttf) into {dir} and try again.",
    ),
    # errors
    "err.not_enough_seats": ("座位不够：{attendees} 人，只有 {seats} 个座位。", "Not enough seats: {attendees} people but {seats} seats."),
    "err.run_finished": ("该检查单已完成，不能再记录结果。", "That checklist is finished: no more results can be recorded."),
    "err.run_incomplete": ("还有 {count} 项必检项目未完成：{items}", "{count} required items are not done: {items}"),
    "err.rollcall_closed": ("该次点名已结束。", "That roll-call is closed."),
}  # fmt: skip

# typed error class -> fn(text, exc) giving its one-line message (text is an opsdesk.clitext.Text)
ERRORS: dict[type[BaseException], Callable[[Any, Any], str]] = {
    NotEnoughSeats: lambda t, e: t("err.not_enough_seats", attendees=e.attendees, seats=e.seats),
    RunFinished: lambda t, e: t("err.run_finished"),
    RunIncomplete: lambda t, e: t("err.run_incomplete", count=len(e.blockers), items=t.join(e.blockers)),
    RollCallClosed: lambda t, e: t("err.rollcall_closed"),
}

# typed errors that mean "the command's input was wrong" (exit code 2)
USAGE_ERRORS: tuple[type[BaseException], ...] = (NotEnoughSeats, RunFinished, RunIncomplete, RollCallClosed)
