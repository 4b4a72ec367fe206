namespace Netra.E2E.Simulator.Tests.Support;

/// <summary>A clock that reads the same instant until told otherwise.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
