// One backend per run: the fixture probes staging once and every test class takes it by constructor. No collection
// keeps tests apart: each class is its own collection, so the classes run in parallel with one another.
[assembly: AssemblyFixture(typeof(Netra.E2E.Harness.Fixture.NetraBackendFixture))]

// Every failure classed [business] or [infrastructure], and every outcome kept for the run summary, under any runner.
[assembly: Netra.E2E.Harness.Reporting.RecordOutcomes]
