namespace Netra.E2E.Harness.BusinessValue.Figures;

public enum FigureUnit { Number, Dollars, Percent }

/// <summary>A number an answer states, with its unit, as it was written and where.</summary>
public sealed record Figure(decimal Value, FigureUnit Unit, string Text, int Index)
{
    public override string ToString() => Text;
}
