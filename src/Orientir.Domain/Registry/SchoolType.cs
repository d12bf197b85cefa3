namespace Orientir.Domain.Registry;

public enum SchoolType
{
    General,
    Gymnasium,
    Lyceum,
    /// <summary>СОШ с углублённым изучением отдельных предметов.</summary>
    Advanced,
    /// <summary>Малокомплектная.</summary>
    Small,
    Evening,
    /// <summary>Коррекционная.</summary>
    Special,
}

public enum Locality
{
    Urban,
    Rural,
}
