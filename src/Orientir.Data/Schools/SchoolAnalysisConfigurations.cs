using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orientir.Domain.Registry;
using Orientir.Domain.Schools;

namespace Orientir.Data.Schools;

internal sealed class MethodologyVersionConfiguration : IEntityTypeConfiguration<MethodologyVersion>
{
    public void Configure(EntityTypeBuilder<MethodologyVersion> builder)
    {
        builder.ToTable("MethodologyVersions");
        builder.HasIndex(v => v.Number).IsUnique();
        builder.Property(v => v.Comment).HasMaxLength(1000);
        builder.Property(v => v.CreatedBy).HasMaxLength(256);
    }
}

internal sealed class SchoolAnalysisRunConfiguration : IEntityTypeConfiguration<SchoolAnalysisRun>
{
    public void Configure(EntityTypeBuilder<SchoolAnalysisRun> builder)
    {
        builder.ToTable("SchoolAnalysisRuns");
        builder.HasIndex(r => r.Year);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.HasOne(r => r.MethodologyVersion).WithMany().HasForeignKey(r => r.MethodologyVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SchoolAnalysisEntryConfiguration : IEntityTypeConfiguration<SchoolAnalysisEntry>
{
    public void Configure(EntityTypeBuilder<SchoolAnalysisEntry> builder)
    {
        builder.ToTable("SchoolAnalysisEntries");
        builder.HasIndex(e => new { e.RunId, e.SchoolId }).IsUnique();
        builder.Property(e => e.Cluster).HasMaxLength(64);
        builder.HasOne<SchoolAnalysisRun>().WithMany().HasForeignKey(e => e.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ObjectivityMarkerRecordConfiguration : IEntityTypeConfiguration<ObjectivityMarkerRecord>
{
    public void Configure(EntityTypeBuilder<ObjectivityMarkerRecord> builder)
    {
        builder.ToTable("ObjectivityMarkers");
        builder.HasIndex(m => new { m.RunId, m.SchoolId });
        builder.Property(m => m.ProcedureCode).HasMaxLength(64);
        builder.Property(m => m.Kind).HasMaxLength(64);
        builder.HasOne<SchoolAnalysisRun>().WithMany().HasForeignKey(m => m.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(m => m.SchoolId).OnDelete(DeleteBehavior.Cascade);
    }
}
