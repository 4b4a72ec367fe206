// One backend per run: the fixture probes staging once and every test class takes it by constructor. No collection
// keeps tests apart: each class is its own collection, so the classes run in parallel with one another.
[assembly: AssemblyFixture(typeof(Netra.E2E.Harness.Fixture.NetraBackendFixture))]
