using System.IO.Compression;

namespace Orientir.Data.Import;

/// <summary>Unpacks an uploaded zipped package into a temporary folder without trusting its entry names.</summary>
internal static class ZipPackage
{
    /// <summary>A region's three-year package is well under a gigabyte; more than this is a zip bomb or a mistake.</summary>
    public const long MaxUnpackedBytes = 8L << 30;

    /// <returns>The package folder (the zip's single top-level folder when it has one), or an error.</returns>
    public static (string? Folder, ImportError? Error) Extract(Stream zip, string zipName, string target)
    {
        var root = Path.GetFullPath(target) + Path.DirectorySeparatorChar;
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            if (archive.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
                return (null, new ImportError(zipName, 0, "", ImportCodes.BadZip,
                    $"архив распаковывается больше чем в {MaxUnpackedBytes >> 30} ГБ: так велик пакет быть не может"));
            foreach (var entry in archive.Entries)
            {
                var name = entry.FullName.Replace('\\', '/');
                var path = Path.GetFullPath(Path.Combine(root, name));
                // Zip slip: an entry such as ../../etc/x or /etc/x must not land outside the folder.
                if (!path.StartsWith(root, StringComparison.Ordinal) || Path.IsPathRooted(name))
                    return (null, new ImportError(zipName, 0, entry.FullName, ImportCodes.UnsafeZipEntry,
                        "файл архива указывает за пределы папки пакета: архив отклонён"));
                if (name.EndsWith('/'))
                {
                    Directory.CreateDirectory(path);
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                entry.ExtractToFile(path, overwrite: true);
            }
        }
        catch (InvalidDataException)
        {
            return (null, new ImportError(zipName, 0, "", ImportCodes.BadZip, "файл не является zip-архивом или повреждён"));
        }
        return (PackageRoot(target), null);
    }

    /// <summary>
    /// A zip made by compressing a folder holds that folder: when the zip's top level has no package file but one
    /// folder, the package is inside it.
    /// </summary>
    private static string PackageRoot(string folder)
    {
        if (PackageLayout.LooksLikePackage(folder)) return folder;
        var directories = Directory.GetDirectories(folder).Where(d => Path.GetFileName(d) is not "__MACOSX").ToList();
        return directories.Count == 1 ? directories[0] : folder;
    }
}
