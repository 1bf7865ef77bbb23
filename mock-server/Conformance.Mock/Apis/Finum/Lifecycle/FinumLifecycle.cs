using System.Text.Json;
using Conformance.Mock.Apis.Finum.Model;
using Conformance.Mock.Apis.Finum.State;
using Conformance.Mock.Apis.Finum.Validation;
using Conformance.Mock.Callbacks;
using Conformance.Mock.Clock;
using Conformance.Mock.Defects;

namespace Conformance.Mock.Apis.Finum.Lifecycle;

/// <summary>
/// The proposal lifecycle: 120 (or 110 while data is missing) → after the proposal delay 130 with a
/// proposal document; 130 → 120 re-quotes; 130 → 230 orders and, after the activation delay, becomes
/// 320 with a contract number and a policy document. A registered callback fires on the first status
/// change after the request that registered it, then is forgotten.
/// </summary>
public sealed class FinumLifecycle(
    FinumStore store,
    ProviderClock clock,
    ProviderScheduler scheduler,
    CallbackDispatcher callbacks,
    ActiveDefects defects,
    FinumOptions options)
{
    private readonly TimeSpan proposalDelay = options.ProposalDelay ?? store.Settings.Delay("proposal");
    private readonly TimeSpan activationDelay = options.ActivationDelay ?? store.Settings.Delay("activation");
    private readonly bool proposalStuck = defects.IsOn(FinumDefects.ProposalStuck);
    private readonly bool suppressCallbacks = defects.IsOn(FinumDefects.CallbackNeverSent);

    public FinumContract Create(FinumContractInput input, FinumClient holder)
    {
        lock (store.WriteLock)
        {
            var now = clock.NowMilliseconds();
            var missing = Missing(input.StartDate, input.PaymentInterval, holder);
            var contract = new FinumContract
            {
                Id = store.NextContractId(holder.Id),
                ForeignId = input.ForeignId,
                Status = missing.Count > 0 ? 110 : 120,
                HolderId = holder.Id,
                ProductId = input.ProductId!,
                StartDate = input.StartDate,
                PaymentInterval = input.PaymentInterval,
                MissingData = missing.Count > 0 ? missing : null,
                FileIds = [],
                CreatedAt = now,
                UpdatedAt = now,
                CallbackUrl = input.CallbackUrl,
            };
            store.Contracts.Put(contract);
            if (contract.Status == 120)
            {
                ScheduleQuote(contract, now);
            }

            return contract;
        }
    }

    public FinumUpdateOutcome Update(FinumContractInput input)
    {
        lock (store.WriteLock)
        {
            if (!store.Contracts.TryGet(input.Id!, out var stored))
            {
                return FinumUpdateOutcome.Refused(404, $"No contract with id {input.Id}.");
            }

            var current = stored.Value;
            var allowed = (current.Status, input.Status) is (110, 120) or (130, 120) or (130, 230);
            if (!allowed)
            {
                return FinumUpdateOutcome.Refused(409, $"Contract {current.Id} cannot move from status {current.Status} to {input.Status}.");
            }

            var now = clock.NowMilliseconds();
            var changed = current with
            {
                ForeignId = input.ForeignId ?? current.ForeignId,
                StartDate = input.StartDate ?? current.StartDate,
                PaymentInterval = input.PaymentInterval ?? current.PaymentInterval,
            };
            var holder = store.Clients.TryGet(current.HolderId, out var h) ? h.Value : null;
            var missing = input.Status == 120 ? Missing(changed.StartDate, changed.PaymentInterval, holder) : [];
            var newStatus = missing.Count > 0 ? 110 : input.Status;
            changed = changed with { MissingData = missing.Count > 0 ? missing : null };
            var result = newStatus != current.Status
                ? ChangeStatus(changed, newStatus, now)
                : changed with { UpdatedAt = now, Revision = current.Revision + 1 };
            result = result with { CallbackUrl = input.CallbackUrl ?? result.CallbackUrl };
            store.Contracts.Put(result);
            if (newStatus == 120)
            {
                ScheduleQuote(result, now);
            }
            else if (newStatus == 230)
            {
                ScheduleActivation(result, now);
            }

            return FinumUpdateOutcome.Ok(result);
        }
    }

    /// <summary>What a proposal still needs, with the contract's names for it.</summary>
    public static List<string> Missing(DateOnly? startDate, string? paymentInterval, FinumClient? holder)
    {
        var missing = new List<string>();
        if (startDate is null)
        {
            missing.Add("startDate");
        }

        if (paymentInterval is null)
        {
            missing.Add("paymentInterval");
        }

        if (holder?.Type == "person")
        {
            if (holder.BirthDate is null)
            {
                missing.Add("holder.birthDate");
            }

            if (holder.Address is null)
            {
                missing.Add("holder.address");
            }
        }

        return missing;
    }

    /// <summary>The contract at its new status, changed at <paramref name="at"/>; fires and forgets a registered callback.</summary>
    private FinumContract ChangeStatus(FinumContract contract, int status, DateTimeOffset at)
    {
        if (contract.CallbackUrl is { } url)
        {
            var payload = JsonSerializer.Serialize(new FinumStatusCallback(contract.Id, status, at), FinumJson.Context.FinumStatusCallback);
            callbacks.Enqueue(new CallbackRequest("finum", "contractStatusChanged", contract.Id, url, payload, at, suppressCallbacks));
        }

        return contract with { Status = status, UpdatedAt = at, Revision = contract.Revision + 1, CallbackUrl = null };
    }

    private void ScheduleQuote(FinumContract contract, DateTimeOffset from)
    {
        if (proposalStuck)
        {
            return;
        }

        var revision = contract.Revision;
        scheduler.Schedule(new ScheduledJob(from + proposalDelay, $"finum {contract.Id} 120 -> 130", (due, _) =>
        {
            Advance(contract.Id, revision, 120, due, FinumDocuments.Quote);
            return Task.CompletedTask;
        }));
    }

    private void ScheduleActivation(FinumContract contract, DateTimeOffset from)
    {
        var revision = contract.Revision;
        scheduler.Schedule(new ScheduledJob(from + activationDelay, $"finum {contract.Id} 230 -> 320", (due, _) =>
        {
            Advance(contract.Id, revision, 230, due, FinumDocuments.Activate);
            return Task.CompletedTask;
        }));
    }

    /// <summary>Runs a provider-side transition unless the contract changed since it was scheduled.</summary>
    private void Advance(string id, int revision, int expectedStatus, DateTimeOffset due, Func<FinumStore, FinumContract, DateTimeOffset, (FinumContract Contract, int Status)> transition)
    {
        lock (store.WriteLock)
        {
            if (!store.Contracts.TryGet(id, out var stored) || stored.Value.Status != expectedStatus || stored.Value.Revision != revision)
            {
                return;
            }

            var (prepared, status) = transition(store, stored.Value, due);
            store.Contracts.Put(ChangeStatus(prepared, status, due));
        }
    }
}
