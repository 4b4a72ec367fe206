using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Netra.E2E.Harness.Settings;

namespace Netra.E2E.Harness.Decision;

/// <summary>GET {base}/health: healthy only for HTTP 200 with a JSON body whose status says so (healthy, ok, up or pass).</summary>
public sealed class HttpHealthProbe : IHealthProbe
{
    public async Task<ProbeResult> ProbeAsync(Uri baseUrl, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var target = UrlRedactor.Redact(baseUrl);
        var healthUrl = BackendUrls.Health(baseUrl);
        // A configured proxy serves real staging; loopback never goes through it.
        using var client = new HttpClient(new SocketsHttpHandler { ConnectTimeout = timeout, UseProxy = !baseUrl.IsLoopback }) { Timeout = Timeout.InfiniteTimeSpan };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await client.GetAsync(healthUrl, HttpCompletionOption.ResponseContentRead, deadline.Token);
            var latency = clock.Elapsed;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return new ProbeResult(ProbeOutcome.HttpError, target, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", latency);
            }

            var body = HealthBody.Parse(await response.Content.ReadAsStringAsync(deadline.Token));
            return body.SaysHealthy
                ? new ProbeResult(ProbeOutcome.Healthy, target, $"status {body.Status}", latency) { Backend = body.Identity }
                : new ProbeResult(ProbeOutcome.UnhealthyBody, target, body.Status is null ? "body is not JSON with a status" : $"body says status '{body.Status}'", latency);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ProbeResult(ProbeOutcome.Unresponsive, target, $"no answer within {timeout.TotalMilliseconds:0} ms", clock.Elapsed);
        }
        catch (HttpRequestException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return new ProbeResult(ProbeOutcome.Refused, target, "connection refused", clock.Elapsed);
        }
        catch (HttpRequestException ex)
        {
            return new ProbeResult(ProbeOutcome.Unreachable, target, ex.InnerException?.Message ?? ex.Message, clock.Elapsed);
        }
    }
}
