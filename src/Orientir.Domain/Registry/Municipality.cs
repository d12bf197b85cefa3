namespace Orientir.Domain.Registry;

/// <summary>A municipal district or okrug of the region (муниципалитет), keyed by its code.</summary>
public sealed class Municipality
{
    public Municipality(string code, string name, long importBatchId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Code = code;
        Name = name;
        ImportBatchId = importBatchId;
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public long ImportBatchId { get; private set; }

    public void Rename(string name, long importBatchId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        ImportBatchId = importBatchId;
    }
}
