using System.Text.Json;
using Netra.E2E.Simulator.Dialects;
using Netra.E2E.Simulator.Hosting;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Dialects;

/// <summary>A server message and the exact frame a dialect writes for it; null when the dialect never sends it (and refuses to write it).</summary>
public sealed record ServerFrameRow(string Name, ServerMessage Message, string? Frame);

/// <summary>A client frame (null: binary or not UTF-8) and what a dialect reads from it.</summary>
public sealed record ClientFrameRow(string Name, string? Frame, ClientFrame Decoded);

/// <summary>One dialect's golden frames: the table its subclass of the golden-frame tests supplies.</summary>
public interface IGoldenFrameTable
{
    static abstract IServerDialect CreateDialect(TimeProvider time, IIdSource ids);

    static abstract IReadOnlyList<ServerFrameRow> ServerFrames { get; }

    static abstract IReadOnlyList<ClientFrameRow> ClientFrames { get; }

    /// <summary>Client request types this dialect never reads (its frames decode to something else, shown in its rows).</summary>
    static virtual IReadOnlyList<Type> RequestsNotRead => [];
}

/// <summary>
/// Both directions of a dialect against its table of golden frames, as SignalR tests each hub protocol: every server
/// message written to its exact frame, every client frame read to its typed request or decode error. A dialect is one
/// sealed subclass that brings its table; the clock and the ids are fixed so frames are exact.
/// </summary>
public abstract class ServerDialectGoldenFrameTests<TTable> where TTable : IGoldenFrameTable
{
    /// <summary>The instant every frame is stamped with: 2025-09-09T07:36:38.535710Z.</summary>
    public static readonly DateTimeOffset Now = new DateTimeOffset(2025, 9, 9, 7, 36, 38, TimeSpan.Zero).AddTicks(5_357_100);

    public static TheoryData<string> ServerFrameNames => new(TTable.ServerFrames.Select(r => r.Name));

    public static TheoryData<string> ClientFrameNames => new(TTable.ClientFrames.Select(r => r.Name));

    /// <summary>The parameters of a request, as the dialect should hand them on (the payload object of the frame).</summary>
    protected static JsonElement Parameters(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Theory]
    [MemberData(nameof(ServerFrameNames))]
    public void Writes_each_server_message_as_its_golden_frame(string name)
    {
        var row = TTable.ServerFrames.Single(r => r.Name == name);

        var write = () => TTable.CreateDialect(new FixedTime(Now), new SequentialIds()).Encode(row.Message);

        if (row.Frame is null)
        {
            write.Should().Throw<ArgumentOutOfRangeException>("this dialect never sends {0}", row.Message.GetType().Name);
        }
        else
        {
            write().Should().Be(row.Frame);
        }
    }

    [Theory]
    [MemberData(nameof(ClientFrameNames))]
    public void Reads_each_client_frame_as_its_typed_request(string name)
    {
        var row = TTable.ClientFrames.Single(r => r.Name == name);

        var decoded = TTable.CreateDialect(new FixedTime(Now), new SequentialIds()).Decode(row.Frame);

        decoded.Should().BeOfType(row.Decoded.GetType());
        if (row.Decoded is DecodeError expected)
        {
            var error = (DecodeError)decoded;
            error.Code.Should().Be(expected.Code);
            error.RunId.Should().Be(expected.RunId);
            error.Message.Should().Match(expected.Message, "a decode error's message may leave the parser's own words to a wildcard");
        }
        else
        {
            WithoutParameters(decoded).Should().Be(WithoutParameters(row.Decoded));
            ParametersOf(decoded).Should().Be(ParametersOf(row.Decoded), "the request's parameters are the frame's payload object");
        }
    }

    [Fact]
    public void Every_server_message_type_has_a_golden_frame()
    {
        var covered = TTable.ServerFrames.Select(r => r.Message.GetType()).ToHashSet();
        var messageTypes = typeof(ServerMessage).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ServerMessage)) && !t.IsAbstract);

        messageTypes.Should().BeSubsetOf(covered, "a new server message needs a row in every dialect's table");
    }

    [Fact]
    public void Every_client_request_type_has_a_golden_frame()
    {
        var covered = TTable.ClientFrames.Select(r => r.Decoded.GetType()).Concat(TTable.RequestsNotRead).ToHashSet();
        var requestTypes = typeof(ClientRequest).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ClientRequest)) && !t.IsAbstract);

        requestTypes.Should().BeSubsetOf(covered, "a new client request needs a row in every dialect's table");
    }

    private static ClientFrame WithoutParameters(ClientFrame frame) => frame switch
    {
        UserMessageRequest r => r with { Parameters = default },
        StartAgentRequest r => r with { Parameters = default },
        _ => frame,
    };

    private static string? ParametersOf(ClientFrame frame) => frame switch
    {
        UserMessageRequest r => r.Parameters.GetRawText(),
        StartAgentRequest r => r.Parameters.GetRawText(),
        _ => null,
    };
}
