"""What the demo command center is made of: rooms, their equipment, the team, and the faults it sees.

Content follows DOMAIN.md (the procurement documents in seeds/): a command hall with its video wall,
distributed display, name cards, audio and video conference; east and west machine rooms and a UPS room;
offices on three floors; a team of engineers split by post (daily O&M, hall equipment, machine rooms).
Only opsdesk.services.demo reads it.
"""

from __future__ import annotations

from dataclasses import dataclass

from opsdesk.domain.enums import Category, RoomKind

# ---- posts (as DOMAIN.md splits the work) --------------------------------------------------------
DAILY = "日常运维"
HALL = "大厅设备"
ROOMS = "机房运维"
MANAGER = "项目经理"

# (name, post, phone); the first is the supervisor
TEAM: tuple[tuple[str, str, str], ...] = (
    ("李志强", MANAGER, "13807716281"),
    ("张伟", DAILY, "13877105342"),
    ("周晓燕", DAILY, "13977123608"),
    ("刘洋", HALL, "13878819425"),
    ("陈思远", HALL, "15977160937"),
    ("赵磊", ROOMS, "18977104516"),
)
DEMO_PIN = "1234"

# (code, name_zh, name_en, kind)
ROOM_LIST: tuple[tuple[str, str, str, str], ...] = (
    ("HALL", "指挥大厅", "Command hall", RoomKind.HALL),
    ("VC", "会商室/视频会议室", "Consultation / video conference room", RoomKind.MEETING_ROOM),
    ("DUTY", "值班室", "Duty room", RoomKind.OFFICE),
    ("ER", "东机房", "East machine room", RoomKind.MACHINE_ROOM),
    ("WR", "西机房", "West machine room", RoomKind.MACHINE_ROOM),
    ("UPS", "UPS机房", "UPS room", RoomKind.UPS_ROOM),
    ("OF1", "办公区1F", "Offices 1F", RoomKind.OFFICE),
    ("OF2", "办公区2F", "Offices 2F", RoomKind.OFFICE),
    ("OF3", "办公区3F", "Offices 3F", RoomKind.OFFICE),
)

