"""The pandas peer of the ШНОР composite's first stage (docs/methodology.md §4.1, LowResults/KeyResults.cs), the same
computation as the DuckDB peer: for each key procedure of the year, per school with at least the minimum of works,
the share of fails (a primary score below the "3" threshold; ЕГЭ: below the minimum score), the mean primary score in
percent of the maximum, the fail share's empirical logit ln((f + 0.5) / (n − f + 0.5)), and the z of both over the
schools. Reading and computing are timed apart, each the best of several runs, the compute after a first run.
Usage: pandas_schools.py PACKAGE YEAR KEY_PROCEDURE"""
import json, os, sys, time
import numpy as np
import pandas as pd

COMPUTE_RUNS = 15
READ_RUNS = 3
NOT_DONE = ["", "X", "Х", "-"]
# The defaults of LowResultsSettings: the key procedures (kind, subject, grade), the minimum of works, the logit.
KEY_PROCEDURES = {("VPR", "RU", 4), ("VPR", "MA", 4), ("VPR", "RU", 5), ("VPR", "MA", 5),
                  ("OGE", "RU", 9), ("OGE", "MA", 9), ("EGE", "RU", 11), ("EGE", "MA", 11)}
MINIMUM_PARTICIPANTS = 10
FAIL_SHARE_LOGIT = True


def read(package, year):
    procedures = pd.read_csv(os.path.join(package, "procedures.csv"), sep=";", dtype=str, keep_default_na=False)
    tasks = pd.read_csv(os.path.join(package, "tasks.csv"), sep=";", dtype=str, keep_default_na=False)
    schools = pd.read_csv(os.path.join(package, "schools.csv"), sep=";", dtype=str, keep_default_na=False, usecols=["code"])
    designs, frames = [], {}
    for row in procedures[procedures["year"].astype(int) == year].sort_values("code").itertuples():
        path = os.path.join(package, "results", row.code + ".csv")
        if (row.kind.upper(), row.subject.upper(), int(row.grade)) not in KEY_PROCEDURES or not os.path.exists(path):
            continue
        scale = {int(k): int(v) for k, v in (part.split(":") for part in row.mark_thresholds.split(";") if part)} if row.mark_thresholds else {}
        minimum = int(row.min_score) if row.min_score else None
        fail_below = (minimum if minimum is not None else scale.get(3)) if row.kind.upper() == "EGE" else scale.get(3)
        labels = list(tasks.loc[tasks["procedure_code"] == row.code, "task"])
        designs.append({"code": row.code, "max": int(row.max_score), "failBelow": fail_below, "labels": labels})
        header = pd.read_csv(path, sep=";", nrows=0).columns
        columns = ["school_code"] + labels + [c for c in ("primary_score", "mark") if c in header]
        frames[row.code] = pd.read_csv(path, sep=";", keep_default_na=False, na_values=NOT_DONE, usecols=columns,
                                       dtype={"school_code": str})
    return designs, frames, pd.Index(schools["code"])


def compute(design, frame, registry):
    frame = frame[frame["school_code"].isin(registry)]
    primary = frame[design["labels"]].fillna(0).sum(axis=1)
    if "primary_score" in frame:
        primary = frame["primary_score"].fillna(primary)
    works = pd.DataFrame({"school": frame["school_code"], "p": primary})
    if design["failBelow"] is not None:
        works["marked"] = True
        works["fail"] = primary < design["failBelow"]
    else:
        mark = frame["mark"] if "mark" in frame else pd.Series(np.nan, index=frame.index)
        works["marked"] = mark.notna()
        works["fail"] = mark == 2
    g = works.groupby("school").agg(n=("p", "size"), total=("p", "sum"), marked=("marked", "sum"), fails=("fail", "sum"))
    enough = g["n"] >= MINIMUM_PARTICIPANTS
    judged = enough & (g["marked"] >= MINIMUM_PARTICIPANTS)
    out = pd.DataFrame({"n": g["n"]}, index=g.index)
    out["failShare"] = (g["fails"] / g["marked"]).where(judged)
    out["meanPercent"] = (100.0 * g["total"] / g["n"] / design["max"]).where(enough & (design["max"] > 0))
    scale = np.log((g["fails"] + 0.5) / (g["marked"] - g["fails"] + 0.5)) if FAIL_SHARE_LOGIT else g["fails"] / g["marked"]
    scale = scale.where(judged)
    out["failZ"] = -(scale - scale.mean()) / scale.std(ddof=1)
    out["meanZ"] = (out["meanPercent"] - out["meanPercent"].mean()) / out["meanPercent"].std(ddof=1)
    return out


def main():
    package, year, agreement = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    reads = []
    for _ in range(READ_RUNS):
        start = time.perf_counter()
        designs, frames, registry = read(package, year)
        reads.append(time.perf_counter() - start)

    runs = []
    for _ in range(COMPUTE_RUNS + 1):
        start = time.perf_counter()
        result = {d["code"]: compute(d, frames[d["code"]], registry) for d in designs}
        runs.append(time.perf_counter() - start)

    value = lambda v: None if pd.isna(v) else float(v)
    table = result[agreement]
    print(json.dumps({
        "measure": "schools-first-stage", "provider": "pandas", "procedures": [d["code"] for d in designs],
        "works": int(sum(len(f) for f in frames.values())),
        "readSeconds": min(reads), "computeSeconds": min(runs[1:]),  # the first run warms up, as the others' do
        "agreement": {"procedure": agreement, "schools": {
            code: [float(r.n), value(r.failShare), value(r.meanPercent), value(r.failZ), value(r.meanZ)] for code, r in table.iterrows()}},
    }))


main()
