import { type Locale, type MessageKey, translate } from "./messages";

// Missions are stored with their official English name ("Embassy of Kenya, Riyadh"). A Kiswahili
// reader gets the name built from the mission's kind and city through the catalogue.
export type MissionRef = { name: string; kind: string; city: string };

const KINDS: Record<string, MessageKey> = {
  EMBASSY: "mission.kind.EMBASSY",
  HIGH_COMMISSION: "mission.kind.HIGH_COMMISSION",
  CONSULATE: "mission.kind.CONSULATE",
};

export function missionName(m: MissionRef, locale: Locale): string {
  const key = KINDS[m.kind];
  return locale === "en" || !key ? m.name : translate(locale, key, { city: m.city });
}

// Messages are queued with both names, so a template renders in whichever language it is sent.
export type MissionNames = { mission: string; missionSw?: string };

export function missionNames(m: MissionRef): Required<MissionNames> {
  return { mission: missionName(m, "en"), missionSw: missionName(m, "sw") };
}

export function missionIn(locale: Locale, d: MissionNames): string {
  return locale === "sw" ? (d.missionSw ?? d.mission) : d.mission;
}
