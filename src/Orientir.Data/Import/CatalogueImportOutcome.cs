namespace Orientir.Data.Import;

/// <summary>
/// What an import of a reference file matched by code (the catalogue of programmes, the recommendation rules) did:
/// counts when stored, or every error with its file, line and column — and then nothing is stored.
/// </summary>
public sealed record CatalogueImportOutcome(int Added, int Updated, int Unchanged, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
    public IReadOnlyList<string> Messages => Errors.Select(e => e.ToString()).ToList();
}
