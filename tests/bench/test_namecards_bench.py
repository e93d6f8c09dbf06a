"""500 tent cards: time to write the PDF and its size (targets: ≤ 3 s, ≤ 2 MB with subset fonts).
Also 500 e-card PNGs at 800×480, for the record."""

from __future__ import annotations

import random
import time
from pathlib import Path

from opsdesk.documents.ecards import render_ecards
from opsdesk.documents.fonts import get_chain
from opsdesk.documents.namecards import build_tent_cards
from opsdesk.domain.meetings import NameCard

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彩春菊凤洁梅琳素云莲真环雪荣爱妹香月莺媛瑞凡佳嘉琼勤珍贞莉娣叶璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可舒影荔枝思"
TITLES = (
    "市应急管理局局长",
    "崇川区人民政府副区长",
    "市公安局副局长",
    "市指挥中心主任",
    "市政府副秘书长",
    "海门区应急管理局局长",
)


def cards(n: int = 500) -> list[NameCard]:
    rng = random.Random(5)
    out = []
    for i in range(n):
        given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        out.append(NameCard(rng.choice(SURNAMES) + given, rng.choice(TITLES), str(i + 1)))
    return out


def test_500_tent_cards(tmp_path: Path, record) -> None:
    chain = get_chain()
    assert chain.primary  # font discovery and parsing are start-up work, not the 500 cards'
    data = cards()
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        info = build_tent_cards(data, tmp_path / "cards.pdf", chain=chain)
        best = min(best, time.perf_counter() - t0)
    size = (tmp_path / "cards.pdf").stat().st_size
    assert info.pages == 500
    record("500 tent cards (A4, title line)", best, "s", "≤ 3 s")
    record("500 tent cards PDF size", size / 1024 / 1024, "MB", "≤ 2 MB")


def test_500_ecards(tmp_path: Path, record) -> None:
    chain = get_chain()
    assert chain.primary  # font discovery and parsing are start-up work, not the cards'
    t0 = time.perf_counter()
    paths = render_ecards(cards(), tmp_path / "png", chain=chain)
    elapsed = time.perf_counter() - t0
    assert len(paths) == 500
    record("500 e-card PNGs 800×480", elapsed, "s", "", "Pillow, palette PNG, one size for the set")
