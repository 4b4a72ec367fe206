using Microsoft.Testing.Platform.Configurations;
using Microsoft.Testing.Platform.Extensions;
using Microsoft.Testing.Platform.Extensions.Messages;
using Microsoft.Testing.Platform.Extensions.TestHost;
using Microsoft.Testing.Platform.Messages;
using Microsoft.Testing.Platform.Services;
using Netra.E2E.Harness.Reporting;

namespace Netra.E2E.BusinessValue.Reporting;

/// <summary>
/// Under the Testing Platform: when the session ends, writes the run summary (from what xUnit recorded, the same as
/// under VSTest) into the platform's results folder and lists both files among the run's artifacts.
/// </summary>
internal sealed class RunSummaryExtension(IConfiguration configuration, IMessageBus messageBus) : IDataProducer, ITestSessionLifetimeHandler
{
    public string Uid => "Netra.E2E.RunSummary";
    public string Version => "1.0.0";
    public string DisplayName => "Netra.E2E run summary";
    public string Description => "Writes the run summary: the mode and why, and every failure classed as infrastructure or business.";
    public Type[] DataTypesProduced => [typeof(SessionFileArtifact)];

    public Task<bool> IsEnabledAsync() => Task.FromResult(true);

    public Task OnTestSessionStartingAsync(ITestSessionContext testSessionContext) => Task.CompletedTask;

    public async Task OnTestSessionFinishingAsync(ITestSessionContext testSessionContext)
    {
        var published = await RunSummaryPublisher.PublishAsync(configuration["platformOptions:resultDirectory"] ?? RunSummaryPublisher.DefaultDirectory);

        // Listed by dotnet test among the files a run produced, even when the run passes and its console stays hidden.
        foreach (var file in new[] { published.MarkdownFile, published.JsonFile })
        {
            await messageBus.PublishAsync(this, new SessionFileArtifact(testSessionContext.SessionUid, new FileInfo(file), "Netra.E2E run summary", published.Summary.Verdict));
        }
    }
}
