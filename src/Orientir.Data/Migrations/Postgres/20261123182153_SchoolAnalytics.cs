using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Orientir.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SchoolAnalytics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MethodologyVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    SettingsJson = table.Column<string>(type: "text", nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologyVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SchoolAnalysisRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    MethodologyVersionId = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SummaryJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolAnalysisRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolAnalysisRuns_MethodologyVersions_MethodologyVersionId",
                        column: x => x.MethodologyVersionId,
                        principalTable: "MethodologyVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ObjectivityMarkers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    ProcedureCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Statistic = table.Column<double>(type: "double precision", nullable: false),
                    Raised = table.Column<bool>(type: "boolean", nullable: false),
                    EvidenceJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectivityMarkers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectivityMarkers_SchoolAnalysisRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "SchoolAnalysisRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ObjectivityMarkers_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SchoolAnalysisEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    ContextIndex = table.Column<double>(type: "double precision", nullable: true),
                    ContextPercentile = table.Column<double>(type: "double precision", nullable: true),
                    Cluster = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Unfavourable = table.Column<bool>(type: "boolean", nullable: false),
                    LevelWorks = table.Column<int>(type: "integer", nullable: false),
                    LevelEffect = table.Column<double>(type: "double precision", nullable: true),
                    LevelLower = table.Column<double>(type: "double precision", nullable: true),
                    LevelUpper = table.Column<double>(type: "double precision", nullable: true),
                    GrowthWorks = table.Column<int>(type: "integer", nullable: false),
                    GrowthEffect = table.Column<double>(type: "double precision", nullable: true),
                    GrowthLower = table.Column<double>(type: "double precision", nullable: true),
                    GrowthUpper = table.Column<double>(type: "double precision", nullable: true),
                    LowResultsComposite = table.Column<double>(type: "double precision", nullable: true),
                    LowResults = table.Column<bool>(type: "boolean", nullable: false),
                    Resilient = table.Column<bool>(type: "boolean", nullable: false),
                    NonObjective = table.Column<bool>(type: "boolean", nullable: false),
                    MarkedProcedures = table.Column<int>(type: "integer", nullable: false),
                    Markers = table.Column<int>(type: "integer", nullable: false),
                    EvidenceJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolAnalysisEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolAnalysisEntries_SchoolAnalysisRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "SchoolAnalysisRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SchoolAnalysisEntries_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyVersions_Number",
                table: "MethodologyVersions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ObjectivityMarkers_RunId_SchoolId",
                table: "ObjectivityMarkers",
                columns: new[] { "RunId", "SchoolId" });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectivityMarkers_SchoolId",
                table: "ObjectivityMarkers",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_SchoolAnalysisEntries_RunId_SchoolId",
                table: "SchoolAnalysisEntries",
                columns: new[] { "RunId", "SchoolId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SchoolAnalysisEntries_SchoolId",
                table: "SchoolAnalysisEntries",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_SchoolAnalysisRuns_MethodologyVersionId",
                table: "SchoolAnalysisRuns",
                column: "MethodologyVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_SchoolAnalysisRuns_Year",
                table: "SchoolAnalysisRuns",
                column: "Year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ObjectivityMarkers");

            migrationBuilder.DropTable(
                name: "SchoolAnalysisEntries");

            migrationBuilder.DropTable(
                name: "SchoolAnalysisRuns");

            migrationBuilder.DropTable(
                name: "MethodologyVersions");
        }
    }
}
