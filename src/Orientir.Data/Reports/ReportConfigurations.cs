using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orientir.Domain.Reports;

namespace Orientir.Data.Reports;

internal sealed class RecommendationRuleConfiguration : IEntityTypeConfiguration<RecommendationRuleRecord>
{
    public void Configure(EntityTypeBuilder<RecommendationRuleRecord> builder)
    {
        builder.ToTable("RecommendationRules");
        builder.HasIndex(r => r.Code).IsUnique();
        builder.Property(r => r.Code).HasMaxLength(64);
        builder.Property(r => r.Level).HasMaxLength(16);
        builder.Property(r => r.Fact).HasMaxLength(64);
        builder.Property(r => r.Comparison).HasMaxLength(16);
        builder.Property(r => r.Template).HasMaxLength(2000);
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
    }
}
