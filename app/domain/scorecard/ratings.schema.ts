// The rating form (issue 19 §3): a score from 1 to 5 and whether she would recommend the agency.
import { z } from "zod";
import type { RatingScore } from "./rating.rules";

export const RatingSchema = z.object({
  score: z
    .enum(["1", "2", "3", "4", "5"], { error: "rating.error.score" })
    .transform((v) => Number(v) as RatingScore),
  recommend: z
    .enum(["yes", "no"], { error: "rating.error.recommend" })
    .transform((v) => v === "yes"),
});
