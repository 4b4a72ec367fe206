namespace Netra.E2E.Testing.Time;

/// <summary>A clock that always says the same instant, for frames whose timestamps a test compares exactly.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
