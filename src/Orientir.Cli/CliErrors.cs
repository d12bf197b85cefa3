using System.Data.Common;
using System.Net.Sockets;
using Spectre.Console;

namespace Orientir.Cli;

/// <summary>
/// The last line of defence: a failure no command turned into a message (an unreachable database, a bad
/// connection string) is told in Russian, without a stack trace; <c>ORIENTIR_DEBUG=1</c> shows the trace.
/// </summary>
internal static class CliErrors
{
    public const int ExitCode = 3;

    public static int Report(Exception exception)
    {
        var message = exception switch
        {
            OperationCanceledException => "Операция прервана.",
            ArgumentException argument when argument.ParamName is null => argument.Message,
            _ when Find<SocketException>(exception) is { } socket =>
                $"Не удалось подключиться к базе данных: {socket.Message}. Проверьте строку подключения (--db или ORIENTIR_DB) и что сервер запущен.",
            DbException database => $"Ошибка базы данных: {database.Message}",
            _ when Find<DbException>(exception) is { } database => $"Ошибка базы данных: {database.Message}",
            IOException or UnauthorizedAccessException => $"Ошибка файловой системы: {exception.Message}",
            _ => $"Непредвиденная ошибка: {exception.Message}",
        };
        var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        errors.MarkupLineInterpolated($"[red]Ошибка:[/] {message}");
        if (Environment.GetEnvironmentVariable("ORIENTIR_DEBUG") == "1") Console.Error.WriteLine(exception);
        return ExitCode;
    }

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is T found) return found;
        return null;
    }
}
