namespace Conformance.Mock.Faults;

public enum FaultKind
{
    /// <summary>Delay the answer, then serve it normally.</summary>
    Latency,

    /// <summary>Answer with an error status in the API's error shape instead of serving the request.</summary>
    Status,

    /// <summary>Abort the connection without an answer.</summary>
    Drop,

    /// <summary>
    /// Send the status, the headers and the first half of the body, then nothing for the rule's
    /// latency (<see cref="FaultMiddleware.DefaultStall"/> when none is set), then abort the connection.
    /// </summary>
    Stall,
}
