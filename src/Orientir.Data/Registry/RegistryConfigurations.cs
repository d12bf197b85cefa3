using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orientir.Domain.Imports;
using Orientir.Domain.Registry;

namespace Orientir.Data.Registry;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.ToTable("Municipalities");
        builder.Property(m => m.Code).HasMaxLength(64);
        builder.HasIndex(m => m.Code).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(300);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(m => m.ImportBatchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.ToTable("Schools");
        builder.Property(s => s.Code).HasMaxLength(64);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(500);
        builder.HasIndex(s => s.MunicipalityId);
        builder.HasOne(s => s.Municipality).WithMany().HasForeignKey(s => s.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Locality).HasConversion<string>().HasMaxLength(8);
        builder.ComplexProperty(s => s.Passport, passport =>
        {
            passport.Property(p => p.BothParentsHigherEducation).HasColumnName("ShareBothParentsHigherEd");
            passport.Property(p => p.SingleParent).HasColumnName("ShareSingleParent");
            passport.Property(p => p.UnemployedParents).HasColumnName("ShareUnemployedParents");
            passport.Property(p => p.LowIncome).HasColumnName("ShareLowIncome");
            passport.Property(p => p.NonNativeRussian).HasColumnName("ShareNonNativeRussian");
            passport.Property(p => p.Disabilities).HasColumnName("ShareDisabilities");
            passport.Property(p => p.Registered).HasColumnName("ShareRegistered");
        });
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(s => s.ImportBatchId).OnDelete(DeleteBehavior.Restrict);
    }
}
