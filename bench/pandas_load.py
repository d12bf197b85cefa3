"""The pandas peer of the import benchmark: read every results file of a package into data frames,
with the task scores parsed as numbers and the primary score recomputed (the least an importer does)."""
import glob, json, os, sys, time
import pandas as pd

package = sys.argv[1]
start = time.perf_counter()
works = 0
for path in sorted(glob.glob(os.path.join(package, "results", "*.csv"))):
    frame = pd.read_csv(path, sep=";", dtype=str, keep_default_na=False)
    fixed = {"school_code", "participant", "student", "class", "variant", "journal_mark", "primary_score", "mark"}
    tasks = [c for c in frame.columns if c not in fixed]
    scores = frame[tasks].apply(pd.to_numeric, errors="coerce").fillna(0)
    frame["sum"] = scores.sum(axis=1)
    works += len(frame)
elapsed = time.perf_counter() - start
print(json.dumps({"measure": "import", "provider": "pandas", "works": works, "seconds": elapsed, "bytes": 0}))
