namespace Orientir.Data.Support;

public enum SupportOutcome { Ok, NotFound, Forbidden, Invalid }

/// <summary>
/// The outcome of a targeted-support command. Out of the actor's scope is <see cref="SupportOutcome.NotFound"/>, as if
/// the object did not exist; in scope but not theirs to do is <see cref="SupportOutcome.Forbidden"/>; a rejected input
/// is <see cref="SupportOutcome.Invalid"/> with a message in Russian that names the field.
/// </summary>
public sealed record SupportResult<T>(SupportOutcome Outcome, T? Value = default, string? Message = null)
{
    public bool Succeeded => Outcome == SupportOutcome.Ok;

    public static SupportResult<T> Ok(T value) => new(SupportOutcome.Ok, value);
    public static SupportResult<T> NotFound() => new(SupportOutcome.NotFound, Message: "Не найдено.");
    public static SupportResult<T> Forbidden(string message) => new(SupportOutcome.Forbidden, Message: message);
    public static SupportResult<T> Invalid(string message) => new(SupportOutcome.Invalid, Message: message);
}
