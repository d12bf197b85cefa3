using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Orientir.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TargetedSupport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CuratorAssignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    CuratorUserId = table.Column<string>(type: "text", nullable: false),
                    FromUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ToUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AssignedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CuratorAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CuratorAssignments_AspNetUsers_CuratorUserId",
                        column: x => x.CuratorUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CuratorAssignments_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiskFactors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskFactors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RiskProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskProfiles_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiskQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FactorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskQuestions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupportDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RiskFactorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Goal = table.Column<string>(type: "text", nullable: false),
                    Tasks = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportDocuments_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TargetLists",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    SourceRunId = table.Column<int>(type: "integer", nullable: false),
                    MethodologyVersion = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ApprovedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EntryStageDate = table.Column<DateOnly>(type: "date", nullable: false),
                    InterimStageDate = table.Column<DateOnly>(type: "date", nullable: false),
                    FinalStageDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetLists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetLists_SchoolAnalysisRuns_SourceRunId",
                        column: x => x.SourceRunId,
                        principalTable: "SchoolAnalysisRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RiskProfileFactors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProfileId = table.Column<int>(type: "integer", nullable: false),
                    FactorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DataLevel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    DataEvidenceJson = table.Column<string>(type: "text", nullable: false),
                    SelfLevel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Priority = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskProfileFactors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskProfileFactors_RiskProfiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "RiskProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiskAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProfileId = table.Column<int>(type: "integer", nullable: false),
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskAnswers_RiskProfiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "RiskProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RiskAnswers_RiskQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "RiskQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DocumentVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ContentJson = table.Column<string>(type: "text", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Decision = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentVersions_SupportDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "SupportDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SystemCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HigherIsBetter = table.Column<bool>(type: "boolean", nullable: false),
                    Baseline = table.Column<double>(type: "double precision", nullable: false),
                    Target = table.Column<double>(type: "double precision", nullable: false),
                    Measured = table.Column<double>(type: "double precision", nullable: true),
                    MeasuredYear = table.Column<int>(type: "integer", nullable: true),
                    MeasuredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeIndicators_SupportDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "SupportDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiskStudents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    StudentCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Route = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Progress = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskStudents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskStudents_SupportDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "SupportDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportMeasures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Responsible = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DoneAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportMeasures_SupportDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "SupportDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringSnapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TargetListId = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DocumentsApproved = table.Column<int>(type: "integer", nullable: false),
                    DocumentsTotal = table.Column<int>(type: "integer", nullable: false),
                    MeasuresTotal = table.Column<int>(type: "integer", nullable: false),
                    MeasuresDone = table.Column<int>(type: "integer", nullable: false),
                    MeasuresOverdue = table.Column<int>(type: "integer", nullable: false),
                    IndicatorsTotal = table.Column<int>(type: "integer", nullable: false),
                    IndicatorsOnTrack = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringSnapshots_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MonitoringSnapshots_TargetLists_TargetListId",
                        column: x => x.TargetListId,
                        principalTable: "TargetLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TargetListChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TargetListId = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: true),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    User = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetListChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetListChanges_TargetLists_TargetListId",
                        column: x => x.TargetListId,
                        principalTable: "TargetLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TargetListSchools",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TargetListId = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Basis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Included = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetListSchools", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetListSchools_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TargetListSchools_TargetLists_TargetListId",
                        column: x => x.TargetListId,
                        principalTable: "TargetLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "RiskFactors",
                columns: new[] { "Id", "Code", "Name", "Order" },
                values: new object[,]
                {
                    { 1, "equipment", "Низкий уровень оснащения школы", 1 },
                    { 2, "staffing", "Дефицит педагогических кадров", 2 },
                    { 3, "teacher_competence", "Недостаточная предметная и методическая компетентность педагогических работников", 3 },
                    { 4, "adaptivity", "Риски низкой адаптивности учебного процесса", 4 },
                    { 5, "in_school_training", "Несформированность внутришкольной системы повышения квалификации", 5 },
                    { 6, "students_at_risk", "Высокая доля обучающихся с рисками учебной неуспешности", 6 },
                    { 7, "language_barriers", "Низкое качество преодоления языковых и культурных барьеров", 7 },
                    { 8, "environment", "Пониженный уровень качества школьной образовательной и воспитательной среды", 8 },
                    { 9, "parent_involvement", "Низкий уровень вовлечённости родителей", 9 },
                    { 10, "motivation", "Низкая учебная мотивация обучающихся", 10 },
                    { 11, "disabilities", "Высокая доля обучающихся с ОВЗ", 11 }
                });

            migrationBuilder.InsertData(
                table: "RiskQuestions",
                columns: new[] { "Id", "FactorCode", "Order", "Text" },
                values: new object[,]
                {
                    { 1, "equipment", 1, "В школе не хватает современного учебного и лабораторного оборудования." },
                    { 2, "equipment", 2, "Скорость интернета и число компьютеров не позволяют проводить уроки с цифровыми ресурсами." },
                    { 3, "staffing", 3, "В школе есть вакансии педагогов или предметы ведут учителя без соответствующей подготовки." },
                    { 4, "staffing", 4, "Нагрузка многих учителей превышает 1,5 ставки." },
                    { 5, "teacher_competence", 5, "Результаты диагностики показывают предметные или методические дефициты у значительной части учителей." },
                    { 6, "teacher_competence", 6, "Учителя испытывают трудности с оцениванием по критериям и с заданиями на применение знаний." },
                    { 7, "adaptivity", 7, "На уроках редко используется дифференциация заданий по уровню подготовки обучающихся." },
                    { 8, "adaptivity", 8, "Расписание и формы обучения не учитывают индивидуальные потребности обучающихся." },
                    { 9, "in_school_training", 9, "В школе нет плана внутришкольного повышения квалификации и наставничества." },
                    { 10, "in_school_training", 10, "Методические объединения не анализируют результаты оценочных процедур." },
                    { 11, "students_at_risk", 11, "Значительная часть обучающихся не справляется с базовым уровнем программы." },
                    { 12, "students_at_risk", 12, "Многие обучающиеся пропускают уроки без уважительной причины." },
                    { 13, "language_barriers", 13, "Часть обучающихся плохо владеет русским языком как языком обучения." },
                    { 14, "language_barriers", 14, "В школе нет программ языковой и социокультурной адаптации." },
                    { 15, "environment", 15, "Обучающиеся и родители не оценивают школьную среду как безопасную и поддерживающую." },
                    { 16, "environment", 16, "Внеурочная деятельность и воспитательные мероприятия немногочисленны." },
                    { 17, "parent_involvement", 17, "Родители редко посещают собрания и школьные мероприятия." },
                    { 18, "parent_involvement", 18, "Родители не участвуют в управлении школой (совет школы, попечительский совет)." },
                    { 19, "motivation", 19, "Многие обучающиеся не видят смысла в учёбе и не планируют продолжать образование." },
                    { 20, "motivation", 20, "Участие обучающихся в олимпиадах, конкурсах и проектах низкое." },
                    { 21, "disabilities", 21, "В школе много обучающихся с ОВЗ, для которых не хватает специальных условий." },
                    { 22, "disabilities", 22, "В школе нет специалистов сопровождения (психолога, логопеда, дефектолога, тьютора)." }
                });

            migrationBuilder.CreateIndex(
                name: "IX_CuratorAssignments_CuratorUserId",
                table: "CuratorAssignments",
                column: "CuratorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CuratorAssignments_SchoolId_ToUtc",
                table: "CuratorAssignments",
                columns: new[] { "SchoolId", "ToUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentVersions_DocumentId_Number",
                table: "DocumentVersions",
                columns: new[] { "DocumentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringSnapshots_SchoolId",
                table: "MonitoringSnapshots",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringSnapshots_TargetListId_SchoolId_Stage",
                table: "MonitoringSnapshots",
                columns: new[] { "TargetListId", "SchoolId", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_Key",
                table: "Notifications",
                columns: new[] { "UserId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeIndicators_DocumentId",
                table: "ProgrammeIndicators",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeIndicators_SystemCode",
                table: "ProgrammeIndicators",
                column: "SystemCode");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAnswers_ProfileId_QuestionId",
                table: "RiskAnswers",
                columns: new[] { "ProfileId", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskAnswers_QuestionId",
                table: "RiskAnswers",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskFactors_Code",
                table: "RiskFactors",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskProfileFactors_ProfileId_FactorCode",
                table: "RiskProfileFactors",
                columns: new[] { "ProfileId", "FactorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskProfiles_SchoolId_Year",
                table: "RiskProfiles",
                columns: new[] { "SchoolId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskStudents_DocumentId",
                table: "RiskStudents",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportDocuments_SchoolId_Year",
                table: "SupportDocuments",
                columns: new[] { "SchoolId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportMeasures_DocumentId",
                table: "SupportMeasures",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportMeasures_Status_Deadline",
                table: "SupportMeasures",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_TargetListChanges_TargetListId",
                table: "TargetListChanges",
                column: "TargetListId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetLists_SourceRunId",
                table: "TargetLists",
                column: "SourceRunId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetLists_Year_Revision",
                table: "TargetLists",
                columns: new[] { "Year", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TargetListSchools_SchoolId",
                table: "TargetListSchools",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetListSchools_TargetListId_SchoolId",
                table: "TargetListSchools",
                columns: new[] { "TargetListId", "SchoolId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CuratorAssignments");

            migrationBuilder.DropTable(
                name: "DocumentVersions");

            migrationBuilder.DropTable(
                name: "MonitoringSnapshots");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "ProgrammeIndicators");

            migrationBuilder.DropTable(
                name: "RiskAnswers");

            migrationBuilder.DropTable(
                name: "RiskFactors");

            migrationBuilder.DropTable(
                name: "RiskProfileFactors");

            migrationBuilder.DropTable(
                name: "RiskStudents");

            migrationBuilder.DropTable(
                name: "SupportMeasures");

            migrationBuilder.DropTable(
                name: "TargetListChanges");

            migrationBuilder.DropTable(
                name: "TargetListSchools");

            migrationBuilder.DropTable(
                name: "RiskQuestions");

            migrationBuilder.DropTable(
                name: "RiskProfiles");

            migrationBuilder.DropTable(
                name: "SupportDocuments");

            migrationBuilder.DropTable(
                name: "TargetLists");
        }
    }
}
