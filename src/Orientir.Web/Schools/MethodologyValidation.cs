using System.Collections;
using System.Reflection;
using Orientir.Analytics.Schools;

namespace Orientir.Web.Schools;

/// <summary>What JSON lets through but no methodology can use: numbers that are not finite, lists with empty items.</summary>
public static class MethodologyValidation
{
    public static IReadOnlyList<string> Problems(SchoolAnalysisSettings settings)
    {
        var problems = new List<string>();
        Walk(settings, "", problems, depth: 0);
        return problems;
    }

    private static void Walk(object? value, string path, List<string> problems, int depth)
    {
        if (value is null || depth > 6) return;
        switch (value)
        {
            case double d when !double.IsFinite(d):
                problems.Add($"«{MethodologyLabels.Of(path)}»: нужно конечное число");
                return;
            case float f when !float.IsFinite(f):
                problems.Add($"«{MethodologyLabels.Of(path)}»: нужно конечное число");
                return;
            case string or bool or Enum or int or long or double or float or decimal:
                return;
            case IEnumerable items:
                var i = 0;
                foreach (var item in items)
                {
                    if (item is null) problems.Add($"«{MethodologyLabels.Of(path)}»: пустой элемент списка");
                    else Walk(item, path, problems, depth + 1);
                    i++;
                }
                return;
        }
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            Walk(property.GetValue(value), path.Length == 0 ? property.Name : $"{path}.{property.Name}", problems, depth + 1);
        }
    }
}
