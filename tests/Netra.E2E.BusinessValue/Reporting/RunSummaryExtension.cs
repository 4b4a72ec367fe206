using System.Collections.Concurrent;
using Microsoft.Testing.Platform.Configurations;
using Microsoft.Testing.Platform.Extensions;
using Microsoft.Testing.Platform.Extensions.Messages;
using Microsoft.Testing.Platform.Extensions.TestHost;
using Microsoft.Testing.Platform.Messages;
using Microsoft.Testing.Platform.Services;
using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Fixture;
using Netra.E2E.Harness.Verdicts;
using Netra.E2E.Harness.Reporting;
using PlatformTestResult = Netra.E2E.Harness.Reporting.TestResult;

namespace Netra.E2E.BusinessValue.Reporting;

/// <summary>
/// Listens to every test result of the run and, when the session ends, writes the run summary to the console and to
/// TestResults/netra-e2e-summary.md and .json. In real mode, the first infrastructure failure triggers one fresh
/// health probe, so the summary can say whether (and when) the backend was lost mid-run.
/// </summary>
internal sealed class RunSummaryExtension(IConfiguration configuration, IMessageBus messageBus) : IDataConsumer, IDataProducer, ITestSessionLifetimeHandler
{
    private readonly ConcurrentDictionary<string, PlatformTestResult> _results = new(StringComparer.Ordinal);
    private Task<string?>? _lossCheck;
    private int _lossCheckStarted;

    public string Uid => "Netra.E2E.RunSummary";
    public string Version => "1.0.0";
    public string DisplayName => "Netra.E2E run summary";
    public string Description => "Classes failures as infrastructure or business and writes the run summary.";
    public Type[] DataTypesConsumed => [typeof(TestNodeUpdateMessage)];
    public Type[] DataTypesProduced => [typeof(SessionFileArtifact)];

    public Task<bool> IsEnabledAsync() => Task.FromResult(true);

    public Task ConsumeAsync(IDataProducer dataProducer, IData value, CancellationToken cancellationToken)
    {
        if (value is not TestNodeUpdateMessage { TestNode: var node })
        {
            return Task.CompletedTask;
        }

        PlatformTestResult? result = node.Properties.SingleOrDefault<TestNodeStateProperty>() switch
        {
            PassedTestNodeStateProperty => new(node.DisplayName, TestOutcome.Passed),
            SkippedTestNodeStateProperty skipped => new(node.DisplayName, TestOutcome.Skipped, Message: skipped.Explanation),
            FailedTestNodeStateProperty failed => new(node.DisplayName, TestOutcome.Failed, failed.Exception?.GetType().FullName, failed.Exception?.Message ?? failed.Explanation),
            ErrorTestNodeStateProperty error => new(node.DisplayName, TestOutcome.Failed, error.Exception?.GetType().FullName, error.Exception?.Message ?? error.Explanation),
            TimeoutTestNodeStateProperty timeout => new(node.DisplayName, TestOutcome.Failed, null, $"{FailureClassifier.InfrastructureTag} test timed out: {timeout.Explanation}"),
            _ => null,
        };
        if (result is not null)
        {
            // A theory whose data xUnit cannot serialise reports every row under one node id: key by name too.
            _results[$"{node.Uid.Value}|{node.DisplayName}"] = result;
            if (result.Outcome == TestOutcome.Failed && FailureClassifier.Classify(result.ExceptionType, result.Message).Class == FailureClass.Infrastructure &&
                Interlocked.Exchange(ref _lossCheckStarted, 1) == 0)
            {
                _lossCheck = CheckBackendAsync(result.Name);
            }
        }

        return Task.CompletedTask;
    }

    public Task OnTestSessionStartingAsync(ITestSessionContext testSessionContext) => Task.CompletedTask;

    public async Task OnTestSessionFinishingAsync(ITestSessionContext testSessionContext)
    {
        var environment = SuiteHandOff.Environment;
        var backendLost = Volatile.Read(ref _lossCheck) is { } lossCheck ? await lossCheck : null;
        var summary = GateSummary.Complete(RunSummaryBuilder.Build(environment?.Decision, environment?.Settings, _results.Values.ToArray(),
            environment?.Ledger.RunsByTest() ?? new Dictionary<string, IReadOnlyList<RunMetrics>>(), environment?.Ledger.Warnings() ?? [], backendLost, DateTimeOffset.UtcNow) with { Backend = environment?.BackendIdentity }, environment);
        var (markdown, json) = RunSummaryWriter.WriteFiles(summary, SummaryDirectory());
        await Console.Out.WriteAsync(RunSummaryWriter.ToConsole(summary) + $"  summary: {markdown}{Environment.NewLine}");

        // Listed by dotnet test among the files a run produced, even when the run passes and its console stays hidden.
        foreach (var file in new[] { markdown, json })
        {
            await messageBus.PublishAsync(this, new SessionFileArtifact(testSessionContext.SessionUid, new FileInfo(file), "Netra.E2E run summary", summary.Verdict));
        }
    }

    /// <summary>Re-probes a real backend after the first infrastructure failure: still healthy means a local glitch, not a loss.</summary>
    private async Task<string?> CheckBackendAsync(string firstAffectedTest)
    {
        var environment = SuiteHandOff.Environment;
        if (environment is not { Decision.Target: BackendTarget.Staging, Settings.StagingUrl: { } url })
        {
            return null;
        }

        var finishedBefore = _results.Count - 1;
        var noticedAt = DateTimeOffset.UtcNow;
        var probe = await new HttpHealthProbe().ProbeAsync(url, environment.Settings.ProbeTimeout, CancellationToken.None);
        if (probe.IsHealthy)
        {
            return null;
        }

        // Confirmed lost: the tests still to come fail at once with this cause instead of each waiting out its deadline.
        environment.Breaker.ConnectionsFail(new InfrastructureFailureException($"the backend was lost mid-run; health now: {probe}"));
        return $"at {noticedAt:HH:mm:ss} UTC, first noticed by '{firstAffectedTest}' after {finishedBefore} test(s) had finished; health now: {probe}";
    }

    /// <summary>The platform's results folder: TestResults/ under the working directory unless the user names another.</summary>
    private string SummaryDirectory() =>
        configuration["platformOptions:resultDirectory"] ?? Path.Combine(Directory.GetCurrentDirectory(), "TestResults");
}
