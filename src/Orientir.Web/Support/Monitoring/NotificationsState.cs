namespace Orientir.Web.Support.Monitoring;

/// <summary>Per circuit: tells the bell that the notifications page marked some read, so the badge follows at once.</summary>
public sealed class NotificationsState
{
    public event Action? Changed;

    public void Notify() => Changed?.Invoke();
}
