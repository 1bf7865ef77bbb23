using System.Net;
using System.Net.Sockets;
using RestSharp;

namespace Conformance.Runner.Transport;

/// <summary>
/// <see cref="IHttpTransport"/> on RestSharp: no redirects, no retries, a per-request timeout and a
/// capped body read. Every failure to get a response becomes a <see cref="TransportResult"/>.
/// </summary>
public sealed class RestSharpTransport : IHttpTransport, IDisposable
{
    private readonly RestClient client;
    private readonly TransportOptions options;
    private readonly TimeProvider timeProvider;

    public RestSharpTransport(TransportOptions? options = null, TimeProvider? timeProvider = null)
    {
        this.options = options ?? new TransportOptions();
        this.timeProvider = timeProvider ?? TimeProvider.System;
        var sockets = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            ConnectTimeout = this.options.DefaultTimeout,
        };
        client = new RestClient(
            new BodyCapHandler(sockets, this.options.MaxBodyBytes),
            disposeHandler: true,
            configureRestClient: o =>
            {
                o.FollowRedirects = false;
                o.ThrowOnAnyError = false;

                // RestSharp marks every non-2xx answer as an error; for a conformance check a 4xx is
                // an answer like any other, and only transport failures are errors.
                o.CalculateResponseStatus = _ => ResponseStatus.Completed;
                o.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
            });
    }

    public async Task<TransportResult> SendAsync(TransportRequest request, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        if (!Enum.TryParse<Method>(request.Method, ignoreCase: true, out var method) || !Uri.TryCreate(request.Url, UriKind.Absolute, out var uri))
        {
            return TransportResult.Failure(TransportErrorKind.Other, $"cannot send {request.Method} {request.Url}", TimeSpan.Zero);
        }

        var rest = new RestRequest(uri, method) { Timeout = request.Timeout ?? options.DefaultTimeout };
        foreach (var (name, value) in request.Headers)
        {
            rest.AddOrUpdateHeader(name, value);
        }

        if (request.Body is not null)
        {
            rest.AddStringBody(request.Body, request.ContentType ?? "application/json");
        }

        var response = await client.ExecuteAsync(rest, cancellationToken);
        var elapsed = timeProvider.GetElapsedTime(started);
        cancellationToken.ThrowIfCancellationRequested();
        // RestSharp reports 3xx without redirects as an error; any status code means a complete
        // response arrived (the cap handler has already read the body).
        if (response.StatusCode == 0)
        {
            return Classify(response, elapsed);
        }

        var headers = (response.Headers ?? []).Concat(response.ContentHeaders ?? [])
            .Select(h => new KeyValuePair<string, string>(h.Name ?? string.Empty, h.Value?.ToString() ?? string.Empty))
            .ToList();
        var body = response.RawBytes ?? [];
        var truncated = body.Length > options.MaxBodyBytes;
        long length = body.Length;
        if (truncated)
        {
            body = body[..options.MaxBodyBytes];
        }

        return new TransportResult
        {
            StatusCode = (int)response.StatusCode,
            Headers = headers,
            ContentType = response.ContentType,
            Body = body,
            BodyLength = length,
            BodyTruncated = truncated,
            Elapsed = elapsed,
        };
    }

    private static TransportResult Classify(RestResponse response, TimeSpan elapsed)
    {
        var error = response.ErrorException;
        if (response.ResponseStatus == ResponseStatus.TimedOut || error is TimeoutException || error?.InnerException is TimeoutException)
        {
            return TransportResult.Failure(TransportErrorKind.Timeout, "no response within the timeout", elapsed);
        }

        var socket = Find<SocketException>(error);
        var kind = socket?.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => TransportErrorKind.ConnectionRefused,
            SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => TransportErrorKind.NameResolution,
            SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown => TransportErrorKind.ConnectionReset,
            _ when Find<HttpIOException>(error) is { } io => io.HttpRequestError switch
            {
                HttpRequestError.ResponseEnded => TransportErrorKind.ConnectionReset,
                HttpRequestError.InvalidResponse => TransportErrorKind.Protocol,
                _ => TransportErrorKind.Other,
            },
            _ when Find<HttpRequestException>(error) is { HttpRequestError: HttpRequestError.ConnectionError } => TransportErrorKind.ConnectionRefused,
            _ when Find<HttpRequestException>(error) is { HttpRequestError: HttpRequestError.NameResolutionError } => TransportErrorKind.NameResolution,
            _ when Find<HttpRequestException>(error) is { HttpRequestError: HttpRequestError.InvalidResponse } => TransportErrorKind.Protocol,
            _ when Find<HttpRequestException>(error) is { HttpRequestError: HttpRequestError.ResponseEnded } => TransportErrorKind.ConnectionReset,
            _ when Find<IOException>(error) is not null => TransportErrorKind.ConnectionReset,
            _ => TransportErrorKind.Other,
        };
        return TransportResult.Failure(kind, Describe(kind, error?.GetBaseException().Message ?? response.ErrorMessage), elapsed);
    }

    private static string Describe(TransportErrorKind kind, string? detail) => kind switch
    {
        TransportErrorKind.ConnectionRefused => $"connection refused ({detail})",
        TransportErrorKind.NameResolution => $"host name not resolved ({detail})",
        TransportErrorKind.ConnectionReset => $"connection reset or closed before a complete response ({detail})",
        TransportErrorKind.Protocol => $"the answer is not valid HTTP ({detail})",
        _ => detail ?? "the request failed",
    };

    private static T? Find<T>(Exception? error)
        where T : Exception
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    public void Dispose() => client.Dispose();
}
