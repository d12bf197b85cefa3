using System.Text.RegularExpressions;

namespace Orientir.Data.Import;

/// <summary>
/// The errors of one file. All of them are collected, not just the first, so that a region's analyst can fix a
/// file in one go; past <see cref="Cap"/> they are only counted, because a wrong column yields one per row.
/// </summary>
internal sealed class FileErrors(string file)
{
    public const int Cap = 200;

    private readonly List<ImportError> _errors = [];
    private int _uncounted;

    public string File { get; } = file;
    public int Count => _errors.Count + _uncounted;
    public bool Any => Count > 0;

    public void Add(int line, string column, string code, string message)
    {
        if (_errors.Count < Cap) _errors.Add(new ImportError(File, line, Shorten(column), code, LongQuote.Replace(message, "«$1…»")));
        else _uncounted++;
    }

    /// <summary>Messages quote the bad value; a damaged file's value may be megabytes long, the quote stays readable.</summary>
    private const int QuoteLimit = 60;
    private static readonly Regex LongQuote = new("«([^»]{" + QuoteLimit + "})[^»]+»", RegexOptions.Compiled);

    private static string Shorten(string text) => text.Length <= QuoteLimit ? text : text[..QuoteLimit] + "…";

    public void CopyTo(List<ImportError> all)
    {
        all.AddRange(_errors);
        if (_uncounted > 0)
            all.Add(new ImportError(File, 0, "", ImportCodes.MoreErrors,
                $"и ещё {_uncounted} ошибок в этом файле (показаны первые {Cap})"));
    }
}
