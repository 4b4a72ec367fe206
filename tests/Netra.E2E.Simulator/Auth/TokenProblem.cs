namespace Netra.E2E.Simulator.Auth;

/// <summary>Why the handshake's token was refused.</summary>
public enum TokenProblem
{
    /// <summary>No token anywhere the server reads one from.</summary>
    Missing,

    /// <summary>Not a JWT at all.</summary>
    Malformed,

    /// <summary>A JWT that fails validation: signature, expiry, issuer, audience, age or a required claim.</summary>
    Invalid,

    /// <summary>A valid token without the "chat" permission.</summary>
    NotPermitted,
}
