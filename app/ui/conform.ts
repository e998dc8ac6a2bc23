// Conform + zod 4: one schema validates on the client (when JavaScript runs) and on the server.
import "~/utils/zod-messages";
export { parseWithZod } from "@conform-to/zod/v4";
export {
  useForm,
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
} from "@conform-to/react";
