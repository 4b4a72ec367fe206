using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Netra.E2E.Harness.BusinessValue.Figures;
using Netra.E2E.Harness.Session;
using Netra.E2E.Harness.Wire.Messages;

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
        var foreign = Carrying(e => e.RunId is not null && e.RunId != runId);
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
        var leaked = Carrying(e => e.RunId == other.RunId || (other.ThreadId is { } thread && CarriesThread(e, thread)) ||
                                   (otherFigure is { } figure && CarriesDollars(e, figure)));
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
        var carrying = Carrying(e => CarriesThread(e, threadId));
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(carrying.Length == 0)
            .FailWith("Expected {0} never to receive thread {1}{reason}, but {2} carried it.", Subject.User.Id, threadId, carrying);
        return new(this);
    }

    [CustomAssertion]
    public AndConstraint<SessionAssertions> NotHaveReceivedDollarAmount(decimal amount, string because = "", params object[] becauseArgs)
    {
        var carrying = Carrying(e => CarriesDollars(e, amount));
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(carrying.Length == 0)
            .FailWith("Expected {0} never to receive the figure {1}{reason}, but {2} carried it.", Subject.User.Id, amount, carrying);
        return new(this);
    }

    /// <summary>The frames the session received that match, as a failure message lists them.</summary>
    private string[] Carrying(Func<NetraEvent, bool> match) => Subject.Received.Where(match).Select(e => e.ToString()).ToArray();

    private static bool CarriesThread(NetraEvent e, string threadId) => e.ThreadIds.Contains(threadId);

    /// <summary>Read from the frame as sent, so a figure in any field or side message counts, however it is worded.</summary>
    private static bool CarriesDollars(NetraEvent e, decimal amount) => FigureRecognizer.Dollars(e.Raw).Contains(amount);
}
