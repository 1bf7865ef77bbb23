using Conformance.Runner.Arazzo;
using Conformance.Specs.Model;

namespace Conformance.Runner.Transport;

/// <summary>
/// The credentials a request needs: those of <see cref="Operation"/>'s security requirements in
/// <see cref="Mode"/>. The authenticating stage (<see cref="AuthenticatingTransport"/>) adds them just
/// before the request is sent.
/// </summary>
public sealed record RequestCredentials(SpecOperation Operation, AuthMode Mode);
