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

# 4. School analytics (docs/methodology.md §4).
analytics = next((r for r in lines if r["measure"] == "schools"), None)
if analytics:
    o = analytics
    stage = {r["provider"]: r for r in lines if r["measure"] == "schools-first-stage"}
    lme4 = next((r for r in lines if r["measure"] == "schools-model"), None)
    fs, model = o["firstStage"], o["model"]
    print(f"\nSchool analytics of {o['year']} ({o['schools']:,} schools; {o['procedures']} procedures of {min(o['years'])}–{max(o['years'])} "
          f"loaded, {o['works']:,} works, {o['yearWorks']:,} of them in {o['year']}; the best of repeated runs after warm-up: "
          "3 for loading, 5 for the analytics and the slower methods, 15 for the fast ones; the publish once):\n")
    print("| contender | what is timed | works | seconds | works/s | × Orientir |")
    print("|---|---|---:|---:|---:|---:|")

    def line(name, what, works, seconds, reference=None):
        # works None: the method reads the schools' passports, not the works.
        count = "—" if works is None else f"{works:,}"
        if seconds is None:
            print(f"| {name} | {what} | {count} | — | — | — |")
            return
        ratio = f"{seconds / reference:.1f}" if reference else "—"
        speed = "—" if works is None else f"{works / seconds:,.0f}"
        print(f"| {name} | {what} | {count} | {seconds:.3f} | {speed} | {ratio} |")

    line("Orientir", "SchoolAnalysisLoader.LoadAsync from SQLite (works with their students)", o["works"], o["loadSeconds"])
    line("Orientir", "SchoolAnalysis.Run, all five methods", o["works"], o["runSeconds"])
    line("Orientir", "… its first run, with the JIT compiling it", o["works"], o["firstRunSeconds"])
    line("Orientir", "… ContextIndex.Compute (ИСБШ, ШНСУ, clusters)", None, o["contextSeconds"])
    line("Orientir", "… ObjectivityAnalysis.Run (markers of non-objective results)", o["works"], o["objectivitySeconds"])
    line("Orientir", "… ContextAdjustedPerformance.Estimate (level and growth models)", o["works"], o["performanceSeconds"])
    line("Orientir", "… LowResultsAnalysis.Run (ШНОР: composites of 3 years, the rule, evidence)", o["works"], o["lowResultsSeconds"])
    line("Orientir", "… Resilience.Judge", None, o["resilienceSeconds"])
    line("Orientir", "SchoolAnalysisPublisher.PublishAsync on a copy of the db (load + run + store)", o["works"], o["publishSeconds"])
    first = fs["seconds"]
    line("Orientir", f"ШНОР first stage: KeyResults of the year's {len(fs['procedures'])} key procedures", fs["works"], first, first)
    d, p = stage.get("DuckDB"), stage.get("pandas")
    if d:
        line("DuckDB", "… the same in SQL on the loaded tables", d["works"], d["computeSeconds"], first)
        line("DuckDB", "… read_csv into tables", d["works"], d["loadSeconds"], first)
        line("DuckDB", "… read_csv + the SQL, from the files", d["works"], d["readComputeSeconds"], first)
    if p:
        line("pandas", "… the same on the data frames", p["works"], p["computeSeconds"], first)
        line("pandas", "… read_csv", p["works"], p["readSeconds"], first)
        line("pandas", "… read_csv + compute", p["works"], p["readSeconds"] + p["computeSeconds"], first)
    fit = model["seconds"]
    line("Orientir", f"level model on its {model['rows']:,} rows: sums + RandomInterceptModel.Fit (REML)", model["rows"], fit, fit)
    if lme4 and "skipped" not in lme4:
        line("lme4", f"lmer(REML) on the same rows, {lme4['version']}", lme4["rows"], lme4["fitSeconds"], fit)
        line("lme4", "… read.csv of the rows (not in the fit's time)", lme4["rows"], lme4["readSeconds"], fit)
    ratios = [f"{name} {r[key] / first:.1f}×" for name, r, key in (("DuckDB SQL", d, "computeSeconds"), ("pandas compute", p, "computeSeconds")) if r]
    if lme4 and "skipped" not in lme4:
        ratios.append(f"lme4 lmer {lme4['fitSeconds'] / fit:.1f}×")
    print(f"\nratios (the peer's time / Orientir's): " + ", ".join(ratios))

    # The first stage per school of one procedure: participants, fail share, mean %, and the two z (to 1e-9).
    a = fs["agreement"]
    labels = ["participants", "failShare", "meanPercent", "failZ", "meanZ"]
    for name, other in (("DuckDB", d), ("pandas", p)):
        if not other:
            continue
        theirs = other["agreement"]["schools"]
        problems = [f"{code} missing" for code in a["schools"] if code not in theirs]
        problems += [f"{code} extra" for code in theirs if code not in a["schools"]]
        worst = 0.0
        for code, mine in a["schools"].items():
            for label, x, y in zip(labels, mine, theirs.get(code, mine)):
                if (x is None) != (y is None):
                    problems.append(f"{code} {label}: Orientir {x}, {name} {y}")
                elif x is not None:
                    worst = max(worst, abs(x - y) / max(1.0, abs(x)))
        print(f"agreement, first stage ({a['procedure']}, {len(a['schools']):,} schools: {', '.join(labels)}"
              f"{'; the fail z of the empirical logit' if a['failShareLogit'] else ''}), {name}: "
              + ("ok" if not problems and worst <= 1e-9 else "DIFFERS " + "; ".join(problems[:10]))
              + f" (largest difference {worst:.1e}, bar 1e-9)")

    relative = lambda x, y: abs(x - y) / max(abs(x), 1e-300)

    def model_difference(fixed, tau2, sigma2):
        names = set(model["fixedEffects"]) | set(fixed)
        missing = [n for n in names if n not in model["fixedEffects"] or n not in fixed]
        worst = max([relative(model["fixedEffects"][n], fixed[n]) for n in names if n not in missing], default=0)
        return missing, worst, relative(model["tau2"], tau2), relative(model["sigma2"], sigma2)

    missing, fe, t, s = model_difference(model["systemFixedEffects"], model["systemTau2"], model["systemSigma2"])
    print(f"agreement, the exported rows against the system's level model ({model['systemWorks']:,} works): "
          + (f"columns differ {missing}" if missing else f"fixed effects {fe:.1e}, τ² {t:.1e}, σ² {s:.1e} relative"))
    if lme4 and "skipped" not in lme4:
        for label, key in (("default settings", "default"), ("bobyqa rhoend 1e-12", "tight")):
            r = lme4[key]
            missing, fe, t, s = model_difference(r["fixedEffects"], r["tau2"], r["sigma2"])
            print(f"agreement, lme4 ({label}) against Orientir's fit, {lme4['rows']:,} rows in {lme4['groups']:,} schools: "
                  + (f"columns differ {missing}" if missing else f"fixed effects {fe:.1e}, τ² {t:.1e}, σ² {s:.1e} relative (largest)"))
        if lme4.get("orientirDeviance") is not None:
            print(f"lme4's own REML deviance: at its default optimum {lme4['default']['deviance']:.9f}, at bobyqa rhoend 1e-12 "
                  f"{lme4['tight']['deviance']:.9f}, at Orientir's θ {lme4['orientirDeviance']:.9f}")
    elif lme4:
        print(f"lme4: skipped — {lme4['skipped']}")
