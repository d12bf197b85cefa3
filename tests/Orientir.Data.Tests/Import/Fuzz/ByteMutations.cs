using System.IO.Compression;
using System.Text;

namespace Orientir.Data.Tests.Import.Fuzz;

/// <summary>Mutations of raw bytes (any file) and of a zip's entries (a zipped package, an .xlsx workbook).</summary>
internal static class ByteMutations
{
    public static IEnumerable<Mutation> All =>
    [
        Bytes("truncate", (bytes, random) =>
        {
            var at = random.Next(bytes.Length);
            return (bytes[..at], $"at byte {at} of {bytes.Length}");
        }),
        Bytes("flip bytes", (bytes, random) =>
        {
            var copy = (byte[])bytes.Clone();
            var count = 1 + random.Next(8);
            var places = new List<int>();
            for (var i = 0; i < count; i++)
            {
                var at = random.Next(copy.Length);
                copy[at] ^= (byte)(1 + random.Next(255));
                places.Add(at);
            }
            return (copy, "at " + string.Join(",", places));
        }),
        Bytes("insert random bytes", (bytes, random) =>
        {
            var at = random.Next(bytes.Length);
            var junk = new byte[1 + random.Next(64)];
            random.NextBytes(junk);
            return ([.. bytes[..at], .. junk, .. bytes[at..]], $"{junk.Length} at byte {at}");
        }),
        Bytes("invalid UTF-8 sequences", (bytes, random) =>
        {
            var at = random.Next(bytes.Length);
            byte[][] bad = [[0xC3, 0x28], [0xFF], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xC0, 0xAF]];
            var pick = random.Next(bad.Length);
            return ([.. bytes[..at], .. bad[pick], .. bytes[at..]], $"sequence {pick} at byte {at}");
        }),
        Entries("entry escaping the folder", (entries, random) =>
        {
            string[] names = ["../evil.csv", "../../schools.csv", "/etc/orientir-fuzz.csv", "..\\..\\win.csv", "results/../../x.csv"];
            var name = names[random.Next(names.Length)];
            entries.Add((name, Encoding.UTF8.GetBytes("code;name\r\nM99;Злой\r\n")));
            return name;
        }),
        Entries("directory entries and zero-length files", (entries, random) =>
        {
            var victim = random.Next(entries.Count);
            var name = entries[victim].Name;
            entries[victim] = (name, []);
            entries.Add(("results/", []));
            entries.Add(("empty/nested/", []));
            return $"{name} emptied";
        }),
        Entries("nested several folders deep", (entries, random) =>
        {
            var depth = 2 + random.Next(20);
            var prefix = string.Concat(Enumerable.Range(0, depth).Select(i => $"d{i}/"));
            for (var i = 0; i < entries.Count; i++) entries[i] = (prefix + entries[i].Name, entries[i].Content);
            return $"depth {depth}";
        }),
        Entries("remove an entry", (entries, random) =>
        {
            var shared = entries.FindIndex(e => e.Name.EndsWith("sharedStrings.xml", StringComparison.Ordinal));
            var victim = shared >= 0 && random.Next(2) == 0 ? shared : random.Next(entries.Count);
            var name = entries[victim].Name;
            entries.RemoveAt(victim);
            return name;
        }),
        Entries("an entry's content replaced by garbage", (entries, random) =>
        {
            var victim = random.Next(entries.Count);
            var junk = new byte[random.Next(2000)];
            random.NextBytes(junk);
            entries[victim] = (entries[victim].Name, junk);
            return $"{entries[victim].Name}, {junk.Length} bytes";
        }),
        Entries("an entry truncated", (entries, random) =>
        {
            var victim = random.Next(entries.Count);
            var content = entries[victim].Content;
            var at = content.Length == 0 ? 0 : random.Next(content.Length);
            entries[victim] = (entries[victim].Name, content[..at]);
            return $"{entries[victim].Name} at byte {at}";
        }),
        Entries("an entry duplicated", (entries, random) =>
        {
            var victim = entries[random.Next(entries.Count)];
            entries.Add((victim.Name.ToUpperInvariant(), victim.Content));
            entries.Add(victim);
            return victim.Name;
        }),
    ];

    /// <summary>Garbage zipped under an .xlsx name: a zip that is no workbook.</summary>
    public static Mutation ZipOfGarbage { get; } = new("a zip of garbage", (_, random) =>
    {
        var junk = new byte[1 + random.Next(4000)];
        random.NextBytes(junk);
        return new Mutated(Pack([("garbage.bin", junk), ("xl/workbook.xml", junk[..(junk.Length / 2)])]), $"{junk.Length} bytes");
    });

    private static Mutation Bytes(string name, Func<byte[], Random, (byte[] Bytes, string Detail)> change) => new(name, (input, random) =>
    {
        if (input.Bytes.Length == 0) return null;
        var (bytes, detail) = change(input.Bytes, random);
        return new Mutated(bytes, detail);
    });

    private static Mutation Entries(string name, Func<List<(string Name, byte[] Content)>, Random, string> change) =>
        new(name, (input, random) =>
        {
            if (!input.IsZip) return null;
            var entries = Unpack(input.Bytes);
            if (entries.Count == 0) return null;
            var detail = change(entries, random);
            return new Mutated(Pack(entries), detail);
        });

    private static List<(string Name, byte[] Content)> Unpack(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entries = new List<(string, byte[])>();
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var content = new MemoryStream();
            stream.CopyTo(content);
            entries.Add((entry.FullName, content.ToArray()));
        }
        return entries;
    }

    public static byte[] Pack(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(content);
            }
        return zip.ToArray();
    }
}
