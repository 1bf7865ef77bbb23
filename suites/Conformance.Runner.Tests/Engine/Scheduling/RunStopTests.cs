using Conformance.Runner.Engine.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Runner.Tests.Engine.Scheduling;

public sealed class RunStopTests
{
    [Test]
    public void Budget_TimePasses_StopsWithTheBudgetAsReason()
    {
        var clock = new FakeTimeProvider();
        using var stop = new RunStop(TimeSpan.FromMinutes(30), clock);

        clock.Advance(TimeSpan.FromMinutes(29));
        var before = stop.IsStopped;
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.False);
            Assert.That(stop.IsStopped, Is.True);
            Assert.That(stop.Kind, Is.EqualTo(StopKind.BudgetExhausted));
            Assert.That(stop.NotRunReason, Is.EqualTo("not run: the run's time budget of 30 min ran out (--max-duration)"));
        });
    }

    [Test]
    public void Trip_Twice_FirstReasonWins()
    {
        using var stop = new RunStop();

        stop.Trip(StopKind.ProviderStoppedAnswering, "provider stopped answering");
        stop.Trip(StopKind.BudgetExhausted, "budget");

        Assert.That((stop.Kind, stop.Reason), Is.EqualTo((StopKind.ProviderStoppedAnswering, "provider stopped answering")));
    }

    [Test]
    public void Child_ParentStops_StopsWithTheParentsReason()
    {
        using var parent = new RunStop();
        using var child = new RunStop(parent);

        parent.Trip(StopKind.BudgetExhausted, "budget");

        Assert.That((child.IsStopped, child.Kind, child.Reason), Is.EqualTo((true, StopKind.BudgetExhausted, "budget")));
    }

    [Test]
    public void Child_ChildStops_ParentGoesOn()
    {
        using var parent = new RunStop();
        using var child = new RunStop(parent);

        child.Trip(StopKind.ProviderStoppedAnswering, "provider stopped answering");

        Assert.That((child.IsStopped, parent.IsStopped), Is.EqualTo((true, false)));
    }
}
