#!/usr/bin/env python3
"""Extracts the real registry of the sample province, or of the whole country, from the PyPI package
vietnamadminunits (MIT).

--scope sample (the default) writes a small, checked-in extract for old An Giang (89), old Kien Giang (91)
and the new An Giang (91, from 1 July 2025) under sample-data/src/main/resources/vn/cchc/sample/registry/;
--scope national writes the same files for the whole country (the 63 old provinces with their districts and
10,040 communes, the 34 new provinces with their 3,321 communes) under .../registry/national/. Both are
checked in, so the build needs no network. Python 3 standard library only.

    python3 sample-data/scripts/extract_registry.py                    # pip download the pinned wheel
    python3 sample-data/scripts/extract_registry.py --scope national   # the whole country
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
SAMPLE_PROVINCE_KEY = "tinhangiang"  # the new An Giang (91): old An Giang (89) and old Kien Giang (91)
DATA_FILES = ("data/dataset.db", "data/converter_2025.json")
LICENSE_IN_WHEEL = PACKAGE + "-" + VERSION + ".dist-info/licenses/LICENSE"
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "src", "main", "resources", "vn", "cchc", "sample", "registry")
OUT_BY_SCOPE = {"sample": DEFAULT_OUT, "national": os.path.join(DEFAULT_OUT, "national")}


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


def extract(pkg, out, date, scope):
    db_bytes = pkg.read("data/dataset.db")
    converter_bytes = pkg.read("data/converter_2025.json")
    license_text = pkg.read(LICENSE_IN_WHEEL).decode("utf-8")
    converter = json.loads(converter_bytes.decode("utf-8"))
    new_keys = sorted(converter["DICT_PROVINCE"]) if scope == "national" else [SAMPLE_PROVINCE_KEY]
    old_keys = {old: new for new in new_keys for old in converter["DICT_PROVINCE"][new]}
    with tempfile.NamedTemporaryFile(suffix=".db", delete=False) as tmp:
        tmp.write(db_bytes)
        db_path = tmp.name
    try:
        db = sqlite3.connect(db_path)
        legacy = [r[:-1] for r in db.execute(
            "SELECT provinceCode, province, provinceLat, provinceLon, provinceBounds, districtCode, district,"
            " districtType, districtLat, districtLon, districtBounds, wardCode, ward, wardType, wardLat, wardLon,"
            " wardBounds, provinceKey || '_' || districtKey || '_' || coalesce(wardKey, ''), provinceKey"
            " FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode").fetchall()
            if r[-1] in old_keys]
        new = [r for r in db.execute(
            "SELECT provinceCode, province, provinceLat, provinceLon, wardCode, ward, wardType, wardAreaKm2, wardLat,"
            " wardLon, wardKey, provinceKey FROM admin_units ORDER BY provinceCode, wardCode").fetchall()
            if r[-1] in new_keys]
        old_code_of_key = dict(db.execute(
            "SELECT DISTINCT provinceKey, provinceCode FROM admin_units_legacy").fetchall())
        new_code_of_key = dict(db.execute("SELECT DISTINCT provinceKey, provinceCode FROM admin_units").fetchall())
        db.close()
    finally:
        os.unlink(db_path)
    missing = sorted(set(old_keys) - set(old_code_of_key)) + sorted(set(new_keys) - set(new_code_of_key))
    if missing:
        raise SystemExit("Cannot extract: provinces of the converter missing from the dataset: " + str(missing))

    os.makedirs(out, exist_ok=True)
    provinces, new_provinces, districts, communes, old_by_key = {}, {}, {}, [], {}
    district_only = {}  # island districts without communes: the district itself went to a special zone
    for r in legacy:
        (p_code, p_name, p_lat, p_lon, p_bounds, d_code, d_name, d_type, d_lat, d_lon, d_bounds,
         w_code, w_name, w_type, w_lat, w_lon, w_bounds, key) = r
        provinces.setdefault(p_code, ["LEGACY", p_code, p_name, fmt(p_lat), fmt(p_lon)] + bounds(p_bounds))
        districts.setdefault(d_code, [p_code, d_code, d_name, d_type, fmt(d_lat), fmt(d_lon)] + bounds(d_bounds))
        if w_code is None:
            district_only[key] = d_code
            continue
        communes.append([p_code, d_code, w_code, w_name, w_type, fmt(w_lat), fmt(w_lon)] + bounds(w_bounds))
        if key in old_by_key:
            raise SystemExit("Cannot extract: two old communes with key " + key)
        old_by_key[key] = w_code
    new_by_key, new_rows = {}, []
    for r in new:
        p_code, p_name, p_lat, p_lon, w_code, w_name, w_type, area, w_lat, w_lon, key, p_key = r
        new_provinces.setdefault(p_code, ["2025", p_code, p_name, fmt(p_lat), fmt(p_lon), "", "", "", ""])
        if (p_key, key) in new_by_key:
            raise SystemExit("Cannot extract: two new communes with key " + p_key + "_" + key)
        new_by_key[(p_key, key)] = w_code
        new_rows.append([p_code, w_code, w_name, w_type, fmt(area), fmt(w_lat), fmt(w_lon)])

    transition, whole_count, divided_links, divided_count = [], 0, 0, 0
    for p_key in new_keys:
        whole = converter["DICT_PROVINCE_WARD_NO_DIVIDED"][p_key]
        divided = converter["DICT_PROVINCE_WARD_DIVIDED"].get(p_key, {})
        whole_count += sum(len(v) for v in whole.values())
        divided_links += sum(len(v) for v in divided.values())
        divided_count += len(divided)
        for new_key in whole:
            for old_key in whole[new_key]:
                if old_key in district_only:
                    transition.append([district_only[old_key], new_by_key[(p_key, new_key)], "false", "", "",
                                       "district"])
                    continue
                transition.append([old_by_key[old_key], new_by_key[(p_key, new_key)], "false", "", "",
                                   "commune"])
        for old_key in divided:
            for part in divided[old_key]:
                transition.append([old_by_key[old_key], new_by_key[(p_key, part["newWardKey"])], "true",
                                   "true" if part["isDefaultNewWard"] else "false", fmt(part["newWardAreaKm2"]),
                                   "commune"])
    transition.sort(key=lambda t: (t[1], t[0]))

    old_codes = {c[2] for c in communes} | set(district_only.values())
    mapped_old = {t[0] for t in transition}
    if mapped_old != old_codes:
        raise SystemExit("Cannot extract: old communes without a successor: " + str(sorted(old_codes - mapped_old)))
    if {t[1] for t in transition} != {n[1] for n in new_rows}:
        raise SystemExit("Cannot extract: new communes without a predecessor")
    province_transition = sorted([old_code_of_key[o], new_code_of_key[n]] for o, n in old_keys.items())

    counts = {
        "provinces.csv": write_csv(os.path.join(out, "provinces.csv"),
                                   ["period", "province_code", "name", "lat", "lon", "min_lat", "min_lon",
                                    "max_lat", "max_lon"],
                                   [provinces[k] for k in sorted(provinces)]
                                   + [new_provinces[k] for k in sorted(new_provinces)]),
        "province_transition_2025.csv": write_csv(os.path.join(out, "province_transition_2025.csv"),
                                                  ["old_province_code", "new_province_code"],
                                                  province_transition),
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
                                          "new_area_km2", "old_level"], transition),
    }
    source, wheel_sha = pkg.describe()
    with open(os.path.join(out, "LICENSE-vietnamadminunits.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(license_text)
    if scope == "national":
        scope_line = ("- scope: the whole country, the %d old provinces (until 30 June 2025) and the %d new ones"
                      " (from 1 July 2025), every key of `DICT_PROVINCE`" % (len(provinces), len(new_provinces)))
    else:
        scope_line = ("- scope: old provinces %s (the package's `DICT_PROVINCE` lists `%s` for the new `%s`) and the"
                      " new province %s" % (" and ".join(sorted(provinces)),
                                            "`, `".join(converter["DICT_PROVINCE"][SAMPLE_PROVINCE_KEY]),
                                            SAMPLE_PROVINCE_KEY, " and ".join(sorted(new_provinces))))
    lines = [
        "# Real registry extract: provenance and licence",
        "",
        "The CSV files in this folder are %s extract of the PyPI package `%s` %s (MIT licence, "
        "https://github.com/tranngocminhhieu/vietnamadminunits), written by "
        "`sample-data/scripts/extract_registry.py%s`." % ("a national" if scope == "national" else "a small",
                                                          PACKAGE, VERSION,
                                                          " --scope national" if scope == "national" else ""),
        "",
        "- source: `%s`%s" % (source, "" if wheel_sha is None else ", SHA-256 `%s`" % wheel_sha),
        "- files read: `%s` (SHA-256 `%s`), tables `admin_units_legacy` (before 1 July 2025) and `admin_units`"
        " (from 1 July 2025); `%s` (SHA-256 `%s`), `DICT_PROVINCE`, `DICT_PROVINCE_WARD_NO_DIVIDED` and"
        " `DICT_PROVINCE_WARD_DIVIDED` of %s" % (DATA_FILES[0], hashlib.sha256(db_bytes).hexdigest(),
                                                DATA_FILES[1], hashlib.sha256(converter_bytes).hexdigest(),
                                                "every new province" if scope == "national"
                                                else "`%s`" % SAMPLE_PROVINCE_KEY),
        "- extracted: %s" % date,
        scope_line,
        "",
        "| file | rows | what |",
        "|---|---|---|",
        "| `provinces.csv` | %d | the old provinces (`LEGACY`) and the new ones (`2025`), centre and bounds |"
        % counts["provinces.csv"],
        "| `province_transition_2025.csv` | %d | old province → the new province it became part of on 1 July 2025"
        " (`DICT_PROVINCE`) |" % counts["province_transition_2025.csv"],
        "| `districts.csv` | %d | district-level units of the old provinces: code, name, type, centre, bounds |"
        % counts["districts.csv"],
        "| `communes_legacy.csv` | %d | commune-level units before 1 July 2025: code, name, type, district, centre,"
        " bounds |" % counts["communes_legacy.csv"],
        "| `communes_2025.csv` | %d | commune-level units of the new provinces: code, name, type, area (km²),"
        " centre |" % counts["communes_2025.csv"],
        "| `transition_2025.csv` | %d | old commune → new commune: %d whole (`divided=false`), %d links of %d"
        " divided old communes (`divided=true`, with the package's default new commune and the new commune's"
        " area); `old_level` is `district` for %d island districts without communes that became special zones |"
        % (counts["transition_2025.csv"], whole_count, divided_links, divided_count, len(district_only)),
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
        os.path.normpath(out), ", ".join("%s %d" % kv for kv in counts.items()), whole_count, divided_count))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--package", help="unpacked package directory (…/vietnamadminunits) or a .whl;"
                                          " default: pip download %s==%s" % (PACKAGE, VERSION))
    parser.add_argument("--scope", choices=sorted(OUT_BY_SCOPE), default="sample",
                        help="sample: the sample province (default); national: the whole country")
    parser.add_argument("--out", help="output folder (default: the module's resources, national/ for --scope"
                                      " national)")
    parser.add_argument("--date", default=datetime.date.today().isoformat(), help="extraction date for NOTICE.md")
    args = parser.parse_args()
    extract(Package(args.package or download()), args.out or OUT_BY_SCOPE[args.scope], args.date, args.scope)


if __name__ == "__main__":
    main()
