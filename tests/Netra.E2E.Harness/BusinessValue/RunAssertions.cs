using FluentAssertions.Primitives;
using Netra.E2E.Harness.Session;

namespace Netra.E2E.Harness.BusinessValue;

public static class RunTranscriptExtensions
{
    public static RunAssertions Should(this RunTranscript run) => new(run);
}

/// <summary>
/// Business checks on one run, each failing with what the user would have seen. One partial file per concern: the
/// run's events (RunAssertions.Events), the answer's value (.Value), its figures (.Figures), its subject (.Subject).
/// </summary>
public sealed partial class RunAssertions(RunTranscript run) : ReferenceTypeAssertions<RunTranscript, RunAssertions>(run)
{
    protected override string Identifier => "run";

    private static string Excerpt(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
