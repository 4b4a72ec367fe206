using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Dialects.Contract;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Runs;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Faults;

/// <summary>Each fault that decorates a run's event stream breaks the step its name says.</summary>
public sealed class StreamFaultTests
{
    private static readonly ServerMessage Event = new AgentStarted(new RunScope("run_7", "thread_3"), "triage_agent");

    [Fact]
    public void Stall_sends_nothing()
    {
        var stream = Decorate(SimulatorFault.Stall, out _);

        stream.Begin().Should().BeFalse();
    }

    [Fact]
    public void SlowEvents_lets_the_first_event_through_then_waits_30_seconds_before_each()
    {
        var stream = Decorate(SimulatorFault.SlowEvents, out _);

        stream.PauseBefore(0).Should().Be(RecordingStream.Pacing);
        stream.PauseBefore(1).Should().Be(TimeSpan.FromSeconds(30));
        stream.PauseBefore(7).Should().Be(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void TimestampsBackwards_turns_time_back_from_the_third_event()
    {
        var stream = Decorate(SimulatorFault.TimestampsBackwards, out _);

        var stamps = Enumerable.Range(0, 4).Select(_ => stream.Stamp()).ToList();

        stamps[1].Should().BeAfter(stamps[0]);
        stamps[2].Should().BeBefore(stamps[1]);
    }

    [Fact]
    public void CloseMidRun_stops_the_run_after_two_events()
    {
        var stream = Decorate(SimulatorFault.CloseMidRun, out _, out var inner);

        stream.Send(0, Event).Should().BeTrue();
        stream.Send(1, Event).Should().BeTrue();
        stream.Send(2, Event).Should().BeFalse("the run stops where the connection drops");

        inner.Sent.Should().Equal(0, 1);
    }

    [Fact]
    public void ServerException_throws_after_the_first_event_of_a_run()
    {
        var stream = Decorate(SimulatorFault.ServerException, out _, out var inner);

        stream.Send(0, Event).Should().BeTrue();
        var next = () => stream.Send(1, Event);

        next.Should().Throw<InvalidOperationException>().WithMessage("simulated bug in the simulator: ServerException fault");
        inner.Sent.Should().Equal(0);
    }

    [Fact]
    public void EveryEventTwice_sends_each_event_twice_under_one_message_id()
    {
        var stream = Decorate(SimulatorFault.EveryEventTwice, out _, out var inner);

        stream.Send(0, Event).Should().BeTrue();

        inner.Messages.Should().HaveCount(2).And.OnlyContain(m => m == inner.Messages[0] && m.MessageId != null);
    }

    [Fact]
    public void NegativeDuration_says_the_completion_took_minus_5_ms()
    {
        var stream = Decorate(SimulatorFault.NegativeDuration, out _, out var inner);
        var completion = new AgentCompleted(new RunScope("run_7"), "triage_agent", 1234, Simulator.Wording.AgentAnswer.Empty, []);

        stream.Send(0, Event);
        stream.Send(1, completion);

        inner.Messages.Should().Equal(Event, completion with { DurationMs = -5 });
    }

    [Fact]
    public void StreamsForever_thinks_every_200_ms()
    {
        var stream = Decorate(SimulatorFault.StreamsForever, out _);

        stream.PauseBefore(0).Should().Be(RecordingStream.Pacing);
        stream.PauseBefore(1).Should().Be(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Without_faults_the_stream_is_not_decorated()
    {
        var stream = Decorate(SimulatorFault.None, out _, out var inner);

        stream.Should().BeSameAs(inner);
    }

    private static IEventStream Decorate(SimulatorFault fault, out ChatConnection origin) => Decorate(fault, out origin, out _);

    private static IEventStream Decorate(SimulatorFault fault, out ChatConnection origin, out RecordingStream inner)
    {
        var ids = new SequentialIds();
        var decorators = new FaultDecorators(new ContractDialect(TimeProvider.System, ids), new RunPublisher(new ConnectionRegistry()), ids, new StatedSpends());
        origin = TestConnections.Of("user-1", fault);
        inner = new RecordingStream();
        return decorators.Stream(inner, origin);
    }

    private sealed class RecordingStream : IEventStream
    {
        public static readonly TimeSpan Pacing = TimeSpan.FromMilliseconds(5);
        private DateTimeOffset _now = new(2025, 9, 9, 7, 36, 38, TimeSpan.Zero);

        public List<int> Sent { get; } = [];

        public List<ServerMessage> Messages { get; } = [];

        public bool Begin() => true;

        public TimeSpan PauseBefore(int index) => Pacing;

        public DateTimeOffset Stamp() => _now = _now.AddSeconds(1);

        public bool Send(int index, ServerMessage message)
        {
            Sent.Add(index);
            Messages.Add(message);
            return true;
        }
    }
}
