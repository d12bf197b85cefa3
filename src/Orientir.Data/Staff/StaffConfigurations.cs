using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orientir.Domain.Registry;
using Orientir.Domain.Schools;
using Orientir.Domain.Staff;

namespace Orientir.Data.Staff;

internal sealed class TeacherConfiguration : IEntityTypeConfiguration<Teacher>
{
    public void Configure(EntityTypeBuilder<Teacher> builder)
    {
        builder.ToTable("Teachers");
        builder.HasIndex(t => t.Code).IsUnique();
        builder.HasIndex(t => t.SchoolId);
        builder.Property(t => t.Code).HasMaxLength(64);
        builder.Property(t => t.Subjects).HasMaxLength(200);
        builder.Property(t => t.Category).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(t => t.SubjectList);
        builder.HasOne<School>().WithMany().HasForeignKey(t => t.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TeacherClassConfiguration : IEntityTypeConfiguration<TeacherClass>
{
    public void Configure(EntityTypeBuilder<TeacherClass> builder)
    {
        builder.ToTable("TeacherClasses");
        builder.HasIndex(c => new { c.TeacherId, c.Year, c.SchoolId, c.ClassLabel, c.Subject }).IsUnique();
        builder.HasIndex(c => new { c.SchoolId, c.Year });
        builder.Property(c => c.ClassLabel).HasMaxLength(32);
        builder.Property(c => c.Subject).HasMaxLength(32);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(c => c.TeacherId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TeacherDiagnosticConfiguration : IEntityTypeConfiguration<TeacherDiagnostic>
{
    public void Configure(EntityTypeBuilder<TeacherDiagnostic> builder)
    {
        builder.ToTable("TeacherDiagnostics");
        builder.HasIndex(d => new { d.TeacherId, d.Procedure, d.CompetenceCode }).IsUnique();
        builder.Property(d => d.Procedure).HasMaxLength(64);
        builder.Property(d => d.CompetenceCode).HasMaxLength(64);
        builder.Ignore(d => d.Percent);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(d => d.TeacherId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CompetenceConfiguration : IEntityTypeConfiguration<Competence>
{
    public void Configure(EntityTypeBuilder<Competence> builder)
    {
        builder.ToTable("Competences");
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Code).HasMaxLength(64);
        builder.Property(c => c.Name).HasMaxLength(500);
        builder.HasData(StaffReferenceData.Competences);
    }
}

internal sealed class TeacherMeasurementConfiguration : IEntityTypeConfiguration<TeacherMeasurement>
{
    public void Configure(EntityTypeBuilder<TeacherMeasurement> builder)
    {
        builder.ToTable("TeacherMeasurements");
        builder.HasIndex(m => new { m.TeacherId, m.Year, m.Source, m.Code, m.ProcedureCode }).IsUnique();
        builder.HasIndex(m => new { m.Year, m.IsDeficit });
        builder.Property(m => m.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Code).HasMaxLength(64);
        builder.Property(m => m.Subject).HasMaxLength(32);
        builder.Property(m => m.ProcedureCode).HasMaxLength(64);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(m => m.TeacherId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MethodologyVersion>().WithMany().HasForeignKey(m => m.MethodologyVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CourseProgrammeConfiguration : IEntityTypeConfiguration<CourseProgramme>
{
    public void Configure(EntityTypeBuilder<CourseProgramme> builder)
    {
        builder.ToTable("CourseProgrammes");
        builder.HasIndex(p => new { p.Title, p.Provider }).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(500);
        builder.Property(p => p.Provider).HasMaxLength(300);
        builder.Property(p => p.Format).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.RegistryNumber).HasMaxLength(64);
        builder.Property(p => p.Targets).HasMaxLength(1000);
        builder.Property(p => p.UpdatedBy).HasMaxLength(256);
        builder.Ignore(p => p.TargetList);
    }
}

internal sealed class IndividualRouteConfiguration : IEntityTypeConfiguration<IndividualRoute>
{
    public void Configure(EntityTypeBuilder<IndividualRoute> builder)
    {
        builder.ToTable("IndividualRoutes");
        builder.HasIndex(r => new { r.TeacherId, r.Year });
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.ApprovedBy).HasMaxLength(256);
        builder.Property(r => r.Comment).HasMaxLength(2000);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(r => r.TeacherId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RouteDeficitConfiguration : IEntityTypeConfiguration<RouteDeficit>
{
    public void Configure(EntityTypeBuilder<RouteDeficit> builder)
    {
        builder.ToTable("RouteDeficits");
        builder.HasIndex(d => d.RouteId);
        builder.Property(d => d.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Code).HasMaxLength(64);
        builder.Property(d => d.Subject).HasMaxLength(32);
        builder.HasOne<IndividualRoute>().WithMany().HasForeignKey(d => d.RouteId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RouteStepConfiguration : IEntityTypeConfiguration<RouteStep>
{
    public void Configure(EntityTypeBuilder<RouteStep> builder)
    {
        builder.ToTable("RouteSteps");
        builder.HasIndex(s => s.RouteId);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.Property(s => s.DeficitCodes).HasMaxLength(500);
        builder.Property(s => s.CompletedBy).HasMaxLength(256);
        builder.Property(s => s.Evidence).HasMaxLength(2000);
        builder.HasOne<IndividualRoute>().WithMany().HasForeignKey(s => s.RouteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CourseProgramme>().WithMany().HasForeignKey(s => s.CourseProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(s => s.MentorTeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<School>().WithMany().HasForeignKey(s => s.HostSchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MentoringGroupConfiguration : IEntityTypeConfiguration<MentoringGroup>
{
    public void Configure(EntityTypeBuilder<MentoringGroup> builder)
    {
        builder.ToTable("MentoringGroups");
        builder.HasIndex(g => g.SchoolId);
        builder.HasIndex(g => g.MentorTeacherId);
        builder.Property(g => g.Form).HasConversion<string>().HasMaxLength(32);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(g => g.Topic).HasMaxLength(500);
        builder.Property(g => g.CreatedBy).HasMaxLength(256);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(g => g.MentorTeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<School>().WithMany().HasForeignKey(g => g.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MentoringMenteeConfiguration : IEntityTypeConfiguration<MentoringMentee>
{
    public void Configure(EntityTypeBuilder<MentoringMentee> builder)
    {
        builder.ToTable("MentoringMentees");
        builder.HasIndex(m => new { m.GroupId, m.TeacherId }).IsUnique();
        builder.HasIndex(m => m.TeacherId);
        builder.HasOne<MentoringGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(m => m.TeacherId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MentoringGoalConfiguration : IEntityTypeConfiguration<MentoringGoal>
{
    public void Configure(EntityTypeBuilder<MentoringGoal> builder)
    {
        builder.ToTable("MentoringGoals");
        builder.HasIndex(g => g.GroupId);
        builder.Property(g => g.Text).HasMaxLength(1000);
        builder.HasOne<MentoringGroup>().WithMany().HasForeignKey(g => g.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MentoringMeetingConfiguration : IEntityTypeConfiguration<MentoringMeeting>
{
    public void Configure(EntityTypeBuilder<MentoringMeeting> builder)
    {
        builder.ToTable("MentoringMeetings");
        builder.HasIndex(m => m.GroupId);
        builder.Property(m => m.Topic).HasMaxLength(500);
        builder.Property(m => m.Notes).HasMaxLength(2000);
        builder.HasOne<MentoringGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
