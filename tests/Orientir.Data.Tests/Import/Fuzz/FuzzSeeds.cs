using System.IO.Compression;
using MiniExcelLibs;
using Orientir.Data.Tests.Import.Adapters.FisOko;
using Orientir.Data.Tests.Import.Adapters.FisOkoStatistics;
using Orientir.Data.Tests.Import.Adapters.Rcoi;
using Orientir.Data.Tests.Staff.Import;

namespace Orientir.Data.Tests.Import.Fuzz;

/// <summary>How a case's input reaches the importer.</summary>
internal enum EntryPoint
{
    /// <summary><c>PackageImporter.ImportDirectoryAsync</c> on the package folder.</summary>
    PackageFolder,
    /// <summary><c>PackageImporter.ImportZipAsync</c> on the zip's bytes.</summary>
    PackageZip,
    /// <summary><c>ExportImporter.ImportPathAsync</c>: a folder, a .zip or an export for the adapters.</summary>
    ImportPath,
}

/// <summary>A seed written for one case: what to import, and the one file the case damages.</summary>
internal sealed record SeedFile(string ImportPath, string TargetPath, List<string[]>? Rows);

/// <summary>
/// A valid input the fuzzer damages. <see cref="Build"/> writes it into a fresh folder for every case; null when the
/// seed's source is absent (<see cref="MissingReason"/> says why).
/// </summary>
internal sealed record FuzzSeed(string Name, Func<string, SeedFile?> Build, EntryPoint Entry, string? MissingReason = null);

/// <summary>
/// Every reader's seed. An adapter's export is fuzzed by adding ONE line here, e.g.
/// <c>new("fisoko.xlsx", Workbooks.Shared("fisoko/results.xlsx"), EntryPoint.ImportPath)</c>.
/// </summary>
internal static class FuzzSeeds
{
    public const string EgeWorkbook = "ru_ege_dfo/ege_by_school_JAO_2022_2024.xlsx";

    public static IReadOnlyList<FuzzSeed> All { get; } =
    [
        Packages.File("municipalities.csv"),
        Packages.File("schools.csv"),
        Packages.File("procedures.csv"),
        Packages.File("tasks.csv"),
        Packages.File(TestPackage.RuResults),
        Packages.File(TeacherFilesPackage.Teachers),
        Packages.File(TeacherFilesPackage.Classes),
        Packages.File(TeacherFilesPackage.Diagnostics),
        Packages.File(Packages.SchoolResults),
        Packages.File("schools.csv", EntryPoint.ImportPath),
        new("package.zip", Packages.Zip, EntryPoint.PackageZip),
        new("package.zip via ExportImporter", Packages.Zip, EntryPoint.ImportPath),
        new("export.csv", Exports.Csv, EntryPoint.ImportPath),
        new("book.xlsx", Workbooks.Small, EntryPoint.ImportPath),
        new(EgeWorkbook, Workbooks.Shared(EgeWorkbook), EntryPoint.ImportPath, Workbooks.MissingReason(EgeWorkbook)),
        new("fisoko-results.xlsx", Adapters.FisOkoResults, EntryPoint.ImportPath),
        new("rcoi-protocol.xlsx", Adapters.RcoiXlsx, EntryPoint.ImportPath),
        new("EGE-2025-CH-11.csv (РЦОИ)", Adapters.RcoiCsv, EntryPoint.ImportPath),
        new("fisoko-statistics.xlsx", Adapters.FisOkoStatistics, EntryPoint.ImportPath),
    ];

    /// <summary>The adapters' own test exports, copied into the case's folder.</summary>
    public static class Adapters
    {
        public static SeedFile FisOkoResults(string folder)
        {
            using var workbook = new FisOkoWorkbook();
            return Copied(workbook.Write(), folder, null);
        }

        public static SeedFile RcoiXlsx(string folder)
        {
            using var protocol = new ProtocolFixture();
            return Copied(protocol.WriteXlsx(), folder, null);
        }

        /// <summary>Without a title line (the procedure comes from the file name), so the rows are the whole CSV.</summary>
        public static SeedFile RcoiCsv(string folder)
        {
            using var protocol = new ProtocolFixture();
            var rows = new List<string[]> { protocol.HeaderCells };
            rows.AddRange(protocol.Rows);
            return Copied(protocol.WriteCsv("EGE-2025-CH-11.csv", title: false), folder, rows);
        }

        public static SeedFile FisOkoStatistics(string folder)
        {
            using var workbooks = new StatisticsWorkbook();
            var file = workbooks.Write("stat.xlsx", ("Лист1", [
                ["Статистика по отметкам"], ["ВПР 2025 Математика 5 класс"], [], StatisticsWorkbook.Header,
                ["26-01", "Шпаковский", "sch260101", "МБОУ СОШ № 1", 20, 5, 45, 40, 10],
                ["26-01", "Шпаковский", "sch260102", "МБОУ СОШ № 2", 14, 0, 50, 35.7, 14.3],
            ]));
            return Copied(file.Path, folder, null, "fisoko-statistics.xlsx");
        }

