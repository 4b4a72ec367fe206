using System.Net.WebSockets;
using Netra.E2E.Simulator.Faults;
using Netra.E2E.Simulator.Tests.Support;

namespace Netra.E2E.Simulator.Tests.Faults;

/// <summary>The deployed backend's auth holes, each in both dialects: the test-header bypass and authentication switched off.</summary>
public sealed class AuthFaultTests
{
    private const string Bypass = nameof(SimulatorFault.AcceptForgedWithTestHeaders);

    public static TheoryData<string, string> DialectsAndTokens => Cross(WireForm.Dialects, ForgedTokens.Kinds);

    public static TheoryData<string, string> DialectsAndTestHeaders => Cross(WireForm.Dialects,
        new TheoryData<string>("X-Test-Type: E2E", "x-e2e-bypass: true", "User-Agent: Netra-E2E-Tests/1.0", "X-Test-Mode: true", "X-Latest-Client: web"));

    [Theory]
    [MemberData(nameof(DialectsAndTokens))]
    public async Task AcceptForgedWithTestHeaders_lets_an_invalid_token_in_as_its_unverified_sub(string dialect, string token)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host();

        using var socket = await host.ConnectAsync(Forged(host, token, "X-Test-Type: E2E"));

        wire.WelcomeUser(await wire.ReadGreetingAsync(socket)).Should().Be("forger");
    }

    [Theory]
    [MemberData(nameof(DialectsAndTestHeaders))]
    public async Task AcceptForgedWithTestHeaders_honours_any_header_named_test_or_e2e_and_an_e2e_user_agent(string dialect, string header)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host();

        using var socket = await host.ConnectAsync(Forged(host, "wrong secret", header));

        wire.WelcomeUser(await wire.ReadGreetingAsync(socket)).Should().Be("forger");
    }

    [Theory]
    [MemberData(nameof(WireForm.Dialects), MemberType = typeof(WireForm))]
    public async Task AcceptForgedWithTestHeaders_still_refuses_without_such_a_header(string dialect)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host();

        await ExpectRefusedAsync(wire, host, Forged(host, "wrong secret", "X-Client: e2e-dashboard"));
        await ExpectRefusedAsync(wire, host, Forged(host, "wrong secret", "User-Agent: Mozilla/5.0"));
    }

    [Theory]
    [MemberData(nameof(DialectsAndTokens))]
    public async Task AuthenticateNobody_welcomes_any_token_as_the_demo_user(string dialect, string token)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host();

        using var socket = await host.ConnectAsync(new Handshake { Bearer = ForgedTokens.Make(host, token, "forger"), Faults = nameof(SimulatorFault.AuthenticateNobody) });

        wire.WelcomeUser(await wire.ReadGreetingAsync(socket)).Should().Be(AuthenticateNobody.DemoUserId);
    }

    [Theory]
    [MemberData(nameof(WireForm.Dialects), MemberType = typeof(WireForm))]
    public async Task AuthenticateNobody_makes_every_run_the_demo_users(string dialect)
    {
        var wire = WireForm.Of(dialect);
        await using var host = wire.Host();
        using var asking = await host.ConnectAsync(new Handshake { Faults = nameof(SimulatorFault.AuthenticateNobody) });
        using var watching = await host.ConnectAsync(new Handshake { Bearer = host.Token("someone-else"), Faults = nameof(SimulatorFault.AuthenticateNobody) });
        wire.WelcomeUser(await wire.ReadGreetingAsync(asking)).Should().Be(AuthenticateNobody.DemoUserId, "no token at all is welcomed too");
        await wire.ReadGreetingAsync(watching);

        await asking.SendAsync("""{"type":"user_message","payload":{"content":"Optimize my AWS costs"}}""");

        var seen = await watching.UntilAsync(wire.IsRunEnd);
        wire.RunId(seen[^1]).Should().Be(wire.RunId((await asking.UntilAsync(wire.IsRunEnd))[^1]), "both connections are the demo user's, so both get its run");
    }

    private static Handshake Forged(SimulatorHost host, string token, string header)
    {
        var (name, value) = (header[..header.IndexOf(':')], header[(header.IndexOf(':') + 1)..].Trim());
        return new Handshake { Bearer = ForgedTokens.Make(host, token, "forger"), Faults = Bypass, Headers = new Dictionary<string, string> { [name] = value } };
    }

    private static async Task ExpectRefusedAsync(WireForm wire, SimulatorHost host, Handshake handshake)
    {
        if (wire == WireForm.Contract)
        {
            var connect = () => host.ConnectAsync(handshake);
            (await connect.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*401*");
            return;
        }

        using var socket = await host.ConnectAsync(handshake);
        (await socket.UntilClosedAsync()).Should().ContainSingle().Which["type"]!.GetValue<string>().Should().Be("error_message");
        socket.CloseStatus.Should().Be(WebSocketCloseStatus.PolicyViolation);
    }

    private static TheoryData<string, string> Cross(TheoryData<string> first, TheoryData<string> second)
    {
        var data = new TheoryData<string, string>();
        foreach (var a in first)
        {
            foreach (var b in second)
            {
                data.Add(a.Data, b.Data);
            }
        }

        return data;
    }
}
