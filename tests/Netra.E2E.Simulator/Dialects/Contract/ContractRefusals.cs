using System.Text.Json.Nodes;
using Netra.E2E.Simulator.Auth;

namespace Netra.E2E.Simulator.Dialects.Contract;

/// <summary>
/// The contract refuses before the upgrade: 401, or 403 without the chat permission. A refusal that echoes the
/// credential (a fault) also says so in a JSON body and in an RFC 6750 WWW-Authenticate header.
/// </summary>
public static class ContractRefusals
{
    public const string AuthenticateHeader = "WWW-Authenticate";

    public static StatusRefusal Of(TokenProblem problem, CredentialEcho? echo)
    {
        var (status, error) = problem == TokenProblem.NotPermitted
            ? (StatusCodes.Status403Forbidden, "insufficient_scope")
            : (StatusCodes.Status401Unauthorized, "invalid_token");
        if (echo is null)
        {
            return new StatusRefusal(status);
        }

        var description = $"token {echo.TokenStart}...{echo.TokenEnd} (Authorization: {echo.AuthorizationPreview}...) refused by {echo.AuthServiceUrl}";
        return new StatusRefusal(status)
        {
            Body = new JsonObject { ["error"] = error, ["details"] = CredentialEchoJson.Details(echo) },
            Headers = new Dictionary<string, string> { [AuthenticateHeader] = $"Bearer error=\"{error}\", error_description=\"{description.Replace("\"", "'", StringComparison.Ordinal)}\"" },
        };
    }
}
