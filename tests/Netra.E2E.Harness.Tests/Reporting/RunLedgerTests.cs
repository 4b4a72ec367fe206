using Netra.E2E.Harness.Auth;
using Netra.E2E.Harness.Reporting;
using Netra.E2E.Harness.Wire.Staging;

namespace Netra.E2E.Harness.Tests.Reporting;

/// <summary>Every tolerated form a session met outside its runs reaches the run summary as a warning, with how often it came.</summary>
public sealed class RunLedgerTests
{
    private static readonly TestUser User = new("user_1", "user_1@e2e.netra.test", "token");

    [Fact]
    public void Connection_level_forms_are_counted_as_warnings_never_failures()
    {
        var staging = new StagingDialect();
        var ledger = new RunLedger();
        NetraEvent[] received =
        [
            staging.Read("""{"type":"system_message","data":{"event":"connect","connection_id":"c1","user_id":"user_1"},"timestamp":1757403398.5}""", TimeSpan.Zero),
            staging.Read("""{"type":"ping","data":{"timestamp":1757403398.5},"timestamp":1757403398.5}""", TimeSpan.Zero),
            staging.Read("""{"type":"ping","data":{"timestamp":1757403399.5},"timestamp":1757403399.5}""", TimeSpan.Zero),
            staging.Read("""{"type":"ack","received_type":"message_created","timestamp":1757403399.5,"user_id":"user_1","status":"acknowledged"}""", TimeSpan.Zero),
            staging.Read("""{"type":"error_message","error_code":"FORMAT_ERROR","error_message":"Invalid JSON","timestamp":1757403399.5}""", TimeSpan.Zero),
        ];

        ledger.OnSessionClosed(received, User);
        ledger.OnSessionClosed(received, User);

        ledger.Warnings().Should().Contain([
            "connection_established: welcome as system_message (event 'connect') (tolerated loose form) ×2",
            "ping: server ping (answered with pong) (tolerated loose form) ×4",
            "ack: ack for a client type it does not handle ('message_created') (tolerated loose form) ×2",
            "error: error_message instead of error (tolerated loose form) ×2",
            "error: FORMAT_ERROR for INVALID_MESSAGE (tolerated loose form) ×2",
        ]);
    }
}
