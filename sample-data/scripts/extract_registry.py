#!/usr/bin/env python3
"""Extracts the real registry of the sample province from the PyPI package vietnamadminunits (MIT).

Writes a small, checked-in extract for old An Giang (89), old Kien Giang (91) and the new An Giang (91,
from 1 July 2025) under sample-data/src/main/resources/vn/cchc/sample/registry/, so the build needs no
network. Python 3 standard library only.

    python3 sample-data/scripts/extract_registry.py                    # pip download the pinned wheel
    python3 sample-data/scripts/extract_registry.py --package PATH     # an unpacked package directory
                                                                       # (.../vietnamadminunits) or a .whl

The output is deterministic for a given package; only the extraction date in NOTICE.md changes
(--date fixes it).
"""

import argparse
import csv
import datetime
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

PACKAGE = "vietnamadminunits"
VERSION = "1.0.4"
OLD_PROVINCES = ("89", "91")  # old An Giang, old Kien Giang
NEW_PROVINCE = "91"  # the new An Giang
NEW_PROVINCE_KEY = "tinhangiang"
DATA_FILES = ("data/dataset.db", "data/converter_2025.json")
LICENSE_IN_WHEEL = PACKAGE + "-" + VERSION + ".dist-info/licenses/LICENSE"
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "src", "main", "resources", "vn", "cchc", "sample", "registry")


class Package:
    """The package's files, read from an unpacked directory or straight from the wheel."""

    def __init__(self, path):
        self.path = path
        self.wheel = zipfile.ZipFile(path) if path.endswith(".whl") else None

    def read(self, name):
        if self.wheel is not None:
            return self.wheel.read(PACKAGE + "/" + name if not name.endswith("LICENSE") else name)
        if name.endswith("LICENSE"):
            candidates = [os.path.join(os.path.dirname(self.path), name),
                          os.path.join(self.path, "..", name)]
            for c in candidates:
                if os.path.exists(c):
                    with open(c, "rb") as f:
                        return f.read()
            raise SystemExit("Cannot find the licence next to the package: " + candidates[0])
        with open(os.path.join(self.path, name), "rb") as f:
            return f.read()

    def describe(self):
        if self.wheel is not None:
            with open(self.path, "rb") as f:
                digest = hashlib.sha256(f.read()).hexdigest()
            return os.path.basename(self.path), digest
        return os.path.basename(os.path.normpath(self.path)) + " (unpacked)", None


def download():
    target = tempfile.mkdtemp(prefix="vau-")
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                    "-d", target, PACKAGE + "==" + VERSION], check=True)
    wheels = [f for f in os.listdir(target) if f.endswith(".whl")]
    if len(wheels) != 1:
        raise SystemExit("Cannot find the downloaded wheel in " + target)
    return os.path.join(target, wheels[0])


def bounds(text):
    """'lat1,lon1 – lat2,lon2' as min_lat, min_lon, max_lat, max_lon."""
    if not text:
        return ["", "", "", ""]
    a, b = [p.strip() for p in text.replace("–", "|").split("|")]
    lat1, lon1 = [float(x) for x in a.split(",")]
    lat2, lon2 = [float(x) for x in b.split(",")]
    return [fmt(min(lat1, lat2)), fmt(min(lon1, lon2)), fmt(max(lat1, lat2)), fmt(max(lon1, lon2))]


def fmt(x):
    return "" if x is None else repr(float(x))


def write_csv(path, header, rows):
    for row in rows:
        for value in row:
            if any(c in str(value) for c in ',"\n\r'):
                raise SystemExit("Cannot write a value with a comma, quote or newline: " + str(value))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows([[unicodedata.normalize("NFC", str(v)) for v in row] for row in rows])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    return len(rows)


