"""The CLI's words for the sync commands and errors, {key: (zh, en)}; merged into opsdesk.clitext.T."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from opsdesk import errors as E

T: dict[str, tuple[str, str]] = {
    # ---- help ----
    "help.server": (
        "共享服务器（PostgreSQL）的建立与维护",
        "set up and look after the shared PostgreSQL server",
    ),
    "help.server.url": (
        "服务器地址，如 postgresql://opsdesk_owner@db.example.cn/opsdesk?sslmode=verify-full"
        "（默认取环境变量 {env}；不要把密码写进地址）",
        "server URL, e.g. postgresql://opsdesk_owner@db.example.cn/opsdesk?sslmode=verify-full "
        "(default: environment variable {env}; do not put the password in it)",
    ),
    "help.server.init": (
        "创建或升级服务器上的 opsdesk 数据结构、触发器、角色与权限（以属主角色连接；可重复运行）",
        "create or upgrade the opsdesk schema, triggers, roles and grants on the server "
        "(connect as the owner role; safe to run again)",
    ),
    "help.server.owner": (
        "由该角色拥有全部对象（仅当以超级用户连接时使用）",
        "the role that will own every object (only when connecting as a superuser)",
    ),
    "help.server.after_restore": (
        "刚用 pg_restore 恢复备份后运行一次：变更序号向前跳过一大段，席位不会漏掉恢复后的新变更",
        "run once right after a pg_restore: moves the change sequence far ahead so that consoles never "
        "miss changes made after the restore",
    ),
    "help.server.add_operator": (
        "为值班员创建自己的数据库登录角色（再次运行可重设密码或改变主管身份）",
        "create an operator's own database login role (run again to reset the password or change "
        "supervisor membership)",
    ),
    "help.server.role_name": (
        "角色名：小写字母开头，只含小写字母、数字和下划线（2–63 个字符）",
        "role name: starts with a lowercase letter; lowercase letters, digits and underscores (2 to 63)",
    ),
    "help.server.supervisor": (
        "加入主管组（可修改 SLA 方案与工作日历、删除工单）",
        "member of the supervisor group (may change contract profiles and the calendar, delete tickets)",
    ),
    "help.server.password_stdin": (
        "从标准输入读取新密码（一行），而不是提示输入",
        "read the new password from standard input (one line) instead of prompting",
    ),
    "help.server.forget": (
        "让本席位忘记它加入过的服务器（先关闭值班台），下次同步时把本机全部数据发往设置中的服务器",
        "make this console forget the server it joined (close the desk first); its next sync sends "
        "everything it holds to the configured server",
    ),
    "help.server.forget_yes": ("确认执行", "confirm"),
    "server.forget_confirm": (
        "这会让本席位忘记它加入过的服务器，并把本机全部数据重新发往设置中的服务器。请先关闭值班台，"
        "确认后加 --yes 再运行。",
        "This makes the console forget the server it joined and send everything it holds to the configured "
        "server. Close the desk first, then run again with --yes.",
    ),
    "server.forgotten": (
        "已忘记原服务器；{n} 条记录将在下次同步时发往设置中的服务器。",
        "The old server is forgotten; {n} records will be sent to the configured server at the next sync.",
    ),
    "help.server.status": (
        "显示服务器状态：数据结构版本、服务器标识、变更序号、值班员角色",
        "show the server: schema revision, server id, change sequence, operator roles",
    ),
    # ---- prompts and results ----
    "server.prompt_owner": ("服务器角色 {user} 的密码：", "Password of server role {user}: "),
    "server.prompt_new": ("角色 {name} 的新密码：", "New password for role {name}: "),
    "server.prompt_again": ("再输入一次：", "Once more: "),
    "server.password_mismatch": (
        "两次输入的密码不一致，未做任何修改。",
        "The passwords differ; nothing was changed.",
    ),
    "server.need_url": (
        "请用 --url 指定服务器地址（或设置环境变量 {env}）。",
        "Give the server URL with --url (or set the environment variable {env}).",
    ),
    "server.init_running": ("正在建立或升级服务器上的数据结构……", "Creating or upgrading the server schema…"),
    "server.init_done": (
        "服务器已就绪。下一步：用 opsdesk-cli server add-operator 为每位值班员创建登录角色。",
        "The server is ready. Next: opsdesk-cli server add-operator for each operator's own login role.",
    ),
    "server.created": ("已创建登录角色 {name}（{group}）。", "Created login role {name} ({group})."),
    "server.updated": (
        "已更新登录角色 {name}：新密码，{group}。",
        "Updated login role {name}: new password, {group}.",
    ),
    "server.group.operator": ("值班员", "operator"),
    "server.group.supervisor": ("主管", "supervisor"),
    "server.label.revision": ("数据结构版本", "Schema revision"),
    "server.label.server_id": ("服务器标识", "Server id"),
    "server.label.tables": ("同步的数据表", "Replicated tables"),
    "server.label.groups": ("角色组", "Group roles"),
    "server.label.version": ("PostgreSQL 版本", "PostgreSQL version"),
    "server.label.user": ("连接角色", "Connected as"),
    "server.label.created": ("建立时间", "Created"),
    "server.label.change_seq": ("最新变更序号", "Last change seq"),
    "server.revision_behind": (
        "{revision}（本版本为 {head}：请运行 server init 升级）",
        "{revision} (this version has {head}: run server init to upgrade)",
    ),
    "server.no_operators": (
        "还没有值班员角色（opsdesk-cli server add-operator）。",
        "No operator roles yet (opsdesk-cli server add-operator).",
    ),
    "server.col.role": ("角色", "Role"),
    "server.col.group": ("组", "Group"),
    "server.col.login": ("可登录", "Login"),
    # ---- the settings file (S3's server fields) ----
    "settings.bad_server": (
        "警告：设置文件 {path} 中的共享服务器设置有无效项，已暂用默认值；请在桌面端“设置 → 服务器”中修正。",
        "warning: some shared server settings in {path} are not valid; their defaults stand in. "
        "Correct them in the desk's Settings → Server.",
    ),
    # ---- fields and problems ----
    "field.url": ("服务器地址（--url）", "Server URL (--url)"),
    "field.role_name": ("角色名", "Role name"),
    "field.server_password": ("新密码", "New password"),
    "problem.bad_url": (
        "{field}无效：{value}（应为 postgresql://用户@主机:端口/数据库）。",
        "{field} is not valid: {value} (expected postgresql://user@host:port/database).",
    ),
    "problem.role_name": (
        "{field}：“{value}”不能作为角色名（小写字母开头，只含小写字母、数字和下划线，不以 pg_ 或 opsdesk_ 开头）。",
        "{field}: \u201c{value}\u201d cannot be a role name (a lowercase letter first; lowercase letters, "
        "digits and underscores; not starting with pg_ or opsdesk_).",
    ),
    "problem.server_password": (
        "{field}：服务器密码为 8 到 128 个字符，不含控制字符。",
        "{field}: a server password has 8 to 128 characters and no control characters.",
    ),
    # ---- typed errors ----
    "err.server_unreachable": (
        "无法连接服务器：{detail}。请检查地址、端口、网络和防火墙。",
        "Cannot reach the server: {detail}. Check the address, port, network and firewall.",
    ),
    "err.server_auth": (
        "服务器拒绝登录：用户名或密码不对。",
        "The server refused the sign-in: wrong user name or password.",
    ),
    "err.server_tls": (
        "与服务器的加密连接（TLS）失败：{detail}。请检查根证书（sslrootcert）与服务器证书上的主机名。",
        "The encrypted connection (TLS) to the server failed: {detail}. Check the root certificate "
        "(sslrootcert) and the host name on the server's certificate.",
    ),
    "err.server_refused.revoked": (
        "该角色已不是 opsdesk 值班员（权限被收回）。",
        "This role is no longer an opsdesk operator (its rights were revoked).",
    ),
    "err.server_refused.createrole": (
        "连接的角色不能创建角色：请用带 CREATEROLE 的属主角色运行 server init。",
        "The connected role cannot create roles: run server init as the owner role with CREATEROLE.",
    ),
    "err.server_refused.privileged": (
        "角色 {detail} 是超级用户、可创建角色或是属主：不能作为值班员角色。",
        "Role {detail} is a superuser, may create roles or owns the schema: it cannot be an operator role.",
    ),
    "err.server_refused.hba": (
        "服务器不接受该角色从这台计算机连接（pg_hba.conf）：{detail}",
        "The server does not accept this role from this computer (pg_hba.conf): {detail}",
    ),
    "err.server_refused.superuser": (
        "不能以超级用户身份同步：请为值班员创建自己的角色。",
        "Refusing to sync as a superuser: give each operator an own role.",
    ),
    "err.server_refused.owner": (
        "不能以属主角色同步：请为值班员创建自己的角色。",
        "Refusing to sync as the owner role: give each operator an own role.",
    ),
    "err.server_refused": (
        "服务器拒绝了此操作（权限不足）：{detail}",
        "The server refused (no permission): {detail}",
    ),
    "err.server_not_initialized": (
        "该数据库还没有 opsdesk 数据结构：请先运行 opsdesk-cli server init。",
        "This database has no opsdesk schema yet: run opsdesk-cli server init first.",
    ),
    "err.server_too_new": (
        "服务器的数据结构版本 {revision} 比本程序新：请升级 opsdesk。",
        "The server's schema revision {revision} is newer than this program: upgrade opsdesk.",
    ),
    "err.server": ("服务器出错：{detail}", "Server error: {detail}"),
}


def _refused(t: Any, exc: E.ServerRefused) -> str:
    key = f"err.server_refused.{exc.reason}"
    return t(key, detail=exc.detail) if key in T else t("err.server_refused", detail=exc.detail)


# typed error class -> fn(text, exc) giving its one-line message (text is an opsdesk.clitext.Text)
ERRORS: dict[type[BaseException], Callable[[Any, Any], str]] = {
    E.ServerAuthFailed: lambda t, e: t("err.server_auth"),
    E.ServerTlsError: lambda t, e: t("err.server_tls", detail=e.detail),
    E.ServerUnreachable: lambda t, e: t("err.server_unreachable", detail=e.detail),
    E.ServerRefused: _refused,
    E.ServerNotInitialized: lambda t, e: t("err.server_not_initialized"),
    E.ServerSchemaTooNew: lambda t, e: t("err.server_too_new", revision=e.revision),
    E.ServerError: lambda t, e: t("err.server", detail=e.detail),
}

# typed errors that mean "the command's input was wrong" (exit code 2)
USAGE_ERRORS: tuple[type[BaseException], ...] = ()
