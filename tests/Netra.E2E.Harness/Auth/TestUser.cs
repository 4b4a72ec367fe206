namespace Netra.E2E.Harness.Auth;

/// <summary>A chat user of one test, with its own token. ToString never shows the token.</summary>
public sealed record TestUser(string Id, string Email, string Token)
{
    /// <summary>The label the test gave the user ("alice"): names its sessions in recordings, never the id.</summary>
    public string Label { get; init; } = "user";

    public override string ToString() => $"{Id} <{Email}>";
}
