namespace Netra.E2E.Simulator.Dialects;

// Frames a regressed backend would send; only faults plan them. Each dialect decides how they look on its wire.

/// <summary>A frame cut off in the middle of its JSON.</summary>
public sealed record TruncatedFrame : ServerMessage;

/// <summary>A thinking event whose thought alone is this many characters, far over any client's frame limit.</summary>
public sealed record OversizedFrame(int ThoughtLength) : ServerMessage;

/// <summary>A real event sent under a type name no client knows.</summary>
public sealed record MisnamedEvent(RunEvent Event) : ServerMessage;
