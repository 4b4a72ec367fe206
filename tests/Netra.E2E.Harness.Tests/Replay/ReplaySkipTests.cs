using Netra.E2E.Harness.Decision;
using Netra.E2E.Harness.Recording;
using Netra.E2E.Harness.Settings;

namespace Netra.E2E.Harness.Tests.Replay;

/// <summary>In a replay a test without its cassette, or with fewer sessions recorded than it opens, is skipped, naming the file.</summary>
public sealed class ReplaySkipTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static NetraEnvironment Replaying(string folder) => NetraEnvironment.Create(
        new NetraE2ESettings { Mode = BackendMode.Replay, CassetteDirectory = folder },
        new ModeDecision(BackendMode.Replay, BackendTarget.Replay, "harness test", null));

    [Fact]
    public async Task A_test_without_a_cassette_is_skipped_naming_the_missing_file()
    {
        var folder = Directory.CreateTempSubdirectory("netra-e2e-no-cassettes-").FullName;
        await using var environment = Replaying(folder);

        var skip = await SkipOfAsync(() => environment.ConnectAsync(environment.NewUser("alice"), Ct));

        skip.Should().Contain($"no cassette for this test: {CassetteNames.CurrentTest()}.json is not in {folder}");
    }

    [Fact]
    public async Task A_session_the_cassette_does_not_hold_is_skipped_naming_it()
    {
        var folder = Directory.CreateTempSubdirectory("netra-e2e-one-session-").FullName;
        var welcome = CassetteFrame.From(0, CassetteFrame.In, 0,
            """{"type":"connection_established","payload":{"connection_id":"{{connection_id:1}}","user_id":"{{user_id:1}}","server_time":"2026-01-01T00:00:00Z"},"timestamp":"2026-01-01T00:00:00Z","message_id":"{{message_id:1}}"}""");
        var cassette = new Cassette(CassetteNames.CurrentTest()!, "mock", "simulator", "contract",
            [new CassetteSession("alice#1", new CassetteHandshake(101, null), new CassetteClose(1000, CassetteClose.ByClient), [welcome])]);
        await File.WriteAllTextAsync(Path.Combine(folder, cassette.FileName), CassetteJson.Write(cassette), Ct);
        await using var environment = Replaying(folder);
        var alice = environment.NewUser("alice");

        await using (var first = await environment.ConnectAsync(alice, Ct))
        {
            first.Greeting!.UserId.Should().Be(alice.Id, "a replayed user has the id its session had when recorded");
        }

        var skip = await SkipOfAsync(() => environment.ConnectAsync(alice, Ct));

        skip.Should().Contain($"the cassette {cassette.FileName} has no session 'alice#2' (it holds alice#1)");
    }

    /// <summary>
    /// The reason of the dynamic skip the action raises. Caught here, by its message's token, because xUnit's Record
    /// passes a skip on, and the test would be reported skipped instead of checking the reason.
    /// </summary>
    private static async Task<string> SkipOfAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (ex.Message.StartsWith(Xunit.v3.DynamicSkipToken.Value, StringComparison.Ordinal))
        {
            return ex.Message[Xunit.v3.DynamicSkipToken.Value.Length..];
        }

        throw new InvalidOperationException("the action was not skipped");
    }
}
