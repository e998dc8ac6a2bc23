import { db } from "~/utils/db.server";
import { recordDeliveryReport } from "./outbox.server";

/** A delivery report from the SMS gateway (POST /sms/delivery), against the app's database. */
export function acceptDeliveryReport(report: {
  id: string;
  status: string;
  failureReason?: string;
}) {
  return recordDeliveryReport(db, report);
}
