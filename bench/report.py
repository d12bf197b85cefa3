"""Puts bench/run's measurements (one JSON line each) side by side as Markdown tables, with the ratios and the
check that Orientir, DuckDB and pandas give the same region-level numbers. Usage: report.py RESULTS.jsonl SCHOOLS"""
import json, sys

lines = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
schools = sys.argv[2]

# 1. Import.
by = {r["provider"]: r for r in lines if r["measure"] == "import"}
rate = lambda r: r["works"] / r["seconds"]
print(f"Import of a generated 3-year package, {schools} schools, {by['Sqlite']['works']:,} works (one run, 2 cores):\n")
print("| loader | seconds | works/s | × DuckDB | × pandas | MB per million works |")
print("|---|---:|---:|---:|---:|---:|")
for name in ["Sqlite", "Postgres", "DuckDB", "pandas"]:
    r = by.get(name)
    if not r:
        continue
    size = f"{r['bytes'] / r['works']:.0f}" if r["bytes"] else "—"
    print(f"| {name} | {r['seconds']:.2f} | {rate(r):,.0f} | {rate(r) / rate(by['DuckDB']):.2f} | {rate(r) / rate(by['pandas']):.2f} | {size} |")

# 2. Indicators of a region-year.
ind = {r["provider"]: r for r in lines if r["measure"] == "indicators"}
o, d, p = ind["Orientir"], ind["DuckDB"], ind["pandas"]
print(f"\nIndicators of the latest year's {o['procedures']} procedures for the region, every municipality and every school "
      f"({o['groups']:,} groups, {o['works']:,} works; the best of repeated runs after warm-up: 15 for computing, 3 for reading):\n")
print("| contender | what is timed | seconds | works/s | × Orientir compute |")
print("|---|---|---:|---:|---:|")


def row(name, what, seconds):
    if seconds is None:
        print(f"| {name} | {what} | — | — | — |")
    else:
        print(f"| {name} | {what} | {seconds:.3f} | {o['works'] / seconds:,.0f} | {seconds / o['computeSeconds']:.1f} |")


row("Orientir", "IndicatorCalculator over the works in memory", o["computeSeconds"])
row("Orientir", "… of which the one pass to school statistics (BySchool)", o["statisticsSeconds"])
row("Orientir", "… its first run, with the JIT compiling it", o["firstComputeSeconds"])
row("Orientir", "load from SQLite (one query per procedure) + compute", o["loadComputeSeconds"])
row("Orientir", "IndicatorQueries.YearAsync on SQLite, region scope, cold (reads and counts the works)", o["queriesColdSeconds"])
row("Orientir", "IndicatorQueries.YearAsync, per-school statistics cached (as pages find them)", o["queriesWarmSeconds"])
row("DuckDB", "aggregate queries on the loaded tables", d["aggregateSeconds"])
row("DuckDB", "read_csv into tables", d["loadSeconds"])
row("DuckDB", "read_csv + aggregate, from the files", d["readAggregateSeconds"])
row("pandas", "compute on the data frames", p["computeSeconds"])
row("pandas", "read_csv", p["readSeconds"])
row("pandas", "read_csv + compute", p["readSeconds"] + p["computeSeconds"])
print(f"\nratios (the peer's time / Orientir's compute): DuckDB aggregates {d['aggregateSeconds'] / o['computeSeconds']:.1f}×, "
      f"pandas compute {p['computeSeconds'] / o['computeSeconds']:.1f}×")

# The region-level numbers of one procedure must be the same from all three.
differences = []
for name, other in (("DuckDB", d), ("pandas", p)):
    a, b = o["region"], other["region"]
    pairs = [("participants", a["participants"], b["participants"]), ("meanPercent", a["meanPercent"], b["meanPercent"]),
             ("successRate", a["successRate"], b["successRate"])]
    pairs += [(f"marks[{m}]", x, y) for m, x, y in zip((2, 3, 4, 5), a["marks"] or [None] * 4, b["marks"] or [None] * 4)]
    for field, x, y in pairs:
        if (x is None) != (y is None) or (x is not None and abs(x - y) > 1e-9):
            differences.append(f"{name} {field}: Orientir {x}, {name} {y}")
print(f"agreement ({o['region']['procedure']}, region: participants, meanPercent, marks, successRate; to 1e-9): "
      + ("ok" if not differences else "; ".join(differences)))

# 3. A school dashboard's load time.
page = next((r for r in lines if r["measure"] == "pageload"), None)
if page:
    print(f"\nSchool dashboard, Release web app on the demo region's SQLite ({page['schools']} schools), bearer token, "
          f"GET {page['target']} × {page['requests']} across schools and the latest year's procedures, one at a time: "
          f"p50 {page['p50']:.1f} ms, p95 {page['p95']:.1f} ms, max {page['max']:.1f} ms")
