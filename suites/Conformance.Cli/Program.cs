using Conformance.Cli;
using Conformance.Cli.Run;

// First thing: the process's age now is the runtime start (CONFORMANCE_TIMINGS=1 shows it).
var timings = PhaseTimings.AtProcessEntry();
return await CliApp.RunAsync(args, timings: timings).ConfigureAwait(false);
