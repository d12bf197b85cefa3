using Orientir.Analytics.Indicators;
using Orientir.Domain.Registry;

namespace Orientir.Analytics.Schools;

/// <summary>What the school analytics know of a school besides its works.</summary>
public sealed record SchoolProfile(
    int SchoolId, string Code, int MunicipalityId, SchoolType Type, Locality Locality, int? Students, SocialPassport Passport);

/// <summary>
/// Everything the school analytics of <see cref="Year"/> read: the region's schools and the works of every procedure
/// of the years around it (the lists look back two years and more; the markers look at the next year's ВПР of the
/// same students when it exists). Works carry <see cref="ProcedureWorks.StudentKeys"/>. <see cref="Aggregates"/> are the
/// per-school forms of procedures without works: the low-results list reads them; the markers, the model and
/// resilience need works and pass such procedures over (docs/methodology.md «Aggregated results»).
/// </summary>
public sealed record SchoolAnalysisInput(int Year, IReadOnlyList<SchoolProfile> Schools, IReadOnlyList<ProcedureWorks> Procedures,
    IReadOnlyList<ProcedureAggregates>? Aggregates = null);

/// <summary>
/// One number that made the system raise (or not raise) a flag. <see cref="Key"/> is a stable English identifier
/// (docs/methodology.md lists every key; the UI and reports give it a Russian label), <see cref="Value"/> the number.
/// </summary>
public sealed record Evidence(string Key, double Value);
