#!/usr/bin/env python3
"""Writes the labelled fixture set (indexer/src/test/resources/fixtures/labelled/*.txt + .expected.json).

Every document is written for the project from the fragments below: realistic layouts of Party,
State and Front documents at every level, with citation chains up to central directives. The
expected JSON is derived from the same parameters the text is written from, never from the parser.
Run from the repository root: python3 indexer/src/test/python/make_labelled_fixtures.py
"""
import json
import os
import random

OUT = "indexer/src/test/resources/fixtures/labelled"
rnd = random.Random(20220505)

# ---------------------------------------------------------------- cited documents
C = {
    "03": dict(t="Chỉ thị", code="CT", n="03-CT/TW", d="19/5/2021", iso="2021-05-19", i="Ban Bí thư",
               s="tăng cường sự lãnh đạo của Đảng đối với Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” trong tình hình mới"),
    "28": dict(t="Chỉ thị", code="CT", n="28/CT-TTg", d="26/10/2021", iso="2021-10-26", i="Thủ tướng Chính phủ",
               s="tăng cường thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” trong tình hình mới"),
    "05": dict(t="Chỉ thị", code="CT", n="05-CT/TW", d="15/5/2016", iso="2016-05-15", i="Bộ Chính trị",
               s="đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
    "35nq": dict(t="Nghị quyết", code="NQ", n="35-NQ/TW", d="22/10/2018", iso="2018-10-22", i="Bộ Chính trị",
                 s="tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới"),
    "30nd": dict(t="Nghị định", code="NĐ", n="30/2020/NĐ-CP", d="05/3/2020", iso="2020-03-05", i="Chính phủ",
                 s="công tác văn thư"),
    "107": dict(t="Kết luận", code="KL", n="107-KL/TW", d="10/4/2015", iso="2015-04-10", i="Ban Bí thư",
                s="tiếp tục tăng cường sự lãnh đạo của Đảng đối với việc thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”"),
    "01nq": dict(t="Nghị quyết", code="NQ", n="01/NQ-CP", d="05/01/2024", iso="2024-01-05", i="Chính phủ",
                 s="nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024"),
    "90qd": dict(t="Quyết định", code="QĐ", n="90/QĐ-TTg", d="18/01/2022", iso="2022-01-18", i="Thủ tướng Chính phủ",
                 s="phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025"),
    "17ct": dict(t="Chỉ thị", code="CT", n="17/CT-TTg", d="09/6/2020", iso="2020-06-09", i="Thủ tướng Chính phủ",
                 s="tăng cường công tác bảo đảm an toàn thực phẩm"),
    "45nd": dict(t="Nghị định", code="NĐ", n="45/2022/NĐ-CP", d="07/7/2022", iso="2022-07-07", i="Chính phủ",
                 s="xử phạt vi phạm hành chính trong lĩnh vực bảo vệ môi trường"),
}

def fmt_date(d, style):
    day, month, year = d.split("/")
    if style == "words":
        return "ngày %s tháng %s năm %s" % (day, month.lstrip("0") if rnd.random() < 0.5 else month, year)
    if style == "dash":
        return "ngày %s-%s-%s" % (day.lstrip("0"), month, year)
    if style == "padded":
        return "ngày %s/%s/%s" % (day.zfill(2), month.zfill(2), year)
    return "ngày %s/%s/%s" % (day.lstrip("0") or "0", month, year)

def cite(key, style="short", comma=None, printed_issuer=None, subject=True, breakline=False):
    c = C[key]
    comma = rnd.random() < 0.4 if comma is None else comma
    parts = "%s số %s%s %s của %s" % (c["t"], c["n"], "," if comma else "", fmt_date(c["d"], style), printed_issuer or c["i"])
    if breakline:
        parts = parts.replace(" của ", "\ncủa ", 1)
    if subject:
        parts += " về " + c["s"]
    return parts

def expect(key, relation, issuer=None, subject=True):
    c = C[key]
    return dict(number=c["n"], type=dict(code=c["code"], name=c["t"]), date=c["iso"], issuer=issuer or c["i"],
                subject=c["s"] if subject else None, relation=relation)

def local(t, code, n, d, iso, printed, resolved, s):
    C[n] = dict(t=t, code=code, n=n, d=d, iso=iso, i=printed, s=s)
    return n, resolved

# ---------------------------------------------------------------- issuers
# header lines, issuer, parent, side, level, province, district, commune, place, suffix, party?
I = {
    "tu_na": (["TỈNH ỦY NGHỆ AN"], "Tỉnh ủy Nghệ An", None, "PARTY", "PROVINCE", "Nghệ An", None, None, "Nghệ An", "TU", True),
    "btg_qn": (["TỈNH ỦY QUẢNG NINH", "BAN TUYÊN GIÁO"], "Ban Tuyên giáo Tỉnh ủy Quảng Ninh", "Tỉnh ủy Quảng Ninh", "PARTY", "PROVINCE", "Quảng Ninh", None, None, "Hạ Long", "BTGTU", True),
    "hu_cm": (["ĐẢNG BỘ TỈNH AN GIANG", "HUYỆN ỦY CHỢ MỚI"], "Huyện ủy Chợ Mới", "Đảng bộ tỉnh An Giang", "PARTY", "DISTRICT", "An Giang", "Chợ Mới", None, "Chợ Mới", "HU", True),
    "tu_cp": (["ĐẢNG BỘ TỈNH QUẢNG NINH", "THÀNH ỦY CẨM PHẢ"], "Thành ủy Cẩm Phả", "Đảng bộ tỉnh Quảng Ninh", "PARTY", "DISTRICT", "Quảng Ninh", "Cẩm Phả", None, "Cẩm Phả", "TU", True),
    "tu_hn": (["THÀNH ỦY HÀ NỘI"], "Thành ủy Hà Nội", None, "PARTY", "PROVINCE", "Hà Nội", None, None, "Hà Nội", "TU", True),
    "du_dk": (["ĐẢNG BỘ HUYỆN VÂN ĐỒN", "ĐẢNG ỦY XÃ ĐOÀN KẾT"], "Đảng ủy xã Đoàn Kết", "Đảng bộ huyện Vân Đồn", "PARTY", "COMMUNE", "Quảng Ninh", "Vân Đồn", "Đoàn Kết", "Đoàn Kết", "ĐU", True),
    "du_ct": (["ĐẢNG BỘ THÀNH PHỐ CẨM PHẢ", "ĐẢNG ỦY PHƯỜNG CẨM TRUNG"], "Đảng ủy phường Cẩm Trung", "Đảng bộ thành phố Cẩm Phả", "PARTY", "COMMUNE", "Quảng Ninh", "Cẩm Phả", "Cẩm Trung", "Cẩm Trung", "ĐU", True),
    "cb_stp": (["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH TIỀN GIANG", "CHI BỘ SỞ TƯ PHÁP"], "Chi bộ Sở Tư pháp", "Đảng ủy Khối các Cơ quan tỉnh Tiền Giang", "PARTY", "GRASSROOTS", "Tiền Giang", None, None, "Mỹ Tho", "CB", True),
    "duk_tg": (["ĐẢNG BỘ TỈNH TIỀN GIANG", "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH"], "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Tiền Giang", "Đảng bộ tỉnh Tiền Giang", "PARTY", "PROVINCE", "Tiền Giang", None, None, "Tiền Giang", "ĐUK", True),
    "qu_cg": (["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "QUẬN ỦY CẦU GIẤY"], "Quận ủy Cầu Giấy", "Đảng bộ thành phố Hà Nội", "PARTY", "DISTRICT", "Hà Nội", "Cầu Giấy", None, "Cầu Giấy", "QU", True),
    "bbt": (["BAN CHẤP HÀNH TRUNG ƯƠNG"], "Ban Chấp hành Trung ương", None, "PARTY", "CENTRAL", None, None, None, "Hà Nội", "TW", True),
    "btgtw": (["BAN TUYÊN GIÁO TRUNG ƯƠNG"], "Ban Tuyên giáo Trung ương", None, "PARTY", "CENTRAL", None, None, None, "Hà Nội", "BTGTW", True),
    "ub_tg": (["ỦY BAN NHÂN DÂN", "TỈNH TIỀN GIANG"], "Ủy ban nhân dân tỉnh Tiền Giang", None, "STATE", "PROVINCE", "Tiền Giang", None, None, "Tiền Giang", "UBND", False),
    "syt_dt": (["UBND TỈNH ĐỒNG THÁP", "SỞ Y TẾ"], "Sở Y tế tỉnh Đồng Tháp", "Ủy ban nhân dân tỉnh Đồng Tháp", "STATE", "PROVINCE", "Đồng Tháp", None, None, "Đồng Tháp", "SYT", False),
    "ub_nd": (["ỦY BAN NHÂN DÂN", "HUYỆN NAM ĐÀN"], "Ủy ban nhân dân huyện Nam Đàn", None, "STATE", "DISTRICT", "Nghệ An", "Nam Đàn", None, "Nam Đàn", "UBND", False),
    "pvh_gl": (["UBND HUYỆN GIA LÂM", "PHÒNG VĂN HÓA VÀ THÔNG TIN"], "Phòng Văn hóa và Thông tin huyện Gia Lâm", "Ủy ban nhân dân huyện Gia Lâm", "STATE", "DISTRICT", "Hà Nội", "Gia Lâm", None, "Gia Lâm", "VHTT", False),
    "ub_vn": (["UBND HUYỆN ĐÔNG ANH", "UBND XÃ VÂN NỘI"], "Ủy ban nhân dân xã Vân Nội", "Ủy ban nhân dân huyện Đông Anh", "STATE", "COMMUNE", "Hà Nội", "Đông Anh", "Vân Nội", "Vân Nội", "UBND", False),
    "ub_cp": (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẨM PHẢ"], "Ủy ban nhân dân thành phố Cẩm Phả", None, "STATE", "DISTRICT", "Quảng Ninh", "Cẩm Phả", None, "Cẩm Phả", "UBND", False),
    "bct": (["BỘ CÔNG THƯƠNG"], "Bộ Công Thương", None, "STATE", "CENTRAL", None, None, None, "Hà Nội", "BCT", False),
    "mt_qn": (["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "TỈNH QUẢNG NINH"], "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh", None, "FRONT", "PROVINCE", "Quảng Ninh", None, None, "Quảng Ninh", "MTTQ", None),
    "pn_ty": (["HỘI LIÊN HIỆP PHỤ NỮ", "HUYỆN TIÊN YÊN"], "Hội Liên hiệp Phụ nữ huyện Tiên Yên", None, "FRONT", "DISTRICT", "Quảng Ninh", "Tiên Yên", None, "Tiên Yên", "HPN", None),
    "ld_na": (["LIÊN ĐOÀN LAO ĐỘNG", "TỈNH NGHỆ AN"], "Liên đoàn Lao động tỉnh Nghệ An", None, "FRONT", "PROVINCE", "Nghệ An", None, None, "Nghệ An", "LĐLĐ", None),
    "ub_ag25": (["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"], "Ủy ban nhân dân tỉnh An Giang", None, "STATE", "PROVINCE", "An Giang", None, None, "An Giang", "UBND", False),
    "ub_kg": (["ỦY BAN NHÂN DÂN", "TỈNH KIÊN GIANG"], "Ủy ban nhân dân tỉnh Kiên Giang", None, "STATE", "PROVINCE", "Kiên Giang", None, None, "Kiên Giang", "UBND", False),
}

NAMES = ["Nguyễn Văn Thắng", "Trần Thị Thu Hà", "Lê Minh Tuấn", "Phạm Quốc Bảo", "Võ Thị Ngọc Lan", "Đặng Văn Hùng",
         "Huỳnh Thanh Tâm", "Bùi Đức Long", "Hoàng Thị Mai", "Đỗ Xuân Trường", "Ngô Thị Hồng", "Dương Văn Phúc"]

DOCS = []

def doc(name, issuer_key, code, typename, num, date, subject_line, body, sig, recipients, citations,
        visibility=(), markdown=False, number_style=None, date_leading=True, extra_expect=None, subject_expect=None,
        sig_first=False, motto=None):
    hdr, issuer, parent, side, level, prov, dist, comm, place, suffix, party = I[issuer_key]
    d, m, y = date
    dd = ("%02d" % d) if date_leading else str(d)
    mm = str(m) if m >= 3 else ("%02d" % m if date_leading else str(m))
    party_doc = party is True
    lines = []
    b = (lambda s: "**%s**" % s) if markdown else (lambda s: s)
    lines.append(b("\n".join(hdr)) if not markdown else "**" + "  \n".join(hdr) + "**")
    if party_doc:
        lines.append("*" if not markdown else "\\*")
    numline = {"party": "Số %s", "state": "Số: %s", "spaced": "Số: %s"}[number_style or ("party" if party_doc else "state")] % num
    if number_style == "spaced":
        numline = numline.replace("/", " /", 1)
    lines.append(numline)
    for v in visibility:
        lines.append(v)
    if code == "CV":
        lines.append(subject_line)
    lines.append("")
    if party_doc:
        lines.append(b("ĐẢNG CỘNG SẢN VIỆT NAM"))
    else:
        lines.append(b("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        lines.append(b("Độc lập - Tự do - Hạnh phúc"))
    lines.append("")
    lines.append("%s, ngày %s tháng %s năm %d" % (place, dd, mm, y))
    lines.append("")
    if code != "CV":
        lines.append(b(typename.upper()))
        lines.append(b(subject_line))
        lines.append("")
    lines.append(body.strip("\n"))
    lines.append("")
    sig_text = "\n".join(sig[0]) + "\n\n\n" + sig[1]
    rec_text = "Nơi nhận:\n" + "\n".join("- " + r for r in recipients[0])
    if sig_first:
        lines += [sig_text, "", rec_text]
    else:
        lines += [rec_text, "", sig_text]
    text = "\n".join(lines) + "\n"
    subj = subject_expect or (subject_line if code != "CV" else subject_line.split(" ", 1)[1])
    exp = dict(number=num, type=dict(code=code, name=typename), issuer=issuer, parentOrgan=parent, issuerSide=side,
               issuerLevel=level, province=prov, district=dist, commune=comm, place=place,
               date="%04d-%02d-%02d" % (y, m, d), subject=subj, signer=sig[1], signerPosition=sig[2],
               authority=sig[3], recipients=recipients[1], visibility=list(visibility), citations=citations)
    if extra_expect:
        exp.update(extra_expect)
    DOCS.append((name, text, exp))

def sigblock(lines, name, position, authority):
    return (lines, name, position, authority)

def recips(items):
    printed = []
    clean = []
    for k, it in enumerate(items):
        end = "." if k == len(items) - 1 else rnd.choice([",", ";", ""])
        printed.append(it + end)
        clean.append(it)
    return printed, clean

R_PARTY = ["Ban Tuyên giáo Tỉnh ủy (b/c)", "Các đồng chí Ủy viên Ban Thường vụ", "Các chi bộ, đảng bộ trực thuộc", "Lưu Văn phòng"]
R_STATE = ["UBND tỉnh (b/c)", "Chủ tịch, các PCT UBND", "Các phòng, ban, đơn vị", "Lưu: VT"]

def n(i):
    return NAMES[i % len(NAMES)]

# ---------------------------------------------------------------- the documents
k = 0
# 1-6: Party plans implementing guidance/plans that implement 03-CT/TW (chains), various levels
for key, num, dt, parent_cite, printed_iss, resolved, style in [
    ("tu_na", "88-KH/TU", (2, 3, 2022), ("Hướng dẫn", "HD", "52-HD/BTGTW", "15/12/2021", "2021-12-15"), "Ban Tuyên giáo Trung ương", "Ban Tuyên giáo Trung ương", "short"),
    ("hu_cm", "41-KH/HU", (20, 6, 2022), ("Kế hoạch", "KH", "95-KH/TU", "12/5/2022", "2022-05-12"), "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy An Giang", "words"),
    ("du_dk", "12-KH/ĐU", (8, 8, 2022), ("Kế hoạch", "KH", "118-KH/HU", "20/7/2022", "2022-07-20"), "Ban Thường vụ Huyện ủy", "Huyện ủy Vân Đồn", "padded"),
    ("tu_cp", "179-KH/TU", (23, 6, 2022), ("Kế hoạch", "KH", "98-KH/TU", "2/6/2022", "2022-06-02"), "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy Quảng Ninh", "short"),
    ("qu_cg", "64-KH/QU", (14, 9, 2021), ("Kế hoạch", "KH", "27-KH/TU", "10/8/2021", "2021-08-10"), "Thành ủy", "Thành ủy Hà Nội", "dash"),
    ("duk_tg", "33-KH/ĐUK", (5, 5, 2022), ("Hướng dẫn", "HD", "41-HD/BTGTU", "28/4/2022", "2022-04-28"), "Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy Tiền Giang", "short"),
]:
    t, code, pn, pd, piso = parent_cite
    C[pn] = dict(t=t, code=code, n=pn, d=pd, iso=piso, i=printed_iss, s="tuyên truyền, triển khai thực hiện")
    hdr, issuer = I[key][0], I[key][1]
    short_issuer = {"tu_na": "Ban Thường vụ Tỉnh ủy", "hu_cm": "Ban Thường vụ Huyện ủy", "du_dk": "Ban Thường vụ Đảng ủy xã",
                    "tu_cp": "Ban Thường vụ Thành ủy", "qu_cg": "Ban Thường vụ Quận ủy", "duk_tg": "Ban Thường vụ Đảng ủy Khối"}[key]
    broken = k % 2 == 0
    opening = ("Thực hiện %s số %s, %s của %s về việc tuyên truyền, triển khai thực hiện %s, %s ban hành Kế hoạch như sau:"
               % (t, pn, fmt_date(pd, style), printed_iss, cite("03", style=style, comma=True), short_issuer))
    if broken:
        opening = opening.replace(" số %s" % pn, " số\n%s" % pn)
    body = opening + """

I. MỤC ĐÍCH, YÊU CẦU

1. Quán triệt sâu sắc nội dung Chỉ thị số 03-CT/TW của Ban Bí thư, %s.

2. Gắn việc thực hiện Cuộc vận động với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

II. NỘI DUNG

1. Tuyên truyền các quan điểm nêu trong Nghị quyết Đại hội XIII của Đảng và %s.

2. Phản ánh kết quả thực hiện Chỉ thị số 28/CT-TTg.

III. TỔ CHỨC THỰC HIỆN

- Các cấp ủy trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch thực hiện.

- Định kỳ báo cáo kết quả về Ban Thường vụ.
""" % (cite("28", style="short", comma=False) + " (Chỉ thị số 28/CT-TTg)", "Kế hoạch số %s" % pn)
    num_style = "spaced" if k == 3 else None
    sig = sigblock(["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ" if k % 3 else "BÍ THƯ"], n(k), "PHÓ BÍ THƯ" if k % 3 else "BÍ THƯ", "T/M")
    rec = recips(R_PARTY)
    cits = [
        dict(number=pn, type=dict(code=code, name=t), date=piso, issuer=resolved, subject="tuyên truyền, triển khai thực hiện", relation="IMPLEMENTS"),
        expect("03", "MENTIONS"),
        expect("28", "MENTIONS"),
        dict(number=None, type=dict(code="NQ", name="Nghị quyết"), date=None, issuer=None, subject="Nghị quyết Đại hội XIII của Đảng", relation="MENTIONS"),
    ]
    doc("plan-party-%02d-%s" % (k + 1, key.replace("_", "-")), key, "KH", "Kế hoạch", num, dt,
        "tuyên truyền, triển khai thực hiện Chỉ thị số 03-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” trong tình hình mới",
        body, sig, rec, cits, markdown=(k % 3 == 0), number_style=num_style, date_leading=(k % 2 == 0), sig_first=(k % 2 == 1))
    k += 1

# 7-10: State plans implementing Party plans and a TTg directive (list joined by "và")
for key, num, dt, pn, pd, piso, printed_iss, resolved in [
    ("ub_cp", "197/KH-UBND", (4, 7, 2022), "179-KH/TU", "23/6/2022", "2022-06-23", "Thành ủy Cẩm Phả", "Thành ủy Cẩm Phả"),
    ("ub_nd", "215/KH-UBND", (11, 8, 2022), "104-KH/HU", "25/7/2022", "2022-07-25", "Ban Thường vụ Huyện ủy", "Huyện ủy Nam Đàn"),
    ("ub_tg", "302/KH-UBND", (19, 9, 2022), "120-KH/TU", "30/8/2022", "2022-08-30", "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy Tiền Giang"),
    ("ub_vn", "45/KH-UBND", (3, 10, 2022), "76/KH-UBND", "15/9/2022", "2022-09-15", "UBND huyện", "Ủy ban nhân dân huyện Đông Anh"),
]:
    C[pn] = dict(t="Kế hoạch", code="KH", n=pn, d=pd, iso=piso, i=printed_iss, s="triển khai Cuộc vận động trên địa bàn")
    short = {"ub_cp": "UBND thành phố", "ub_nd": "UBND huyện", "ub_tg": "UBND tỉnh", "ub_vn": "UBND xã"}[key]
    opening = ("Thực hiện Kế hoạch số %s ngày %s của %s về triển khai Cuộc vận động trên địa bàn và %s; %s xây dựng Kế hoạch cụ thể như sau:"
               % (pn, pd, printed_iss, cite("28", style="padded" if k % 2 else "short", comma=False), short))
    body = opening + """

I. MỤC ĐÍCH, YÊU CẦU

1. Tuyên truyền sâu rộng Kế hoạch số %s trong cán bộ, công chức.

II. NỘI DUNG

1. Thực hiện tốt %s.

2. Biểu dương các điển hình trong thực hiện Chỉ thị số 28/CT-TTg.

III. TỔ CHỨC THỰC HIỆN

1. Các phòng, ban, đơn vị

- Tổ chức quán triệt Kế hoạch này tới cán bộ, công chức.

2. Đề nghị Ủy ban Mặt trận Tổ quốc phối hợp thực hiện./.
""" % (pn, cite("107", style="short", comma=False, subject=True))
    sig = sigblock(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], n(k), "PHÓ CHỦ TỊCH", "KT.")
    rec = recips(R_STATE)
    cits = [
        dict(number=pn, type=dict(code="KH", name="Kế hoạch"), date=piso, issuer=resolved, subject="triển khai Cuộc vận động trên địa bàn", relation="IMPLEMENTS"),
        expect("28", "IMPLEMENTS"),
        expect("107", "MENTIONS"),
    ]
    doc("plan-state-%02d-%s" % (k + 1, key.replace("_", "-")), key, "KH", "Kế hoạch", num, dt,
        "Đẩy mạnh thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” năm 2022",
        body, sig, rec, cits, markdown=(k % 2 == 0), sig_first=(k % 2 == 0))
    k += 1

# 11-14: decisions with Căn cứ preambles (BASIS), TUQ./TL. signatures
for key, num, dt, auth, pos, sigl in [
    ("ub_tg", "45/QĐ-UBND", (9, 1, 2024), "KT.", "PHÓ CHỦ TỊCH", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
    ("syt_dt", "118/QĐ-SYT", (15, 3, 2023), "KT.", "PHÓ GIÁM ĐỐC", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]),
    ("bct", "1520/QĐ-BCT", (21, 7, 2023), "KT.", "THỨ TRƯỞNG", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"]),
    ("ub_ag25", "2150/QĐ-UBND", (10, 9, 2025), "TUQ.", "CHÁNH VĂN PHÒNG", ["TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]),
]:
    organ = {"ub_tg": "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG", "syt_dt": "GIÁM ĐỐC SỞ Y TẾ",
             "bct": "BỘ TRƯỞNG BỘ CÔNG THƯƠNG", "ub_ag25": "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"}[key]
    split = k % 2 == 0
    c30 = cite("30nd", style="words", comma=False, breakline=split)
    body = """%s

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ %s;
Căn cứ %s;
Theo đề nghị của Chánh Văn phòng.

QUYẾT ĐỊNH:

Điều 1. Thành lập Ban Chỉ đạo thực hiện Chương trình năm 2024.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
""" % (organ, c30, cite("90qd", style="short", comma=False))
    cits = [
        dict(number=None, type=dict(code="L", name="Luật"), date="2015-06-19", issuer=None, subject="Luật Tổ chức chính quyền địa phương", relation="BASIS"),
        expect("30nd", "BASIS"),
        expect("90qd", "BASIS"),
    ]
    sig = sigblock(sigl, n(k), pos, auth)
    rec = recips(["Như Điều 3", "Lưu: VT"])
    doc("decision-%02d-%s" % (k + 1, key.replace("_", "-")), key, "QĐ", "Quyết định", num, dt,
        "Về việc thành lập Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững",
        body, sig, rec, cits, sig_first=False, date_leading=(k % 2 == 1))
    k += 1

# 15-18: official letters (công văn) with V/v, Kính gửi, short forms
for key, num, dt in [("ub_nd", "1234/UBND-VX", (3, 4, 2023)), ("pvh_gl", "56/VHTT", (12, 5, 2023)),
                     ("syt_dt", "845/SYT-NVY", (22, 6, 2023)), ("ub_kg", "3021/UBND-KT", (30, 6, 2025))]:
    body = """Kính gửi: Các phòng, ban, đơn vị trực thuộc.

Thực hiện %s, để bảo đảm an toàn thực phẩm trong dịp lễ, %s đề nghị các đơn vị triển khai thực hiện nghiêm Chỉ thị số 17/CT-TTg.

Đề nghị các đơn vị báo cáo kết quả trước ngày 30/6/2023./.
""" % (cite("17ct", style="padded" if k % 2 else "short", comma=(k % 2 == 0)), I[key][1])
    cits = [expect("17ct", "IMPLEMENTS")]
    sig = sigblock(["TL. CHỦ TỊCH" if k % 2 else "KT. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG" if k % 2 else "PHÓ GIÁM ĐỐC"], n(k),
                   "CHÁNH VĂN PHÒNG" if k % 2 else "PHÓ GIÁM ĐỐC", "TL." if k % 2 else "KT.")
    rec = recips(["Như trên", "Lưu: VT"])
    doc("official-letter-%02d-%s" % (k + 1, key.replace("_", "-")), key, "CV", "Công văn", num, dt,
        "V/v tăng cường bảo đảm an toàn thực phẩm", body, sig, rec, cits, date_leading=False)
    k += 1

# 19-22: directives and guidance of Party organs (CT, HD) with Căn cứ + Thực hiện mixes and MẬT marks
for key, code, typename, num, dt, vis in [
    ("tu_na", "CT", "Chỉ thị", "15-CT/TU", (10, 1, 2023), ("MẬT",)),
    ("btg_qn", "HD", "Hướng dẫn", "52-HD/BTGTU", (14, 2, 2023), ()),
    ("bbt", "CT", "Chỉ thị", "21-CT/TW", (20, 1, 2023), ()),
    ("btgtw", "HD", "Hướng dẫn", "130-HD/BTGTW", (6, 3, 2023), ("Lưu hành nội bộ",)),
]:
    body = """Thực hiện %s; %s, %s hướng dẫn như sau:

1. Mục đích

a) Nâng cao nhận thức của cán bộ, đảng viên.

b) Đấu tranh phản bác các quan điểm sai trái theo tinh thần Nghị quyết số 35-NQ/TW.

2. Nội dung

- Tiếp tục thực hiện Chỉ thị số 05-CT/TW gắn với %s.
""" % (cite("05", style="short", comma=True), cite("35nq", style="words", comma=False, breakline=(k % 2 == 0)),
       "Ban Thường vụ" if key in ("tu_na",) else "Ban", cite("01nq", style="short", comma=False))
    cits = [expect("05", "IMPLEMENTS"), expect("35nq", "IMPLEMENTS"), expect("01nq", "MENTIONS")]
    if key == "bbt":
        sig = sigblock(["T/M BAN BÍ THƯ"], n(k), None, "T/M")
    elif key == "tu_na":
        sig = sigblock(["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], n(k), "BÍ THƯ", "T/M")
    else:
        sig = sigblock(["K/T TRƯỞNG BAN".replace("K/T", "KT."), "PHÓ TRƯỞNG BAN"], n(k), "PHÓ TRƯỞNG BAN", "KT.")
    rec = recips(R_PARTY)
    doc("%s-party-%02d-%s" % ("directive" if code == "CT" else "guidance", k + 1, key.replace("_", "-")), key, code, typename,
        num, dt, "về tăng cường công tác bảo vệ nền tảng tư tưởng của Đảng năm 2023", body, sig, rec, cits, visibility=vis,
        markdown=(k % 2 == 1), sig_first=True)
    k += 1

# 23-26: reports (BC) and notices (TB), incl. commune and grassroots levels
for key, code, typename, num, dt in [
    ("du_ct", "BC", "Báo cáo", "25-BC/ĐU", (15, 11, 2022)),
    ("cb_stp", "BC", "Báo cáo", "08-BC/CB", (20, 12, 2022)),
    ("ub_cp", "TB", "Thông báo", "312/TB-UBND", (5, 12, 2022)),
    ("du_dk", "TB", "Thông báo", "19-TB/ĐU", (9, 1, 2023)),
]:
    body = """Thực hiện Kế hoạch số 179-KH/TU, ngày 23/6/2022 của Ban Thường vụ Thành ủy về đẩy mạnh Cuộc vận động, %s báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác tuyên truyền Chỉ thị số 03-CT/TW của Ban Bí thư được quan tâm.

2. Các chi bộ đã triển khai Kế hoạch số 179-KH/TU đến toàn thể đảng viên.

II. PHƯƠNG HƯỚNG

Tiếp tục thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV.
""" % ("Đảng ủy" if key.startswith("du") else ("Chi bộ" if key == "cb_stp" else "UBND thành phố"))
    resolved = {"du_ct": "Thành ủy Cẩm Phả", "cb_stp": "Thành ủy", "ub_cp": "Thành ủy Cẩm Phả", "du_dk": "Thành ủy"}[key]
    cits = [
        dict(number="179-KH/TU", type=dict(code="KH", name="Kế hoạch"), date="2022-06-23", issuer=resolved, subject="đẩy mạnh Cuộc vận động", relation="IMPLEMENTS"),
        dict(number="03-CT/TW", type=dict(code="CT", name="Chỉ thị"), date=None, issuer="Ban Bí thư", subject=None, relation="MENTIONS"),
        dict(number=None, type=dict(code="NQ", name="Nghị quyết"), date=None, issuer=None, subject="Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV", relation="MENTIONS"),
    ]
    if key.startswith("du") or key == "cb_stp":
        sig = sigblock(["T/M ĐẢNG ỦY" if key.startswith("du") else "T/M CHI BỘ", "BÍ THƯ"], n(k), "BÍ THƯ", "T/M")
    else:
        sig = sigblock(["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], n(k), "CHÁNH VĂN PHÒNG", "TL.")
    rec = recips(["Ban Thường vụ Thành ủy (b/c)", "Lưu VP"])
    doc("%s-%02d-%s" % ("report" if code == "BC" else "notice", k + 1, key.replace("_", "-")), key, code, typename, num, dt,
        "kết quả thực hiện Cuộc vận động năm 2022", body, sig, rec, cits, number_style=None, date_leading=(k % 2 == 0))
    k += 1

# 27-30: Front organisations
for key, code, typename, num, dt in [
    ("mt_qn", "KH", "Kế hoạch", "86/KH-MTTQ-BTT", (12, 4, 2022)),
    ("pn_ty", "KH", "Kế hoạch", "17/KH-HPN", (25, 4, 2022)),
    ("ld_na", "HD", "Hướng dẫn", "09/HD-LĐLĐ", (3, 3, 2023)),
    ("mt_qn", "TB", "Thông báo", "102/TB-MTTQ-BTT", (8, 8, 2023)),
]:
    body = """Triển khai %s và %s, %s xây dựng kế hoạch như sau:

I. MỤC ĐÍCH

1. Vận động đoàn viên, hội viên ưu tiên dùng hàng Việt Nam.

II. NỘI DUNG

1. Phối hợp thực hiện Quyết định số 90/QĐ-TTg.
""" % (cite("03", style="words", comma=False), cite("28", style="short", comma=True, subject=False),
       I[key][1])
    cits = [expect("03", "IMPLEMENTS"), expect("28", "IMPLEMENTS", subject=False),
            dict(number="90/QĐ-TTg", type=dict(code="QĐ", name="Quyết định"), date=None, issuer="Thủ tướng Chính phủ", subject=None, relation="MENTIONS")]
    sig = sigblock(["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH"] if key == "mt_qn" else ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"], n(k),
                   "PHÓ CHỦ TỊCH" if key == "mt_qn" else "CHỦ TỊCH", "TM.")
    rec = recips(["Các tổ chức thành viên", "Lưu VT"])
    doc("front-%02d-%s" % (k + 1, key.replace("_", "-")), key, code, typename, num, dt,
        "vận động đoàn viên, hội viên hưởng ứng Cuộc vận động năm %d" % dt[2], body, sig, rec, cits, sig_first=(k % 2 == 0))
    k += 1

# 31-34: after the 1 July 2025 reform; a Kiên Giang letter just before it; Gazette-like wrapped lines
for key, code, typename, num, dt, wrapped in [
    ("ub_ag25", "KH", "Kế hoạch", "255/KH-UBND", (15, 9, 2025), True),
    ("ub_kg", "KH", "Kế hoạch", "190/KH-UBND", (25, 6, 2025), False),
    ("tu_hn", "KH", "Kế hoạch", "310-KH/TU", (5, 8, 2025), True),
    ("bct", "TB", "Thông báo", "210/TB-BCT", (18, 8, 2025), False),
]:
    opening = "Căn cứ %s;\nThực hiện %s, %s ban hành Kế hoạch như sau:" % (
        cite("45nd", style="words", comma=False), cite("01nq", style="short", comma=False), I[key][1])
    if wrapped:
        # Hard line breaks inside sentences, as in text taken from PDFs.
        words = opening.split(" ")
        opening = "\n".join(" ".join(words[i:i + 11]) for i in range(0, len(words), 11))
    body = opening + """

1. Mục tiêu

Hoàn thành các chỉ tiêu năm 2025.

2. Nhiệm vụ

Thực hiện %s.
""" % "Nghị định số 45/2022/NĐ-CP"
    prov = {"ub_ag25": "An Giang", "ub_kg": "Kiên Giang", "tu_hn": "Hà Nội", "bct": None}[key]
    cits = [expect("45nd", "BASIS"), expect("01nq", "IMPLEMENTS")]
    sig = sigblock(["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"] if key == "tu_hn" else ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] if key != "bct" else ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"],
                   n(k), "PHÓ BÍ THƯ" if key == "tu_hn" else ("THỨ TRƯỞNG" if key == "bct" else "PHÓ CHỦ TỊCH"),
                   "T/M" if key == "tu_hn" else "KT.")
    rec = recips(["Như trên", "Lưu: VT"])
    doc("reform-%02d-%s" % (k + 1, key.replace("_", "-")), key, code, typename, num, dt,
        "thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025", body, sig, rec, cits,
        extra_expect=dict(province=prov), sig_first=True)
    k += 1

# 35-36: guidance implementing a directive AND a plan in the subject line; a chain through a repeated short form
for key, num, dt in [("btg_qn", "61-HD/BTGTU", (4, 8, 2022)), ("hu_cm", "52-HD/HU", (30, 8, 2022))]:
    subj = "thực hiện Kế hoạch số 95-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 03-CT/TW của Ban Bí thư"
    C["95-KH/TU"] = dict(t="Kế hoạch", code="KH", n="95-KH/TU", d="12/5/2022", iso="2022-05-12", i="Ban Thường vụ Tỉnh ủy", s="")
    body = """Để triển khai thực hiện có hiệu quả Kế hoạch số 95-KH/TU, Ban hướng dẫn một số nội dung sau:

1. Các cấp ủy tổ chức quán triệt Kế hoạch số 95-KH/TU và Chỉ thị số 03-CT/TW.

2. Báo cáo kết quả theo yêu cầu tại Kế hoạch số 95-KH/TU.
"""
    resolved = "Tỉnh ủy Quảng Ninh" if key == "btg_qn" else "Tỉnh ủy An Giang"
    cits = [dict(number="95-KH/TU", type=dict(code="KH", name="Kế hoạch"), date=None, issuer=resolved, subject="thực hiện", relation="IMPLEMENTS"),
            dict(number="03-CT/TW", type=dict(code="CT", name="Chỉ thị"), date=None, issuer="Ban Bí thư", subject=None, relation="MENTIONS")]
    sig = sigblock(["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"] if key == "btg_qn" else ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], n(k),
                   "PHÓ TRƯỞNG BAN" if key == "btg_qn" else "PHÓ BÍ THƯ", "KT." if key == "btg_qn" else "T/M")
    rec = recips(R_PARTY)
    doc("guidance-chain-%02d-%s" % (k + 1, key.replace("_", "-")), key, "HD", "Hướng dẫn", num, dt, subj, body, sig, rec, cits,
        sig_first=(k % 2 == 0))
    k += 1

os.makedirs(OUT, exist_ok=True)
for name, text, exp in DOCS:
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
print(len(DOCS), "documents")
