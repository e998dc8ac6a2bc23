import { createContext, useContext } from "react";

// The per-request CSP nonce, provided by entry.server so inline scripts Remix writes may run.
export const NonceContext = createContext<string | undefined>(undefined);
export const useNonce = () => useContext(NonceContext);