def extract(pkg, out, date):
    db_bytes = pkg.read("data/dataset.db")
    converter_bytes = pkg.read("data/converter_2025.json")
    license_text = pkg.read(LICENSE_IN_WHEEL).decode("utf-8")
    with tempfile.NamedTemporaryFile(suffix=".db", delete=False) as tmp:
        tmp.write(db_bytes)
        db_path = tmp.name
    try:
        db = sqlite3.connect(db_path)
        legacy = db.execute(
            "SELECT provinceCode, province, provinceLat, provinceLon, provinceBounds, districtCode, district,"
            " districtType, districtLat, districtLon, districtBounds, wardCode, ward, wardType, wardLat, wardLon,"
            " wardBounds, provinceKey || '_' || districtKey || '_' || wardKey"
            " FROM admin_units_legacy WHERE provinceCode IN (?, ?)"
            " ORDER BY provinceCode, districtCode, wardCode", OLD_PROVINCES).fetchall()
        new = db.execute(
            "SELECT provinceCode, province, provinceLat, provinceLon, wardCode, ward, wardType, wardAreaKm2, wardLat,"
            " wardLon, wardKey FROM admin_units WHERE provinceCode = ? ORDER BY wardCode", (NEW_PROVINCE,)).fetchall()
        db.close()
    finally:
        os.unlink(db_path)
    converter = json.loads(converter_bytes.decode("utf-8"))
    whole = converter["DICT_PROVINCE_WARD_NO_DIVIDED"][NEW_PROVINCE_KEY]
    divided = converter["DICT_PROVINCE_WARD_DIVIDED"].get(NEW_PROVINCE_KEY, {})
    old_provinces = converter["DICT_PROVINCE"][NEW_PROVINCE_KEY]

    os.makedirs(out, exist_ok=True)
    provinces, districts, communes, old_by_key = {}, {}, [], {}
    for r in legacy:
        (p_code, p_name, p_lat, p_lon, p_bounds, d_code, d_name, d_type, d_lat, d_lon, d_bounds,
         w_code, w_name, w_type, w_lat, w_lon, w_bounds, key) = r
        provinces.setdefault(p_code, ["LEGACY", p_code, p_name, fmt(p_lat), fmt(p_lon)] + bounds(p_bounds))
        districts.setdefault(d_code, [p_code, d_code, d_name, d_type, fmt(d_lat), fmt(d_lon)] + bounds(d_bounds))
        communes.append([p_code, d_code, w_code, w_name, w_type, fmt(w_lat), fmt(w_lon)] + bounds(w_bounds))
        if key in old_by_key:
            raise SystemExit("Cannot extract: two old communes with key " + key)
        old_by_key[key] = w_code
    new_by_key, new_rows = {}, []
    for r in new:
        p_code, p_name, p_lat, p_lon, w_code, w_name, w_type, area, w_lat, w_lon, key = r
        provinces.setdefault("NEW", ["2025", p_code, p_name, fmt(p_lat), fmt(p_lon), "", "", "", ""])
        new_by_key[key] = w_code
        new_rows.append([p_code, w_code, w_name, w_type, fmt(area), fmt(w_lat), fmt(w_lon)])

    transition = []
    for new_key in sorted(whole, key=lambda k: new_by_key[k]):
        for old_key in whole[new_key]:
            transition.append([old_by_key[old_key], new_by_key[new_key], "false", "", ""])
    for old_key in sorted(divided, key=lambda k: old_by_key[k]):
        for part in divided[old_key]:
            transition.append([old_by_key[old_key], new_by_key[part["newWardKey"]], "true",
                               "true" if part["isDefaultNewWard"] else "false", fmt(part["newWardAreaKm2"])])
    transition.sort(key=lambda t: (t[1], t[0]))

    old_codes = {c[2] for c in communes}
    mapped_old = {t[0] for t in transition}
    if mapped_old != old_codes:
        raise SystemExit("Cannot extract: old communes without a successor: " + str(sorted(old_codes - mapped_old)))
    if {t[1] for t in transition} != {n[1] for n in new_rows}:
        raise SystemExit("Cannot extract: new communes without a predecessor")

    counts = {
        "provinces.csv": write_csv(os.path.join(out, "provinces.csv"),
                                   ["period", "province_code", "name", "lat", "lon", "min_lat", "min_lon",
                                    "max_lat", "max_lon"],
                                   [provinces[k] for k in sorted(k for k in provinces if k != "NEW")]
                                   + [provinces["NEW"]]),
        "districts.csv": write_csv(os.path.join(out, "districts.csv"),
                                   ["province_code", "district_code", "name", "type", "lat", "lon", "min_lat",
                                    "min_lon", "max_lat", "max_lon"],
                                   [districts[k] for k in sorted(districts)]),
        "communes_legacy.csv": write_csv(os.path.join(out, "communes_legacy.csv"),
                                         ["province_code", "district_code", "ward_code", "name", "type", "lat", "lon",
                                          "min_lat", "min_lon", "max_lat", "max_lon"], communes),
        "communes_2025.csv": write_csv(os.path.join(out, "communes_2025.csv"),
                                       ["province_code", "ward_code", "name", "type", "area_km2", "lat", "lon"],
                                       new_rows),
        "transition_2025.csv": write_csv(os.path.join(out, "transition_2025.csv"),
                                         ["old_ward_code", "new_ward_code", "divided", "default_new_ward",
                                          "new_area_km2"], transition),
    }
    whole_count = sum(len(v) for v in whole.values())
    source, wheel_sha = pkg.describe()
    with open(os.path.join(out, "LICENSE-vietnamadminunits.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(license_text)
    lines = [
        "# Real registry extract: provenance and licence",
        "",
        "The CSV files in this folder are a small extract of the PyPI package `%s` %s (MIT licence, "
        "https://github.com/tranngocminhhieu/vietnamadminunits), written by "
        "`sample-data/scripts/extract_registry.py`." % (PACKAGE, VERSION),
        "",
        "- source: `%s`%s" % (source, "" if wheel_sha is None else ", SHA-256 `%s`" % wheel_sha),
        "- files read: `%s` (SHA-256 `%s`), tables `admin_units_legacy` (before 1 July 2025) and `admin_units`"
        " (from 1 July 2025); `%s` (SHA-256 `%s`), `DICT_PROVINCE`, `DICT_PROVINCE_WARD_NO_DIVIDED` and"
        " `DICT_PROVINCE_WARD_DIVIDED` of `%s`" % (DATA_FILES[0], hashlib.sha256(db_bytes).hexdigest(),
                                                   DATA_FILES[1], hashlib.sha256(converter_bytes).hexdigest(),
                                                   NEW_PROVINCE_KEY),
        "- extracted: %s" % date,
        "- scope: old provinces %s (the package's `DICT_PROVINCE` lists `%s` for the new `%s`) and the new"
        " province %s" % (" and ".join(OLD_PROVINCES), "`, `".join(old_provinces), NEW_PROVINCE_KEY, NEW_PROVINCE),
        "",
        "| file | rows | what |",
        "|---|---|---|",
        "| `provinces.csv` | %d | the two old provinces (`LEGACY`) and the new one (`2025`), centre and bounds |"
        % counts["provinces.csv"],
        "| `districts.csv` | %d | district-level units of the old provinces: code, name, type, centre, bounds |"
        % counts["districts.csv"],
        "| `communes_legacy.csv` | %d | commune-level units before 1 July 2025: code, name, type, district, centre,"
        " bounds |" % counts["communes_legacy.csv"],
        "| `communes_2025.csv` | %d | commune-level units of the new province: code, name, type, area (km²),"
        " centre |" % counts["communes_2025.csv"],
        "| `transition_2025.csv` | %d | old commune → new commune: %d whole (`divided=false`), %d links of %d"
        " divided old communes (`divided=true`, with the package's default new commune and the new commune's"
        " area) |" % (counts["transition_2025.csv"], whole_count, sum(len(v) for v in divided.values()),
                      len(divided)),
        "",
        "Bounds are the package's `…Bounds` (`lat,lon – lat,lon`) as min/max latitude and longitude.",
        "",
        "## Licence of the source data",
        "",
        "The extract is a portion of the package and carries its licence, reproduced in full in",
        "`LICENSE-vietnamadminunits.txt`:",
        "",
    ]
    lines += ["    " + l if l else "" for l in license_text.rstrip("\n").split("\n")]
    with open(os.path.join(out, "NOTICE.md"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    print("Wrote %s: %s; %d old communes merge whole, %d are divided" % (
        os.path.normpath(out), ", ".join("%s %d" % kv for kv in counts.items()), whole_count, len(divided)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--package", help="unpacked package directory (…/vietnamadminunits) or a .whl;"
                                          " default: pip download %s==%s" % (PACKAGE, VERSION))
    parser.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: the module's resources)")
    parser.add_argument("--date", default=datetime.date.today().isoformat(), help="extraction date for NOTICE.md")
    args = parser.parse_args()
    extract(Package(args.package or download()), args.out, args.date)


if __name__ == "__main__":
    main()
