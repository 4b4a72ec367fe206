using Netra.E2E.Simulator.Agents;
using Netra.E2E.Simulator.Connections;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Dialects.Contract;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Runs;
using Netra.E2E.Simulator.Tests.Support;
using Netra.E2E.Simulator.Threads;
using Netra.E2E.Simulator.Wording;
using Netra.E2E.Simulator.Wording.Templated;

namespace Netra.E2E.Simulator.Tests.Faults;

/// <summary>Each fault that decorates the run plan breaks the healthy plan the way its name says, and only that way.</summary>
public sealed class PlanFaultTests
{
    private const string Question = "Analyze my AWS costs and provide optimization recommendations";
    private static readonly RunScope Run = new("run_7", "thread_3");

    private static readonly Dictionary<SimulatorFault, Action<IReadOnlyList<ServerMessage>, RunPlan>> Effects = new()
    {
        [SimulatorFault.OmitAgentStarted] = (healthy, faulty) => faulty.Events.Should().NotContain(e => e is AgentStarted).And.HaveCount(healthy.Count - 1),
        [SimulatorFault.OmitAgentThinking] = (_, faulty) => faulty.Events.Should().NotContain(e => e is AgentThinking).And.Contain(e => e is ToolExecuting),
        [SimulatorFault.OmitToolExecuting] = (_, faulty) => faulty.Events.Should().NotContain(e => e is ToolExecuting).And.Contain(e => e is ToolCompleted),
        [SimulatorFault.OmitToolCompleted] = (_, faulty) => faulty.Events.Should().NotContain(e => e is ToolCompleted).And.Contain(e => e is ToolExecuting),
        [SimulatorFault.OmitAgentCompleted] = (_, faulty) => faulty.Events.Should().NotContain(e => e is AgentCompleted).And.Contain(e => e is AgentStarted),
        [SimulatorFault.EventsOutOfOrder] = (healthy, faulty) => faulty.Events.Take(2).Should().Equal(healthy[1], healthy[0]),
        [SimulatorFault.OrphanToolCompleted] = (_, faulty) =>
            faulty.Events[1].Should().BeOfType<ToolCompleted>().Which.Should().Match<ToolCompleted>(t => t.ToolName == "ghost_tool" && t.ThreadId == null),
        [SimulatorFault.NoBusinessValue] = (_, faulty) =>
        {
            faulty.Events.OfType<AgentCompleted>().Single().Answer.Should().Be(AgentAnswer.Empty);
            faulty.Facts.Recommendations.Should().NotBeEmpty("the thread still remembers the real answer");
        },
        [SimulatorFault.MalformedFrame] = (_, faulty) => faulty.Events[2].Should().BeOfType<TruncatedFrame>(),
        [SimulatorFault.OversizedFrame] = (_, faulty) => faulty.Events[2].Should().BeOfType<OversizedFrame>().Which.ThoughtLength.Should().BeGreaterThan(1024 * 1024),
        [SimulatorFault.UnknownEventType] = (_, faulty) => faulty.Events[^1].Should().BeOfType<MisnamedEvent>().Which.Event.Should().BeOfType<AgentCompleted>(),
        [SimulatorFault.MismatchedThreadId] = (_, faulty) =>
        {
            faulty.Events.OfType<RunEvent>().Where(e => e is ToolExecuting or ToolCompleted).Should().OnlyContain(e => e.ThreadId == "thread_of_someone_else");
            faulty.Events.OfType<RunEvent>().Where(e => e is not (ToolExecuting or ToolCompleted)).Should().OnlyContain(e => e.ThreadId == Run.ThreadId);
        },
        [SimulatorFault.ErrorForValidRequest] = (_, faulty) =>
            faulty.Events.Should().ContainSingle().Which.Should().Be(new ErrorMessage(ErrorCode.InternalError, "The agent failed.", Run)),
        [SimulatorFault.SecondCompletion] = (healthy, faulty) =>
        {
            faulty.Events.Select(e => e.GetType()).Should().Equal([.. healthy.Select(e => e.GetType()), typeof(AgentCompleted)]);
            faulty.Events[^1].Should().BeSameAs(faulty.Events[^2]);
        },
        [SimulatorFault.ToolAfterCompletion] = (healthy, faulty) => faulty.Events[^1].Should().Be(new ToolExecuting(Run, "triage_agent", "late_tool", "Re-check the figures once more")),
        [SimulatorFault.ErrorAfterCompletion] = (healthy, faulty) =>
            faulty.Events.Skip(healthy.Count).Should().ContainSingle().Which.Should().Match<ErrorMessage>(e => e.Code == ErrorCode.InternalError && e.Run == Run),
        [SimulatorFault.ThinkingAfterCompletion] = (healthy, faulty) => faulty.Events[^1].Should().BeOfType<AgentThinking>().Which.StepNumber.Should().Be(3),
        [SimulatorFault.StepBeyondTotal] = (_, faulty) =>
            faulty.Events.OfType<AgentThinking>().First().Should().Match<AgentThinking>(t => t.StepNumber == 99 && t.TotalSteps == 1 && t.StatesTotal),
        [SimulatorFault.StreamsForever] = (healthy, faulty) =>
        {
            faulty.Events[0].Should().Be(healthy[0]);
            faulty.Events.Skip(1).Take(50).Should().OnlyContain(e => e is AgentThinking && ((AgentThinking)e).Run == Run);
        },
    };

