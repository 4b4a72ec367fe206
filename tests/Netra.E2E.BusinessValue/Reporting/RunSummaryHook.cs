using Microsoft.Testing.Platform.Builder;
using Microsoft.Testing.Platform.Extensions;
using Microsoft.Testing.Platform.Services;
using Netra.E2E.Harness.Verdicts;

namespace Netra.E2E.BusinessValue.Reporting;

/// <summary>Registered with the test platform by the project file (TestingPlatformBuilderHook); runs before any test.</summary>
public static class RunSummaryHook
{
    public static void AddExtensions(ITestApplicationBuilder builder, string[] arguments)
    {
        BusinessFailureMessages.Install();
        var extension = new CompositeExtensionFactory<RunSummaryExtension>(services => new RunSummaryExtension(services.GetConfiguration(), services.GetMessageBus()));
        builder.TestHost.AddDataConsumer(extension);
        builder.TestHost.AddTestSessionLifetimeHandler(extension);
    }
}
