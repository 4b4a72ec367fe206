namespace Netra.E2E.Testing.Time;

/// <summary>The system clock moved by an offset the test sets, so "later" needs no waiting.</summary>
public sealed class ShiftedTimeProvider : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