    public static TheoryData<SimulatorFault> PlanFaults => new(Effects.Keys);

    [Theory]
    [MemberData(nameof(PlanFaults))]
    public void A_plan_fault_breaks_the_plan_as_its_name_says(SimulatorFault fault)
    {
        var healthy = Plan(SimulatorFault.None, Question, []);

        var faulty = Plan(fault, Question, []);

        Effects[fault](healthy.Events, faulty);
        faulty.Facts.Should().BeEquivalentTo(healthy.Facts, "faults change what is sent, not what the agent decided");
    }

    [Fact]
    public void IgnoreThreadContext_answers_a_follow_up_as_if_the_thread_were_new()
    {
        var earlier = Plan(SimulatorFault.None, "What are my top 3 cost optimization opportunities?", []);
        List<ThreadTurn> history = [new("What are my top 3 cost optimization opportunities?", earlier.Facts)];
        const string followUp = "Can you provide more details on the first opportunity?";

        Written(Plan(SimulatorFault.None, followUp, history)).Content.Should().StartWith("More details on the first opportunity");
        Written(Plan(SimulatorFault.IgnoreThreadContext, followUp, history)).Content.Should().StartWith("Cost analysis", "without the thread, the question is answered afresh");
    }

    [Fact]
    public void Without_faults_the_plan_is_the_agents_script_as_events()
    {
        var plan = Plan(SimulatorFault.None, Question, []);

        plan.Events[0].Should().Be(new AgentStarted(Run, AgentCatalog.TriageAgent));
        Written(plan).Should().BeEquivalentTo(new TemplatedWriter().Write(plan.Facts), "the completion carries the facts in the writer's words");
        plan.Events.OfType<AgentThinking>().Select(t => t.StepNumber).Should().Equal(1, 2, 3);
    }

    private static AgentAnswer Written(RunPlan plan) => plan.Events.OfType<AgentCompleted>().Single().Answer;

    private static RunPlan Plan(SimulatorFault fault, string question, IReadOnlyList<ThreadTurn> history)
    {
        var ids = new SequentialIds();
        var decorators = new FaultDecorators(new ContractDialect(TimeProvider.System, ids), new RunPublisher(new ConnectionRegistry()), ids, new StatedSpends());
        var faults = new ConnectionFaults(fault);
        var planner = decorators.Planner(new EventPlanner(decorators.Agents(new AgentCatalog(), faults), new TemplatedWriter()), faults);
        return planner.Plan(new RunInput(Run, null, RequestProfile.From(question, default), history))!;
    }
}
