using System.Globalization;

namespace Netra.E2E.Simulator.Hosting;

/// <summary>
/// Reads the typed settings before the binder does: the binder would take "503" as an undefined enum number and a typo
/// as a late, vague failure; here an unknown value stops start-up with the setting's name and the allowed values.
/// </summary>
public static class StrictSettings
{
    public static void Validate(IConfiguration configuration)
    {
        var section = configuration.GetSection(SimulatorOptions.SectionName);
        Enum<Dialects.DialectName>(section, nameof(SimulatorOptions.Dialect));
        Enum<Wording.AnswerStyle>(section, nameof(SimulatorOptions.AnswerStyle));
        Enum<Faults.HealthFault>(section, nameof(SimulatorOptions.HealthFault));
        Int(section, nameof(SimulatorOptions.Seed), int.MinValue);
        Int(section, nameof(SimulatorOptions.HeartbeatSeconds), 1);
        Int(section, nameof(SimulatorOptions.MaxFrameBytes), 1);
    }

    public static TEnum? Enum<TEnum>(IConfigurationSection section, string key) where TEnum : struct, Enum
    {
        var value = section[key];
        if (value is null)
        {
            return null;
        }

        var name = value.Trim();
        if (name.Length == 0 || !char.IsLetter(name[0]) || !System.Enum.TryParse<TEnum>(name, ignoreCase: true, out var parsed))
        {
            throw new InvalidOperationException(
                $"Unknown value '{value}' in {section.Path}:{key}; expected one of: {string.Join(", ", System.Enum.GetNames<TEnum>())} (any case).");
        }

        return parsed;
    }

    public static int? Int(IConfigurationSection section, string key, int minimum)
    {
        var value = section[key];
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) || parsed < minimum)
        {
            throw new InvalidOperationException(
                $"Invalid value '{value}' in {section.Path}:{key}; expected a whole number" + (minimum > int.MinValue ? $" of at least {minimum}." : "."));
        }

        return parsed;
    }
}
