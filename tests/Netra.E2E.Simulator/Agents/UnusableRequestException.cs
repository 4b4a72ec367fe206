namespace Netra.E2E.Simulator.Agents;

/// <summary>A request whose figures no agent can work with: answered with the protocol's INVALID_MESSAGE, never a crash.</summary>
public sealed class UnusableRequestException(string message) : Exception(message);
