using System.Collections;
using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Runs;

namespace Netra.E2E.Simulator.Faults;

/// <summary>StreamsForever, in the plan: the run starts, then thinks without end (whatever else was planned).</summary>
public sealed class StreamsForever(IRunPlanner inner) : IRunPlanner
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    public RunPlan? Plan(RunInput input) => inner.Plan(input) is { } plan
        ? plan with { Events = new EndlessThinking(plan.Events.OfType<AgentStarted>().FirstOrDefault() ?? new AgentStarted(input.Run, AgentCatalog.ResolveName(input.AgentName))) }
        : null;
}

/// <summary>StreamsForever, in the stream: one thought every 200 ms; the run ends only when its connection closes.</summary>
public sealed class ThinkEvery200Ms(IEventStream inner) : EventStreamDecorator(inner)
{
    public override TimeSpan PauseBefore(int index) => index > 0 ? StreamsForever.Interval : base.PauseBefore(index);
}

/// <summary>
/// The run's start, then thoughts made as they are read: as many as an int counts, which at 200 ms apart outlasts any
/// connection. Nothing may copy it into a list.
/// </summary>
public sealed class EndlessThinking(AgentStarted started) : IReadOnlyList<ServerMessage>
{
    public int Count => int.MaxValue;

    public ServerMessage this[int index] => index == 0
        ? started
        : new AgentThinking(started.Run, started.AgentName, $"Still working on the request (thought {index}).", index, index + 1);

    public IEnumerator<ServerMessage> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
