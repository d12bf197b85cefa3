using System.IO.Compression;

namespace Orientir.Data.Import;

/// <summary>Unpacks an uploaded zipped package into a temporary folder without trusting its entry names.</summary>
internal static class ZipPackage
{
    /// <returns>The package folder (the zip's single top-level folder when it has one), or an error.</returns>
    public static (string? Folder, ImportError? Error) Extract(Stream zip, string zipName, string target)
    {
        var root = Path.GetFullPath(target) + Path.DirectorySeparatorChar;
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
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

    /// <summary>A zip made by compressing a folder holds that folder: the package is inside it.</summary>
    private static string PackageRoot(string folder)
    {
        var directories = Directory.GetDirectories(folder)
            .Where(d => Path.GetFileName(d) is not "__MACOSX" && !Path.GetFileName(d).Equals(PackageLayout.ResultsFolder, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var hasFiles = Directory.EnumerateFiles(folder).Any(f => !Path.GetFileName(f).StartsWith('.'));
        var hasResults = Directory.Exists(Path.Combine(folder, PackageLayout.ResultsFolder));
        return directories.Count == 1 && !hasFiles && !hasResults ? directories[0] : folder;
    }
}
