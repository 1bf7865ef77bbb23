using System.Diagnostics;
using System.Globalization;
using System.Text;
using Conformance.Mock.Clock;
using Conformance.Mock.State;
using Microsoft.Extensions.Logging;

namespace Conformance.Mock.Callbacks;

/// <summary>
/// Sends callbacks from the scheduler: each attempt runs when due on the provider clock, failures are
/// retried per the request's <see cref="DeliveryPolicy"/>, and every attempt is recorded in the delivery journal.
/// The allow-list is checked again before every attempt; redirects are never followed.
/// </summary>
public sealed class CallbackDispatcher : IResettable, IDisposable
{
    private readonly ProviderScheduler scheduler;
    private readonly CallbackAllowList allowList;
    private readonly ILogger<CallbackDispatcher> logger;
    private readonly HttpClient http;
    private readonly Lock gate = new();
    private readonly List<CallbackDelivery> deliveries = [];
    private int generation;
    private int nextId;

    public CallbackDispatcher(ProviderScheduler scheduler, CallbackAllowList allowList, ILogger<CallbackDispatcher> logger)
    {
        this.scheduler = scheduler;
        this.allowList = allowList;
        this.logger = logger;
        http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false, UseCookies = false })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public CallbackAllowList AllowList => allowList;

    public IReadOnlyList<CallbackDelivery> Deliveries()
    {
        lock (gate)
        {
            return [.. deliveries];
        }
    }

    public CallbackDelivery Enqueue(CallbackRequest request)
    {
        CallbackDelivery delivery;
        int gen;
        lock (gate)
        {
            gen = generation;
            delivery = new CallbackDelivery
            {
                Id = (++nextId).ToString(CultureInfo.InvariantCulture),
                ApiId = request.ApiId,
                Name = request.Name,
                Subject = request.Subject,
                Url = request.Url,
                Payload = request.Payload,
                CreatedAt = request.DueAt,
                State = request.Suppress ? CallbackState.Suppressed : CallbackState.Pending,
                NextAttemptAt = request.Suppress ? null : request.DueAt,
                Policy = request.Policy,
            };
            deliveries.Add(delivery);
        }

        if (!request.Suppress)
        {
            ScheduleAttempt(delivery.Id, 1, request.DueAt, gen);
        }

        return delivery;
    }

    public void Reset()
    {
        lock (gate)
        {
            generation++;
            deliveries.Clear();
            nextId = 0;
        }
    }

    public void Dispose() => http.Dispose();

    private void ScheduleAttempt(string id, int number, DateTimeOffset dueAt, int gen) =>
        scheduler.Schedule(new ScheduledJob(dueAt, $"callback {id} attempt {number}", (due, ct) => AttemptAsync(id, number, due, gen, ct)));

    private async Task AttemptAsync(string id, int number, DateTimeOffset due, int gen, CancellationToken cancellationToken)
    {
        CallbackDelivery? delivery;
        lock (gate)
        {
            delivery = gen == generation ? deliveries.Find(d => d.Id == id) : null;
        }

        if (delivery is null)
        {
            return;
        }

        if (!allowList.IsAllowed(delivery.Url))
        {
            Update(id, gen, d => d with { State = CallbackState.Refused, NextAttemptAt = null });
            return;
        }

        var policy = delivery.Policy;
        var started = Stopwatch.GetTimestamp();
        int? status = null;
        string? error = null;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(policy.AttemptTimeout);
            using var message = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
            {
                Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
            };
            foreach (var (header, value) in policy.Headers)
            {
                message.Headers.TryAddWithoutValidation(header, value);
            }

            using var response = await http.SendAsync(message, timeout.Token);
            status = (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            error = ex is TaskCanceledException ? "timed out" : ex.Message;
        }

        var attempt = new CallbackAttempt(number, due, status, error, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        var delivered = status is { } answered && policy.IsDelivered(answered);
        var retry = !delivered && number < policy.MaxAttempts;
        var next = retry ? due + policy.BackoffAfter(number) : (DateTimeOffset?)null;
        Update(id, gen, d => d with
        {
            Attempts = [.. d.Attempts, attempt],
            State = delivered ? CallbackState.Delivered : retry ? CallbackState.Pending : CallbackState.Failed,
            NextAttemptAt = next,
        });
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Callback {Id} attempt {Number} to {Url}: {Outcome}", id, number, delivery.Url, status?.ToString(CultureInfo.InvariantCulture) ?? error);
        }

        if (next is { } nextAt)
        {
            ScheduleAttempt(id, number + 1, nextAt, gen);
        }
    }

    private void Update(string id, int gen, Func<CallbackDelivery, CallbackDelivery> change)
    {
        lock (gate)
        {
            var index = gen == generation ? deliveries.FindIndex(d => d.Id == id) : -1;
            if (index >= 0)
            {
                deliveries[index] = change(deliveries[index]);
            }
        }
    }
}
