"""Puts bench/import.sh's measurements side by side as a Markdown table with the ratios to DuckDB and pandas.
Usage: import_report.py RESULTS.jsonl"""
import json, sys

lines = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
rate = lambda r: r["works"] / r["seconds"]
duck = next((r for r in lines if r["provider"] == "DuckDB"), None)
pandas = next((r for r in lines if r["provider"] == "pandas"), None)
ratio = lambda r, peer: f"{rate(r) / rate(peer):.2f}" if peer else "—"
names = {"Sqlite": "Orientir → SQLite", "Postgres": "Orientir → PostgreSQL", "DuckDB": "DuckDB read_csv → table",
         "pandas": "pandas read_csv + to_sql (SQLite)"}
print("| loader | works | seconds | works/s | × DuckDB | × pandas | peak MB |")
print("|---|---:|---:|---:|---:|---:|---:|")
for r in lines:
    peak = f"{r['peak_kb'] / 1024:.0f}" if r.get("peak_kb") else "—"
    print(f"| {names.get(r['provider'], r['provider'])} | {r['works']:,} | {r['seconds']:.1f} | {rate(r):,.0f} | "
          f"{ratio(r, duck)} | {ratio(r, pandas)} | {peak} |")
