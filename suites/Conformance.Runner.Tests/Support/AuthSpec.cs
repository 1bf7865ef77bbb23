using Conformance.Specs.Loading;
using Conformance.Specs.Model;

namespace Conformance.Runner.Tests.Support;

/// <summary>
/// A tiny contract loaded through the real loader, with one operation per kind of security scheme:
/// OAuth2 client credentials (<c>readThing</c> needs scope <c>read</c>), HTTP Basic, a token from the
/// <c>createToken</c> operation (<c>x-conformance-token</c>), a signed JWT, a Basic scheme with its own
/// <c>x-conformance-wrong-credentials</c>, and a webhook <c>thingChanged</c>.
/// </summary>
public static class AuthSpec
{
    public const string BasePath = "/auth/v1";

    public const string Yaml = """
        openapi: 3.1.0
        info: {title: auth, version: '1'}
        servers: [{url: /auth/v1}]
        paths:
          /oauth/token:
            post:
              operationId: requestToken
              security: []
              requestBody:
                content: {application/x-www-form-urlencoded: {schema: {type: object}}}
              responses:
                '200':
                  description: issued
                  content: {application/json: {schema: {type: object, required: [access_token, token_type], properties: {access_token: {type: string}, token_type: {type: string}, expires_in: {type: integer}}}}}
                '401': {description: bad client}
          /tokens:
            post:
              operationId: createToken
              security: []
              requestBody:
                content: {application/json: {schema: {type: object}}}
              responses:
                '200':
                  description: a token or an error
                  content: {application/json: {schema: {type: object}}}
          /a/read:
            get:
              operationId: readThing
              security: [{oauth: [read]}]
              responses:
                '200': {description: ok, content: {application/json: {schema: {type: object}}}}
                '401': {description: no}
                '403': {description: scope}
          /write:
            get:
              operationId: writeThing
              security: [{oauth: [write]}]
              responses: {'200': {description: ok}, '401': {description: no}}
          /basic:
            get:
              operationId: basicThing
              security: [{basic: []}]
              responses: {'200': {description: ok}, '401': {description: no}}
          /op:
            get:
              operationId: opThing
              security: [{opToken: []}]
              responses: {'200': {description: ok, content: {application/json: {schema: {type: object}}}}}
          /jwt:
            get:
              operationId: jwtThing
              security: [{jwt: []}]
              responses: {'200': {description: ok}, '401': {description: no}}
          /custom:
            get:
              operationId: customThing
              security: [{custom: []}]
              responses: {'200': {description: ok}, '401': {description: no}}
          /trigger:
            post:
              operationId: trigger
              security: []
              requestBody:
                content: {application/json: {schema: {type: object}}}
              responses: {'202': {description: accepted}}
        webhooks:
          thingChanged:
            post:
              operationId: thingChanged
              requestBody:
                content: {application/json: {schema: {type: object, required: [ref], properties: {ref: {type: string}}}}}
              responses: {'204': {description: received}}
        components:
          securitySchemes:
            oauth:
              type: oauth2
              flows: {clientCredentials: {tokenUrl: /auth/v1/oauth/token, scopes: {read: r, write: w}}}
            basic: {type: http, scheme: basic}
            opToken:
              type: http
              scheme: bearer
              x-conformance-token:
                operationId: createToken
                body: {hash: '{$credentials.hash}', secret: '{$credentials.secret}'}
                token: /token
                expiresAt: /expired
            jwt: {type: http, scheme: bearer, bearerFormat: JWT}
            custom: {type: http, scheme: basic, x-conformance-wrong-credentials: [missing, garbage, bogus]}
        """;

    public static ApiSpec Create()
    {
        var loaded = SpecLoader.LoadText(Yaml, "auth.yaml");
        var errors = loaded.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.That(errors, Is.Empty, string.Join("\n", errors));
        return loaded.Spec!;
    }
}
