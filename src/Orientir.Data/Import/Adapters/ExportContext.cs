using System.Security.Cryptography;
using System.Text;
using Orientir.Data.Results.Subjects;
using Orientir.Domain.Registry;
using Orientir.Domain.Results;

namespace Orientir.Data.Import.Adapters;

/// <summary>A procedure the database holds, as an adapter matches it: its tasks' labels and maxima in order.</summary>
public sealed record KnownProcedure(string Code, int MaxScore, IReadOnlyList<(string Label, int MaxScore)> Tasks);

/// <summary>
/// What an adapter writes to and learns from while it translates an export: the draft, the problems found (with
/// their sheet and row), the registry and procedures the database holds, and the subject synonym table. Registry
/// entries and procedures are drafted once, only when the database does not hold them: an export creates what is
/// missing and never overwrites what a region's registry says.
/// </summary>
public sealed class ExportContext
{
    private readonly Dictionary<string, string> _municipalityNames;
    private readonly Dictionary<string, string> _municipalityByName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _schools;
    private readonly Dictionary<(string, string), string> _schoolByName = [];
    private readonly IReadOnlyDictionary<string, KnownProcedure> _procedures;
    private readonly HashSet<string> _draftedProcedures = new(StringComparer.Ordinal);
    private readonly List<(SourcePlace Place, string Code, string Name)> _createdSchools = [];
    private const int CreatedSchoolsListed = 5;

    public ExportContext(ExportFile file, PackageDraft draft, SubjectNames subjects,
        IEnumerable<Municipality> municipalities, IEnumerable<(string Code, string MunicipalityCode, string Name)> schools,
        IReadOnlyDictionary<string, KnownProcedure> procedures)
    {
        File = file;
        Draft = draft;
        Subjects = subjects;
        _municipalityNames = municipalities.ToDictionary(m => m.Code, m => m.Name, StringComparer.Ordinal);
        foreach (var (code, name) in _municipalityNames) _municipalityByName.TryAdd(NameKey(name), code);
        _schools = new HashSet<string>(StringComparer.Ordinal);
        foreach (var school in schools)
        {
            _schools.Add(school.Code);
            _schoolByName.TryAdd((school.MunicipalityCode, NameKey(school.Name)), school.Code);
        }
        _procedures = procedures;
    }

    public ExportFile File { get; }
    public PackageDraft Draft { get; }
    public SubjectNames Subjects { get; }
    public List<ImportError> Errors { get; } = [];
    public List<ImportError> Warnings { get; } = [];
    public bool HasErrors => Errors.Count > 0;

    public void Error(SourcePlace place, string column, string code, string message)
    {
        if (Errors.Count < FileErrors.Cap) Errors.Add(At(place, column, code, message));
    }

    public void Warning(SourcePlace place, string column, string code, string message) =>
        Warnings.Add(At(place, column, code, message));

    private ImportError At(SourcePlace place, string column, string code, string message) =>
        new(File.Name, place.Row, column, code, message) { Sheet = place.Sheet };

    public KnownProcedure? Procedure(string code) => _procedures.GetValueOrDefault(code);

    /// <summary>Drafts the procedure unless the database or this draft already has it; true when drafted now.</summary>
    public bool DraftProcedureOnce(string code) => !_procedures.ContainsKey(code) && _draftedProcedures.Add(code);

    /// <summary>Matches a municipality by code; a code the registry lacks is drafted (once) with the export's name.</summary>
    public void Municipality(SourcePlace place, string code, string name)
    {
        if (_municipalityNames.ContainsKey(code)) return;
        _municipalityNames[code] = name;
        _municipalityByName.TryAdd(NameKey(name), code);
        Draft.AddMunicipality(place, code, name);
    }

    /// <summary>Matches a school by code; a code the registry lacks is drafted (once) in the given municipality.</summary>
    public void School(SourcePlace place, string code, string municipalityCode, string name)
    {
        if (!_schools.Add(code)) return;
        _schoolByName.TryAdd((municipalityCode, NameKey(name)), code);
        Draft.AddSchool(place, code, municipalityCode, name);
        _createdSchools.Add((place, code, name));
    }

    /// <summary>
    /// Reports the schools the export created: one warning each when they are few, else one warning that counts them
    /// (a form without codes creates every school of a region on its first import, and 400 equal lines hide the rest).
    /// </summary>
    public void ReportCreatedSchools()
    {
        const string Correct = "с типом «общеобразовательная» и местностью «город» — уточните их в schools.csv";
        if (_createdSchools.Count <= CreatedSchoolsListed)
        {
            foreach (var (place, code, name) in _createdSchools)
                Warning(place, "", ImportCodes.SchoolCreatedFromExport,
                    $"школы «{code}» не было в реестре: она создана по выгрузке («{name}») {Correct}");
        }
        else
        {
            var first = string.Join(", ", _createdSchools.Take(CreatedSchoolsListed).Select(s => $"«{s.Code}» ({s.Name})"));
            Warning(_createdSchools[0].Place, "", ImportCodes.SchoolCreatedFromExport,
                $"{_createdSchools.Count} школ не было в реестре: они созданы по выгрузке {Correct}; первые: {first}");
        }
        _createdSchools.Clear();
    }

    /// <summary>
    /// For forms without codes: the municipality whose name matches (case, «ё», spaces and quotes aside), else a new
    /// one with a code made from its name (<c>M-</c> and 8 hex digits of its SHA-256), the same in every import.
    /// </summary>
    public string MunicipalityByName(SourcePlace place, string name)
    {
        var key = NameKey(name);
        if (_municipalityByName.TryGetValue(key, out var code)) return code;
        code = "M-" + Hash(key);
        Municipality(place, code, name.Trim());
        return code;
    }

    /// <summary>For forms without codes: the school of the municipality whose name matches, else a new one coded
    /// <c>S-</c> and 8 hex digits of the SHA-256 of the municipality code and the name.</summary>
    public string SchoolByName(SourcePlace place, string municipalityCode, string name)
    {
        var key = NameKey(name);
        if (_schoolByName.TryGetValue((municipalityCode, key), out var code)) return code;
        code = "S-" + Hash(municipalityCode + "|" + key);
        School(place, code, municipalityCode, name.Trim());
        return code;
    }

    /// <summary>The form names are compared in: lower case, «ё» as «е», no quotes, runs of spaces as one.</summary>
    public static string NameKey(string name)
    {
        var text = name.Trim().ToLowerInvariant().Replace('ё', 'е');
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            if (c is not ('"' or '«' or '»' or '“' or '”' or '„')) builder.Append(c);
        return string.Join(' ', builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..8];

    /// <summary>The package procedure code of a procedure: <c>VPR-2025-RU-4</c>.</summary>
    public static string ProcedureCode(ProcedureKind kind, int year, string subject, int grade) =>
        $"{Vocabulary.KindCode(kind)}-{year}-{subject}-{grade}";
}
