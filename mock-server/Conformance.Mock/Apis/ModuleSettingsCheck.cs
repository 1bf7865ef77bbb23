namespace Conformance.Mock.Apis;

/// <summary>Checks module option values against what the modules declare: unknown APIs or names and bad values are configuration errors.</summary>
public static class ModuleSettingsCheck
{
    /// <summary>Null when <paramref name="setting"/> names a declared option with an acceptable value, else why not.</summary>
    public static string? Problem(IReadOnlyList<IApiModule> modules, ModuleSetting setting)
    {
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(setting);
        var module = modules.FirstOrDefault(m => m.ApiId == setting.ApiId);
        if (module is null)
        {
            return $"no module serves API '{setting.ApiId}' (known: {string.Join(", ", modules.Select(m => m.ApiId))}).";
        }

        var option = module.Options.FirstOrDefault(o => o.Name == setting.Name);
        if (option is null)
        {
            var known = module.Options.Count == 0 ? "it has none" : "known: " + string.Join(", ", module.Options.Select(o => o.Name));
            return $"'{setting.Name}' is not an option of {setting.ApiId} ({known}).";
        }

        return option.Validate(setting.Value) is { } reason ? $"{setting.ApiId}.{setting.Name} {reason}" : null;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming every problem.</summary>
    public static void Require(IReadOnlyList<IApiModule> modules, IReadOnlyList<ModuleSetting> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = settings.Select(s => Problem(modules, s)).OfType<string>().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Bad module option(s): " + string.Join(" ", problems));
        }
    }
}
