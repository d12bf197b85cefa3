using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orientir.Domain.Imports;
using Orientir.Domain.Registry;
using Orientir.Domain.Results;

namespace Orientir.Data.Results;

internal sealed class AssessmentProcedureConfiguration : IEntityTypeConfiguration<AssessmentProcedure>
{
    public void Configure(EntityTypeBuilder<AssessmentProcedure> builder)
    {
        builder.ToTable("Procedures");
        builder.Property(p => p.Code).HasMaxLength(64);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => p.Year);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Subject).HasMaxLength(32);
        builder.Property(p => p.Thresholds)
            .HasConversion(t => t == null ? null : t.ToString(), text => ParseThresholds(text))
            .HasColumnName("MarkThresholds")
            .HasMaxLength(64);
        builder.HasMany(p => p.Tasks).WithOne().HasForeignKey(t => t.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Tasks).HasField("_tasks");
        builder.Ignore(p => p.Title);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(p => p.ImportBatchId).OnDelete(DeleteBehavior.Restrict);
    }

    private static MarkThresholds? ParseThresholds(string? text) =>
        text is not null && MarkThresholds.TryParse(text, out var thresholds) ? thresholds : null;
}

internal sealed class AssessmentTaskConfiguration : IEntityTypeConfiguration<AssessmentTask>
{
    public void Configure(EntityTypeBuilder<AssessmentTask> builder)
    {
        builder.ToTable("Tasks");
        builder.Property(t => t.Label).HasMaxLength(32);
        builder.HasIndex(t => new { t.ProcedureId, t.Number }).IsUnique();
        builder.HasIndex(t => new { t.ProcedureId, t.Label }).IsUnique();
        builder.Property(t => t.Level).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(t => t.ImportBatchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StudentWorkConfiguration : IEntityTypeConfiguration<StudentWork>
{
    // Column names are fixed here because the bulk writers address the table directly.
    public void Configure(EntityTypeBuilder<StudentWork> builder)
    {
        builder.ToTable("Works");
        builder.Property(w => w.Participant).HasMaxLength(64);
        builder.Property(w => w.Student).HasMaxLength(64);
        builder.Property(w => w.ClassLabel).HasMaxLength(16);
        builder.Property(w => w.Variant).HasMaxLength(16);
        builder.HasIndex(w => new { w.ProcedureId, w.Participant }).IsUnique();
        builder.HasIndex(w => new { w.ProcedureId, w.SchoolId });
        builder.HasIndex(w => w.SchoolId);
        builder.HasIndex(w => w.Student);
        builder.HasOne<AssessmentProcedure>().WithMany().HasForeignKey(w => w.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(w => w.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(w => w.ImportBatchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SchoolResultAggregateConfiguration : IEntityTypeConfiguration<SchoolResultAggregate>
{
    public void Configure(EntityTypeBuilder<SchoolResultAggregate> builder)
    {
        builder.ToTable("SchoolResultAggregates");
        builder.HasIndex(a => new { a.ProcedureId, a.SchoolId }).IsUnique();
        builder.HasIndex(a => a.SchoolId);
        builder.HasOne<AssessmentProcedure>().WithMany().HasForeignKey(a => a.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(a => a.ImportBatchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SubjectSynonymConfiguration : IEntityTypeConfiguration<SubjectSynonym>
{
    public void Configure(EntityTypeBuilder<SubjectSynonym> builder)
    {
        builder.ToTable("SubjectSynonyms");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.Property(s => s.Subject).HasMaxLength(32);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
    }
}
