using System.Globalization;

namespace Netra.E2E.Simulator.Wording.Paraphrased;

/// <summary>The ways a writer states a dollar amount; every one reads back to the same whole-dollar figure.</summary>
public enum MoneyStyle { Commas, Thousands, UsdAfter, Cents, UsdBefore }

public enum PercentStyle { Sign, Word }

/// <summary>Figures in a chosen style: "$11,000", "$11k" (only when exact), "11,000 USD", "$11,000.00", "USD 11,000"; "15%", "15 percent".</summary>
public static class FigureWording
{
    public static string Usd(decimal amount, MoneyStyle style)
    {
        // Rounded as the templated answers round, so both styles state the same figure.
        var whole = Math.Round(amount, 0);
        if (whole < 0)
        {
            return "-" + Usd(-whole, style);
        }

        var commas = whole.ToString("N0", CultureInfo.InvariantCulture);
        return style switch
        {
            MoneyStyle.Thousands when whole >= 1000 && whole % 100 == 0 => "$" + (whole / 1000).ToString("0.#", CultureInfo.InvariantCulture) + "k",
            MoneyStyle.UsdAfter => commas + " USD",
            MoneyStyle.Cents => "$" + whole.ToString("N2", CultureInfo.InvariantCulture),
            MoneyStyle.UsdBefore => "USD " + commas,
            _ => "$" + commas,
        };
    }

    /// <param name="format">How the number is written, as the templated answer writes it ("0.#", "0").</param>
    public static string Percent(decimal value, PercentStyle style, string format = "0.#")
    {
        var number = value.ToString(format, CultureInfo.InvariantCulture);
        return style == PercentStyle.Word ? number + " percent" : number + "%";
    }
}
