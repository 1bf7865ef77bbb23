using Conformance.Specs.Loading;
using Conformance.Specs.Model;

namespace Conformance.Runner.Tests.Support;

/// <summary>
/// A tiny synthetic contract with conventions unlike FiNUM's: HTTP Basic, every refusal as HTTP 200
/// with an <c>error</c> member, cursor paging (<c>limit</c>/<c>from</c>/<c>next</c>), a required
/// <c>X-Ledger-Version</c> request header and ids discovered from <c>/data/*/id</c>.
/// </summary>
public static class LedgerApi
{
    public const string Yaml = """
        openapi: 3.1.0
        info: {title: Ledger, version: '1'}
        servers: [{url: /ledger/v1}]
        security: [{basicAuth: []}]
        x-conformance:
          refusals:
            badInput: {status: ['200'], bodyMember: /error}
            credentials: {status: ['200'], bodyMember: /error}
          errorBody:
            schema: {$ref: '#/components/schemas/Failure'}
            mediaTypes: [application/json]
            statuses: ['200']
            bodyMember: /error
          requestDefaults:
            headers: {X-Ledger-Version: '2'}
          pagination: {style: cursor, limit: limit, cursor: from, next: /next, items: /data}
          idDiscovery:
            - {parameter: entryId, in: path, operation: listEntries, ids: /data/*/id}
        paths:
          /entries:
            get:
              operationId: listEntries
              parameters:
                - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 5, default: 2}, example: 2}
                - {name: from, in: query, schema: {type: string}}
              responses:
                '200':
                  description: a page, or a refusal
                  content:
                    application/json:
                      schema: {oneOf: [{$ref: '#/components/schemas/Page'}, {$ref: '#/components/schemas/Failure'}]}
            post:
              operationId: createEntry
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/NewEntry'}
                    examples: {one: {value: {amount: 5}}}
              responses:
                '200':
                  description: the entry, or a refusal
                  content:
                    application/json:
                      schema: {oneOf: [{$ref: '#/components/schemas/Entry'}, {$ref: '#/components/schemas/Failure'}]}
          /entries/{entryId}:
            get:
              operationId: getEntry
              parameters:
                - {name: entryId, in: path, required: true, schema: {type: string, pattern: '^E[0-9]{1,6}$'}, example: E1}
              responses:
                '200':
                  description: the entry, or a refusal
                  content:
                    application/json:
                      schema: {oneOf: [{$ref: '#/components/schemas/Entry'}, {$ref: '#/components/schemas/Failure'}]}
        components:
          securitySchemes:
            basicAuth: {type: http, scheme: basic}
          schemas:
            Entry:
              type: object
              additionalProperties: false
              required: [id, amount]
              properties: {id: {type: string}, amount: {type: integer}}
            NewEntry:
              type: object
              additionalProperties: false
              required: [amount]
              properties: {amount: {type: integer}}
            Page:
              type: object
              additionalProperties: false
              required: [data]
              properties:
                data: {type: array, items: {$ref: '#/components/schemas/Entry'}}
                next: {type: string}
            Failure:
              type: object
              additionalProperties: false
              required: [error]
              properties: {error: {type: string}}
        """;

    public static ApiSpec Load()
    {
        var result = SpecLoader.LoadText(Yaml, "ledger.yaml");
        Assert.That(result.Diagnostics, Is.Empty, () => string.Join("\n", result.Diagnostics));
        return result.Spec!;
    }
}
