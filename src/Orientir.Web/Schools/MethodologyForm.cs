using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orientir.Analytics.Schools;
using Orientir.Data.Schools;

namespace Orientir.Web.Schools;

public enum FieldKind
{
    Number,
    Integer,
    Switch,
    Choice,
    Text,
    Json,
}

/// <summary>One setting of the form, edited as text (or a switch), checked when the form is saved.</summary>
public sealed class MethodologyField(string section, string property, FieldKind kind, bool nullable, Type type)
{
    public string Section { get; } = section;
    public string Property { get; } = property;
    public string Path => Section.Length == 0 ? Property : $"{Section}.{Property}";
    public string Label => MethodologyLabels.Of(Path);
    public FieldKind Kind { get; } = kind;
    public bool Nullable { get; } = nullable;
    /// <summary>For a choice: the enum type, whose names are the values.</summary>
    public Type Type { get; } = type;
    public string Text { get; set; } = "";
    public bool On { get; set; }
    public string? Error { get; set; }
}

public sealed record MethodologySection(string Name, string Label, IReadOnlyList<MethodologyField> Fields);

/// <summary>
/// The settings of the school analytics as a form, read by reflection so that a setting added to any section
/// appears without a change here: numbers and integers as numeric fields, booleans as switches, enums as choices,
/// anything else (lists, nested records) as its JSON. Saving writes the fields over the stored JSON of the
/// settings and reads it back, so the form and the API accept exactly the same documents.
/// </summary>
public sealed class MethodologyForm
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private MethodologyForm(IReadOnlyList<MethodologySection> sections) => Sections = sections;

    public IReadOnlyList<MethodologySection> Sections { get; }

    public static MethodologyForm Of(SchoolAnalysisSettings settings)
    {
        var json = JsonNode.Parse(MethodologyJson.Write(settings))!.AsObject();
        var sections = new List<MethodologySection>();
        var general = new List<MethodologyField>();
        foreach (var property in Properties(typeof(SchoolAnalysisSettings)))
        {
            if (IsSection(property.PropertyType))
            {
                var node = json[property.Name] as JsonObject;
                var fields = Properties(property.PropertyType).Select(p => Field(property.Name, p, node?[p.Name])).ToList();
                sections.Add(new MethodologySection(property.Name, MethodologyLabels.Of(property.Name), fields));
            }
            else general.Add(Field("", property, json[property.Name]));
        }
        if (general.Count > 0) sections.Insert(0, new MethodologySection("", "Общие", general));
        return new MethodologyForm(sections);
    }

    /// <summary>The settings the fields say, or null with each wrong field's <see cref="MethodologyField.Error"/> set.</summary>
    public SchoolAnalysisSettings? TryBuild(SchoolAnalysisSettings original, out string? error)
    {
        var json = JsonNode.Parse(MethodologyJson.Write(original))!.AsObject();
        var valid = true;
        foreach (var section in Sections)
        {
            var target = section.Name.Length == 0 ? json : json[section.Name] as JsonObject ?? (JsonObject)(json[section.Name] = new JsonObject());
            foreach (var field in section.Fields)
            {
                field.Error = null;
                if (TryValue(field, out var value, out var fieldError)) target[field.Property] = value;
                else
                {
                    field.Error = fieldError;
                    valid = false;
                }
            }
        }
        if (!valid)
        {
            error = "Исправьте поля, отмеченные красным.";
            return null;
        }
        if (!MethodologyJson.TryRead(json.ToJsonString(), out var settings, out var readError))
        {
            error = $"Настройки не прочитаны ({readError}).";
            return null;
        }
        if (MethodologyValidation.Problems(settings!) is { Count: > 0 } problems)
        {
            error = "Недопустимые значения: " + string.Join("; ", problems);
            return null;
        }
        error = null;
        return settings;
    }

    internal static bool TryValue(MethodologyField field, out JsonNode? value, out string? error)
    {
        value = null;
        error = null;
        var text = field.Text.Trim();
        if (field.Kind != FieldKind.Switch && text.Length == 0)
        {
            if (field.Nullable || field.Kind == FieldKind.Text) return true;
            error = "Заполните поле.";
            return false;
        }
        switch (field.Kind)
        {
            case FieldKind.Switch:
                value = JsonValue.Create(field.On);
                return true;
            case FieldKind.Number:
                if (double.TryParse(text.Replace('.', ','), NumberStyles.Float, Russian, out var number) && double.IsFinite(number))
                {
                    value = JsonValue.Create(number);
                    return true;
                }
                error = "Введите число, например 0,15.";
                return false;
            case FieldKind.Integer:
                if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
                {
                    value = JsonValue.Create(integer);
                    return true;
                }
                error = "Введите целое число.";
                return false;
            case FieldKind.Choice:
            case FieldKind.Text:
                value = JsonValue.Create(text);
                return true;
            default:
                try
                {
                    value = JsonNode.Parse(text);
                    return true;
                }
                catch (JsonException e)
                {
                    error = $"Неверный JSON: строка {(e.LineNumber ?? 0) + 1}, позиция {(e.BytePositionInLine ?? 0) + 1}.";
                    return false;
                }
        }
    }

    private static MethodologyField Field(string section, PropertyInfo property, JsonNode? value)
    {
        var underlying = System.Nullable.GetUnderlyingType(property.PropertyType);
        var type = underlying ?? property.PropertyType;
        var kind = KindOf(type);
        var field = new MethodologyField(section, property.Name, kind, underlying is not null, type);
        switch (kind)
        {
            case FieldKind.Switch:
                field.On = value is JsonValue flag && flag.TryGetValue<bool>(out var on) && on;
                break;
            case FieldKind.Number:
                field.Text = value is JsonValue number && number.TryGetValue<double>(out var d) ? d.ToString("0.############", Russian) : value?.ToString() ?? "";
                break;
            case FieldKind.Integer or FieldKind.Choice or FieldKind.Text:
                field.Text = value?.ToString() ?? "";
                break;
            default:
                field.Text = value?.ToJsonString(Indented) ?? "null";
                break;
        }
        return field;
    }

    private static FieldKind KindOf(Type type) =>
        type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? FieldKind.Number
        : type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) ? FieldKind.Integer
        : type == typeof(bool) ? FieldKind.Switch
        : type.IsEnum ? FieldKind.Choice
        : type == typeof(string) ? FieldKind.Text
        : FieldKind.Json;

    private static bool IsSection(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod!.IsPublic)
            .OrderBy(p => p.MetadataToken);
}
