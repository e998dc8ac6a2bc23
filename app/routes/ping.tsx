// A route that does no work: the ceiling of this stack (Express, Remix, compression) in the benchmarks.
export function loader() {
  return new Response("ok", {
    headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" },
  });
}
