namespace Orientir.Data.Import.Adapters.Rcoi;

/// <summary>
/// The rows above a protocol's data: an optional title row (<c>ЕГЭ 2025 Химия</c>) and the header row, which must come
/// within the first <see cref="SearchRows"/> rows. Data rows are the non-blank rows after the header.
/// </summary>
internal sealed record ProtocolHead(SheetRow Header, ProtocolTitle? Title, int? TitleRow)
{
    public const int SearchRows = 30;

    public static ProtocolHead? Read(ProtocolSource source)
    {
        ProtocolTitle? title = null;
        int? titleRow = null;
        foreach (var row in source.Rows().Take(SearchRows))
        {
            if (ProtocolColumns.IsHeader(row)) return new ProtocolHead(row, title, titleRow);
            if (title is null && !row.IsBlank && ProtocolTitle.FromTitle(string.Join(' ', row.Cells.Where(c => c.Length > 0))) is { } found)
            {
                title = found;
                titleRow = row.Number;
            }
        }
        return null;
    }

    public IEnumerable<SheetRow> DataRows(ProtocolSource source) =>
        source.Rows().Where(row => row.Number > Header.Number && !row.IsBlank);
}
