namespace Netra.E2E.Harness.Contract;

/// <summary>A broken protocol rule: which event, which field, which rule.</summary>
public sealed record ContractViolation(string Event, string Field, string Rule)
{
    public override string ToString() => $"{Event}: {Field} {Rule}";
}

/// <summary>What the contract check found in one run: violations fail the test, warnings go to the run summary.</summary>
public sealed record ContractReport(IReadOnlyList<ContractViolation> Violations, IReadOnlyList<string> Warnings)
{
    public bool IsValid => Violations.Count == 0;
}
