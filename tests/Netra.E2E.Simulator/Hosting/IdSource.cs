namespace Netra.E2E.Simulator.Hosting;

/// <summary>Where connection, run and message ids come from; replaceable so that tests get exact frames.</summary>
public interface IIdSource
{
    string Next(string prefix);
}

public sealed class RandomIds : IIdSource
{
    public string Next(string prefix) => $"{prefix}_{Guid.NewGuid():N}";
}
