using Microsoft.EntityFrameworkCore;
using Orientir.Data.Import;
using Orientir.Analytics.Recommendations;
using Orientir.Data.Access;
using Orientir.Data.Database;
using Orientir.Domain.Audit;
using Orientir.Domain.Reports;

namespace Orientir.Data.Reports;

/// <summary>
/// Changes the rules of the recommendations: reword, retune, switch off, add, import a file. Editors only
/// (<see cref="RuleEditor.CanEdit"/>); every change is audited (<c>report.rules.update</c>, <c>report.rules.add</c>,
/// <c>report.rules.import</c>).
/// </summary>
public sealed class RecommendationRuleCommands(OrientirDbContext db, TimeProvider time)
{
    public const string UpdateAction = "report.rules.update";
    public const string AddAction = "report.rules.add";

    public async Task<ScopedResult<RecommendationRuleRow>> UpdateAsync(RuleEditor editor, string code, RecommendationRuleChange change,
        CancellationToken cancellationToken = default)
    {
        if (!editor.CanEdit) return ScopedResult<RecommendationRuleRow>.Forbidden(RuleEditor.NotEditor);
        var rule = await db.RecommendationRules.SingleOrDefaultAsync(r => r.Code == code, cancellationToken);
        if (rule is null) return ScopedResult<RecommendationRuleRow>.NotFound();
        var template = change.Template?.Trim() ?? rule.Template;
        var problems = RecommendationRuleCheck.Values(RecommendationFactKinds.Find(rule.Fact), change.Threshold ?? rule.Threshold,
            change.Limit ?? rule.Limit, change.Priority ?? rule.Priority, template);
        if (problems.Count > 0) return ScopedResult<RecommendationRuleRow>.Invalid(string.Join(" ", problems));
        var difference = RecommendationRuleFields.Difference(rule, change);
        if (difference.Length == 0) return ScopedResult<RecommendationRuleRow>.Ok(RecommendationRuleRow.Of(rule));
        rule.Template = template;
        rule.Threshold = change.Threshold ?? rule.Threshold;
        rule.Limit = change.Limit ?? rule.Limit;
        rule.Priority = change.Priority ?? rule.Priority;
        rule.Active = change.Active ?? rule.Active;
        return await SaveAsync(editor, rule, UpdateAction, $"code={code} {difference}", cancellationToken);
    }

    public async Task<ScopedResult<RecommendationRuleRow>> AddAsync(RuleEditor editor, RecommendationRuleInput input, CancellationToken cancellationToken = default)
    {
        if (!editor.CanEdit) return ScopedResult<RecommendationRuleRow>.Forbidden(RuleEditor.NotEditor);
        input = input with { Code = input.Code.Trim(), Level = input.Level.Trim(), Fact = input.Fact.Trim() };
        var problems = RecommendationRuleCheck.Problems(input);
        if (problems.Count > 0) return ScopedResult<RecommendationRuleRow>.Invalid(string.Join(" ", problems));
        if (await db.RecommendationRules.AnyAsync(r => r.Code == input.Code, cancellationToken))
            return ScopedResult<RecommendationRuleRow>.Invalid($"Код: правило «{input.Code}» уже есть.");
        var rule = new RecommendationRuleRecord();
        RecommendationRuleFields.Apply(rule, input);
        db.RecommendationRules.Add(rule);
        return await SaveAsync(editor, rule, AddAction, $"code={rule.Code} level={rule.Level} fact={rule.Fact}", cancellationToken);
    }

    /// <summary>Imports a rules file from a stream (an upload); editors only.</summary>
    public async Task<ScopedResult<CatalogueImportOutcome>> ImportAsync(RuleEditor editor, Stream content, string? fileName,
        CancellationToken cancellationToken = default)
    {
        if (!editor.CanEdit) return ScopedResult<CatalogueImportOutcome>.Forbidden(RuleEditor.NotEditor);
        var path = Path.Combine(Path.GetTempPath(), $"orientir-rules-{Guid.NewGuid():N}.csv");
        try
        {
            await using (var file = File.Create(path)) await content.CopyToAsync(file, cancellationToken);
            var name = string.IsNullOrWhiteSpace(fileName) ? RecommendationRulesCsv.FileName : Path.GetFileName(fileName);
            return ScopedResult<CatalogueImportOutcome>.Ok(await new RecommendationRuleImport(db, time).ImportAsync(path, editor.UserName, name, cancellationToken));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<ScopedResult<RecommendationRuleRow>> SaveAsync(RuleEditor editor, RecommendationRuleRecord rule, string action, string details,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        rule.UpdatedAtUtc = now;
        rule.UpdatedBy = editor.UserName;
        db.Audit.Add(new AuditEntry(now, editor.UserName, action, details));
        await db.SaveChangesAsync(cancellationToken);
        return ScopedResult<RecommendationRuleRow>.Ok(RecommendationRuleRow.Of(rule));
    }
}
