using Conformance.Runner.Profiles;

namespace Conformance.Cli.Run;

/// <summary>
/// Decides which APIs a run checks and where. The base URL of an API comes from <c>--provider</c>,
/// else from the profile; without either the embedded reference provider serves it. An API named
/// explicitly must have flows (and, embedded, a reference-provider module): asking for an API that
/// cannot be checked is a usage error, never a silent pass. With <c>--api all</c> (or no <c>--api</c>)
/// such APIs are listed as not yet covered instead.
/// </summary>
public static class RunPlanner
{
    public static RunPlan Plan(RunOptions options, ApiCoverage coverage, ProviderProfile? profile, ProviderProfile? embeddedDefaultProfile)
    {
        var api = options.Api;
        var all = api is null || api == RunOptions.AllApis;
        if (!all && !coverage.Contracts.Contains(api!))
        {
            return RunPlan.Invalid($"--api {api}: unknown API (known: {string.Join(", ", coverage.Contracts)}, {RunOptions.AllApis}).");
        }

        if (options.Provider is not null)
        {
            return PlanProvider(options.Provider, all ? null : api!, options.Api == RunOptions.AllApis, coverage, profile);
        }

        var fromProfile = profile?.Apis.Where(a => a.Value.BaseUrl is not null).Select(a => a.Key).Order(StringComparer.Ordinal).ToList() ?? [];
        if (all && fromProfile.Count > 0)
        {
            var runnable = fromProfile.Where(coverage.HasFlows).Select(a => new PlannedApi(a, profile!.Apis[a].BaseUrl)).ToList();
            var uncovered = fromProfile.Where(a => !coverage.HasFlows(a)).ToList();
            return runnable.Count == 0
                ? RunPlan.Invalid($"None of the profile's APIs ({string.Join(", ", fromProfile)}) has flows yet; nothing to run.")
                : new RunPlan { Apis = runnable, Profile = profile, NotYetCovered = uncovered };
        }

        if (!all && profile?.Apis.GetValueOrDefault(api!)?.BaseUrl is { } baseUrl)
        {
            return coverage.HasFlows(api!)
                ? new RunPlan { Apis = [new PlannedApi(api!, baseUrl)], Profile = profile }
                : RunPlan.Invalid(NoFlows(api!));
        }

        return PlanEmbedded(all ? null : api, coverage, profile ?? embeddedDefaultProfile);
    }

    private static RunPlan PlanProvider(string provider, string? api, bool explicitAll, ApiCoverage coverage, ProviderProfile? profile)
    {
        if (!Uri.TryCreate(provider, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return RunPlan.Invalid($"--provider {provider}: not an absolute http or https URL.");
        }

        if (explicitAll)
        {
            return RunPlan.Invalid("--provider is the base URL of one API: name that API with --api <id>, not --api all.");
        }

        if (api is null)
        {
            var candidates = coverage.FlowFiles.Keys.Order(StringComparer.Ordinal).ToList();
            var profiled = candidates.Where(a => profile?.Apis.ContainsKey(a) == true).ToList();
            api = profiled.Count == 1 ? profiled[0] : candidates.Count == 1 ? candidates[0] : null;
            if (api is null)
            {
                return RunPlan.Invalid($"--provider needs --api <id> to say which API it serves (one of: {string.Join(", ", candidates)}).");
            }
        }

        return coverage.HasFlows(api)
            ? new RunPlan { Apis = [new PlannedApi(api, provider)], Profile = profile }
            : RunPlan.Invalid(NoFlows(api));
    }

    private static RunPlan PlanEmbedded(string? api, ApiCoverage coverage, ProviderProfile? profile)
    {
        if (api is null)
        {
            return new RunPlan
            {
                Apis = [.. coverage.Runnable.Select(a => new PlannedApi(a, null))],
                Profile = profile,
                Embedded = true,
                NotYetCovered = coverage.NotYetCovered(embedded: true),
            };
        }

        if (!coverage.HasFlows(api))
        {
            return RunPlan.Invalid(NoFlows(api));
        }

        return coverage.Modules.Contains(api)
            ? new RunPlan { Apis = [new PlannedApi(api, null)], Profile = profile, Embedded = true }
            : RunPlan.Invalid($"--api {api}: the reference provider has no module for it yet; give --provider <base URL>.");
    }

    private static string NoFlows(string api) =>
        $"--api {api}: the contract exists but the suite has no flows for it yet (fixtures/apis/{api}/flows/); nothing to run.";
}
