using System.Text;

namespace Netra.E2E.Simulator.Hosting;

/// <summary>Reads the HS256 secret shared with the harness: one setting, NETRA_E2E_JWT_SECRET, serves both.</summary>
public static class JwtSecret
{
    public const string ConfigurationKey = "NETRA_E2E_JWT_SECRET";
    public const int MinimumBytes = 32;

    public static byte[] Read(IConfiguration configuration)
    {
        var secret = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new InvalidOperationException(
                $"The simulator needs a JWT secret: set the environment variable {ConfigurationKey} " +
                $"(at least {MinimumBytes} bytes), the same value the harness signs its tokens with.");
        }

        var bytes = Encoding.UTF8.GetBytes(secret);
        if (bytes.Length < MinimumBytes)
        {
            throw new InvalidOperationException(
                $"{ConfigurationKey} is {bytes.Length} bytes long; HS256 needs at least {MinimumBytes}.");
        }

        return bytes;
    }
}
