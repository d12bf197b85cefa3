namespace Orientir.Data.Access;

public enum ScopedOutcome { Ok, NotFound, Forbidden, Invalid }

/// <summary>
/// The outcome of a scoped command (targeted support, staff development). Out of the actor's scope is <see cref="ScopedOutcome.NotFound"/>, as if
/// the object did not exist; in scope but not theirs to do is <see cref="ScopedOutcome.Forbidden"/>; a rejected input
/// is <see cref="ScopedOutcome.Invalid"/> with a message in Russian that names the field.
/// </summary>
public sealed record ScopedResult<T>(ScopedOutcome Outcome, T? Value = default, string? Message = null)
{
    public bool Succeeded => Outcome == ScopedOutcome.Ok;

    public static ScopedResult<T> Ok(T value) => new(ScopedOutcome.Ok, value);
    public static ScopedResult<T> NotFound() => new(ScopedOutcome.NotFound, Message: "Не найдено.");
    public static ScopedResult<T> Forbidden(string message) => new(ScopedOutcome.Forbidden, Message: message);
    public static ScopedResult<T> Invalid(string message) => new(ScopedOutcome.Invalid, Message: message);
}
