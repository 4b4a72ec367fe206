using Netra.E2E.BusinessValue;
using Netra.E2E.Harness.Running;
using Netra.E2E.Harness.Tests.Support;
using Netra.E2E.Testing.Processes;

namespace Netra.E2E.Harness.Tests.Gate;

/// <summary>
/// The built suite, run as a user runs it against the in-process simulator with its events paced (so every run takes
/// a while) and the catalogue twice: what the TRX report's timestamps say ran at the same time.
/// </summary>
public sealed class ConcurrencyTests(ConcurrencyTests.PacedSuite suite) : IClassFixture<ConcurrencyTests.PacedSuite>
{
    [Fact]
    public void Every_test_passed_twice_as_distinct_test_cases()
    {
        suite.Results.Should().OnlyContain(r => r.Outcome == "Passed");
        suite.Results.Should().HaveCount(2 * suite.Results.Count(r => IterationName.Parse(r.Name).Iteration == 1));
        suite.Results.Select(r => IterationName.Parse(r.Name)).Should().OnlyContain(n => n.Iterations == 2);
        suite.Results.Where(r => r.ClassName == typeof(AiOptimizationBusinessValueTests).FullName).Select(r => r.TestId)
            .Should().OnlyHaveUniqueItems("each iteration of a test is a test case of its own, with its own id");
    }

    [Fact]
    public void Tests_of_one_class_run_at_the_same_time()
    {
        var oneClass = suite.Results.Where(r => r.ClassName == typeof(AiOptimizationBusinessValueTests).FullName && IterationName.Parse(r.Name).Iteration == 1).ToArray();

        oneClass.Should().HaveCountGreaterThan(3);
        TrxResult.MostAtOnce(oneClass).Should().BeGreaterThanOrEqualTo(3, "the methods of a class run concurrently, not one after another");
    }

    [Fact]
    public void The_iterations_of_a_test_run_at_the_same_time()
    {
        var iterations = suite.Results.Where(r => r.MethodName == nameof(RealAgentExecutionTests.Supervisor_coordinates_several_agents)).ToArray();

        iterations.Should().HaveCount(2);
        iterations[0].Overlaps(iterations[1]).Should().BeTrue("iteration 2 of a test does not wait for iteration 1");
    }

    [Fact]
    public void Each_row_of_a_serializable_theory_is_a_test_case_of_its_own()
    {
        var rows = suite.Results.Where(r => r.MethodName == nameof(AccessControlTests.Forged_token_with_a_test_header_is_refused) &&
                                            IterationName.Parse(r.Name).Iteration == 1).ToArray();

        rows.Should().HaveCount(AccessControlTests.TestHeaders.Count());
        rows.Select(r => r.TestId).Should().OnlyHaveUniqueItems("a row xUnit can serialise is a test case, which runs concurrently with every other");
    }

    [Fact]
    public void Rows_of_a_theory_run_at_the_same_time()
    {
        var rows = suite.Results.Where(r => r.MethodName == nameof(RealAgentExecutionTests.Business_value_scenarios_answer_in_their_own_terms) &&
                                            IterationName.Parse(r.Name).Iteration == 1).ToArray();
        Assert.SkipWhen(rows.Select(r => r.TestId).Distinct().Count() == 1,
            "theory 17's rows are one test case, enumerated when it runs, because its data is not serializable; a serializable row key makes each row a test case of its own");

        TrxResult.MostAtOnce(rows).Should().BeGreaterThanOrEqualTo(2, "each row of a theory is a test case that runs concurrently with the rest");
    }

    /// <summary>One run of the suite for every check of this class.</summary>
    public sealed class PacedSuite : IAsyncLifetime
    {
        public IReadOnlyList<TrxResult> Results { get; private set; } = [];

        public async ValueTask InitializeAsync()
        {
            var run = await SuiteProcess.RunAsync(BuiltSuite.Path, new Dictionary<string, string>
            {
                ["NETRA_E2E_MODE"] = "mock",
                ["NETRA_E2E_ITERATIONS"] = "2",
                ["Simulator__EventDelayMilliseconds"] = "50",
            }, TestContext.Current.CancellationToken);
            try
            {
                run.ExitCode.Should().Be(0, run.Output);
                Results = TrxResult.Read(run.TrxText);
            }
            finally
            {
                Directory.Delete(run.ResultsDirectory, recursive: true);
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
