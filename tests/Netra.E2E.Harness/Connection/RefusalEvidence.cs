using System.Text;
using Netra.E2E.Harness.Auth;

namespace Netra.E2E.Harness.Connection;

/// <summary>
/// What a backend answers when it refuses a token before the upgrade: its status line, headers and body. WebSocket
/// clients do not hand the refused response over, so the same request is made once more as plain HTTP to read it,
/// only to check that the refusal reveals nothing of the credential. Never printed.
/// </summary>
public static class RefusalEvidence
{
    public static async Task<string> ReadAsync(HttpClient client, Uri endpoint, TestUser user, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        using (client)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, endpoint);
                request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {user.Token}");
                foreach (var (name, value) in headers)
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }

                using var response = await client.SendAsync(request, cancellationToken);
                var text = new StringBuilder($"{(int)response.StatusCode} {response.ReasonPhrase}\n");
                foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
                {
                    text.Append(name).Append(": ").AppendJoin(", ", values).Append('\n');
                }

                return text.Append(await response.Content.ReadAsStringAsync(cancellationToken)).ToString();
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                return "";
            }
        }
    }
}
