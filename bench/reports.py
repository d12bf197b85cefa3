"""Puts bench/reports.sh's measurements (one JSON line each) into Markdown tables: the CLI runs, the region report's
data stage against DuckDB (the ratio) and the agreement of the two on the main table. Usage: reports.py RESULTS SCHOOLS YEAR"""
import json, sys

lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
schools, year = sys.argv[2], sys.argv[3]


def size(b):
    if b is None:
        return "—"
    return f"{b / 1024 / 1024:.1f} MB" if b >= 1024 * 1024 else f"{b / 1024:.0f} KB"


print(f"`orientir report` on a generated region of {schools} schools (3 years; reports of {year}), one process per run, "
      "wall-clock seconds including the process start (2 cores shared):\n")
print("| database | run | seconds | file | pages | stages (the CLI's «Этапы») |")
print("|---|---|---:|---:|---:|---|")
for r in (l for l in lines if l["measure"] == "cli"):
    stages = r["stages"] or (f"failed ({r['exit']}): {r['problem']}" if r["exit"] else "")
    print(f"| {r['provider']} | {r['what']} | {r['seconds']:.1f} | {size(r['bytes'])} | {r['pages'] or '—'} | {stages} |")

data = {r["provider"]: r for r in lines if r["measure"] == "report-data"}
duck = data.get("DuckDB")
print(f"\nThe region report's data stage in process (ReportBuilder, region scope, cold cache; the best of 3 runs after a first one) "
      f"against DuckDB computing its main table from the package's files (the best of 3 after a first one):\n")
print("| contender | first run, s | best, s | × DuckDB | tables | rows | render XLSX, s | render HTML, s | stages of the best run |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
for name, r in data.items():
    ratio = f"{r['buildSeconds'] / duck['buildSeconds']:.1f}" if duck else "—"
    stages = "; ".join(f"{k} {v:.2f} s" for k, v in (r.get("stages") or {}).items())
    tables = r.get("tables", "—")
    rows = r.get("rows", "—")
    xlsx = f"{r['xlsxSeconds']:.2f}" if "xlsxSeconds" in r else "—"
    html = f"{r['htmlSeconds']:.2f}" if "htmlSeconds" in r else "—"
    print(f"| {name} | {r['firstBuildSeconds']:.2f} | {r['buildSeconds']:.2f} | {ratio} | {tables} | {rows} | {xlsx} | {html} | {stages} |")

# The main table must be the same from both: every procedure × municipality the two share.
if duck:
    peer = {(c["procedure"], c["municipality"]): c for c in duck["cells"]}
    for name, r in data.items():
        if name == "DuckDB":
            continue
        problems, compared = [], 0
        for c in r["cells"]:
            d = peer.get((c["procedure"], c["municipality"]))
            if d is None:
                problems.append(f"{c['procedure']}/{c['municipality']} missing in DuckDB")
                continue
            compared += 1
            if c["participants"] != d["participants"]:
                problems.append(f"{c['procedure']}/{c['municipality']} participants {c['participants']} vs {d['participants']}")
            for field in ("meanScore", "shareOfTwo"):
                x, y = c[field], d[field]
                if x is not None and y is not None and abs(x - y) > 1e-9:
                    problems.append(f"{c['procedure']}/{c['municipality']} {field} {x} vs {y}")
        verdict = "ok" if not problems else f"{len(problems)} differences: " + "; ".join(problems[:5])
        print(f"\nagreement of {name} with DuckDB on {compared} procedure × municipality cells "
              f"(participants exactly, mean primary score and share of «2» to 1e-9): {verdict}")
