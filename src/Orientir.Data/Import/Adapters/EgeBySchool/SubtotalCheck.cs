namespace Orientir.Data.Import.Adapters.EgeBySchool;

/// <summary>
/// Where the form gives a municipality's subtotal row (the ЕАО does), its schools' participants must add up to it
/// per subject; a difference means a school row is missing or wrong, which the analyst is warned about.
/// </summary>
internal sealed class SubtotalCheck(string sheet, EgeSheetLayout layout, ExportContext context)
{
    private SheetRow? _subtotal;
    private readonly Dictionary<SubjectBlock, int> _sums = [];

    public void Open(SheetRow subtotal)
    {
        Close();
        _subtotal = subtotal;
    }

    public void Add(SubjectBlock block, int participants)
    {
        if (_subtotal is not null) _sums[block] = _sums.GetValueOrDefault(block) + participants;
    }

    public void Close()
    {
        if (_subtotal is not { } row) return;
        foreach (var block in layout.Blocks)
        {
            var text = row.Cell(block.Column);
            var stated = text.Length == 0 ? 0 : Numbers.TryParseDouble(text, out var value) ? value : double.NaN;
            var sum = _sums.GetValueOrDefault(block);
            if (double.IsNaN(stated) || stated == sum) continue;
            context.Warning(new SourcePlace(sheet, row.Number),
                EgeSheetLayout.Column(block.Column, $"{block.Name}: {EgeSheetLayout.Measures[0]}"), ImportCodes.EgeFormSubtotalMismatch,
                $"итог муниципалитета «{row.Cell(layout.MunicipalityColumn)}» ({EgeSheetReader.Format(stated)}) не равен сумме его школ ({sum})");
        }
        _subtotal = null;
        _sums.Clear();
    }
}