        private static SeedFile Copied(string source, string folder, List<string[]>? rows, string? name = null)
        {
            var path = Path.Combine(folder, name ?? Path.GetFileName(source));
            System.IO.File.Copy(source, path);
            return new SeedFile(path, path, rows);
        }
    }

    /// <summary>The test package with teacher files and an aggregate file, written as a folder or a zip.</summary>
    public static class Packages
    {
        public const string SchoolResults = "school_results.csv";
        private const string Ege = "EGE-2024-RU-11";

        public static FuzzSeed File(string file, EntryPoint entry = EntryPoint.PackageFolder) =>
            new(entry == EntryPoint.PackageFolder ? file : $"{file} via ExportImporter", folder =>
            {
                var package = Standard(folder);
                return new SeedFile(package.Folder, Path.Combine(package.Folder, file), package.Files[file]);
            }, entry);

        public static SeedFile Zip(string folder)
        {
            var (package, _) = Standard(Path.Combine(folder, "package"));
            var zip = Path.Combine(folder, "package.zip");
            ZipFile.CreateFromDirectory(package, zip);
            return new SeedFile(zip, zip, null);
        }

        /// <summary>The package every fuzz database starts with, written into <paramref name="folder"/>.</summary>
        public static (string Folder, SortedDictionary<string, List<string[]>> Files) Standard(string folder)
        {
            using var source = TeacherFilesPackage.Standard();
            source.Files["procedures.csv"].Add([Ege, "EGE", "RU", "11", "2024", "100", "", "24"]);
            source.Files[SchoolResults] =
            [
                ["procedure_code", "school_code", "participants", "mark2_share", "mark3_share", "mark4_share", "mark5_share",
                    "below_min", "score_80_99", "score_100", "mean_score", "mean_mark"],
                [Ege, "edu0101", "20", "", "", "", "", "1", "3", "0", "61,5", ""],
                [Ege, "edu0201", "12", "", "", "", "", "0", "4", "1", "72.25", ""],
            ];
            foreach (var (name, rows) in source.Files)
            {
                var path = Path.Combine(folder, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                System.IO.File.WriteAllText(path, CsvMutations.Serialize(rows, ';'));
            }
            return (folder, source.Files);
        }
    }

    /// <summary>Exports no adapter recognizes (yet): they must be refused with a code, never crash the importer.</summary>
    public static class Exports
    {
        public static SeedFile Csv(string folder)
        {
            List<string[]> rows =
            [
                ["Код ОО", "Наименование ОО", "Предмет", "Участников", "Средний балл"],
                ["edu0101", "МБОУ СОШ № 1", "Русский язык", "20", "61,5"],
                ["edu0201", "МБОУ Лицей № 3", "Математика", "12", "72,25"],
            ];
            var path = Path.Combine(folder, "export.csv");
            System.IO.File.WriteAllText(path, CsvMutations.Serialize(rows, ';'));
            return new SeedFile(path, path, rows);
        }
    }

    public static class Workbooks
    {
        public static SeedFile Small(string folder)
        {
            var path = Path.Combine(folder, "book.xlsx");
            var rows = new[]
            {
                new Dictionary<string, object> { ["Код ОО"] = "edu0101", ["Предмет"] = "Русский язык", ["Участников"] = 20, ["Средний балл"] = 61.5 },
                new Dictionary<string, object> { ["Код ОО"] = "edu0201", ["Предмет"] = "Математика", ["Участников"] = 12, ["Средний балл"] = 72.25 },
            };
            MiniExcel.SaveAs(path, rows);
            return new SeedFile(path, path, null);
        }

        /// <summary>A real export from the shared data folder, copied so that the case may damage it.</summary>
        public static Func<string, SeedFile?> Shared(string relative) => folder =>
        {
            if (SharedData.Find(relative) is not { } source) return null;
            var path = Path.Combine(folder, Path.GetFileName(relative));
            System.IO.File.Copy(source, path);
            return new SeedFile(path, path, null);
        };

        public static string? MissingReason(string relative) => SharedData.Find(relative) is null
            ? $"shared/data/{relative} is not on this machine (the real exports live next to the repository, in ../shared/data)"
            : null;
    }
}

/// <summary>The real exports kept next to the repository (<c>../shared/data</c>), found from the test's folder upwards.</summary>
internal static class SharedData
{
    public static string? Find(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "shared", "data", relative);
            if (File.Exists(path)) return path;
        }
        return null;
    }
}
