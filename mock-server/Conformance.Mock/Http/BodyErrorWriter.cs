using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Http;

/// <summary>Writes a refused body's answer in the module's own error format.</summary>
public delegate Task BodyErrorWriter(HttpContext context, BodyProblem problem);
