using System.Globalization;

namespace Orientir.Data.Import;

/// <summary>Numbers as Russian exports write them: a decimal comma or point, spaces as thousands separators.</summary>
internal static class Numbers
{
    /// <summary>An integer; a whole decimal such as <c>12,0</c> (Excel writes them) is accepted too.</summary>
    public static bool TryParseInt(ReadOnlySpan<char> text, out int value)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)) return true;
        if (TryParseDouble(text, out var number) && number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)number;
            return true;
        }
        value = 0;
        return false;
    }

    public static bool TryParseDouble(ReadOnlySpan<char> text, out double value)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        var length = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '\u00A0' or '\u202F') continue;
            if (length == buffer.Length)
            {
                value = 0;
                return false;
            }
            buffer[length++] = c == ',' ? '.' : c;
        }
        return double.TryParse(buffer[..length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                   CultureInfo.InvariantCulture, out value)
               && double.IsFinite(value);
    }
}
