namespace Orientir.Domain.Registry;

/// <summary>A school (ОО), keyed by its login / code such as <c>edu260101</c>.</summary>
public sealed class School
{
    public School(string code, int municipalityId, string name, SchoolType type, Locality locality,
        int? students, SocialPassport passport, long importBatchId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        Name = name;
        Passport = passport;
        Update(municipalityId, name, type, locality, students, passport, importBatchId);
    }

    // EF Core materialisation.
    private School()
    {
        Code = Name = "";
        Passport = SocialPassport.Unknown;
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public int MunicipalityId { get; private set; }
    public Municipality? Municipality { get; private set; }
    public string Name { get; private set; }
    public SchoolType Type { get; private set; }
    public Locality Locality { get; private set; }
    public int? Students { get; private set; }
    public SocialPassport Passport { get; private set; }
    public long ImportBatchId { get; private set; }

    public void Update(int municipalityId, string name, SchoolType type, Locality locality,
        int? students, SocialPassport passport, long importBatchId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (students < 0) throw new ArgumentOutOfRangeException(nameof(students));
        MunicipalityId = municipalityId;
        Name = name;
        Type = type;
        Locality = locality;
        Students = students;
        Passport = passport;
        ImportBatchId = importBatchId;
    }
}
