using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Netra.E2E.Harness.BusinessValue.Figures;
using Netra.E2E.Harness.Session;

namespace Netra.E2E.Harness.BusinessValue;

public static class NetraSessionExtensions
{
    public static SessionAssertions Should(this NetraSession session) => new(session);
}

/// <summary>Isolation checks over everything a session received, whatever run or frame it came in.</summary>
public sealed class SessionAssertions(NetraSession session) : ReferenceTypeAssertions<NetraSession, SessionAssertions>(session)
{
    protected override string Identifier => "session";

    /// <summary>No event of any run but this one reached the session.</summary>
    [CustomAssertion]
    public AndConstraint<SessionAssertions> HaveReceivedOnlyRun(string runId, string because = "", params object[] becauseArgs)
    {
        var foreign = Subject.Received.Where(e => e.RunId is not null && e.RunId != runId).Select(e => e.ToString()).ToArray();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(foreign.Length == 0)
            .FailWith("Expected {0} to receive only events of its own runs{reason}, but it also received {1}: another user's events reached this session.", Subject.User.Id, foreign);
        return new(this);
    }

    /// <summary>
    /// Nothing of another user's run reached this session, in any frame (event, error or side message): not its run id,
    /// not its thread id, not the figure that user stated.
    /// </summary>
    [CustomAssertion]
    public AndConstraint<SessionAssertions> NotHaveReceivedAnythingOf(RunTranscript other, decimal? otherFigure, string because = "", params object[] becauseArgs)
    {
        var leaked = Subject.Received.Where(e => e.RunId == other.RunId || (other.ThreadId is { } thread && e.ThreadIds.Contains(thread)) ||
                                                 (otherFigure is { } figure && FigureRecognizer.Dollars(e.Raw).Contains(figure)))
            .Select(e => e.ToString()).ToArray();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(leaked.Length == 0)
            .FailWith("Expected {0} to receive nothing of another user's run {1}{reason}, but {2} carried its id, its thread or its figures.",
                Subject.User.Id, other.RunId, leaked);
        return new(this);
    }

    [CustomAssertion]
    public AndConstraint<SessionAssertions> NotHaveReceivedThread(string threadId, string because = "", params object[] becauseArgs)
    {
        var carrying = Subject.Received.Where(e => e.ThreadIds.Contains(threadId)).Select(e => e.ToString()).ToArray();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(carrying.Length == 0)
            .FailWith("Expected {0} never to receive thread {1}{reason}, but {2} carried it.", Subject.User.Id, threadId, carrying);
        return new(this);
    }

    [CustomAssertion]
    public AndConstraint<SessionAssertions> NotHaveReceivedDollarAmount(decimal amount, string because = "", params object[] becauseArgs)
    {
        var carrying = Subject.Received.Where(e => FigureRecognizer.Dollars(e.Raw).Contains(amount)).Select(e => e.ToString()).ToArray();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(carrying.Length == 0)
            .FailWith("Expected {0} never to receive the figure {1}{reason}, but {2} carried it.", Subject.User.Id, amount, carrying);
        return new(this);
    }
}
