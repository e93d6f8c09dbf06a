"""The built-in checklist templates, drawn from the seeds (000_…, 002_…). Data, not code.

The labels are Chinese: they are the desk's working text, stored in the database like any template an
operator writes. `code` is stable; a changed built-in here becomes a new version on the next seeding.
"""

from __future__ import annotations

from datetime import timedelta

from opsdesk.domain.meetings import ItemKind, TemplateDraft, TemplateItem

_C, _R, _T, _P, _V = ItemKind.CHECK, ItemKind.READING, ItemKind.TEXT, ItemKind.PHOTO, ItemKind.VENUE_MATRIX


def _i(key: str, label: str, kind: ItemKind = _C, section: str = "", **kw: object) -> TemplateItem:
    return TemplateItem(key=key, label=label, kind=kind, section=section, **kw)  # type: ignore[arg-type]


BUILTIN_TEMPLATES: tuple[TemplateDraft, ...] = (
    TemplateDraft(
        code="video_conference",
        name="视频会议会前检查",
        description="002_…：会前建会、添加会场、轮询模板、录播与转写、灯光、预置位、会场点名、辅流与备份系统",
        due_before=timedelta(minutes=30),
        items=(
            _i("joint_test", "提前半天或一天完成系统联调", section="会前联调"),
            _i("mcu", "MCU 及服务器运行正常", section="设备"),
            _i("terminals", "视频会议终端、摄像机、全向麦已开机", section="设备"),
            _i("latency", "专网时延", _R, "设备", low=0, high=100, unit="ms"),
            _i("conference_built", "已建会", section="建会"),
            _i("venues_added", "参会会场已添加", section="建会"),
            _i("polling", "轮询模板已设置", section="建会"),
            _i("recording", "已启动录播", section="建会", required=False),
            _i("transcription", "已启动语音转写", section="建会", required=False),
            _i("venue_check", "分会场专线连通及双向音视频", _V, "会场点名"),
            _i("camera_presets", "主会场摄像机预置位画面设定", section="主会场"),
            _i("lighting", "会场灯光环境准备", section="主会场"),
            _i("speaker_seat", "发言席声音、画面调试", section="主会场"),
            _i("aux_stream", "辅流效果确认", section="主会场"),
            _i("multi_view", "画面轮询及多画面调测", section="主会场"),
            _i("backup", "备份系统调试就绪", section="主会场"),
            _i("remarks", "会前联调情况说明", _T, "记录", required=False),
        ),
    ),
    TemplateDraft(
        code="e_namecards",
        name="电子席卡",
        description="000_…：重要会议电子席卡制作",
        due_before=timedelta(hours=1),
        items=(
            _i("list_confirmed", "参会名单已确认"),
            _i("seating_approved", "座次已审定"),
            _i("cards_made", "席卡已打印或已推送到电子席卡"),
            _i("cards_checked", "已逐桌核对席卡"),
            _i("desk_photo", "桌面席卡照片", _P, required=False),
        ),
    ),
    TemplateDraft(
        code="unified_comms",
        name="统一通讯检查",
        description="000_…：统一通讯系统操作，检查移动布控球、单兵等设备连接情况",
        due_before=timedelta(minutes=30),
        items=(
            _i("uc_platform", "统一通讯系统登录正常"),
            _i("body_worn_online", "单兵设备在线数量", _R, "单兵", low=1, unit="台"),
            _i("body_worn_av", "每台单兵视频、音频正常", section="单兵"),
            _i("dome_online", "移动布控球在线数量", _R, "布控球", low=1, unit="台"),
            _i("dome_av", "每台布控球视频、音频正常", section="布控球"),
            _i("uc_call", "与指挥大厅互通测试", section="互通"),
            _i("offline_list", "离线设备及原因", _T, "互通", required=False),
        ),
    ),
    TemplateDraft(
        code="drone",
        name="无人机起飞前检查",
        description="000_…：无人机操作",
        due_before=timedelta(hours=1),
        items=(
            _i("airspace", "空域审批已获批", section="审批"),
            _i("flight_plan", "飞行计划已报备", section="审批"),
            _i("battery", "主电池电量", _R, "设备", low=90, high=100, unit="%"),
            _i("spare_batteries", "备用电池已充满", section="设备"),
            _i("remote_battery", "遥控器电量", _R, "设备", low=80, high=100, unit="%"),
            _i("propellers", "螺旋桨无裂纹、安装牢固", section="设备"),
            _i("gps", "GPS 卫星数", _R, "链路", low=10, unit="颗"),
            _i("link", "遥控与图传链路正常", section="链路"),
            _i("video_push", "视频已推送到指挥大厅", section="链路"),
        ),
    ),
    TemplateDraft(
        code="power_av",
        name="电力、大屏与音响检查",
        description="000_…：重要会议设备检查、电力保障",
        due_before=timedelta(hours=1),
        items=(
            _i("mains", "市电供电正常", section="电力"),
            _i("ups", "UPS 运行正常", section="电力"),
            _i("ups_load", "UPS 负载率", _R, "电力", low=0, high=80, unit="%"),
            _i("video_wall", "大屏拼接墙显示正常", section="大屏"),
            _i("distributed", "分布式系统信号切换正常", section="大屏"),
            _i("door_screens", "门屏、广告屏内容已更新", section="大屏", required=False),
            _i("audio", "音响扩声正常", section="音响"),
            _i("mics", "话筒、无线话筒电量充足", section="音响"),
            _i("headsets", "耳麦正常", section="音响", required=False),
        ),
    ),
)
