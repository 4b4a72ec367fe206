namespace Netra.E2E.Simulator.Hosting;

/// <summary>
/// Reads the enum settings before the binder does: the binder would take "503" as an undefined number and a typo as
/// a late, vague failure; here an unknown value stops start-up with the setting's name and the allowed values.
/// </summary>
public static class StrictSettings
{
    public static void Validate(IConfiguration configuration)
    {
        var section = configuration.GetSection(SimulatorOptions.SectionName);
        Enum<Dialects.DialectName>(section, nameof(SimulatorOptions.Dialect));
        Enum<Faults.HealthFault>(section, nameof(SimulatorOptions.HealthFault));
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
}
