namespace Netra.E2E.Harness.Verdicts;

/// <summary>Why a test went red: the backend could not be reached or kept, or the product answered wrongly.</summary>
public enum FailureClass
{
    Infrastructure,
    Business,
}
