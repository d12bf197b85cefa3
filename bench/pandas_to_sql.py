"""The pandas peer of bench/import.sh: every results file of a package read with read_csv and stored with to_sql
into an SQLite file through the standard library's sqlite3 (one table per file, as DuckDB's). Prints one JSON line.
Usage: pandas_to_sql.py PACKAGE DATABASE.sqlite"""
import glob, json, os, sqlite3, sys, time
import pandas as pd

package, database = sys.argv[1], sys.argv[2]
start = time.perf_counter()
works = 0
connection = sqlite3.connect(database)
for number, path in enumerate(sorted(glob.glob(os.path.join(package, "results", "*.csv")))):
    frame = pd.read_csv(path, sep=";")
    frame.to_sql(f"works_{number}", connection, index=False)
    works += len(frame)
connection.commit()
connection.close()
elapsed = time.perf_counter() - start
print(json.dumps({"measure": "bulk", "provider": "pandas", "works": works, "seconds": elapsed}))
