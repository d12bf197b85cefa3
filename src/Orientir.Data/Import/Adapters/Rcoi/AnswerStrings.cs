namespace Orientir.Data.Import.Adapters.Rcoi;

/// <summary>One parsed task of an answer string: its score (null = not done) and, for an expanded task, its maximum.</summary>
public readonly record struct TaskAnswer(int? Score, int? MaxScore);

/// <summary>An answer string read completely, or the first problem in it (a Russian message naming the position).</summary>
public sealed record AnswerParse(IReadOnlyList<TaskAnswer> Tasks, string? Error)
{
    public bool Ok => Error is null;
}

/// <summary>
/// The two answer strings of a РЦОИ protocol. Short answers are one character per task: <c>+</c> is 1 point,
/// <c>-</c> 0 points, a digit that many points. Expanded answers are <c>score(max)</c> per task, e.g. <c>2(2)1(3)</c>,
/// where a score of <c>X</c>, Cyrillic <c>Х</c> or <c>-</c> means the task was not done. Spaces between tasks are
/// ignored. Positions in messages count from 1, as an analyst counts the characters.
/// </summary>
public static class AnswerStrings
{
    public static AnswerParse ParseShort(string text)
    {
        var tasks = new List<TaskAnswer>(text.Length);
        var position = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            position++;
            int? score = c switch
            {
                '+' => 1,
                '-' or '−' or '–' => 0,
                >= '0' and <= '9' => c - '0',
                _ => null,
            };
            if (score is null)
                return new AnswerParse(tasks, $"символ «{c}» в позиции {position}: ожидается +, - или цифра");
            tasks.Add(new TaskAnswer(score, null));
        }
        return new AnswerParse(tasks, null);
    }

    public static AnswerParse ParseExpanded(string text)
    {
        var tasks = new List<TaskAnswer>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i == text.Length) return new AnswerParse(tasks, null);
            var task = tasks.Count + 1;
            int? score;
            if (text[i] is 'X' or 'x' or 'Х' or 'х' or '-' or '−' or '–')
            {
                score = null;
                i++;
            }
            else if (ReadNumber(text, ref i) is { } number) score = number;
            else return Bad(tasks, task, $"«{text[i]}» вместо балла: ожидается число, X или -");

            if (i == text.Length || text[i] != '(')
                return Bad(tasks, task, "после балла ожидается максимум в скобках, например 1(3)");
            i++;
            if (ReadNumber(text, ref i) is not { } max)
                return Bad(tasks, task, "в скобках ожидается максимальный балл задания");
            if (i == text.Length || text[i] != ')')
                return Bad(tasks, task, "не закрыта скобка после максимального балла");
            i++;
            tasks.Add(new TaskAnswer(score, max));
        }
    }

    private static AnswerParse Bad(List<TaskAnswer> tasks, int task, string problem) =>
        new(tasks, $"задание {task} развёрнутой части: {problem}");

    private static int? ReadNumber(string text, ref int i)
    {
        var start = i;
        var value = 0;
        while (i < text.Length && text[i] is >= '0' and <= '9' && i - start < 6) value = value * 10 + (text[i++] - '0');
        return i > start ? value : null;
    }
}
