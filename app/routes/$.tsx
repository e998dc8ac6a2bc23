// Any address no other route takes. Answering it here (not from Remix's built-in no-match) lets the
// root loader run, so the 404 page is in the visitor's language with the whole layout.
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";

export const handle = titled("errorPage.404", NO_SCRIPTS);

function notFound(): never {
  throw new Response("Not found", { status: 404 });
}

export const loader = notFound;
export const action = notFound;

export default function NotFound() {
  return null;
}
