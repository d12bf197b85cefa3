using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orientir.Domain.Registry;

namespace Orientir.Data.Access;

internal sealed class OrientirUserConfiguration : IEntityTypeConfiguration<OrientirUser>
{
    public void Configure(EntityTypeBuilder<OrientirUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(u => u.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<School>().WithMany().HasForeignKey(u => u.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CuratorSchoolConfiguration : IEntityTypeConfiguration<CuratorSchool>
{
    public void Configure(EntityTypeBuilder<CuratorSchool> builder)
    {
        builder.ToTable("CuratorSchools");
        builder.HasKey(c => new { c.UserId, c.SchoolId });
        builder.HasOne<OrientirUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Cascade);
    }
}
