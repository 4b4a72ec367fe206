namespace Netra.E2E.BusinessValue;

/// <summary>Per-user isolation under load: many users at once, each sees only its own runs and its own answer.</summary>
[Trait("Category", "MultiUser")]
public sealed class ConcurrentIsolationTests(NetraBackendFixture backend)
{
    private const int Users = 20;
    private static readonly string[] Providers = ["AWS", "Azure", "GCP"];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Trait("Category", "Slow")]
    [Fact(DisplayName = "Twenty users at once: each gets only its own events and an answer about its own question")]
    public async Task Twenty_concurrent_users_receive_only_their_own_runs()
    {
        backend.RequireDistinctUsers();

        var results = await Task.WhenAll(Enumerable.Range(0, Users).Select(async n =>
        {
            var provider = Providers[n % Providers.Length];
            var spend = 11_000m + n * 1_300;
            await using var session = await backend.ConnectNewUserAsync($"crowd-{n}", Ct);
            var runId = await session.SendUserMessageAsync($"Optimize my {provider} costs; we spend ${spend:N0} a month", Ct);
            var run = await session.WaitForRunAsync(runId, RunDeadlines.Seconds(60), Ct);
            return (User: session.User.Id, Provider: provider, Spend: spend, Run: run, Session: session);
        }));

        results.Select(r => r.Run.ThreadId).Should().OnlyHaveUniqueItems("every user's run starts its own thread");
        foreach (var r in results)
        {
            r.Run.Should().CompleteSuccessfully().And.HaveBusinessValue();
            r.Session.Should().HaveReceivedOnlyRun(r.Run.RunId, "{0} must see nothing of another user's chat", r.User);
            r.Run.Should().MentionDollarAmount(r.Spend, "{0}'s answer must work from its own stated spend", r.User)
                .And.NameProvider(r.Provider, "{0}'s answer must be about its own question", r.User);
            foreach (var other in results.Where(o => o.Spend != r.Spend))
            {
                r.Run.Should().NotMentionDollarAmount(other.Spend, "{0}'s answer must not carry another user's figures", r.User);
                r.Session.Should().NotHaveReceivedAnythingOf(other.Run, other.Spend, "{0} must receive nothing of {1}'s chat", r.User, other.User);
            }
        }
    }

    [Fact(DisplayName = "Naming another user's thread reveals nothing of it")]
    public async Task Another_users_thread_is_off_limits()
    {
        backend.RequireDistinctUsers();
        await using var owner = await backend.ConnectNewUserAsync("thread-owner", Ct);
        var ownerRun = await owner.WaitForRunAsync(await owner.SendUserMessageAsync("What are my top 3 cost optimization opportunities on AWS? We spend $27,300 a month.", Ct), RunDeadlines.Seconds(60), Ct);
        ownerRun.Should().CompleteSuccessfully();

        await using var intruder = await backend.ConnectNewUserAsync("thread-intruder", Ct);
        var runId = await intruder.SendUserMessageAsync("Can you provide more details on the first opportunity?", Ct, threadId: ownerRun.ThreadId);
        var run = await intruder.WaitForRunAsync(runId, RunDeadlines.Seconds(60), Ct);

        // Refused (the contract), or answered on a thread of the intruder's own (the deployed backend): both keep the
        // owner's thread closed, as long as nothing of it reaches the intruder.
        if (run.Error is { } refusal)
        {
            refusal.ErrorCode.Should().Be("THREAD_ACCESS_DENIED", "naming someone else's thread is refused as such");
        }
        else
        {
            run.ThreadId.Should().NotBe(ownerRun.ThreadId, "an answer to the intruder must run on a thread of its own");
        }

        intruder.Should().NotHaveReceivedDollarAmount(27_300m, "nothing of the owner's thread may leak")
            .And.NotHaveReceivedThread(ownerRun.ThreadId!, "the owner's thread id must not reach the intruder");
    }
}
