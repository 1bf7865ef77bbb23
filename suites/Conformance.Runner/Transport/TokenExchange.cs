using Conformance.Specs.Model;

namespace Conformance.Runner.Transport;

/// <summary>
/// A request the authenticating stage sent to obtain a credential (an OAuth2 token request, a
/// token operation of the contract), with its answer. <see cref="Operation"/> is the contract's
/// operation it called, when the contract documents it, so the exchange checks judge it too.
/// </summary>
public sealed record TokenExchange(TransportRequest Request, TransportResult Result, SpecOperation? Operation);
