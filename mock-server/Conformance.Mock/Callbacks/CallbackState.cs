namespace Conformance.Mock.Callbacks;

public enum CallbackState
{
    Pending,
    Delivered,

    /// <summary>Every attempt failed.</summary>
    Failed,

    /// <summary>The target was not on the allow-list when the attempt was due.</summary>
    Refused,

    /// <summary>Not sent on purpose (a defect is on).</summary>
    Suppressed,
}
