import { openApiDocument } from "~/domain/api/openapi";
import { apiJson } from "~/utils/api.server";

// Public: the API's own description.
export function loader() {
  return apiJson(openApiDocument, 200, { "Cache-Control": "public, max-age=3600" });
}
