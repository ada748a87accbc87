// GET /openapi.json: the routes of `clausier serve` as OpenAPI 3.1, for clients and gateways.
const documentBody = {
  required: true,
  description: "One Clausier document (invoice, quote, credit note, refund statement, terms) as JSON or YAML; its references resolve from `filename` under the project root.",
  content: {
    "application/json": { schema: { type: "object" } },
    "application/yaml": { schema: { type: "string" } },
    "text/yaml": { schema: { type: "string" } },
  },
};

const problem = { $ref: "#/components/responses/Problem" };
const filename = {
  name: "filename",
  in: "query",
  description:
    "Where the body stands in the project (relative to the root, e.g. fixtures/altairis/new-invoice.yaml): its extension says what it is, its folder where its references resolve. Default: request.<ext> at the root.",
  schema: { type: "string" },
};

const errorResponses = {
  "400": problem,
  "401": problem,
  "413": problem,
  "415": problem,
  "422": problem,
  "429": { ...problem, description: "Queue full: retry after Retry-After seconds" },
  "503": problem,
  "504": problem,
};

const query = (name: string, description: string, schema: object = { type: "string" }) => ({ name, in: "query", description, schema });

export function openapiDocument(version: string): object {
  return {
    openapi: "3.1.0",
    info: { title: "clausier serve", version, description: "Render, lint and compute Clausier documents over HTTP. Errors are RFC 9457 problem details. docs/serve.md." },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "Only when the service was started with --token or CLAUSIER_TOKEN." } },
      schemas: {
        Problem: {
          type: "object",
          required: ["type", "title", "status", "detail", "instance", "code"],
          properties: {
            type: { type: "string", format: "uri" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            instance: { type: "string" },
            code: { type: "string" },
            errors: {
              type: "array",
              items: {
                type: "object",
                required: ["file", "line", "column", "code", "message"],
                properties: { file: { type: "string" }, line: { type: "integer" }, column: { type: "integer" }, code: { type: "string" }, message: { type: "string" } },
              },
            },
          },
        },
      },
      responses: { Problem: { description: "A problem (RFC 9457)", content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } } },
    },
    security: [{}, { bearer: [] }],
    paths: {
      "/render": {
        post: {
          summary: "Render one document to PDF, HTML or Factur-X",
          parameters: [
            query("to", "Output", { type: "string", enum: ["pdf", "html", "facturx"], default: "pdf" }),
            query("force", "Render despite lint errors, as a draft (X-Clausier-Draft: true)", { type: "boolean", default: false }),
            query("profile", "Factur-X profile (to=facturx)", { type: "string", enum: ["minimum", "basicwl", "basic", "en16931"], default: "en16931" }),
            filename,
          ],
          requestBody: documentBody,
          responses: {
            "200": { description: "The document", content: { "application/pdf": { schema: { type: "string", format: "binary" } }, "text/html": { schema: { type: "string" } } } },
            ...errorResponses,
          },
        },
      },
      "/lint": {
        post: {
          summary: "Lint prose terms (Markdown, text) or a document",
          parameters: [query("format", "Report format", { type: "string", enum: ["json", "sarif"], default: "json" }), filename],
          requestBody: {
            required: true,
            content: { ...documentBody.content, "text/markdown": { schema: { type: "string" } }, "text/plain": { schema: { type: "string" } } },
          },
          responses: {
            "200": {
              description: "Findings, as `clausier lint --format json|sarif`",
              content: { "application/json": { schema: { type: "array" } }, "application/sarif+json": { schema: { type: "object" } } },
            },
            ...errorResponses,
          },
        },
      },
      "/compute/{kind}": {
        post: {
          summary: "A computation on one document, as `clausier compute <kind> --format json`",
          parameters: [
            { name: "kind", in: "path", required: true, schema: { type: "string", enum: ["totals", "due-date", "penalties", "refund", "cancellation", "billing-units"] } },
            query("paid-on", "penalties: payment date (YYYY-MM-DD)", { type: "string", format: "date" }),
            query("on", "cancellation: date of the cancellation", { type: "string", format: "date" }),
            query("start", "cancellation: first day of the service", { type: "string", format: "date" }),
            query("policy", "cancellation: policy id in the terms"),
            query("end-of-month", "due-date: reading of « 45 jours fin de mois »", { type: "string", enum: ["days-then-eom", "eom-then-days"] }),
            query("rate", "penalties: one-off annual rate in percent"),
            query("hours", "billing-units: duration in hours"),
            query("km", "billing-units: travel distance"),
            query("zone", "billing-units: travel zone id"),
            filename,
          ],
          requestBody: documentBody,
          responses: { "200": { description: "Sections and steps", content: { "application/json": { schema: { type: "object" } } } }, ...errorResponses },
        },
      },
      "/healthz": { get: { summary: "Liveness (no token needed)", security: [], responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } } } } },
      "/metrics": {
        get: {
          summary: "Prometheus text: requests, durations, queue depth, browser restarts",
          responses: { "200": { description: "metrics", content: { "text/plain": { schema: { type: "string" } } } }, "401": problem },
        },
      },
      "/openapi.json": { get: { summary: "This description", responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } }, "401": problem } } },
    },
  };
}
