using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orientir.Data.Access;
using Orientir.Domain.Registry;
using Orientir.Domain.Schools;
using Orientir.Domain.Support;

namespace Orientir.Data.Support;

internal sealed class TargetListConfiguration : IEntityTypeConfiguration<TargetList>
{
    public void Configure(EntityTypeBuilder<TargetList> builder)
    {
        builder.ToTable("TargetLists");
        builder.HasIndex(l => new { l.Year, l.Revision }).IsUnique();
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(l => l.CreatedBy).HasMaxLength(256);
        builder.Property(l => l.ApprovedBy).HasMaxLength(256);
        builder.HasOne<SchoolAnalysisRun>().WithMany().HasForeignKey(l => l.SourceRunId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TargetListSchoolConfiguration : IEntityTypeConfiguration<TargetListSchool>
{
    public void Configure(EntityTypeBuilder<TargetListSchool> builder)
    {
        builder.ToTable("TargetListSchools");
        builder.HasIndex(s => new { s.TargetListId, s.SchoolId }).IsUnique();
        builder.Property(s => s.Basis).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Reason).HasMaxLength(2000);
        builder.HasOne<TargetList>().WithMany().HasForeignKey(s => s.TargetListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TargetListChangeConfiguration : IEntityTypeConfiguration<TargetListChange>
{
    public void Configure(EntityTypeBuilder<TargetListChange> builder)
    {
        builder.ToTable("TargetListChanges");
        builder.HasIndex(c => c.TargetListId);
        builder.Property(c => c.Action).HasMaxLength(64);
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.Property(c => c.User).HasMaxLength(256);
        builder.HasOne<TargetList>().WithMany().HasForeignKey(c => c.TargetListId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CuratorAssignmentConfiguration : IEntityTypeConfiguration<CuratorAssignment>
{
    public void Configure(EntityTypeBuilder<CuratorAssignment> builder)
    {
        builder.ToTable("CuratorAssignments");
        builder.HasIndex(a => new { a.SchoolId, a.ToUtc });
        builder.HasIndex(a => a.CuratorUserId);
        builder.Property(a => a.AssignedBy).HasMaxLength(256);
        builder.Property(a => a.Reason).HasMaxLength(2000);
        builder.HasOne<School>().WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrientirUser>().WithMany().HasForeignKey(a => a.CuratorUserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RiskFactorConfiguration : IEntityTypeConfiguration<RiskFactor>
{
    public void Configure(EntityTypeBuilder<RiskFactor> builder)
    {
        builder.ToTable("RiskFactors");
        builder.HasIndex(f => f.Code).IsUnique();
        builder.Property(f => f.Code).HasMaxLength(64);
        builder.Property(f => f.Name).HasMaxLength(500);
        builder.HasData(RiskReferenceData.Factors);
    }
}

internal sealed class RiskQuestionConfiguration : IEntityTypeConfiguration<RiskQuestion>
{
    public void Configure(EntityTypeBuilder<RiskQuestion> builder)
    {
        builder.ToTable("RiskQuestions");
        builder.Property(q => q.FactorCode).HasMaxLength(64);
        builder.Property(q => q.Text).HasMaxLength(1000);
        builder.HasData(RiskReferenceData.Questions);
    }
}

internal sealed class RiskProfileConfiguration : IEntityTypeConfiguration<RiskProfile>
{
    public void Configure(EntityTypeBuilder<RiskProfile> builder)
    {
        builder.ToTable("RiskProfiles");
        builder.HasIndex(p => new { p.SchoolId, p.Year }).IsUnique();
        builder.Property(p => p.UpdatedBy).HasMaxLength(256);
        builder.HasOne<School>().WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RiskAnswerConfiguration : IEntityTypeConfiguration<RiskAnswer>
{
    public void Configure(EntityTypeBuilder<RiskAnswer> builder)
    {
        builder.ToTable("RiskAnswers");
        builder.HasIndex(a => new { a.ProfileId, a.QuestionId }).IsUnique();
        builder.HasOne<RiskProfile>().WithMany().HasForeignKey(a => a.ProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RiskQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RiskProfileFactorConfiguration : IEntityTypeConfiguration<RiskProfileFactor>
{
    public void Configure(EntityTypeBuilder<RiskProfileFactor> builder)
    {
        builder.ToTable("RiskProfileFactors");
        builder.HasIndex(f => new { f.ProfileId, f.FactorCode }).IsUnique();
        builder.Property(f => f.FactorCode).HasMaxLength(64);
        builder.Property(f => f.DataLevel).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.SelfLevel).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Level).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<RiskProfile>().WithMany().HasForeignKey(f => f.ProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SupportDocumentConfiguration : IEntityTypeConfiguration<SupportDocument>
{
    public void Configure(EntityTypeBuilder<SupportDocument> builder)
    {
        builder.ToTable("SupportDocuments");
        builder.HasIndex(d => new { d.SchoolId, d.Year });
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.RiskFactorCode).HasMaxLength(64);
        builder.Property(d => d.Title).HasMaxLength(500);
        builder.Property(d => d.UpdatedBy).HasMaxLength(256);
        builder.HasOne<School>().WithMany().HasForeignKey(d => d.SchoolId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SupportMeasureConfiguration : IEntityTypeConfiguration<SupportMeasure>
{
    public void Configure(EntityTypeBuilder<SupportMeasure> builder)
    {
        builder.ToTable("SupportMeasures");
        builder.HasIndex(m => m.DocumentId);
        builder.HasIndex(m => new { m.Status, m.Deadline });
        builder.Property(m => m.Title).HasMaxLength(1000);
        builder.Property(m => m.Responsible).HasMaxLength(300);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Note).HasMaxLength(2000);
        builder.HasOne<SupportDocument>().WithMany().HasForeignKey(m => m.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProgrammeIndicatorConfiguration : IEntityTypeConfiguration<ProgrammeIndicator>
{
    public void Configure(EntityTypeBuilder<ProgrammeIndicator> builder)
    {
        builder.ToTable("ProgrammeIndicators");
        builder.HasIndex(i => i.DocumentId);
        builder.HasIndex(i => i.SystemCode);
        builder.Property(i => i.Name).HasMaxLength(500);
        builder.Property(i => i.SystemCode).HasMaxLength(200);
        builder.Property(i => i.Unit).HasMaxLength(32);
        builder.HasOne<SupportDocument>().WithMany().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RiskStudentConfiguration : IEntityTypeConfiguration<RiskStudent>
{
    public void Configure(EntityTypeBuilder<RiskStudent> builder)
    {
        builder.ToTable("RiskStudents");
        builder.HasIndex(s => s.DocumentId);
        builder.Property(s => s.StudentCode).HasMaxLength(64);
        builder.Property(s => s.Route).HasMaxLength(4000);
        builder.Property(s => s.Progress).HasMaxLength(2000);
        builder.HasOne<SupportDocument>().WithMany().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> builder)
    {
        builder.ToTable("DocumentVersions");
        builder.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
        builder.Property(v => v.Decision).HasConversion<string>().HasMaxLength(32);
        builder.Property(v => v.Comment).HasMaxLength(4000);
        builder.Property(v => v.SubmittedBy).HasMaxLength(256);
        builder.Property(v => v.ReviewedBy).HasMaxLength(256);
        builder.HasOne<SupportDocument>().WithMany().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MonitoringSnapshotConfiguration : IEntityTypeConfiguration<MonitoringSnapshot>
{
    public void Configure(EntityTypeBuilder<MonitoringSnapshot> builder)
    {
        builder.ToTable("MonitoringSnapshots");
        builder.HasIndex(s => new { s.TargetListId, s.SchoolId, s.Stage }).IsUnique();
        builder.Property(s => s.Stage).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<TargetList>().WithMany().HasForeignKey(s => s.TargetListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasIndex(n => new { n.UserId, n.Key }).IsUnique();
        builder.Property(n => n.Text).HasMaxLength(2000);
        builder.Property(n => n.Link).HasMaxLength(500);
        builder.Property(n => n.Key).HasMaxLength(200);
        builder.HasOne<OrientirUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
