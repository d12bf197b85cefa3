using Orientir.Domain.Access;
using Orientir.Domain.Results;

namespace Orientir.Data.Results.Subjects;

/// <summary>A stored synonym as the page, the API and the export show it; <see cref="Name"/> is in its normalized form.</summary>
public sealed record SubjectSynonymRow(string Name, string Subject, string UpdatedBy, DateTimeOffset UpdatedAt)
{
    public static SubjectSynonymRow Of(SubjectSynonym s) => new(s.Name, s.Subject, s.UpdatedBy, s.UpdatedAt);
}

/// <summary>Who changes the synonym table: the account's name (for the audit) and role.</summary>
public sealed record SynonymEditor(string UserName, string Role)
{
    /// <summary>
    /// The region's side that imports exports and keeps the subject list: the administrator, the regional analyst and
    /// the methodologist. Every other role reads the table (it explains how an export's subject was understood).
    /// </summary>
    public bool CanEdit => Role is Roles.Admin or Roles.RegionAnalyst or Roles.Methodologist;

    public const string NotEditor = "Предметы в выгрузках меняют администратор, региональный аналитик и методист.";
}
