// Each test's traffic ends with the test: its cassette is written (NETRA_E2E_RECORD) and compared with the one recorded
// before (NETRA_E2E_CASSETTES, drift); NETRA_E2E_DRIFT=fail fails a drifted test as [drift].
[assembly: Netra.E2E.Harness.Recording.CassettePerTest]
