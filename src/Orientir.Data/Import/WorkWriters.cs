using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Orientir.Data.Database;

namespace Orientir.Data.Import;

/// <summary>
/// Bulk insert of one procedure's works inside the import's transaction, bypassing EF change tracking: works are
/// the bulk of a region's data (hundreds of thousands a year), everything else is small.
/// </summary>
internal abstract class WorkWriter : IWorkSink, IAsyncDisposable
{
    private const string Columns =
        "\"ProcedureId\", \"SchoolId\", \"Participant\", \"Student\", \"ClassLabel\", \"Variant\", \"JournalMark\", \"Scores\", \"PrimaryScore\", \"Mark\", \"TestScore\", \"ImportBatchId\"";

    public static async Task<WorkWriter> StartAsync(OrientirDbContext context, int procedureId, long batchId,
        CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Works are written inside the import's transaction.");
        return connection switch
        {
            NpgsqlConnection npgsql => new PostgresWorkWriter(
                await npgsql.BeginBinaryImportAsync($"COPY \"Works\" ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken),
                procedureId, batchId),
            SqliteConnection sqlite => new SqliteWorkWriter(sqlite, (SqliteTransaction)transaction, procedureId, batchId),
            _ => throw new NotSupportedException($"No bulk writer for {connection.GetType().Name}."),
        };
    }

    public abstract void Add(int schoolId, string participant, string? student, string? classLabel, string? variant,
        int? journalMark, byte[] scores, int primaryScore, int? mark, int? testScore);

    public abstract Task CompleteAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    /// <summary>One prepared INSERT reused for every row: SQLite's fastest path inside one transaction.</summary>
    private sealed class SqliteWorkWriter : WorkWriter
    {
        private readonly SqliteCommand _command;
        private readonly SqliteParameter _school, _participant, _student, _class, _variant, _journal, _scores, _primary, _mark, _test;

        public SqliteWorkWriter(SqliteConnection connection, SqliteTransaction transaction, int procedureId, long batchId)
        {
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText =
                $"INSERT INTO \"Works\" ({Columns}) VALUES ($procedure, $school, $participant, $student, $class, $variant, $journal, $scores, $primary, $mark, $test, $batch)";
            _command.Parameters.AddWithValue("$procedure", procedureId);
            _school = _command.Parameters.Add("$school", SqliteType.Integer);
            _participant = _command.Parameters.Add("$participant", SqliteType.Text);
            _student = _command.Parameters.Add("$student", SqliteType.Text);
            _class = _command.Parameters.Add("$class", SqliteType.Text);
            _variant = _command.Parameters.Add("$variant", SqliteType.Text);
            _journal = _command.Parameters.Add("$journal", SqliteType.Integer);
            _scores = _command.Parameters.Add("$scores", SqliteType.Blob);
            _primary = _command.Parameters.Add("$primary", SqliteType.Integer);
            _mark = _command.Parameters.Add("$mark", SqliteType.Integer);
            _test = _command.Parameters.Add("$test", SqliteType.Integer);
            _command.Parameters.AddWithValue("$batch", batchId);
            _command.Prepare();
        }

        public override void Add(int schoolId, string participant, string? student, string? classLabel, string? variant,
            int? journalMark, byte[] scores, int primaryScore, int? mark, int? testScore)
        {
            _school.Value = schoolId;
            _participant.Value = participant;
            _student.Value = (object?)student ?? DBNull.Value;
            _class.Value = (object?)classLabel ?? DBNull.Value;
            _variant.Value = (object?)variant ?? DBNull.Value;
            _journal.Value = (object?)journalMark ?? DBNull.Value;
            _scores.Value = scores;
            _primary.Value = primaryScore;
            _mark.Value = (object?)mark ?? DBNull.Value;
            _test.Value = (object?)testScore ?? DBNull.Value;
            _command.ExecuteNonQuery();
        }

        public override Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override ValueTask DisposeAsync() => _command.DisposeAsync();
    }

    /// <summary>Npgsql's binary COPY: PostgreSQL's fastest path, and it joins the connection's open transaction.</summary>
    private sealed class PostgresWorkWriter(NpgsqlBinaryImporter importer, int procedureId, long batchId) : WorkWriter
    {
        public override void Add(int schoolId, string participant, string? student, string? classLabel, string? variant,
            int? journalMark, byte[] scores, int primaryScore, int? mark, int? testScore)
        {
            importer.StartRow();
            importer.Write(procedureId, NpgsqlDbType.Integer);
            importer.Write(schoolId, NpgsqlDbType.Integer);
            importer.Write(participant, NpgsqlDbType.Varchar);
            WriteText(student);
            WriteText(classLabel);
            WriteText(variant);
            WriteSmall(journalMark);
            importer.Write(scores, NpgsqlDbType.Bytea);
            importer.Write(primaryScore, NpgsqlDbType.Integer);
            WriteSmall(mark);
            WriteSmall(testScore);
            importer.Write(batchId, NpgsqlDbType.Bigint);
        }

        private void WriteText(string? value)
        {
            if (value is null) importer.WriteNull();
            else importer.Write(value, NpgsqlDbType.Varchar);
        }

        private void WriteSmall(int? value)
        {
            if (value is null) importer.WriteNull();
            else importer.Write((short)value.Value, NpgsqlDbType.Smallint);
        }

        public override async Task CompleteAsync(CancellationToken cancellationToken) => await importer.CompleteAsync(cancellationToken);

        public override ValueTask DisposeAsync() => importer.DisposeAsync();
    }
}
