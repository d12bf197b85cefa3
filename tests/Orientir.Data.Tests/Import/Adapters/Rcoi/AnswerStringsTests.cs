using Orientir.Data.Import.Adapters.Rcoi;

namespace Orientir.Data.Tests.Import.Adapters.Rcoi;

public class AnswerStringsTests
{
    [Theory]
    [InlineData("+-2+", new[] { 1, 0, 2, 1 })]
    [InlineData("0909", new[] { 0, 9, 0, 9 })]
    [InlineData(" + - ", new[] { 1, 0 })]
    [InlineData("", new int[0])]
    public void Short_answers_give_one_score_per_character(string text, int[] expected)
    {
        var parsed = AnswerStrings.ParseShort(text);

        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal(expected, parsed.Tasks.Select(t => t.Score!.Value));
        Assert.All(parsed.Tasks, t => Assert.Null(t.MaxScore));
    }

    [Theory]
    [InlineData("+-a+", "символ «a» в позиции 3")]
    [InlineData("++X", "символ «X» в позиции 3")]
    [InlineData("+ +(", "символ «(» в позиции 3")]
    public void A_short_answer_string_with_another_character_names_it_and_its_position(string text, string expected)
    {
        var parsed = AnswerStrings.ParseShort(text);

        Assert.False(parsed.Ok);
        Assert.StartsWith(expected, parsed.Error);
    }

    [Fact]
    public void Expanded_answers_give_score_and_maximum_per_task_and_x_or_dash_is_not_done()
    {
        var parsed = AnswerStrings.ParseExpanded("2(2)1(3) X(3)-(1)Х(2)12(15)0(1)");

        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal(new TaskAnswer?[]
        {
            new(2, 2), new(1, 3), new(null, 3), new(null, 1), new(null, 2), new(12, 15), new(0, 1),
        }, parsed.Tasks.Select(t => (TaskAnswer?)t));
    }

    [Fact]
    public void An_empty_expanded_string_has_no_tasks()
    {
        var parsed = AnswerStrings.ParseExpanded("  ");

        Assert.True(parsed.Ok);
        Assert.Empty(parsed.Tasks);
    }

    [Theory]
    [InlineData("2(2)1(3", "задание 2 развёрнутой части: не закрыта скобка")]
    [InlineData("2(2)1", "задание 2 развёрнутой части: после балла ожидается максимум")]
    [InlineData("2(2)(3)", "задание 2 развёрнутой части: «(» вместо балла")]
    [InlineData("2()", "задание 1 развёрнутой части: в скобках ожидается максимальный балл")]
    [InlineData("a(2)", "задание 1 развёрнутой части: «a» вместо балла")]
    [InlineData("2(2)1(3)+", "задание 3 развёрнутой части: «+» вместо балла")]
    [InlineData("1234567(2)", "задание 1 развёрнутой части: после балла ожидается максимум")]
    public void A_broken_expanded_string_names_the_task_and_the_problem(string text, string expected)
    {
        var parsed = AnswerStrings.ParseExpanded(text);

        Assert.False(parsed.Ok);
        Assert.StartsWith(expected, parsed.Error);
    }
}
