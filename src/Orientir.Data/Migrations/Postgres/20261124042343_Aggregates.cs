using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Orientir.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Aggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<short>(
                name: "TestScore",
                table: "Works",
                type: "smallint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SchoolResultAggregates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProcedureId = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Participants = table.Column<int>(type: "integer", nullable: false),
                    Mark2Share = table.Column<double>(type: "double precision", nullable: true),
                    Mark3Share = table.Column<double>(type: "double precision", nullable: true),
                    Mark4Share = table.Column<double>(type: "double precision", nullable: true),
                    Mark5Share = table.Column<double>(type: "double precision", nullable: true),
                    BelowMinimum = table.Column<int>(type: "integer", nullable: true),
                    Score80To99 = table.Column<int>(type: "integer", nullable: true),
                    Score100 = table.Column<int>(type: "integer", nullable: true),
                    MeanScore = table.Column<double>(type: "double precision", nullable: true),
                    MeanMark = table.Column<double>(type: "double precision", nullable: true),
                    ImportBatchId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolResultAggregates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolResultAggregates_ImportBatches_ImportBatchId",
                        column: x => x.ImportBatchId,
                        principalTable: "ImportBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SchoolResultAggregates_Procedures_ProcedureId",
                        column: x => x.ProcedureId,
                        principalTable: "Procedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SchoolResultAggregates_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubjectSynonyms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubjectSynonyms", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SchoolResultAggregates_ImportBatchId",
                table: "SchoolResultAggregates",
                column: "ImportBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_SchoolResultAggregates_ProcedureId_SchoolId",
                table: "SchoolResultAggregates",
                columns: new[] { "ProcedureId", "SchoolId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SchoolResultAggregates_SchoolId",
                table: "SchoolResultAggregates",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_SubjectSynonyms_Name",
                table: "SubjectSynonyms",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SchoolResultAggregates");

            migrationBuilder.DropTable(
                name: "SubjectSynonyms");

            migrationBuilder.DropColumn(
                name: "TestScore",
                table: "Works");
        }
    }
}
