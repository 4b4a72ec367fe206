using System.Text.Json.Nodes;

namespace Netra.E2E.Harness.Recording;

/// <summary>
/// Everything one test exchanged with the backend, in the shared format netra-e2e-cassette/1 (docs/cassettes.md): its
/// sessions in the order the test opened them, each with its handshake, its close and every text frame in and out.
/// </summary>
public sealed record Cassette(string Test, string Mode, string? Backend, string? Dialect, IReadOnlyList<CassetteSession> Sessions)
{
    public const string Format = "netra-e2e-cassette/1";

    public string FileName => CassetteNames.FileName(Test);
}

/// <summary>One session of a test, found by its key (<c>label#n</c>), never by its position.</summary>
public sealed record CassetteSession(string Key, CassetteHandshake Handshake, CassetteClose? Close, IReadOnlyList<CassetteFrame> Frames);

/// <summary>101 when the upgrade was accepted, else the HTTP status that refused it; the subprotocol the server chose.</summary>
public sealed record CassetteHandshake(int Status, string? Subprotocol, string? Body = null)
{
    public bool Accepted => Status == 101;
}

/// <summary>The close code and who sent the close first: "server" or "client".</summary>
public sealed record CassetteClose(int? Code, string By)
{
    public const string ByServer = "server";
    public const string ByClient = "client";
}

/// <summary>
/// One text frame: "out" when the client sent it (each starts the next turn), "in" when it received it; milliseconds from
/// the start of its turn; parsed JSON when the text is JSON, else the text.
/// </summary>
public sealed record CassetteFrame(int Turn, string Direction, long AtMs, JsonNode? Json, string? Text)
{
    public const string Out = "out";
    public const string In = "in";

    public bool IsOut => Direction == Out;

    /// <summary>The frame as the wire carried it (JSON written compactly).</summary>
    public string Wire => Json?.ToJsonString() ?? Text ?? "";

    /// <summary>The frame from its wire text: parsed when it is JSON, kept as text otherwise.</summary>
    public static CassetteFrame From(int turn, string direction, long atMs, string wire)
    {
        try
        {
            // Written once here so a frame JSON cannot hold (duplicate keys) fails now, as text, not when the cassette is saved.
            return JsonNode.Parse(wire) is { } json && json.ToJsonString() is not null
                ? new CassetteFrame(turn, direction, atMs, json, null)
                : new CassetteFrame(turn, direction, atMs, null, wire);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or ArgumentException or InvalidOperationException)
        {
            return new CassetteFrame(turn, direction, atMs, null, wire);
        }
    }
}
