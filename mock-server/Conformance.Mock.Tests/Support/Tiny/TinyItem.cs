namespace Conformance.Mock.Tests.Support.Tiny;

public sealed record TinyItem(string Name, string Greeting);