# room code -> (ledger name, model, serial prefix, category)
EQUIPMENT: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "HALL": (
        ("LCD拼接大屏(4×8)", "海康威视 DS-D2055NL-B 55英寸", "DS-D2055NL-B2023", Category.VIDEO_WALL),
        ("LED小间距屏", "利亚德 TVF1.5", "LYD-TVF15-", Category.VIDEO_WALL),
        ("分布式处理器", "海康威视 DS-C12N-VI", "DS-C12N2022", Category.VIDEO_WALL),
        ("坐席KVM系统", "海康威视 DS-6900UDI", "DS-6900U2022", Category.HARDWARE),
        ("电子席卡系统", "视源 MAXHUB 电子桌牌 ET10", "MH-ET10-", Category.NAME_CARDS),
        ("数字调音台", "雅马哈 TF5", "YTF5-", Category.AUDIO),
        ("无线话筒", "舒尔 SLXD24/B58", "SHR-SLXD-", Category.AUDIO),
        ("扩声音箱", "BOSE ArenaMatch AM10", "BOSE-AM10-", Category.AUDIO),
        ("坐席电脑", "联想 启天 M437", "LNV-M437-", Category.HARDWARE),
    ),
    "VC": (
        ("视频会议MCU", "华为 CloudMCU ViewPoint 8660", "HW-VP8660-", Category.VIDEO_CONFERENCE),
        ("会议终端(主)", "华为 CloudLink Box 600", "HW-BOX600-", Category.VIDEO_CONFERENCE),
        ("会议终端(备)", "宝利通 RealPresence Group 500", "PLY-G500-", Category.VIDEO_CONFERENCE),
        ("会议摄像机", "华为 CloudLink Camera 200", "HW-CAM200-", Category.VIDEO_CONFERENCE),
        ("会商室拼接屏", "海康威视 DS-D2055NL-B 55英寸", "DS-D2055NL-B2021", Category.VIDEO_WALL),
        ("会议话筒", "台电 HCS-4100MD", "TD-4100-", Category.AUDIO),
        ("电子席卡(会商室)", "视源 MAXHUB 电子桌牌 ET10", "MH-ET10-", Category.NAME_CARDS),
    ),
    "DUTY": (
        ("单兵图传设备", "海康威视 DS-MH2211", "DS-MH2211-", Category.UNIFIED_COMMS),
        ("4G布控球", "海康威视 DS-2DY5223IW-DM", "DS-2DY5223-", Category.UNIFIED_COMMS),
        ("融合通信调度台", "华为 eSpace IVS", "HW-IVS-", Category.UNIFIED_COMMS),
        ("无人机", "大疆 Matrice 300 RTK", "DJI-M300-", Category.DRONE),
        ("无人机", "大疆 Matrice 350 RTK", "DJI-M350-", Category.DRONE),
        ("值班电脑", "联想 启天 M437", "LNV-M437-", Category.HARDWARE),
        ("值班电话", "华为 eSpace 7910", "HW-7910-", Category.HARDWARE),
    ),
    "ER": (
        ("核心交换机", "华为 S12708", "HW-S12708-", Category.NETWORK),
        ("应用服务器", "华为 FusionServer 2288H V5", "HW-2288HV5-", Category.HARDWARE),
        ("视频存储服务器", "海康威视 DS-A81024S", "DS-A81024S-", Category.HARDWARE),
        ("KVM切换器", "宏正 ATEN KN4132VA", "ATEN-KN4132-", Category.HARDWARE),
        ("精密空调(东)", "维谛 Liebert PEX4 45kW", "VRT-PEX4-", Category.MACHINE_ROOM),
        ("动环监控主机", "共济 GT-ES1000", "GJ-ES1000-", Category.MACHINE_ROOM),
    ),
    "WR": (
        ("汇聚交换机", "华为 S6730-H48X6C", "HW-S6730-", Category.NETWORK),
        ("防火墙", "华为 USG6650E", "HW-USG6650-", Category.NETWORK),
        ("数据库服务器", "浪潮 NF5280M6", "INS-NF5280-", Category.HARDWARE),
        ("存储阵列", "华为 OceanStor 5310", "HW-OS5310-", Category.HARDWARE),
        ("精密空调(西)", "艾默生 Liebert CRV 35kW", "EMR-CRV-", Category.MACHINE_ROOM),
    ),
    "UPS": (
        ("UPS主机A", "山特 3C3 HD 200kVA", "SANTAK-3C3HD-", Category.MACHINE_ROOM),
        ("UPS主机B", "APC Galaxy VM 200kVA", "APC-GVM-", Category.MACHINE_ROOM),
        ("蓄电池组", "山特 C12-100 (12V 100Ah)", "SANTAK-C12-", Category.MACHINE_ROOM),
        ("配电柜", "施耐德 Prisma iPM", "SE-PRISMA-", Category.MACHINE_ROOM),
    ),
    "OF1": (
        ("办公电脑", "联想 启天 M437", "LNV-M437-", Category.HARDWARE),
        ("激光打印机", "惠普 LaserJet Pro M404dn", "HP-M404-", Category.HARDWARE),
        ("接入交换机", "华为 S5735-L48T4X", "HW-S5735-", Category.NETWORK),
    ),
    "OF2": (
        ("办公电脑", "联想 启天 M437", "LNV-M437-", Category.HARDWARE),
        ("复印一体机", "柯尼卡美能达 bizhub C300i", "KM-C300I-", Category.HARDWARE),
        ("接入交换机", "华为 S5735-L48T4X", "HW-S5735-", Category.NETWORK),
    ),
    "OF3": (
        ("办公电脑", "华为 擎云 W515", "HW-W515-", Category.HARDWARE),
        ("激光打印机", "奔图 P3305DN", "PT-P3305-", Category.HARDWARE),
        ("接入交换机", "华为 S5735-L48T4X", "HW-S5735-", Category.NETWORK),
    ),
}

# ---- who reports ---------------------------------------------------------------------------------
UNITS = (
    "指挥处", "指挥处", "情报中心", "办公室", "政治处", "科技信息化处", "警务保障室", "值班室",
    "视频侦查支队", "网安支队", "法制处", "后勤服务中心",
)  # fmt: skip
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁谢韦覃蒙莫黎"
GIVEN = (
    "海涛", "建华", "丽娟", "志明", "晓东", "秀英", "国庆", "文静", "俊杰", "春梅", "振宇", "雪梅",
    "立新", "婷", "敏", "涛", "鹏", "磊", "红霞", "宏伟", "桂兰", "家豪", "明", "欣怡", "金凤", "子轩",
)  # fmt: skip
VENUES = (
    "南宁", "柳州", "桂林", "梧州", "北海", "防城港", "钦州", "贵港", "玉林", "百色", "贺州", "河池",
    "来宾", "崇左",
)  # fmt: skip
MEETINGS = ("每周联动指挥会议", "视频点名", "专题视频会商", "应急演练", "全区视频调度会")

