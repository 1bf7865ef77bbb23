using System.Text.Json.Nodes;
using Conformance.Mock.Tests.Support;

namespace Conformance.Mock.Tests.Apis.SiviAfs;

/// <summary>Request bodies taken from the contract's own examples, so tests send what the contract shows.</summary>
public static class SiviAfsExamples
{
    public static JsonObject Get(string name) =>
        SpecResponseAssert.Spec("sivi-afs").Document["components"]!["examples"]![name]!["value"]!.DeepClone().AsObject();
}
