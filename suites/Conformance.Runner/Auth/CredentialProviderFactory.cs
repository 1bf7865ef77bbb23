using Conformance.Runner.Transport;
using Conformance.Specs.Model;

namespace Conformance.Runner.Auth;

/// <summary>
/// Builds the credential providers of one API from its resolved credentials: first the providers
/// bound to one scheme (a token from an operation, OAuth2 client credentials), then the generic
/// ones by the names given (<c>privateKey</c> + <c>payload</c>: signed JWT; <c>username</c> +
/// <c>password</c>: Basic; <c>token</c>: a fixed token). Every value is handed to the masker.
/// </summary>
public static class CredentialProviderFactory
{
    public static IReadOnlyList<ICredentialProvider> Create(ApiSpec spec, ResolvedCredentials credentials, TimeProvider timeProvider, SecretMasker masker)
    {
        var values = credentials.Values;
        foreach (var value in values.Values)
        {
            masker.Add(value);
        }

        var providers = new List<ICredentialProvider>();
        foreach (var scheme in spec.SecuritySchemes.Values)
        {
            if (SchemeExtensions.Token(spec, scheme.Name) is { } token && token.CredentialNames.All(values.ContainsKey))
            {
                providers.Add(new OperationTokenProvider(scheme.Name, token, values, timeProvider, masker));
            }
            else if (scheme is { Type: "oauth2", TokenUrl: { } tokenUrl } && credentials.Has("clientId", "clientSecret"))
            {
                var scopes = credentials.Scopes ?? SchemeExtensions.DeclaredScopes(spec, scheme.Name);
                providers.Add(new OAuth2ClientCredentialsProvider(scheme.Name, tokenUrl, values["clientId"].Trim(), values["clientSecret"].Trim(), scopes, timeProvider, masker));
            }
        }

        if (credentials.Has("privateKey", "payload"))
        {
            providers.Add(new JwtCredentialProvider(values["privateKey"], values["payload"], timeProvider));
        }

        if (credentials.Has("username", "password"))
        {
            providers.Add(new BasicCredentialProvider(values["username"].Trim(), values["password"].Trim()));
        }

        if (credentials.Has("token"))
        {
            providers.Add(new StaticTokenCredentialProvider(values["token"]));
        }

        return providers;
    }
}
