namespace Conformance.Specs.Tests.Model;

/// <summary>A small contract exercising every part of the view: refs of each kind, callbacks, webhooks, security.</summary>
internal static class SampleSpec
{
    public const string Yaml = """
        openapi: 3.1.0
        info: {title: Sample, version: '1.0', description: For tests}
        servers:
          - url: https://{host}/sample/v1/
            description: reference
            variables:
              host: {default: example.com}
          - url: /other
        security:
          - bearer: []
        paths:
          /contract:
            post:
              operationId: createContract
              tags: [contracts]
              requestBody: {$ref: '#/components/requestBodies/NewContract'}
              responses:
                '201': {$ref: '#/components/responses/Created'}
                4XX: {description: client error}
                default: {description: anything else}
              callbacks:
                statusChanged: {$ref: '#/components/callbacks/StatusChanged'}
            get:
              operationId: listContracts
              security: []
              parameters:
                - name: id-list
                  in: query
                  style: form
                  explode: false
                  schema: {type: array, items: {type: string}}
                - {name: holder-id, in: query, schema: {type: string}}
                - {$ref: '#/components/parameters/Trace'}
                - {name: session, in: cookie, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/Contract'}}
                      examples:
                        one: {$ref: '#/components/examples/OneContract'}
          /contract/{id}:
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}, description: from path item}
            get:
              operationId: getContract
              security: [{}, {bearer: []}]
              responses:
                '200': {description: ok}
            delete:
              operationId: deleteContract
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}, description: from operation}
              responses:
                '204': {description: gone}
          /contract/search:
            get:
              operationId: searchContracts
              responses: {'200': {description: ok}}
          /file/{fileId}.pdf:
            get:
              operationId: downloadFile
              parameters: [{name: fileId, in: path, required: true, schema: {type: string}}]
              responses: {'200': {description: ok}}
          /shared:
            $ref: '#/components/pathItems/Shared'
        webhooks:
          agencyChanged:
            post:
              operationId: agencyChanged
              requestBody:
                content:
                  application/json:
                    schema: {type: object}
              responses: {'204': {description: received}}
        components:
          securitySchemes:
            bearer: {type: http, scheme: Bearer, bearerFormat: JWT}
            key: {type: apiKey, in: header, name: X-Key}
            oauth:
              type: oauth2
              flows:
                clientCredentials: {tokenUrl: 'https://auth.example.com/token', scopes: {}}
          schemas:
            Contract:
              type: object
              required: [id]
              properties:
                id: {type: string}
          parameters:
            Trace: {name: X-Trace, in: header, schema: {type: string}}
          requestBodies:
            NewContract:
              required: true
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Contract'}
                  example: {id: c-1}
          responses:
            Created:
              description: created
              headers:
                Location: {$ref: '#/components/headers/Location'}
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Contract'}
          headers:
            Location: {required: true, schema: {type: string, format: uri}}
          examples:
            OneContract: {value: [{id: c-1}]}
          callbacks:
            StatusChanged:
              '{$request.body#/callbackUrl}':
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Contract'}
                  responses: {'200': {description: ok}}
          pathItems:
            Shared:
              get:
                operationId: getShared
                responses: {'200': {description: ok}}
        """;
}
