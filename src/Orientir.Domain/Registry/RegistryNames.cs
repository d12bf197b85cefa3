namespace Orientir.Domain.Registry;

/// <summary>Russian names of the registry's enumerations, shared by the UI, reports and importers.</summary>
public static class RegistryNames
{
    public static string Russian(this SchoolType type) => type switch
    {
        SchoolType.General => "общеобразовательная",
        SchoolType.Gymnasium => "гимназия",
        SchoolType.Lyceum => "лицей",
        SchoolType.Advanced => "СОШ с углублённым изучением",
        SchoolType.Small => "малокомплектная",
        SchoolType.Evening => "вечерняя",
        SchoolType.Special => "коррекционная",
        _ => type.ToString(),
    };

    public static string Russian(this Locality locality) => locality == Locality.Urban ? "город" : "село";
}
