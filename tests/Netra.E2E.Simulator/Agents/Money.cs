using System.Globalization;

namespace Netra.E2E.Simulator.Agents;

internal static class Money
{
    /// <summary>"$11,000"; a negative amount (only a fault makes one) "-$11,000".</summary>
    public static string Usd(decimal amount)
    {
        var whole = Math.Round(amount, 0);
        return (whole < 0 ? "-$" : "$") + Math.Abs(whole).ToString("N0", CultureInfo.InvariantCulture);
    }

    public static decimal RoundTo(decimal amount, decimal step) => Math.Round(amount / step, 0) * step;

    /// <summary>Spend from the request, else a stable estimate from the request itself.</summary>
    public static (decimal Spend, bool Estimated) SpendOf(RequestProfile profile) => profile.MonthlySpend is { } spend
        ? (spend, false)
        : (8_000m + (profile.Seed % 60) * 500m, true);
}
