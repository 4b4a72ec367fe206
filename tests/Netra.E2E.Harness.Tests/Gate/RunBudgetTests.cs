using Netra.E2E.Harness.Connection.Throttling;
using Netra.E2E.Harness.Settings;

namespace Netra.E2E.Harness.Tests.Gate;

/// <summary>
/// The run budget throttles and never fails: runs over it wait their turn, every way a run can end gives its permit
/// back, and the wait is not the run's time.
/// </summary>
public sealed class RunBudgetTests
{
    private static readonly RunDeadlines Deadlines = RunDeadlines.Seconds(30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_a_budget_of_one_a_second_run_waits_for_the_first_to_end_and_its_deadlines_start_when_it_is_sent()
    {
        await using var environment = GatedSimulator.Create(new GateSettings { MaxConcurrentRuns = 1 }, eventDelayMs: 100);
        await using var first = await environment.ConnectAsync("first");
        await using var second = await environment.ConnectAsync("second");

        var firstRunId = await first.SendUserMessageAsync("Optimize my AWS costs; we spend $12,000 a month", Ct);
        var secondSent = second.SendUserMessageAsync("Optimize my Azure costs; we spend $13,000 a month", Ct);

        secondSent.IsCompleted.Should().BeFalse("the only permit is the first run's until it ends");
        var firstRun = await first.WaitForRunAsync(firstRunId, Deadlines, Ct);
        var secondRun = await second.WaitForRunAsync(await secondSent, Deadlines, Ct);

        firstRun.Completed.Should().BeTrue();
        secondRun.Completed.Should().BeTrue();
        var waited = environment.RunBudget.Waits.Snapshot();
        waited.Queued.Should().Be(1);
        secondRun.TimeToFirstEvent.Should().BeLessThan(waited.Max, "the run's deadlines start when its request goes out, after its wait for the budget");
        environment.RunBudget.Available.Should().Be(1);
    }

    [Fact]
    public async Task A_budget_of_one_lets_five_concurrent_runs_all_complete()
    {
        await using var environment = GatedSimulator.Create(new GateSettings { MaxConcurrentRuns = 1 }, eventDelayMs: 5);

        var runs = await Task.WhenAll(Enumerable.Range(1, 5).Select(n => OneRunAsync(environment, $"five-{n}", $"Optimize my AWS costs; we spend ${10_000 + n * 100:N0} a month")));

        runs.Should().AllSatisfy(run => run.Completed.Should().BeTrue());
        environment.RunBudget.Waits.Snapshot().Acquired.Should().Be(5);
        environment.RunBudget.Available.Should().Be(1);
    }

    [Fact]
    public async Task Twenty_users_at_once_complete_under_a_budget_of_three()
    {
        await using var environment = GatedSimulator.Create(new GateSettings { MaxConcurrentRuns = 3 });

        var runs = await Task.WhenAll(Enumerable.Range(0, 20).Select(n => OneRunAsync(environment, $"crowd-{n}", $"Optimize my GCP costs; we spend ${11_000 + n * 1_300:N0} a month")));

        runs.Should().AllSatisfy(run => run.Completed.Should().BeTrue());
        environment.RunBudget.Available.Should().Be(3);
    }

    [Fact]
    public async Task Two_runs_sent_on_one_session_before_waiting_share_its_permit_and_never_wait_on_themselves()
    {
        await using var environment = GatedSimulator.Create(new GateSettings { MaxConcurrentRuns = 1 });
        await using var session = await environment.ConnectAsync("two-at-once");

        var firstId = await session.SendUserMessageAsync("Optimize my AWS costs", Ct);
        var secondId = await session.SendUserMessageAsync("Optimize my Azure costs", Ct);
        environment.RunBudget.Available.Should().Be(0, "one permit for the session, however many of its runs are outstanding");
        var first = await session.WaitForRunAsync(firstId, Deadlines, Ct);
        environment.RunBudget.Available.Should().Be(0, "the second run is still outstanding");
        var second = await session.WaitForRunAsync(secondId, Deadlines, Ct);

        first.Completed.Should().BeTrue();
        second.Completed.Should().BeTrue();
        environment.RunBudget.Available.Should().Be(1);
    }

    [Fact]
    public async Task A_run_that_fails_gives_its_permit_back()
    {
        await using var environment = GatedSimulator.Create(new GateSettings { MaxConcurrentRuns = 1 }, deadlineScale: 0.1);
        await using (var dropped = await environment.ConnectAsync("dropped", fault: "CloseMidRun"))
        {
            var runId = await dropped.SendUserMessageAsync("Optimize my AWS costs", Ct);
            var wait = () => dropped.WaitForRunAsync(runId, Deadlines, Ct);

            await wait.Should().ThrowAsync<InfrastructureFailureException>();
            environment.RunBudget.Available.Should().Be(1, "a run that failed is over; its session is still open");
        }

        (await OneRunAsync(environment, "after-failure", "Optimize my AWS costs")).Completed.Should().BeTrue();
    }

    [Fact]
    public async Task A_run_that_times_out_gives_its_permit_back()
    {
        await using var environment = GatedSimulator.Create(new GateSettings { MaxConcurrentRuns = 1 });
        await using var stalled = await environment.ConnectAsync("stalled", fault: "Stall");

        var runId = await stalled.SendUserMessageAsync("Optimize my AWS costs", Ct);
        var wait = () => stalled.WaitForRunAsync(runId, new RunDeadlines(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1)), Ct);

        await wait.Should().ThrowAsync<BusinessFailureException>().WithMessage("*agent execution is broken*");
        environment.RunBudget.Available.Should().Be(1, "a run whose deadline passed is over; its session is still open");
    }

