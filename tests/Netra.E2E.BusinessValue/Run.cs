// One backend per run: the fixture probes staging once and every test class takes it by constructor.
[assembly: AssemblyFixture(typeof(Netra.E2E.Harness.Fixture.NetraBackendFixture))]

// Every failure classed [business] or [infrastructure], and every outcome kept for the run summary, under any runner.
[assembly: Netra.E2E.Harness.Reporting.RecordOutcomes]

// Every test of the catalogue stands alone (its own users, sessions and threads), so every test, and every row of a
// theory, runs concurrently with the rest: xUnit's own ParallelMode.All. How many are in flight at once is the runner's
// setting (Netra.E2E.BusinessValue.xunit.runner.json); what staging sees is bounded by the run budget and message rate.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.All)]

// xUnit's own framework, repeating the catalogue NETRA_E2E_ITERATIONS times as distinct test cases (default once).
[assembly: TestFramework(typeof(Netra.E2E.Harness.Running.IteratingTestFramework))]
