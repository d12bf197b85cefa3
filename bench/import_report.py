"""Puts bench/import.sh's measurements side by side as a Markdown table with the ratios to DuckDB and pandas.
Usage: import_report.py RESULTS.jsonl"""
import json, sys

lines = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
# Orientir's rate is its store (parse, check, COPY/INSERT, commit); the recomputation of the indicators that the
# import call runs after the commit is shown apart.
seconds = lambda r: r.get("store_seconds") or r["seconds"]
rate = lambda r: r["works"] / seconds(r)
duck = next((r for r in lines if r["provider"] == "DuckDB"), None)
pandas = next((r for r in lines if r["provider"] == "pandas"), None)
pandas_pg = next((r for r in lines if r["provider"] == "pandas-postgres"), None)
ratio = lambda r, peer: f"{rate(r) / rate(peer):.2f}" if peer else "—"
names = {"Sqlite": "Orientir → SQLite", "Postgres": "Orientir → PostgreSQL", "DuckDB": "DuckDB read_csv → table",
         "pandas": "pandas read_csv + to_sql (SQLite)", "pandas-postgres": "pandas read_csv + to_sql (PostgreSQL)"}
print("| loader | works | seconds | works/s | × DuckDB | × pandas → SQLite | × pandas → PostgreSQL | peak MB | whole call: s, peak MB |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
for r in lines:
    store_peak = r.get("store_peak_kb") or r.get("peak_kb")
    peak = f"{store_peak / 1024:.0f}" if store_peak else "—"
    whole = f"{r['seconds']:.1f} s, {r['peak_kb'] / 1024:.0f} MB" if "store_seconds" in r else "—"
    print(f"| {names.get(r['provider'], r['provider'])} | {r['works']:,} | {seconds(r):.1f} | {rate(r):,.0f} | "
          f"{ratio(r, duck)} | {ratio(r, pandas)} | {ratio(r, pandas_pg)} | {peak} | {whole} |")