    [Fact]
    public async Task A_run_whose_wait_is_cancelled_gives_its_permit_back()
    {
        await using var environment = GatedSimulator.Create(new GateSettings { MaxConcurrentRuns = 1 });
        await using var stalled = await environment.ConnectAsync("cancelled", fault: "Stall");
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var runId = await stalled.SendUserMessageAsync("Optimize my AWS costs", cancel.Token);
        await cancel.CancelAsync();
        var wait = () => stalled.WaitForRunAsync(runId, Deadlines, cancel.Token);

        await wait.Should().ThrowAsync<OperationCanceledException>();
        environment.RunBudget.Available.Should().Be(1);
    }

    [Fact]
    public async Task A_run_nobody_waits_for_holds_no_permit_once_its_session_is_closed()
    {
        await using var environment = GatedSimulator.Create(new GateSettings { MaxConcurrentRuns = 1 });
        await using (var forgetful = await environment.ConnectAsync("forgetful"))
        {
            await forgetful.SendUserMessageAsync("Optimize my AWS costs", Ct);
            environment.RunBudget.Available.Should().Be(0);
        }

        environment.RunBudget.Available.Should().Be(1);
        (await OneRunAsync(environment, "next", "Optimize my Azure costs")).Completed.Should().BeTrue();
    }

    [Fact]
    public async Task A_request_that_never_went_out_gives_its_permit_back()
    {
        using var budget = new RunBudget(1);
        using var slot = new RunBudgetSlot(budget, runEndsAt: null);

        var send = () => slot.SendAsync("run_unsent", () => Task.FromException<TimeSpan>(new InfrastructureFailureException("could not send")), Ct);

        await send.Should().ThrowAsync<InfrastructureFailureException>();
        budget.Available.Should().Be(1);
        slot.Holding.Should().BeFalse();
    }

    [Fact]
    public async Task A_wait_for_the_budget_is_bounded_and_says_which_setting_held_it()
    {
        using var budget = new RunBudget(1);
        using var held = await budget.AcquireAsync(TimeSpan.FromSeconds(1), Ct);

        var wait = () => budget.AcquireAsync(TimeSpan.FromMilliseconds(50), Ct);

        await wait.Should().ThrowAsync<InfrastructureFailureException>().WithMessage("*all 1 permits*NETRA_E2E_MAX_CONCURRENT_RUNS*");
        budget.Available.Should().Be(0, "the permit held is still held");
    }

    private static async Task<RunTranscript> OneRunAsync(NetraEnvironment environment, string label, string question)
    {
        await using var session = await environment.ConnectAsync(label);
        var runId = await session.SendUserMessageAsync(question, Ct);
        return await session.WaitForRunAsync(runId, Deadlines, Ct);
    }
}
