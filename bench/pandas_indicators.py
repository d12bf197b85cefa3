"""The pandas peer of the indicator benchmark: the same aggregates as the DuckDB peer (participants, mean %,
marks shares, успеваемость, качество, below the minimum, per-task success, journal lower/same/higher) for every
school, municipality and the region, per procedure of the year, from the package's CSV files. Reading and computing
are timed apart, each the best of several runs (the machine is shared), the compute after a first run. Usage: pandas_indicators.py PACKAGE YEAR PROCEDURE"""
import json, os, sys, time
import numpy as np
import pandas as pd

COMPUTE_RUNS = 15
READ_RUNS = 3
NOT_DONE = ["", "X", "Х", "-"]


def read(package, year):
    procedures = pd.read_csv(os.path.join(package, "procedures.csv"), sep=";", dtype=str, keep_default_na=False)
    tasks = pd.read_csv(os.path.join(package, "tasks.csv"), sep=";", dtype=str, keep_default_na=False)
    schools = pd.read_csv(os.path.join(package, "schools.csv"), sep=";", dtype=str, keep_default_na=False,
                          usecols=["code", "municipality_code"])
    municipality_of = schools.set_index("code")["municipality_code"]
    designs, frames = [], {}
    for row in procedures[procedures["year"].astype(int) == year].sort_values("code").itertuples():
        path = os.path.join(package, "results", row.code + ".csv")
        if not os.path.exists(path):
            continue
        own = tasks[tasks["procedure_code"] == row.code]
        scale = None
        if row.mark_thresholds:
            scale = {int(k): int(v) for k, v in (part.split(":") for part in row.mark_thresholds.split(";") if part)}
        designs.append({"code": row.code, "max": int(row.max_score), "scale": scale,
                        "min": int(row.min_score) if row.min_score else None,
                        "labels": list(own["task"]), "maxima": own["max_score"].astype(int).to_numpy()})
        frames[row.code] = pd.read_csv(path, sep=";", keep_default_na=False, na_values=NOT_DONE,
                                       dtype={"school_code": str, "participant": str, "student": str, "class": str, "variant": str})
    return designs, frames, municipality_of


def compute(design, frame, municipality_of):
    scores = frame[design["labels"]].fillna(0).to_numpy(dtype=np.int64)
    primary = pd.Series(scores.sum(axis=1), index=frame.index)
    if "primary_score" in frame:
        primary = frame["primary_score"].fillna(primary)
    mark = pd.Series(np.nan, index=frame.index)
    if design["scale"]:
        s = design["scale"]
        mark = pd.Series(np.select([primary >= s[5], primary >= s[4], primary >= s[3]], [5, 4, 3], 2), index=frame.index, dtype=float)
    if "mark" in frame:
        mark = frame["mark"].fillna(mark)
    journal = frame["journal_mark"] if "journal_mark" in frame else pd.Series(np.nan, index=frame.index)
    sums = pd.DataFrame(scores, columns=[f"t{i}" for i in range(scores.shape[1])], index=frame.index)
    sums["n"] = 1
    sums["p"] = primary
    sums["marked"] = mark.notna()
    for m in (2, 3, 4, 5):
        sums[f"m{m}"] = mark == m
    sums["below"] = primary < design["min"] if design["min"] is not None else False
    sums["compared"] = mark.notna() & journal.notna()
    sums["lower"], sums["same"], sums["higher"] = mark < journal, mark == journal, mark > journal
    sums["school"] = frame["school_code"]

    # Additive sums per school, summed again per municipality and for the region, then the shares of each level.
    school = sums.groupby("school").sum()
    municipality = school.groupby(municipality_of.reindex(school.index).to_numpy()).sum()
    region = municipality.sum().to_frame().T
    region.index = ["region"]
    return {level: indicators(design, table) for level, table in
            (("school", school), ("municipality", municipality), ("region", region))}


def indicators(design, t):
    n, marked, compared = t["n"], t["marked"].replace(0, np.nan), t["compared"].replace(0, np.nan)
    out = pd.DataFrame({"participants": n, "meanPercent": 100.0 * t["p"] / n / design["max"]}, index=t.index)
    for m in (2, 3, 4, 5):
        out[f"mark{m}"] = 100.0 * t[f"m{m}"] / marked
    out["successRate"] = 100.0 * (t["m3"] + t["m4"] + t["m5"]) / marked
    out["qualityRate"] = 100.0 * (t["m4"] + t["m5"]) / marked
    out["belowMinimum"] = 100.0 * t["below"] / n if design["min"] is not None else np.nan
    for name in ("lower", "same", "higher"):
        out[name] = 100.0 * t[name] / compared
    tasks = 100.0 * t[[f"t{i}" for i in range(len(design["labels"]))]].to_numpy() / (n.to_numpy()[:, None] * design["maxima"])
    return out.join(pd.DataFrame(tasks, index=t.index, columns=[f"task{i}" for i in range(tasks.shape[1])]))


def main():
    package, year, agreement = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    reads = []
    for _ in range(READ_RUNS):
        start = time.perf_counter()
        designs, frames, municipality_of = read(package, year)
        reads.append(time.perf_counter() - start)
    read_seconds = min(reads)

    runs = []
    for _ in range(COMPUTE_RUNS + 1):
        start = time.perf_counter()
        result = {d["code"]: compute(d, frames[d["code"]], municipality_of) for d in designs}
        runs.append(time.perf_counter() - start)
    compute_seconds = min(runs[1:])  # the first run warms up, as the others' do

    region = result[agreement]["region"].iloc[0]
    print(json.dumps({
        "measure": "indicators", "provider": "pandas", "procedures": len(designs),
        "works": int(sum(len(f) for f in frames.values())),
        "groups": int(sum(len(level) for r in result.values() for level in r.values())),
        "readSeconds": read_seconds, "computeSeconds": compute_seconds,
        "region": {"procedure": agreement, "participants": int(region["participants"]),
                   "meanPercent": float(region["meanPercent"]),
                   "marks": [float(region[f"mark{m}"]) for m in (2, 3, 4, 5)],
                   "successRate": float(region["successRate"])},
    }))


main()
