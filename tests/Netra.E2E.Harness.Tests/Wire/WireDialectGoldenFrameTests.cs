using FluentAssertions.Execution;
using Netra.E2E.Harness.Wire;

namespace Netra.E2E.Harness.Tests.Wire;

/// <summary>A server frame and the event a dialect must read from it.</summary>
public sealed record ReadRow(string Name, string Frame, NetraEvent Expected);

/// <summary>A client request and the exact frame a dialect must write for it.</summary>
public sealed record WriteRow(string Name, ClientRequest Request, string Frame);

/// <summary>
/// Golden frames, both directions, as aspnetcore's protocol tests do: each dialect is a subclass with its own rows,
/// taken from netra-protocol.md; one check per direction lists every mismatching row at once.
/// </summary>
public abstract class WireDialectGoldenFrameTests
{
    /// <summary>The instant every written frame carries, and the message id of every request but a ping.</summary>
    protected static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    protected const string MessageId = "msg_golden";

    protected abstract IWireDialect Dialect { get; }

    protected abstract IReadOnlyList<ReadRow> ReadRows { get; }

    protected abstract IReadOnlyList<WriteRow> WriteRows { get; }

    [Fact]
    public void Every_server_frame_reads_as_its_event()
    {
        using var scope = new AssertionScope();
        foreach (var row in ReadRows)
        {
            Dialect.Read(row.Frame, TimeSpan.Zero).Should().BeEquivalentTo(row.Expected, o => o.Excluding(e => e.Raw), "row '{0}'", row.Name);
        }
    }

    [Fact]
    public void Every_client_request_writes_its_exact_frame()
    {
        using var scope = new AssertionScope();
        foreach (var row in WriteRows)
        {
            Dialect.Write(row.Request).Should().Be(row.Frame, "row '{0}'", row.Name);
        }
    }

    [Fact]
    public void The_rows_cover_every_event_type_of_the_protocol()
    {
        ReadRows.Select(r => r.Expected.Type).Should().Contain(EventNames.RunEvents).And.Contain([EventNames.ConnectionEstablished, EventNames.Pong]);
    }
}
