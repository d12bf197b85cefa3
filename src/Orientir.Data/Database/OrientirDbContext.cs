using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Orientir.Data.Access;
using Orientir.Domain.Audit;
using Orientir.Domain.Imports;
using Orientir.Domain.Registry;
using Orientir.Domain.Reports;
using Orientir.Domain.Results;
using Orientir.Domain.Schools;
using Orientir.Domain.Staff;
using Orientir.Domain.Support;

namespace Orientir.Data.Database;

/// <summary>
/// The one model of Orientir's data. Each provider has its own subclass only so that each keeps its own
/// migrations (<see cref="SqliteOrientirDbContext"/>, <see cref="PostgresOrientirDbContext"/>).
/// </summary>
public abstract class OrientirDbContext(DbContextOptions options) : IdentityDbContext<OrientirUser>(options)
{
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<AssessmentProcedure> Procedures => Set<AssessmentProcedure>();
    public DbSet<AssessmentTask> Tasks => Set<AssessmentTask>();
    public DbSet<StudentWork> Works => Set<StudentWork>();
    public DbSet<SchoolResultAggregate> SchoolResultAggregates => Set<SchoolResultAggregate>();
    public DbSet<SubjectSynonym> SubjectSynonyms => Set<SubjectSynonym>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<CuratorSchool> CuratorSchools => Set<CuratorSchool>();
    public DbSet<MethodologyVersion> MethodologyVersions => Set<MethodologyVersion>();
    public DbSet<SchoolAnalysisRun> SchoolAnalysisRuns => Set<SchoolAnalysisRun>();
    public DbSet<SchoolAnalysisEntry> SchoolAnalysisEntries => Set<SchoolAnalysisEntry>();
    public DbSet<ObjectivityMarkerRecord> ObjectivityMarkers => Set<ObjectivityMarkerRecord>();
    public DbSet<TargetList> TargetLists => Set<TargetList>();
    public DbSet<TargetListSchool> TargetListSchools => Set<TargetListSchool>();
    public DbSet<TargetListChange> TargetListChanges => Set<TargetListChange>();
    public DbSet<CuratorAssignment> CuratorAssignments => Set<CuratorAssignment>();
    public DbSet<RiskFactor> RiskFactors => Set<RiskFactor>();
    public DbSet<RiskQuestion> RiskQuestions => Set<RiskQuestion>();
    public DbSet<RiskProfile> RiskProfiles => Set<RiskProfile>();
    public DbSet<RiskAnswer> RiskAnswers => Set<RiskAnswer>();
    public DbSet<RiskProfileFactor> RiskProfileFactors => Set<RiskProfileFactor>();
    public DbSet<SupportDocument> SupportDocuments => Set<SupportDocument>();
    public DbSet<SupportMeasure> SupportMeasures => Set<SupportMeasure>();
    public DbSet<ProgrammeIndicator> ProgrammeIndicators => Set<ProgrammeIndicator>();
    public DbSet<RiskStudent> RiskStudents => Set<RiskStudent>();
    public DbSet<DocumentVersion> DocumentVersions => Set<DocumentVersion>();
    public DbSet<MonitoringSnapshot> MonitoringSnapshots => Set<MonitoringSnapshot>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Teacher> Teachers => Set<Teacher>();
    public DbSet<TeacherClass> TeacherClasses => Set<TeacherClass>();
    public DbSet<TeacherDiagnostic> TeacherDiagnostics => Set<TeacherDiagnostic>();
    public DbSet<Competence> Competences => Set<Competence>();
    public DbSet<TeacherMeasurement> TeacherMeasurements => Set<TeacherMeasurement>();
    public DbSet<CourseProgramme> CourseProgrammes => Set<CourseProgramme>();
    public DbSet<IndividualRoute> IndividualRoutes => Set<IndividualRoute>();
    public DbSet<RouteDeficit> RouteDeficits => Set<RouteDeficit>();
    public DbSet<RouteStep> RouteSteps => Set<RouteStep>();
    public DbSet<MentoringGroup> MentoringGroups => Set<MentoringGroup>();
    public DbSet<MentoringMentee> MentoringMentees => Set<MentoringMentee>();
    public DbSet<MentoringGoal> MentoringGoals => Set<MentoringGoal>();
    public DbSet<MentoringMeeting> MentoringMeetings => Set<MentoringMeeting>();
    public DbSet<RecommendationRuleRecord> RecommendationRules => Set<RecommendationRuleRecord>();

    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OrientirDbContext).Assembly);
    }
}

public sealed class SqliteOrientirDbContext(DbContextOptions<SqliteOrientirDbContext> options) : OrientirDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresOrientirDbContext(DbContextOptions<PostgresOrientirDbContext> options) : OrientirDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
