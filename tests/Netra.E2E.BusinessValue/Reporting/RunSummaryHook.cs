using Microsoft.Testing.Platform.Builder;
using Microsoft.Testing.Platform.Extensions;
using Microsoft.Testing.Platform.Services;
using Netra.E2E.Harness.Reporting;

namespace Netra.E2E.BusinessValue.Reporting;

/// <summary>
/// Registered with the Testing Platform by the project file (TestingPlatformBuilderHook). Under VSTest it never runs:
/// the run's fixture writes the summary instead, and [assembly: RecordOutcomes] classes failures under both.
/// </summary>
public static class RunSummaryHook
{
    public static void AddExtensions(ITestApplicationBuilder builder, string[] arguments)
    {
        RunSummaryPublisher.PlatformWrites = true;
        var extension = new CompositeExtensionFactory<RunSummaryExtension>(services => new RunSummaryExtension(services.GetConfiguration(), services.GetMessageBus()));
        builder.TestHost.AddTestSessionLifetimeHandler(extension);
    }
}
