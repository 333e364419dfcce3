import { RULES_OPTION_HELP } from "./rules-option.js";

export const SERVE_HELP = `kryterium serve [--port 8080] [--host 127.0.0.1] [--rules KATALOG]… [--cors ORIGIN] [--access-log]
                [--body-limit BAJTY] [--max-households N] [--request-timeout MS] [--max-concurrent N]

Interfejs HTTP (JSON) nad tym samym silnikiem: POST /v1/decide, /v1/evaluate, /v1/questions;
GET /v1/rules, /v1/rules/{id}?at=RRRR-MM-DD, /openapi.json (OpenAPI 3.1), /health.
An HTTP (JSON) API over the same engine; the endpoints above.

Domyślnie / defaults: tylko 127.0.0.1, treść do 1 MiB, do 100 gospodarstw w liście, 10 s na żądanie,
64 żądania naraz, bez CORS, bez dziennika (--access-log: metoda, ścieżka, status, czas; nigdy treść).
Odpowiedzi podają wersję biblioteki i pakiety (id, wersja, odcisk) / responses name the library
version and the packs (id, version, fingerprint).
${RULES_OPTION_HELP}

SIGTERM: kończy obsługę trwających żądań i wychodzi / drains the requests in flight and exits.

Przykład / example:
  kryterium serve --port 8080
  kryterium serve --rules examples/packs/gorzow
  curl -s -H 'content-type: application/json' --data @examples/household.json http://127.0.0.1:8080/v1/decide
`;
