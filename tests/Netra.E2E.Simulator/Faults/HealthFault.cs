namespace Netra.E2E.Simulator.Faults;

/// <summary>Ways /health can misbehave (Simulator:HealthFault), honoured only with fault injection allowed.</summary>
public enum HealthFault
{
    None,

    /// <summary>HTTP 503 with a healthy body.</summary>
    ServiceUnavailable,

    /// <summary>HTTP 200 with status "unhealthy".</summary>
    UnhealthyBody,

    /// <summary>No answer until the request is aborted.</summary>
    NeverAnswers,

    /// <summary>HTTP 200 with the dialect's body but status "ok" (healthy by convention, as a later build answers).</summary>
    StatusOk,
}
