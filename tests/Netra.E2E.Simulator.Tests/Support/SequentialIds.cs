using Netra.E2E.Simulator.Hosting;

namespace Netra.E2E.Simulator.Tests.Support;

/// <summary>Ids numbered per prefix: msg_1, msg_2, run_1, ...</summary>
public sealed class SequentialIds : IIdSource
{
    private readonly Dictionary<string, int> _next = [];

    public string Next(string prefix)
    {
        lock (_next)
        {
            _next[prefix] = _next.GetValueOrDefault(prefix) + 1;
            return $"{prefix}_{_next[prefix]}";
        }
    }
}
