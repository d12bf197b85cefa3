"""The pandas peer of bench/import.sh: every results file of a package read with read_csv and stored with to_sql (one
table per file, as DuckDB's), into an SQLite file through the standard library's sqlite3, or — given a
postgresql:// URL — into the same PostgreSQL as Orientir through SQLAlchemy and psycopg2 (pandas' documented path to a
server database, with its default insert method). Prints one JSON line.
Usage: pandas_to_sql.py PACKAGE DATABASE.sqlite|postgresql://…"""
import glob, json, os, sqlite3, sys, time
import pandas as pd

package, database = sys.argv[1], sys.argv[2]
postgres = database.startswith("postgresql")
start = time.perf_counter()
works = 0
if postgres:
    import sqlalchemy
    connection = sqlalchemy.create_engine(database)
else:
    connection = sqlite3.connect(database)
for number, path in enumerate(sorted(glob.glob(os.path.join(package, "results", "*.csv")))):
    frame = pd.read_csv(path, sep=";")
    frame.to_sql(f"works_{number}", connection, index=False, chunksize=10_000 if postgres else None)
    works += len(frame)
if not postgres:
    connection.commit()
    connection.close()
elapsed = time.perf_counter() - start
provider = "pandas-postgres" if postgres else "pandas"
print(json.dumps({"measure": "bulk", "provider": provider, "works": works, "seconds": elapsed}))