FAULT_LEVELS = {"P1": "重大故障", "P2": "较大故障", "P3": "一般故障", "P4": "轻微故障"}


@dataclass(frozen=True, slots=True)
class Fault:
    """A kind of fault the team sees, with the words a duty engineer would write about it."""

    category: str
    rooms: tuple[str, ...]
    equipment: str  # a ledger name (EQUIPMENT) in those rooms
    post: str  # which engineer's job it is
    titles: tuple[str, ...]
    symptoms: tuple[str, ...]
    fixes: tuple[tuple[str, str, str], ...]  # (cause, handling, result)
    severity: str = "normal"  # major (P1..P2) | normal (P2..P4) | minor (P3..P4)
    weight: float = 1.0
    part: tuple[str, str] | None = None  # (replaced part model, serial prefix)
    part_rate: float = 0.0
    onsite: bool = True  # usually fixed on site (else often remotely)


OK_RESULT = "故障已排除，设备运行正常，已请报修人确认"

FAULTS: tuple[Fault, ...] = (
    # ---- video wall and distributed display (hall) ----
    Fault(
        Category.VIDEO_WALL,
        ("HALL",),
        "LCD拼接大屏(4×8)",
        HALL,
        (
            "大屏第{row}行第{col}列黑屏",
            "大屏第{row}行第{col}列画面闪烁",
            "拼接屏第{row}行第{col}列偏色发红",
            "大屏第{row}行多块屏无信号",
        ),
        (
            "指挥大厅大屏第{row}行第{col}列拼接单元突然黑屏，其余屏幕显示正常。",
            "大屏局部画面闪烁、有横纹，影响{meeting}画面展示。",
            "拼接单元画面明显偏色，与相邻屏色差大。",
        ),
        (
            ("拼接单元电源模块老化损坏", "更换同型号电源模块，重新校色", OK_RESULT),
            ("拼接单元背板信号线松动", "重新插拔并紧固HDMI信号线，检查其余接口", OK_RESULT),
            ("拼接单元主板故障", "更换拼接单元主板，恢复拼接参数", OK_RESULT),
            ("屏幕参数漂移", "使用拼接控制软件重新白平衡校正", "色彩恢复一致，报修人确认"),
        ),
        severity="major",
        weight=5,
        part=("海康威视 DS-D2055NL-B 电源模块", "PSU2055"),
        part_rate=0.35,
    ),
    Fault(
        Category.VIDEO_WALL,
        ("HALL",),
        "LED小间距屏",
        HALL,
        ("LED屏出现坏点暗块", "LED屏局部模组不亮", "LED屏整屏无显示"),
        (
            "大厅LED小间距屏左下区域有一块模组不亮。",
            "LED屏出现成片坏点，影响观看。",
            "开机后LED屏整屏无显示，发送卡指示灯异常。",
        ),
        (
            ("LED模组驱动IC损坏", "更换备用LED模组并逐点校正", OK_RESULT),
            ("发送卡网线接触不良", "重新压制网线水晶头，重启发送卡", OK_RESULT),
            ("接收卡故障", "更换接收卡并导入配置文件", OK_RESULT),
        ),
        severity="major",
        weight=2,
        part=("利亚德 TVF1.5 LED模组", "LEDMOD"),
        part_rate=0.4,
    ),
    Fault(
        Category.VIDEO_WALL,
        ("HALL", "VC"),
        "分布式处理器",
        HALL,
        ("分布式系统信号源无法上墙", "大屏预案切换失败", "分布式处理器输出卡死", "坐席信号上墙延迟大"),
        (
            "坐席{seat}号信号无法推送上大屏，其他坐席正常。",
            "调用大屏预案时提示失败，画面未切换。",
            "分布式系统画面卡住不动，需重启处理器。",
        ),
        (
            ("分布式输入节点死机", "重启输入节点，更新节点固件", OK_RESULT),
            ("预案配置与节点地址不一致", "重新配置预案并保存，逐一验证", "预案切换正常"),
            ("网络交换机端口协商异常", "调整交换机端口速率为千兆全双工", OK_RESULT),
        ),
        severity="major",
        weight=3,
        onsite=False,
    ),
    Fault(
        Category.VIDEO_WALL,
        ("VC",),
        "会商室拼接屏",
        HALL,
        ("会商室拼接屏第{col}块黑屏", "会商室大屏无法开机"),
        ("会商室拼接屏第{col}块屏幕黑屏，遥控开机无反应。",),
        (
            ("拼接单元电源板损坏", "更换电源板", OK_RESULT),
            ("中控系统开机指令未下发", "重新配置中控开机时序", "遥控与中控开机正常"),
        ),
        weight=1,
        part=("海康威视 DS-D2055NL-B 电源模块", "PSU2055"),
        part_rate=0.3,
    ),
    # ---- video conference ----
    Fault(
        Category.VIDEO_CONFERENCE,
        ("VC", "HALL"),
        "视频会议MCU",
        HALL,
        (
            "视频会议与{venue}会场无声音",
            "{venue}会场视频画面卡顿",
            "MCU无法呼通{venue}分会场",
            "{meeting}辅流无法共享",
            "视频会议轮询模板失效",
        ),
        (
            "{meeting}前联调时，{venue}分会场能看到画面但听不到声音。",
            "{venue}分会场画面卡顿、马赛克严重，影响会议进行。",
            "MCU呼叫{venue}分会场失败，提示对端忙。",
            "主会场电脑辅流无法发送到各分会场。",
        ),
        (
            (
                "分会场终端音频输入选择错误",
                "远程指导分会场调整音频输入并回音测试",
                "双向音视频正常，点名通过",
            ),
            ("专网带宽拥塞，丢包率高", "协调网络部门排查链路，降低会议速率至2M", "画面流畅，会议正常进行"),
            ("分会场终端注册失效", "重新注册终端到SC，重新呼叫", "呼叫成功"),
            ("辅流协议H.239协商失败", "调整MCU会议模板辅流参数", "辅流共享正常"),
        ),
        severity="major",
        weight=5,
        onsite=False,
    ),
    Fault(
        Category.VIDEO_CONFERENCE,
        ("VC",),
        "会议终端(主)",
        HALL,
        ("会议终端无法入会", "会议终端回声严重", "会议终端摄像机预置位失效"),
        (
            "会商室主会议终端开机后无法入会。",
            "本地会场有明显回声，对方反映听到自己的声音。",
            "摄像机调用预置位后画面偏移。",
        ),
        (
            ("终端网络配置被修改", "恢复终端IP与网关配置", OK_RESULT),
            ("回声抵消功能未开启", "开启AEC并调整话筒增益", "回声消除，音质正常"),
            ("摄像机云台复位异常", "重新校准并保存预置位", "预置位调用正常"),
        ),
        weight=2.5,
        onsite=True,
    ),
    Fault(
        Category.VIDEO_CONFERENCE,
        ("VC",),
        "会议终端(备)",
        HALL,
        ("备用会议终端无法开机", "备用终端与MCU连接断开"),
        ("宝利通备用终端按电源键无反应。", "备用终端注册状态显示离线。"),
        (
            ("终端电源适配器损坏", "更换电源适配器", OK_RESULT),
            ("终端证书过期", "更新终端证书并重新注册", OK_RESULT),
        ),
        weight=0.8,
        part=("宝利通 Group 500 电源适配器", "PLYPSU"),
        part_rate=0.5,
    ),
    # ---- audio ----
    Fault(
        Category.AUDIO,
        ("HALL", "VC"),
        "无线话筒",
        HALL,
        ("无线话筒断音", "{seat}号席位话筒无声音", "话筒啸叫"),
        ("会议中无线话筒时断时续。", "{seat}号席位话筒打开后无声音。", "大厅扩声出现啸叫。"),
        (
            ("话筒电池电量不足", "更换电池，建立会前电池检查表", OK_RESULT),
            ("接收机天线松动，存在同频干扰", "紧固天线，重新扫频设置频点", "断音消除"),
            ("调音台增益过高", "调整增益并插入反馈抑制器", "啸叫消除"),
        ),
        weight=3,
    ),
    Fault(
        Category.AUDIO,
        ("HALL",),
        "数字调音台",
        HALL,
        ("调音台无输出", "大厅扩声无声音", "调音台场景调用错误"),
        ("指挥大厅扩声系统无声音，调音台电平表无显示。", "调用会议场景后多路话筒被静音。"),
        (
            ("调音台主输出DCA被误操作静音", "恢复场景设置并锁定常用场景", OK_RESULT),
            ("功放保护", "检查功放散热并重启", OK_RESULT),
        ),
        severity="major",
        weight=1.2,
    ),
    Fault(
        Category.AUDIO,
        ("VC",),
        "会议话筒",
        HALL,
        ("会议话筒指示灯不亮", "会议话筒杂音大"),
        ("会商室{seat}号会议话筒按键后指示灯不亮。", "会议话筒有电流杂音。"),
        (("话筒单元损坏", "更换话筒单元", OK_RESULT), ("手拉手线缆接头氧化", "清洁并更换接头", OK_RESULT)),
        weight=1,
        part=("台电 HCS-4100MD 话筒单元", "TD4100"),
        part_rate=0.5,
    ),
    # ---- name cards ----
    Fault(
        Category.NAME_CARDS,
        ("HALL", "VC"),
        "电子席卡系统",
        HALL,
        ("电子席卡显示错位", "{seat}号电子席卡不显示", "电子席卡系统无法下发", "会前席卡名单需调整"),
        (
            "{meeting}前下发席卡后，部分席位姓名显示错位。",
            "{seat}号电子席卡黑屏。",
            "席卡管理软件下发时提示连接超时。",
            "办公室通知参会人员调整，需重新制作电子席卡。",
        ),
        (
            ("席卡座位号与名单对应关系错误", "核对座次表后重新下发", "席卡显示正确"),
            ("席卡电量耗尽", "充电并更换备用席卡", OK_RESULT),
            ("席卡基站信道干扰", "更换基站信道后重新下发", OK_RESULT),
        ),
        weight=2.5,
        onsite=True,
    ),
    # ---- unified comms and drones ----
    Fault(
        Category.UNIFIED_COMMS,
        ("DUTY", "HALL"),
        "单兵图传设备",
        HALL,
        ("单兵设备无法上线", "单兵回传画面卡顿", "单兵设备无法对讲"),
        ("外勤单兵设备开机后在平台显示离线。", "单兵回传视频卡顿严重。", "单兵与指挥中心无法语音对讲。"),
        (
            ("单兵4G卡流量用尽", "联系运营商续费并重启设备", "设备上线正常"),
            ("平台注册参数错误", "重新配置设备编码和平台地址", OK_RESULT),
            ("设备电池老化", "更换电池", OK_RESULT),
        ),
        weight=2.5,
        onsite=False,
        part=("海康威视 DS-MH2211 电池", "MHBAT"),
        part_rate=0.2,
    ),
    Fault(
        Category.UNIFIED_COMMS,
        ("DUTY",),
        "4G布控球",
        HALL,
        ("布控球离线", "布控球云台无法控制", "布控球画面模糊"),
        ("现场布控球在平台显示离线，无法调阅画面。", "布控球云台控制无响应。", "布控球画面模糊、无法聚焦。"),
        (
            ("布控球供电电池耗尽", "现场更换电池并检查充电器", OK_RESULT),
            ("云台控制协议配置错误", "修改平台云台协议为ISAPI", OK_RESULT),
            ("镜头起雾", "清洁镜头并加装防雾罩", OK_RESULT),
        ),
        weight=1.5,
        onsite=False,
    ),
    Fault(
        Category.UNIFIED_COMMS,
        ("DUTY",),
        "融合通信调度台",
        HALL,
        ("调度台无法呼叫外线", "融合通信平台登录失败"),
        ("值班室调度台拨打外线提示呼叫失败。", "融合通信平台客户端登录提示密码错误。"),
        (("中继线路故障", "联系运营商恢复中继", "外线呼叫正常"), ("账号被锁定", "重置账号密码", "登录正常")),
        severity="major",
        weight=1,
        onsite=False,
    ),
    Fault(
        Category.DRONE,
        ("DUTY",),
        "无人机",
        HALL,
        ("无人机图传信号中断", "无人机飞行前自检报错", "无人机电池无法充电", "无人机任务保障"),
        (
            "无人机执行巡查任务时图传多次中断。",
            "无人机起飞前自检提示IMU异常。",
            "智能飞行电池插入充电管家后不充电。",
            "明日上午需保障无人机空中巡查，请提前准备。",
        ),
        (
            ("图传天线接口松动", "紧固天线并校准图传", "图传稳定"),
            ("IMU需要校准", "按厂家流程校准IMU与指南针", "自检通过"),
            ("电池电芯压差过大", "电池送修并启用备用电池", "备用电池充电正常"),
        ),
        weight=1.2,
        part=("大疆 TB60 智能飞行电池", "DJITB60"),
        part_rate=0.25,
    ),
    # ---- machine rooms ----
    Fault(
        Category.MACHINE_ROOM,
        ("ER",),
        "精密空调(东)",
        ROOMS,
        ("精密空调高温告警", "精密空调高压告警", "精密空调漏水告警", "机房温度偏高"),
        (
            "动环监控报东机房精密空调回风温度{temp}℃告警。",
            "精密空调面板显示高压告警，压缩机停机。",
            "动环监控报机房精密空调下方漏水告警。",
        ),
        (
            ("室外机冷凝器积尘，散热不良", "清洗冷凝器并复位告警", "回风温度恢复至23℃"),
            ("加湿罐水垢堵塞导致溢水", "清洗加湿罐并疏通排水管", "漏水告警解除"),
            ("压缩机高压开关动作，制冷剂偏多", "联系厂家工程师调整制冷剂", "空调运行正常"),
        ),
        severity="major",
        weight=2.5,
        part=("维谛 Liebert 加湿罐", "LBHUM"),
        part_rate=0.2,
    ),
    Fault(
        Category.MACHINE_ROOM,
        ("WR",),
        "精密空调(西)",
        ROOMS,
        ("西机房精密空调停机", "西机房湿度告警"),
        ("西机房精密空调停机，机房温度上升。", "动环监控报西机房湿度{hum}%告警。"),
        (("风机皮带断裂", "更换风机皮带", OK_RESULT), ("湿度传感器漂移", "校准传感器", "湿度显示正常")),
        severity="major",
        weight=1,
        part=("艾默生 Liebert CRV 风机皮带", "CRVBELT"),
        part_rate=0.5,
    ),
    Fault(
        Category.MACHINE_ROOM,
        ("UPS",),
        "UPS主机A",
        ROOMS,
        ("UPS电池自检异常", "UPS切换至旁路运行", "UPS风扇告警", "UPS输入电压异常告警"),
        (
            "UPS定期自检报电池组异常。",
            "UPS主机A告警并切换至旁路运行。",
            "UPS面板显示风扇故障告警。",
            "动环监控报UPS输入电压波动告警。",
        ),
        (
            ("单节蓄电池内阻偏高", "更换落后电池并做均衡充电", "自检通过"),
            ("逆变器模块过温保护", "清理滤网后恢复逆变运行", "UPS恢复在线运行"),
            ("风扇轴承老化", "更换风扇", OK_RESULT),
            ("市电波动", "与物业核实市电情况，观察UPS运行记录", "市电恢复稳定，UPS运行正常"),
        ),
        severity="major",
        weight=1.5,
        part=("山特 C12-100 蓄电池", "C12100"),
        part_rate=0.35,
    ),
    Fault(
        Category.MACHINE_ROOM,
        ("UPS",),
        "UPS主机B",
        ROOMS,
        ("UPS主机B通讯中断", "UPS负载率过高告警"),
        ("动环监控与UPS主机B通讯中断。", "UPS主机B负载率超过80%告警。"),
        (
            ("网管卡死机", "重启网管卡", "通讯恢复"),
            ("新增设备未做负载规划", "调整负载分配至A路", "负载率降至55%"),
        ),
        severity="major",
        weight=0.8,
        onsite=True,
    ),
    Fault(
        Category.MACHINE_ROOM,
        ("ER",),
        "动环监控主机",
        ROOMS,
        ("动环监控平台数据不刷新", "动环短信告警未发送"),
        ("动环监控平台各测点数据停止刷新。", "机房告警时未收到短信通知。"),
        (
            ("采集服务进程退出", "重启采集服务并设置开机自启", "数据刷新正常"),
            ("短信猫SIM卡欠费", "续费并测试告警短信", "短信告警正常"),
        ),
        weight=1,
        onsite=False,
    ),
    # ---- network ----
    Fault(
        Category.NETWORK,
        ("ER",),
        "核心交换机",
        ROOMS,
        ("核心交换机板卡告警", "核心交换机CPU占用率高", "全楼网络中断"),
        (
            "核心交换机S12708业务板卡告警灯红色。",
            "网管显示核心交换机CPU占用率持续90%以上。",
            "全楼多个楼层反映无法访问业务系统。",
        ),
        (
            ("业务板卡故障", "更换板卡并恢复配置", "网络恢复"),
            ("环路导致广播风暴", "定位环路端口并关闭，开启环路检测", "网络恢复正常"),
            ("光模块老化", "更换光模块", "链路恢复"),
        ),
        severity="major",
        weight=0.8,
        part=("华为 OMXD30000 光模块", "HWSFP"),
        part_rate=0.3,
        onsite=True,
    ),
    Fault(
        Category.NETWORK,
        ("WR",),
        "防火墙",
        ROOMS,
        ("防火墙策略导致业务无法访问", "防火墙HA切换告警"),
        ("新上线业务系统从办公区无法访问。", "防火墙发生主备切换。"),
        (("缺少访问策略", "按审批单新增安全策略", "访问正常"), ("心跳线松动", "紧固心跳线", "HA状态正常")),
        weight=1,
        onsite=False,
    ),
    Fault(
        Category.NETWORK,
        ("OF1", "OF2", "OF3", "DUTY"),
        "接入交换机",
        DAILY,
        ("{office}网络不通", "{office}网速慢", "{office}无法获取IP地址"),
        (
            "{office}电脑无法上网，网络图标显示感叹号。",
            "{office}访问内网系统很慢。",
            "{office}新接入电脑无法获取IP地址。",
        ),
        (
            ("网线水晶头损坏", "重新压制水晶头", "网络正常"),
            ("接入交换机端口故障", "更换交换机端口", "网络正常"),
            ("DHCP地址池耗尽", "扩容地址池并清理过期租约", "获取地址正常"),
        ),
        weight=4,
        onsite=True,
    ),
    # ---- servers and storage ----
    Fault(
        Category.HARDWARE,
        ("ER", "WR"),
        "应用服务器",
        ROOMS,
        ("服务器硬盘告警", "服务器电源告警", "服务器内存告警"),
        (
            "巡检发现应用服务器硬盘指示灯橙色告警。",
            "服务器冗余电源一路告警。",
            "服务器iBMC报内存可纠正错误。",
        ),
        (
            ("硬盘故障", "热插拔更换硬盘，RAID重建完成", "RAID状态正常"),
            ("电源模块故障", "更换电源模块", "冗余恢复"),
            ("内存条故障", "停机窗口更换内存", "告警消除"),
        ),
        severity="major",
        weight=2,
        part=("华为 2.4TB SAS 硬盘", "HWHDD"),
        part_rate=0.6,
    ),
    Fault(
        Category.HARDWARE,
        ("WR",),
        "存储阵列",
        ROOMS,
        ("存储阵列控制器告警", "存储容量不足告警"),
        ("OceanStor存储控制器B告警。", "存储池使用率超过85%。"),
        (
            ("控制器缓存电池老化", "更换BBU", "告警消除"),
            ("录像数据增长", "清理过期录像并调整保存周期", "使用率降至70%"),
        ),
        severity="major",
        weight=0.8,
        part=("华为 OceanStor BBU", "HWBBU"),
        part_rate=0.4,
    ),
    Fault(
        Category.HARDWARE,
        ("ER",),
        "KVM切换器",
        ROOMS,
        ("KVM无法切换服务器", "KVM控制台黑屏"),
        ("机房KVM切换到{server}号服务器无画面。", "KVM控制台显示器黑屏。"),
        (("KVM模块故障", "更换KVM模块", OK_RESULT), ("线缆松动", "重新插紧线缆", OK_RESULT)),
        weight=1,
    ),
    Fault(
        Category.HARDWARE,
        ("HALL",),
        "坐席KVM系统",
        HALL,
        ("坐席{seat}号KVM无法登录", "坐席键鼠无响应"),
        ("大厅坐席{seat}号KVM坐席无法登录管理平台。", "坐席{seat}号键盘鼠标无响应。"),
        (("坐席接收端固件异常", "升级接收端固件", OK_RESULT), ("USB延长器故障", "更换USB延长器", OK_RESULT)),
        weight=1.5,
    ),
    # ---- PCs and printers ----
    Fault(
        Category.HARDWARE,
        ("OF1", "OF2", "OF3", "HALL", "DUTY"),
        "办公电脑",
        DAILY,
        ("电脑无法开机", "电脑蓝屏", "电脑运行缓慢", "显示器无信号", "电脑无法识别U盘"),
        (
            "{office}电脑按电源键无反应。",
            "{office}电脑使用中频繁蓝屏重启。",
            "{office}电脑开机和打开文件很慢。",
            "{office}显示器提示无信号。",
            "{office}电脑插入U盘无反应。",
        ),
        (
            ("电源故障", "更换电源", OK_RESULT),
            ("内存接触不良", "清洁内存金手指并重新插拔", OK_RESULT),
            ("系统盘空间不足，开机启动项过多", "清理磁盘和启动项", "运行速度恢复正常"),
            ("视频线损坏", "更换视频线", OK_RESULT),
            ("USB端口被策略禁用", "按审批登记后开通", "识别正常"),
        ),
        severity="minor",
        weight=10,
        part=("航嘉 300W 电源", "HJ300"),
        part_rate=0.1,
    ),
    Fault(
        Category.HARDWARE,
        ("OF1", "OF2", "OF3"),
        "激光打印机",
        DAILY,
        ("打印机卡纸", "打印机无法打印", "打印有黑条", "打印机脱机"),
        (
            "{office}打印机卡纸，取不出来。",
            "{office}电脑发送打印任务后打印机无反应。",
            "{office}打印出的文件有竖向黑条。",
            "{office}打印机显示脱机。",
        ),
        (
            ("搓纸轮磨损", "清理卡纸并更换搓纸轮", OK_RESULT),
            ("打印队列堵塞", "清空打印队列，重启打印服务", OK_RESULT),
            ("硒鼓损坏", "更换硒鼓", "打印清晰"),
            ("打印机IP变化", "设置固定IP并重新添加打印机", OK_RESULT),
        ),
        severity="minor",
        weight=8,
        part=("惠普 CF277A 硒鼓", "CF277A"),
        part_rate=0.25,
    ),
    Fault(
        Category.HARDWARE,
        ("OF2",),
        "复印一体机",
        DAILY,
        ("复印机扫描无法发送邮箱", "复印机卡纸"),
        ("{office}复印一体机扫描后无法发送到邮箱。", "复印一体机频繁卡纸。"),
        (
            ("SMTP配置错误", "重新配置邮件服务器参数", "扫描发送正常"),
            ("分离爪磨损", "联系厂家更换分离爪", OK_RESULT),
        ),
        severity="minor",
        weight=2,
    ),
    Fault(
        Category.HARDWARE,
        ("DUTY",),
        "值班电话",
        DAILY,
        ("值班电话无拨号音", "值班电话无法转接"),
        ("值班室电话摘机无拨号音。", "值班电话转接分机失败。"),
        (("电话线接触不良", "更换电话线", "通话正常"), ("话机配置丢失", "重新注册话机", "转接正常")),
        weight=1.2,
    ),
    # ---- software ----
    Fault(
        Category.SOFTWARE,
        ("OF1", "OF2", "OF3", "HALL", "DUTY"),
        "办公电脑",
        DAILY,
        (
            "办公系统无法登录",
            "警情研判系统打开报错",
            "浏览器证书提示错误",
            "杀毒软件病毒库未更新",
            "预警线索应用无法推送",
        ),
        (
            "{office}登录办公系统提示用户名或密码错误。",
            "打开警情研判系统提示控件加载失败。",
            "访问内网系统提示证书不受信任。",
            "终端管理平台显示该电脑病毒库3天未更新。",
            "创新应用预警线索未推送到值班席位。",
        ),
        (
            ("密码过期", "协助重置密码", "登录正常"),
            ("浏览器控件版本不兼容", "重新安装控件并设置兼容模式", "系统打开正常"),
            ("根证书未安装", "安装根证书", "访问正常"),
            ("升级服务器地址错误", "修改升级地址并手动更新", "病毒库最新"),
            ("推送服务队列阻塞", "重启推送服务并补推", "线索推送正常"),
        ),
        severity="minor",
        weight=6,
        onsite=False,
    ),
    # ---- service requests ----
    Fault(
        Category.SERVICE_REQUEST,
        ("OF1", "OF2", "OF3", "HALL", "VC"),
        "办公电脑",
        DAILY,
        ("新员工电脑安装配置", "{meeting}会前设备检查", "安装打印机驱动", "开通内网账号", "会议室投影调试"),
        (
            "{unit}新入职人员需要配置办公电脑和打印机。",
            "{meeting}会前需检查大厅和会商室设备、电源和系统。",
            "{office}需要安装打印机驱动。",
            "{unit}申请开通内网账号。",
            "会商室明日使用，需提前调试投影。",
        ),
        (
            ("服务请求", "按要求完成安装配置", "用户确认满意"),
            ("服务请求", "会前检查并联调，形成检查记录", "设备全部正常"),
        ),
        severity="minor",
        weight=6,
    ),
)
