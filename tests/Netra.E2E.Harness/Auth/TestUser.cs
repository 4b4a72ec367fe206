namespace Netra.E2E.Harness.Auth;

/// <summary>A chat user of one test, with its own token. ToString never shows the token.</summary>
public sealed record TestUser(string Id, string Email, string Token)
{
    public override string ToString() => $"{Id} <{Email}>";
}
