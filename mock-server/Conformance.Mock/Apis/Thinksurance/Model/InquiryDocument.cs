namespace Conformance.Mock.Apis.Thinksurance.Model;

/// <summary>Metadata of one document of an inquiry.</summary>
public sealed record InquiryDocument(long Id, string Name, string Type, string MimeType, DateTimeOffset Created);
