using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace Orientir.Data.Import;

internal enum PackageFileKind
{
    Municipalities,
    Schools,
    Procedures,
    Tasks,
    Results,
    SchoolResults,
    // Teacher files come after the registry they refer to; classes and diagnostics refer to the teachers.
    Teachers,
    TeacherClasses,
    TeacherDiagnostics,
}

/// <summary>One known file of a package, with what the importer learns about it before reading it.</summary>
internal sealed class PackageFile(string name, string fullPath, PackageFileKind kind, string? procedureCode)
{
    /// <summary>The path inside the package with <c>/</c> separators, e.g. <c>results/VPR-2025-RU-4.csv</c>.</summary>
    public string Name { get; } = name;
    public string FullPath { get; } = fullPath;
    public PackageFileKind Kind { get; } = kind;
    /// <summary>For a results file: the procedure code its name carries.</summary>
    public string? ProcedureCode { get; } = procedureCode;
    public string Sha256 { get; set; } = "";
    public Encoding Encoding { get; set; } = Encoding.UTF8;
    public FileImportStatus Status { get; set; } = FileImportStatus.Imported;
    public int Rows { get; set; }
    /// <summary>Line breaks in the file, counted while fingerprinting: an estimate of its rows before it is read.</summary>
    public long LineBreaks { get; set; }
    public long BatchId { get; set; }
}

/// <summary>Which files make a package (docs/formats.md) and how each is fingerprinted.</summary>
internal static class PackageLayout
{
    public const string ResultsFolder = "results";
    private const int Windows1251 = 1251;

    private static readonly Dictionary<string, PackageFileKind> TopLevel = new(StringComparer.OrdinalIgnoreCase)
    {
        ["municipalities.csv"] = PackageFileKind.Municipalities,
        ["schools.csv"] = PackageFileKind.Schools,
        ["procedures.csv"] = PackageFileKind.Procedures,
        ["tasks.csv"] = PackageFileKind.Tasks,
        [Adapters.PackageDraft.SchoolResultsFile] = PackageFileKind.SchoolResults,
        ["teachers.csv"] = PackageFileKind.Teachers,
        ["teacher_classes.csv"] = PackageFileKind.TeacherClasses,
        ["teacher_diagnostics.csv"] = PackageFileKind.TeacherDiagnostics,
    };

    static PackageLayout() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Whether the folder itself holds a package file or a results folder.</summary>
    public static bool LooksLikePackage(string directory) =>
        Directory.EnumerateFiles(directory).Any(f => TopLevel.ContainsKey(Path.GetFileName(f)))
        || Directory.EnumerateDirectories(directory).Any(d => Path.GetFileName(d).Equals(ResultsFolder, StringComparison.OrdinalIgnoreCase));

    /// <summary>The package's known files in import order; every other file becomes a warning.</summary>
    public static List<PackageFile> Discover(string directory, List<ImportError> warnings)
    {
        var files = new List<PackageFile>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(directory, path).Replace('\\', '/');
            var parts = name.Split('/');
            // Names are stored in one spelling, so that the same file exported as Schools.CSV is still the same file.
            PackageFile? file = null;
            if (parts.Length == 1 && TopLevel.TryGetValue(parts[0], out var kind))
                file = new PackageFile(parts[0].ToLowerInvariant(), path, kind, null);
            else if (parts.Length == 2 && parts[0].Equals(ResultsFolder, StringComparison.OrdinalIgnoreCase)
                     && parts[1].EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && parts[1].Length > 4)
                file = new PackageFile($"{ResultsFolder}/{parts[1][..^4]}.csv", path, PackageFileKind.Results, parts[1][..^4]);

            if (file is null)
                warnings.Add(new ImportError(name, 0, "", ImportCodes.UnknownFile, "файл не входит в формат пакета и пропущен"));
            else if (!names.Add(file.Name))
                warnings.Add(new ImportError(name, 0, "", ImportCodes.UnknownFile,
                    $"файл повторяет {file.Name} (имена различаются только регистром) и пропущен"));
            else
                files.Add(file);
        }
        return [.. files.OrderBy(f => f.Kind).ThenBy(f => f.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Hashes the file's bytes, counts its lines and picks its encoding in one pass: UTF-8 (a BOM is optional) when every byte
    /// sequence is valid UTF-8, else Windows-1251, the encoding of Russian Excel's CSV exports.
    /// </summary>
    public static void Fingerprint(PackageFile file)
    {
        using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var bytes = ArrayPool<byte>.Shared.Rent(1 << 16);
        var chars = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            var utf8 = true;
            var carry = 0;
            long lineBreaks = 0;
            int read;
            while ((read = stream.Read(bytes, carry, (1 << 16) - carry)) > 0)
            {
                sha.AppendData(bytes, carry, read);
                lineBreaks += bytes.AsSpan(carry, read).Count((byte)'\n');
                if (!utf8) continue;
                var total = carry + read;
                var status = Utf8.ToUtf16(bytes.AsSpan(0, total), chars.AsSpan(0, 1 << 16), out var consumed, out _,
                    replaceInvalidSequences: false, isFinalBlock: false);
                if (status == System.Buffers.OperationStatus.InvalidData)
                {
                    utf8 = false;
                    carry = 0;
                    continue;
                }
                carry = total - consumed;
                bytes.AsSpan(consumed, carry).CopyTo(bytes);
            }
            if (carry > 0) utf8 = false;
            file.Sha256 = Convert.ToHexStringLower(sha.GetHashAndReset());
            file.LineBreaks = lineBreaks;
            file.Encoding = utf8 ? new UTF8Encoding(false) : Encoding.GetEncoding(Windows1251);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
