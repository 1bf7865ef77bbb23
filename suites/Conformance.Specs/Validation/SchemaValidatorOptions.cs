namespace Conformance.Specs.Validation;

/// <summary>
/// Where a document's references may lead. <see cref="DocumentUri"/> is the document's own location
/// (its file URI), so relative references resolve to files beside it; <see cref="RefMappings"/> serve
/// remote base URIs from local folders. Nothing is ever fetched from the network.
/// </summary>
public sealed record SchemaValidatorOptions
{
    public Uri? DocumentUri { get; init; }

    public IReadOnlyList<RefMapping> RefMappings { get; init; } = [];
}
