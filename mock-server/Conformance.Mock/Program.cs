using Conformance.Mock.Hosting;

return await MockCommandLine.RunAsync(args);
