using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orientir.Domain.Imports;

namespace Orientir.Data.Imports;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.ToTable("ImportBatches");
        builder.Property(b => b.FileName).HasMaxLength(300);
        builder.Property(b => b.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(b => b.UserName).HasMaxLength(256);
        builder.HasIndex(b => new { b.FileName, b.Sha256 });
    }
}
